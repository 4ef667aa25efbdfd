"""The fixed region grid in RD New that every pressure surface is computed on.

All grids share one origin rule: the lower-left corner lies on a multiple of
``lcm(100 m, cell size)`` in RD coordinates, so two runs with the same cell size but
different extents (or different municipalities) line up cell for cell, and with the CBS
100 m / 500 m grids. Arrays are indexed ``[row, column]`` with row 0 at the north edge,
as in a GeoTIFF.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

REGION_EXTENT = (70000.0, 305000.0, 215000.0, 430000.0)
"""Bounding box (x_min, y_min, x_max, y_max) of Noord-Brabant and Limburg in RD New, on whole kilometres."""

ORIGIN_STEP_M = 100
DEFAULT_CELL_SIZE = 25.0
DEFAULT_MEMORY_BUDGET_MB = 2048.0
FLOAT64_MAX_CELLS = 4_000_000
"""Grids up to this size are transformed in double precision; larger ones in single precision."""


@dataclass(frozen=True)
class GridSpec:
    """A raster grid: lower-left corner, square cells, ``nx`` columns and ``ny`` rows."""

    x_min: float
    y_min: float
    cell: float
    nx: int
    ny: int

    @property
    def x_max(self) -> float:
        return self.x_min + self.nx * self.cell

    @property
    def y_max(self) -> float:
        return self.y_min + self.ny * self.cell

    @property
    def shape(self) -> tuple[int, int]:
        return (self.ny, self.nx)

    @property
    def cells(self) -> int:
        return self.nx * self.ny

    @property
    def cell_area_km2(self) -> float:
        return self.cell * self.cell / 1e6

    def column_centres(self) -> np.ndarray:
        return self.x_min + (np.arange(self.nx) + 0.5) * self.cell

    def row_centres(self) -> np.ndarray:
        """Y of the cell centres, north to south."""
        return self.y_max - (np.arange(self.ny) + 0.5) * self.cell

    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        return (self.x_min, self.cell, 0.0, self.y_max, 0.0, -self.cell)


def origin_step(cell: float) -> int:
    """Multiple of metres the grid corner is snapped to: ``lcm(100, cell)``."""
    return ORIGIN_STEP_M * int(cell) // math.gcd(ORIGIN_STEP_M, int(cell))


def validate_cell_size(cell: float) -> float:
    if not (cell > 0 and float(cell).is_integer()):
        raise RalZuidError(
            tr("The cell size must be a whole number of metres above 0, not {value}.").format(value=cell)
        )
    return float(cell)


def aligned_grid(x_min: float, y_min: float, x_max: float, y_max: float, cell: float) -> GridSpec:
    """The smallest aligned grid covering the box (corners snapped outward to the origin step)."""
    cell = validate_cell_size(cell)
    step = origin_step(cell)
    gx0 = math.floor(x_min / step) * step
    gy0 = math.floor(y_min / step) * step
    gx1 = math.ceil(x_max / step) * step
    gy1 = math.ceil(y_max / step) * step
    if gx1 <= gx0:
        gx1 = gx0 + step
    if gy1 <= gy0:
        gy1 = gy0 + step
    return GridSpec(float(gx0), float(gy0), cell, int(round((gx1 - gx0) / cell)), int(round((gy1 - gy0) / cell)))


def grid_for_points(x: np.ndarray, y: np.ndarray, cell: float, radius: float) -> GridSpec:
    """Aligned grid around points, with a margin of the radius plus two cells so no kernel mass is cut off."""
    if len(x) == 0:
        raise RalZuidError(tr("There are no points to compute a surface from."))
    margin = radius + 2 * cell
    return aligned_grid(
        float(np.min(x)) - margin, float(np.min(y)) - margin, float(np.max(x)) + margin, float(np.max(y)) + margin, cell
    )


def estimate_memory_mb(grid: GridSpec, radius_cells: int, bands: int) -> float:
    """Peak memory of computing ``bands`` surfaces on ``grid``, in MB.

    The working result and one temporary in the transform's precision (8 bytes per cell up to
    :data:`FLOAT64_MAX_CELLS` cells, else 4), every finished band as float32, and the tile
    buffers of the FFT (a few arrays of about (1024 + 2 radius)² cells).
    """
    itemsize = 8 if grid.cells <= FLOAT64_MAX_CELLS else 4
    tile = (max(1024, 6 * radius_cells) + 2 * radius_cells + 1) ** 2
    return (2 * grid.cells * itemsize + bands * grid.cells * 4 + 6 * tile * 8) / 1e6


def check_memory(grid: GridSpec, radius_cells: int, bands: int, budget_mb: float = DEFAULT_MEMORY_BUDGET_MB) -> float:
    """Refuse (before allocating anything) a grid whose estimated memory exceeds the budget."""
    needed = estimate_memory_mb(grid, radius_cells, bands)
    if needed > budget_mb:
        raise RalZuidError(
            tr(
                "The grid of {nx} x {ny} cells of {cell} m would need about {needed} MB, more than the budget "
                "of {budget} MB. Use a larger cell size, a smaller area or a higher memory budget."
            ).format(nx=grid.nx, ny=grid.ny, cell=int(grid.cell), needed=int(round(needed)), budget=int(budget_mb))
        )
    return needed


def outside_region(x: np.ndarray, y: np.ndarray, extent: tuple[float, float, float, float] = REGION_EXTENT):
    """Boolean mask of points outside the region box."""
    x_min, y_min, x_max, y_max = extent
    return ~((x >= x_min) & (x <= x_max) & (y >= y_min) & (y <= y_max))
