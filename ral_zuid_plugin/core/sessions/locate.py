"""Where each EVSE is, and which gemeente and provincie it lies in.

Locations come, in order of preference, from a point layer the user chose (joined on the EVSE id,
the charge point id or the location id, as written or after normalising the id form), from an OCPI
Locations file, or from coordinates in the sessions themselves (OCPI CDR ``cdr_location.coordinates``
or longitude/latitude columns).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point

from ral_zuid_plugin.core.crs import RD_NEW, WGS84
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.point_in_area import first_area_of_points
from ral_zuid_plugin.core.sessions import schema


def evse_table(sessions: pd.DataFrame) -> pd.DataFrame:
    """One row per EVSE (sorted by id): ``evse_id``, ``laadpunt_id`` and the first known lon/lat."""
    evse = pd.Series(sessions[schema.EVSE_ID]).astype("category")
    codes = evse.cat.codes.to_numpy()
    labels = np.asarray(evse.cat.categories.astype(str), dtype=object)
    present, first = np.unique(codes, return_index=True)
    chargepoints = pd.Series(sessions[schema.CHARGEPOINT_ID]).iloc[first].astype(str).to_numpy(dtype=object)
    lon = sessions[schema.LON].to_numpy(dtype=float)
    lat = sessions[schema.LAT].to_numpy(dtype=float)
    located = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat))
    first_lon = np.full(len(labels), np.nan)
    first_lat = np.full(len(labels), np.nan)
    if len(located):
        with_xy, first_xy = np.unique(codes[located], return_index=True)
        first_lon[with_xy] = lon[located[first_xy]]
        first_lat[with_xy] = lat[located[first_xy]]
    table = pd.DataFrame(
        {
            "evse_id": labels[present],
            "laadpunt_id": chargepoints,
            "lon": first_lon[present],
            "lat": first_lat[present],
        }
    )
    return table.sort_values("evse_id").reset_index(drop=True)


def _clean_id(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{value:.0f}"
    return str(value).strip()


# What the locations layer's id field holds (parameter LOCATIONS_KEY).
KEY_AUTO = "auto"  # EVSE id, then charge point / location id; as written, then normalised
KEY_EVSE = "evse"
KEY_CHARGEPOINT = "chargepoint"  # also the station part of an eMI3 EVSE id (NL*ABC*E123*1 -> 123)
KEY_LOCATION = "location"
LOCATION_KEYS = (KEY_AUTO, KEY_EVSE, KEY_CHARGEPOINT, KEY_LOCATION)

_SEPARATORS = re.compile(r"[\s*_./:-]+")
_OPERATOR = re.compile(r"[A-Z0-9]{3}")
_EVSE_PART = re.compile(r"E\d[0-9A-Z]*")


def normalise_id(value) -> str:
    """One form for the id spellings CPO exports and municipal layers use.

    Upper case; separators ``* - _ . / :`` and spaces become ``*``; an eMI3 country and operator prefix
    (``NL*ABC*``) and the ``E`` of the eMI3 EVSE part are dropped; leading zeros of numbers are dropped.
    ``NL*ABC*E123*1``, ``NL-ABC-E123-1``, ``E123*1``, ``123-1`` and ``0123_1`` all become ``123*1``.
    """
    tokens = [t for t in _SEPARATORS.split(_clean_id(value).upper()) if t]
    emi3_prefix = len(tokens) >= 3 and len(tokens[0]) == 2 and tokens[0].isalpha()
    if emi3_prefix and _OPERATOR.fullmatch(tokens[1]) and _EVSE_PART.fullmatch(tokens[2]):
        tokens = tokens[2:]
    if tokens and _EVSE_PART.fullmatch(tokens[0]):
        tokens[0] = tokens[0][1:]
    return "*".join(t.lstrip("0") or "0" if t.isdigit() else t for t in tokens)


def station_of(evse_id) -> str:
    """The charge point (station) part of an EVSE id in normalised form: ``NL*ABC*E123*1`` -> ``123``."""
    tokens = normalise_id(evse_id).split("*")
    return "*".join(tokens[:-1]) if len(tokens) >= 2 else ""


@dataclass
class LocationJoin:
    """How the EVSEs were joined to the locations layer."""

    layer: str
    field: str
    key: str
    total: int
    matched: int = 0
    by_rule: dict[str, int] = dataclasses.field(default_factory=dict)  # rule -> EVSEs matched by it
    unmatched_examples: list[str] = dataclasses.field(default_factory=list)

    @property
    def normalised(self) -> int:
        return sum(n for rule, n in self.by_rule.items() if rule.endswith("_normalised") or rule == "station")

    def params(self) -> dict[str, object]:
        """Numbers for the quality-table note (formatted in the user's language and in the Dutch workbook)."""
        by_evse = self.by_rule.get("evse", 0) + self.by_rule.get("evse_normalised", 0)
        return {
            "matched": self.matched,
            "total": self.total,
            "field": self.field,
            "layer": self.layer,
            "evse": by_evse,
            "chargepoint": self.matched - by_evse,
            "normalised": self.normalised,
            "unmatched": ", ".join(self.unmatched_examples),
        }


def key_label(key: str) -> str:
    return {
        KEY_AUTO: tr("EVSE id, then charge point or location id"),
        KEY_EVSE: tr("EVSE id"),
        KEY_CHARGEPOINT: tr("charge point id"),
        KEY_LOCATION: tr("location id"),
    }[key]


def _join_rules(key: str) -> list[str]:
    """Rules tried in order; each names the session id it compares and how."""
    return {
        KEY_AUTO: ["evse", "chargepoint", "evse_normalised", "chargepoint_normalised", "station"],
        KEY_EVSE: ["evse", "evse_normalised"],
        KEY_CHARGEPOINT: ["chargepoint", "chargepoint_normalised", "station"],
        KEY_LOCATION: ["chargepoint", "chargepoint_normalised"],
    }[key]


def _layer_lookup(points: gpd.GeoDataFrame, id_field: str) -> tuple[dict[str, object], dict[str, object]]:
    """Layer geometry by id as written and by normalised id (normalised ids shared by two features left out)."""
    exact: dict[str, object] = {}
    normalised: dict[str, object] = {}
    owners: dict[str, str] = {}
    ambiguous: set[str] = set()
    for value, shape in zip(points[id_field], points.geometry):
        key = _clean_id(value)
        if not key or shape is None or shape.is_empty:
            continue
        if key not in exact:
            exact[key] = shape.centroid if shape.geom_type != "Point" else shape
        norm = normalise_id(key)
        if norm and owners.setdefault(norm, key) != key:
            ambiguous.add(norm)
        elif norm and norm not in normalised:
            normalised[norm] = exact[key]
    for norm in ambiguous:
        normalised.pop(norm, None)
    return exact, normalised


def join_layer(
    evses: pd.DataFrame, layer: gpd.GeoDataFrame, id_field: str, layer_name: str = "", key: str = KEY_AUTO
) -> tuple[list, LocationJoin]:
    """Geometry from the locations layer for each EVSE (None when unmatched) and the join report.

    Raises :class:`InputDataError` when no EVSE matches: a layer that places nothing is a wrong field or key.
    """
    if key not in LOCATION_KEYS:
        raise InputDataError(tr("unknown locations key '{key}'").format(key=key), path=layer_name or None)
    points = layer.to_crs(RD_NEW) if layer.crs is not None and str(layer.crs) != RD_NEW else layer
    exact, normalised = _layer_lookup(points, id_field)
    report = LocationJoin(layer_name, id_field, key, len(evses))
    geometry: list = [None] * len(evses)
    rules = _join_rules(key)
    for i, (evse, chargepoint) in enumerate(zip(evses["evse_id"], evses["laadpunt_id"])):
        for rule in rules:
            if rule == "evse":
                shape = exact.get(_clean_id(evse))
            elif rule == "chargepoint":
                shape = exact.get(_clean_id(chargepoint))
            elif rule == "evse_normalised":
                shape = normalised.get(normalise_id(evse))
            elif rule == "chargepoint_normalised":
                shape = normalised.get(normalise_id(chargepoint))
            else:
                station = station_of(evse)
                shape = normalised.get(station) if station else None
            if shape is not None:
                geometry[i] = shape
                report.by_rule[rule] = report.by_rule.get(rule, 0) + 1
                break
        else:
            if len(report.unmatched_examples) < 3:
                report.unmatched_examples.append(str(evse))
    report.matched = sum(report.by_rule.values())
    if report.matched == 0 and len(evses):
        layer_examples = ", ".join(list(exact)[:3]) or tr("(no ids)")
        raise InputDataError(
            tr(
                "none of the {total} EVSEs in the sessions matches the field '{field}' of the locations layer "
                "(compared on: {key}). EVSE ids in the sessions look like {ours}; the field holds values like "
                "{theirs}. Choose the field that holds these ids, or another key (parameter LOCATIONS_KEY)."
            ).format(
                total=len(evses),
                field=id_field,
                key=key_label(key),
                ours=", ".join(report.unmatched_examples),
                theirs=layer_examples,
            ),
            path=layer_name or None,
            column=id_field,
        )
    return geometry, report


def locate_evses(
    evses: pd.DataFrame,
    layer: gpd.GeoDataFrame | None = None,
    layer_id_field: str | None = None,
    layer_name: str = "",
    ocpi_locations: pd.DataFrame | None = None,
    layer_key: str = KEY_AUTO,
) -> tuple[gpd.GeoDataFrame, LocationJoin | None]:
    """``evses`` with a point geometry in RD New (None when the EVSE cannot be placed) and ``locatiebron``,
    and the report of the join to the locations layer (None without a layer)."""
    n = len(evses)
    geometry: list = [None] * n
    origin = np.full(n, "", dtype=object)
    join = None
    if layer is not None:
        if not layer_id_field or layer_id_field not in layer.columns:
            raise InputDataError(
                tr("the locations layer has no field '{field}' to join on EVSE or charge point id").format(
                    field=layer_id_field or ""
                ),
                path=layer_name or None,
                column=layer_id_field or None,
            )
        geometry, join = join_layer(evses, layer, layer_id_field, layer_name, layer_key)
        origin[np.array([g is not None for g in geometry], dtype=bool)] = "laag"
    lon = evses["lon"].to_numpy(dtype=float).copy()
    lat = evses["lat"].to_numpy(dtype=float).copy()
    from_file = np.full(n, "cdr", dtype=object)
    if ocpi_locations is not None and not ocpi_locations.empty:
        by_evse = {str(r.evse_id): (r.lon, r.lat) for r in ocpi_locations.itertuples(index=False)}
        by_evse.update({str(r.evse_uid): (r.lon, r.lat) for r in ocpi_locations.itertuples(index=False) if r.evse_uid})
        by_location = {str(r.location_id): (r.lon, r.lat) for r in ocpi_locations.itertuples(index=False)}
        for i, (evse, chargepoint) in enumerate(zip(evses["evse_id"], evses["laadpunt_id"])):
            found = by_evse.get(str(evse)) or by_location.get(str(chargepoint))
            if found is not None:
                lon[i], lat[i] = found
                from_file[i] = "ocpi-locations"
    needs = np.array([g is None for g in geometry]) & np.isfinite(lon) & np.isfinite(lat)
    if needs.any():
        from pyproj import Transformer

        x, y = Transformer.from_crs(WGS84, RD_NEW, always_xy=True).transform(lon[needs], lat[needs])
        for position, px, py in zip(np.flatnonzero(needs), x, y):
            geometry[int(position)] = Point(px, py)
        origin[needs] = from_file[needs]
    x_rd, y_rd = np.full(n, np.nan), np.full(n, np.nan)
    from_layer = np.flatnonzero(origin == "laag")
    x_rd[from_layer] = [geometry[i].x for i in from_layer]
    y_rd[from_layer] = [geometry[i].y for i in from_layer]
    if needs.any():
        x_rd[needs], y_rd[needs] = x, y
    result = gpd.GeoDataFrame(
        evses.drop(columns=["lon", "lat"]).assign(locatiebron=origin, x_rd=np.round(x_rd, 2), y_rd=np.round(y_rd, 2)),
        geometry=_geometry_series(geometry),
        crs=RD_NEW,
    )
    return result, join


def _geometry_series(shapes: list) -> gpd.GeoSeries:
    """A GeoSeries from shapely objects without numpy probing each point's array interface (slow in shapely 1.8)."""
    from geopandas.array import GeometryArray

    values = np.empty(len(shapes), dtype=object)
    for index, shape in enumerate(shapes):
        values[index] = shape
    return gpd.GeoSeries(GeometryArray(values, crs=RD_NEW), crs=RD_NEW)


def assign_areas(
    points: gpd.GeoDataFrame,
    municipalities: gpd.GeoDataFrame,
    code_field: str = "gemeentecode",
    name_field: str = "gemeentenaam",
    province_field: str | None = "provincienaam",
) -> gpd.GeoDataFrame:
    """Add ``gemeentecode``, ``gemeentenaam``, ``provincie`` and ``in_regio`` by point-in-polygon."""
    for field in (code_field, name_field):
        if field not in municipalities.columns:
            raise InputDataError(tr("the municipality layer has no field '{field}'").format(field=field), column=field)
    areas = municipalities.to_crs(RD_NEW) if str(municipalities.crs) != RD_NEW else municipalities
    columns = {code_field: "gemeentecode", name_field: "gemeentenaam"}
    if province_field and province_field in areas.columns:
        columns[province_field] = "provincie"
    areas = areas[[*columns, "geometry"]].rename(columns=columns)
    if "provincie" not in areas:
        areas["provincie"] = ""
    for column in ("gemeentecode", "gemeentenaam", "provincie"):
        areas[column] = areas[column].map(_clean_id)
    joined = _points_in_polygons(points, areas)
    result = points.copy()
    for column in ("gemeentecode", "gemeentenaam", "provincie"):
        result[column] = joined[column]
    result["in_regio"] = result["gemeentecode"] != ""
    return result


def _points_in_polygons(points: gpd.GeoDataFrame, areas: gpd.GeoDataFrame) -> dict[str, np.ndarray]:
    """Area attributes of the first polygon that contains each point ('' outside every polygon).

    Through the shared exact cell index (:mod:`ral_zuid_plugin.core.point_in_area`, GEOS ``contains``).
    """
    if "x_rd" in points.columns:
        x, y = points["x_rd"].to_numpy(dtype=float), points["y_rd"].to_numpy(dtype=float)
    else:
        shapes = list(points.geometry)
        x = np.array([np.nan if g is None else g.x for g in shapes], dtype=float)
        y = np.array([np.nan if g is None else g.y for g in shapes], dtype=float)
    found = first_area_of_points(list(areas.geometry), x, y, predicate="contains")
    result = {}
    for column in ("gemeentecode", "gemeentenaam", "provincie"):
        values = np.append(areas[column].to_numpy(dtype=object), "")
        result[column] = values[found]
    return result
