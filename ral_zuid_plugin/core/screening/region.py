"""Where a candidate lies: the gemeente of Noord-Brabant or Limburg that holds it, or outside the region.

The snellaadvisie is a regional one: a site outside Noord-Brabant and Limburg is not screened (advice
*buiten regio*). When no candidate at all lies in the region, the layer's coordinate reference system is
almost certainly wrong (coordinates in degrees labelled as metres, or the reverse, land a site on
another continent): :func:`check_any_inside` stops with a message that says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
from shapely.geometry import Point
from shapely.prepared import prep

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening import geos_direct as ga_direct
from ral_zuid_plugin.core.screening.measures import _strtree

BORDER_TOLERANCE_M = 1.0
"""A candidate this close to its own gemeente lies in it (on the border; see :meth:`Region.locate_claimed`)."""


@dataclass
class Region:
    """The gemeenten of the region (``gemeentecode``, ``gemeentenaam``, polygons in RD New)."""

    municipalities: gpd.GeoDataFrame
    _tree: tuple | None = field(default=None, init=False, repr=False)

    def locate(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``gemeentecode`` and ``gemeentenaam`` per point (``""`` outside every gemeente); lowest row on a border."""
        count = len(xy)
        codes = np.full(count, "", dtype=object)
        names = np.full(count, "", dtype=object)
        areas = self.municipalities
        if count == 0 or len(areas) == 0:
            return codes, names
        bounds = areas.total_bounds
        near = np.flatnonzero(
            (xy[:, 0] >= bounds[0]) & (xy[:, 0] <= bounds[2]) & (xy[:, 1] >= bounds[1]) & (xy[:, 1] <= bounds[3])
        )
        if len(near) == 0:
            return codes, names
        found = self._area_of(xy[near])
        hit = found >= 0
        codes[near[hit]] = areas["gemeentecode"].to_numpy()[found[hit]]
        names[near[hit]] = areas["gemeentenaam"].to_numpy()[found[hit]]
        return codes, names

    def locate_claimed(
        self, xy: np.ndarray, claimed: np.ndarray, tolerance_m: float = BORDER_TOLERANCE_M
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`locate`, except that a point within ``tolerance_m`` of the gemeente it is claimed for
        (``claimed``: a gemeentecode per point) lies in that gemeente: a site on the shared border belongs to both
        gemeenten, and the coordinates sent to the service (WGS84, 7 decimals: about 1 cm) may land it a hair on
        the other side. Only points that :meth:`locate` puts elsewhere are measured."""
        codes, names = self.locate(xy)
        claimed = np.asarray(claimed, dtype=object)
        rows = {code: row for row, code in enumerate(self.municipalities["gemeentecode"].tolist())}
        shapes = self.municipalities.geometry.values
        for index in np.flatnonzero(codes != claimed).tolist():
            row = rows.get(claimed[index])
            if row is None or not np.isfinite(xy[index]).all():
                continue
            if shapes[row].distance(Point(float(xy[index, 0]), float(xy[index, 1]))) <= tolerance_m:
                codes[index] = claimed[index]
                names[index] = self.municipalities["gemeentenaam"].iloc[row]
        return codes, names

    def _area_of(self, xy: np.ndarray) -> np.ndarray:
        """Row of the gemeente holding each point (-1 for none): box query on an STRtree, exact prepared test."""
        if self._tree is None:
            shapes = list(self.municipalities.geometry.values)
            self._tree = (_strtree(shapes), shapes, [prep(shape) for shape in shapes])
        tree, shapes, prepared = self._tree
        points = list(gpd.points_from_xy(xy[:, 0], xy[:, 1]))
        result = np.full(len(points), np.iinfo(np.int64).max, dtype=np.int64)
        if hasattr(tree, "query_nearest"):  # shapely 2: all box hits at once
            pairs = tree.query(np.asarray(points, dtype=object))
            hits = zip(pairs[0].tolist(), pairs[1].tolist())
        elif ga_direct.AVAILABLE and getattr(tree, "_tree", None) is not None:  # shapely 1.8 through GEOS
            queries, positions = ga_direct.strtree_query(tree._tree, points)
            hits = zip(queries, positions)
        else:  # pragma: no cover - shapely 1.8 without the direct GEOS route
            position_of = {id(shape): number for number, shape in enumerate(shapes)}
            hits = ((i, position_of[id(shape)]) for i, point in enumerate(points) for shape in tree.query(point))
        for index, position in hits:
            if position < result[index] and prepared[position].intersects(points[index]):
                result[index] = position
        result[result == np.iinfo(np.int64).max] = -1
        return result


def bundled_region() -> Region:
    """The 87 gemeenten of Noord-Brabant and Limburg (CBS 2023, bundled)."""
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    frame = load_region_municipalities()
    return Region(frame[["gemeentecode", "gemeentenaam", "geometry"]].reset_index(drop=True))


def check_any_inside(codes: np.ndarray, source_crs: str | None, source_name: str | None = None) -> None:
    """Stop with a message about the coordinate reference system when no candidate lies in the region."""
    if len(codes) and (codes != "").any():
        return
    raise InputDataError(
        tr(
            "none of the {count} candidates lies in Noord-Brabant or Limburg: the layer's coordinate reference "
            "system ({crs}) is probably wrong (for example degrees labelled as RD New metres, or the reverse); "
            "set the right CRS on the layer and run again"
        ).format(count=len(codes), crs=source_crs or tr("unknown")),
        path=source_name,
    )
