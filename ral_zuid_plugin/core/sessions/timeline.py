"""Connected, charging and peak-window time per EVSE per local day.

Sessions are instants in UTC; days are Europe/Amsterdam calendar days of 23, 24 or 25 hours.
Overlapping sessions on one EVSE are counted once (the union of their intervals), so occupancy
can never pass 100 %. Charging is assumed to happen at the start of a session (the usual pattern
on public AC points: charge first, then stand idle), so the charging interval is
``[start, start + charging hours]``. All work is vectorised with numpy: sessions that span several
days are split into one piece per day with ``np.repeat`` and summed with ``np.bincount``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.sessions.timeparse import local_midnights, local_times_of_day

NS_PER_SECOND = 1_000_000_000


@dataclass
class Calendar:
    """The local days of the period with their UTC bounds and peak windows."""

    first_day: dt.date
    last_day: dt.date
    midnights: np.ndarray  # n_days + 1 UTC ns
    peak_start: np.ndarray  # n_days UTC ns
    peak_end: np.ndarray
    counted: np.ndarray | None = None  # n_days; False for days of months left out of the period; None = all

    @classmethod
    def build(
        cls, first_day: dt.date, last_day: dt.date, peak_start_hour: float, peak_end_hour: float, time_zone: str
    ) -> Calendar:
        return cls(
            first_day,
            last_day,
            local_midnights(first_day, last_day, time_zone),
            local_times_of_day(first_day, last_day, peak_start_hour, time_zone),
            _peak_end(first_day, last_day, peak_end_hour, time_zone),
        )

    @property
    def n_days(self) -> int:
        return len(self.midnights) - 1

    @property
    def dates(self) -> pd.DatetimeIndex:
        return pd.date_range(self.first_day, self.last_day, freq="D")

    @property
    def day_seconds(self) -> np.ndarray:
        """Length of every day; 0 for days left out of the period, so they weigh nothing in any mean."""
        seconds = np.diff(self.midnights) / NS_PER_SECOND
        return seconds if self.counted is None else seconds * self.counted

    @property
    def peak_seconds(self) -> np.ndarray:
        seconds = (self.peak_end - self.peak_start) / NS_PER_SECOND
        return seconds if self.counted is None else seconds * self.counted

    @property
    def counted_days(self) -> np.ndarray:
        """Positions of the days that count (all of them unless months were left out)."""
        return np.arange(self.n_days) if self.counted is None else np.flatnonzero(self.counted)

    @property
    def n_counted_days(self) -> int:
        return self.n_days if self.counted is None else int(self.counted.sum())

    def week_index(self) -> tuple[np.ndarray, list[str]]:
        """ISO week of every day as an index, and the labels ``2024-W01``."""
        iso = self.dates.isocalendar()
        labels = ["{}-W{:02d}".format(y, w) for y, w in zip(iso["year"], iso["week"])]
        codes, uniques = pd.factorize(pd.Series(labels), sort=False)
        return codes.astype(np.int64), list(uniques)

    def month_index(self) -> tuple[np.ndarray, list[str]]:
        labels = self.dates.strftime("%Y-%m")
        codes, uniques = pd.factorize(pd.Series(labels), sort=False)
        return codes.astype(np.int64), list(uniques)


def data_gap_months(daily: DailyTime, calendar: Calendar, fraction: float) -> list[str]:
    """Months with almost no sessions between busier months: a gap in the data, not an empty street.

    A month is a gap when its sessions per day (all EVSEs, sessions counted on their start day) are below
    ``fraction`` x the median month's, and some month before it and some month after it are not.
    """
    month, labels = calendar.month_index()
    if len(labels) < 3 or fraction <= 0:
        return []
    per_day = np.bincount(month, weights=daily.sessions.sum(axis=0), minlength=len(labels)) / np.bincount(
        month, minlength=len(labels)
    )
    low = per_day < fraction * np.median(per_day)
    busy_before = np.maximum.accumulate(~low)
    busy_after = np.maximum.accumulate((~low)[::-1])[::-1]
    return [label for label, gap in zip(labels, low & busy_before & busy_after) if gap]


def leave_out_months(daily: DailyTime, calendar: Calendar, months: set[str]) -> list[str]:
    """Leave the ``yyyy-mm`` months out of the period: their days weigh 0 and their sums are cleared in place.

    Returns the months that were in the period (others are ignored).
    """
    month, labels = calendar.month_index()
    present = [label for label in labels if label in months]
    if not present:
        return []
    out = np.isin(np.asarray(labels, dtype=object)[month], present)
    counted = np.ones(calendar.n_days, dtype=bool) if calendar.counted is None else calendar.counted.copy()
    counted &= ~out
    calendar.counted = counted
    for values in (daily.connected_s, daily.charging_s, daily.peak_s, daily.sessions, daily.kwh, daily.energy_sessions):
        if values is not None:
            values[:, out] = 0
    return present


def _peak_end(first_day: dt.date, last_day: dt.date, hour: float, time_zone: str) -> np.ndarray:
    if hour >= 24:
        return local_midnights(first_day, last_day, time_zone)[1:]
    return local_times_of_day(first_day, last_day, hour, time_zone)


@dataclass
class DailyTime:
    """Dense [n_evse, n_days] arrays for the period."""

    connected_s: np.ndarray
    charging_s: np.ndarray  # NaN-free; see ``charging_known``
    peak_s: np.ndarray
    sessions: np.ndarray  # sessions starting on the day
    kwh: np.ndarray  # energy of sessions starting on the day
    charging_known: np.ndarray  # [n_evse] True when every session of the EVSE has a charging time
    overlapping: np.ndarray  # [n_sessions] True for sessions that start before an earlier one on the EVSE ended
    energy_sessions: np.ndarray | None = None  # sessions with a known energy per day; None = all of them
    hourly_s: np.ndarray | None = None  # connected seconds per UTC hour of the period (EVSEs asked for); see below

    @property
    def sessions_with_energy(self) -> np.ndarray:
        """Sessions whose energy counts (the divisor of kWh per session)."""
        return self.sessions if self.energy_sessions is None else self.energy_sessions


def union_starts(
    evse: np.ndarray, start: np.ndarray, end: np.ndarray, order: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Start of the part of each interval not covered by earlier intervals on the same EVSE.

    With intervals sorted by start per EVSE, the union is the sum of ``end - max(start, max(previous
    ends))`` where positive. Returns (effective start in original order, overlap flag).
    """
    if order is None:
        order = np.lexsort((start, evse))
    e_sorted, s_sorted, end_sorted = evse[order], start[order], end[order]
    running = pd.Series(end_sorted).groupby(e_sorted).cummax().to_numpy()
    previous = np.empty_like(running)
    previous[1:] = running[:-1]
    first_of_group = np.ones(len(order), dtype=bool)
    first_of_group[1:] = e_sorted[1:] != e_sorted[:-1]
    previous[first_of_group] = np.iinfo(np.int64).min
    effective = np.maximum(s_sorted, previous)
    overlapping = previous > s_sorted
    result = np.empty_like(effective)
    result[order] = effective
    flags = np.empty_like(overlapping)
    flags[order] = overlapping
    return result, flags


def split_over_days(
    evse: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    calendar: Calendar,
    n_evse: int,
    with_peak: bool = False,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Seconds of ``[start, end)`` per EVSE and local day (and inside the peak window); dense [n_evse, n_days]."""
    midnights = calendar.midnights
    n_days = calendar.n_days
    start = np.maximum(start, midnights[0])
    end = np.minimum(end, midnights[-1])
    keep = end > start
    evse, start, end = evse[keep], start[keep], end[keep]
    first = np.searchsorted(midnights, start, side="right") - 1
    last = np.searchsorted(midnights, end, side="left") - 1
    counts = last - first + 1
    piece_of = np.repeat(np.arange(len(start)), counts)
    offsets = np.arange(len(piece_of)) - np.repeat(np.cumsum(counts) - counts, counts)
    day = first[piece_of] + offsets
    lo = np.maximum(start[piece_of], midnights[day])
    hi = np.minimum(end[piece_of], midnights[day + 1])
    key = evse[piece_of] * n_days + day
    seconds = np.bincount(key, weights=(hi - lo) / NS_PER_SECOND, minlength=n_evse * n_days)
    peak = None
    if with_peak:
        inside = np.minimum(hi, calendar.peak_end[day]) - np.maximum(lo, calendar.peak_start[day])
        peak_seconds = np.clip(inside, 0, None) / NS_PER_SECOND
        peak = np.bincount(key, weights=peak_seconds, minlength=n_evse * n_days).reshape(n_evse, n_days)
    return seconds.reshape(n_evse, n_days), peak


def connected_per_hour(start: np.ndarray, end: np.ndarray, t0: int, t1: int) -> np.ndarray:
    """Seconds of the intervals ``[start, end)`` (UTC ns) in every hour from ``t0`` to ``t1``.

    Memory stays O(intervals + hours): a partial first and last hour per interval, and the whole hours
    between them through a difference array (an interval of 10 hours is 3 numbers, not 10).
    """
    hour = 3600 * NS_PER_SECOND
    n_bins = max(int(-(-(t1 - t0) // hour)), 0)
    start = np.clip(start, t0, t1) - t0
    end = np.clip(end, t0, t1) - t0
    keep = end > start
    start, end = start[keep], end[keep]
    first = start // hour
    last = (end - 1) // hour
    same = first == last
    seconds = np.zeros(n_bins)  # (np.bincount of nothing gives integers)
    seconds += np.bincount(first[same], weights=(end[same] - start[same]) / NS_PER_SECOND, minlength=n_bins)
    spread = ~same
    f, last_bin, s, e = first[spread], last[spread], start[spread], end[spread]
    seconds += np.bincount(f, weights=((f + 1) * hour - s) / NS_PER_SECOND, minlength=n_bins)
    seconds += np.bincount(last_bin, weights=(e - last_bin * hour) / NS_PER_SECOND, minlength=n_bins)
    difference = np.bincount(f + 1, minlength=n_bins + 1) - np.bincount(last_bin, minlength=n_bins + 1)
    seconds += np.cumsum(difference)[:n_bins] * 3600.0
    return seconds


HOURLY_CHUNK = 1 << 20  # sessions per step of hourly_connected: ~10 temporary arrays of 8 MB


def hourly_connected(
    evse: np.ndarray, start: np.ndarray, end: np.ndarray, wanted_evses: np.ndarray, t0: int, t1: int
) -> np.ndarray:
    """:func:`connected_per_hour` of the sessions on the wanted EVSEs, a million sessions at a time, so the
    temporary arrays stay small whatever the number of sessions (1e7 sessions would otherwise add ~0.6 GB)."""
    total = connected_per_hour(start[:0], end[:0], t0, t1)
    for first in range(0, len(start), HOURLY_CHUNK):
        part = slice(first, first + HOURLY_CHUNK)
        wanted = wanted_evses[evse[part]]
        total += connected_per_hour(start[part][wanted], end[part][wanted], t0, t1)
    return total


def hourly_profile(hourly_s: np.ndarray, calendar: Calendar, n_evse: int, time_zone: str) -> pd.DataFrame:
    """Connected share per local hour of the day (``uur`` 0-23, ``bezetting_pct``) over the counted days.

    For hour h: the connected seconds in every clock hour h of the counted days, over n_evse x the length
    of those hours. The mean of the 24 values weighted by their hours is the bezettingsgraad of the period.
    """
    hour = 3600 * NS_PER_SECOND
    t0, t1 = int(calendar.midnights[0]), int(calendar.midnights[-1])
    starts = t0 + np.arange(len(hourly_s), dtype=np.int64) * hour
    lengths = (np.minimum(starts + hour, t1) - starts) / NS_PER_SECOND
    local_hour = pd.to_datetime(starts, utc=True).tz_convert(time_zone).hour.to_numpy()
    day = np.searchsorted(calendar.midnights, starts, side="right") - 1
    counted = np.ones(len(starts), dtype=bool) if calendar.counted is None else calendar.counted[day]
    connected = np.bincount(local_hour[counted], weights=hourly_s[counted], minlength=24)
    available = np.bincount(local_hour[counted], weights=lengths[counted], minlength=24) * n_evse
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(available > 0, connected / available * 100, np.nan)
    return pd.DataFrame({"uur": np.arange(24), "bezetting_pct": share})


def daily_time(
    evse: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    charging_hours: np.ndarray,
    kwh: np.ndarray,
    n_evse: int,
    calendar: Calendar,
    progress: Progress | None = None,
    hourly_evses: np.ndarray | None = None,
) -> DailyTime:
    """All per-EVSE per-day sums for the period (union of overlapping sessions).

    ``hourly_evses`` (bool per EVSE): also sum the connected time of those EVSEs per UTC hour (``hourly_s``).
    """
    progress = progress or SilentProgress()
    order = np.lexsort((start, evse))
    effective, overlapping = union_starts(evse, start, end, order)
    hourly = None
    if hourly_evses is not None:
        hourly = hourly_connected(
            evse, effective, end, hourly_evses, int(calendar.midnights[0]), int(calendar.midnights[-1])
        )
    check_cancelled(progress)
    progress.set_progress(20)
    connected, peak = split_over_days(evse, effective, end, calendar, n_evse, with_peak=True)
    check_cancelled(progress)
    progress.set_progress(50)
    known = np.isfinite(charging_hours)
    charging_end = start + np.round(np.where(known, charging_hours, 0) * 3.6e12).astype(np.int64)
    charging_end = np.minimum(charging_end, end)
    charging_effective, _ = union_starts(evse, start, charging_end, order)
    charging, _ = split_over_days(evse, charging_effective, charging_end, calendar, n_evse)
    charging_known = np.bincount(evse[~known], minlength=n_evse) == 0
    check_cancelled(progress)
    progress.set_progress(80)
    n_days = calendar.n_days
    start_day = np.searchsorted(calendar.midnights, start, side="right") - 1
    inside = (start_day >= 0) & (start_day < n_days)
    key = evse[inside] * n_days + start_day[inside]
    sessions = np.bincount(key, minlength=n_evse * n_days).reshape(n_evse, n_days)
    energy_known = np.isfinite(kwh[inside])
    weights = np.where(energy_known, kwh[inside], 0.0)
    energy = np.bincount(key, weights=weights, minlength=n_evse * n_days).reshape(n_evse, n_days)
    energy_sessions = None
    if not energy_known.all():  # sessions whose energy was excluded (negative) still count as sessions
        energy_sessions = np.bincount(key[energy_known], minlength=n_evse * n_days).reshape(n_evse, n_days)
    progress.set_progress(100)
    return DailyTime(
        connected, charging, peak, sessions, energy, charging_known, overlapping, energy_sessions, hourly_s=hourly
    )
