"""Vectorised spatial measurements of candidates against one reference layer.

Candidates are measured from one point each (the point itself, or a point guaranteed to lie
inside a polygon: ``representative_point``), except *inside polygon*, which tests the whole
candidate geometry. Points use ``scipy.spatial.cKDTree``; lines and polygons use a shapely
``STRtree`` (one nearest-neighbour query per candidate, never per candidate-feature pair);
polygon containment uses the geopandas spatial index. All distances are in metres (RD New).
"""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
from scipy.spatial import cKDTree
from shapely.strtree import STRtree

_POINT_TYPES = {"Point", "MultiPoint"}


def point_coordinates(geometries: gpd.GeoSeries) -> np.ndarray:
    """(n, 2) array of measuring points: points as given, other shapes by a point inside them."""
    points = geometries.where(geometries.geom_type == "Point", geometries.representative_point())
    return np.column_stack([points.x.to_numpy(dtype=float), points.y.to_numpy(dtype=float)])


def _reference_points(reference: gpd.GeoSeries) -> np.ndarray:
    exploded = reference.explode(index_parts=False) if (reference.geom_type == "MultiPoint").any() else reference
    return point_coordinates(exploded)


def is_point_layer(reference: gpd.GeoSeries) -> bool:
    return bool(len(reference)) and set(reference.geom_type.unique()) <= _POINT_TYPES


def nearest_distance(candidates_xy: np.ndarray, reference: gpd.GeoSeries) -> np.ndarray:
    """Distance (m) from every candidate point to the nearest reference feature (NaN when there is none)."""
    count = len(candidates_xy)
    if len(reference) == 0 or count == 0:
        return np.full(count, np.nan)
    if is_point_layer(reference):
        distances, _ = cKDTree(_reference_points(reference)).query(candidates_xy, k=1)
        return np.asarray(distances, dtype=float)
    shapes = list(reference.values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # shapely 1.8 announces the 2.0 STRtree API
        tree = STRtree(shapes)
    if hasattr(tree, "query_nearest"):  # shapely 2: fully vectorised
        import shapely

        query_points = shapely.points(candidates_xy)
        pairs = tree.query_nearest(query_points, all_matches=False)
        result = np.full(count, np.nan)
        result[pairs[0]] = shapely.distance(query_points[pairs[0]], np.array(shapes)[pairs[1]])
        return result
    query_points = list(gpd.points_from_xy(candidates_xy[:, 0], candidates_xy[:, 1]))
    result = np.empty(count, dtype=float)
    for index, candidate in enumerate(query_points):  # shapely 1.8: one index query per candidate
        nearest = tree.nearest(candidate)
        result[index] = candidate.distance(nearest) if nearest is not None else np.nan
    return result


def count_within(candidates_xy: np.ndarray, reference: gpd.GeoSeries, radius_m: float) -> np.ndarray:
    """Number of reference features (points; other shapes by an inner point) within ``radius_m`` (inclusive)."""
    count = len(candidates_xy)
    if len(reference) == 0 or count == 0:
        return np.zeros(count, dtype=float)
    tree = cKDTree(_reference_points(reference))
    return np.asarray(tree.query_ball_point(candidates_xy, r=radius_m, return_length=True), dtype=float)


def sum_within(candidates_xy: np.ndarray, reference: gpd.GeoSeries, values: np.ndarray, radius_m: float) -> np.ndarray:
    """Sum of ``values`` of the reference features within ``radius_m`` (inclusive); NaN values count as 0."""
    count = len(candidates_xy)
    if len(reference) == 0 or count == 0:
        return np.zeros(count, dtype=float)
    values = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    if (reference.geom_type == "MultiPoint").any():
        parts = reference.reset_index(drop=True).explode(index_parts=False)
        values = values[parts.index.to_numpy(dtype=np.int64)]
        reference = parts
    tree = cKDTree(point_coordinates(reference))
    neighbours = tree.query_ball_point(candidates_xy, r=radius_m)
    lengths = np.fromiter((len(n) for n in neighbours), dtype=np.int64, count=count)
    if lengths.sum() == 0:
        return np.zeros(count, dtype=float)
    flat = np.concatenate([np.asarray(n, dtype=np.int64) for n in neighbours if n])
    owners = np.repeat(np.arange(count), lengths)
    return np.bincount(owners, weights=values[flat], minlength=count).astype(float)


def inside_polygon(candidates: gpd.GeoSeries, polygons: gpd.GeoSeries) -> np.ndarray:
    """1.0 where a candidate geometry intersects any polygon (touching the edge counts), else 0.0."""
    count = len(candidates)
    if len(polygons) == 0 or count == 0:
        return np.zeros(count, dtype=float)
    left = gpd.GeoDataFrame({"_position": np.arange(count)}, geometry=candidates.values, crs=candidates.crs)
    right = gpd.GeoDataFrame(geometry=polygons.values, crs=polygons.crs)
    joined = gpd.sjoin(left, right, how="inner", predicate="intersects")
    result = np.zeros(count, dtype=float)
    result[np.unique(joined["_position"].to_numpy(dtype=np.int64))] = 1.0
    return result
