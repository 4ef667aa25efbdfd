"""Place names of Noord-Brabant, Limburg and 3 km around (GeoNames), for the offline background of a plankaart.

Towns, villages and named city districts; no streets (no open street network can be bundled; see
``resources/reference/geonames_places_nb_limburg/PROVENANCE.md``).
"""

from __future__ import annotations

import geopandas as gpd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "GeoNames (CC BY 4.0)"
FOLDER = "geonames_places_nb_limburg"


def load_places() -> gpd.GeoDataFrame:
    """Places in RD New with columns ``naam`` (name) and ``land`` (ISO country code)."""
    raw = gpd.read_file(str(resource_path("reference", FOLDER, "geonames_places_nb_limburg_wgs84.geojson")))
    return raw[["naam", "land", "geometry"]].to_crs(RD_NEW).reset_index(drop=True)
