"""Laaddruk within walking distance, worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.pressure.measured import MeasuredSettings, measured_surfaces, sample_at

X0, Y0 = 155_012.5, 385_012.5  # a cell centre


def frame(rows):
    data = pd.DataFrame(rows)
    data.insert(0, "fid", range(1, len(data) + 1))
    return data


def test_pressure_is_demand_within_250_m_per_public_point_within_250_m():
    # A and B 100 m apart, C 1000 m east of A. Demand (connected hours per day): A 10, B 20, C 6.
    points = frame(
        {
            "x": [X0, X0 + 100, X0 + 1000],
            "y": [Y0, Y0, Y0],
            "aansluituren_per_dag": [10.0, 20.0, 6.0],
            "piekbezetting_pct": [50.0, 100.0, 80.0],
        }
    )
    settings = MeasuredSettings(density_fields=(), mean_fields=("piekbezetting_pct",), cell=25.0, radius=200.0)
    result = measured_surfaces(points, settings, source="toy")
    bands = {band.name: band for band in result.bands}
    # by hand: at A and at B both points are within 250 m -> (10 + 20) / 2 = 15; at C only C -> 6 / 1
    np.testing.assert_allclose(result.point_pressure, [15.0, 15.0, 6.0])
    count = bands["publieke_laadpunten_loopafstand"].values
    grid = result.grid
    np.testing.assert_array_equal(sample_at(grid, count, [X0, X0 + 100, X0 + 1000, X0 + 500], [Y0] * 4), [2, 2, 1, 0])
    # halfway between B and C (550 m from A, 450 m from B and C): no public point within 250 m -> no data
    assert np.isnan(sample_at(grid, bands["laaddruk"].values, [X0 + 550], [Y0])[0])
    # 125 m west of A: only A within 250 m (B is 225 m... no: 225 m east of that spot, so both) -> 15
    assert sample_at(grid, bands["laaddruk"].values, [X0 - 125], [Y0])[0] == pytest.approx(15.0)
    # 200 m west of A: A at 200 m, B at 300 m -> 10 / 1
    assert sample_at(grid, bands["laaddruk"].values, [X0 - 200], [Y0])[0] == pytest.approx(10.0)
    # kernel-weighted mean of peak occupancy midway between A and B: equal weights -> (50 + 100) / 2
    mean = sample_at(grid, bands["piekbezetting_pct"].values, [X0 + 50], [Y0])[0]
    assert mean == pytest.approx(75.0, abs=1e-4)


def test_supply_layer_counts_laadpunten_per_location():
    points = frame({"x": [X0], "y": [Y0], "aansluituren_per_dag": [12.0]})
    supply = frame({"x": [X0 + 50, X0 + 2000], "y": [Y0, Y0], "laadpunten": [2, 4]})
    settings = MeasuredSettings(density_fields=(), mean_fields=(), cell=25.0, radius=200.0)
    result = measured_surfaces(points, settings, source="toy", supply=supply, supply_source="palen")
    # 12 hours within 250 m, 2 laadpunten within 250 m -> 6
    assert result.point_pressure[0] == pytest.approx(6.0)


@pytest.mark.parametrize(
    ("value", "message"),
    [(-3.0, "negative"), ("veel", "not a number")],
)
def test_bad_weights_name_row_and_column(value, message):
    points = frame({"x": [X0, X0 + 10], "y": [Y0, Y0], "sessies_per_dag": [1.0, value]})
    settings = MeasuredSettings(density_fields=("sessies_per_dag",), mean_fields=(), demand_field=None)
    with pytest.raises(InputDataError, match=message) as caught:
        measured_surfaces(points, settings, source="laadpunten.gpkg")
    assert caught.value.row == 2 and caught.value.column == "sessies_per_dag"
    assert "laadpunten.gpkg" in str(caught.value)


def test_points_outside_region_and_empty_layers_are_refused():
    settings = MeasuredSettings(density_fields=("sessies_per_dag",), mean_fields=(), demand_field=None)
    # WGS84 degrees mistaken for RD New
    wrong = frame({"x": [5.47], "y": [51.44], "sessies_per_dag": [1.0]})
    with pytest.raises(InputDataError, match="outside Noord-Brabant and Limburg"):
        measured_surfaces(wrong, settings, source="wgs84.csv")
    with pytest.raises(InputDataError, match="no features"):
        measured_surfaces(frame({"x": [], "y": [], "sessies_per_dag": []}), settings, source="leeg.gpkg")


def test_cancel_stops_the_computation():
    from ral_zuid_plugin.core.errors import CancelledError
    from ral_zuid_plugin.core.progress import SilentProgress

    class Cancelled(SilentProgress):
        def is_cancelled(self) -> bool:
            return True

    points = frame({"x": [X0], "y": [Y0], "sessies_per_dag": [1.0]})
    settings = MeasuredSettings(density_fields=("sessies_per_dag",), mean_fields=(), demand_field=None)
    with pytest.raises(CancelledError):
        measured_surfaces(points, settings, source="toy", progress=Cancelled())


def test_small_radius_warns():
    from ral_zuid_plugin.core.progress import SilentProgress

    progress = SilentProgress()
    points = frame({"x": [X0], "y": [Y0], "sessies_per_dag": [1.0]})
    settings = MeasuredSettings(density_fields=("sessies_per_dag",), mean_fields=(), demand_field=None, radius=75.0)
    measured_surfaces(points, settings, source="toy", progress=progress)
    # 75 m is 3 cells of 25 m, under the 4-cell minimum
    assert any("less than 4 cells" in text for text in progress.warnings)
