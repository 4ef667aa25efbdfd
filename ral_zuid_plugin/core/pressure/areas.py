"""Per-area tables: which points fall in which area (municipality, buurt, grid cell)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW


def area_index_of_points(areas: gpd.GeoDataFrame, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Position (0-based) in ``areas`` of the area containing each point; -1 when none (first area wins)."""
    result = np.full(len(x), -1, dtype=np.int64)
    if len(x) == 0 or len(areas) == 0:
        return result
    points = gpd.GeoDataFrame({"_point": np.arange(len(x))}, geometry=gpd.points_from_xy(x, y), crs=RD_NEW)
    shapes = gpd.GeoDataFrame({"_area": np.arange(len(areas))}, geometry=areas.geometry.values, crs=RD_NEW)
    joined = gpd.sjoin(points, shapes, how="inner", predicate="intersects")
    joined = joined.sort_values(["_point", "_area"]).drop_duplicates("_point")
    result[joined["_point"].to_numpy()] = joined["_area"].to_numpy()
    return result


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
            peak = np.full(len(areas), np.nan)
            for position in np.flatnonzero(ok):
                area = index[position]
                peak[area] = data[position] if np.isnan(peak[area]) else max(peak[area], data[position])
            table.insert(len(table.columns) - 1, "laaddruk_max", peak)
    return table
