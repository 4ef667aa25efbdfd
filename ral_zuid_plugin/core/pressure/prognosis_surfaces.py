"""Surfaces of a prognosis: the gap within walking distance, and EVs, needed and existing laadpunten per km².

The needed laadpunten per sample follow the prognosis settings (by default 1 (semi)public point per 5 electric
cars over all cars, plan §2.3); existing are all existing (semi)public laadpunten, as in the area table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.grid import check_memory, grid_for_points
from ral_zuid_plugin.core.pressure.kernels import radius_in_cells
from ral_zuid_plugin.core.pressure.surfaces import SurfaceBand, SurfaceBuilder, radius_warning
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled


def prognosis_surfaces(
    samples: pd.DataFrame,
    existing: pd.DataFrame,
    *,
    kernel: str = "quartic",
    radius: float = 500.0,
    walk_distance: float = 250.0,
    cell: float = 25.0,
    memory_budget_mb: float = 2048.0,
    evs_per_point: float = 5.0,
    progress: Progress | None = None,
):
    """Bands: the gap within walking distance, EVs, needed and existing (semi)public laadpunten per km²."""
    progress = progress or SilentProgress()
    if samples.empty:
        raise InputDataError(tr("there is no demand to map"))
    sx, sy = samples["x"].to_numpy(float), samples["y"].to_numpy(float)
    reach = max(radius, walk_distance) + 2 * cell
    near = (
        (existing["x"] >= sx.min() - reach)
        & (existing["x"] <= sx.max() + reach)
        & (existing["y"] >= sy.min() - reach)
        & (existing["y"] <= sy.max() + reach)
    )
    ex, ey = existing.loc[near, "x"].to_numpy(float), existing.loc[near, "y"].to_numpy(float)
    counts = existing.loc[near, "laadpunten"].to_numpy(float)
    grid = grid_for_points(sx, sy, cell, max(radius, walk_distance))
    check_memory(grid, radius_in_cells(max(radius, walk_distance), cell), 4, memory_budget_mb)
    radius_warning(radius, cell, progress)
    builder = SurfaceBuilder(grid, kernel, radius, walk_distance, progress)
    needed = samples["laadpunten_nodig"].to_numpy(float)
    # existing points within a cell of the edge are out of reach of all demand (the margin is radius + 2 cells)
    edge = grid.cell
    inside = (
        (ex >= grid.x_min + edge) & (ex <= grid.x_max - edge) & (ey >= grid.y_min + edge) & (ey <= grid.y_max - edge)
    )
    bands = [
        SurfaceBand(
            "ev_prognose",
            tr("Prognosed electric cars per km² ({kernel} kernel, radius {radius} m)").format(
                kernel=kernel, radius=f"{radius:g}"
            ),
            tr("electric cars per km²"),
            builder.density(sx, sy, samples["ev_prognose"].to_numpy(float)).astype(np.float32, copy=False),
        )
    ]
    progress.set_progress(25)
    check_cancelled(progress)
    bands.append(
        SurfaceBand(
            "laadpunten_nodig",
            tr("Needed (semi)public laadpunten per km² (1 per {n} electric cars)").format(n=f"{evs_per_point:g}"),
            tr("laadpunten per km²"),
            builder.density(sx, sy, needed).astype(np.float32, copy=False),
        )
    )
    progress.set_progress(50)
    bands.append(
        SurfaceBand(
            "laadpunten_bestaand",
            tr("Existing (semi)public laadpunten per km²"),
            tr("laadpunten per km²"),
            builder.density(ex[inside], ey[inside], counts[inside]).astype(np.float32, copy=False),
        )
    )
    progress.set_progress(75)
    check_cancelled(progress)
    gap = builder.walking_sum(sx, sy, needed) - builder.walking_sum(ex[inside], ey[inside], counts[inside])
    bands.append(
        SurfaceBand(
            "tekort_loopafstand",
            tr("Gap: needed minus existing (semi)public laadpunten within {distance} m (negative = surplus)").format(
                distance=f"{walk_distance:g}"
            ),
            tr("laadpunten"),
            gap.astype(np.float32, copy=False),
        )
    )
    progress.set_progress(100)
    # the gap first: band 1 is what viewers and the plankaart show by default
    return grid, [bands[3], *bands[:3]]
