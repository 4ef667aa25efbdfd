"""Per-area tables: which points fall in which area (municipality, buurt, grid cell)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.point_in_area import first_area_of_points


def area_index_of_points(areas: gpd.GeoDataFrame, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Position (0-based) in ``areas`` of the area containing each point; -1 when none (first area wins).

    A point on an area's boundary belongs to it (GEOS ``intersects``, as ``geopandas.sjoin``), through the
    shared cell index of :mod:`ral_zuid_plugin.core.point_in_area`.
    """
    return first_area_of_points(list(areas.geometry.values), x, y)


def measured_area_table(
    areas: gpd.GeoDataFrame,
    points: pd.DataFrame,
    point_pressure: np.ndarray,
    density_fields: tuple[str, ...],
    mean_fields: tuple[str, ...],
    values: dict[str, np.ndarray],
) -> gpd.GeoDataFrame:
    """Per area: number of laadpunten, sums of the density fields, means of the mean fields, laaddruk mean/max."""
    index = area_index_of_points(areas, points["x"].to_numpy(float), points["y"].to_numpy(float))
    table = areas.copy()
    inside = index >= 0
    counts = np.bincount(index[inside], minlength=len(areas))
    table.insert(len(table.columns) - 1, "laadpunten", counts.astype(np.int64))
    for name in density_fields:
        data = values[name]
        ok = inside & ~np.isnan(data)
        table.insert(len(table.columns) - 1, name, np.bincount(index[ok], weights=data[ok], minlength=len(areas)))
    for name in (*mean_fields, "laaddruk"):
        data = values[name] if name != "laaddruk" else point_pressure
        ok = inside & ~np.isnan(data)
        total = np.bincount(index[ok], weights=data[ok], minlength=len(areas))
        number = np.bincount(index[ok], minlength=len(areas))
        with np.errstate(invalid="ignore", divide="ignore"):
            table.insert(
                len(table.columns) - 1, name + "_gem", np.where(number > 0, total / np.maximum(number, 1), np.nan)
            )
        if name == "laaddruk":
            table.insert(len(table.columns) - 1, "laaddruk_max", _maximum_per_area(index[ok], data[ok], len(areas)))
    return table


def _maximum_per_area(index: np.ndarray, data: np.ndarray, count: int) -> np.ndarray:
    """Largest value per area (NaN for areas without values)."""
    peak = np.full(count, np.nan)
    if index.size:
        order = np.argsort(index, kind="stable")
        ordered = index[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        peak[ordered[starts]] = np.maximum.reduceat(data[order], starts)
    return peak
