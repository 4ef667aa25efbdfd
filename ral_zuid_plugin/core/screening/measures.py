"""Vectorised spatial measurements of candidates against one reference layer.

Candidates are measured from one point each (the point itself, or a point guaranteed to lie
inside a polygon: ``representative_point``), except *inside polygon*, which tests the whole
candidate geometry. All distances are in metres (RD New). No loop runs over candidate-feature
pairs:

- points: ``scipy.spatial.cKDTree`` (nearest, count and sum within a radius);
- lines and polygon edges: split into straight pieces of at most :data:`MAX_PIECE_M`, indexed
  by their midpoints in a cKDTree; the nearest midpoint gives an upper bound ``d`` and only
  pieces whose midpoint lies within ``d + half the longest piece`` can be nearer, so their exact
  point-to-segment distances (numpy) give the exact minimum;
- polygons: a shapely ``STRtree`` finds the polygons whose box holds the candidate, then an
  exact intersects test; a candidate inside a polygon is at distance 0.
"""

from __future__ import annotations

import ctypes
import warnings
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely
from scipy.spatial import cKDTree
from shapely.strtree import STRtree

from ral_zuid_plugin.core.screening import geometry_arrays as ga
from ral_zuid_plugin.core.screening import geos_direct as ga_direct
from ral_zuid_plugin.core.screening.geometry_arrays import line_segments, point_xy, repair, shapes_of, type_ids
from ral_zuid_plugin.core.shapes_bulk import points_from_xy

MAX_PIECE_M = 250.0
_SHAPELY_18 = shapely.__version__.startswith("1.8.")
_POINTS = {ga.POINT, ga.MULTIPOINT}
_LINES = {ga.LINESTRING, ga.MULTILINESTRING, ga.LINEARRING}
_POLYGONS = {ga.POLYGON, ga.MULTIPOLYGON}


def point_coordinates(geometries: gpd.GeoSeries | list, types: np.ndarray | None = None) -> np.ndarray:
    """(n, 2) measuring points: points as given, other shapes by a point inside them."""
    shapes = shapes_of(geometries)
    types = type_ids(shapes) if types is None else types
    is_point = types == ga.POINT
    result = np.empty((len(shapes), 2))
    if is_point.all():
        return point_xy(shapes, checked=True) if shapes else result
    if is_point.any():
        result[is_point] = point_xy([s for s, p in zip(shapes, is_point) if p], checked=True)
    inner = [s.representative_point() for s, p in zip(shapes, is_point) if not p]
    result[~is_point] = point_xy(inner, checked=True)
    return result


@dataclass
class LayerGeometry:
    """The geometry of one reference layer with its indexes, built once and reused by every criterion.

    ``geometries`` may be ``None`` for a layer of points given only by ``point_xy`` (with ``types`` all POINT):
    every point measure works on the coordinates, and shapely points are made only if a shape is asked for.
    """

    geometries: gpd.GeoSeries | None
    types: np.ndarray | None = None
    point_xy: np.ndarray | None = None
    """x, y per feature if already read (only used for rows that are points)."""
    _kinds: set = field(default_factory=set, init=False)
    _cache: dict = field(default_factory=dict, init=False)
    repaired: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.geometries is None:
            if self.point_xy is None or self.types is None or len(self.types) != len(self.point_xy):
                raise ValueError("a layer without shapes needs point_xy and types")
            self._shape_list = None
        else:
            self._shape_list = shapes_of(self.geometries)
        self._types = type_ids(self._shape_list) if self.types is None else np.asarray(self.types)
        self._kinds = set(np.unique(self._types).tolist()) - {ga.MISSING}
        if self._shape_list is None and not self._kinds <= {ga.POINT}:
            raise ValueError("a layer without shapes holds single points only")

    def __len__(self) -> int:
        return len(self._types)

    @property
    def shape_list(self) -> list:
        """The shapes (for a layer given by coordinates only, shapely points made now, once)."""
        if self._shape_list is None:
            self._shape_list = list(points_from_xy(self.point_xy[:, 0], self.point_xy[:, 1]))
        return self._shape_list

    @property
    def is_points(self) -> bool:
        return bool(self._kinds) and self._kinds <= _POINTS

    @property
    def has_polygons(self) -> bool:
        return bool(self._kinds & _POLYGONS)

    def _shapes(self, kinds: set) -> list:
        keep = np.isin(self._types, list(kinds))
        return [s for s, k in zip(self.shape_list, keep) if k]

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """Point coordinates (multipoints exploded; other shapes by an inner point) and their feature rows."""
        if "points" not in self._cache:
            if ga.MULTIPOINT in self._kinds:
                shapes = self.shape_list
                multi = self._types == ga.MULTIPOINT
                rows = [i for i, s in enumerate(shapes) for _ in (s.geoms if multi[i] else [s])]
                parts = [p for i, s in enumerate(shapes) for p in (s.geoms if multi[i] else [s])]
                self._cache["points"] = (point_coordinates(parts), np.asarray(rows, dtype=np.int64))
            else:
                known = self.point_xy is not None and len(self.point_xy) == len(self)
                if known and (self._types == ga.POINT).all():  # read by prepare_reference already
                    xy = self.point_xy
                else:
                    xy = point_coordinates(self.shape_list, self._types)
                self._cache["points"] = (xy, np.arange(len(self), dtype=np.int64))
        return self._cache["points"]

    def valid_polygon(self, key: int, polygon):
        """``polygon`` itself when valid, else its repaired version (checked once, counted in ``repaired``)."""
        checked = self._cache.setdefault("valid", {})
        if key not in checked:
            if polygon.is_valid:
                checked[key] = polygon
            else:
                checked[key] = repair(polygon)
                self.repaired += 1
        return checked[key]

    def build_indexes(self) -> LayerGeometry:
        """Decode coordinates and build every index this layer's geometry types need (otherwise done on first use)."""
        if self.is_points:
            self.point_tree()
        elif self.has_polygons:
            self.polygon_tree()  # edges (for distances to polygons) are cut on first use
        elif self._kinds & _LINES:
            self.pieces()
        return self

    def point_tree(self) -> cKDTree:
        """cKDTree of :meth:`points` (fast build) for nearest and count queries."""
        if "point_tree" not in self._cache:
            self._cache["point_tree"] = _tree(self.points()[0])
        return self._cache["point_tree"]

    def balanced_point_tree(self) -> cKDTree:
        """cKDTree of :meth:`points` as scipy builds it by default, for :func:`sum_within`.

        The pairs a two-tree search returns come in an order that depends on how the trees were
        built, and a float sum depends on the order: this keeps the sums bit-for-bit stable.
        """
        if "balanced_point_tree" not in self._cache:
            self._cache["balanced_point_tree"] = cKDTree(self.points()[0])
        return self._cache["balanced_point_tree"]

    def pieces(self) -> tuple[np.ndarray, np.ndarray, cKDTree, float]:
        """Segments split to at most MAX_PIECE_M, their midpoint tree and the longest half-length."""
        if "pieces" not in self._cache:
            keep = np.isin(self._types, list(_LINES | _POLYGONS))
            starts, ends = line_segments(self._shapes(_LINES | _POLYGONS), self._types[keep])
            starts, ends = _split(starts, ends, MAX_PIECE_M)
            half = 0.5 * np.hypot(*(ends - starts).T) if len(starts) else np.zeros(0)
            tree = _tree(0.5 * (starts + ends)) if len(starts) else None
            self._cache["pieces"] = (starts, ends, tree, float(half.max()) if len(half) else 0.0)
        return self._cache["pieces"]

    def polygon_tree(self) -> tuple[object, list]:
        if "polygon_tree" not in self._cache:
            polygons = self._shapes(_POLYGONS)
            self._cache["polygon_tree"] = (_strtree(polygons), polygons)
        return self._cache["polygon_tree"]


def _tree(xy: np.ndarray) -> cKDTree:
    """A cKDTree built the fast way (no rebalancing, no shrunk node boxes: about half the build time).

    Nearest distances, counts and the sets of points within a radius do not depend on how the tree
    was built; only the order of returned pairs does (see :meth:`LayerGeometry.balanced_point_tree`).
    """
    return cKDTree(xy, balanced_tree=False, compact_nodes=False)


def _strtree(shapes: list) -> STRtree:
    """A shapely STRtree of non-empty shapes.

    On shapely 1.8 the tree is filled straight through GEOS, as ``STRtree.__init__`` does but without its
    ``is_empty`` test per shape (the shapes were filtered already; the test costs more than the insert).
    """
    if hasattr(STRtree, "query_nearest") or not _SHAPELY_18:  # shapely 2 (or an unknown version): the public API
        return STRtree(shapes)
    try:
        from shapely.geos import lgeos

        tree = STRtree.__new__(STRtree)
        tree.node_capacity = 10
        tree._geoms = list(shapes)
        tree._idxs = list(range(len(tree._geoms)))
        tree._has_custom_items = False
        tree._items = tree._idxs
        tree._tree = lgeos.GEOSSTRtree_create(tree.node_capacity)
        if ga_direct.AVAILABLE:  # one GEOS call per shape, looped in C
            ga_direct.strtree_insert(tree._tree, tree._geoms, tree._idxs)
        else:  # pragma: no cover
            for index, shape in zip(tree._idxs, tree._geoms):
                lgeos.GEOSSTRtree_insert(tree._tree, shape._geom, ctypes.py_object(index))
        tree._n_geoms = len(tree._geoms)
        return tree
    except AttributeError:  # pragma: no cover - a shapely 1.8 build with other internals
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return STRtree(shapes)


def _split(starts: np.ndarray, ends: np.ndarray, max_length: float) -> tuple[np.ndarray, np.ndarray]:
    """Cut segments longer than ``max_length`` into equal pieces (vectorised)."""
    if len(starts) == 0:
        return starts, ends
    lengths = np.hypot(*(ends - starts).T)
    counts = np.maximum(1, np.ceil(lengths / max_length).astype(np.int64))
    if (counts == 1).all():
        return starts, ends
    owner = np.repeat(np.arange(len(starts)), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    step = np.arange(len(owner)) - first
    fraction_from = (step / counts[owner])[:, None]
    fraction_to = ((step + 1) / counts[owner])[:, None]
    direction = (ends - starts)[owner]
    return starts[owner] + fraction_from * direction, starts[owner] + fraction_to * direction


def segment_distance(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Exact distance from each point to the segment on the same row."""
    direction = ends - starts
    squared = np.einsum("ij,ij->i", direction, direction)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(squared > 0, np.einsum("ij,ij->i", points - starts, direction) / squared, 0.0)
    closest = starts + np.clip(t, 0.0, 1.0)[:, None] * direction
    return np.hypot(*(points - closest).T)


def _nearest_piece_distance(candidates_xy: np.ndarray, layer: LayerGeometry) -> np.ndarray:
    starts, ends, tree, half_max = layer.pieces()
    count = len(candidates_xy)
    if tree is None:
        return np.full(count, np.nan)
    _, nearest = tree.query(candidates_xy, k=1, workers=-1)
    bound = segment_distance(candidates_xy, starts[nearest], ends[nearest])
    neighbours = tree.query_ball_point(candidates_xy, r=bound + half_max + 1e-6, workers=-1)
    owners, pieces = _flatten(neighbours, count)
    if len(pieces) == 0:
        return bound
    distances = segment_distance(candidates_xy[owners], starts[pieces], ends[pieces])
    result = bound.copy()
    np.minimum.at(result, owners, distances)
    return result


def _flatten(neighbours, count: int) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.fromiter((len(n) for n in neighbours), dtype=np.int64, count=count)
    if lengths.sum() == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    flat = np.concatenate([np.asarray(n, dtype=np.int64) for n in neighbours if n])
    return np.repeat(np.arange(count), lengths), flat


def nearest_distance(candidates_xy: np.ndarray, layer: LayerGeometry) -> np.ndarray:
    """Distance (m) from every candidate to the nearest reference feature (NaN when there is none)."""
    count = len(candidates_xy)
    if len(layer) == 0 or count == 0:
        return np.full(count, np.nan)
    if layer.is_points:
        distances, _ = layer.point_tree().query(candidates_xy, k=1, workers=-1)
        return np.asarray(distances, dtype=float)
    result = np.full(count, np.inf)
    points_only = layer._shapes(_POINTS)
    if points_only:
        distances, _ = cKDTree(point_coordinates(points_only)).query(candidates_xy, k=1)
        result = np.minimum(result, distances)
    if layer._kinds & (_LINES | _POLYGONS):
        result = np.minimum(result, _nearest_piece_distance(candidates_xy, layer))
    if layer.has_polygons:
        inside = inside_polygon(gpd.GeoSeries(gpd.points_from_xy(candidates_xy[:, 0], candidates_xy[:, 1])), layer)
        result[inside > 0] = 0.0
    return np.where(np.isfinite(result), result, np.nan)


def count_within(candidates_xy: np.ndarray, layer: LayerGeometry, radius_m: float) -> np.ndarray:
    """Number of reference features (points; other shapes by an inner point) within ``radius_m`` (inclusive)."""
    count = len(candidates_xy)
    if len(layer) == 0 or count == 0:
        return np.zeros(count, dtype=float)
    lengths = layer.point_tree().query_ball_point(candidates_xy, r=radius_m, return_length=True, workers=-1)
    return np.asarray(lengths, dtype=float)


def sum_within(candidates_xy: np.ndarray, layer: LayerGeometry, values: np.ndarray, radius_m: float) -> np.ndarray:
    """Sum of ``values`` (one per feature) of the reference features within ``radius_m`` (inclusive); NaN is 0.

    ``values`` has one entry per feature; a multipoint's value counts once per part in range.
    """
    count = len(candidates_xy)
    if len(layer) == 0 or count == 0:
        return np.zeros(count, dtype=float)
    _, rows = layer.points()
    weights = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)[rows]
    # All candidate-point pairs within the radius (inclusive, distance 0 included), found in C by two trees.
    pairs = cKDTree(candidates_xy).sparse_distance_matrix(layer.balanced_point_tree(), radius_m, output_type="ndarray")
    if len(pairs) == 0:
        return np.zeros(count, dtype=float)
    return np.bincount(pairs["i"], weights=weights[pairs["j"]], minlength=count).astype(float)


def inside_polygon(candidates: gpd.GeoSeries, layer: LayerGeometry) -> np.ndarray:
    """1.0 where a candidate geometry intersects any polygon of the layer (touching the edge counts), else 0.0."""
    count = len(candidates)
    result = np.zeros(count, dtype=float)
    if len(layer) == 0 or count == 0 or not layer.has_polygons:
        return result
    tree, polygons = layer.polygon_tree()
    shapes = shapes_of(candidates)
    if hasattr(tree, "query_nearest"):  # shapely 2: box query, then the exact test on valid polygons
        pairs = tree.query(np.asarray(shapes, dtype=object))
        for index, position in zip(pairs[0].tolist(), pairs[1].tolist()):
            if not result[index] and layer.valid_polygon(position, polygons[position]).intersects(shapes[index]):
                result[index] = 1.0
        return result
    if ga_direct.AVAILABLE and _SHAPELY_18 and getattr(tree, "_tree", None) is not None:
        # shapely 1.8: all box queries through GEOS at once, then the exact test per hit until one intersects
        queries, positions = ga_direct.strtree_query(tree._tree, shapes)
        for index, position in zip(queries, positions):
            if not result[index]:
                polygon = tree._geoms[position]
                if layer.valid_polygon(id(polygon), polygon).intersects(shapes[index]):
                    result[index] = 1.0
        return result
    for index, shape in enumerate(shapes):  # shapely 1.8: box query per candidate, exact test on the few hits
        for polygon in tree.query(shape):
            if layer.valid_polygon(id(polygon), polygon).intersects(shape):
                result[index] = 1.0
                break
    return result


def max_within(candidates_xy: np.ndarray, layer: LayerGeometry, values: np.ndarray, radius_m: float) -> np.ndarray:
    """Highest of ``values`` (one per feature; points, other shapes by an inner point) within ``radius_m``.

    NaN when no feature with a value lies within the radius (the criterion is then *niet beoordeeld*).
    """
    count = len(candidates_xy)
    result = np.full(count, np.nan)
    if len(layer) == 0 or count == 0:
        return result
    _, rows = layer.points()
    weights = np.asarray(values, dtype=float)[rows]
    # A maximum does not depend on the order of the pairs: the fast-built trees serve.
    pairs = _tree(candidates_xy).sparse_distance_matrix(layer.point_tree(), radius_m, output_type="ndarray")
    if len(pairs) == 0:
        return result
    found = weights[pairs["j"]]
    known = ~np.isnan(found)
    best = np.full(count, -np.inf)
    np.maximum.at(best, pairs["i"][known], found[known])
    return np.where(np.isfinite(best), best, np.nan)
