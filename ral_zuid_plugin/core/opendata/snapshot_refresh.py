"""Refreshing the bundled charging-point snapshot from a fresh NDW download, kept in the QGIS profile.

The bundled snapshot (``resources/reference/ndw_charging_locations_nb_limburg``, June 2026) is never changed: the
refreshed one is written beside the downloads in the profile, in the same columns plus the OCPI EVSE count and
access fields, with a metadata file (date, URL, licence, attribution) written last, so a half-written refresh is
never used. Every algorithm that reads "the bundled charging points" then reads the refreshed ones and names their
date in its sources; removing the refresh brings the bundled snapshot back.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.atomic_files import write_text_atomically
from ral_zuid_plugin.core.crs import WGS84
from ral_zuid_plugin.core.opendata.cache import CacheMeta
from ral_zuid_plugin.core.reference import charging_locations
from ral_zuid_plugin.core.resources import resource_path

SNAPSHOT_SUBFOLDER = "snapshot"
BUNDLED_COLUMNS = (
    "locationId", "name", "address", "city", "operatorName", "maxPowerKw", "isMegawatt", "priceKwh",
    "status_snapshot", "layer", "gemeentecode", "gemeentenaam", "provincie", "lon", "lat",
)  # fmt: skip


def snapshot_table(frame: gpd.GeoDataFrame, municipalities: pd.DataFrame, freight_ids: set[str]) -> pd.DataFrame:
    """The snapshot's rows from NDW locations (``ndw.locations_frame``, RD New, one gemeente each).

    ``layer`` is ``freight`` for the ids the bundled snapshot marks so (OCPI has no such flag), else
    ``passenger``; an unknown power is 0 as in the bundled file; the OCPI status is not kept (it changes by the
    minute).
    """
    names = municipalities.set_index("gemeentecode")
    codes = frame["gemeentecode"].astype(str)
    wgs84 = frame.geometry.to_crs(WGS84)
    power = pd.to_numeric(frame["max_vermogen_kw"], errors="coerce")
    ids = frame["location_id"].astype(str)
    table = pd.DataFrame(
        {
            "locationId": ids,
            "name": frame["naam"].astype(str),
            "address": frame["adres"].astype(str),
            "city": frame["plaats"].astype(str),
            "operatorName": frame["exploitant"].astype(str),
            "maxPowerKw": power.fillna(0.0).round(2),
            "isMegawatt": power.fillna(0.0) >= 1000.0,
            "priceKwh": "",
            "status_snapshot": "",
            "layer": np.where(ids.isin(freight_ids), "freight", "passenger"),
            "gemeentecode": codes,
            "gemeentenaam": codes.map(names["gemeentenaam"]).fillna("").astype(str),
            "provincie": codes.map(names["provincienaam"]).fillna("").astype(str),
            "lon": wgs84.x.round(6).to_numpy(),
            "lat": wgs84.y.round(6).to_numpy(),
        }
    )
    for name in charging_locations.SNAPSHOT_EXTRA_COLUMNS:
        table[name] = frame[name].to_numpy() if name in frame.columns else ""
    return table.sort_values("locationId").reset_index(drop=True)


def write_snapshot(table: pd.DataFrame, folder: str | Path, meta: CacheMeta) -> Path:
    """Write the refreshed snapshot (table first, metadata last, each atomically); returns the CSV path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / charging_locations.SNAPSHOT_FILE
    meta_target = folder / charging_locations.SNAPSHOT_META
    if meta_target.exists():
        os.remove(meta_target)  # the old metadata goes first: a crash now leaves no half-refreshed snapshot in use
    write_text_atomically(target, lambda handle: table.to_csv(handle, index=False, lineterminator="\n"))
    content = dict(meta.__dict__, rows=len(table))
    write_text_atomically(meta_target, lambda handle: json.dump(content, handle, ensure_ascii=False, indent=1))
    return target


def remove_snapshot(folder: str | Path) -> bool:
    """Remove a refreshed snapshot (metadata first); returns whether there was one."""
    folder = Path(folder)
    found = False
    for name in (charging_locations.SNAPSHOT_META, charging_locations.SNAPSHOT_FILE):
        path = folder / name
        if path.exists():
            os.remove(path)
            found = True
    return found


def bundled_freight_ids() -> set[str]:
    """The location ids the bundled snapshot marks as freight (truck) charging."""
    bundled = resource_path("reference", "ndw_charging_locations_nb_limburg", charging_locations.SNAPSHOT_FILE)
    raw = pd.read_csv(bundled, usecols=["locationId", "layer"], dtype=str)
    return set(raw.loc[raw["layer"] == "freight", "locationId"])
