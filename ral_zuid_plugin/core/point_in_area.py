"""Which areas (polygons) contain which points, exactly, for millions of points: a cell index plus GEOS at the edges.

The points' extent (within the areas' bounding box) is cut into square cells (up to about four million).
Every cell that any area boundary touches, even at a corner, is a *boundary cell*: each edge is split into
pieces no longer than a cell, and the cells of each piece's bounding box (widened by a hair) are marked.
The other cells form connected groups (4-neighbours) that no boundary crosses, so every point in a group lies
in exactly the same areas as the group's one representative cell centre, which GEOS tests. Points in
boundary cells are tested with GEOS directly (prepared geometries through ``shapely.vectorized`` on
shapely 1.8, ``intersects_xy`` / ``contains_xy`` on shapely 2), against the areas whose bounding box holds
them. The answers are those of GEOS for every point, as with ``geopandas.sjoin``; only the number of GEOS
calls changes: one per group and one per point near a boundary instead of one per point.

Predicates: ``"intersects"`` (a point on an area's boundary belongs to it: ``sjoin(predicate="intersects")``)
or ``"contains"`` (only the interior).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

MAX_CELLS = 4_000_000
MIN_CELLS = 65_536


def point_area_pairs(
    shapes: Sequence, x: np.ndarray, y: np.ndarray, predicate: str = "intersects"
) -> tuple[np.ndarray, np.ndarray]:
    """Every (point position, area position) with the area containing the point; sorted by point, then area."""
    if predicate not in ("intersects", "contains"):
        raise ValueError("predicate must be 'intersects' or 'contains'")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    areas = [(k, shape) for k, shape in enumerate(shapes) if shape is not None and not shape.is_empty]
    finite = np.isfinite(x) & np.isfinite(y)
    if not areas or not finite.any():
        return empty
    bounds = np.array([shape.bounds for _, shape in areas], dtype=float)
    extent = (
        max(bounds[:, 0].min(), x[finite].min()),
        max(bounds[:, 1].min(), y[finite].min()),
        min(bounds[:, 2].max(), x[finite].max()),
        min(bounds[:, 3].max(), y[finite].max()),
    )
    if extent[0] > extent[2] or extent[1] > extent[3]:
        return empty
    grid = _Grid(extent, int(finite.sum()))
    boundary = np.zeros((grid.ny, grid.nx), dtype=bool)
    for _, shape in areas:
        _mark_boundary(boundary, grid, shape)
    from scipy import ndimage

    labels, groups = ndimage.label(~boundary)
    # one representative cell per group: any member will do (numpy keeps one of the repeated assignments)
    flat = labels.ravel()
    representative = np.zeros(groups + 1, dtype=np.int64)
    representative[flat] = np.arange(flat.size)
    rep_x = grid.x0 + (representative[1:] % grid.nx + 0.5) * grid.cell
    rep_y = grid.y0 + (representative[1:] // grid.nx + 0.5) * grid.cell

    inside = finite & (x >= extent[0]) & (x <= extent[2]) & (y >= extent[1]) & (y <= extent[3])
    points = np.flatnonzero(inside)
    col = np.clip(np.floor((x[points] - grid.x0) / grid.cell).astype(np.int64), 0, grid.nx - 1)
    row = np.clip(np.floor((y[points] - grid.y0) / grid.cell).astype(np.int64), 0, grid.ny - 1)
    group = labels[row, col]
    on_edge = points[group == 0]
    in_group = points[group > 0]
    group_of = group[group > 0]

    group_pairs: list[tuple[np.ndarray, int]] = []
    pair_points: list[np.ndarray] = []
    pair_areas: list[np.ndarray] = []
    for k, shape in areas:
        x_min, y_min, x_max, y_max = shape.bounds
        # groups: a cell centre never lies on a boundary, so "contains" and "intersects" agree there
        near = np.flatnonzero((rep_x >= x_min) & (rep_x <= x_max) & (rep_y >= y_min) & (rep_y <= y_max))
        if near.size:
            group_pairs.append((near[_test(shape, rep_x[near], rep_y[near], "contains")] + 1, k))
        candidates = on_edge[(x[on_edge] >= x_min) & (x[on_edge] <= x_max)]
        candidates = candidates[(y[candidates] >= y_min) & (y[candidates] <= y_max)]
        if candidates.size:
            members = candidates[_test(shape, x[candidates], y[candidates], predicate)]
            pair_points.append(members)
            pair_areas.append(np.full(members.size, k, dtype=np.int64))
    if group_pairs:
        # the areas of each group (CSR), then every point of a group gets all of them
        g = np.concatenate([hit for hit, _ in group_pairs])
        k = np.concatenate([np.full(hit.size, area, dtype=np.int64) for hit, area in group_pairs])
        order = np.lexsort((k, g))
        g, k = g[order], k[order]
        per_group = np.bincount(g, minlength=groups + 1)
        offset = np.cumsum(per_group) - per_group
        repeats = per_group[group_of]
        members = np.repeat(in_group, repeats)
        within = np.arange(members.size) - np.repeat(np.cumsum(repeats) - repeats, repeats)
        pair_points.append(members)
        pair_areas.append(k[np.repeat(offset[group_of], repeats) + within])
    if not pair_points:
        return empty
    point_index = np.concatenate(pair_points)
    area_index = np.concatenate(pair_areas)
    order = np.lexsort((area_index, point_index))
    return point_index[order], area_index[order]


def first_area_of_points(shapes: Sequence, x: np.ndarray, y: np.ndarray, predicate: str = "intersects") -> np.ndarray:
    """Position of the first area containing each point; -1 where none does."""
    result = np.full(len(x), -1, dtype=np.int64)
    point_index, area_index = point_area_pairs(shapes, x, y, predicate)
    if point_index.size:
        first = np.r_[True, point_index[1:] != point_index[:-1]]
        result[point_index[first]] = area_index[first]
    return result


class _Grid:
    """Square cells over the extent: about one per point, between MIN_CELLS and MAX_CELLS in all."""

    def __init__(self, extent: tuple[float, float, float, float], points: int) -> None:
        width = max(extent[2] - extent[0], 0.0)
        height = max(extent[3] - extent[1], 0.0)
        target = min(max(2 * points, MIN_CELLS), MAX_CELLS)
        # not finer than a millionth of the coordinates' magnitude, so rounding stays far below the margins
        finest = 1e-6 * max(abs(value) for value in extent) + 1e-9
        cell = max(math.sqrt(width * height / target), max(width, height) / target, finest)
        self.cell = cell
        self.x0 = extent[0]
        self.y0 = extent[1]
        self.nx = max(1, int(math.floor(width / cell)) + 1)
        self.ny = max(1, int(math.floor(height / cell)) + 1)


def _rings(shape) -> list[np.ndarray] | None:
    """Coordinate arrays of every ring of a polygon or multipolygon; ``None`` for other geometry types."""
    kind = shape.geom_type
    if kind == "Polygon":
        polygons = [shape]
    elif kind == "MultiPolygon":
        polygons = list(shape.geoms)
    else:
        return None
    rings = []
    for polygon in polygons:
        if polygon.is_empty:
            continue
        rings.append(np.asarray(polygon.exterior.coords)[:, :2])
        rings.extend(np.asarray(ring.coords)[:, :2] for ring in polygon.interiors)
    return rings


def _mark_boundary(boundary: np.ndarray, grid: _Grid, shape) -> None:
    """Mark every cell that the shape's boundary touches (conservatively: a few more never hurt)."""
    rings = _rings(shape)
    if rings is None:  # not a polygon: every cell of its bounding box is tested exactly
        x_min, y_min, x_max, y_max = shape.bounds
        cols = _cell_range(np.array([x_min]), np.array([x_max]), grid.x0, grid.cell, grid.nx)
        rows = _cell_range(np.array([y_min]), np.array([y_max]), grid.y0, grid.cell, grid.ny)
        if cols[0][0] <= cols[1][0] and rows[0][0] <= rows[1][0]:
            boundary[rows[0][0] : rows[1][0] + 1, cols[0][0] : cols[1][0] + 1] = True
        return
    if not rings:
        return
    starts, ends = _clip_segments(
        np.concatenate([ring[:-1] for ring in rings]),
        np.concatenate([ring[1:] for ring in rings]),
        (
            grid.x0 - grid.cell,
            grid.y0 - grid.cell,
            grid.x0 + (grid.nx + 1) * grid.cell,
            grid.y0 + (grid.ny + 1) * grid.cell,
        ),
    )
    if not len(starts):
        return
    span = np.maximum(np.abs(ends[:, 0] - starts[:, 0]), np.abs(ends[:, 1] - starts[:, 1]))
    pieces = np.maximum(1, np.ceil(span / grid.cell).astype(np.int64))
    edge = np.repeat(np.arange(len(starts)), pieces)
    first = np.cumsum(pieces) - pieces
    step = np.arange(edge.size) - np.repeat(first, pieces)
    t0 = step / pieces[edge]
    t1 = (step + 1) / pieces[edge]
    delta = ends[edge] - starts[edge]
    a = starts[edge] + delta * t0[:, None]
    b = starts[edge] + delta * t1[:, None]
    col_lo, col_hi = _cell_range(
        np.minimum(a[:, 0], b[:, 0]), np.maximum(a[:, 0], b[:, 0]), grid.x0, grid.cell, grid.nx
    )
    row_lo, row_hi = _cell_range(
        np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1]), grid.y0, grid.cell, grid.ny
    )
    keep = (col_lo <= col_hi) & (row_lo <= row_hi)
    col_lo, col_hi, row_lo, row_hi = col_lo[keep], col_hi[keep], row_lo[keep], row_hi[keep]
    width = int((col_hi - col_lo).max()) + 1 if col_lo.size else 0
    height = int((row_hi - row_lo).max()) + 1 if row_lo.size else 0
    for dr in range(height):
        for dc in range(width):
            ok = (row_lo + dr <= row_hi) & (col_lo + dc <= col_hi)
            boundary[row_lo[ok] + dr, col_lo[ok] + dc] = True


def _clip_segments(starts: np.ndarray, ends: np.ndarray, box: tuple[float, float, float, float]):
    """The parts of the segments inside the box (Liang-Barsky); segments missing it are dropped."""
    delta = ends - starts
    enter = np.zeros(len(starts))
    leave = np.ones(len(starts))
    for axis, low, high in ((0, box[0], box[2]), (1, box[1], box[3])):
        d = delta[:, axis]
        p = starts[:, axis]
        flat = d == 0
        outside = flat & ((p < low) | (p > high))
        enter[outside], leave[outside] = 1.0, 0.0
        moving = ~flat
        with np.errstate(divide="ignore", invalid="ignore"):
            t_low = (low - p[moving]) / d[moving]
            t_high = (high - p[moving]) / d[moving]
        enter[moving] = np.maximum(enter[moving], np.minimum(t_low, t_high))
        leave[moving] = np.minimum(leave[moving], np.maximum(t_low, t_high))
    keep = enter <= leave
    clipped_start = starts[keep] + delta[keep] * enter[keep, None]
    clipped_end = starts[keep] + delta[keep] * leave[keep, None]
    return clipped_start, clipped_end


def _cell_range(low: np.ndarray, high: np.ndarray, origin: float, cell: float, count: int):
    """First and last cell (clipped to the grid) whose closed extent meets [low, high]; widened by a hair."""
    hair = cell * 1e-3
    first = np.floor((low - origin - hair) / cell).astype(np.int64)
    last = np.floor((high - origin + hair) / cell).astype(np.int64)
    return np.maximum(first, 0), np.minimum(last, count - 1)


def _test(shape, x: np.ndarray, y: np.ndarray, predicate: str) -> np.ndarray:
    """GEOS's answer per point: ``predicate(shape, point)``."""
    try:  # shapely 2
        import shapely

        function = shapely.intersects_xy if predicate == "intersects" else shapely.contains_xy
        return np.asarray(function(shape, x, y), dtype=bool)
    except AttributeError:  # shapely 1.8: prepared geometry per call, no Python object per point
        from shapely import vectorized

        inside = np.asarray(vectorized.contains(shape, x, y), dtype=bool)
        if predicate == "intersects" and not inside.all():
            rest = ~inside
            inside[rest] = np.asarray(vectorized.touches(shape, x[rest], y[rest]), dtype=bool)
        return inside
