"""Which order of day and month a session export uses, decided from the evidence the sessions carry.

Spreadsheets with another locale write 10 September as 2017-09-10 in one row and 9 October as
2017-10-09 in the next, and US exports write 07/01/2024 for 1 July. Whenever a value could be read
with day and month exchanged (both 12 or less), two readings exist:

* ``as_written``: every value in the order of the detected date format;
* ``swapped``: day and month exchanged wherever both are 12 or less.

Each reading is tested against what real sessions never do: last a month or end before they start
(a session across midnight on 5/6 July becomes 7 May - 7 June in the wrong reading), and jump back
in time in a file listed in start order. A reading wins only when it is clearly better on at least
one kind of evidence and worse on none; otherwise the file stops with a message that shows an
example value in both readings and names the DATE_ORDER parameter. Nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr

AS_WRITTEN = "as_written"
SWAPPED = "swapped"
DATE_ORDERS = ("", AS_WRITTEN, SWAPPED)  # "" = detect
NS_PER_HOUR = 3_600_000_000_000
IMPLAUSIBLE_HOURS = 7 * 24  # longer than a week, or ending at/before the start


@dataclass
class Evidence:
    """Counts for one kind of evidence under both readings (only rows where the readings differ)."""

    kind: str  # "duration", "order" (file order), "id order" (numeric session ids) or "file name"
    as_written: int
    swapped: int
    compared: int

    def verdict(self) -> str:
        """The reading this evidence clearly supports, or ''."""
        for better, worse, name in (
            (self.as_written, self.swapped, AS_WRITTEN),
            (self.swapped, self.as_written, SWAPPED),
        ):
            need_extra = 1 if self.kind == "duration" else 2
            if (better == 0 and worse >= need_extra) or worse >= 5 * better + 5:
                return name
        return ""

    def describe(self) -> str:
        texts = {
            "duration": tr(
                "{n} sessions change length between the readings: {w} last over a week or end before they start "
                "as written, {s} with day and month swapped"
            ),
            "order": tr(
                "{n} neighbouring rows change order between the readings: {w} go back in time as written, "
                "{s} with day and month swapped"
            ),
            "id order": tr(
                "in session id order, {w} sessions go back in time as written, {s} with day and month swapped"
            ),
            "file name": tr(
                "{w} sessions start outside the month in the file name as written, {s} with day and month swapped"
            ),
        }
        return texts[self.kind].format(n=self.compared, w=self.as_written, s=self.swapped)


@dataclass
class OrderDecision:
    reading: str  # AS_WRITTEN or SWAPPED, or "" when the evidence does not decide
    evidence: list[Evidence]
    differing_rows: int

    def describe(self) -> str:
        return "; ".join(e.describe() for e in self.evidence if e.as_written != e.swapped)


def reading_label(reading: str) -> str:
    return {AS_WRITTEN: tr("as written"), SWAPPED: tr("day and month swapped")}.get(reading, reading)


def _bad(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    return (end <= start) | (end - start > IMPLAUSIBLE_HOURS * NS_PER_HOUR)


def weigh(
    start_a: np.ndarray,
    end_a: np.ndarray,
    start_b: np.ndarray,
    end_b: np.ndarray,
    id_order: np.ndarray | None = None,
    period: tuple[int, int] | None = None,
) -> OrderDecision | None:
    """Weigh reading a (as written) against b (swapped): naive nanoseconds per row, in file order.

    ``id_order`` puts the rows in the order of numeric session ids (when that is not the file order);
    ``period`` is the month a file name states (naive ns, first and last instant). None when the readings
    give the same times everywhere (no question to decide).
    """
    differs = (start_a != start_b) | (end_a != end_b)
    if not differs.any():
        return None
    length_differs = (end_a - start_a) != (end_b - start_b)
    evidence = [
        Evidence(
            "duration",
            int((_bad(start_a, end_a) & length_differs).sum()),
            int((_bad(start_b, end_b) & length_differs).sum()),
            int(length_differs.sum()),
        ),
        _order("order", start_a, start_b, differs),
    ]
    if id_order is not None:
        evidence.append(_order("id order", start_a[id_order], start_b[id_order], differs[id_order]))
    if period is not None:
        first, last = period

        def outside(start: np.ndarray) -> int:
            return int((((start < first) | (start > last)) & differs).sum())

        evidence.append(Evidence("file name", outside(start_a), outside(start_b), int(differs.sum())))
    verdicts = {e.verdict() for e in evidence} - {""}
    reading = verdicts.pop() if len(verdicts) == 1 else ""
    return OrderDecision(reading, evidence, int(differs.sum()))


def _order(kind: str, start_a: np.ndarray, start_b: np.ndarray, differs: np.ndarray) -> Evidence:
    pairs = differs[:-1] | differs[1:]
    return Evidence(
        kind,
        int(((start_a[1:] < start_a[:-1]) & pairs).sum()),
        int(((start_b[1:] < start_b[:-1]) & pairs).sum()),
        int(pairs.sum()),
    )


_MONTH_NAMES = {
    1: ("januari", "january", "janvier", "januar", "jan"),
    2: ("februari", "february", "fevrier", "februar", "feb"),
    3: ("maart", "march", "mars", "maerz", "marz", "mrt", "mar"),
    4: ("april", "avril", "apr"),
    5: ("mei", "may", "mai"),
    6: ("juni", "june", "juin", "jun"),
    7: ("juli", "july", "juillet", "jul"),
    8: ("augustus", "august", "aout", "aug"),
    9: ("september", "septembre", "sept", "sep"),
    10: ("oktober", "october", "octobre", "okt", "oct"),
    11: ("november", "novembre", "nov"),
    12: ("december", "decembre", "dezember", "dec", "dez"),
}


def month_in_name(name: str) -> tuple[int, int] | None:
    """(year, month) a file name states: 2024-07, 202407, 07-2024, juli_2024, Jul 2024; None otherwise."""
    stem = Path(name).stem.lower()
    hits = set()
    for year, month in re.findall(r"(?<!\d)(20\d\d)[-_. ]?(0[1-9]|1[0-2])(?!\d)", stem):
        hits.add((int(year), int(month)))
    for month, year in re.findall(r"(?<!\d)(0[1-9]|1[0-2])[-_. ](20\d\d)(?!\d)", stem):
        hits.add((int(year), int(month)))
    words = re.findall(r"[a-z]+|\d+", stem)
    for i, word in enumerate(words):
        for month, names in _MONTH_NAMES.items():
            if word in names:
                years = [w for w in words[max(0, i - 1) : i + 2] if re.fullmatch(r"20\d\d", w)]
                hits.update((int(y), month) for y in years[:1])
    return hits.pop() if len(hits) == 1 else None


def period_of_month(year: int, month: int) -> tuple[int, int]:
    """Naive ns from a day before the month to a day after it (sessions around midnight at the edges)."""
    first = pd.Timestamp(year=year, month=month, day=1)
    last = first + pd.offsets.MonthBegin(1)
    return (first - pd.Timedelta(days=1)).value, (last + pd.Timedelta(days=1)).value
