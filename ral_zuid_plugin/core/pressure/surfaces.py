"""Surfaces of weighted points on an aligned grid: density, kernel-weighted mean, walking-distance sums."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.density import Convolver
from ral_zuid_plugin.core.pressure.grid import GridSpec
from ral_zuid_plugin.core.pressure.kernels import MIN_RADIUS_CELLS, disc_stencil, kernel_stencil
from ral_zuid_plugin.core.progress import Progress

NODATA = -9999.0


@dataclass
class SurfaceBand:
    """One raster band: values (float32, NaN = no data), a short name, a description and its unit."""

    name: str
    description: str
    unit: str
    values: np.ndarray
    metadata: dict = field(default_factory=dict)


class SurfaceBuilder:
    """Computes surfaces on one grid, reusing the FFT of each stencil."""

    def __init__(
        self,
        grid: GridSpec,
        kernel: str,
        radius: float,
        walk_distance: float | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.grid = grid
        self.progress = progress
        self.kernel = kernel
        self.radius = radius
        self.walk_distance = walk_distance
        self._kernel = Convolver(grid, kernel_stencil(kernel, radius, grid.cell))
        self._disc = Convolver(grid, disc_stencil(walk_distance, grid.cell)) if walk_distance else None

    def density(self, x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Kernel density of the weights per km² (sum over the grid times cell area = total weight)."""
        return self._kernel.points(x, y, weights, scale=1.0 / self.grid.cell_area_km2, progress=self.progress)

    def weighted_mean(self, x: np.ndarray, y: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Kernel-weighted mean of ``values`` (NaN where no point is within the radius)."""
        top = self._kernel.points(x, y, values, conserve=False, progress=self.progress)
        bottom = self._kernel.points(x, y, np.ones(len(x)), conserve=False, progress=self.progress)
        result = np.full(self.grid.shape, np.nan)
        covered = bottom > 1e-9 * max(float(bottom.max()), 1e-300)
        result[covered] = top[covered] / bottom[covered]
        return result

    def walking_sum(self, x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Sum of the weights of points in cells whose centre is within walking distance of each cell centre."""
        if self._disc is None:
            raise ValueError("walking distance not set")
        return self._disc.points(x, y, weights, bilinear=False, progress=self.progress)

    def walking_count(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return np.rint(self.walking_sum(x, y, np.ones(len(x))))


def radius_warning(radius: float, cell: float, progress: Progress) -> None:
    if radius < MIN_RADIUS_CELLS * cell:
        progress.warning(
            tr(
                "The radius of {radius} m is less than {cells} cells of {cell} m: the surface will be blocky. "
                "Use a larger radius or a smaller cell size."
            ).format(radius=f"{radius:g}", cells=MIN_RADIUS_CELLS, cell=f"{cell:g}")
        )


def as_float32(values: np.ndarray) -> np.ndarray:
    return np.asarray(values, dtype=np.float32)
