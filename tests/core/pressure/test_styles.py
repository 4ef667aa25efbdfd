"""Colour-ramp breaks for the raster styles."""

from __future__ import annotations

import numpy as np
import pytest

from ral_zuid_plugin.core.pressure.styles import (
    diverging_breaks,
    fill_style_template,
    nice_number,
    positive_percentile,
    ramp_breaks,
)


def test_nice_numbers_round_up_to_1_2_2_5_5():
    assert [nice_number(v) for v in (0.7, 1.0, 1.3, 2.2, 3.1, 7.0, 13.0, 4100.0)] == [
        1.0,
        1.0,
        2.0,
        2.5,
        5.0,
        10.0,
        20.0,
        5000.0,
    ]


def test_ramp_from_zero_to_a_round_number_above_the_99th_percentile():
    values = np.concatenate([np.zeros(50), np.arange(1, 101, dtype=float), [np.nan, 1e6]])
    # positive values 1..100 and one outlier 1e6: the 99th percentile of the 101 positives is 100 -> 100
    assert ramp_breaks(values) == [0.0, 25.0, 50.0, 75.0, 100.0]
    assert diverging_breaks(np.array([-3.0, 0.0, 1.0, 2.0])) == [-5.0, -2.5, 0.0, 2.5, 5.0]


def test_template_filled():
    text = fill_style_template('band="%BAND%" min="%V0%" max="%V4%"', 5, [0.0, 1.0, 2.0, 3.0, 4.5])
    assert text == 'band="5" min="0" max="4.5"'


def test_positive_percentile_worked_by_hand():
    # the finite positive cells are 1..100 (zeros, NaN, -5 and +inf left out), n = 100;
    # numpy's linear method: position (100 - 1) x 0.99 = 98.01 between the 99th (99) and 100th (100) value -> 99.01
    values = np.concatenate([np.zeros(30), np.arange(1, 101, dtype=np.float32), [np.nan, -5.0, np.inf]])
    assert positive_percentile(values, 99.0) == pytest.approx(99.01, abs=1e-12)
    assert positive_percentile(values, 50.0) == 50.5  # position 49.5: halfway between 50 and 51
    assert positive_percentile(np.array([0.0, np.nan, -1.0]), 99.0) is None


def test_positive_percentile_is_numpys_number_exactly():
    # second method: np.percentile over every finite positive cell, on grids like the surfaces (mostly zero, ties,
    # NaN and infinities), float32 and float64; equal to the last bit
    rng = np.random.default_rng(20261129)
    for trial in range(300):
        size = int(rng.choice([1, 2, 7, 100, 5_000, 300_000]))
        values = rng.gamma(0.3, 10.0, size) * (rng.random(size) < rng.random())
        if trial % 3 == 0:
            values = np.round(values)  # ties
        if trial % 4 == 0:
            values[rng.random(size) < 0.05] = np.nan
            values[rng.random(size) < 0.001] = np.inf
        values = values.astype(np.float32 if trial % 2 else np.float64)
        q = float(rng.choice([99.0, 90.0, 50.0, 100.0, 0.0]))
        positive = values[(values > 0) & np.isfinite(values)]
        expected = float(np.percentile(positive, q)) if positive.size else None
        assert positive_percentile(values, q) == expected


def test_positive_percentile_when_the_sample_misjudges_the_top():
    # the strided sample (every 10th of 1,000,000 cells) sees only the largest values, so its threshold keeps
    # too few candidates; all positive cells are then used, and the number is still numpy's
    values = np.arange(1, 1_000_001, dtype=np.float64)
    values[::10] += 2_000_000.0
    assert positive_percentile(values, 99.0) == float(np.percentile(values, 99.0))
