"""Day and month order: the evidence, the stop, and a property test over generated swapped exports."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.sessions import dateorder, schema
from ral_zuid_plugin.core.sessions.readers import read_session_file
from ral_zuid_plugin.core.sessions.tabular import TableOptions
from tests.core.sessions.helpers import ns

SALT = bytes(range(32))
H = 3_600_000_000_000


def _t(text: str) -> int:
    return pd.Timestamp(text).value


def test_a_session_across_midnight_decides_the_order():
    # 5 Jul 22:00 -> 6 Jul 06:00 is 8 h; swapped it is 7 May 22:00 -> 7 Jun 06:00, a month: as written wins
    decision = dateorder.weigh(
        np.array([_t("2024-07-05 22:00")]),
        np.array([_t("2024-07-06 06:00")]),
        np.array([_t("2024-05-07 22:00")]),
        np.array([_t("2024-06-07 06:00")]),
    )
    assert decision.reading == dateorder.AS_WRITTEN
    assert (decision.evidence[0].as_written, decision.evidence[0].swapped) == (0, 1)


def test_rows_in_start_order_decide_and_conflicting_evidence_does_not():
    # as written 1 Jul, 13 Jul, 2 Aug, 20 Aug, 3 Sep is in start order; swapped (7 Jan, 13 Jul, 8 Feb, 20 Aug,
    # 9 Mar) goes back in time twice (13 Jul -> 8 Feb, 20 Aug -> 9 Mar). Every session lasts 1 h in both.
    texts = ["2024-07-01", "2024-07-13", "2024-08-02", "2024-08-20", "2024-09-03"]
    other = ["2024-01-07", "2024-07-13", "2024-02-08", "2024-08-20", "2024-03-09"]
    written = np.array([_t(t + " 10:00") for t in texts])
    swapped = np.array([_t(t + " 10:00") for t in other])
    decision = dateorder.weigh(written, written + H, swapped, swapped + H)
    assert (decision.evidence[1].as_written, decision.evidence[1].swapped) == (0, 2)
    assert decision.evidence[0].compared == 0  # no session changes length
    assert decision.reading == dateorder.AS_WRITTEN
    # make the first session last a month in the in-order reading: the two kinds of evidence disagree, no decision
    end_written = written + H
    end_written[0] = _t("2024-08-01 10:00")
    decision = dateorder.weigh(written, end_written, swapped, swapped + H)
    assert decision.evidence[0].verdict() == dateorder.SWAPPED
    assert decision.evidence[1].verdict() == dateorder.AS_WRITTEN
    assert decision.reading == ""


def test_no_question_when_no_value_can_be_swapped():
    times = np.array([_t("2024-07-13 10:00"), _t("2024-07-13 10:00")])
    assert dateorder.weigh(times, times + H, times, times + H) is None


def test_stop_message_names_rows_values_and_parameter(tmp_path):
    path = tmp_path / "juni.csv"
    path.write_text("Laadpunt;Start;Eind;kWh\nP1;05-06-2024 10:00;05-06-2024 11:00;3\n", encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions())
    assert str(info.value) == (
        "file juni.csv, row 2, column 'Start': day and month can be read both ways and the sessions do not show "
        "which is right (no session crosses midnight and the rows are not in start order). Examples: row 2: "
        "'05-06-2024 10:00' = 5 Jun 2024 as written, 6 May 2024 swapped. "
        "Set Date order (DATE_ORDER) to 'as written' or 'day and month swapped'"
    )
    frame, report = read_session_file(str(path), SALT, TableOptions(date_order="swapped"))
    assert frame[schema.START].iloc[0] == ns("2024-05-06 10:00")
    assert report.date_order == "swapped" and report.date_decision is None


# --- property: swapped exports are recovered exactly, or the reader stops with the date-order message ----------
session = st.tuples(
    st.integers(0, 150),  # day after the first day
    st.integers(0, 23 * 12 - 1),  # start in 5-minute steps, hour 2 left out (no DST gap question here)
    st.integers(2, 600),  # duration in 5-minute steps (10 min - 50 h)
    st.integers(1, 8000),  # energy in 0.01 kWh
)


def _written(stamp: dt.datetime) -> str:
    """ISO-looking text with day and month swapped whenever the day is 12 or less (the spreadsheet fault)."""
    if stamp.day <= 12:
        return "{:04d}-{:02d}-{:02d} {:02d}:{:02d}".format(stamp.year, stamp.day, stamp.month, stamp.hour, stamp.minute)
    return stamp.strftime("%Y-%m-%d %H:%M")


def _clock(first_day: dt.date, day: int, step: int) -> dt.datetime:
    minutes = step * 5
    minutes += 60 if minutes >= 120 else 0  # skip 02:00-02:59
    return dt.datetime.combine(first_day + dt.timedelta(days=day), dt.time()) + dt.timedelta(minutes=minutes)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first_day=st.dates(dt.date(2016, 1, 1), dt.date(2025, 6, 1)),
    sessions=st.lists(session, min_size=1, max_size=25),
)
def test_swapped_export_is_recovered_or_stops_never_in_between(tmp_path, first_day, sessions):
    truth = []
    for day, step, length, energy in sessions:
        start = _clock(first_day, day, step)
        end = start + dt.timedelta(minutes=5 * length)
        if end.hour == 2:
            end += dt.timedelta(hours=1)
        truth.append((start, end, energy / 100))
    truth.sort()  # exports list sessions in start order
    lines = ["Sessie;Laadpunt;Start;Eind;kWh"] + [
        "S{};P1;{};{};{:.2f}".format(i, _written(s), _written(e), k) for i, (s, e, k) in enumerate(truth)
    ]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        frame, _ = read_session_file(str(path), SALT, TableOptions())
    except InputDataError as error:
        assert "Set Date order (DATE_ORDER)" in str(error)
        frame, _ = read_session_file(str(path), SALT, TableOptions(date_order="swapped"))  # the advice, followed
    expected_start = [ns(s.strftime("%Y-%m-%d %H:%M")) for s, _, _ in truth]
    expected_end = [ns(e.strftime("%Y-%m-%d %H:%M")) for _, e, _ in truth]
    assert list(frame[schema.START]) == expected_start
    assert list(frame[schema.END]) == expected_end
    assert frame[schema.KWH].sum() == pytest.approx(sum(k for _, _, k in truth))


@pytest.mark.parametrize(
    "name, month",
    [
        ("sessies_2024-07.csv", (2024, 7)),
        ("export_202407.csv", (2024, 7)),
        ("laadsessies juli 2024.csv", (2024, 7)),
        ("Sessions_Jul_2024.xlsx", (2024, 7)),
        ("07-2024.csv", (2024, 7)),
        ("export.csv", None),
        ("sessies_2024.csv", None),  # a year says nothing about day and month
        ("rapport_2024-07_2024-08.csv", None),  # two months: no single period
        ("x_20240713.csv", None),  # a full date, not a month
    ],
)
def test_month_in_file_name(name, month):
    assert dateorder.month_in_name(name) == month


def test_session_ids_and_file_name_are_evidence():
    # ids 1..3 in time order as written (1, 9, 20 Aug); swapped 8 Jan, 8 Sep, 20 Aug goes back once; with
    # ids 4, 5 (2 and 10 Sep as written; 9 Feb and 9 Oct swapped) twice. File order is 3, 1, 2, 5, 4.
    written = np.array([_t(t) for t in ("2024-08-20", "2024-08-01", "2024-08-09", "2024-09-10", "2024-09-02")])
    swapped = np.array([_t(t) for t in ("2024-08-20", "2024-01-08", "2024-09-08", "2024-10-09", "2024-02-09")])
    by_id = np.array([1, 2, 0, 4, 3])
    decision = dateorder.weigh(written, written + H, swapped, swapped + H, id_order=by_id)
    ids = decision.evidence[2]
    assert (ids.kind, ids.as_written, ids.swapped) == ("id order", 0, 2)
    assert decision.reading == dateorder.AS_WRITTEN
    # A file name saying September 2024 (31 Aug - 2 Oct with a day either side). Rows whose readings differ are
    # rows 2-5; outside as written: 1 Aug, 9 Aug (2); swapped: 8 Jan, 9 Oct, 9 Feb (3). File order: as written
    # 20 Aug > 1 Aug and 10 Sep > 2 Sep go back (2); swapped 20 Aug > 8 Jan and 9 Oct > 9 Feb (2).
    period = dateorder.period_of_month(2024, 9)
    decision = dateorder.weigh(written, written + H, swapped, swapped + H, period=period)
    name = decision.evidence[2]
    assert (name.kind, name.as_written, name.swapped) == ("file name", 2, 3)
    assert decision.reading == ""  # 2 against 3 and 2 against 2 decide nothing
