"""Kernel density on the region grid against independent calculations (pure, no QGIS)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.pressure.grid import aligned_grid, check_memory, grid_for_points
from ral_zuid_plugin.core.pressure.kernels import kernel_stencil
from ral_zuid_plugin.core.pressure.surfaces import SurfaceBuilder

X0, Y0 = 155_000.0, 385_000.0  # Eindhoven, RD New


def quartic_by_hand(d: float, r: float) -> float:
    """K(d) = 3 / (pi r²) * (1 - d²/r²)² for d < r, per m² (integrates to 1 over the plane)."""
    return 3.0 / (math.pi * r * r) * (1.0 - d * d / (r * r)) ** 2 if d < r else 0.0


def exact_sum(grid, xs, ys, ws, r):
    """Second method: the analytic kernel summed point by point at every cell centre (per km²)."""
    cx = grid.column_centres()
    cy = grid.row_centres()
    result = np.zeros(grid.shape)
    for x, y, w in zip(xs, ys, ws):
        d = np.hypot(cx[np.newaxis, :] - x, cy[:, np.newaxis] - y)
        u = d / r
        result += w * np.where(u < 1, 3.0 / (math.pi * r * r) * (1 - u * u) ** 2, 0.0)
    return result * 1e6


def test_single_point_matches_analytic_kernel_at_cell_centres():
    r, cell = 100.0, 25.0
    # a point exactly on a cell centre: x = 155012.5 is the centre of the column starting at 155000
    px, py = X0 + 12.5, Y0 + 12.5
    grid = grid_for_points(np.array([px]), np.array([py]), cell, r)
    surface = SurfaceBuilder(grid, "quartic", r).density(np.array([px]), np.array([py]), np.array([1.0]))
    # renormalisation factor computed independently: sum of K over the 9 x 9 cell-centre offsets times cell area
    total = sum(quartic_by_hand(cell * math.hypot(i, j), r) for i in range(-4, 5) for j in range(-4, 5)) * cell * cell
    assert total == pytest.approx(0.9995, abs=5e-3)  # the discrete kernel nearly integrates to 1 already
    row = int((grid.y_max - py) // cell)
    col = int((px - grid.x_min) // cell)
    # centre by hand: 3 / (pi * 100²) per m² = 95.492966 per km²
    assert surface[row, col] == pytest.approx(95.492966 / total, rel=1e-7)
    # one cell east (d = 25 m): 95.492966 * (1 - 0.0625)² = 83.929364 per km²
    assert surface[row, col + 1] == pytest.approx(83.929364 / total, rel=1e-7)
    # diagonal (d = 35.355 m): 95.492966 * (1 - 0.125)² = 73.111802
    assert surface[row + 1, col + 1] == pytest.approx(73.111802 / total, rel=1e-7)
    # every cell: analytic value divided by the same factor; zero at 100 m and beyond
    for dr in range(-6, 7):
        for dc in range(-6, 7):
            expected = quartic_by_hand(cell * math.hypot(dr, dc), r) * 1e6 / total
            assert surface[row + dr, col + dc] == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_mass_is_conserved():
    rng = np.random.default_rng(7)
    xs = X0 + rng.uniform(0, 3000, 500)
    ys = Y0 + rng.uniform(0, 2000, 500)
    ws = rng.uniform(0, 40, 500)
    for kernel in ("quartic", "triangular", "uniform", "epanechnikov", "triweight"):
        grid = grid_for_points(xs, ys, 25.0, 300.0)
        surface = SurfaceBuilder(grid, kernel, 300.0).density(xs, ys, ws)
        assert surface.sum() * grid.cell_area_km2 == pytest.approx(ws.sum(), rel=1e-9)
        assert surface.min() >= 0.0


def test_matches_exact_per_point_sum_within_one_percent_of_peak():
    rng = np.random.default_rng(11)
    # clustered points so kernels overlap; radius 250 m = 10 cells
    xs = X0 + np.concatenate([rng.normal(800, 120, 60), rng.uniform(0, 2000, 40)])
    ys = Y0 + np.concatenate([rng.normal(600, 120, 60), rng.uniform(0, 1500, 40)])
    ws = rng.uniform(0.5, 30, 100)
    grid = grid_for_points(xs, ys, 25.0, 250.0)
    fast = SurfaceBuilder(grid, "quartic", 250.0).density(xs, ys, ws)
    exact = exact_sum(grid, xs, ys, ws, 250.0)
    assert np.abs(fast - exact).max() <= 0.01 * exact.max()
    # and the single points far from others too: the grid total equals the weights within 0.5 %
    assert exact.sum() * grid.cell_area_km2 == pytest.approx(ws.sum(), rel=5e-3)


def test_two_runs_with_different_extents_line_up_cell_for_cell():
    xs = np.array([X0 + 3.0, X0 + 180.0, X0 + 420.0])
    ys = np.array([Y0 + 7.0, Y0 + 260.0, Y0 + 90.0])
    ws = np.array([2.0, 5.0, 1.0])
    small = grid_for_points(xs, ys, 25.0, 200.0)
    # add a far point 6 km away: a much larger grid
    big = grid_for_points(np.append(xs, X0 + 6000), np.append(ys, Y0 + 4000), 25.0, 200.0)
    for grid in (small, big):
        assert grid.x_min % 100 == 0 and grid.y_min % 100 == 0
    a = SurfaceBuilder(small, "quartic", 200.0).density(xs, ys, ws)
    b = SurfaceBuilder(big, "quartic", 200.0).density(np.append(xs, X0 + 6000), np.append(ys, Y0 + 4000), [*ws, 0.0])
    dx = int(round((small.x_min - big.x_min) / 25.0))
    dy = int(round((big.y_max - small.y_max) / 25.0))
    assert (small.x_min - big.x_min) % 25 == 0 and (big.y_max - small.y_max) % 25 == 0
    np.testing.assert_allclose(b[dy : dy + small.ny, dx : dx + small.nx], a, rtol=1e-9, atol=1e-9)


def test_aligned_grid_snaps_outward_to_100_m():
    grid = aligned_grid(155_012.0, 385_099.0, 155_230.0, 385_101.0, 25.0)
    assert (grid.x_min, grid.y_min, grid.x_max, grid.y_max) == (155_000.0, 385_000.0, 155_300.0, 385_200.0)
    assert grid.shape == (8, 12)
    # 30 m cells: corner on a multiple of lcm(100, 30) = 300 m
    assert aligned_grid(155_012.0, 385_099.0, 155_230.0, 385_101.0, 30.0).x_min == 154_800.0


def test_kernel_stencil_sums_to_one():
    assert kernel_stencil("quartic", 500.0, 25.0).sum() == pytest.approx(1.0, abs=1e-12)
    assert kernel_stencil("quartic", 500.0, 25.0).shape == (41, 41)
    # radius under one cell: all weight in the point's own cell (3 x 3 stencil, centre 1)
    tiny = kernel_stencil("quartic", 10.0, 25.0)
    assert tiny.shape == (3, 3) and tiny[1, 1] == pytest.approx(1.0) and tiny.sum() == pytest.approx(1.0)


def test_grid_too_large_is_refused_before_allocating():
    grid = aligned_grid(0, 300_000, 300_000, 630_000, 5.0)  # 60 000 x 66 000 cells
    with pytest.raises(RalZuidError, match="MB"):
        check_memory(grid, 100, 1, budget_mb=2048)


def test_tiled_overlap_add_equals_one_transform_and_exact_sum():
    from ral_zuid_plugin.core.pressure.density import Convolver

    rng = np.random.default_rng(5)
    xs = X0 + rng.uniform(0, 4000, 300)
    ys = Y0 + rng.uniform(0, 3000, 300)
    ws = rng.uniform(0, 10, 300)
    grid = grid_for_points(xs, ys, 25.0, 250.0)
    stencil = kernel_stencil("quartic", 250.0, 25.0)
    whole = Convolver(grid, stencil)
    tiled = Convolver(grid, stencil, tile=16)  # many tiles of at least 6 radii; halos overlap neighbours
    assert whole.tile_shape[0] >= grid.ny and tiled.tile_shape[0] < grid.ny and tiled.tile_shape[1] < grid.nx
    a = whole.points(xs, ys, ws) / grid.cell_area_km2
    b = tiled.points(xs, ys, ws) / grid.cell_area_km2
    np.testing.assert_allclose(b, a, rtol=1e-9, atol=1e-9 * a.max())
    exact = exact_sum(grid, xs, ys, ws, 250.0)
    assert np.abs(b - exact).max() <= 0.01 * exact.max()
