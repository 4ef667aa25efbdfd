"""The request register on a small hand-made export (tests/data/requests/aanvragen_eindhoven_klein.csv).

Every expected number below was worked out by hand from the file (dates counted on a calendar); the file's
rows: header 1, A-001 row 2 ... A-010 row 11, A-001 again row 12, A-011..A-014 rows 13-16. Reference date
2025-10-01. Existing public points at (161000, 383100) and (161700, 383300)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from ral_zuid_plugin.core.geocoding.locatieserver import LocatieserverClient
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.core.requests.leadtimes import BUSINESS, dutch_holidays, lead_days, median_p90
from ral_zuid_plugin.core.requests.pipeline import build_register
from ral_zuid_plugin.core.requests.register import RegisterSettings
from tests.locatieserver_fakes import FakeLocatieserver, FakeLocatieserverTransport

DATA = Path(__file__).resolve().parents[2] / "data" / "requests" / "aanvragen_eindhoven_klein.csv"
SALT = b"0123456789abcdef0123456789abcdef"
POINTS = np.array([[161000.0, 383100.0], [161700.0, 383300.0]])
MUNICIPALITIES = load_region_municipalities()


def run(unit: str = "calendar", locator: bool = True, **kwargs):
    settings = RegisterSettings(unit=unit, reference_date=dt.date(2025, 10, 1), **kwargs)
    client = LocatieserverClient(FakeLocatieserverTransport(FakeLocatieserver("http://127.0.0.1:9/v3_1")),
                                 base_url="http://127.0.0.1:9/v3_1", sleep=lambda s: None)  # fmt: skip
    return build_register(str(DATA), SALT, settings, municipalities=MUNICIPALITIES, points_xy=POINTS,
                          locator=client.locate_many if locator else None)  # fmt: skip


@pytest.fixture(scope="module")
def result():
    return run()


def row(result, number: int):
    register = result.register
    return register[register["rij"] == number].iloc[0]


def test_bad_rows_are_left_out_with_file_row_column_and_reason(result):
    left = result.excluded[result.excluded["gevolg"] == "left out"]
    reasons = {int(r.rij): (r.kolom, r.reden) for r in left.itertuples()}
    assert sorted(reasons) == [11, 12, 13, 14, 15]
    assert reasons[11] == ("Datum aanvraag", "the request date is empty")
    assert reasons[12] == ("Aanvraagnummer", "the request number occurs again (first in row 2); this row is left out")
    assert reasons[13] == ("Datum ingebruikname", "the ingebruikname (2025-04-01) is before the request (2025-05-01)")
    assert reasons[14][0] == "Herkomst" and reasons[14][1].startswith("unknown herkomst 'Weet niet'")
    assert reasons[15] == ("Status", "the status 'Gerealiseerd' says in use, but there is no date of ingebruikname")
    assert set(left["bron"]) == {DATA.name}
    # A-014 (row 16): 5611EM has no number 99 -> counted in Eindhoven (gemeente column), not on the map
    off_map = result.excluded[result.excluded["gevolg"] != "left out"]
    assert off_map["rij"].tolist() == [16] and "does not know this postcode and house number" in off_map["reden"].iat[0]
    assert len(result.register) == 10  # 15 rows - 5 left out


def test_lead_times_per_stage_in_calendar_days(result):
    a001 = row(result, 2)
    # 06-01-2025 -> 03-02-2025 = 28 days; -> 12-05-2025 = 98 more; 126 in all (exactly 18 weeks: within the norm)
    assert (a001.dagen_aanvraag_besluit, a001.dagen_besluit_ingebruik, a001.dagen_aanvraag_ingebruik) == (28, 98, 126)
    assert a001.binnen_norm == "ja" and a001.status == "in_gebruik" and a001.kwartaal == "2025-K1"
    a006 = row(result, 7)  # 03-03-2025 -> 14-04-2025 (42) -> 19-09-2025 (158): 200 days, over the norm
    assert (a006.dagen_aanvraag_besluit, a006.dagen_besluit_ingebruik, a006.binnen_norm) == (42, 158, "nee")
    a002 = row(result, 3)  # verkeersbesluit after 56 days, still open at 01-10-2025: 261 days old
    assert (a002.status, a002.dagen_aanvraag_besluit, a002.leeftijd_dagen, a002.binnen_norm) == (
        "besluit", 56, 261, "nee (open)")  # fmt: skip


def test_lead_times_in_business_days():
    a001 = row(run(BUSINESS), 2)
    # Mon 06-01 -> Mon 03-02: 4 weeks = 20 working days. Mon 03-02 -> Mon 12-05: 14 weeks = 70, minus Tweede
    # Paasdag (21-04) and 5 mei (Monday 05-05); Koningsdag 2025 falls on Saturday 26-04 -> 68. Total 88.
    assert (a001.dagen_aanvraag_besluit, a001.dagen_besluit_ingebruik, a001.dagen_aanvraag_ingebruik) == (20, 68, 88)


def test_business_days_against_a_day_by_day_count():
    start = np.array(["2024-12-20", "2025-04-01", "2025-05-28"], dtype="datetime64[D]")
    end = np.array(["2025-01-10", "2025-06-30", "2025-05-28"], dtype="datetime64[D]")
    holidays = {dt.date.fromisoformat(str(d)) for d in dutch_holidays(2024, 2025)}
    expected = []
    for s, e in zip(start.tolist(), end.tolist()):
        days = [s + dt.timedelta(days=i) for i in range((e - s).days)]
        expected.append(sum(1 for d in days if d.weekday() < 5 and d not in holidays))
    assert lead_days(start, end, BUSINESS).tolist() == expected
    # 2024-12-20 -> 2025-01-10: 15 weekdays minus 25/26 Dec and 1 Jan = 12
    assert expected[0] == 12


def test_median_and_p90_by_hand():
    # sorted 100, 126, 150, 200: median (126 + 150) / 2 = 138; P90 at position 0.9 * 3 = 2.7 -> 150 + 0.7 * 50
    assert median_p90(np.array([126, 100, 150, 200, np.nan])) == (138.0, 185.0)
    assert all(math.isnan(v) for v in median_p90(np.array([np.nan])))


def test_indicators_per_gemeente_and_quarter(result):
    table = result.indicators.set_index(["gemeentecode", "kwartaal"])
    q1 = table.loc[("GM0772", "2025-K1")]
    # Q1 Eindhoven; realised totals 126, 100, 150, 200
    assert (q1.aanvragen, q1.in_gebruik, q1.open) == (5, 4, 1)
    assert (q1.n_totaal, q1.mediaan_totaal, q1.p90_totaal, q1.binnen_norm_pct) == (4, 138.0, 185.0, 50.0)
    # verkeersbesluit stage 28, 28, 42, 42, 56: median 42, P90 at 3.6 -> 42 + 0.6 * 14 = 50.4
    assert (q1.n_besluit, q1.mediaan_besluit, q1.p90_besluit) == (5, 42.0, pytest.approx(50.4))
    # ingebruikname stage 98, 72, 108, 158: sorted 72 98 108 158 -> median 103, P90 108 + 0.7 * 50 = 143
    assert (q1.mediaan_ingebruik, q1.p90_ingebruik) == (103.0, pytest.approx(143.0))
    everything = table.loc[("GM0772", "alle")]
    # herkomst over Eindhoven's 9 kept requests: EV-rijder A-001 A-004 A-007; data A-002 A-006;
    # proactief A-003 A-014; bedrijf A-005 A-008
    assert (everything.aanvragen, everything.herkomst_ev_rijder, everything.herkomst_datagedreven,
            everything.herkomst_proactief, everything.herkomst_bedrijf) == (9, 3, 2, 2, 2)  # fmt: skip
    assert (everything.afgewezen, everything.open) == (1, 4)
    # open at 01-10-2025: A-002 261 days, A-003 183, A-007 61, A-014 139
    assert (everything.open_0_90d, everything.open_91_182d, everything.open_183_365d, everything.open_meer_365d) == (
        1, 1, 2, 0)  # fmt: skip
    assert everything.open_boven_norm == 3  # 261, 183 and 139 > 126
    assert everything.open_zonder_laadpunt == 1  # A-007; A-014 is not located
    tilburg = table.loc[("GM0855", "2025-K3")]  # A-009 given as lat/lon, in Tilburg
    assert (tilburg.aanvragen, tilburg.herkomst_ev_rijder, tilburg.open_0_90d) == (1, 1, 1)
    assert table.loc[("regio", "alle")].aanvragen == 10


def test_already_served_within_walking_distance(result):
    # A-001 (161000.5, 383000.25) -> (161000, 383100): sqrt(0.5^2 + 99.75^2) = 99.75 m
    assert row(result, 2).afstand_laadpunt_m == pytest.approx(math.hypot(0.5, 99.75))
    # A-002 (161600, 383100) -> (161700, 383300): sqrt(100^2 + 200^2) = 223.6 m <= 250
    a002 = row(result, 3)
    assert a002.bediend and a002.afstand_laadpunt_m == pytest.approx(223.607, abs=0.001)
    # A-003 located by the Locatieserver at (161750.125, 383250.5): 70.4 m from the second point
    a003 = row(result, 4)
    assert a003.locatiebron == "locatieserver" and a003.gemeentecode == "GM0772"
    assert a003.bediend and a003.afstand_laadpunt_m == pytest.approx(math.hypot(50.125, 49.5))
    assert not row(result, 8).bediend  # A-007 at (158500, 381000): 3.3 km away
    tighter = run(walking_m=200.0)
    assert not row(tighter, 3).bediend and row(tighter, 2).bediend  # 223.6 > 200, 99.75 <= 200


def test_privacy_no_names_email_or_kenteken_are_kept(result):
    assert result.read.personal_columns == ["Naam aanvrager", "E-mail", "Kenteken"]
    text = result.register.to_csv() + result.excluded.to_csv() + result.indicators.to_csv()
    for secret in ("Jansen", "example.nl", "AB-123-C", "XY-99-ZZ", "A-001", "5611", "Garage X"):
        assert secret not in text
    hashes = result.register["aanvraag_hash"]
    assert hashes.str.fullmatch("[0-9a-f]{16}").all() and hashes.is_unique


def test_without_address_lookup_the_postcode_rows_are_listed_not_lost():
    result = run(locator=False)
    off_map = result.excluded[result.excluded["gevolg"] != "left out"]
    assert off_map["rij"].tolist() == [4, 16]
    assert "locating by address is switched off" in off_map["reden"].iat[0]
    # A-003 has no gemeente column value and no point: it is counted under 'onbekend'
    assert row(result, 4).gemeentecode == "onbekend"
