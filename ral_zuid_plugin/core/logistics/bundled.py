"""The bundled reference data the ZES analysis reads, loaded once per process.

The files do not change while QGIS runs, and reading the NDW charging locations (15,379 rows, merged
and projected to RD New) costs about a second on Debian's shapely 1.8: every ZES run after the first
reuses these frames and their spatial indexes. Callers must not change the frames they get.
"""

from __future__ import annotations

from functools import lru_cache

import geopandas as gpd
import numpy as np

from ral_zuid_plugin.core.reference import charging_locations, motorways, service_areas
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.core.screening import measures
from ral_zuid_plugin.core.screening.references import ReferenceLayer


@lru_cache(maxsize=1)
def public_locations() -> tuple[gpd.GeoDataFrame, np.ndarray]:
    """NDW public charging locations (duplicates merged, fast = NAL 50 kW or more) and their x, y."""
    frame = charging_locations.load_public_charging_locations(deduplicate=True)
    return frame, measures.point_coordinates(frame.geometry)


@lru_cache(maxsize=1)
def region() -> gpd.GeoDataFrame:
    return load_region_municipalities()


@lru_cache(maxsize=1)
def reference_layers() -> dict[str, ReferenceLayer]:
    """Existing fast charging, existing truck charging, motorway exits and service/rest areas."""
    locations, _xy = public_locations()
    return {
        "snellaadlocaties": ReferenceLayer(
            key="snellaadlocaties",
            frame=locations[locations["snelladen"]].reset_index(drop=True),
            attribution=charging_locations.attribution(),
        ),
        "vrachtlaadlocaties": ReferenceLayer(
            key="vrachtlaadlocaties",
            frame=locations[locations["laag"] == "freight"].reset_index(drop=True),
            attribution=charging_locations.attribution(),
        ),
        "snelweg_afritten": ReferenceLayer(
            key="snelweg_afritten",
            frame=motorways.load_motorway_exits(),
            attribution=motorways.ATTRIBUTION,
            caveat=motorways.known_gaps(),
        ),
        "verzorgingsplaatsen": ReferenceLayer(
            key="verzorgingsplaatsen",
            frame=service_areas.load_service_areas(),
            attribution=service_areas.ATTRIBUTION,
        ),
    }
