"""Whether the times in a table export are local wall-clock time or UTC, decided from the evidence the sessions carry.

ElaadNL names its columns ``UTCTransactionStart``/``UTCTransactionStop`` while the public file's times are local;
other exports may write UTC without saying so. Two kinds of evidence tell the readings apart:

* **sessions across a daylight-saving change** in a file with an independent duration column (ElaadNL's
  ``ConnectedTime``): in local wall-clock time ``stop - start`` is 1 h longer than the real duration across the
  spring change (the clock skips 02:00-03:00) and 1 h shorter across the autumn change (the clock repeats
  02:00-03:00); in UTC it equals the duration;
* **times in the skipped spring hour** (02:00-02:59 on the last Sunday of March in Europe/Amsterdam): no local
  clock shows them, so the times are not local.

A reading wins only when the evidence clearly supports it (at least one session for it and none against, or five
times as many plus five, and at least as many as the sessions across a change that fit neither) and the duration
column agrees with ``stop - start`` on most other sessions. Times in the skipped hour alone need at least two.
Everything is computed with numpy on whole columns; only the sessions across a change have their duration parsed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr

LOCAL = "local"
UTC = "utc"
NS_PER_MINUTE = 60_000_000_000
TOLERANCE_NS = 5 * NS_PER_MINUTE  # durations rounded to minutes or two decimals of an hour still match
PLAIN_SAMPLE = 10_000  # sessions not across a change used to check that the duration column is stop - start
MIN_PLAIN_AGREEMENT = 0.5
MIN_SKIPPED_ALONE = 2  # times in the skipped hour needed when no session across a change says anything
_FIRST_YEAR, _LAST_YEAR = 2000, 2100  # transitions are only looked up for plausible session years


@dataclass
class ZoneEvidence:
    """Counts that tell local wall-clock time from UTC in one file."""

    zone: str
    duration_column: str = ""
    local_spring: int = 0  # across the spring change, stop - start = duration + 1 h
    local_autumn: int = 0  # across the autumn change, stop - start = duration - 1 h
    utc_spring: int = 0  # across a change, stop - start = duration
    utc_autumn: int = 0
    neither: int = 0  # across a change, fits neither reading
    skipped_hour: int = 0  # starts and stops in the skipped spring hour (impossible in local time)
    plain: int = 0  # other sessions compared (a sample)
    plain_agree: int = 0  # ... where stop - start equals the duration
    reading: str = ""  # LOCAL, UTC, or "" (the evidence does not decide)

    @property
    def local(self) -> int:
        return self.local_spring + self.local_autumn

    @property
    def utc(self) -> int:
        return self.utc_spring + self.utc_autumn + self.skipped_hour

    @property
    def crossing(self) -> int:
        return self.local + self.utc_spring + self.utc_autumn + self.neither

    @property
    def duration_usable(self) -> bool:
        return self.plain == 0 or self.plain_agree >= MIN_PLAIN_AGREEMENT * self.plain

    @property
    def sessions(self) -> int:
        """Sessions that gave evidence (the count of the quality-table row)."""
        return (self.crossing if self.duration_usable else 0) + self.skipped_hour

    def decide(self) -> str:
        local = self.local if self.duration_usable else 0
        utc = self.utc if self.duration_usable else self.skipped_hour
        neither = self.neither if self.duration_usable else 0
        if utc == self.skipped_hour < MIN_SKIPPED_ALONE and local == 0:
            return ""  # one odd time alone (a stop computed as start + duration on the clock) proves nothing
        for better, worse, name in ((utc, local, UTC), (local, utc, LOCAL)):
            clear = (better >= 1 and worse == 0) or better >= 5 * worse + 5
            if clear and better >= neither:
                return name
        return ""

    def describe(self) -> str:
        parts = []
        if self.crossing and self.duration_usable:
            parts.append(
                tr(
                    "{n} sessions cross a daylight-saving change: in {local} stop - start differs from '{column}' by "
                    "the clock change ({spring} spring +1 h, {autumn} autumn -1 h), as in local time; in {utc} it "
                    "equals '{column}', as in UTC; {neither} fit neither"
                ).format(
                    n=self.crossing,
                    local=self.local,
                    spring=self.local_spring,
                    autumn=self.local_autumn,
                    utc=self.utc_spring + self.utc_autumn,
                    neither=self.neither,
                    column=self.duration_column,
                )
            )
        elif self.crossing:
            parts.append(
                tr(
                    "'{column}' equals stop - start in only {agree} of {plain} other sessions, so it is not used as "
                    "evidence"
                ).format(column=self.duration_column, agree=self.plain_agree, plain=self.plain)
            )
        if self.skipped_hour:
            parts.append(
                tr("{n} start or stop times fall in the skipped spring hour, which no local clock shows").format(
                    n=self.skipped_hour
                )
            )
        return "; ".join(parts)


def transitions(zone: str, first_ns: int, last_ns: int) -> tuple[np.ndarray, np.ndarray]:
    """UTC instants (ns) of the clock changes of ``zone`` between two naive times, and the offsets (ns).

    ``offsets`` has one more entry than the instants: the offset before the first change, then after each.
    """
    low = pd.Timestamp(max(first_ns, pd.Timestamp(year=_FIRST_YEAR, month=1, day=1).value)).floor("D")
    high = pd.Timestamp(min(last_ns, pd.Timestamp(year=_LAST_YEAR, month=1, day=1).value)).ceil("D")
    if high <= low:
        return np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64)
    grid = pd.date_range(low - pd.Timedelta(days=2), high + pd.Timedelta(days=2), freq="15min", tz="UTC")
    utc = np.asarray(grid.asi8, dtype=np.int64)
    offset = np.asarray(grid.tz_convert(zone).tz_localize(None).asi8, dtype=np.int64) - utc
    change = np.flatnonzero(offset[1:] != offset[:-1]) + 1
    return utc[change], np.concatenate([offset[:1], offset[change]])


def weigh_zone(
    start: np.ndarray,
    end: np.ndarray,
    valid: np.ndarray,
    zone: str,
    durations: Callable[[np.ndarray], np.ndarray] | None,
    duration_column: str = "",
) -> ZoneEvidence | None:
    """The evidence for local time in ``zone`` against UTC: naive ns per row as written (in the chosen date reading).

    ``durations(positions)`` gives the independent duration in hours of the rows at ``positions`` (NaN where
    empty); None when the file has none. Returns None when no clock change falls in the data's period.
    """
    if not valid.any():
        return None
    start_v, end_v = start[valid], end[valid]
    instants, offsets = transitions(zone, int(start_v.min()), int(end_v.max()))
    if not len(instants):
        return None
    # In naive local time each change covers [instant + smaller offset, instant + larger offset): skipped in
    # spring, repeated in autumn. A naive time's offset is that after the last change whose window ended.
    before, after = offsets[:-1], offsets[1:]
    lower, upper = instants + np.minimum(before, after), instants + np.maximum(before, after)
    spring = after > before
    evidence = ZoneEvidence(zone=zone, duration_column=duration_column)

    def locate(naive: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = np.searchsorted(upper, naive, side="right")
        inside = np.zeros(len(naive), dtype=bool)
        ahead = k < len(upper)
        inside[ahead] = naive[ahead] >= lower[k[ahead]]
        return k, inside

    k_start, in_start = locate(start_v)
    k_end, in_end = locate(end_v)
    skipped = np.zeros(len(upper) + 1, dtype=bool)
    skipped[:-1] = spring
    evidence.skipped_hour = int((in_start & skipped[k_start]).sum() + (in_end & skipped[k_end]).sum())
    if durations is None:
        evidence.reading = evidence.decide()
        return evidence
    shift = offsets[k_end] - offsets[k_start]  # naive stop - start minus the real duration, if local
    clean = ~in_start & ~in_end & (end_v > start_v)
    crossing = np.flatnonzero(clean & (shift != 0))
    plain = np.flatnonzero(clean & (k_start == k_end))
    plain = plain[:: max(1, len(plain) // PLAIN_SAMPLE)]
    positions = np.flatnonzero(valid)
    hours = durations(positions[np.concatenate([crossing, plain])])
    minus = (end_v - start_v)[np.concatenate([crossing, plain])] - np.round(hours * 3_600e9)
    usable = np.isfinite(hours)
    cross_minus, plain_minus = minus[: len(crossing)], minus[len(crossing) :]
    cross_usable, plain_usable = usable[: len(crossing)], usable[len(crossing) :]
    evidence.plain = int(plain_usable.sum())
    evidence.plain_agree = int((plain_usable & (np.abs(plain_minus) <= TOLERANCE_NS)).sum())
    as_local = cross_usable & (np.abs(cross_minus - shift[crossing]) <= TOLERANCE_NS)
    as_utc = cross_usable & (np.abs(cross_minus) <= TOLERANCE_NS)
    is_spring = shift[crossing] > 0
    evidence.local_spring = int((as_local & is_spring).sum())
    evidence.local_autumn = int((as_local & ~is_spring).sum())
    evidence.utc_spring = int((as_utc & is_spring).sum())
    evidence.utc_autumn = int((as_utc & ~is_spring).sum())
    evidence.neither = int((cross_usable & ~as_local & ~as_utc).sum())
    evidence.reading = evidence.decide()
    return evidence
