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
    edge_cells, edge_areas = _boundary_cells(grid, areas)
    boundary = np.zeros(grid.ny * grid.nx, dtype=bool)
    boundary[edge_cells] = True
    boundary = boundary.reshape(grid.ny, grid.nx)
    # the boundary cells of each area, sorted (CSR by area position in ``areas``)
    per_area = np.bincount(edge_areas, minlength=len(areas))
    area_start = np.cumsum(per_area) - per_area
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
    near_edge = group == 0
    on_edge = points[near_edge]
    on_edge_cell = (row * grid.nx + col)[near_edge]
    in_group = points[group > 0]
    group_of = group[group > 0]
    rep_buckets = _Buckets(rep_x, rep_y, extent)
    edge_buckets = _Buckets(x[on_edge], y[on_edge], extent)

    group_pairs: list[tuple[np.ndarray, int]] = []
    pair_points: list[np.ndarray] = []
    pair_areas: list[np.ndarray] = []
    for position, (k, shape) in enumerate(areas):
        x_min, y_min, x_max, y_max = shape.bounds
        # groups: a cell centre never lies on a boundary, so "contains" and "intersects" agree there
        near = rep_buckets.within(x_min, y_min, x_max, y_max)
        if near.size:
            group_pairs.append((near[_test(shape, rep_x[near], rep_y[near], "contains")] + 1, k))
        chosen = edge_buckets.within(x_min, y_min, x_max, y_max)
        if not chosen.size:
            continue
        candidates = on_edge[chosen]
        hit = _test(shape, x[candidates], y[candidates], "contains")
        if predicate == "intersects":
            # only a point in a cell that this area's own boundary touches can lie on that boundary
            own = edge_cells[area_start[position] : area_start[position] + per_area[position]]
            cells = on_edge_cell[chosen]
            maybe = ~hit
            if own.size:
                at = np.minimum(np.searchsorted(own, cells), own.size - 1)
                maybe &= own[at] == cells
            else:
                maybe[:] = False
            if maybe.any():
                hit[maybe] = _test(shape, x[candidates[maybe]], y[candidates[maybe]], "touches")
        members = candidates[hit]
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


def _boundary_cells(grid: _Grid, areas: list) -> tuple[np.ndarray, np.ndarray]:
    """Every (cell, area) with the area's boundary touching the closed cell (conservatively: a few more never
    hurt); flat cell indices, sorted by area (position in ``areas``) then cell, without repeats."""
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    cells: list[np.ndarray] = []
    cell_owners: list[np.ndarray] = []
    for position, (_, shape) in enumerate(areas):
        rings = _rings(shape)
        if rings is None:  # not a polygon: every cell of its bounding box is tested exactly
            x_min, y_min, x_max, y_max = shape.bounds
            c0, c1 = _cell_range(np.array([x_min]), np.array([x_max]), grid.x0, grid.cell, grid.nx)
            r0, r1 = _cell_range(np.array([y_min]), np.array([y_max]), grid.y0, grid.cell, grid.ny)
            rows, cols = np.mgrid[r0[0] : r1[0] + 1, c0[0] : c1[0] + 1]
            block = (rows * grid.nx + cols).ravel()
            cells.append(block)
            cell_owners.append(np.full(block.size, position, dtype=np.int64))
            continue
        for ring in rings:
            starts.append(ring[:-1])
            ends.append(ring[1:])
            owners.append(np.full(len(ring) - 1, position, dtype=np.int64))
    if starts:
        margin = (grid.x0 - grid.cell, grid.y0 - grid.cell)
        box = (*margin, grid.x0 + (grid.nx + 1) * grid.cell, grid.y0 + (grid.ny + 1) * grid.cell)
        first, last, owner = _clip_segments(np.concatenate(starts), np.concatenate(ends), np.concatenate(owners), box)
        span = np.maximum(np.abs(last[:, 0] - first[:, 0]), np.abs(last[:, 1] - first[:, 1]))
        pieces = np.maximum(1, np.ceil(span / grid.cell).astype(np.int64))
        edge = np.repeat(np.arange(len(first)), pieces)
        step = np.arange(edge.size) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        delta = last[edge] - first[edge]
        a = first[edge] + delta * (step / pieces[edge])[:, None]
        b = first[edge] + delta * ((step + 1) / pieces[edge])[:, None]
        low, high = np.minimum(a, b), np.maximum(a, b)
        col_lo, col_hi = _cell_range(low[:, 0], high[:, 0], grid.x0, grid.cell, grid.nx)
        row_lo, row_hi = _cell_range(low[:, 1], high[:, 1], grid.y0, grid.cell, grid.ny)
        owner = owner[edge]
        for dr in range(3):  # a piece spans at most a cell (plus a hair) each way: 3 x 3 cells at most
            for dc in range(3):
                ok = (row_lo + dr <= row_hi) & (col_lo + dc <= col_hi)
                cells.append((row_lo[ok] + dr) * grid.nx + col_lo[ok] + dc)
                cell_owners.append(owner[ok])
    if not cells:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = np.unique(np.concatenate(cell_owners) * (grid.nx * grid.ny) + np.concatenate(cells))
    return key % (grid.nx * grid.ny), key // (grid.nx * grid.ny)


class _Buckets:
    """Points sorted into a coarse grid of buckets, to find those in a box without scanning them all."""

    def __init__(self, x: np.ndarray, y: np.ndarray, extent: tuple[float, float, float, float]) -> None:
        self.x, self.y = x, y
        self.count = int(min(max(math.sqrt(x.size / 8), 1), 1024))
        self.x0, self.y0 = extent[0], extent[1]
        self.width = max(extent[2] - extent[0], 1e-9) / self.count
        self.height = max(extent[3] - extent[1], 1e-9) / self.count
        key = self._bucket(x, self.x0, self.width) + self.count * self._bucket(y, self.y0, self.height)
        self.order = np.argsort(key, kind="stable")
        self.keys = key[self.order]

    def _bucket(self, values: np.ndarray, origin: float, size: float) -> np.ndarray:
        return np.clip(np.floor((values - origin) / size), 0, self.count - 1).astype(np.int64)

    def within(self, x_min: float, y_min: float, x_max: float, y_max: float) -> np.ndarray:
        """Positions of the points inside the closed box."""
        if not self.keys.size:
            return self.order
        c0, c1 = (int(v) for v in self._bucket(np.array([x_min, x_max]), self.x0, self.width))
        r0, r1 = (int(v) for v in self._bucket(np.array([y_min, y_max]), self.y0, self.height))
        lows = np.searchsorted(self.keys, np.arange(r0, r1 + 1) * self.count + c0, side="left")
        highs = np.searchsorted(self.keys, np.arange(r0, r1 + 1) * self.count + c1, side="right")
        found = np.concatenate([self.order[lo:hi] for lo, hi in zip(lows.tolist(), highs.tolist())])
        x, y = self.x[found], self.y[found]
        return found[(x >= x_min) & (x <= x_max) & (y >= y_min) & (y <= y_max)]


def _clip_segments(starts: np.ndarray, ends: np.ndarray, owners: np.ndarray, box: tuple[float, float, float, float]):
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
    return clipped_start, clipped_end, owners[keep]


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

        if predicate == "touches":
            return np.asarray(shapely.touches(shape, shapely.points(x, y)), dtype=bool)
        function = shapely.intersects_xy if predicate == "intersects" else shapely.contains_xy
        return np.asarray(function(shape, x, y), dtype=bool)
    except AttributeError:  # shapely 1.8: prepared geometry per call, no Python object per point
        from shapely import vectorized

        if predicate == "touches":
            return np.asarray(vectorized.touches(shape, x, y), dtype=bool)
        inside = np.asarray(vectorized.contains(shape, x, y), dtype=bool)
        if predicate == "intersects" and not inside.all():
            rest = ~inside
            inside[rest] = np.asarray(vectorized.touches(shape, x[rest], y[rest]), dtype=bool)
        return inside
