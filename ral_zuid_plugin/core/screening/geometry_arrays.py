"""Coordinates of many shapely geometries as numpy arrays, fast on shapely 1.8 and 2.

Shapely 2 has vectorised ``get_coordinates``. Shapely 1.8 (Debian 12, QGIS 3.22 era) reads a
coordinate through several Python layers (about 20 µs a point); here it is read straight from
GEOS (:mod:`geos_direct`, well under 1 µs a value), with a plain fallback.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from shapely.geometry import Point as _Point

from ral_zuid_plugin.core.screening import geos_direct

try:  # shapely 2
    import shapely

    _GET_COORDINATES = getattr(shapely, "get_coordinates", None)
except ImportError:  # pragma: no cover - shapely is always installed with geopandas
    _GET_COORDINATES = None

_DIRECT = _GET_COORDINATES is None and geos_direct.AVAILABLE
"""Shapely 1.8: read through :mod:`geos_direct`."""


def repair(shape):
    """A valid version of an invalid shape: ``make_valid`` (GEOS >= 3.8) keeps every part, else ``buffer(0)``."""
    try:
        from shapely.validation import make_valid
    except ImportError:  # pragma: no cover - shapely < 1.8
        return shape.buffer(0)
    fixed = make_valid(shape)
    if fixed.geom_type == "GeometryCollection":  # keep the areal parts only (drop stray lines and points)
        from shapely.ops import unary_union

        polygons = [part for part in fixed.geoms if part.geom_type in ("Polygon", "MultiPolygon")]
        fixed = unary_union(polygons) if polygons else shape.buffer(0)
    return fixed


def shapes_of(geometries) -> list:
    """The shapely geometries of a GeoSeries / GeometryArray / sequence as a plain list, without per-item overhead."""
    values = getattr(geometries, "values", geometries)
    for name in ("_data", "data"):  # geopandas keeps a numpy object array of shapely geometries
        data = getattr(values, name, None)
        if isinstance(data, np.ndarray) and data.dtype == object:
            return data.tolist()
    return list(values)


POINT, LINESTRING, LINEARRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, COLLECTION = range(8)
"""GEOS geometry type ids."""
MISSING = -1


def type_ids(geometries: Sequence) -> np.ndarray:
    """GEOS type id per geometry (:data:`POINT` …), ``MISSING`` (-1) for ``None`` or an empty geometry."""
    geometries = list(geometries)
    if _GET_COORDINATES is not None:
        array = np.asarray(geometries, dtype=object)
        ids = np.asarray(shapely.get_type_id(array), dtype=np.int64)
        ids[np.asarray(shapely.is_empty(array), dtype=bool)] = MISSING
        return ids
    if not _DIRECT:  # pragma: no cover
        names = ["Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon"]
        return np.array(
            [
                MISSING if g is None or g.is_empty else names.index(g.geom_type) if g.geom_type in names else 7
                for g in geometries
            ],
            dtype=np.int64,
        )
    present = [index for index, shape in enumerate(geometries) if shape is not None]
    result = np.full(len(geometries), MISSING, dtype=np.int64)
    if len(present) == len(geometries):
        return geos_direct.type_ids(geometries, MISSING)
    if present:
        result[present] = geos_direct.type_ids([geometries[i] for i in present], MISSING)
    return result


def types_and_points(geometries: Sequence) -> tuple[np.ndarray, np.ndarray | None]:
    """:func:`type_ids`, and for a layer of Point objects also their (n, 2) x, y from the same pass (else None).

    On shapely 1.8 a layer whose objects are all ``Point`` is read with two GEOS calls per point
    (x and y) instead of four (type, emptiness, x, y): a read that fails marks an empty point,
    whose type is then looked up the usual way. Unread rows of the coordinates are NaN.
    """
    shapes = list(geometries)
    if not _DIRECT or not shapes or set(map(type, shapes)) != {_Point}:
        return type_ids(shapes), None
    xy, ok = geos_direct.point_xy(shapes)
    types = np.full(len(shapes), POINT, dtype=np.int64)
    if not ok.all():
        types[~ok] = type_ids([shapes[i] for i in np.flatnonzero(~ok).tolist()])
    return types, xy


def point_xy(geometries: Sequence, checked: bool = False) -> np.ndarray:
    """(n, 2) array of x, y of Point geometries; ``checked`` skips the type test when the caller did it."""
    geometries = list(geometries)
    count = len(geometries)
    if count == 0:
        return np.empty((0, 2))
    if _GET_COORDINATES is not None:
        coordinates = _GET_COORDINATES(np.asarray(geometries, dtype=object))
        if len(coordinates) != count:
            raise ValueError("not all geometries are single points")
        return np.asarray(coordinates, dtype=float)
    if not _DIRECT:  # pragma: no cover
        return np.array([(g.x, g.y) for g in geometries], dtype=float)
    xy, ok = geos_direct.point_xy(geometries)
    if not checked and not ok.all():
        raise ValueError("not all geometries are single points")
    return xy


def _simple_lines(shape, kind: int) -> list:
    if kind in (LINESTRING, LINEARRING):
        return [shape]
    if kind == POLYGON:
        return [shape.exterior, *shape.interiors]
    if kind in (MULTILINESTRING, MULTIPOLYGON, COLLECTION):
        parts = list(shape.geoms)
        return [line for part, part_kind in zip(parts, type_ids(parts)) for line in _simple_lines(part, part_kind)]
    return []


def line_segments(geometries: Sequence, kinds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Start and end points (two (m, 2) arrays) of every straight segment of lines or polygon boundaries.

    ``kinds`` are the geometries' :func:`type_ids` when the caller has them already.
    """
    geometries = list(geometries)
    kinds = type_ids(geometries) if kinds is None else np.asarray(kinds, dtype=np.int64)
    if not _DIRECT:  # shapely 2 (or no GEOS library)
        lines = [line for shape, kind in zip(geometries, kinds) for line in _simple_lines(shape, kind)]
        if not lines:
            return np.empty((0, 2)), np.empty((0, 2))
        arrays = [np.asarray(line.coords, dtype=float)[:, :2] for line in lines]
        sizes = np.array([len(a) for a in arrays], dtype=np.int64)
        coordinates = np.concatenate(arrays)
    else:
        present = [shape for shape, kind in zip(geometries, kinds.tolist()) if kind != MISSING]
        lines = geos_direct.ring_pointers(present, kinds[kinds != MISSING])
        if not lines:
            return np.empty((0, 2)), np.empty((0, 2))
        coordinates, sizes = geos_direct.line_coordinates(lines)
    # A segment joins vertex k and k + 1 of the same line: drop the pairs that cross from one line to the next.
    last_of_line = np.cumsum(sizes) - 1
    keep = np.ones(max(len(coordinates) - 1, 0), dtype=bool)
    keep[last_of_line[:-1][last_of_line[:-1] < len(keep)]] = False
    return coordinates[:-1][keep], coordinates[1:][keep]
