"""Quality checks with example rows, privacy of card ids, and the monitoring workbook."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, run_session_indicators
from ral_zuid_plugin.core.sessions.privacy import FileSaltStore, hash_cards
from ral_zuid_plugin.core.sessions.quality import QualityReport, check_sessions
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.sessions.workbook import write_workbook
from tests.core.sessions.helpers import sessions
from tests.translations import report_language

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"
SALT = b"s" * 32


def test_each_check_counts_gives_example_rows_and_excludes_with_reason():
    rows = [
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00", "id": "a"},  # r2 fine
        {"evse": "E1", "start": "2024-07-02 11:00", "end": "2024-07-02 12:00", "id": "a"},  # r3 duplicate id
        {"evse": "E1", "start": "2024-07-02 12:00", "end": "2024-07-02 11:00", "id": "c"},  # r4 end before start
        {"evse": "E1", "start": "2024-07-02 13:00", "end": "2024-07-02 14:00", "id": "d", "kwh": -1},  # r5
        {"evse": "E1", "start": "2024-07-02 13:00", "end": "2024-07-02 14:00", "id": "e", "kwh": 0},  # r6 kept
        # r7: 60 kWh in 1 h at an 11 kW point is impossible (limit 11 x 1.1 x 1 h + 0.5)
        {"evse": "E1", "start": "2024-07-02 15:00", "end": "2024-07-02 16:00", "id": "f", "kwh": 60, "max_kw": 11},
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-12 08:00", "id": "g"},  # r8 240 h > 168 h
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 09:00", "id": "h", "kind": "credit"},  # r9
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 09:00", "id": "i", "kind": "thuisladen"},
        {"evse": "E1", "start": "2009-07-02 08:00", "end": "2009-07-02 09:00", "id": "j"},  # r11 before 2010
        {"evse": "E1", "start": "2024-08-02 08:00", "end": "2024-08-02 09:00", "id": "k"},  # r12 outside period
        {"evse": "E1", "start": "2024-07-02 20:00", "end": "2024-07-03 02:00", "id": "l", "laaduren": 9},  # r13
    ]
    settings = IndicatorSettings(
        period_start=dt.date(2024, 7, 2), period_end=dt.date(2024, 7, 2), latest_plausible_date=dt.date(2026, 1, 1)
    )
    report = QualityReport()
    kept, first, last = check_sessions(sessions(rows), settings, report)
    checks = {c.key: c for c in report.checks}
    expected = {
        "duplicate_id": ["test.csv r3"],
        "end_before_start": ["test.csv r4"],
        "negative_energy": ["test.csv r5"],
        "zero_energy": ["test.csv r6"],
        "impossible_energy": ["test.csv r7"],
        "too_long": ["test.csv r8"],
        "credit_cdr": ["test.csv r9"],
        "home_charging": ["test.csv r10"],
        "implausible_date": ["test.csv r11"],
        "outside_period": ["test.csv r12"],
        "partly_outside_period": ["test.csv r13"],
        "charging_longer_than_connected": ["test.csv r13"],
    }
    for key, examples in expected.items():
        assert checks[key].examples == examples, key
        assert checks[key].count == 1, key
    assert sorted(kept["sessie_id"]) == ["a", "d", "e", "l"]  # d: negative energy, kept for its connected time
    assert np.isnan(kept.set_index("sessie_id").loc["d", "kwh"])
    # r13 connected 6 h, charging 9 h -> limited to 6 h
    assert kept.set_index("sessie_id").loc["l", "laaduren"] == pytest.approx(6)
    excluded = report.excluded_table()
    assert len(excluded) == 9
    assert set(excluded.columns) == {"bron", "rij", "sessie_id", "evse_id", "controle", "reden"}
    assert excluded.set_index("rij").loc[4, "controle"] == "end_before_start"
    assert "only the energy" in excluded.set_index("rij").loc[5, "reden"]
    assert report.sessions_excluded() == 8  # the 9 listed rows less r5, of which only the energy was excluded
    assert (first, last) == (dt.date(2024, 7, 2), dt.date(2024, 7, 2))


def test_card_hash_is_a_keyed_hash_and_never_the_clear_id():
    hashed = hash_cards(pd.Series(["04A1B2", "04A1B2", None, " "]), SALT)
    # second method: keyed BLAKE2b computed directly, as a 63-bit integer
    digest = hashlib.blake2b(b"04A1B2", key=SALT, digest_size=8).digest()
    expected = int.from_bytes(digest, "big") >> 1
    assert hashed[0] == expected == hashed[1]
    assert hashed[2] == -1 and hashed[3] == -1
    assert hash_cards(pd.Series(["04A1B2"]), b"t" * 32)[0] != expected


def test_salt_store_creates_a_private_file_once(tmp_path):
    store = FileSaltStore(tmp_path / "profiel" / "ral_zuid" / "kaart_salt.hex")
    first = store.salt()
    assert len(first) == 32
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert FileSaltStore(store.path).salt() == first


def test_workbook_has_numbers_sources_checksums_and_no_clear_card_ids(tmp_path):
    inputs = SessionInputs(session_files=[str(DATA / "elaad_small.csv"), str(DATA / "cdrs.ndjson")])
    settings = IndicatorSettings(min_cards=2, latest_plausible_date=dt.date(2026, 1, 1))
    result = run_session_indicators(inputs, SALT, settings, SilentProgress())
    with report_language("nl"):
        path = write_workbook(result, str(tmp_path / "monitor.xlsx"), generated=dt.datetime(2025, 1, 15, 9, 0))
    book = openpyxl.load_workbook(path)
    summary = {row[0]: row[1:] for row in book["Samenvatting"].iter_rows(values_only=True) if row[0]}
    digest = hashlib.sha256((DATA / "cdrs.ndjson").read_bytes()).hexdigest()
    assert summary["cdrs.ndjson"][2] == digest
    assert summary["Periode vanaf"][0] == dt.datetime(2024, 7, 1)
    assert summary["Credit-CDR"] == (1, "uitgesloten", None, None)  # CDR-3; the Dutch report
    assert "2 unieke laadpassen" in summary["Privacy"][0]
    cells = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    for clear in ("kaart-1", "04A1B2C3D4", "NL-ABC-C12345678-X"):
        assert clear not in cells
    region = list(book["Regio"].iter_rows(values_only=True))
    header = region[0]
    period = next(r for r in region if r[header.index("Periode (maand of hele periode)")] == "hele periode")
    # kWh: CSV 10.5 + 15 + 8.25 + 20 + 12 (row 7 excluded) + CDRs 10.5 + 15 (credit excluded) = 91.25
    assert period[header.index("Geladen energie (kWh)")] == pytest.approx(91.25)
    sessions_cell = period[header.index("Laadsessies")]
    assert isinstance(sessions_cell, (int, float)) and sessions_cell == 7  # 5 CSV rows + 2 CDRs, a number
    assert not list(tmp_path.glob("*.tmp*")) and len(list(tmp_path.iterdir())) == 1


def test_points_frame_holds_no_card_hash_column():
    inputs = SessionInputs(session_files=[str(DATA / "elaad_small.csv")])
    result = run_session_indicators(inputs, SALT, IndicatorSettings(latest_plausible_date=dt.date(2026, 1, 1)))
    for frame in (result.points, result.daily, result.areas, result.quality.excluded_table()):
        assert "kaart_hash" not in frame.columns
    assert np.isnan(result.points["kaarten_uniek"]).all()  # every point has < 10 cards: suppressed


def test_cancel_stops_the_run():
    from ral_zuid_plugin.core.errors import CancelledError

    class CancelAfterReading(SilentProgress):
        def is_cancelled(self) -> bool:
            return self.percent >= 40  # reading is 0-40 %

    inputs = SessionInputs(session_files=[str(DATA / "elaad_small.csv")])
    with pytest.raises(CancelledError):
        run_session_indicators(inputs, SALT, IndicatorSettings(), CancelAfterReading())


def test_workbook_has_dutch_text_for_every_check():
    # the workbook names the checks through check_titles()/check_notes(): each has a Dutch translation
    from ral_zuid_plugin.core.sessions.quality import check_notes, check_titles

    english_titles, english_notes = check_titles(), check_notes()
    with report_language("nl"):
        dutch_titles, dutch_notes = check_titles(), check_notes()
    assert set(english_titles) == set(english_notes) == set(dutch_titles)
    for key in english_titles:
        assert dutch_titles[key] != english_titles[key] or key == "credit_cdr", key  # 'Credit-CDR' in both
        assert dutch_notes[key] != english_notes[key], key
    # the wording the issue asked to fix (#18.7): no 'Nul energie', 'vereniging', 'kloguren'
    assert dutch_titles["zero_energy"] == "Geen energie geladen"
    assert "samengevoegd" in dutch_notes["overlap"] and "klokuren" in dutch_notes["dst_ambiguous"]


def test_workbook_neutralises_formulas_in_ids(tmp_path):
    # Issue 11.4: a charge point id "=HYPERLINK(...)" must be stored as text, never as a live formula.
    from ral_zuid_plugin.core.sessions.pipeline import compute_indicators
    from tests.core.sessions.helpers import points_layer, two_squares

    evil = '=HYPERLINK("http://example.invalid","klik")'
    rows = [
        {"evse": "+31-1", "chargepoint": evil, "start": "2024-07-02 08:00", "end": "2024-07-02 10:00"},
        {"evse": "@E2", "chargepoint": "-CP2", "start": "2024-07-02 08:00", "end": "2024-07-02 09:00"},
    ]
    inputs = SessionInputs(
        session_files=[],
        locations_layer=points_layer({"+31-1": (100_500.0, 400_500.0), "@E2": (100_600.0, 400_500.0)}),
        locations_id_field="paal",
        municipalities=two_squares(),
    )
    settings = IndicatorSettings(min_cards=1, latest_plausible_date=dt.date(2026, 1, 1))
    result = compute_indicators(sessions(rows), inputs, settings, QualityReport(), SilentProgress())
    path = write_workbook(result, str(tmp_path / "m.xlsx"))
    book = openpyxl.load_workbook(path)
    marked = set()
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if cell.quotePrefix:
                    marked.add(cell.value)
    # Every id that would run as a formula is a string cell with Excel's text mark, shown as written.
    assert {evil, "+31-1", "@E2", "-CP2"} <= marked
