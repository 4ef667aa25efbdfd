"""Kernel shapes for density surfaces, analytic and discretised on the grid.

Every analytic kernel ``K(d)`` integrates to 1 over the plane (units: 1 / m²), so a surface
of point weights is "weight per m²" (we report per km²). The discretised stencil samples
the kernel at cell-centre offsets and is renormalised to sum to exactly 1, so the total
weight of the points is conserved on the grid.
"""

from __future__ import annotations

import math

import numpy as np

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

QUARTIC = "quartic"
TRIANGULAR = "triangular"
UNIFORM = "uniform"
EPANECHNIKOV = "epanechnikov"
TRIWEIGHT = "triweight"

KERNELS = (QUARTIC, TRIANGULAR, UNIFORM, EPANECHNIKOV, TRIWEIGHT)
MIN_RADIUS_CELLS = 4


def kernel_profile(kernel: str, distance: np.ndarray, radius: float) -> np.ndarray:
    """Analytic kernel value (1 / m²) at ``distance`` metres; zero at and beyond ``radius``."""
    if radius <= 0:
        raise RalZuidError(tr("The radius must be larger than 0 m."))
    u = np.asarray(distance, dtype=float) / radius
    inside = u < 1.0
    area = math.pi * radius * radius
    if kernel == QUARTIC:
        values = 3.0 / area * (1.0 - u * u) ** 2
    elif kernel == TRIANGULAR:
        values = 3.0 / area * (1.0 - u)
    elif kernel == UNIFORM:
        values = np.full_like(u, 1.0 / area)
    elif kernel == EPANECHNIKOV:
        values = 2.0 / area * (1.0 - u * u)
    elif kernel == TRIWEIGHT:
        values = 4.0 / area * (1.0 - u * u) ** 3
    else:
        raise RalZuidError(tr("Unknown kernel '{kernel}'.").format(kernel=kernel))
    return np.where(inside, values, 0.0)


def radius_in_cells(radius: float, cell: float) -> int:
    return int(math.ceil(radius / cell))


def kernel_stencil(kernel: str, radius: float, cell: float) -> np.ndarray:
    """The kernel sampled at cell-centre offsets, renormalised to sum to 1 (square, odd size)."""
    half = radius_in_cells(radius, cell)
    offsets = np.arange(-half, half + 1) * cell
    distance = np.hypot(offsets[np.newaxis, :], offsets[:, np.newaxis])
    stencil = kernel_profile(kernel, distance, radius)
    total = stencil.sum()
    if total <= 0:
        # radius below half a cell: all weight stays in the point's own cell
        stencil = np.zeros_like(stencil)
        stencil[half, half] = 1.0
        return stencil
    return stencil / total


def disc_stencil(radius: float, cell: float) -> np.ndarray:
    """Ones at the cells whose centre lies within ``radius`` of the centre cell (a count, not a density)."""
    half = radius_in_cells(radius, cell)
    offsets = np.arange(-half, half + 1) * cell
    distance = np.hypot(offsets[np.newaxis, :], offsets[:, np.newaxis])
    return (distance <= radius + 1e-9).astype(float)
