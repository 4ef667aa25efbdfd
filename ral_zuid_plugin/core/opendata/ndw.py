"""NDW's open charging-point feed (OCPI 2.2.1 ``Location`` objects) as a layer of existing laadpunten.

NDW publishes the national feed as one gzip-compressed JSON array of OCPI locations
(``https://opendata.ndw.nu/charging_point_locations_ocpi.json.gz``). An OCPI module endpoint answers instead with
the OCPI envelope (``data``, ``status_code`` 1000) and pages with a ``Link: <...>; rel="next"`` header and
``X-Total-Count``; both shapes are read.

One output row is one location (site) with ``laadpunten`` = its EVSEs that are not REMOVED, what OCPI says about
access (``parking_type``, ``twentyfourseven`` from ``opening_times``, the EVSEs' ``parking_restrictions``) and
``toegang`` (publiek / semipubliek / onbekend) derived from them by the same rules as the bundled snapshot. Locations
with ``publish`` false are left out; the same site published twice (same coordinates to about 1 m and the same
address) is merged like the bundled snapshot, keeping the highest power, with ``bronrecords`` counting the rows.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import time
from typing import Any, Callable

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW, WGS84
from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata.features import FetchError, FetchResult, finish_download, get_with_retries
from ral_zuid_plugin.core.progress import Progress, SilentProgress
from ral_zuid_plugin.core.reference.charging_locations import NAL_DEFINITION, _merge_duplicates, derive_access
from ral_zuid_plugin.core.submission import transport as t

NDW_OCPI_URL = "https://opendata.ndw.nu/charging_point_locations_ocpi.json.gz"
LICENCE = "CC0 1.0 (NDW open data; presumed for the OCPI feed, see docs/data-sources.md)"
ATTRIBUTION = "NDW, landelijke laadpuntdata (DOT-NL OCPI), opgehaald {date} (CC0)"
COLUMNS = [
    "location_id",
    "naam",
    "adres",
    "plaats",
    "exploitant",
    "laadpunten",
    "max_vermogen_kw",
    "snelladen",
    "parking_type",
    "twentyfourseven",
    "parking_restrictions",
    "toegang",
    "gemeentecode",
    "bronrecords",
    "bron",
    "opgehaald",
]
_LINK_NEXT = re.compile(r'<([^>]+)>\s*;[^,]*rel="?next"?', re.IGNORECASE)


def decode_body(body: bytes) -> Any:
    """JSON from a plain or gzip-compressed body."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    return json.loads(body.decode("utf-8"))


def fetch_locations(
    transport: t.Transport,
    url: str,
    *,
    label: str,
    progress: Progress | None = None,
    max_retries: int = 3,
    max_pages: int = 10000,
    sleep: Callable[[float], None] | None = None,
) -> FetchResult:
    """All OCPI locations behind ``url``: one (gzip) JSON array, or OCPI pages followed by their Link headers."""
    progress = progress or SilentProgress()
    result = FetchResult(url=url)
    next_url: str | None = url
    seen: set[str] = set()
    while next_url:
        if progress.is_cancelled():
            raise CancelledError()
        if next_url in seen or result.pages >= max_pages:
            raise FetchError(
                tr(
                    "{label}: the service sent the same next page {url} twice; stopped to avoid an endless loop."
                ).format(label=label, url=next_url)
            )
        seen.add(next_url)
        response = get_with_retries(
            transport, next_url, label, progress, max_retries, sleep or time.sleep, result, "application/json"
        )
        try:
            data = decode_body(response.body)
        except (ValueError, OSError, EOFError) as error:
            raise FetchError(
                tr("{label}: the answer of {url} is not readable JSON.").format(label=label, url=next_url)
            ) from error
        if isinstance(data, dict):
            status = data.get("status_code")
            if status is not None and int(status) != 1000:
                raise FetchError(
                    tr("{label}: the OCPI service answered status {status}: {reason}").format(
                        label=label, status=status, reason=str(data.get("status_message") or "")
                    )
                )
            data = data.get("data")
        if not isinstance(data, list):
            raise FetchError(
                tr("{label}: the answer of {url} is not a list of OCPI locations.").format(label=label, url=next_url)
            )
        result.features.extend(item for item in data if isinstance(item, dict))
        result.pages += 1
        total = response.headers.get("x-total-count", "").strip()
        if total.isdigit():
            result.number_matched = int(total)
            progress.set_progress(min(100.0, 100.0 * len(result.features) / max(1, result.number_matched)))
        match = _LINK_NEXT.search(response.headers.get("link", ""))
        next_url = match.group(1) if match and data else None
    return finish_download(result, label, progress)


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def connector_kw(connector: dict[str, Any]) -> float | None:
    """``max_electric_power`` (W) in kW; without it voltage x amperage (x 3 for AC_3_PHASE, OCPI's line-to-neutral
    voltage)."""
    power = _float(connector.get("max_electric_power"))
    if power is not None and power > 0:
        return power / 1000.0
    volts, amps = _float(connector.get("max_voltage")), _float(connector.get("max_amperage"))
    if volts and amps and volts > 0 and amps > 0:
        phases = 3.0 if str(connector.get("power_type", "")).upper() == "AC_3_PHASE" else 1.0
        return phases * volts * amps / 1000.0
    return None


def location_row(location: dict[str, Any]) -> dict[str, Any] | None:
    """One output row (with ``lon``, ``lat``), or ``None`` for an unpublished location or one without coordinates."""
    if location.get("publish") is False:
        return None
    coordinates = location.get("coordinates") or {}
    lat, lon = _float(coordinates.get("latitude")), _float(coordinates.get("longitude"))
    if lat is None or lon is None:
        return None
    evses = [e for e in (location.get("evses") or []) if str(e.get("status", "")).upper() != "REMOVED"]
    powers = [p for e in evses for c in (e.get("connectors") or []) if (p := connector_kw(c)) is not None]
    restrictions = sorted({str(r) for e in evses for r in (e.get("parking_restrictions") or [])})
    opening = location.get("opening_times") or {}
    always = opening.get("twentyfourseven")
    return {
        "location_id": str(location.get("id", "")),
        "naam": str(location.get("name") or ""),
        "adres": str(location.get("address") or ""),
        "plaats": str(location.get("city") or ""),
        "exploitant": str((location.get("operator") or {}).get("name") or ""),
        "laadpunten": float(len(evses)),
        "max_vermogen_kw": max(powers) if powers else np.nan,
        "parking_type": str(location.get("parking_type") or ""),
        "twentyfourseven": "" if always is None else ("true" if always else "false"),
        "parking_restrictions": ";".join(restrictions),
        "lon": lon,
        "lat": lat,
    }


def locations_frame(
    locations: list[dict[str, Any]], municipalities: gpd.GeoDataFrame, fetched: str
) -> tuple[gpd.GeoDataFrame, int]:
    """Published locations inside ``municipalities`` (RD New), merged duplicates; returns (frame, left out)."""
    rows = [row for row in (location_row(item) for item in locations) if row is not None]
    left_out = len(locations) - len(rows)
    attribution = ATTRIBUTION.format(date=fetched)
    if not rows:
        empty = gpd.GeoDataFrame(pd.DataFrame(columns=COLUMNS), geometry=gpd.GeoSeries([], crs=RD_NEW), crs=RD_NEW)
        return empty, left_out
    frame = pd.DataFrame(rows)
    frame["bronrecords"] = 1
    frame = _merge_duplicates(frame)
    points = gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"], crs=WGS84), crs=WGS84
    ).to_crs(RD_NEW)
    joined = gpd.sjoin(
        points, municipalities[["gemeentecode", municipalities.geometry.name]], how="inner", predicate="within"
    )
    joined = joined[~joined.index.duplicated(keep="first")]
    result = pd.DataFrame(joined.drop(columns=["index_right", "lon", "lat", "geometry"]))
    result["snelladen"] = NAL_DEFINITION.is_fast(result["max_vermogen_kw"]).to_numpy()
    result["toegang"] = derive_access(result, default="onbekend").to_numpy()
    result["bron"] = attribution
    result["opgehaald"] = fetched
    out = gpd.GeoDataFrame(result[COLUMNS], geometry=joined.geometry.values, crs=RD_NEW)
    return out.sort_values("location_id").reset_index(drop=True), left_out
