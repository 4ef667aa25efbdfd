"""The direct GEOS readers agree with shapely's own accessors (``.x``, ``.y``, ``.coords``, ``geom_type``)."""

from __future__ import annotations

import numpy as np
import shapely
from shapely import wkt
from shapely.geometry import LineString, Point, Polygon

from ral_zuid_plugin.core.screening import geos_direct

# The tests run on Debian 12's shapely 1.8 (the supported test platform), where the direct reader is on;
# with shapely 2 it is off by design and the screening uses shapely's own vectorised functions.
SHAPELY_1 = shapely.__version__.startswith("1.")


def test_direct_reader_is_on_exactly_for_shapely_1():
    assert geos_direct.AVAILABLE == SHAPELY_1


NAMES = {"Point": 0, "LineString": 1, "LinearRing": 2, "Polygon": 3, "MultiPoint": 4}


def _random_points(count: int) -> list:
    rng = np.random.default_rng(11)
    return [Point(x, y) for x, y in rng.normal(150_000.0, 30_000.0, (count, 2))]


def test_point_xy_matches_shapely_on_random_points():
    shapes = _random_points(500)
    xy, ok = geos_direct.point_xy(shapes)
    assert ok.all()
    assert xy.tolist() == [[p.x, p.y] for p in shapes]


def test_point_xy_marks_empty_and_other_shapes_unread():
    shapes = [Point(1.5, 2.5), wkt.loads("POINT EMPTY"), Point(), LineString([(0, 0), (1, 1)]), Point(-3, 4)]
    xy, ok = geos_direct.point_xy(shapes)
    assert ok.tolist() == [True, False, False, False, True]
    assert xy[ok].tolist() == [[1.5, 2.5], [-3.0, 4.0]]
    assert np.isnan(xy[~ok]).all()


def test_type_ids_match_shapely_geom_type():
    shapes = [*_random_points(3), LineString([(0, 0), (2, 1)]), Polygon([(0, 0), (1, 0), (1, 1)]), Point()]
    expected = [-1 if s.is_empty else NAMES[s.geom_type] for s in shapes]
    assert geos_direct.type_ids(shapes, -1).tolist() == expected


def test_line_coordinates_match_shapely_coords():
    rng = np.random.default_rng(5)
    lines = [LineString(rng.random((int(n), 2)) * 1000) for n in rng.integers(2, 9, 200)]
    coordinates, sizes = geos_direct.line_coordinates(geos_direct.ring_pointers(lines, np.ones(len(lines), int)))
    assert sizes.tolist() == [len(line.coords) for line in lines]
    assert coordinates.tolist() == [list(c) for line in lines for c in line.coords]


def test_strtree_query_finds_what_shapely_query_finds():
    from ral_zuid_plugin.core.screening.measures import _strtree

    rng = np.random.default_rng(9)
    boxes = [Polygon([(x, y), (x + 5, y), (x + 5, y + 5), (x, y + 5)]) for x, y in rng.random((300, 2)) * 100]
    probes = [Point(x, y) for x, y in rng.random((200, 2)) * 100]
    tree = _strtree(boxes)
    queries, items = geos_direct.strtree_query(tree._tree, probes)
    found = sorted(zip(queries, items))
    # second method: the envelope test by hand (a point meets a box when it lies within its bounds, edges included)
    expected = sorted(
        (number, index)
        for number, probe in enumerate(probes)
        for index, shape in enumerate(boxes)
        if shape.bounds[0] <= probe.x <= shape.bounds[2] and shape.bounds[1] <= probe.y <= shape.bounds[3]
    )
    assert found == expected
    assert len(expected) > 0


def test_type_ids_from_classes_equal_geos_own_type_ids():
    from shapely.geometry import GeometryCollection, LinearRing, MultiLineString, MultiPoint, MultiPolygon
    from shapely.geos import lgeos

    square = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    shapes = [
        Point(1, 2),
        LineString([(0, 0), (1, 1)]),
        LinearRing([(0, 0), (1, 0), (1, 1)]),
        square,
        square.exterior,
        MultiPoint([(0, 0), (1, 1)]),
        MultiLineString([[(0, 0), (1, 1)]]),
        MultiPolygon([square]),
        GeometryCollection([Point(0, 0), square]),
    ]
    expected = [lgeos.GEOSGeomTypeId(shape._geom) for shape in shapes]  # second method: shapely's own GEOS call
    assert geos_direct.type_ids(shapes, -1).tolist() == expected
    assert geos_direct.type_ids([*shapes, Polygon(), MultiPolygon()], -1).tolist() == [*expected, -1, -1]
