"""Many shapely geometries at once, from WKB or from point coordinates, without a Python constructor per shape.

Shapely 1.8 (Debian 12) has no vectorised constructors: ``shapely.wkb.loads`` and ``Point(x, y)`` cost 10-15 us a
shape, mostly in the Python attribute machinery of ``BaseGeometry``. Here GEOS parses (or builds) every geometry in
one ``map`` over a ctypes function (:mod:`ral_zuid_plugin.core.screening.geos_direct`), and each GEOS pointer gets
its shapely object the way shapely's own ``geom_factory`` makes one (class by GEOS type id, the same four instance
attributes), set in the object's ``__dict__`` at once. On shapely 2 its vectorised ``from_wkb`` / ``points`` are
used; without either, shapely's per-shape functions.

Every function returns an object array with ``None`` where the input has no geometry (``None`` WKB, NaN
coordinates) or an empty one, as the readers in :mod:`ral_zuid_plugin.adapters.vector_io` expect.
"""

from __future__ import annotations

from itertools import repeat

import numpy as np

from ral_zuid_plugin.core.screening import geos_direct


def _classes() -> dict:
    from shapely import geometry

    names = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon")
    table = {number: getattr(geometry, name) for number, name in enumerate(names)}
    table[7] = geometry.GeometryCollection
    return table


_FAST = geos_direct.AVAILABLE and geos_direct.has("GEOSGeomFromWKB_buf_r", "GEOSHasZ_r")
_CLASSES = _classes() if _FAST else {}


def _wrap(cls, pointer: int, ndim: int):
    """A shapely 1.8 geometry owning the GEOS geometry at ``pointer`` (as ``shapely.geometry.base.geom_factory``)."""
    shape = cls.__new__(cls)
    shape.__dict__.update({"__geom__": pointer, "_is_empty": False, "__p__": None, "_ndim": ndim})
    return shape


def _wrap_all(pointers: list, out: np.ndarray, rows: np.ndarray) -> bool:
    """Wrap every GEOS pointer into ``out[rows]``; an empty geometry is freed and stays ``None``.

    False (and every pointer freed) when one of them is null (GEOS could not read it).
    """
    if any(pointer is None for pointer in pointers):
        geos_direct.destroy([pointer for pointer in pointers if pointer is not None])
        return False
    empty = geos_direct.call("GEOSisEmpty_r", pointers)
    if any(empty):
        geos_direct.destroy([pointer for pointer, flag in zip(pointers, empty) if flag])
        keep = np.array(empty, dtype=np.int64) == 0
        pointers = [pointer for pointer, flag in zip(pointers, empty) if not flag]
        rows = rows[keep]
    kinds = geos_direct.call("GEOSGeomTypeId_r", pointers)
    dims = [3 if flag == 1 else 2 for flag in geos_direct.call("GEOSHasZ_r", pointers)]
    # fromiter stores each object as it is: numpy would probe a list of shapely 1.8 geometries as sequences
    out[rows] = np.fromiter(map(_wrap, map(_CLASSES.__getitem__, kinds), pointers, dims), object, len(pointers))
    return True


def shapes_from_wkb(blobs: list) -> np.ndarray:
    """Shapely geometries from WKB ``bytes`` (``None`` stays ``None``; an empty geometry becomes ``None``).

    Raises ``ValueError`` when a blob is no WKB GEOS can read.
    """
    count = len(blobs)
    out = np.full(count, None, dtype=object)
    rows = np.fromiter((blob is not None for blob in blobs), dtype=bool, count=count)
    present = [blob for blob in blobs if blob is not None] if not rows.all() else list(blobs)
    if not present:
        return out
    index = np.flatnonzero(rows)
    if _FAST:
        pointers = geos_direct.call("GEOSGeomFromWKB_buf_r", present, map(len, present))
        if not _wrap_all(pointers, out, index):
            raise ValueError("invalid WKB")
        return out
    try:  # shapely 2
        from shapely import from_wkb, is_empty

        shapes = from_wkb(np.asarray(present, dtype=object))
        shapes[is_empty(shapes)] = None
        out[index] = shapes
        return out
    except ImportError:
        from shapely import wkb

        for position, blob in zip(index.tolist(), present):
            shape = wkb.loads(blob)
            out[position] = None if shape.is_empty else shape
        return out


def points_from_xy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """2D shapely points (``None`` where x or y is NaN)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    out = np.full(len(x), None, dtype=object)
    rows = np.flatnonzero(~(np.isnan(x) | np.isnan(y)))
    if rows.size == 0:
        return out
    if _FAST and geos_direct.has("GEOSGeom_createPointFromXY_r"):
        pointers = geos_direct.call("GEOSGeom_createPointFromXY_r", x[rows].tolist(), y[rows].tolist())
        out[rows] = np.fromiter(map(_wrap, repeat(_CLASSES[0]), pointers, repeat(2)), object, rows.size)
        return out
    try:  # shapely 2
        from shapely import points

        out[rows] = points(x[rows], y[rows])
        return out
    except ImportError:
        from shapely.geometry import Point

        for position, px, py in zip(rows.tolist(), x[rows].tolist(), y[rows].tolist()):
            out[position] = Point(px, py)
        return out


def wkb_of(shapes) -> list:
    """WKB ``bytes`` of every geometry (``None`` for ``None`` or an empty one), as shapely's own writer gives it."""
    shapes = list(shapes)
    out: list = [None] * len(shapes)
    rows = [position for position, shape in enumerate(shapes) if shape is not None]
    present = [shapes[position] for position in rows]
    if _FAST and geos_direct.has("GEOSWKBWriter_write_r", "GEOSFree_r"):
        geoms = geos_direct.pointers(present)
        keep = [geom is not None for geom in geoms]
        if not all(keep):
            rows = [row for row, ok in zip(rows, keep) if ok]
            present = [shape for shape, ok in zip(present, keep) if ok]
            geoms = [geom for geom in geoms if geom is not None]
        empty = geos_direct.call("GEOSisEmpty_r", geoms)
        if any(empty):
            rows = [row for row, flag in zip(rows, empty) if not flag]
            present = [shape for shape, flag in zip(present, empty) if not flag]
        blobs = geos_direct.wkb(present)
    else:
        rows = [row for row, shape in zip(rows, present) if not shape.is_empty]
        blobs = [shapes[row].wkb for row in rows]
    for position, blob in zip(rows, blobs):
        out[position] = blob
    return out
