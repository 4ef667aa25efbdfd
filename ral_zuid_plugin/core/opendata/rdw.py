"""Registered electric passenger cars per gemeente, from RDW open data by postcode (PC4) and CBS's PC4 areas.

RDW publishes the number of registered vehicles per numeric postcode (PC4), vehicle kind, fuel and whether the
vehicle can be charged from the grid (dataset "Brandstoffen op PC4", Socrata id ``8wbe-pu7d``; fields
``postcode`` (number), ``voertuigsoort``, ``brandstof``, ``extern_oplaadbaar`` (J/N), ``aantal``). It has no
gemeente, so each PC4 is given to the gemeente that holds a point inside its area (CBS postcode4 areas from PDOK,
the bundled gemeente boundaries): a PC4 that straddles a border counts wholly for one gemeente.

What is counted (passenger cars, ``voertuigsoort`` Personenauto):
- ``ev_geregistreerd``: fuel electricity (``brandstof`` E or Elektriciteit): fully electric cars, the
  prognosis's starting point (field name of the prognosis's gemeente table, ``core/pressure/own_numbers``);
- ``phev_geregistreerd``: another fuel with ``extern_oplaadbaar`` J: plug-in hybrids, reported beside it.
RDW leaves out combinations with fewer than 10 vehicles on a PC4, so both are lower bounds; ``pc4_zonder_ev``
says on how many of the gemeente's PC4 areas no electric row was published.
"""

from __future__ import annotations

import time
import urllib.parse
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import shape

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata.features import FetchError, FetchResult, get_with_retries
from ral_zuid_plugin.core.point_in_area import first_area_of_points
from ral_zuid_plugin.core.progress import Progress, SilentProgress
from ral_zuid_plugin.core.submission import transport as t

RDW_PC4_URL = "https://opendata.rdw.nl/resource/8wbe-pu7d.json"
PC4_SERVICE = "https://api.pdok.nl/cbs/postcode4/ogc/v1"
PC4_COLLECTION = "postcode4"
LICENCE = "CC0 1.0 presumed (RDW open data); CBS postcode4: CC BY 4.0"
ATTRIBUTION = "RDW open data, Brandstoffen op PC4 (8wbe-pu7d), opgehaald {date}; CBS postcode4 via PDOK (CC BY 4.0)"
PAGE_LIMIT = 1000
POSTCODES_PER_QUERY = 150
"""PC4 codes per SoQL ``in (...)`` clause: keeps every request URL well under 8 KB."""

PASSENGER_CAR = "personenauto"
ELECTRIC_FUELS = frozenset({"e", "elektriciteit", "elektrisch"})
PC4_FIELDS = ("postcode", "postcode4", "pc4")

COLUMNS = (
    "gemeentecode",
    "gemeentenaam",
    "ev_geregistreerd",
    "phev_geregistreerd",
    "pc4_gebieden",
    "pc4_zonder_ev",
    "peiljaar",
    "bron",
    "opgehaald",
)


def pc4_code(properties: dict[str, Any]) -> str | None:
    """The 4-digit postcode of a CBS postcode4 feature, or ``None``."""
    for name in PC4_FIELDS:
        value = properties.get(name)
        if value is None:
            continue
        text = str(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if len(text) == 4 and text.isdigit():
            return text
    return None


def pc4_by_municipality(features: list[dict[str, Any]], municipalities: gpd.GeoDataFrame) -> dict[str, str]:
    """PC4 code -> gemeentecode of the gemeente that holds a point inside the PC4 area (RD New features)."""
    codes, points = [], []
    for feature in features:
        code = pc4_code(feature.get("properties") or {})
        geometry = feature.get("geometry")
        if code is None or not geometry:
            continue
        try:
            area = shape(geometry)
        except (ValueError, TypeError, AttributeError):
            continue
        if area.is_empty:
            continue
        point = area.representative_point()
        codes.append(code)
        points.append((point.x, point.y))
    if not codes:
        return {}
    xy = np.asarray(points, dtype=float)
    areas = municipalities.to_crs(RD_NEW).reset_index(drop=True)
    index = first_area_of_points(list(areas.geometry), xy[:, 0], xy[:, 1])
    municipality_codes = areas["gemeentecode"].astype(str).to_numpy()
    return {code: municipality_codes[i] for code, i in zip(codes, index) if i >= 0}


def query_urls(base_url: str, postcodes: list[str]) -> list[str]:
    """The first-page SoQL URLs: passenger cars on the given PC4 codes, a batch of codes per URL."""
    urls = []
    ordered = sorted(set(postcodes))
    for start in range(0, len(ordered), POSTCODES_PER_QUERY):
        batch = ordered[start : start + POSTCODES_PER_QUERY]
        where = "upper(voertuigsoort)='PERSONENAUTO' AND postcode in({})".format(",".join(batch))
        params = [
            ("$select", "postcode,voertuigsoort,brandstof,extern_oplaadbaar,aantal"),
            ("$where", where),
            ("$order", "postcode,brandstof,extern_oplaadbaar"),
            ("$limit", str(PAGE_LIMIT)),
        ]
        urls.append(base_url + "?" + urllib.parse.urlencode(params))
    return urls


def fetch_rows(
    transport: t.Transport,
    urls: list[str],
    *,
    label: str,
    progress: Progress | None = None,
    max_retries: int = 3,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """Every row behind the SoQL URLs, paged with ``$offset`` until a page is shorter than ``$limit``."""
    progress = progress or SilentProgress()
    result = FetchResult(url=urls[0] if urls else "")
    for number, first in enumerate(urls):
        offset = 0
        while True:
            if progress.is_cancelled():
                raise CancelledError()
            url = first + ("&$offset={}".format(offset) if offset else "")
            response = get_with_retries(transport, url, label, progress, max_retries, sleep, result, "application/json")
            try:
                rows = response.json()
            except ValueError as error:
                raise FetchError(
                    tr("{label}: the answer of {url} is not readable JSON.").format(label=label, url=url)
                ) from error
            if not isinstance(rows, list):
                raise FetchError(tr("{label}: the answer of {url} is not a list of rows.").format(label=label, url=url))
            result.features.extend(row for row in rows if isinstance(row, dict))
            result.pages += 1
            if len(rows) < PAGE_LIMIT:
                break
            offset += PAGE_LIMIT
        progress.set_progress(100.0 * (number + 1) / len(urls))
    return result


@dataclass
class Counts:
    frame: pd.DataFrame
    unreadable: int = 0
    """Rows without a readable postcode or number, left out."""


def _count(value: Any) -> int | None:
    try:
        number = float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return None
    if not np.isfinite(number) or number < 0:
        return None
    return int(round(number))


def counts_per_municipality(
    rows: list[dict[str, Any]],
    pc4_municipality: dict[str, str],
    municipalities: gpd.GeoDataFrame,
    attribution: str,
    fetched: str,
) -> Counts:
    """One row per gemeente (every gemeente asked for, zeros included) from RDW's PC4 rows."""
    electric: dict[str, int] = {}
    plugin_hybrid: dict[str, int] = {}
    with_ev: set[str] = set()
    unreadable = 0
    for row in rows:
        postcode = pc4_code({"postcode": row.get("postcode")})
        number = _count(row.get("aantal"))
        if postcode is None or number is None:
            unreadable += 1
            continue
        if str(row.get("voertuigsoort", "")).strip().lower() != PASSENGER_CAR:
            continue
        municipality = pc4_municipality.get(postcode)
        if municipality is None:
            continue
        fuel = str(row.get("brandstof", "")).strip().lower()
        if fuel in ELECTRIC_FUELS:
            electric[municipality] = electric.get(municipality, 0) + number
            with_ev.add(postcode)
        elif str(row.get("extern_oplaadbaar", "")).strip().upper() == "J":
            plugin_hybrid[municipality] = plugin_hybrid.get(municipality, 0) + number
    areas_per_municipality: dict[str, int] = {}
    without_ev: dict[str, int] = {}
    for postcode, municipality in pc4_municipality.items():
        areas_per_municipality[municipality] = areas_per_municipality.get(municipality, 0) + 1
        if postcode not in with_ev:
            without_ev[municipality] = without_ev.get(municipality, 0) + 1
    year = datetime.fromisoformat(fetched).year
    records = []
    for code, name in zip(municipalities["gemeentecode"].astype(str), municipalities["gemeentenaam"].astype(str)):
        records.append(
            {
                "gemeentecode": code,
                "gemeentenaam": name,
                "ev_geregistreerd": electric.get(code, 0),
                "phev_geregistreerd": plugin_hybrid.get(code, 0),
                "pc4_gebieden": areas_per_municipality.get(code, 0),
                "pc4_zonder_ev": without_ev.get(code, 0),
                "peiljaar": year,
                "bron": attribution,
                "opgehaald": fetched,
            }
        )
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS)).sort_values("gemeentecode")
    return Counts(frame.reset_index(drop=True), unreadable)
