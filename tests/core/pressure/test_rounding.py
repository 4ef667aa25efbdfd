"""Largest-remainder rounding, checked against hand-worked allocations."""

from __future__ import annotations

import numpy as np
import pytest

from ral_zuid_plugin.core.pressure.rounding import largest_remainder, largest_remainder_by_group, round_half_up


def test_parts_summing_to_3_6_become_4_whole_points():
    # 1.5 + 1.3 + 0.8 = 3.6 -> 4; whole parts 1, 1, 0 = 2; the 2 left go to the largest fractions .8 and .5
    assert largest_remainder([1.5, 1.3, 0.8]).tolist() == [2, 1, 1]
    # four cells of 0.9 (3.6): 4 units, one each
    assert largest_remainder([0.9, 0.9, 0.9, 0.9]).tolist() == [1, 1, 1, 1]


def test_total_is_the_rounded_sum_half_up_and_small_parts_may_get_nothing():
    # 0.3 * 5 = 1.5 -> 2 points for the two first of five equal parts; 0.2 * 3 = 0.6 -> 1
    assert largest_remainder([0.3] * 5).tolist() == [1, 1, 0, 0, 0]
    assert largest_remainder([0.2, 0.2, 0.2]).sum() == 1
    # 3.4999999999 is 3.5 with float noise (sums of fractions), so it rounds up; 3.49 does not
    assert round_half_up(2.5) == 3 and round_half_up(3.4999999999) == 4 and round_half_up(3.49) == 3


def test_a_given_total_and_negative_values():
    # surplus (negative) parts count as 0: 2.6 and 0.7 into 3 -> 2 + 1
    assert largest_remainder([2.6, -1.0, 0.7], total=3).tolist() == [2, 0, 1]
    with pytest.raises(ValueError):
        largest_remainder([2.6, 0.7], total=1)
    assert largest_remainder([]).tolist() == []


def test_per_group_every_group_adds_up_on_its_own():
    values = np.array([1.2, 1.2, 1.2, 0.4, 0.4])
    groups = ["A", "A", "A", "B", "B"]
    # A: 3.6 -> 4 -> 2, 1, 1; B: 0.8 -> 1 -> 1, 0
    assert largest_remainder_by_group(values, groups).tolist() == [2, 1, 1, 1, 0]
