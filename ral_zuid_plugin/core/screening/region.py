"""Where a candidate lies: the gemeente of Noord-Brabant or Limburg that holds it, or outside the region.

The snellaadvisie is a regional one: a site outside Noord-Brabant and Limburg is not screened (advice
*buiten regio*). When no candidate at all lies in the region, the layer's coordinate reference system is
almost certainly wrong (coordinates in degrees labelled as metres, or the reverse, land a site on
another continent): :func:`check_any_inside` stops with a message that says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr


@dataclass
class Region:
    """The gemeenten of the region (``gemeentecode``, ``gemeentenaam``, polygons in RD New)."""

    municipalities: gpd.GeoDataFrame

    def locate(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``gemeentecode`` and ``gemeentenaam`` per point (``""`` outside every gemeente); first one on a border."""
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
        points = gpd.GeoDataFrame(
            {"_point": near}, geometry=gpd.points_from_xy(xy[near, 0], xy[near, 1]), crs=RD_NEW
        )
        shapes = gpd.GeoDataFrame({"_area": np.arange(len(areas))}, geometry=areas.geometry.values, crs=RD_NEW)
        joined = pd.DataFrame(gpd.sjoin(points, shapes, how="inner", predicate="intersects"))
        joined = joined.sort_values(["_point", "_area"]).drop_duplicates("_point")
        hit = joined["_point"].to_numpy()
        area = joined["_area"].to_numpy()
        codes[hit] = areas["gemeentecode"].to_numpy()[area]
        names[hit] = areas["gemeentenaam"].to_numpy()[area]
        return codes, names


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
