"""Rough motorway geometry in Noord-Brabant and Limburg from Rijkswaterstaat's MONIBAS detector sites (NDW).

There is no open motorway centreline file bundled; detector sites (about every 500 m on busy
motorways) stand in for it. Connector sites (``vw*`` carriageways: ramps and junction legs)
mark motorway exits roughly; derived lines join consecutive main-carriageway sites.

Known gaps (see PROVENANCE.md): the A67 is covered only around hm 17-42 and 72, the A73 and
A50 are mostly missing and the A2 has gaps around Eindhoven. Results that rely on these layers
must say so (:data:`KNOWN_GAPS`). Licence CC0 1.0 (NDW open data).
"""

from __future__ import annotations

import geopandas as gpd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "NDW / Rijkswaterstaat, MONIBAS-meetlocaties (CC0)"
FOLDER = "ndw_motorway_detector_sites"


def known_gaps() -> str:
    """The caveat for any result that relies on these layers, in the user's language."""
    return tr("motorway data from NDW detector sites has gaps (A67, A73, A50 largely missing)")


def load_motorway_sites(kind: str | None = None) -> gpd.GeoDataFrame:
    """Detector sites in RD New; ``kind`` ``"main"`` or ``"connector"`` filters on the carriageway kind.

    Columns: ``site_id``, ``rijksweg_nr``, ``carriageway_kind``, ``carriageway_code``,
    ``hectometre_km``, ``gemeentecode``, ``geometry``.
    """
    raw = gpd.read_file(str(resource_path("reference", FOLDER, "ndw_rws_monibas_sites_nb_limburg_wgs84.geojson")))
    if kind is not None:
        raw = raw[raw["carriageway_kind"] == kind]
    columns = ["site_id", "rijksweg_nr", "carriageway_kind", "carriageway_code", "hectometre_km", "gemeentecode"]
    return raw[[*columns, "geometry"]].to_crs(RD_NEW).reset_index(drop=True)


def load_motorway_exits() -> gpd.GeoDataFrame:
    """Connector (ramp) detector sites: a rough proxy for motorway exits and junctions."""
    return load_motorway_sites("connector")


def load_motorway_lines() -> gpd.GeoDataFrame:
    """Approximate motorway carriageways: straight lines between consecutive main detector sites."""
    raw = gpd.read_file(
        str(resource_path("reference", FOLDER, "ndw_motorway_carriageways_derived_nb_limburg_wgs84.geojson"))
    )
    return raw.to_crs(RD_NEW).reset_index(drop=True)
