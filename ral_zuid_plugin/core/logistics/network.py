"""Driving distance from sites to a zone boundary along a road layer (lines, RD New).

The road layer becomes a graph: every straight segment, cut into pieces of at most 100 m, joins its two
end points (points closer than 0.1 m are one node), both directions, weighted by length. Where a
segment crosses the zone boundary (one end inside the zone, the other outside) the crossing point is
where a trip reaches the boundary: a virtual source links to both ends of such segments with the
distance from the crossing. One Dijkstra run (scipy) from that source gives every node's distance to
the boundary along the roads.

A site is snapped to the nearest node; its driving distance is the snap distance plus the node's
network distance. Sites farther than ``snap_max_m`` from a node, or whose node is not connected to a
crossing, fall back on the straight-line distance and are flagged. Segments that cross the boundary twice
(both ends on the same side) are not seen as crossings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree
from shapely.geometry import LineString

from ral_zuid_plugin.core.screening.geometry_arrays import line_segments

SNAP_DECIMALS = 1
REACH_M = 10_000.0
"""Roads farther than this outside the box around the zone and the sites are left out."""
PIECE_M = 100.0
"""Segments are cut into pieces of at most this length, so a site snaps to within 50 m of its nearest road point."""


@dataclass
class DrivingDistances:
    distance_m: np.ndarray
    """Driving distance per site, or the straight-line distance where ``on_network`` is False."""
    on_network: np.ndarray
    snap_m: np.ndarray


def _pieces(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segments cut into equal pieces of at most :data:`PIECE_M`."""
    if len(starts) == 0:
        return starts, ends
    parts = np.maximum(np.ceil(np.hypot(*(ends - starts).T) / PIECE_M), 1).astype(np.int64)
    owner = np.repeat(np.arange(len(starts)), parts)
    step = np.arange(len(owner)) - np.repeat(np.cumsum(parts) - parts, parts)
    t0 = (step / parts[owner])[:, None]
    t1 = ((step + 1) / parts[owner])[:, None]
    delta = ends[owner] - starts[owner]
    return starts[owner] + t0 * delta, starts[owner] + t1 * delta


def _contains_xy(polygon, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    try:
        from shapely import contains_xy  # shapely 2
    except ImportError:
        from shapely.vectorized import contains as contains_xy  # shapely 1.8
    return np.asarray(contains_xy(polygon, x, y), dtype=bool)


def driving_distance_to_boundary(
    sites_xy: np.ndarray,
    roads,
    zone,
    straight_m: np.ndarray,
    snap_max_m: float = 500.0,
) -> DrivingDistances:
    """Driving distance (m) from each site to the boundary of ``zone`` (a polygon) over ``roads`` (lines)."""
    count = len(sites_xy)
    fallback = DrivingDistances(
        np.asarray(straight_m, dtype=float).copy(), np.zeros(count, bool), np.full(count, np.nan)
    )
    starts, ends = line_segments(list(roads))
    # Only roads near the zone and the sites can carry a trip between them: keep segments with an end within
    # REACH_M of the box around both (a detour farther out is not modelled).
    minx, miny = np.minimum(np.min(sites_xy, axis=0), zone.bounds[:2]) - REACH_M
    maxx, maxy = np.maximum(np.max(sites_xy, axis=0), zone.bounds[2:]) + REACH_M
    near = np.zeros(len(starts), dtype=bool)
    for ends_xy in (starts, ends):
        near |= (ends_xy[:, 0] >= minx) & (ends_xy[:, 0] <= maxx) & (ends_xy[:, 1] >= miny) & (ends_xy[:, 1] <= maxy)
    starts, ends = _pieces(starts[near], ends[near])
    if len(starts) == 0 or count == 0:
        return fallback
    # Nodes: points rounded to 0.1 m, as one integer key each (RD New coordinates are positive and < 2^31 dm).
    grid = np.round(np.vstack([starts, ends]) * 10**SNAP_DECIMALS).astype(np.int64)
    keys = grid[:, 0] * (1 << 32) + grid[:, 1]
    unique_keys, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    nodes = np.vstack([starts, ends])[first]
    inverse = inverse.ravel()
    a, b = inverse[: len(starts)], inverse[len(starts) :]
    lengths = np.hypot(*(nodes[a] - nodes[b]).T)
    inside = _contains_xy(zone, nodes[:, 0], nodes[:, 1])
    crossing = np.flatnonzero(inside[a] != inside[b])
    source = len(nodes)
    rows = [a, b]
    cols = [b, a]
    weights = [lengths, lengths]
    boundary = zone.boundary
    extra_rows, extra_cols, extra_weights = [], [], []
    for index in crossing.tolist():
        p, q = nodes[a[index]], nodes[b[index]]
        hit = LineString([tuple(p), tuple(q)]).intersection(boundary)
        if hit.is_empty:
            continue
        point = hit if hit.geom_type == "Point" else hit.representative_point()
        for node, coordinates in ((a[index], p), (b[index], q)):
            extra_rows.append(source)
            extra_cols.append(node)
            extra_weights.append(float(np.hypot(coordinates[0] - point.x, coordinates[1] - point.y)))
    if not extra_rows:
        return fallback
    rows.append(np.array(extra_rows))
    cols.append(np.array(extra_cols))
    # A zero weight would be dropped by the sparse matrix: a crossing exactly on a vertex costs 1 mm.
    weights.append(np.maximum(np.array(extra_weights), 1e-3))
    size = len(nodes) + 1
    graph = coo_matrix(
        (np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))), shape=(size, size)
    ).tocsr()
    network = dijkstra(graph, directed=True, indices=source)
    snap, nearest = cKDTree(nodes).query(sites_xy)
    total = snap + network[nearest]
    usable = (snap <= snap_max_m) & np.isfinite(total)
    distance = np.where(usable, np.maximum(total, straight_m), straight_m)
    return DrivingDistances(distance, usable, snap)
