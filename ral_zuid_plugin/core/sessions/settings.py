"""Choices that shape the indicators, with the defaults a municipal analyst would expect."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions.privacy import DEFAULT_MIN_CARDS
from ral_zuid_plugin.core.sessions.timeparse import DEFAULT_TIME_ZONE

DEFAULT_PEAK_START_HOUR = 17.0
"""Peak window 17:00-21:00 local: see docs/session-indicators.md (ElaadNL public arrival distribution)."""
DEFAULT_PEAK_END_HOUR = 21.0
DEFAULT_PEAK_THRESHOLD_PCT = 80.0
DEFAULT_MAX_SESSION_HOURS = 168.0
DEFAULT_MAX_POWER_KW = 350.0
EARLIEST_PLAUSIBLE_DATE = dt.date(2010, 1, 1)
# Indicator definitions (docs/session-indicators.md): "often full" = above the peak threshold on more than
# this share of days; a data gap = a month under this share of the median month's sessions per day; low
# usage = occupancy under this threshold for at least this many consecutive months.
DEFAULT_PEAK_DAYS_SHARE_PCT = 50.0
DEFAULT_DATA_GAP_FRACTION = 0.2
DEFAULT_LOW_USAGE_THRESHOLD_PCT = 10.0
DEFAULT_LOW_USAGE_MONTHS = 6


@dataclass
class IndicatorSettings:
    """Period, peak window, thresholds and privacy setting of one run."""

    period_start: dt.date | None = None  # first local day (inclusive); None = first session day
    period_end: dt.date | None = None  # last local day (inclusive); None = last session day
    peak_start_hour: float = DEFAULT_PEAK_START_HOUR
    peak_end_hour: float = DEFAULT_PEAK_END_HOUR
    peak_threshold_pct: float = DEFAULT_PEAK_THRESHOLD_PCT
    max_session_hours: float = DEFAULT_MAX_SESSION_HOURS
    max_power_kw: float = DEFAULT_MAX_POWER_KW
    min_cards: int = DEFAULT_MIN_CARDS
    time_zone: str = DEFAULT_TIME_ZONE
    latest_plausible_date: dt.date | None = None  # None = today
    peak_days_share_pct: float = DEFAULT_PEAK_DAYS_SHARE_PCT
    data_gap_fraction: float = DEFAULT_DATA_GAP_FRACTION
    exclude_data_gaps: bool = False
    excluded_months: tuple[str, ...] = ()  # "yyyy-mm" months left out of the period
    excluded_calendar_months: tuple[int, ...] = ()  # 1-12: that month left out in every year of the period
    low_usage_threshold_pct: float = DEFAULT_LOW_USAGE_THRESHOLD_PCT
    low_usage_months: int = DEFAULT_LOW_USAGE_MONTHS

    def validate(self) -> None:
        if not 0 <= self.peak_start_hour < self.peak_end_hour <= 24:
            raise RalZuidError(
                tr("The peak window must start before it ends within one day (hours 0-24), got {start}-{end}.").format(
                    start=self.peak_start_hour, end=self.peak_end_hour
                )
            )
        if not 0 < self.peak_threshold_pct <= 100:
            raise RalZuidError(tr("The peak occupancy threshold must be between 0 and 100 %."))
        if self.max_session_hours <= 0 or self.max_power_kw <= 0:
            raise RalZuidError(tr("The maximum session length and charging power must be positive."))
        if self.min_cards < 1:
            raise RalZuidError(tr("The minimum number of distinct cards must be at least 1."))
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise RalZuidError(tr("The period ends before it starts."))
        if not 0 <= self.peak_days_share_pct < 100:
            raise RalZuidError(tr("The share of days above the peak threshold must be between 0 and 100 %."))
        if not 0 <= self.data_gap_fraction < 1:
            raise RalZuidError(tr("The data gap fraction must be between 0 and 1."))
        if not 0 < self.low_usage_threshold_pct <= 100 or self.low_usage_months < 1:
            raise RalZuidError(
                tr("The low-usage threshold must be between 0 and 100 % and the number of months at least 1.")
            )
        for number in self.excluded_calendar_months:
            if not 1 <= int(number) <= 12:
                raise RalZuidError(tr("Excluded months: {value} is not a month (1-12).").format(value=number))
        for month in self.excluded_months:
            try:
                dt.datetime.strptime(month, "%Y-%m")
            except ValueError as error:
                raise RalZuidError(
                    tr("Excluded months: '{value}' is not a month; write it as yyyy-mm, e.g. 2024-03").format(
                        value=month
                    )
                ) from error

    @property
    def peak_label(self) -> str:
        return "{:02d}:{:02d}-{:02d}:{:02d}".format(
            int(self.peak_start_hour),
            int(round(self.peak_start_hour % 1 * 60)),
            int(self.peak_end_hour),
            int(round(self.peak_end_hour % 1 * 60)),
        )
