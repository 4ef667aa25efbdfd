"""Hand-worked cases from issue 3; every expected number is worked out in the comment beside it."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, compute_indicators
from ral_zuid_plugin.core.sessions.quality import QualityReport
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from tests.core.sessions.helpers import points_layer, sessions, two_squares

WEST = (100_500.0, 400_500.0)
OOST = (101_500.0, 400_500.0)
BUITEN = (150_000.0, 450_000.0)


def run(rows, first, last, locations=None, **settings):
    frame = sessions(rows)
    coordinates = locations or {row["evse"]: WEST for row in rows}
    inputs = SessionInputs(
        session_files=[],
        locations_layer=points_layer(coordinates),
        locations_id_field="paal",
        municipalities=two_squares(),
    )
    options = IndicatorSettings(period_start=first, period_end=last, latest_plausible_date=dt.date(2026, 1, 1))
    for key, value in settings.items():
        setattr(options, key, value)
    return compute_indicators(frame, inputs, options, QualityReport(), SilentProgress())


def point(result, evse):
    return result.points.set_index("evse_id").loc[evse]


def day(result, evse, date):
    daily = result.daily
    return daily[(daily["evse_id"] == evse) & (daily["datum"] == date)].iloc[0]


def test_session_across_midnight_is_split_over_both_days():
    # 23:30-01:30 on an ordinary night (1-2 July 2024): 0.5 h on 1 July, 1.5 h on 2 July.
    result = run(
        [{"evse": "E1", "start": "2024-07-01 23:30", "end": "2024-07-02 01:30"}],
        dt.date(2024, 7, 1),
        dt.date(2024, 7, 2),
    )
    assert day(result, "E1", dt.date(2024, 7, 1))["aansluituren"] == pytest.approx(0.5)
    assert day(result, "E1", dt.date(2024, 7, 2))["aansluituren"] == pytest.approx(1.5)
    # 0.5 / 24 = 2.0833 %; 1.5 / 24 = 6.25 %
    assert day(result, "E1", dt.date(2024, 7, 1))["bezetting_pct"] == pytest.approx(100 * 0.5 / 24)
    assert day(result, "E1", dt.date(2024, 7, 2))["bezetting_pct"] == pytest.approx(6.25)
    # The session counts on its start day only.
    assert day(result, "E1", dt.date(2024, 7, 1))["sessies"] == 1
    assert day(result, "E1", dt.date(2024, 7, 2))["sessies"] == 0


def test_last_sunday_of_march_has_23_hours():
    # 31 March 2024: clocks go from 02:00 to 03:00. A session 00:00-04:00 local lasts 3 real hours.
    # The day has 23 hours, so occupancy is 3 / 23 = 13.043 %.
    result = run(
        [{"evse": "E1", "start": "2024-03-31 00:00", "end": "2024-03-31 04:00"}],
        dt.date(2024, 3, 31),
        dt.date(2024, 3, 31),
    )
    row = day(result, "E1", dt.date(2024, 3, 31))
    assert row["daguren"] == pytest.approx(23)
    assert row["aansluituren"] == pytest.approx(3)
    assert row["bezetting_pct"] == pytest.approx(100 * 3 / 23)


def test_last_sunday_of_october_has_25_hours():
    # 27 October 2024: clocks go from 03:00 back to 02:00. 00:00-06:00 local lasts 7 real hours,
    # the day has 25: 7 / 25 = 28 %. A whole-day session 00:00-24:00 is 25 h = 100 %, never more.
    result = run(
        [
            {"evse": "E1", "start": "2024-10-27 00:00", "end": "2024-10-27 06:00"},
            {"evse": "E2", "start": "2024-10-27 00:00", "end": "2024-10-28 00:00"},
        ],
        dt.date(2024, 10, 27),
        dt.date(2024, 10, 27),
    )
    assert day(result, "E1", dt.date(2024, 10, 27))["aansluituren"] == pytest.approx(7)
    assert day(result, "E1", dt.date(2024, 10, 27))["bezetting_pct"] == pytest.approx(28.0)
    assert day(result, "E2", dt.date(2024, 10, 27))["bezetting_pct"] == pytest.approx(100.0)


def test_two_overlapping_sessions_on_one_evse_count_once():
    # 08:00-12:00 and 10:00-14:00: union 08:00-14:00 = 6 h = 25 % of 24 h (not 8 h = 33 %).
    # Both sessions and both kWh still count: 2 sessions, 10 + 6 = 16 kWh.
    result = run(
        [
            {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 12:00", "kwh": 10},
            {"evse": "E1", "start": "2024-07-02 10:00", "end": "2024-07-02 14:00", "kwh": 6},
        ],
        dt.date(2024, 7, 2),
        dt.date(2024, 7, 2),
    )
    row = day(result, "E1", dt.date(2024, 7, 2))
    assert row["aansluituren"] == pytest.approx(6)
    assert row["bezetting_pct"] == pytest.approx(25.0)
    assert row["sessies"] == 2
    assert row["kwh"] == pytest.approx(16)
    overlap = {c.key: c for c in result.quality.checks}["overlap"]
    assert overlap.count == 1
    assert overlap.examples == ["test.csv r3"]


def test_session_partly_inside_the_peak_window():
    # 15:00-18:30 with the default window 17:00-21:00: 1.5 h of 4 h inside = 37.5 %.
    # With a window 18:00-20:00: 0.5 h of 2 h = 25 %.
    rows = [{"evse": "E1", "start": "2024-07-02 15:00", "end": "2024-07-02 18:30"}]
    result = run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2))
    assert point(result, "E1")["piekbezetting_pct"] == pytest.approx(37.5)
    other = run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2), peak_start_hour=18, peak_end_hour=20)
    assert point(other, "E1")["piekbezetting_pct"] == pytest.approx(25.0)


def test_same_card_on_three_points_is_one_distinct_card():
    # Card 'K' charges once at each of E1, E2 (West) and E3 (Oost). Per point: 1 distinct card.
    # West has 1 distinct card (not 2), the region 1 (not 3); average per point is (1+1+1)/3 = 1.
    rows = [
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 09:00", "card": "K"},
        {"evse": "E2", "start": "2024-07-02 10:00", "end": "2024-07-02 11:00", "card": "K"},
        {"evse": "E3", "start": "2024-07-02 12:00", "end": "2024-07-02 13:00", "card": "K"},
    ]
    result = run(
        rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2), locations={"E1": WEST, "E2": WEST, "E3": OOST}, min_cards=1
    )
    areas = result.areas.set_index(["niveau", "code", "periode"])
    assert areas.loc[("gemeente", "GM9001", "periode"), "kaarten_uniek"] == 1
    assert areas.loc[("gemeente", "GM9002", "periode"), "kaarten_uniek"] == 1
    assert areas.loc[("regio", "regio", "periode"), "kaarten_uniek"] == 1
    assert areas.loc[("regio", "regio", "periode"), "kaarten_per_laadpunt"] == pytest.approx(1.0)
    assert list(result.points["kaarten_uniek"]) == [1, 1, 1]


def test_kwh_on_two_small_polygons_per_month_and_period():
    # West: 10 kWh in June + 5 kWh in July = 15; Oost: 7 kWh in July; a point outside both adds nothing.
    rows = [
        {"evse": "W1", "start": "2024-06-30 10:00", "end": "2024-06-30 12:00", "kwh": 10},
        {"evse": "W1", "start": "2024-07-01 10:00", "end": "2024-07-01 11:00", "kwh": 5},
        {"evse": "O1", "start": "2024-07-01 10:00", "end": "2024-07-01 11:00", "kwh": 7},
        {"evse": "X1", "start": "2024-07-01 10:00", "end": "2024-07-01 11:00", "kwh": 100},
    ]
    result = run(
        rows, dt.date(2024, 6, 30), dt.date(2024, 7, 1), locations={"W1": WEST, "O1": OOST, "X1": BUITEN}, min_cards=1
    )
    kwh = result.areas.set_index(["niveau", "code", "periode"])["kwh"]
    assert kwh[("gemeente", "GM9001", "2024-06")] == pytest.approx(10)
    assert kwh[("gemeente", "GM9001", "2024-07")] == pytest.approx(5)
    assert kwh[("gemeente", "GM9001", "periode")] == pytest.approx(15)
    assert kwh[("gemeente", "GM9002", "periode")] == pytest.approx(7)
    assert kwh[("provincie", "Testland", "periode")] == pytest.approx(22)
    assert kwh[("regio", "regio", "periode")] == pytest.approx(22)
    outside = {c.key: c.count for c in result.quality.checks}["outside_region"]
    assert outside == 1
    assert point(result, "X1")["gemeentecode"] == ""


def test_weeks_above_threshold_and_weeks_with_data():
    # E1 is connected 16:00-22:00 every day of ISO week 2024-W27 (1-7 July): peak 100 % that week.
    # In W28 (8-14 July) one evening 17:00-19:00: week mean 2 h / 28 h = 7.1 %.
    # -> weken_met_data 2, weken_piek_boven_drempel 1; dagen_piek_boven_drempel 7.
    rows = [{"evse": "E1", "start": f"2024-07-0{d} 16:00", "end": f"2024-07-0{d} 22:00"} for d in range(1, 8)]
    rows.append({"evse": "E1", "start": "2024-07-10 17:00", "end": "2024-07-10 19:00"})
    result = run(rows, dt.date(2024, 7, 1), dt.date(2024, 7, 14))
    row = point(result, "E1")
    assert row["weken_met_data"] == 2
    assert row["weken_piek_boven_drempel"] == 1
    assert row["dagen_piek_boven_drempel"] == 7
    # (7 x 4 h + 2 h) / (14 x 4 h) = 30 / 56
    assert row["piekbezetting_pct"] == pytest.approx(100 * 30 / 56)


def test_charging_time_and_idle_share():
    # 4 h connected, 1 h charging: laadbezetting 1/24, stilstand 1 - 1/4 = 75 %.
    rows = [{"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 12:00", "laaduren": 1.0}]
    result = run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2))
    row = point(result, "E1")
    assert row["laadbezetting_pct"] == pytest.approx(100 / 24)
    assert row["stilstand_pct"] == pytest.approx(75.0)
    # Without charging times the charging numbers are unknown, never 0.
    rows[0].pop("laaduren")
    assert np.isnan(point(run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2)), "E1")["stilstand_pct"])


def test_small_groups_are_suppressed():
    from ral_zuid_plugin.core.sessions.indicators import suppress_small_groups

    rows = [{"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 12:00", "card": c} for c in "ABC"]
    result = run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2), min_cards=10)
    table = suppress_small_groups(result.areas, 10)
    region = table[(table["niveau"] == "regio") & (table["periode"] == "periode")].iloc[0]
    assert bool(region["onderdrukt"])  # 3 distinct cards < 10
    assert np.isnan(region["kwh"]) and np.isnan(region["bezetting_pct"])
    assert region["laadpunten"] == 1  # the count of points is not personal data
    assert np.isnan(point(result, "E1")["kaarten_uniek"])


def test_negative_energy_keeps_the_connected_time_and_drops_only_the_energy():
    # 2 July 2024 (24 h), peak 17-21. A 08:00-12:00 10 kWh; B 13:00-19:00 with a wrong meter reading of -5 kWh.
    # Connected 4 + 6 = 10 h -> 10 / 24 = 41.667 % (before: B excluded, 4 / 24 = 16.667 %).
    # Peak: B covers 17:00-19:00 = 2 h of 4 h = 50 %. Sessions 2; kWh only A's 10; kWh per session 10 / 1 = 10.
    rows = [
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 12:00", "kwh": 10},
        {"evse": "E1", "start": "2024-07-02 13:00", "end": "2024-07-02 19:00", "kwh": -5},
    ]
    result = run(rows, dt.date(2024, 7, 2), dt.date(2024, 7, 2))
    e1 = point(result, "E1")
    assert e1["bezetting_pct"] == pytest.approx(1000 / 24)
    assert e1["piekbezetting_pct"] == pytest.approx(50)
    assert e1["sessies"] == 2
    assert e1["kwh_totaal"] == pytest.approx(10)
    assert e1["kwh_per_sessie"] == pytest.approx(10)
    region = result.areas[(result.areas["niveau"] == "regio") & (result.areas["periode"] == "periode")].iloc[0]
    assert region["kwh"] == pytest.approx(10) and region["kwh_per_sessie"] == pytest.approx(10)
    assert region["sessies"] == 2
    excluded = result.quality.excluded_table()
    assert list(excluded["controle"]) == ["negative_energy"] and list(excluded["rij"]) == [3]
    assert result.quality.sessions_excluded() == 0
    assert day(result, "E1", dt.date(2024, 7, 2))["kwh"] == pytest.approx(10)
