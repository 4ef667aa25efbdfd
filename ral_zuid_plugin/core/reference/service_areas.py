"""Motorway service areas (verzorgingsplaatsen) and rest areas in Noord-Brabant and Limburg, from OpenStreetMap.

Source: OpenStreetMap (``highway=services`` / ``highway=rest_area``) via the verzorgingsplaatsen
project snapshot of 30 October 2025; 126 points (93 service areas, 33 rest areas), the centre of
each facility. Licence ODbL 1.0: show the attribution and share derived databases alike. See
``resources/reference/nl_service_rest_areas_osm/PROVENANCE.md``.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "© OpenStreetMap-bijdragers (ODbL 1.0), verzorgings- en rustplaatsen, oktober 2025"


def service_areas_file() -> str:
    return str(resource_path("reference", "nl_service_rest_areas_osm", "osm_service_rest_areas_nb_limburg.geojson"))


def load_service_areas() -> gpd.GeoDataFrame:
    """Service and rest areas in RD New.

    Columns: ``osm_id`` (``osm_<type>_<id>``), ``naam`` (empty when OSM has none), ``soort``
    (``verzorgingsplaats`` or ``rustplaats``), ``weg`` (reverse-geocoded road name, sparse),
    ``gemeentecode``, ``gemeentenaam``, ``geometry``.
    """
    raw = gpd.read_file(service_areas_file())
    names = raw["name"].fillna("").astype(str)
    frame = pd.DataFrame(
        {
            "osm_id": raw["id"].astype(str),
            "naam": names.where(names != "Unnamed", ""),
            "soort": raw["osm_highway"]
            .map({"services": "verzorgingsplaats", "rest_area": "rustplaats"})
            .fillna("rustplaats"),
            "weg": raw["road_geocoded"].fillna("").astype(str),
            "gemeentecode": raw["gemeentecode"].fillna("").astype(str),
            "gemeentenaam": raw["gemeentenaam"].fillna("").astype(str),
        }
    )
    return gpd.GeoDataFrame(frame, geometry=raw.geometry.values, crs=raw.crs).to_crs(RD_NEW).reset_index(drop=True)
