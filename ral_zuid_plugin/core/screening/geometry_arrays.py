"""Coordinates of many shapely geometries as numpy arrays, fast on shapely 1.8 and 2.

Shapely 2 has vectorised ``get_coordinates``. Shapely 1.8 (Debian 12, QGIS 3.22 era) reads a
coordinate through several Python layers (about 20 µs a point); here it is read straight from
GEOS through the ctypes handle shapely 1.8 itself uses (about 1 µs), with a plain fallback.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence

import numpy as np

try:  # shapely 2
    import shapely

    _GET_COORDINATES = getattr(shapely, "get_coordinates", None)
except ImportError:  # pragma: no cover - shapely is always installed with geopandas
    _GET_COORDINATES = None

_GEOS = None
_LIB = None
if _GET_COORDINATES is None:
    try:
        from shapely.geos import lgeos as _lgeos

        _GEOS = (
            _lgeos.geos_handle,
            _lgeos._lgeos.GEOSGeom_getCoordSeq_r,
            _lgeos._lgeos.GEOSCoordSeq_getSize_r,
            _lgeos._lgeos.GEOSCoordSeq_getX_r,
            _lgeos._lgeos.GEOSCoordSeq_getY_r,
            _lgeos._lgeos.GEOSGeomTypeId_r,
            _lgeos._lgeos.GEOSisEmpty_r,
            _lgeos._lgeos.GEOSGeomGetX_r,
            _lgeos._lgeos.GEOSGeomGetY_r,
        )
        _LIB = _lgeos._lgeos
    except (ImportError, AttributeError):  # pragma: no cover - unusual shapely builds
        _GEOS = None


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
    if _GEOS is None:  # pragma: no cover
        names = ["Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon"]
        return np.array(
            [
                MISSING if g is None or g.is_empty else names.index(g.geom_type) if g.geom_type in names else 7
                for g in geometries
            ],
            dtype=np.int64,
        )
    handle, _, _, _, _, type_id, is_empty, _, _ = _GEOS
    result = np.full(len(geometries), MISSING, dtype=np.int64)
    for index, shape in enumerate(geometries):
        if shape is not None:
            pointer = shape._geom
            if not is_empty(handle, pointer):
                result[index] = type_id(handle, pointer)
    return result


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
    if _GEOS is None:  # pragma: no cover
        return np.array([(g.x, g.y) for g in geometries], dtype=float)
    if not checked and (type_ids(geometries) != POINT).any():
        raise ValueError("not all geometries are single points")
    handle, _, _, _, _, _, _, get_x, get_y = _GEOS
    xs = np.empty(count)
    ys = np.empty(count)
    value = ctypes.c_double()
    reference = ctypes.byref(value)
    for index, shape in enumerate(geometries):
        pointer = shape._geom
        get_x(handle, pointer, reference)
        xs[index] = value.value
        get_y(handle, pointer, reference)
        ys[index] = value.value
    return np.column_stack([xs, ys])


def _copy_to_buffer():
    """GEOS >= 3.10 ``GEOSCoordSeq_copyToBuffer_r`` on a private ctypes handle (one call per line), or None."""
    if _GEOS is None:
        return None
    try:
        library = ctypes.CDLL(_LIB._name)
        function = library.GEOSCoordSeq_copyToBuffer_r
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_COPY_TO_BUFFER = _copy_to_buffer()


def _ring_pointers(pointer: int, kind: int, out: list) -> None:
    """GEOS pointers of the simple lines (linestrings, rings) inside geometry ``pointer`` (shapely 1.8 only)."""
    lib = _LIB
    handle = _GEOS[0]
    if kind in (LINESTRING, LINEARRING):
        out.append(pointer)
    elif kind == POLYGON:
        out.append(lib.GEOSGetExteriorRing_r(handle, pointer))
        for index in range(lib.GEOSGetNumInteriorRings_r(handle, pointer)):
            out.append(lib.GEOSGetInteriorRingN_r(handle, pointer, index))
    elif kind in (MULTILINESTRING, MULTIPOLYGON, COLLECTION):
        for index in range(lib.GEOSGetNumGeometries_r(handle, pointer)):
            part = lib.GEOSGetGeometryN_r(handle, pointer, index)
            if not _GEOS[6](handle, part):
                _ring_pointers(part, _GEOS[5](handle, part), out)


def _coordinates_of(pointers: list) -> tuple[np.ndarray, np.ndarray]:
    """All vertices (x, y) of the simple lines at ``pointers``, and the vertex count per line."""
    handle, get_sequence, get_size, get_x, get_y, _, _, _, _ = _GEOS
    size = ctypes.c_uint()
    size_reference = ctypes.byref(size)
    sequences = [get_sequence(handle, pointer) for pointer in pointers]
    sizes = np.empty(len(pointers), dtype=np.int64)
    for number, sequence in enumerate(sequences):
        get_size(handle, sequence, size_reference)
        sizes[number] = size.value
    if _COPY_TO_BUFFER is not None:  # one GEOS call per line copies its vertices straight into numpy
        coordinates = np.empty((int(sizes.sum()), 2))
        address = coordinates.ctypes.data
        offsets = (np.cumsum(sizes) - sizes) * 16  # two float64 per vertex
        for sequence, offset in zip(sequences, offsets.tolist()):
            _COPY_TO_BUFFER(handle, sequence, address + offset, 0, 0)
        return coordinates, sizes
    value = ctypes.c_double()
    reference = ctypes.byref(value)
    xs: list[float] = []
    ys: list[float] = []
    for sequence, count in zip(sequences, sizes.tolist()):
        for index in range(count):
            get_x(handle, sequence, index, reference)
            xs.append(value.value)
            get_y(handle, sequence, index, reference)
            ys.append(value.value)
    return np.column_stack([np.asarray(xs), np.asarray(ys)]), sizes


def _simple_lines(shape, kind: int) -> list:
    if kind in (LINESTRING, LINEARRING):
        return [shape]
    if kind == POLYGON:
        return [shape.exterior, *shape.interiors]
    if kind in (MULTILINESTRING, MULTIPOLYGON, COLLECTION):
        parts = list(shape.geoms)
        return [line for part, part_kind in zip(parts, type_ids(parts)) for line in _simple_lines(part, part_kind)]
    return []


def line_segments(geometries: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Start and end points (two (m, 2) arrays) of every straight segment of lines or polygon boundaries."""
    geometries = list(geometries)
    kinds = type_ids(geometries)
    if _GEOS is None:  # shapely 2 (or no GEOS handle)
        lines = [line for shape, kind in zip(geometries, kinds) for line in _simple_lines(shape, kind)]
        if not lines:
            return np.empty((0, 2)), np.empty((0, 2))
        arrays = [np.asarray(line.coords, dtype=float)[:, :2] for line in lines]
        sizes = np.array([len(a) for a in arrays], dtype=np.int64)
        coordinates = np.concatenate(arrays)
    else:
        pointers: list = []
        for shape, kind in zip(geometries, kinds):
            if kind != MISSING:
                _ring_pointers(shape._geom, int(kind), pointers)
        if not pointers:
            return np.empty((0, 2)), np.empty((0, 2))
        coordinates, sizes = _coordinates_of(pointers)
    # A segment joins vertex k and k + 1 of the same line: drop the pairs that cross from one line to the next.
    last_of_line = np.cumsum(sizes) - 1
    keep = np.ones(max(len(coordinates) - 1, 0), dtype=bool)
    keep[last_of_line[:-1][last_of_line[:-1] < len(keep)]] = False
    return coordinates[:-1][keep], coordinates[1:][keep]
