"""Hypothesis property tests: parsers round-trip, occupancy stays in [0, 100] %, time is conserved."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ral_zuid_plugin.core.sessions.tabular import numbers_from
from ral_zuid_plugin.core.sessions.timeline import Calendar, daily_time, split_over_days
from ral_zuid_plugin.core.sessions.timeparse import parse_local_times

FIRST = dt.date(2024, 3, 25)  # spans the spring DST change (31 March 2024)
LAST = dt.date(2024, 4, 3)
CALENDAR = Calendar.build(FIRST, LAST, 17, 21, "Europe/Amsterdam")
PERIOD_START = int(CALENDAR.midnights[0])
PERIOD_END = int(CALENDAR.midnights[-1])
HOUR = 3_600_000_000_000

naive_times = st.datetimes(min_value=dt.datetime(2015, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
    lambda t: t.replace(second=0, microsecond=0)
)


@settings(deadline=None)
@given(st.lists(naive_times, min_size=1, max_size=30))
def test_dutch_dates_round_trip(times):
    # Written as a Dutch export writes them, read back as the same UTC instant as pandas' own localisation.
    texts = pd.Series([t.strftime("%d-%m-%Y %H:%M") for t in times])
    parsed, _ = parse_local_times(texts, "%d-%m-%Y %H:%M", "Europe/Amsterdam")
    expected = (
        pd.DatetimeIndex(times)
        .tz_localize("Europe/Amsterdam", ambiguous=np.ones(len(times), bool), nonexistent="shift_forward")
        .tz_convert("UTC")
        .asi8
    )
    assert list(parsed) == list(expected)


@settings(deadline=None)
@given(st.lists(st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False), min_size=1, max_size=30))
def test_decimal_comma_numbers_round_trip(values):
    texts = pd.Series([format(v, "f").replace(".", ",") for v in values])
    parsed = numbers_from(texts, ",", path="x.csv", column="kWh", rows=np.arange(len(values)) + 2, required=True)
    assert np.allclose(parsed, [float(v) for v in values])


intervals = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3),  # evse
        st.integers(min_value=-24, max_value=10 * 24 + 24),  # start, hours after the period start
        st.integers(min_value=1, max_value=80),  # duration in hours
        st.floats(min_value=0, max_value=1),  # charging share
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(intervals)
def test_occupancy_is_never_below_0_or_above_100_percent(rows):
    evse = np.array([r[0] for r in rows], dtype=np.int64)
    start = PERIOD_START + np.array([r[1] for r in rows], dtype=np.int64) * HOUR
    end = start + np.array([r[2] for r in rows], dtype=np.int64) * HOUR
    charging = np.array([r[2] * r[3] for r in rows])
    daily = daily_time(evse, start, end, charging, np.ones(len(rows)), 4, CALENDAR)
    for seconds in (daily.connected_s, daily.charging_s):
        pct = seconds / CALENDAR.day_seconds[None, :] * 100
        assert (pct >= -1e-9).all() and (pct <= 100 + 1e-9).all()
    peak = daily.peak_s / CALENDAR.peak_seconds[None, :] * 100
    assert (peak >= -1e-9).all() and (peak <= 100 + 1e-9).all()
    assert (daily.charging_s <= daily.connected_s + 1e-6).all()


@settings(max_examples=60, deadline=None)
@given(intervals)
def test_connected_time_is_conserved_when_split_over_days(rows):
    # Without the union step every session's time inside the period must reappear, summed over days.
    evse = np.array([r[0] for r in rows], dtype=np.int64)
    start = PERIOD_START + np.array([r[1] for r in rows], dtype=np.int64) * HOUR
    end = start + np.array([r[2] for r in rows], dtype=np.int64) * HOUR
    seconds, _ = split_over_days(evse, start, end, CALENDAR, 4)
    inside = np.clip(np.minimum(end, PERIOD_END) - np.maximum(start, PERIOD_START), 0, None) / 1e9
    assert np.isclose(seconds.sum(), inside.sum())
    for e in range(4):
        assert np.isclose(seconds[e].sum(), inside[evse == e].sum())
