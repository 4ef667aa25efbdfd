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

from dataclasses import dataclass

import numpy as np

from ral_zuid_plugin.core.i18n import tr

AS_WRITTEN = "as_written"
SWAPPED = "swapped"
DATE_ORDERS = ("", AS_WRITTEN, SWAPPED)  # "" = detect
NS_PER_HOUR = 3_600_000_000_000
IMPLAUSIBLE_HOURS = 7 * 24  # longer than a week, or ending at/before the start


@dataclass
class Evidence:
    """Counts for one kind of evidence under both readings (only rows where the readings differ)."""

    kind: str  # "duration" or "order"
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
        if self.kind == "duration":
            text = tr(
                "{n} sessions change length between the readings: {w} last over a week or end before they start "
                "as written, {s} with day and month swapped"
            )
        else:
            text = tr(
                "{n} neighbouring rows change order between the readings: {w} go back in time as written, "
                "{s} with day and month swapped"
            )
        return text.format(n=self.compared, w=self.as_written, s=self.swapped)


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


def weigh(start_a: np.ndarray, end_a: np.ndarray, start_b: np.ndarray, end_b: np.ndarray) -> OrderDecision | None:
    """Weigh reading a (as written) against b (swapped): naive nanoseconds per row, in file order.

    None when the readings give the same times everywhere (no question to decide).
    """
    differs = (start_a != start_b) | (end_a != end_b)
    if not differs.any():
        return None
    length_differs = (end_a - start_a) != (end_b - start_b)
    duration = Evidence(
        "duration",
        int((_bad(start_a, end_a) & length_differs).sum()),
        int((_bad(start_b, end_b) & length_differs).sum()),
        int(length_differs.sum()),
    )
    pairs = differs[:-1] | differs[1:]
    order = Evidence(
        "order",
        int(((start_a[1:] < start_a[:-1]) & pairs).sum()),
        int(((start_b[1:] < start_b[:-1]) & pairs).sum()),
        int(pairs.sum()),
    )
    verdicts = {e.verdict() for e in (duration, order)} - {""}
    reading = verdicts.pop() if len(verdicts) == 1 else ""
    return OrderDecision(reading, [duration, order], int(differs.sum()))
