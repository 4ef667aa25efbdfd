"""The fast coordinate readers agree with shapely's own (slow) accessors, the second method here."""

from __future__ import annotations

import numpy as np
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon

from ral_zuid_plugin.core.screening import geometry_arrays as ga
from ral_zuid_plugin.core.screening.measures import _strtree


def _segments_by_shapely(shapes) -> list[tuple]:
    rings = []
    for shape in shapes:
        parts = getattr(shape, "geoms", [shape])
        for part in parts:
            if part.geom_type == "Polygon":
                rings.extend([part.exterior, *part.interiors])
            else:
                rings.append(part)
    return [(a, b) for ring in rings for a, b in zip(list(ring.coords)[:-1], list(ring.coords)[1:])]


def test_type_ids_mark_none_and_empty_as_missing():
    shapes = [Point(1, 2), None, Point(), LineString([(0, 0), (1, 1)]), Polygon([(0, 0), (1, 0), (1, 1)])]
    assert ga.type_ids(shapes).tolist() == [ga.POINT, ga.MISSING, ga.MISSING, ga.LINESTRING, ga.POLYGON]


def test_point_xy_matches_shapely():
    points = [Point(155000.25, 380000.5), Point(-1.5, 2.75)]
    assert ga.point_xy(points).tolist() == [[p.x, p.y] for p in points]


def test_line_segments_match_shapely_for_holes_and_multi_parts():
    shapes = [
        Polygon([(0, 0), (10, 0), (10, 10), (0, 10)], [[(2, 2), (3, 2), (3, 3)]]),
        MultiLineString([[(0, 0), (1, 1)], [(5, 5), (6, 6), (7, 5)]]),
        MultiPolygon([Polygon([(20, 0), (21, 0), (21, 1)]), Polygon([(30, 0), (31, 0), (31, 1)])]),
        LineString([(100, 100), (200, 100), (200, 300)]),
    ]
    starts, ends = ga.line_segments(shapes)
    found = [(tuple(a), tuple(b)) for a, b in zip(starts.tolist(), ends.tolist())]
    assert found == _segments_by_shapely(shapes)
    assert len(found) == 4 + 3 + 1 + 2 + 3 + 3 + 2


def test_polygon_tree_finds_what_shapely_finds():
    rng = np.random.default_rng(7)
    boxes = [Polygon([(x, y), (x + 5, y), (x + 5, y + 5), (x, y + 5)]) for x, y in rng.random((200, 2)) * 100]
    tree = _strtree(boxes)
    probe = Point(50, 50)
    expected = {i for i, b in enumerate(boxes) if b.envelope.intersects(probe)}
    assert {next(i for i, b in enumerate(boxes) if b is hit) for hit in tree.query(probe)} == expected


def test_types_and_points_read_points_once_and_mark_empty_ones():
    from shapely import wkt

    rng = np.random.default_rng(3)
    points = [Point(x, y) for x, y in rng.random((50, 2)) * 1000]
    shapes = [*points[:10], wkt.loads("POINT EMPTY"), Point(), *points[10:]]
    types, xy = ga.types_and_points(shapes)
    assert types.tolist() == ga.type_ids(shapes).tolist()
    if xy is not None:  # shapely 1.8: read in the same pass, equal to shapely's own .x / .y
        keep = types != ga.MISSING
        assert xy[keep].tolist() == [[p.x, p.y] for p in points]


def test_types_and_points_leave_other_layers_to_type_ids():
    shapes = [Point(1, 2), LineString([(0, 0), (1, 1)])]
    types, xy = ga.types_and_points(shapes)
    assert types.tolist() == [ga.POINT, ga.LINESTRING]
    assert xy is None


def test_fast_built_tree_answers_like_scipys_default_tree():
    from scipy.spatial import cKDTree

    from ral_zuid_plugin.core.screening.measures import _tree

    rng = np.random.default_rng(13)
    xy = rng.random((5000, 2)) * 10_000
    probes = rng.random((500, 2)) * 10_000
    fast, default = _tree(xy), cKDTree(xy)
    assert fast.query(probes, k=1)[0].tolist() == default.query(probes, k=1)[0].tolist()
    counts = fast.query_ball_point(probes, r=400.0, return_length=True, workers=-1)
    assert counts.tolist() == default.query_ball_point(probes, r=400.0, return_length=True).tolist()
