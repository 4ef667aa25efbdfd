"""Reference layers the criteria measure against, by the layer key the rule file uses.

Bundled defaults (used unless the user gives a layer of their own):

==================== ===========================================================================
key                  bundled data
==================== ===========================================================================
snellaadlocaties     NDW public charging locations, duplicates merged, fast by the chosen definition
verzorgingsplaatsen  OpenStreetMap motorway service and rest areas (ODbL)
snelweg_afritten     NDW/RWS MONIBAS connector detector sites (rough motorway exits; known gaps)
==================== ===========================================================================

Other keys (``hoofdwegen``, ``netcongestie``, ``onderstations``, ``zoekgebieden``,
``beschermde_gebieden``, ``vraag``, ``logistiek``, ``taxistandplaatsen``) are user inputs; a
criterion whose layer is missing is *niet beoordeeld*.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.reference import charging_locations, motorways, service_areas
from ral_zuid_plugin.core.reference.charging_locations import NAL_DEFINITION, FastChargeDefinition
from ral_zuid_plugin.core.screening.geometry_arrays import MISSING, POINT, shapes_of, types_and_points
from ral_zuid_plugin.core.screening.measures import LayerGeometry

BUNDLED_KEYS = ("snellaadlocaties", "verzorgingsplaatsen", "snelweg_afritten")
INPUT_KEYS = (
    "hoofdwegen",
    "netcongestie",
    "onderstations",
    "zoekgebieden",
    "beschermde_gebieden",
    "vraag",
    "logistiek",
    "taxistandplaatsen",
)
VALUE_FIELD = "waarde"


@dataclass
class ReferenceLayer:
    """One reference layer in RD New. ``caveat`` is appended to reasons that rely on it."""

    key: str
    frame: gpd.GeoDataFrame | pd.DataFrame
    """The features in RD New; for a point layer kept as coordinates (:func:`prepare_point_reference`) only the
    attribute table, the points being :attr:`point_xy`."""
    attribution: str = ""
    caveat: str = ""
    types: np.ndarray | None = None
    point_xy: np.ndarray | None = None
    """x, y per row when :func:`prepare_reference` read them already (rows that are no point are NaN)."""
    _geometry: LayerGeometry | None = field(default=None, init=False, repr=False)

    @property
    def repaired(self) -> int:
        """How many invalid polygons of this layer were repaired while screening."""
        return self._geometry.repaired if self._geometry is not None else 0

    def geometry(self) -> LayerGeometry:
        """The layer's geometry with its spatial indexes (built on first use, then shared by all criteria)."""
        if self._geometry is None:
            geometries = self.frame.geometry if isinstance(self.frame, gpd.GeoDataFrame) else None
            self._geometry = LayerGeometry(geometries, self.types, self.point_xy)
        return self._geometry


def prepare_reference(
    key: str, frame: gpd.GeoDataFrame, attribution: str = "", caveat: str = "", source_name: str | None = None
) -> ReferenceLayer:
    """Reference layer in RD New without empty geometries.

    Invalid polygons are repaired (``make_valid``) when a candidate's search hits them, and counted
    (:attr:`ReferenceLayer.repaired`); checking all of a large layer up front would cost more than the
    screening itself on shapely 1.8. The user's frame is not changed.
    """
    if frame.crs is None:
        raise InputDataError(
            tr("the layer '{key}' has no coordinate reference system").format(key=key), path=source_name
        )
    work = frame if frame.crs.to_epsg() == 28992 else frame.to_crs(RD_NEW)
    types, xy = types_and_points(shapes_of(work.geometry))
    keep = types != MISSING
    if not keep.all():
        work = work[keep]
        types = types[keep]
        xy = xy[keep] if xy is not None else None
    work = work.reset_index(drop=True)
    return ReferenceLayer(key=key, frame=work, attribution=attribution, caveat=caveat, types=types, point_xy=xy)


def prepare_point_reference(
    key: str, table: pd.DataFrame, xy: np.ndarray, attribution: str = "", caveat: str = ""
) -> ReferenceLayer:
    """Reference layer of single points given as their attribute ``table`` and x, y in RD New, without shapes.

    The same layer as :func:`prepare_reference` gives for these points (rows without coordinates dropped, the
    rest in order), but no shapely point is made: every point criterion measures on the coordinates (cKDTree).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) != len(table):
        raise ValueError("one x, y per row")
    keep = ~np.isnan(xy).any(axis=1)
    work = table if keep.all() else table[keep]
    xy = np.ascontiguousarray(xy[keep])
    types = np.full(len(xy), POINT, dtype=np.int64)
    work = work.reset_index(drop=True)
    return ReferenceLayer(key=key, frame=work, attribution=attribution, caveat=caveat, types=types, point_xy=xy)


def bundled_fast_charge_sites(definition: FastChargeDefinition = NAL_DEFINITION) -> ReferenceLayer:
    sites = charging_locations.load_public_charging_locations(deduplicate=True, fast=definition)
    return ReferenceLayer(
        key="snellaadlocaties",
        frame=sites[sites["snelladen"]].reset_index(drop=True),
        attribution=charging_locations.attribution(),
    )


def bundled_service_areas() -> ReferenceLayer:
    return ReferenceLayer(
        key="verzorgingsplaatsen", frame=service_areas.load_service_areas(), attribution=service_areas.ATTRIBUTION
    )


def bundled_motorway_exits() -> ReferenceLayer:
    return ReferenceLayer(
        key="snelweg_afritten",
        frame=motorways.load_motorway_exits(),
        attribution=motorways.ATTRIBUTION,
        caveat=motorways.known_gaps(),
    )


def bundled_references(
    keys: list[str] | tuple[str, ...] = BUNDLED_KEYS, definition: FastChargeDefinition = NAL_DEFINITION
) -> dict[str, ReferenceLayer]:
    """The bundled layers among ``keys``."""
    loaders = {
        "snellaadlocaties": lambda: bundled_fast_charge_sites(definition),
        "verzorgingsplaatsen": bundled_service_areas,
        "snelweg_afritten": bundled_motorway_exits,
    }
    return {key: loaders[key]() for key in keys if key in loaders}
