"""Whole numbers for the user from fractional need: largest-remainder rounding, so totals add up.

The plan uses counts "als indicatie maar niet als exacte streefgetallen" (§3.2): need stays fractional
per cell and is only rounded where a person reads it (gemeente, wijk, proposal area). Rounding every
cell up would inflate the total; rounding every cell to the nearest integer would let the parts drift
from the total. The largest-remainder (Hamilton) rule does neither: the total is the rounded sum, each
part gets its whole part, and the units left over go to the parts with the largest fractions.
"""

from __future__ import annotations

import math

import numpy as np


def round_half_up(value: float) -> int:
    """0.5 rounds up (not to even): 3.5 -> 4, 2.5 -> 3; tolerant of float noise such as 3.4999999999."""
    return int(math.floor(round(float(value), 9) + 0.5))


def largest_remainder(values, total: int | None = None) -> np.ndarray:
    """Integers that sum to ``total`` (default: the sum of ``values`` rounded half up).

    Each part gets ``floor(value)``; the remaining units go to the largest fractional parts
    (ties: the larger value, then the earlier position). Negative values count as 0.
    """
    parts = np.clip(np.nan_to_num(np.asarray(values, dtype=float)), 0.0, None)
    if parts.size == 0:
        return np.zeros(0, dtype=np.int64)
    if total is None:
        total = round_half_up(parts.sum())
    # float noise (0.9999999997) must not lose a whole unit
    whole = np.floor(np.round(parts, 9)).astype(np.int64)
    left = int(total) - int(whole.sum())
    if left < 0:
        raise ValueError("total is smaller than the sum of the whole parts")
    if left > len(parts):
        raise ValueError("total is larger than the parts can take")
    if left:
        remainder = parts - whole
        order = np.lexsort((np.arange(len(parts)), -parts, -remainder))
        whole[order[:left]] += 1
    return whole


def largest_remainder_by_group(values, groups) -> np.ndarray:
    """:func:`largest_remainder` within each group (e.g. per gemeente): every group's total adds up."""
    values = np.asarray(values, dtype=float)
    keys = np.asarray(groups, dtype=object)
    result = np.zeros(len(values), dtype=np.int64)
    for key in dict.fromkeys(keys.tolist()):
        chosen = np.flatnonzero(keys == key)
        result[chosen] = largest_remainder(values[chosen])
    return result
