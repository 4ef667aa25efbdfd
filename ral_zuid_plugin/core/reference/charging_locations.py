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

import json
from dataclasses import dataclass
from pathlib import Path

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


SNAPSHOT_FILE = "ndw_ocpi_charging_locations_nb_limburg.csv"
SNAPSHOT_EXTRA_COLUMNS = ("laadpunten", "toegang", "parking_type", "twentyfourseven", "parking_restrictions")
"""Columns only a refreshed snapshot has (the bundled extract has no EVSE counts and no access fields)."""
SNAPSHOT_META = "ndw_ocpi_charging_locations_nb_limburg.json"
_snapshot_folder: Path | None = None


def use_snapshot_folder(folder: str | Path | None) -> None:
    """Where a refreshed snapshot may be (the plugin sets the QGIS profile's; ``None``: the bundled one only)."""
    global _snapshot_folder
    _snapshot_folder = Path(folder) if folder else None


def snapshot_folder() -> Path | None:
    return _snapshot_folder


def refreshed_snapshot() -> tuple[Path, dict] | None:
    """The refreshed snapshot (CSV path, metadata) when ``ralzuid:opendata`` wrote a whole one, else ``None``."""
    if _snapshot_folder is None:
        return None
    table, meta_path = _snapshot_folder / SNAPSHOT_FILE, _snapshot_folder / SNAPSHOT_META
    if not (table.is_file() and meta_path.is_file()):
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or not meta.get("attribution"):
        return None
    return table, meta


def charging_locations_file() -> str:
    """The refreshed snapshot when there is one, else the bundled June 2026 snapshot."""
    refreshed = refreshed_snapshot()
    if refreshed is not None:
        return str(refreshed[0])
    return str(resource_path("reference", "ndw_charging_locations_nb_limburg", SNAPSHOT_FILE))


def attribution() -> str:
    """The attribution of the snapshot in use."""
    refreshed = refreshed_snapshot()
    return str(refreshed[1]["attribution"]) if refreshed is not None else ATTRIBUTION


def load_public_charging_locations(
    deduplicate: bool = True, fast: FastChargeDefinition = NAL_DEFINITION
) -> gpd.GeoDataFrame:
    """All public charging locations of the region in RD New.

    Columns: ``location_id``, ``naam``, ``adres``, ``plaats``, ``exploitant``, ``max_vermogen_kw``
    (NaN = unknown), ``snelladen`` (by ``fast``), ``laag`` (passenger/freight), ``gemeentecode``,
    ``gemeentenaam``, ``provincie``, ``bronrecords`` (rows merged into this one), ``geometry``; from a refreshed
    snapshot also ``laadpunten`` and the access fields (:data:`SNAPSHOT_EXTRA_COLUMNS`).
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
    for name in SNAPSHOT_EXTRA_COLUMNS:  # a refreshed snapshot carries the OCPI counts and access fields
        if name in raw.columns:
            frame[name] = raw[name] if name != "laadpunten" else pd.to_numeric(raw[name], errors="coerce")
    frame["bronrecords"] = 1
    if deduplicate:
        frame = _merge_duplicates(frame)
    frame["snelladen"] = fast.is_fast(frame["max_vermogen_kw"])
    points = gpd.points_from_xy(frame.pop("lon"), frame.pop("lat"), crs=WGS84)
    result = gpd.GeoDataFrame(frame, geometry=points, crs=WGS84).to_crs(RD_NEW)
    return result.reset_index(drop=True)


def public_charging_xy() -> np.ndarray:
    """RD New (x, y) of every public row of the snapshot in use, without building a GeoDataFrame: enough for
    nearest-point distances (a duplicate row at the same place changes no distance)."""
    from pyproj import Transformer

    raw = pd.read_csv(charging_locations_file(), usecols=lambda name: name in ("lon", "lat", "toegang"))
    if "toegang" in raw.columns:  # a refreshed snapshot says which are public; semi-public ones do not serve
        raw = raw[raw["toegang"].astype(str) == PUBLIC]
    x, y = Transformer.from_crs(WGS84, RD_NEW, always_xy=True).transform(
        raw["lon"].to_numpy(float), raw["lat"].to_numpy(float)
    )
    return np.column_stack([x, y])


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


PUBLIC = "publiek"
SEMI_PUBLIC = "semipubliek"
UNKNOWN = "onbekend"
ACCESS_KINDS = (PUBLIC, SEMI_PUBLIC, UNKNOWN)

_ACCESS_WORDS = {
    "publiek": PUBLIC,
    "public": PUBLIC,
    "openbaar": PUBLIC,
    "semipubliek": SEMI_PUBLIC,
    "semi-publiek": SEMI_PUBLIC,
    "semi-public": SEMI_PUBLIC,
    "semipublic": SEMI_PUBLIC,
    "privaat": SEMI_PUBLIC,
    "private": SEMI_PUBLIC,
    "onbekend": UNKNOWN,
    "unknown": UNKNOWN,
}
# OCPI 2.2.1 Location.parking_type
_PARKING_TYPE = {
    "ON_STREET": PUBLIC,
    "ALONG_MOTORWAY": PUBLIC,
    "PARKING_GARAGE": SEMI_PUBLIC,
    "UNDERGROUND_GARAGE": SEMI_PUBLIC,
    "ON_DRIVEWAY": SEMI_PUBLIC,
}
# OpenStreetMap access=*
_OSM_ACCESS = {
    "yes": PUBLIC,
    "public": PUBLIC,
    "customers": SEMI_PUBLIC,
    "permissive": SEMI_PUBLIC,
    "destination": SEMI_PUBLIC,
    "private": SEMI_PUBLIC,
    "employees": SEMI_PUBLIC,
    "permit": SEMI_PUBLIC,
}
# Open Charge Map UsageTypeID (lookup_usage_types.csv)
_OCM_USAGE = {1: PUBLIC, 4: PUBLIC, 5: PUBLIC, 7: PUBLIC, 2: SEMI_PUBLIC, 3: SEMI_PUBLIC, 6: SEMI_PUBLIC}
ACCESS_FIELDS = (
    "toegang",
    "parking_type",
    "parkingtype",
    "access",
    "twentyfourseven",
    "parking_restrictions",
    "usage_type_id",
)


def _lower_columns(frame: pd.DataFrame) -> dict[str, str]:
    return {str(column).lower(): column for column in frame.columns}


def access_fields(frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` that say something about public access (case-insensitive names)."""
    lower = _lower_columns(frame)
    return [lower[name] for name in ACCESS_FIELDS if name in lower]


def derive_access(frame: pd.DataFrame, default: str = UNKNOWN) -> pd.Series:
    """publiek / semipubliek / onbekend per location from whatever access fields the data has.

    Plan §4.3: "Publieke laadpunten zijn laadpunten in de openbare ruimte die 24/7 beschikbaar zijn";
    §4.2: semi-public points are on business or private ground "die (beperkt) zijn opengesteld voor publiek".
    Rules, first match wins: an explicit ``toegang`` field; any sign of restricted access (OCPI
    ``twentyfourseven`` false, ``parking_restrictions`` set, ``parking_type`` garage/driveway, OSM ``access``
    customers/private/..., OCM usage type 2/3/6) -> semipubliek; OCPI ``parking_type`` ON_STREET or
    ALONG_MOTORWAY, OSM ``access`` yes/public, OCM usage type 1/4/5/7 -> publiek; otherwise ``default``.
    """
    lower = _lower_columns(frame)
    result = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    public = pd.Series(False, index=frame.index)
    restricted = pd.Series(False, index=frame.index)

    def text(name: str) -> pd.Series | None:
        if name not in lower:
            return None
        return frame[lower[name]].astype(object).where(frame[lower[name]].notna(), "").astype(str).str.strip()

    explicit = text("toegang")
    if explicit is not None:
        result = explicit.str.lower().map(_ACCESS_WORDS)
    for name in ("parking_type", "parkingtype"):
        values = text(name)
        if values is not None:
            kind = values.str.upper().map(_PARKING_TYPE)
            public |= kind == PUBLIC
            restricted |= kind == SEMI_PUBLIC
    values = text("access")
    if values is not None:
        kind = values.str.lower().map(_OSM_ACCESS)
        public |= kind == PUBLIC
        restricted |= kind == SEMI_PUBLIC
    values = text("twentyfourseven")
    if values is not None:
        restricted |= values.str.lower().isin(["false", "0", "nee", "no"])
    values = text("parking_restrictions")
    if values is not None:
        restricted |= ~values.str.strip("[] ").str.lower().isin(["", "none", "null", "nan"])
    values = text("usage_type_id")
    if values is not None:
        numbers = pd.to_numeric(values, errors="coerce")
        kind = numbers.map(lambda n: _OCM_USAGE.get(int(n)) if pd.notna(n) else None)
        public |= kind == PUBLIC
        restricted |= kind == SEMI_PUBLIC
    derived = pd.Series(default, index=frame.index, dtype=object)
    derived[public] = PUBLIC
    derived[restricted] = SEMI_PUBLIC
    return result.where(result.notna(), derived).astype(str)
