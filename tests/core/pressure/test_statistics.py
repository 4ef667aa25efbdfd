"""Band statistics from the array, as GDAL stores them (minimum, maximum, mean, population standard deviation)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ral_zuid_plugin.core.pressure import statistics
from ral_zuid_plugin.core.pressure.statistics import band_statistics

NODATA = -9999.0


def test_nan_and_nodata_cells_are_left_out_worked_by_hand():
    values = np.array([[1.0, 2.0, NODATA], [3.0, np.nan, 2.0]], dtype=np.float32)
    result = band_statistics(values, NODATA)
    # valid cells 1, 2, 3, 2: mean 8 / 4 = 2; deviations -1, 0, 1, 0: variance 2 / 4, std sqrt(0.5)
    assert (result.minimum, result.maximum, result.mean) == (1.0, 3.0, 2.0)
    assert result.std_dev == pytest.approx(math.sqrt(0.5), rel=1e-15)
    assert result.valid_percent == pytest.approx(100.0 * 4 / 6)


@pytest.mark.parametrize("mostly_zero", [False, True])
def test_a_band_without_nodata_counts_every_cell_including_zeros(mostly_zero):
    values = np.zeros((3, 4), dtype=np.float32)
    values[1, 2] = 12.0
    result = band_statistics(values, NODATA, mostly_zero)
    # twelve cells, one of 12: mean 1; variance (11^2 + 11 x 1^2) / 12 = 132 / 12 = 11
    assert (result.minimum, result.maximum, result.mean, result.valid_percent) == (0.0, 12.0, 1.0, 100.0)
    assert result.std_dev == pytest.approx(math.sqrt(11.0), rel=1e-15)


def test_zeros_added_in_closed_form_worked_by_hand():
    # cells 0, 0, 4, 8, NaN, nodata, 0, -0.0: valid 0, 0, 4, 8, 0, 0 (six of eight); mean 12 / 6 = 2;
    # deviations -2, -2, 2, 6, -2, -2: squares 4 + 4 + 4 + 36 + 4 + 4 = 56, variance 56 / 6, minimum 0, maximum 8
    values = np.array([[0.0, 0.0, 4.0, 8.0], [np.nan, NODATA, 0.0, -0.0]], dtype=np.float32)
    result = band_statistics(values, NODATA, mostly_zero=True)
    assert (result.minimum, result.maximum, result.mean) == (0.0, 8.0, 2.0)
    assert result.std_dev == pytest.approx(math.sqrt(56.0 / 6.0), rel=1e-15)
    assert result.valid_percent == pytest.approx(100.0 * 6 / 8)
    # all zero: mean and spread 0
    zero = band_statistics(np.zeros((2, 3), dtype=np.float32), NODATA, mostly_zero=True)
    assert (zero.minimum, zero.maximum, zero.mean, zero.std_dev, zero.valid_percent) == (0.0, 0.0, 0.0, 0.0, 100.0)


def test_no_valid_cell_gives_no_statistics():
    assert band_statistics(np.full((2, 2), np.nan, dtype=np.float32), NODATA) is None
    assert band_statistics(np.full((2, 2), NODATA, dtype=np.float32), NODATA) is None
    assert band_statistics(np.zeros((0, 5), dtype=np.float32), NODATA) is None


@pytest.mark.parametrize("mostly_zero", [False, True])
def test_chunks_combined_equal_numpy_over_the_whole_array(monkeypatch, mostly_zero):
    # second method: numpy's mean and std over the valid cells in one go, against 37 chunks of 271 cells
    # (70 % of the cells zero: with ``mostly_zero`` those are left out of the sums and added in closed form)
    monkeypatch.setattr(statistics, "CHUNK", 271)
    rng = np.random.default_rng(7)
    values = (rng.gamma(0.3, 50.0, (100, 100)) * (rng.random((100, 100)) < 0.3)).astype(np.float32)
    values[rng.random((100, 100)) < 0.05] = np.nan
    values[rng.random((100, 100)) < 0.02] = NODATA
    valid = values[~np.isnan(values) & (values != NODATA)].astype(np.float64)
    result = band_statistics(values, NODATA, mostly_zero)
    assert (result.minimum, result.maximum) == (valid.min(), valid.max())
    assert result.mean == pytest.approx(valid.mean(), rel=1e-12)
    assert result.std_dev == pytest.approx(valid.std(), rel=1e-12)
    assert result.valid_percent == pytest.approx(100.0 * valid.size / values.size, rel=1e-12)
