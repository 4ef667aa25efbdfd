"""Bezettingsgraad per uur van de dag (the hourly chart): hand-worked cases."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from ral_zuid_plugin.core.sessions import timeline
from ral_zuid_plugin.core.sessions.indicators import LEVEL_REGION, PERIOD_LABEL
from ral_zuid_plugin.core.sessions.timeline import connected_per_hour, hourly_connected
from tests.core.sessions.helpers import ns
from tests.core.sessions.test_indicators_hand_worked import BUITEN, WEST, run

HOUR_NS = 3600 * 10**9


def test_connected_seconds_per_hour_with_partial_and_whole_hours():
    # Period 00:00-06:00 (6 hours). [00:30, 03:15) gives 1800 s in hour 0, 3600 in hours 1 and 2, 900 in hour 3;
    # [04:10, 04:40) gives 1800 s in hour 4; [05:30, 07:00) is cut at the end: 1800 s in hour 5.
    t0 = 0
    start = np.array([30 * 60, 4 * 3600 + 600, 5 * 3600 + 1800], dtype=np.int64) * 10**9
    end = np.array([3 * 3600 + 900, 4 * 3600 + 2400, 7 * 3600], dtype=np.int64) * 10**9
    seconds = connected_per_hour(start, end, t0, 6 * HOUR_NS)
    assert seconds.tolist() == [1800.0, 3600.0, 3600.0, 900.0, 1800.0, 1800.0]


def test_hourly_profile_of_one_session_over_two_days():
    # One EVSE, 4-5 March 2024 (CET, 2 days of 24 h). One session 08:30-10:15 local time on 4 March.
    # Hour 08: 1800 s of 2 x 3600 s = 25 %; hour 09: 3600 / 7200 = 50 %; hour 10: 900 / 7200 = 12.5 %; others 0.
    result = run(
        [{"evse": "E1", "start": "2024-03-04 08:30", "end": "2024-03-04 10:15"}],
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 5),
        min_cards=1,
    )
    share = result.hourly_occupancy.set_index("uur")["bezetting_pct"]
    assert share[8] == pytest.approx(25.0)
    assert share[9] == pytest.approx(50.0)
    assert share[10] == pytest.approx(12.5)
    assert share.drop([8, 9, 10]).abs().max() == 0
    # Second method: the 24 hours weighted by their length give the region's bezettingsgraad of the period,
    # 6300 s / (48 x 3600 s) = 3.6458 %.
    region = result.areas[(result.areas["niveau"] == LEVEL_REGION) & (result.areas["periode"] == PERIOD_LABEL)]
    assert share.mean() == pytest.approx(region["bezetting_pct"].iloc[0]) == pytest.approx(6300 / 172800 * 100)


def test_hourly_profile_on_the_day_with_25_hours_and_only_region_points():
    # 27 October 2024 has 25 hours: 02:00-03:00 happens twice. A session 01:30-03:30 local (winter time at the
    # end) lasts 3 h: 1800 s in hour 01, 3600 + 3600 s in the two hours 02, 1800 s in hour 03. Hour 02 occurs
    # twice that day, so its share is 7200 / 7200 = 100 %; hours 01 and 03: 1800 / 3600 = 50 %.
    # A second EVSE outside the gemeenten (BUITEN) is busy all day and counts for nothing in the region.
    result = run(
        [
            {"evse": "E1", "start": "2024-10-27 01:30", "end": "2024-10-27 03:30"},
            {"evse": "E9", "start": "2024-10-27 00:00", "end": "2024-10-27 23:59"},
        ],
        dt.date(2024, 10, 27),
        dt.date(2024, 10, 27),
        locations={"E1": WEST, "E9": BUITEN},
        min_cards=1,
    )
    assert ns("2024-10-27 03:30") - ns("2024-10-27 01:30") == 3 * HOUR_NS
    share = result.hourly_occupancy.set_index("uur")["bezetting_pct"]
    assert share[1] == pytest.approx(50.0)
    assert share[2] == pytest.approx(100.0)
    assert share[3] == pytest.approx(50.0)
    assert share.drop([1, 2, 3]).abs().max() == 0


def test_hourly_sum_in_chunks_equals_one_pass_and_keeps_only_wanted_evses(monkeypatch):
    # Second method: 1,000 random sessions on 5 EVSEs over 3 days, summed in chunks of 7 sessions, against
    # connected_per_hour over the sessions of the wanted EVSEs (0, 2, 3) in one pass.
    rng = np.random.default_rng(18)
    t1 = 72 * HOUR_NS
    start = rng.integers(-HOUR_NS, t1, 1000)
    end = start + rng.integers(1, 20 * HOUR_NS, 1000)
    evse = rng.integers(0, 5, 1000)
    wanted = np.array([True, False, True, True, False])
    monkeypatch.setattr(timeline, "HOURLY_CHUNK", 7)
    chunked = hourly_connected(evse, start, end, wanted, 0, t1)
    keep = wanted[evse]
    assert chunked == pytest.approx(connected_per_hour(start[keep], end[keep], 0, t1))
    assert len(chunked) == 72
