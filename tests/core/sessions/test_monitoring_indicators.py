"""Issue 12.4, 12.5, 12.9 and 10.8: 'often full', cards per month, low usage, empty months and data gaps.

Every expected number is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.sessions.indicators import suppress_small_groups
from tests.core.sessions.test_indicators_hand_worked import point, run
from tests.translations import report_language


def region(result, period="periode"):
    areas = result.areas
    return areas[(areas["niveau"] == "regio") & (areas["periode"] == period)].iloc[0]


def test_share_of_points_often_above_the_threshold_is_not_the_mean_of_the_period():
    # 1-4 July 2024, peak 17-21 (4 h), threshold 80 %, "often" = more than 50 % of days.
    # E1 fills the window on 1, 2 and 3 July: above on 3 of 4 days = 75 % of days -> often full;
    #    its mean peak occupancy is 12 h / 16 h = 75 % < 80 %, so the old headline counted it as not full.
    # E2 fills it on 1 July only: 1 of 4 days = 25 % -> not often full.
    # Share of points often full = 1 of 2 = 50 %; old share (mean above 80 %) = 0 %;
    # mean share of days above = (75 + 25) / 2 = 50 % (= mean of the daily shares 100, 50, 50, 0).
    rows = [{"evse": "E1", "start": f"2024-07-0{d} 17:00", "end": f"2024-07-0{d} 21:00"} for d in (1, 2, 3)]
    rows.append({"evse": "E2", "start": "2024-07-01 17:00", "end": "2024-07-01 21:00"})
    result = run(rows, dt.date(2024, 7, 1), dt.date(2024, 7, 4))
    whole = region(result)
    assert whole["aandeel_laadpunten_vaak_vol_pct"] == pytest.approx(50)
    assert whole["aandeel_piek_boven_drempel_pct"] == pytest.approx(0)
    assert whole["gemiddeld_aandeel_dagen_vol_pct"] == pytest.approx(50)
    daily = result.daily_peak_share[result.daily_peak_share["niveau"] == "regio"]
    assert list(daily["aandeel_piek_boven_drempel_pct"]) == pytest.approx([100, 50, 50, 0])
    assert bool(point(result, "E1")["piek_vaak_boven_drempel"]) is True
    assert bool(point(result, "E2")["piek_vaak_boven_drempel"]) is False
    # "more than 75 % of days": E1's 75 % is not more -> 0 points often full
    stricter = run(rows, dt.date(2024, 7, 1), dt.date(2024, 7, 4), peak_days_share_pct=75.0)
    assert region(stricter)["aandeel_laadpunten_vaak_vol_pct"] == pytest.approx(0)


def test_cards_per_point_per_month_does_not_grow_with_the_period():
    # June and July 2024 (two whole months). E1: June cards A, B; July C, D, E -> 2 and 3 a month, mean 2.5,
    # 5 over the period. E2: card A in June and in July -> 1 and 1, mean 1; 1 over the period.
    # Region: per point over the period (5 + 1) / 2 = 3; per month June (2 + 1) / 2 = 1.5, July (3 + 1) / 2 = 2,
    # mean over the months 1.75.
    def session(evse, day, card):
        return {"evse": evse, "start": f"2024-{day} 10:00", "end": f"2024-{day} 11:00", "card": card}

    rows = [
        session("E1", "06-03", "A"),
        session("E1", "06-04", "B"),
        session("E1", "07-03", "C"),
        session("E1", "07-04", "D"),
        session("E1", "07-05", "E"),
        session("E2", "06-10", "A"),
        session("E2", "07-10", "A"),
    ]
    result = run(rows, dt.date(2024, 6, 1), dt.date(2024, 7, 31), min_cards=1)
    assert region(result)["kaarten_per_laadpunt"] == pytest.approx(3)
    assert region(result)["kaarten_per_laadpunt_per_maand"] == pytest.approx(1.75)
    assert region(result, "2024-06")["kaarten_per_laadpunt_per_maand"] == pytest.approx(1.5)
    assert region(result, "2024-07")["kaarten_per_laadpunt_per_maand"] == pytest.approx(2)
    assert point(result, "E1")["kaarten_per_maand"] == pytest.approx(2.5)
    assert point(result, "E2")["kaarten_per_maand"] == pytest.approx(1)
    # 15 June - 31 July: June is only half in the period, so the mean runs over July alone: (3 + 1) / 2 = 2
    later = run(rows[2:5] + rows[6:], dt.date(2024, 6, 15), dt.date(2024, 7, 31), min_cards=1)
    assert region(later)["kaarten_per_laadpunt_per_maand"] == pytest.approx(2)


def test_a_month_without_sessions_reads_zero_not_suppressed():
    # E1: one session in June (10:00-12:00 on 3 June) and one in August; none in July.
    # With min 10 cards, June and August (1 card each) are suppressed; July has 0 sessions: shown as
    # 0 sessions, 0 % occupancy, geen_data = True, not suppressed.
    rows = [
        {"evse": "E1", "start": "2024-06-03 10:00", "end": "2024-06-03 12:00"},
        {"evse": "E1", "start": "2024-08-03 10:00", "end": "2024-08-03 12:00"},
    ]
    result = run(rows, dt.date(2024, 6, 1), dt.date(2024, 8, 31))
    table = suppress_small_groups(result.areas, 10)
    july = table[(table["niveau"] == "regio") & (table["periode"] == "2024-07")].iloc[0]
    assert not july["onderdrukt"] and july["geen_data"]
    assert july["sessies"] == 0 and july["bezetting_pct"] == 0 and july["kwh"] == 0
    june = table[(table["niveau"] == "regio") & (table["periode"] == "2024-06")].iloc[0]
    assert june["onderdrukt"] and np.isnan(june["sessies"]) and not june["geen_data"]


def _gap_rows():
    # One session 10:00-12:00 (2 h) a day in February, April and May 2024; a single one in January and in
    # March. Sessions per day: Jan 1/31, Feb 1, Mar 1/31, Apr 1, May 1; median 1, gap limit 0.2.
    # March is low between busy February and April: a gap. January is low but nothing busy precedes it.
    rows = [{"evse": "E1", "start": "2024-01-10 10:00", "end": "2024-01-10 12:00"}]
    rows.append({"evse": "E1", "start": "2024-03-10 10:00", "end": "2024-03-10 12:00"})
    for first, days in ((dt.date(2024, 2, 1), 29), (dt.date(2024, 4, 1), 30), (dt.date(2024, 5, 1), 31)):
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            rows.append({"evse": "E1", "start": f"{day} 10:00", "end": f"{day} 12:00"})
    return rows


def test_data_gap_is_detected_and_warned_but_kept_by_default():
    result = run(_gap_rows(), dt.date(2024, 1, 1), dt.date(2024, 5, 31))
    gap = next(c for c in result.quality.checks if c.key == "data_gap")
    assert gap.count == 1 and gap.examples == ["2024-03"] and gap.action == "kept"
    assert "2024-03" in gap.note
    # kept: connected 2 + 58 + 2 + 60 + 62 = 184 h over 152 days of which 31 March has 23 h: 3647 h
    assert point(result, "E1")["bezetting_pct"] == pytest.approx(184 / 3647 * 100)


def test_data_gap_months_can_be_left_out_of_the_period():
    result = run(_gap_rows(), dt.date(2024, 1, 1), dt.date(2024, 5, 31), exclude_data_gaps=True)
    # March left out: 31 + 29 + 30 + 31 = 121 days of 24 h = 2904 h; connected 2 + 58 + 60 + 62 = 182 h.
    e1 = point(result, "E1")
    assert e1["bezetting_pct"] == pytest.approx(182 / 2904 * 100)
    assert e1["sessies_per_dag"] == pytest.approx(91 / 121)  # 1 + 29 + 30 + 31 sessions over 121 days
    assert result.excluded_months == ["2024-03"]
    assert "2024-03" not in set(result.areas["periode"])
    assert len(result.daily) == 121 and not (result.daily["datum"].astype(str).str.startswith("2024-03")).any()
    assert next(c for c in result.quality.checks if c.key == "data_gap").action == "excluded"
    # the same month chosen by hand gives the same numbers
    chosen = run(_gap_rows(), dt.date(2024, 1, 1), dt.date(2024, 5, 31), excluded_months=("2024-03",))
    assert point(chosen, "E1")["bezetting_pct"] == pytest.approx(182 / 2904 * 100)
    # and by calendar month (the dialog's list of month names: March = 3), in every year of the period
    by_name = run(_gap_rows(), dt.date(2024, 1, 1), dt.date(2024, 5, 31), excluded_calendar_months=(3,))
    assert point(by_name, "E1")["bezetting_pct"] == pytest.approx(182 / 2904 * 100)
    assert by_name.excluded_months == ["2024-03"]


def test_a_calendar_month_is_left_out_in_every_year_of_the_period():
    # One 2-hour session on 2 January 2024 and 2 January 2025, one on 2 February 2024; period 1 Jan 2024 - 28 Feb
    # 2025 without January: 2024-02 (29 days) + 2024-03..2024-12 (306) + 2025-02 (28) = 363 days, 8712 h
    # (the two DST days cancel out: 23 h + 25 h). Connected: only February 2024 counts, 2 h.
    rows = [
        {"evse": "E1", "start": "2024-01-02 10:00", "end": "2024-01-02 12:00"},
        {"evse": "E1", "start": "2024-02-02 10:00", "end": "2024-02-02 12:00"},
        {"evse": "E1", "start": "2025-01-02 10:00", "end": "2025-01-02 12:00"},
    ]
    result = run(rows, dt.date(2024, 1, 1), dt.date(2025, 2, 28), excluded_calendar_months=(1,))
    assert result.excluded_months == ["2024-01", "2025-01"]
    assert point(result, "E1")["bezetting_pct"] == pytest.approx(2 / 8712 * 100)
    with pytest.raises(RalZuidError, match="13 is not a month"):
        run(rows, dt.date(2024, 1, 1), dt.date(2024, 1, 31), excluded_calendar_months=(13,))


def test_every_month_excluded_is_a_clear_error():
    rows = [{"evse": "E1", "start": "2024-07-02 10:00", "end": "2024-07-02 12:00"}]
    with pytest.raises(RalZuidError, match="Every month of the period is excluded"):
        run(rows, dt.date(2024, 7, 1), dt.date(2024, 7, 31), excluded_months=("2024-07",))


def test_low_usage_flag_needs_n_consecutive_months_under_the_threshold():
    # January - August 2024, threshold 10 %, 3 months. A 100-hour session in a month is 100 / 744 = 13.4 %
    # (31-day month; 100 / 696 = 14.4 % in February, 100 / 720 = 13.9 % in a 30-day month): above 10 %.
    # E1 has one in January, May and August: low Feb-Apr (3 months) and Jun-Jul (2) -> flagged, 2024-02..2024-04.
    # E2 has one every month but February and March: longest low run 2 -> not flagged.
    def long_session(evse, month):
        return {"evse": evse, "start": f"2024-{month:02d}-02 08:00", "end": f"2024-{month:02d}-06 12:00"}

    rows = [long_session("E1", m) for m in (1, 5, 8)] + [long_session("E2", m) for m in (1, 4, 5, 6, 7, 8)]
    result = run(rows, dt.date(2024, 1, 1), dt.date(2024, 8, 31), low_usage_months=3, low_usage_threshold_pct=10.0)
    e1, e2 = point(result, "E1"), point(result, "E2")
    assert bool(e1["laag_gebruik"]) is True and e1["maanden_laag_gebruik"] == 3
    assert (e1["laag_gebruik_van"], e1["laag_gebruik_tot"]) == ("2024-02", "2024-04")
    assert bool(e2["laag_gebruik"]) is False and e2["maanden_laag_gebruik"] == 2
    assert (e2["laag_gebruik_van"], e2["laag_gebruik_tot"]) == ("2024-02", "2024-03")


def test_workbook_headline_distribution_and_low_usage_sheet(tmp_path):
    import openpyxl

    from ral_zuid_plugin.core.sessions.workbook import write_workbook

    # The data of the 'often full' test: E1 above the threshold on 75 % of the days, E2 on 25 %.
    # Headline: 1 of 2 points often full = 50 %. Distribution: E2 in (10-25], E1 in (50-75].
    # Low usage (threshold 10 %, 1 month): E1 12 h / 96 h = 12.5 % (not low), E2 4 h / 96 h = 4.2 % (low).
    rows = [{"evse": "E1", "start": f"2024-07-0{d} 17:00", "end": f"2024-07-0{d} 21:00"} for d in (1, 2, 3)]
    rows.append({"evse": "E2", "start": "2024-07-01 17:00", "end": "2024-07-01 21:00"})
    result = run(rows, dt.date(2024, 7, 1), dt.date(2024, 7, 4), min_cards=1, low_usage_months=1)
    with report_language("nl"):
        book = openpyxl.load_workbook(write_workbook(result, str(tmp_path / "m.xlsx")))
    summary = {r[0]: r[1:] for r in book["Samenvatting"].iter_rows(values_only=True) if r and r[0]}
    headline = next(k for k in summary if k.startswith("Regio: aandeel laadpunten met piek boven 80 % op meer dan 50"))
    assert summary[headline][0] == pytest.approx(50)
    assert summary["meer dan 10 tot en met 25 % van de dagen"][:2] == (1, 50.0)
    assert summary["meer dan 50 tot en met 75 % van de dagen"][:2] == (1, 50.0)
    assert summary["0 % van de dagen"][0] == 0
    assert summary["Regio: laadpunten met laag gebruik"][0] == 1
    low = list(book["Laag gebruik"].iter_rows(values_only=True))
    assert low[0][0].startswith(
        "Laadpunten met een bezettingsgraad onder 10 % in minstens 1 opeenvolgende maanden: 1 van 2"
    )
    assert low[2][0] == "E2" and low[2][4] == pytest.approx(400 / 96) and low[2][5] == 1
    assert book.sheetnames[:3] == ["Samenvatting", "Grafieken", "Definities"]
    assert low[1][:2] == ("EVSE-id", "Laadpaal / locatie-id")

    # the same workbook in English (REPORT_LANGUAGE English): sheet names, labels and headers hand-written here
    with report_language("en"):
        book = openpyxl.load_workbook(write_workbook(result, str(tmp_path / "m_en.xlsx")))
    assert book.sheetnames == [
        "Summary",
        "Charts",
        "Definitions",
        "Quality",
        "Region",
        "Provinces",
        "Municipalities",
        "Charging posts",
        "Charge points",
        "Low usage",
        "Peak per day",
    ]
    summary = {r[0]: r[1:] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Region: share of charge points with the peak above 80 % on more than 50 % of the days (%)"][0] == (
        pytest.approx(50)
    )
    assert summary["more than 10 up to and including 25 % of the days"][:2] == (1, 50.0)
    assert summary["Months left out"][0] == "none" and summary["Region: charge points with low usage"][0] == 1
    low = list(book["Low usage"].iter_rows(values_only=True))
    assert low[0][0].startswith("Charge points with an occupancy under 10 % in at least 1 consecutive months: 1 of 2")
    assert low[1][:4] == ("EVSE id", "Charging post / location id", "Municipality code", "Municipality")
    region = list(book["Region"].iter_rows(values_only=True))
    assert (
        "Occupancy, connected (% of the day)" in region[0]
        and "Idle time: connected without charging (% of " "connected time)" in region[0]
    )
    assert region[1][region[0].index("Period (month or whole period)")] in ("whole period", "2024-07")
    definitions = [r[0] for r in book["Definitions"].iter_rows(values_only=True)]
    assert definitions[:3] == ["Indicator", "Charge point", "Day"]
    cells = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    for dutch in ("Laadpunt", "Bezettingsgraad", "Gemeente", "periode", "uitgesloten", "behouden", " ja", "nee"):
        assert not any(dutch in cell for cell in cells), dutch
