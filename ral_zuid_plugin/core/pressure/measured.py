"""Measured charging pressure: surfaces from charge points with usage indicators.

Inputs are points (one row per laadpunt, e.g. the output of ``ralzuid:sessionindicators``)
with numeric fields. Per field the user chooses a *density* (e.g. sessions per day per km²:
the kernel sum of the values) or a *kernel-weighted mean* (e.g. peak occupancy in %).

The laaddruk band relates demand to supply within walking distance ``R`` (default 250 m)::

    laaddruk(x) = sum of demand of the laadpunten within R of x
                  / number of public laadpunten within R of x

e.g. connected hours per day per public point nearby. Where no public point is within R
the band has no data. Distances are measured between cell centres (points are placed in
the cell that contains them), so "within R" is exact to half a cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.grid import GridSpec, check_memory, grid_for_points
from ral_zuid_plugin.core.pressure.inputs import check_in_region, numeric_column, require_points
from ral_zuid_plugin.core.pressure.kernels import radius_in_cells
from ral_zuid_plugin.core.pressure.surfaces import SurfaceBand, SurfaceBuilder, radius_warning
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled

DEFAULT_DENSITY_FIELDS = ("sessies_per_dag", "kwh_per_dag", "aansluituren_per_dag")
DEFAULT_MEAN_FIELDS = ("piekbezetting_pct",)
DEFAULT_DEMAND_FIELD = "aansluituren_per_dag"
DEFAULT_RADIUS = 500.0
DEFAULT_WALK_DISTANCE = 250.0


@dataclass
class MeasuredSettings:
    density_fields: tuple[str, ...] = DEFAULT_DENSITY_FIELDS
    mean_fields: tuple[str, ...] = DEFAULT_MEAN_FIELDS
    demand_field: str | None = DEFAULT_DEMAND_FIELD
    kernel: str = "quartic"
    radius: float = DEFAULT_RADIUS
    walk_distance: float = DEFAULT_WALK_DISTANCE
    cell: float = 25.0
    memory_budget_mb: float = 2048.0


@dataclass
class MeasuredResult:
    grid: GridSpec
    bands: list[SurfaceBand]
    point_pressure: np.ndarray
    """Laaddruk at each input point's cell (NaN without a demand field)."""


def measured_surfaces(
    points: pd.DataFrame,
    settings: MeasuredSettings,
    *,
    source: str,
    supply: pd.DataFrame | None = None,
    supply_source: str = "",
    progress: Progress | None = None,
) -> MeasuredResult:
    """Density, mean and laaddruk surfaces of ``points`` (columns ``x``, ``y`` in RD New, ``fid`` and fields).

    ``supply`` holds the public laadpunten (``x``, ``y`` and optionally ``laadpunten``, a count
    per location); without it every input point counts as one public laadpunt.
    """
    progress = progress or SilentProgress()
    require_points(points, source)
    check_in_region(points, source)
    values = {name: numeric_column(points, name, source) for name in settings.density_fields}
    means = {name: numeric_column(points, name, source) for name in settings.mean_fields}
    demand = numeric_column(points, settings.demand_field, source) if settings.demand_field else None
    if supply is not None:
        require_points(supply, supply_source)
        check_in_region(supply, supply_source)
        supply_counts = (
            numeric_column(supply, "laadpunten", supply_source, allow_missing=False)
            if "laadpunten" in supply.columns
            else np.ones(len(supply))
        )
    x = points["x"].to_numpy(float)
    y = points["y"].to_numpy(float)
    all_x = x if supply is None else np.concatenate([x, supply["x"].to_numpy(float)])
    all_y = y if supply is None else np.concatenate([y, supply["y"].to_numpy(float)])
    reach = max(settings.radius, settings.walk_distance if demand is not None else 0.0)
    grid = grid_for_points(all_x, all_y, settings.cell, reach)
    bands_count = len(values) + len(means) + (2 if demand is not None else 0)
    check_memory(grid, radius_in_cells(reach, settings.cell), max(bands_count, 1), settings.memory_budget_mb)
    radius_warning(settings.radius, settings.cell, progress)
    progress.info(
        tr("Grid of {nx} x {ny} cells of {cell} m, lower-left corner ({x}, {y}) in RD New.").format(
            nx=grid.nx, ny=grid.ny, cell=int(grid.cell), x=int(grid.x_min), y=int(grid.y_min)
        )
    )
    walk = settings.walk_distance if demand is not None else None
    builder = SurfaceBuilder(grid, settings.kernel, settings.radius, walk, progress)
    bands: list[SurfaceBand] = []
    steps = max(bands_count, 1)
    done = 0
    for name, weights in values.items():
        check_cancelled(progress)
        known = ~np.isnan(weights)
        _warn_missing(progress, name, int((~known).sum()))
        surface = builder.density(x[known], y[known], weights[known])
        bands.append(
            SurfaceBand(
                name=name,
                description=tr("{field}: density ({kernel} kernel, radius {radius} m)").format(
                    field=name, kernel=settings.kernel, radius=f"{settings.radius:g}"
                ),
                unit=tr("{field} per km²").format(field=name),
                values=surface.astype(np.float32, copy=False),
                metadata={"total": float(np.nansum(weights))},
            )
        )
        done += 1
        progress.set_progress(100.0 * done / steps)
    for name, mean_values in means.items():
        check_cancelled(progress)
        known = ~np.isnan(mean_values)
        _warn_missing(progress, name, int((~known).sum()))
        surface = builder.weighted_mean(x[known], y[known], mean_values[known])
        bands.append(
            SurfaceBand(
                name=name,
                description=tr("{field}: kernel-weighted mean (radius {radius} m)").format(
                    field=name, radius=f"{settings.radius:g}"
                ),
                unit=tr("{field} (mean of nearby laadpunten)").format(field=name),
                values=surface.astype(np.float32, copy=False),
            )
        )
        done += 1
        progress.set_progress(100.0 * done / steps)
    point_pressure = np.full(len(points), np.nan)
    if demand is not None:
        check_cancelled(progress)
        known = ~np.isnan(demand)
        _warn_missing(progress, settings.demand_field, int((~known).sum()))
        demand_near = builder.walking_sum(x[known], y[known], demand[known])
        if supply is None:
            count = builder.walking_count(x, y)
        else:
            count = np.rint(
                builder.walking_sum(supply["x"].to_numpy(float), supply["y"].to_numpy(float), supply_counts)
            )
        pressure = np.full(grid.shape, np.nan)
        served = count > 0
        pressure[served] = demand_near[served] / count[served]
        bands.append(
            SurfaceBand(
                name="laaddruk",
                description=tr("Laaddruk: {field} within {distance} m per public laadpunt within {distance} m").format(
                    field=settings.demand_field, distance=f"{settings.walk_distance:g}"
                ),
                unit=tr("{field} per public laadpunt").format(field=settings.demand_field),
                values=pressure.astype(np.float32, copy=False),
            )
        )
        bands.append(
            SurfaceBand(
                name="publieke_laadpunten_loopafstand",
                description=tr("Public laadpunten within {distance} m").format(distance=f"{settings.walk_distance:g}"),
                unit=tr("laadpunten"),
                values=count.astype(np.float32, copy=False),
            )
        )
        point_pressure = sample_at(grid, pressure, x, y)
        progress.set_progress(100.0)
    # the laaddruk first: band 1 is what viewers and the plankaart show by default
    bands.sort(key=lambda band: {"laaddruk": 0, "publieke_laadpunten_loopafstand": 1}.get(band.name, 2))
    return MeasuredResult(grid=grid, bands=bands, point_pressure=point_pressure)


def sample_at(grid: GridSpec, values: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Values of the cells containing the points (NaN outside the grid)."""
    col = np.floor((np.asarray(x, float) - grid.x_min) / grid.cell).astype(np.int64)
    row = np.floor((grid.y_max - np.asarray(y, float)) / grid.cell).astype(np.int64)
    inside = (col >= 0) & (col < grid.nx) & (row >= 0) & (row < grid.ny)
    result = np.full(len(col), np.nan)
    result[inside] = values[row[inside], col[inside]]
    return result


def _warn_missing(progress: Progress, name: str, missing: int) -> None:
    if missing:
        progress.warning(
            tr("{count} point(s) have no value in field '{field}' and are left out of that surface.").format(
                count=missing, field=name
            )
        )
