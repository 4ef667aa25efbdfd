"""Shapes made in bulk from WKB or coordinates are the shapes shapely makes one by one (the second method)."""

from __future__ import annotations

import gc
import math
import struct

import numpy as np
import pytest
from shapely import wkb
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from ral_zuid_plugin.core.shapes_bulk import points_from_xy, shapes_from_wkb, wkb_of


def test_every_kind_from_wkb_equals_shapely_and_none_and_empty_stay_none():
    shapes = [
        Point(155000.5, 385000.25),
        LineString([(0, 0), (10, 0), (10, 5)]),
        box(0, 0, 60, 60),
        Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (4, 2), (4, 4), (2, 4)]]),
        MultiPolygon([box(0, 0, 1, 1), box(5, 5, 6, 6)]),
        Point(1, 2, 3),
    ]
    blobs = [shape.wkb for shape in shapes] + [None, Polygon().wkb]
    made = shapes_from_wkb(blobs)
    assert made.dtype == object and len(made) == 8
    for ours, theirs in zip(made[:6], shapes):
        assert type(ours) is type(theirs)
        assert ours.wkb == theirs.wkb  # byte for byte: same type, coordinates, rings and dimension
        assert ours.equals(wkb.loads(theirs.wkb))
    assert made[5].has_z and made[5].z == 3.0
    assert made[2].area == 3600.0 and made[3].area == 96.0  # 10 x 10 minus the 2 x 2 hole, by hand
    assert made[6] is None and made[7] is None  # no geometry, and an empty polygon
    del made, blobs
    gc.collect()  # each object frees its own GEOS geometry once (a double free would crash here)


def test_bytes_that_are_no_wkb_raise_value_error():
    with pytest.raises(ValueError):
        shapes_from_wkb([Point(0, 0).wkb, b"\x01\x03\x00"])


def test_points_from_coordinates_with_nan_as_missing():
    x = np.array([155000.0, math.nan, 1.5])
    y = np.array([385000.0, 2.0, -2.5])
    made = points_from_xy(x, y)
    assert made[1] is None
    assert (made[0].x, made[0].y) == (155000.0, 385000.0)
    assert made[2].wkb == struct.pack("<BIdd", 1, 1, 1.5, -2.5)  # little-endian 2D point written by hand
    assert not made[2].has_z


def test_wkb_of_every_shape_is_what_shapely_writes_and_empty_is_none():
    from shapely.geos import WKBWriter, lgeos

    shapes = [Point(1.5, -2.5), None, box(0, 0, 60, 60), Polygon(), Point(1, 2, 3), LineString([(0, 0), (1, 1)])]
    blobs = wkb_of(np.fromiter(shapes, object, len(shapes)))
    write = WKBWriter(lgeos).write  # the writer the sink used per shape before (second method)
    assert blobs[1] is None and blobs[3] is None
    for blob, shape in zip(blobs, shapes):
        if blob is not None:
            assert blob == write(shape)
    assert blobs[0] == struct.pack("<BIdd", 1, 1, 1.5, -2.5)  # by hand: little-endian 2D point
    assert len(blobs[4]) == 29  # 3D point: 1 + 4 + 3 x 8 bytes, the z kept
