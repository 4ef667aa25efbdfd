"""Public charging locations in Noord-Brabant and Limburg from NDW's national OCPI feed (June 2026).

Source: NDW open data (DOT-NL OCPI location feed), via the laadpalenviewer extract; licence
presumed CC0 (see PROVENANCE.md beside the file). One row is one OCPI *location* (a site or
post), not one laadpunt: the feed copy has no EVSE counts.

Real-world quirks handled here:
- the same site is often published twice (e.g. Allego ``NLLOC…`` id and a UUID): rows with the
  same coordinates (to 1e-5 degree, about 1 m) and the same address are merged, keeping the
  highest known power, and ``bronrecords`` counts the merged rows;
- ``maxPowerKw`` 0 means *unknown*: it becomes NaN, never "slow".
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW, WGS84
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "NDW, landelijke laadpuntdata (DOT-NL OCPI), juni 2026 (CC0)"


@dataclass(frozen=True)
class FastChargeDefinition:
    """When a location counts as fast charging (snelladen)."""

    threshold_kw: float
    inclusive: bool

    def is_fast(self, power_kw: pd.Series) -> pd.Series:
        power = pd.to_numeric(power_kw, errors="coerce")
        fast = power >= self.threshold_kw if self.inclusive else power > self.threshold_kw
        return fast.fillna(False).astype(bool)


PLAN_DEFINITION = FastChargeDefinition(threshold_kw=43.0, inclusive=False)
"""Regional plan RAL Zuid: fast charging is more than 43 kW."""

NAL_DEFINITION = FastChargeDefinition(threshold_kw=50.0, inclusive=True)
"""NAL counting since October 2023: fast charging is 50 kW or more."""


def charging_locations_file() -> str:
    return str(
        resource_path("reference", "ndw_charging_locations_nb_limburg", "ndw_ocpi_charging_locations_nb_limburg.csv")
    )


def load_public_charging_locations(
    deduplicate: bool = True, fast: FastChargeDefinition = NAL_DEFINITION
) -> gpd.GeoDataFrame:
    """All public charging locations of the region in RD New.

    Columns: ``location_id``, ``naam``, ``adres``, ``plaats``, ``exploitant``, ``max_vermogen_kw``
    (NaN = unknown), ``snelladen`` (by ``fast``), ``laag`` (passenger/freight), ``gemeentecode``,
    ``gemeentenaam``, ``provincie``, ``bronrecords`` (rows merged into this one), ``geometry``.
    """
    raw = pd.read_csv(charging_locations_file(), dtype={"locationId": str, "gemeentecode": str})
    frame = pd.DataFrame(
        {
            "location_id": raw["locationId"].astype(str),
            "naam": raw["name"].fillna("").astype(str),
            "adres": raw["address"].fillna("").astype(str),
            "plaats": raw["city"].fillna("").astype(str),
            "exploitant": raw["operatorName"].fillna("").astype(str),
            "max_vermogen_kw": raw["maxPowerKw"].astype(float).replace(0.0, np.nan),
            "laag": raw["layer"].astype(str),
            "gemeentecode": raw["gemeentecode"].astype(str),
            "gemeentenaam": raw["gemeentenaam"].astype(str),
            "provincie": raw["provincie"].astype(str),
            "lon": raw["lon"].astype(float),
            "lat": raw["lat"].astype(float),
        }
    )
    frame["bronrecords"] = 1
    if deduplicate:
        frame = _merge_duplicates(frame)
    frame["snelladen"] = fast.is_fast(frame["max_vermogen_kw"])
    points = gpd.points_from_xy(frame.pop("lon"), frame.pop("lat"), crs=WGS84)
    result = gpd.GeoDataFrame(frame, geometry=points, crs=WGS84).to_crs(RD_NEW)
    return result.reset_index(drop=True)


def _merge_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    # Coordinates as whole 1e-5 degrees (about 1 m), so the key does not depend on float printing.
    key = (
        (frame["lon"] * 1e5).round().astype(np.int64).astype(str)
        + "|"
        + (frame["lat"] * 1e5).round().astype(np.int64).astype(str)
        + "|"
        + frame["adres"].str.lower().str.replace(r"\s+", " ", regex=True).str.strip()
    )
    frame = frame.assign(_key=key)
    # Keep, per site, the row with the highest known power (unknown sorts last), first id on ties.
    ordered = frame.sort_values(
        ["_key", "max_vermogen_kw", "location_id"], ascending=[True, False, True], na_position="last"
    )
    counts = ordered.groupby("_key", sort=False)["_key"].transform("size")
    kept = ordered.assign(bronrecords=counts).drop_duplicates("_key", keep="first")
    return kept.drop(columns="_key").sort_values("location_id").reset_index(drop=True)
