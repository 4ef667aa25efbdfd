"""Dates and times in session exports: detect the format, parse fast, convert local time to UTC.

Every day and peak-hour number is computed in Europe/Amsterdam local time, but instants are kept
as UTC nanoseconds so that sessions across DST changes have their true length. A date format is
never silently guessed: when both day-month and month-day orders fit every value the user must
choose, and a value that only fits another format is reported as a mixed-format error.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr

DEFAULT_TIME_ZONE = "Europe/Amsterdam"
ISO_WITH_OFFSET = "ISO8601"  # ISO 8601 with Z or +hh:mm: read as an instant, the time zone is not used

# Candidate formats, most common in Dutch CPO exports first. Month-first is only a candidate with
# slashes (US Excel); with dashes or dots day-first is the only convention in use. Whichever order a
# format puts day and month in, a file where day and month could be exchanged is weighed by the
# evidence the sessions carry (:mod:`.dateorder`), never taken at face value silently.
_DATE_PARTS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y")
_CLOCKS = ("%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")
CANDIDATE_FORMATS = tuple(
    [f"{d} {c}" for d in _DATE_PARTS for c in _CLOCKS]
    + ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S.%f"]
    + list(_DATE_PARTS)
)
DATE_ONLY_FORMATS = _DATE_PARTS
TIME_ONLY_FORMATS = _CLOCKS


@dataclass
class LocalisationReport:
    """What happened while turning local wall-clock times into instants."""

    ambiguous: int = 0  # times in the repeated hour of the autumn DST change
    nonexistent: int = 0  # times in the skipped hour of the spring DST change
    ambiguous_rows: list[int] | None = None
    nonexistent_rows: list[int] | None = None


def _parses(text: str, fmt: str) -> bool:
    if fmt == ISO_WITH_OFFSET:
        return _is_iso_with_offset(text)
    try:
        dt.datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def _is_iso_with_offset(text: str) -> bool:
    if "T" not in text and " " not in text:
        return False
    has_offset = len(text) > 6 and text[-6] in "+-" and text[-3] == ":"
    if not (text.endswith("Z") or has_offset):
        return False
    try:
        dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return False
    return True


def swapped_format(fmt: str) -> str:
    """``fmt`` with ``%d`` and ``%m`` exchanged."""
    return fmt.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m")


def detect_date_format(
    values: list[str],
    *,
    path: str | None = None,
    column: str | None = None,
    candidates: tuple[str, ...] | None = None,
    advice: str | None = None,
) -> str:
    """The one format that reads every value in ``values`` (a sample of distinct non-empty texts).

    When formats that differ only in the order of day and month both fit, the first one is returned:
    the reader then weighs both readings against the evidence in the sessions (:mod:`.dateorder`).
    Raises :class:`InputDataError` when no format fits.
    """
    sample = [v.strip() for v in values if v and v.strip()]
    if not sample:
        raise InputDataError(tr("the column has no dates"), path=path, column=column)
    candidates = candidates or (ISO_WITH_OFFSET, *CANDIDATE_FORMATS)
    scores = {fmt: sum(_parses(v, fmt) for v in sample) for fmt in candidates}
    best_score = max(scores.values())
    if best_score == 0:
        raise InputDataError(
            advice.format(value=sample[0])
            if advice
            else tr("the date '{value}' cannot be read; set the date format (e.g. %d-%m-%Y %H:%M)").format(
                value=sample[0]
            ),
            path=path,
            column=column,
        )
    # The format that reads most values wins; values it cannot read are reported with their row when
    # the whole column is parsed (as a mixed-format or unreadable date), never guessed.
    fitting = [fmt for fmt in candidates if scores[fmt] == best_score]
    sample = [v for v in sample if _parses(v, fitting[0])]
    first = fitting[0]
    for other in fitting[1:]:
        if other == swapped_format(first):
            continue  # day/month order: decided from the sessions' evidence, see dateorder.py
        if any(_to_datetime(v, first) != _to_datetime(v, other) for v in sample):
            raise InputDataError(
                tr(
                    "the dates fit both {first} and {other} (day and month cannot be told apart); "
                    "set the date format parameter"
                ).format(first=first, other=other),
                path=path,
                column=column,
            )
    return first


def _to_datetime(text: str, fmt: str) -> dt.datetime:
    if fmt == ISO_WITH_OFFSET:
        return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    return dt.datetime.strptime(text, fmt)


def parse_local_times(
    texts: pd.Series,
    fmt: str,
    time_zone: str,
    *,
    path: str | None = None,
    column: str | None = None,
    row_numbers: np.ndarray | None = None,
    ambiguous_as_summer: bool = True,
) -> tuple[np.ndarray, LocalisationReport]:
    """Parse ``texts`` with ``fmt`` and return UTC nanoseconds (int64) and a DST report.

    Distinct texts are parsed once (exports repeat the same minute many times). Empty values are
    an error, as is a value that does not fit ``fmt``: the message names the row and says whether
    the value fits another format (a file with mixed date formats).
    """
    rows = row_numbers if row_numbers is not None else np.arange(len(texts)) + 2
    if fmt == ISO_WITH_OFFSET:
        codes, uniques = _codes(texts, rows, path, column)
        parsed = pd.to_datetime(uniques, utc=True, errors="coerce")
        bad = parsed.isna() | ~uniques.str.contains(r"(?:Z|[+-]\d\d:\d\d)$", regex=True)
        _raise_for_bad(uniques, bad, codes, rows, fmt, path, column)
        return _ns(parsed.tz_convert("UTC").tz_localize(None))[codes], LocalisationReport()
    codes, naive = parse_naive(texts, fmt, path=path, column=column, row_numbers=rows)
    return localise(codes, naive, time_zone, path=path, rows=rows, ambiguous_as_summer=ambiguous_as_summer)


def _codes(texts: pd.Series, rows: np.ndarray, path, column) -> tuple[np.ndarray, pd.Index]:
    if isinstance(texts.dtype, pd.CategoricalDtype):
        codes = texts.cat.codes.to_numpy().astype(np.int64)
        uniques = pd.Index(texts.cat.categories.astype(str))
    else:
        codes, uniques = pd.factorize(texts, sort=False)
        uniques = pd.Index(uniques)
        if uniques.dtype != object or not all(isinstance(u, str) for u in uniques[:100]):
            uniques = uniques.astype(str)
    if (codes < 0).any():
        first = int(np.flatnonzero(codes < 0)[0])
        raise InputDataError(tr("the date is empty"), path=path, row=int(rows[first]), column=column)
    return codes, uniques


def parse_naive(
    texts: pd.Series,
    fmt: str,
    *,
    path: str | None = None,
    column: str | None = None,
    row_numbers: np.ndarray | None = None,
) -> tuple[np.ndarray, pd.DatetimeIndex]:
    """Wall-clock times as written: codes per row into a DatetimeIndex of the distinct texts."""
    rows = row_numbers if row_numbers is not None else np.arange(len(texts)) + 2
    codes, uniques = _codes(texts, rows, path, column)
    parsed = _fixed_width(uniques, fmt)
    if parsed is None:  # not plain fixed-width (spaces around values, other directives): exact parser
        uniques = uniques.str.strip()
        parsed = _fixed_width(uniques, fmt)
        if parsed is None:
            parsed = pd.to_datetime(uniques, format=fmt, errors="coerce")
    _raise_for_bad(uniques, parsed.isna(), codes, rows, fmt, path, column)
    return codes, pd.DatetimeIndex(parsed)


def swap_day_month(naive: pd.DatetimeIndex) -> tuple[pd.DatetimeIndex, np.ndarray]:
    """Day and month exchanged wherever both are 12 or less (and differ); the mask says where."""
    day, month = np.asarray(naive.day), np.asarray(naive.month)
    changed = (day <= 12) & (day != month)
    if not changed.any():
        return naive, changed
    stamps = np.asarray(naive.asi8, dtype=np.int64)
    clock = stamps - np.asarray(naive.normalize().asi8, dtype=np.int64)
    months = (np.asarray(naive.year) - 1970) * 12 + np.where(changed, day, month) - 1
    days = months.astype("datetime64[M]").astype("datetime64[D]") + (np.where(changed, month, day) - 1)
    swapped = days.astype("datetime64[ns]").astype(np.int64) + clock
    return pd.DatetimeIndex(swapped.view("datetime64[ns]")), changed


def localise(
    codes: np.ndarray,
    naive: pd.DatetimeIndex,
    time_zone: str,
    *,
    path: str | None = None,
    rows: np.ndarray | None = None,
    ambiguous_as_summer: bool = True,
) -> tuple[np.ndarray, LocalisationReport]:
    """Wall-clock times (distinct values and codes per row) in ``time_zone`` as UTC nanoseconds per row."""
    rows = rows if rows is not None else np.arange(len(codes)) + 2
    report = LocalisationReport(ambiguous_rows=[], nonexistent_rows=[])
    try:
        local = naive.tz_localize(time_zone, ambiguous="NaT", nonexistent="NaT")
    except Exception as error:  # an unknown zone name is a user error
        raise InputDataError(tr("unknown time zone '{zone}'").format(zone=time_zone), path=path) from error
    unresolved = np.asarray(local.isna())
    utc = _ns(local.tz_convert("UTC").tz_localize(None))
    if unresolved.any():
        subset = naive[unresolved]
        flags = np.full(len(subset), ambiguous_as_summer)
        shifted = subset.tz_localize(time_zone, ambiguous=flags, nonexistent="shift_forward")
        strict = subset.tz_localize(time_zone, ambiguous=flags, nonexistent="NaT")
        utc[unresolved] = _ns(shifted.tz_convert("UTC").tz_localize(None))
        nonexistent_u = np.zeros(len(naive), dtype=bool)
        nonexistent_u[np.flatnonzero(unresolved)[np.asarray(strict.isna())]] = True
        ambiguous_u = unresolved & ~nonexistent_u
        report.ambiguous = int(ambiguous_u[codes].sum())
        report.nonexistent = int(nonexistent_u[codes].sum())
        report.ambiguous_rows = [int(r) for r in rows[ambiguous_u[codes]][:5]]
        report.nonexistent_rows = [int(r) for r in rows[nonexistent_u[codes]][:5]]
    return utc[codes], report


_FIELD_WIDTH = {"%Y": 4, "%m": 2, "%d": 2, "%H": 2, "%M": 2, "%S": 2}


def _fixed_width(uniques: pd.Index, fmt: str) -> pd.DatetimeIndex | None:
    """Vectorised parse of zero-padded fixed-width dates (e.g. 31-03-2024 17:05); None when not applicable.

    About 50x faster than ``strptime`` for a million distinct values. Anything unusual (other
    directives, other widths, non-digits, hour 24) returns None and the exact parser decides.
    """
    tokens = re.findall(r"%[A-Za-z]|[^%]+", fmt)
    if any(t.startswith("%") and t not in _FIELD_WIDTH for t in tokens) or len(uniques) == 0:
        return None
    if not {"%Y", "%m", "%d"} <= set(tokens):
        return None  # a time of day only: the exact parser
    width = sum(_FIELD_WIDTH.get(t, len(t)) for t in tokens)
    values = np.asarray(uniques, dtype=object)
    try:
        blob = "".join(values).encode("ascii")
    except (UnicodeEncodeError, TypeError):
        return None
    if len(blob) != width * len(values) or not (uniques.str.len() == width).all():
        return None
    grid = np.frombuffer(blob, dtype=np.uint8).reshape(len(values), width).astype(np.int64)
    parts: dict[str, np.ndarray] = {}
    position = 0
    for token in tokens:
        size = _FIELD_WIDTH.get(token, len(token))
        block = grid[:, position : position + size]
        if token in _FIELD_WIDTH:
            digits = block - 48
            if ((digits < 0) | (digits > 9)).any():
                return None
            parts[token] = digits @ (10 ** np.arange(size - 1, -1, -1))
        elif not (block == np.frombuffer(token.encode("ascii"), dtype=np.uint8)).all():
            return None
        position += size
    hour, minute, second = parts.get("%H", 0), parts.get("%M", 0), parts.get("%S", 0)
    if np.any(np.asarray(hour) > 23) or np.any(np.asarray(minute) > 59) or np.any(np.asarray(second) > 59):
        return None
    components = pd.DataFrame(
        {
            "year": parts["%Y"],
            "month": parts["%m"],
            "day": parts["%d"],
            "hour": hour,
            "minute": minute,
            "second": second,
        }
    )
    return pd.DatetimeIndex(pd.to_datetime(components, errors="coerce"))


def _ns(index: pd.DatetimeIndex) -> np.ndarray:
    return np.asarray(index.asi8, dtype=np.int64)


def _raise_for_bad(uniques, bad, codes, rows, fmt, path, column) -> None:
    bad = np.asarray(bad)
    if not bad.any():
        return
    bad_codes = np.flatnonzero(bad)
    positions = np.flatnonzero(np.isin(codes, bad_codes))
    first = positions[0]
    value = str(uniques[codes[first]])
    row = int(rows[first])
    if value in ("", "nan", "None", "NaT"):
        raise InputDataError(tr("the date is empty"), path=path, row=row, column=column)
    others = [f for f in (ISO_WITH_OFFSET, *CANDIDATE_FORMATS) if f != fmt and _parses(value, f)]
    if others:
        raise InputDataError(
            tr(
                "the date '{value}' is written as {other} while the rest of the file uses {fmt}; "
                "the file mixes date formats, correct it or split it"
            ).format(value=value, other=others[0], fmt=fmt),
            path=path,
            row=row,
            column=column,
        )
    raise InputDataError(
        tr("the date '{value}' cannot be read with the format {fmt}").format(value=value, fmt=fmt),
        path=path,
        row=row,
        column=column,
    )


def local_midnights(first_day: dt.date, last_day: dt.date, time_zone: str = DEFAULT_TIME_ZONE) -> np.ndarray:
    """UTC nanoseconds of local midnight for every day from ``first_day`` to ``last_day + 1`` (inclusive).

    Consecutive differences are the true day lengths: 23 h on the last Sunday of March, 25 h on the
    last Sunday of October in Europe/Amsterdam.
    """
    days = pd.date_range(first_day, last_day + dt.timedelta(days=1), freq="D")
    return _ns(days.tz_localize(time_zone).tz_convert("UTC").tz_localize(None))


def local_times_of_day(
    first_day: dt.date, last_day: dt.date, hour: float, time_zone: str = DEFAULT_TIME_ZONE
) -> np.ndarray:
    """UTC nanoseconds of local clock time ``hour`` (e.g. 17.5 = 17:30) on each day (skipped hour: shifted)."""
    days = pd.date_range(first_day, last_day, freq="D") + pd.to_timedelta(hour, unit="h")
    local = days.tz_localize(time_zone, ambiguous=np.ones(len(days), dtype=bool), nonexistent="shift_forward")
    return _ns(local.tz_convert("UTC").tz_localize(None))
