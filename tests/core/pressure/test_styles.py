"""Colour-ramp breaks for the raster styles."""

from __future__ import annotations

import numpy as np

from ral_zuid_plugin.core.pressure.styles import diverging_breaks, fill_style_template, nice_number, ramp_breaks


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
