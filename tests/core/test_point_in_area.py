"""Point-in-area through the cell index: hand-worked cases, ties on boundaries, and geopandas.sjoin as second method."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from shapely.geometry import MultiPolygon, Point, Polygon, box

from ral_zuid_plugin.core.point_in_area import first_area_of_points, point_area_pairs
from ral_zuid_plugin.core.pressure.areas import area_index_of_points
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities


def _sjoin_pairs(shapes, x, y, predicate="intersects"):
    """The second method: geopandas' spatial join, one shapely point per row."""
    points = gpd.GeoDataFrame({"_p": np.arange(len(x))}, geometry=[Point(a, b) for a, b in zip(x, y)])
    areas = gpd.GeoDataFrame({"_a": np.arange(len(shapes))}, geometry=list(shapes))
    joined = gpd.sjoin(points, areas, how="inner", predicate=predicate).sort_values(["_p", "_a"])
    return joined["_p"].to_numpy(), joined["_a"].to_numpy()


def test_hand_worked_squares_with_a_hole_and_shared_edges():
    # two unit squares side by side (A: 0..1, B: 1..2), and C: a 4x4 square at 10..14 with a hole 11..13
    a = box(0, 0, 1, 1)
    b = box(1, 0, 2, 1)
    c = Polygon([(10, 10), (14, 10), (14, 14), (10, 14)], [[(11, 11), (13, 11), (13, 13), (11, 13)]])
    x = np.array([0.5, 1.5, 1.0, 1.0, 12.0, 10.5, 11.0, 3.0, np.nan, 2.0])
    y = np.array([0.5, 0.5, 0.5, 1.0, 12.0, 12.0, 12.0, 3.0, 0.5, 0.0])
    # by hand: inside A; inside B; on the shared edge (A and B: first is A); shared corner (A and B);
    # in C's hole (none); in C's ring; on the hole's edge (C); outside all; NaN (none); B's corner (B)
    assert first_area_of_points([a, b, c], x, y).tolist() == [0, 1, 0, 0, -1, 2, 2, -1, -1, 1]
    points, areas = point_area_pairs([a, b, c], x, y)
    assert list(zip(points.tolist(), areas.tolist())) == [
        (0, 0),
        (1, 1),
        (2, 0),
        (2, 1),
        (3, 0),
        (3, 1),
        (5, 2),
        (6, 2),
        (9, 1),
    ]
    # "contains": boundary points belong to no area
    assert first_area_of_points([a, b, c], x, y, predicate="contains").tolist() == [0, 1, -1, -1, -1, 2, -1, -1, -1, -1]


def test_multipolygon_overlaps_empty_and_missing_areas():
    left = box(0, 0, 1, 1)
    parts = MultiPolygon([box(5, 5, 6, 6), box(8, 8, 9, 9)])
    overlapping = box(0.5, 0.5, 5.5, 5.5)
    x = np.array([0.75, 5.25, 8.5, 3.0, 7.0])
    y = np.array([0.75, 5.25, 8.5, 3.0, 7.0])
    # by hand: (0.75, 0.75) in left and overlapping; (5.25, 5.25) in the multipolygon and overlapping;
    # (8.5, 8.5) in the multipolygon's second part; (3, 3) only in overlapping; (7, 7) in none
    points, areas = point_area_pairs([left, None, parts, Polygon(), overlapping], x, y)
    assert list(zip(points.tolist(), areas.tolist())) == [(0, 0), (0, 4), (1, 2), (1, 4), (2, 2), (3, 4)]


def test_agrees_with_sjoin_on_municipalities_random_points_and_boundary_vertices():
    municipalities = load_region_municipalities()
    shapes = list(municipalities.geometry.values)
    rng = np.random.default_rng(7)
    x = rng.uniform(70_000, 215_000, 20_000)
    y = rng.uniform(305_000, 430_000, 20_000)
    vertices = np.concatenate([np.asarray(polygon.exterior.coords)[::5] for polygon in _polygons(shapes)])
    x = np.concatenate([x, vertices[:, 0]])
    y = np.concatenate([y, vertices[:, 1]])
    assert len(vertices) > 500
    points, areas = point_area_pairs(shapes, x, y)
    expected_points, expected_areas = _sjoin_pairs(shapes, x, y)
    assert np.array_equal(points, expected_points) and np.array_equal(areas, expected_areas)
    # some vertices are shared by two municipalities: those points got both, and the first one wins below
    assert (np.bincount(points) > 1).sum() > 10
    first = area_index_of_points(municipalities, x, y)
    expected_first = np.full(len(x), -1)
    keep = np.r_[True, expected_points[1:] != expected_points[:-1]]
    expected_first[expected_points[keep]] = expected_areas[keep]
    assert np.array_equal(first, expected_first)


def test_agrees_with_sjoin_for_many_small_overlapping_buffered_areas():
    rng = np.random.default_rng(11)
    centres = rng.uniform(0, 3000, (300, 2))
    shapes = [Point(cx, cy).buffer(rng.uniform(20, 200)) for cx, cy in centres]
    x = np.concatenate([rng.uniform(-100, 3100, 5000), rng.normal(1500, 10, 200)])
    y = np.concatenate([rng.uniform(-100, 3100, 5000), rng.normal(1500, 10, 200)])
    points, areas = point_area_pairs(shapes, x, y)
    expected = _sjoin_pairs(shapes, x, y)
    assert np.array_equal(points, expected[0]) and np.array_equal(areas, expected[1])
    contains = point_area_pairs(shapes, x, y, predicate="contains")
    expected = _sjoin_pairs(shapes, x, y, predicate="within")
    assert np.array_equal(contains[0], expected[0]) and np.array_equal(contains[1], expected[1])


def test_one_point_and_a_long_edge_far_away():
    # a single point: the cell grid is tiny, a 100 km edge must not be split into billions of pieces
    shape = box(0, 0, 100_000, 100_000)
    assert first_area_of_points([shape], np.array([50_000.0]), np.array([0.0])).tolist() == [0]
    assert first_area_of_points([shape], np.array([50_000.0]), np.array([-0.001])).tolist() == [-1]
    assert first_area_of_points([shape], np.array([]), np.array([])).tolist() == []


def _polygons(shapes):
    for shape in shapes:
        yield from (shape.geoms if shape.geom_type == "MultiPolygon" else [shape])
