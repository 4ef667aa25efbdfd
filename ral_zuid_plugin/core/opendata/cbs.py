"""CBS wijken en buurten and CBS vierkantstatistieken from PDOK, as layers the prognosis reads directly.

Output fields (the prognosis's households field is ``huishoudens``; ``bron`` and ``opgehaald`` carry the
attribution into every table made from the layer):

- buurten: ``buurtcode``, ``buurtnaam``, ``gemeentecode``, ``gemeentenaam``, ``huishoudens``, ``inwoners``,
  ``adressendichtheid`` (omgevingsadressendichtheid, addresses/km2), ``stedelijkheid`` (1-5), ``bron``, ``opgehaald``;
- vierkanten: ``vierkantcode``, ``gemeentecode``, ``huishoudens`` (particuliere huishoudens), ``inwoners``,
  ``bron``, ``opgehaald``.

CBS marks secret or unknown numbers with negative codes (e.g. -99995, -99997); they become NULL and are counted.
Property names are read in the camelCase of the PDOK services (``aantalHuishoudens``) or in snake_case
(``aantal_huishoudens``), whichever the edition uses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import shape

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

BUURTEN = "buurten"
SQUARES_500 = "vierkanten500"
SQUARES_100 = "vierkanten100"
DATASET_KEYS = (BUURTEN, SQUARES_500, SQUARES_100)
DEFAULT_EDITION = 2024
LICENCE = "CC BY 4.0"


@dataclass(frozen=True)
class Dataset:
    key: str
    service_template: str
    """Service URL (an OGC API landing page, or a WFS); ``{year}`` is the edition."""
    collection_template: str
    """The collection when the service is an OGC API."""
    attribution_template: str
    size: int = 0
    """Square size in metres (0 for buurten)."""
    wfs_type: str = "vierkant"
    """When the service is a WFS: the feature type, or a part of its name (editions name it differently)."""

    def service(self, year: int) -> str:
        return self.service_template.format(year=year)

    def collection(self, year: int) -> str:
        return self.collection_template.format(year=year)

    def attribution(self, year: int) -> str:
        return self.attribution_template.format(year=year)


DATASETS = {
    BUURTEN: Dataset(
        BUURTEN,
        "https://api.pdok.nl/cbs/wijken-en-buurten-{year}/ogc/v1",
        "buurten",
        "CBS / Kadaster, Wijken en buurten {year}, via PDOK (CC BY 4.0)",
    ),
    SQUARES_500: Dataset(
        SQUARES_500,
        "https://service.pdok.nl/cbs/vierkantstatistieken500m/{year}/wfs/v1_0",
        "vierkantstatistieken500m",
        "CBS, Vierkantstatistieken 500 m {year}, via PDOK (CC BY 4.0)",
        500,
    ),
    SQUARES_100: Dataset(
        SQUARES_100,
        "https://service.pdok.nl/cbs/vierkantstatistieken100m/{year}/wfs/v1_0",
        "vierkantstatistieken100m",
        "CBS, Vierkantstatistieken 100 m {year}, via PDOK (CC BY 4.0)",
        100,
    ),
}

HOUSEHOLDS = ("aantalHuishoudens", "aantal_huishoudens", "aantal_part_huishoudens", "aantalParticuliereHuishoudens")
INHABITANTS = ("aantalInwoners", "aantal_inwoners")
ADDRESS_DENSITY = ("omgevingsadressendichtheid", "omgevings_adressendichtheid")
URBANITY = ("stedelijkheidAdressenPerKm2", "stedelijkheid", "stedelijkheid_adressen_per_km2")


def dataset_label(key: str) -> str:
    return {
        BUURTEN: tr("CBS wijken en buurten (buurten)"),
        SQUARES_500: tr("CBS vierkantstatistieken 500 m"),
        SQUARES_100: tr("CBS vierkantstatistieken 100 m"),
    }[key]


@dataclass
class Conversion:
    frame: gpd.GeoDataFrame
    hidden: int = 0
    """Values CBS kept secret or unknown (negative codes), now NULL."""
    skipped: int = 0
    """Features without a readable geometry."""


def _first(properties: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if name in properties:
            return properties[name]
    return None


def _count(value: Any) -> tuple[float | None, bool]:
    """A CBS number, or ``None``; the flag says it was a secrecy/unknown code (negative)."""
    if value is None or isinstance(value, bool):
        return None, False
    try:
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except ValueError:
        return None, False
    if not math.isfinite(number):
        return None, False
    if number < 0:
        return None, True
    return number, False


def _geometries(features: list[dict[str, Any]]) -> tuple[list, list[int]]:
    shapes, kept = [], []
    for position, feature in enumerate(features):
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not geometry:
            continue
        try:
            shapes.append(shape(geometry))
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            continue
        kept.append(position)
    return shapes, kept


def buurten_frame(
    features: list[dict[str, Any]], gemeentecodes: set[str], attribution: str, fetched: str
) -> Conversion:
    """Land buurten of the given gemeenten (``water`` = JA left out) with households and kerncijfers."""
    shapes, kept = _geometries(features)
    rows, geometries, hidden = [], [], 0
    for geometry, position in zip(shapes, kept):
        properties = features[position].get("properties") or {}
        if str(properties.get("gemeentecode", "")).strip().upper() not in gemeentecodes:
            continue
        if str(properties.get("water", "NEE")).strip().upper() == "JA":
            continue
        values = {}
        for name, candidates in (
            ("huishoudens", HOUSEHOLDS),
            ("inwoners", INHABITANTS),
            ("adressendichtheid", ADDRESS_DENSITY),
            ("stedelijkheid", URBANITY),
        ):
            values[name], was_hidden = _count(_first(properties, candidates))
            hidden += int(was_hidden)
        rows.append(
            {
                "buurtcode": str(properties.get("buurtcode", "")),
                "buurtnaam": str(properties.get("buurtnaam", "")),
                "gemeentecode": str(properties.get("gemeentecode", "")).upper(),
                "gemeentenaam": str(properties.get("gemeentenaam", "")),
                **values,
                "bron": attribution,
                "opgehaald": fetched,
            }
        )
        geometries.append(geometry)
    columns = [
        "buurtcode",
        "buurtnaam",
        "gemeentecode",
        "gemeentenaam",
        "huishoudens",
        "inwoners",
        "adressendichtheid",
        "stedelijkheid",
        "bron",
        "opgehaald",
    ]
    table = pd.DataFrame(rows, columns=columns)
    for name in ("huishoudens", "inwoners", "adressendichtheid", "stedelijkheid"):
        table[name] = table[name].astype(float)
    frame = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometries, crs=RD_NEW), crs=RD_NEW)
    frame = frame.sort_values("buurtcode").reset_index(drop=True)
    return Conversion(frame, hidden, len(features) - len(kept))


def _flat_xy(coordinates: Any, xs: list[float], ys: list[float]) -> None:
    if coordinates and isinstance(coordinates[0], (int, float)):
        xs.append(float(coordinates[0]))
        ys.append(float(coordinates[1]))
        return
    for part in coordinates:
        _flat_xy(part, xs, ys)


def _bbox_centre(geometry: Any) -> tuple[float, float] | None:
    """The centre of a (Multi)Polygon's bounds straight from its GeoJSON coordinates (a square's centre)."""
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return None
    xs: list[float] = []
    ys: list[float] = []
    try:
        _flat_xy(geometry.get("coordinates") or [], xs, ys)
    except (TypeError, ValueError, IndexError):
        return None
    if not xs:
        return None
    return (min(xs) + max(xs)) / 2.0, (min(ys) + max(ys)) / 2.0


SQUARE_COLUMNS = ["vierkantcode", "gemeentecode", "huishoudens", "inwoners", "bron", "opgehaald"]


def squares_frame(
    features: list[dict[str, Any]],
    municipalities: gpd.GeoDataFrame,
    size: int,
    attribution: str,
    fetched: str,
) -> Conversion:
    """Squares whose centre lies in one of ``municipalities`` (RD New, with ``gemeentecode``), whole, not cut.

    A square keeps its full 500 m (or 100 m) so its households stay the CBS count; it belongs to the gemeente
    that holds its centre. Centres come straight from the coordinates, and only the kept squares become shapes
    (the whole region is about 68,000 squares in the request's bounds, 29,000 kept).
    """
    positions, cx, cy = [], [], []
    for position, feature in enumerate(features):
        centre = _bbox_centre(feature.get("geometry") if isinstance(feature, dict) else None)
        if centre is not None:
            positions.append(position)
            cx.append(centre[0])
            cy.append(centre[1])
    skipped = len(features) - len(positions)
    if not positions:
        empty = gpd.GeoDataFrame(
            pd.DataFrame(columns=SQUARE_COLUMNS), geometry=gpd.GeoSeries([], crs=RD_NEW), crs=RD_NEW
        )
        return Conversion(empty, 0, skipped)
    centres = gpd.GeoDataFrame({"_position": positions}, geometry=gpd.points_from_xy(cx, cy, crs=RD_NEW), crs=RD_NEW)
    joined = gpd.sjoin(
        centres, municipalities[["gemeentecode", municipalities.geometry.name]], how="inner", predicate="within"
    )
    joined = joined[~joined.index.duplicated(keep="first")].sort_index()
    code_field = "crs28992res{}m".format(size)
    rows, geometries, hidden = [], [], 0
    for position, code in zip(joined["_position"].tolist(), joined["gemeentecode"].astype(str).tolist()):
        feature = features[int(position)]
        try:
            geometry = shape(feature["geometry"])
        except (ValueError, TypeError, KeyError, AttributeError, IndexError):
            skipped += 1
            continue
        properties = feature.get("properties") or {}
        households, h1 = _count(_first(properties, HOUSEHOLDS))
        inhabitants, h2 = _count(_first(properties, INHABITANTS))
        hidden += int(h1) + int(h2)
        rows.append(
            {
                "vierkantcode": str(_first(properties, (code_field, "crs28992res", "vierkantcode", "id")) or ""),
                "gemeentecode": code,
                "huishoudens": households,
                "inwoners": inhabitants,
                "bron": attribution,
                "opgehaald": fetched,
            }
        )
        geometries.append(geometry)
    table = pd.DataFrame(rows, columns=SQUARE_COLUMNS)
    for name in ("huishoudens", "inwoners"):
        table[name] = table[name].astype(float)
    frame = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometries, crs=RD_NEW), crs=RD_NEW)
    frame = frame.sort_values("vierkantcode").reset_index(drop=True)
    return Conversion(frame, hidden, skipped)


def request_bbox(municipalities: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    """The RD New bounds of the chosen gemeenten, for the ``bbox`` parameter (with ``bbox-crs``)."""
    if municipalities.empty:
        raise RalZuidError(tr("No municipality chosen."))
    minx, miny, maxx, maxy = (float(v) for v in municipalities.total_bounds)
    return (math.floor(minx), math.floor(miny), math.ceil(maxx), math.ceil(maxy))


def summary(frame: gpd.GeoDataFrame) -> dict[str, float]:
    return {
        "count": float(len(frame)),
        "huishoudens": float(np.nansum(frame["huishoudens"].to_numpy(float))) if len(frame) else 0.0,
        "inwoners": float(np.nansum(frame["inwoners"].to_numpy(float))) if len(frame) else 0.0,
    }
