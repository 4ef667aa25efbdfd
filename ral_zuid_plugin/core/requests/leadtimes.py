"""Lead times in calendar days (default) or business days, and the statistics the plan monitors.

Default: calendar days. The plan and the concession state lead times in weeks (about 18 weeks from request to a
working point, including the 6-week objection period on the verkeersbesluit, which the Awb counts in calendar
time), and the NAL indicator is a duration, not working effort; a norm in weeks is a number of calendar days.
Business days (Monday to Friday, without the holidays of the Algemene termijnenwet: Nieuwjaarsdag, Tweede
Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag and both Kerstdagen) are for gemeenten whose
internal norm is in werkdagen. A stage of n business days counts the business days from the start day up to (not
including) the end day, as ``numpy.busday_count`` does; n calendar days is end minus start.

Median and 90th percentile: numpy's default linear interpolation between order statistics (Hyndman & Fan type 7,
the same as Excel's PERCENTILE.INC / MEDIAN).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

CALENDAR = "calendar"
BUSINESS = "business"
UNITS = (CALENDAR, BUSINESS)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian; the anonymous algorithm of Meeus / Jones / Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def dutch_holidays(first_year: int, last_year: int) -> np.ndarray:
    """The general holidays of the Algemene termijnenwet (art. 3) for the years, as datetime64[D]."""
    days: list[dt.date] = []
    for year in range(first_year, last_year + 1):
        sunday = easter(year)
        king = dt.date(year, 4, 27) if year >= 2014 else dt.date(year, 4, 30)
        if king.weekday() == 6:  # Koningsdag on a Sunday moves to the Saturday before
            king -= dt.timedelta(days=1)
        days += [
            dt.date(year, 1, 1),
            sunday + dt.timedelta(days=1),  # Tweede Paasdag
            king,
            dt.date(year, 5, 5),
            sunday + dt.timedelta(days=39),  # Hemelvaartsdag
            sunday + dt.timedelta(days=50),  # Tweede Pinksterdag
            dt.date(year, 12, 25),
            dt.date(year, 12, 26),
        ]
    return np.array(sorted(set(days)), dtype="datetime64[D]")


def lead_days(start: np.ndarray, end: np.ndarray, unit: str = CALENDAR) -> np.ndarray:
    """Days from ``start`` to ``end`` (datetime64[D]); NaN where either is missing."""
    start = np.asarray(start, dtype="datetime64[D]")
    end = np.asarray(end, dtype="datetime64[D]")
    result = np.full(len(start), np.nan)
    both = ~(np.isnat(start) | np.isnat(end))
    if not both.any():
        return result
    if unit == BUSINESS:
        years = np.concatenate([start[both], end[both]]).astype("datetime64[Y]").astype(int) + 1970
        holidays = dutch_holidays(int(years.min()), int(years.max()))
        result[both] = np.busday_count(start[both], end[both], holidays=holidays)
    else:
        result[both] = (end[both] - start[both]).astype(np.int64)
    return result


def median_p90(values: np.ndarray) -> tuple[float, float]:
    """(median, 90th percentile) of the values that are not NaN; (NaN, NaN) when there are none."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if values.size == 0:
        return float("nan"), float("nan")
    median, p90 = np.percentile(values, [50, 90])
    return float(median), float(p90)
