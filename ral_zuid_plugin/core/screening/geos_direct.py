"""Bulk reads from shapely 1.8 geometries straight through GEOS, one C call per value, looped by ``map``.

Shapely 1.8 (Debian 12) has no vectorised accessors. Calling GEOS through ctypes costs about 0.25 µs;
``map(function, …)`` keeps the loop in C, so no Python bytecode runs per geometry. Values are written
straight into numpy buffers (each call gets the address of its own slot).

The calls use a private GEOS context per thread without message handlers: a call that fails (e.g.
the x of an empty point) just returns its error code, which the caller reads, instead of logging
through shapely's handler. GEOS geometries do not depend on the context they were made in.
Every function expects shapely 1.8 geometries (never ``None``) that the caller keeps alive.
"""

from __future__ import annotations

import ctypes
import threading
from itertools import repeat
from operator import attrgetter

import numpy as np

_VP = ctypes.c_void_p
_INT = ctypes.c_int
_QUERY_CALLBACK = ctypes.CFUNCTYPE(None, _VP, _VP)
_PROTOTYPES = {
    "GEOS_init_r": (_VP, []),
    "GEOSGeomTypeId_r": (_INT, [_VP, _VP]),
    "GEOSisEmpty_r": (ctypes.c_byte, [_VP, _VP]),
    "GEOSGeomGetX_r": (_INT, [_VP, _VP, _VP]),
    "GEOSGeomGetY_r": (_INT, [_VP, _VP, _VP]),
    "GEOSGeom_getCoordSeq_r": (_VP, [_VP, _VP]),
    "GEOSCoordSeq_getSize_r": (_INT, [_VP, _VP, _VP]),
    "GEOSCoordSeq_getX_r": (_INT, [_VP, _VP, ctypes.c_uint, _VP]),
    "GEOSCoordSeq_getY_r": (_INT, [_VP, _VP, ctypes.c_uint, _VP]),
    "GEOSGetExteriorRing_r": (_VP, [_VP, _VP]),
    "GEOSGetNumInteriorRings_r": (_INT, [_VP, _VP]),
    "GEOSGetInteriorRingN_r": (_VP, [_VP, _VP, _INT]),
    "GEOSGetNumGeometries_r": (_INT, [_VP, _VP]),
    "GEOSGetGeometryN_r": (_VP, [_VP, _VP, _INT]),
    "GEOSSTRtree_insert_r": (None, [_VP, _VP, _VP, ctypes.py_object]),
    "GEOSSTRtree_query_r": (None, [_VP, _VP, _VP, _QUERY_CALLBACK, _VP]),
}
_OPTIONAL = {
    "GEOSCoordSeq_copyToBuffer_r": (_INT, [_VP, _VP, _VP, _INT, _INT]),  # GEOS >= 3.10
    # for ral_zuid_plugin.core.shapes_bulk: geometries made in bulk
    "GEOSGeomFromWKB_buf_r": (_VP, [_VP, ctypes.c_char_p, ctypes.c_size_t]),
    "GEOSHasZ_r": (ctypes.c_byte, [_VP, _VP]),
    "GEOSGeom_createPointFromXY_r": (_VP, [_VP, ctypes.c_double, ctypes.c_double]),  # GEOS >= 3.8
    "GEOSGeom_destroy_r": (None, [_VP, _VP]),
    "GEOSWKBWriter_create_r": (_VP, [_VP]),
    "GEOSWKBWriter_destroy_r": (None, [_VP, _VP]),
    "GEOSWKBWriter_setOutputDimension_r": (None, [_VP, _VP, _INT]),
    "GEOSWKBWriter_write_r": (_VP, [_VP, _VP, _VP, _VP]),
    "GEOSFree_r": (None, [_VP, _VP]),
}


def _load():
    """A namespace of GEOS functions with exact prototypes, or None when shapely is not 1.8 with lgeos."""
    try:
        from shapely.geos import lgeos

        library = ctypes.CDLL(lgeos._lgeos._name)
    except (ImportError, AttributeError, OSError):
        return None
    functions = {}
    for table, required in ((_PROTOTYPES, True), (_OPTIONAL, False)):
        for name, (restype, argtypes) in table.items():
            function = getattr(library, name, None)
            if function is None:
                if required:
                    return None
                continue
            function.restype = restype
            function.argtypes = argtypes
            functions[name] = function
    return functions


_F = _load()
AVAILABLE = _F is not None
"""True on shapely 1.8 with its GEOS library reachable (the fast paths below can be used)."""
_LOCAL = threading.local()
_POINTER = attrgetter("_geom")  # shapely 1.8: the GEOS pointer (an int)


def _context() -> int:
    """This thread's private GEOS context (no message handlers), made on first use and kept."""
    handle = getattr(_LOCAL, "handle", None)
    if handle is None:
        handle = _LOCAL.handle = _F["GEOS_init_r"]()
    return handle


def pointers(shapes: list) -> list:
    """The GEOS pointer of every shapely 1.8 geometry."""
    return list(map(_POINTER, shapes))


def _call(name: str, *columns) -> list:
    """``GEOS<name>(context, *row)`` for every row of the argument columns (iterables of equal length)."""
    return list(map(_F[name], repeat(_context()), *columns))


call = _call


def has(*names: str) -> bool:
    """Whether every GEOS function ``names`` is there (the optional ones depend on the GEOS version)."""
    return _F is not None and all(name in _F for name in names)


def wkb(shapes: list) -> list:
    """WKB ``bytes`` of every (non-empty) shapely 1.8 geometry, as shapely's ``WKBWriter`` writes it (machine byte
    order, up to 3 dimensions): GEOS writes each into a buffer, ``ctypes.string_at`` copies it, GEOS frees it."""
    count = len(shapes)
    if count == 0:
        return []
    context = _context()
    writer = _F["GEOSWKBWriter_create_r"](context)
    try:
        _F["GEOSWKBWriter_setOutputDimension_r"](context, writer, 3)
        sizes = np.zeros(count, dtype=np.uint64)
        address = sizes.ctypes.data
        buffers = _call(
            "GEOSWKBWriter_write_r", repeat(writer, count), pointers(shapes), range(address, address + 8 * count, 8)
        )
        blobs = list(map(ctypes.string_at, buffers, sizes.tolist()))
        _call("GEOSFree_r", buffers)
    finally:
        _F["GEOSWKBWriter_destroy_r"](context, writer)
    return blobs


def destroy(geoms: list) -> None:
    """Free GEOS geometries that no shapely object owns."""
    if geoms:
        _call("GEOSGeom_destroy_r", geoms)


def _class_type_ids() -> dict:
    """GEOS type id of each plain shapely geometry class."""
    from shapely import geometry

    names = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon")
    table = {getattr(geometry, name): number for number, name in enumerate(names)}
    table[geometry.GeometryCollection] = 7
    return table


_CLASS_TYPE_IDS = _class_type_ids() if AVAILABLE else {}
_UNKNOWN = -99


def type_ids(shapes: list, missing: int) -> np.ndarray:
    """GEOS type id per geometry, ``missing`` for an empty one.

    Shapely 1.8 gives every non-empty geometry the class of its GEOS type (``geom_factory``), so when all
    objects are of the plain shapely classes the type is read from the class and GEOS is asked only
    whether the geometry is empty; otherwise GEOS gives the type too.
    """
    geoms = pointers(shapes)
    count = len(shapes)
    classes = map(type, shapes)
    ids = np.fromiter(map(_CLASS_TYPE_IDS.get, classes, repeat(_UNKNOWN)), dtype=np.int64, count=count)
    if (ids == _UNKNOWN).any():
        ids = np.array(_call("GEOSGeomTypeId_r", geoms), dtype=np.int64)
    empty = np.array(_call("GEOSisEmpty_r", geoms), dtype=np.int64) != 0
    ids[empty] = missing
    return ids


def point_xy(shapes: list) -> tuple[np.ndarray, np.ndarray]:
    """(n, 2) x, y of the geometries, and a mask of those read: non-empty Points (the rest stays NaN)."""
    count = len(shapes)
    xy = np.full((count, 2), np.nan)
    if count == 0:
        return xy, np.zeros(0, dtype=bool)
    geoms = pointers(shapes)
    address = xy.ctypes.data
    read_x = _call("GEOSGeomGetX_r", geoms, range(address, address + 16 * count, 16))
    read_y = _call("GEOSGeomGetY_r", geoms, range(address + 8, address + 16 * count, 16))
    ok = (np.array(read_x, dtype=np.int64) == 1) & (np.array(read_y, dtype=np.int64) == 1)
    xy[~ok] = np.nan
    return xy, ok


def ring_pointers(shapes: list, kinds: np.ndarray) -> list:
    """GEOS pointers of the simple lines (linestrings, rings) of each geometry, in order.

    ``kinds`` are the GEOS type ids (negative for an empty geometry, which is skipped).
    """
    geoms = pointers(shapes)
    kinds_list = kinds.tolist()
    if all(kind in (1, 2) for kind in kinds_list):  # linestrings and rings only: the geometries themselves
        return geoms
    out: list = []
    for pointer, kind in zip(geoms, kinds_list):
        _rings_of(pointer, kind, out)
    return out


def _rings_of(pointer: int, kind: int, out: list) -> None:
    context = _context()
    if kind in (1, 2):
        out.append(pointer)
    elif kind == 3:
        out.append(_F["GEOSGetExteriorRing_r"](context, pointer))
        for index in range(_F["GEOSGetNumInteriorRings_r"](context, pointer)):
            out.append(_F["GEOSGetInteriorRingN_r"](context, pointer, index))
    elif kind in (5, 6, 7):
        for index in range(_F["GEOSGetNumGeometries_r"](context, pointer)):
            part = _F["GEOSGetGeometryN_r"](context, pointer, index)
            if not _F["GEOSisEmpty_r"](context, part):
                _rings_of(part, _F["GEOSGeomTypeId_r"](context, part), out)


def line_coordinates(lines: list) -> tuple[np.ndarray, np.ndarray]:
    """All vertices (x, y) of the simple lines at GEOS pointers ``lines``, and the vertex count per line."""
    count = len(lines)
    sequences = _call("GEOSGeom_getCoordSeq_r", lines)
    sizes32 = np.zeros(count, dtype=np.uint32)
    address = sizes32.ctypes.data
    _call("GEOSCoordSeq_getSize_r", sequences, range(address, address + 4 * count, 4))
    sizes = sizes32.astype(np.int64)
    total = int(sizes.sum())
    coordinates = np.empty((total, 2))
    address = coordinates.ctypes.data
    if "GEOSCoordSeq_copyToBuffer_r" in _F:  # one call per line copies all its vertices
        offsets = (np.cumsum(sizes) - sizes) * 16
        _call("GEOSCoordSeq_copyToBuffer_r", sequences, (offsets + address).tolist(), repeat(0), repeat(0))
        return coordinates, sizes
    owners = np.repeat(np.asarray(sequences, dtype=np.uint64), sizes).tolist()
    indexes = (np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)).tolist()
    _call("GEOSCoordSeq_getX_r", owners, indexes, range(address, address + 16 * total, 16))
    _call("GEOSCoordSeq_getY_r", owners, indexes, range(address + 8, address + 16 * total, 16))
    return coordinates, sizes


def strtree_insert(tree: int, shapes: list, items: list) -> None:
    """Insert every geometry into the GEOS STRtree at ``tree`` with the Python object ``items[i]``.

    GEOS keeps borrowed references: the caller keeps ``items`` (and ``shapes``) alive with the tree.
    """
    _call("GEOSSTRtree_insert_r", repeat(tree, len(shapes)), pointers(shapes), items)


def strtree_query(tree: int, shapes: list) -> tuple[list, list]:
    """Every (query number, stored item) whose boxes meet, per query in GEOS's order (as ``STRtree.query``).

    One callback serves all queries (shapely 1.8 makes a new one per query); it runs once per hit.
    """
    queries: list = []
    items: list = []

    def collect(item: int, number: int | None) -> None:
        items.append(ctypes.cast(item, ctypes.py_object).value)
        queries.append(number or 0)

    callback = _QUERY_CALLBACK(collect)
    count = len(shapes)
    _call("GEOSSTRtree_query_r", repeat(tree, count), pointers(shapes), repeat(callback, count), range(count))
    return queries, items
