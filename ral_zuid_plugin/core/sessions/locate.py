"""Where each EVSE is, and which gemeente and provincie it lies in.

Locations come, in order of preference, from a point layer the user chose (joined on EVSE id,
then on charge point / location id), from an OCPI Locations file, or from coordinates in the
sessions themselves (OCPI CDR ``cdr_location.coordinates`` or longitude/latitude columns).
"""

from __future__ import annotations

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


def locate_evses(
    evses: pd.DataFrame,
    layer: gpd.GeoDataFrame | None = None,
    layer_id_field: str | None = None,
    layer_name: str = "",
    ocpi_locations: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """``evses`` with a point geometry in RD New (None when the EVSE cannot be placed) and ``locatiebron``."""
    n = len(evses)
    geometry: list = [None] * n
    origin = np.full(n, "", dtype=object)
    if layer is not None:
        if not layer_id_field or layer_id_field not in layer.columns:
            raise InputDataError(
                tr("the locations layer has no field '{field}' to join on EVSE or charge point id").format(
                    field=layer_id_field or ""
                ),
                path=layer_name or None,
                column=layer_id_field or None,
            )
        points = layer.to_crs(RD_NEW) if layer.crs is not None and str(layer.crs) != RD_NEW else layer
        by_id: dict[str, object] = {}
        for value, shape in zip(points[layer_id_field], points.geometry):
            key = _clean_id(value)
            if key and shape is not None and not shape.is_empty and key not in by_id:
                by_id[key] = shape.centroid if shape.geom_type != "Point" else shape
        for i, (evse, chargepoint) in enumerate(zip(evses["evse_id"], evses["laadpunt_id"])):
            shape = by_id.get(str(evse)) or by_id.get(str(chargepoint))
            if shape is not None:
                geometry[i], origin[i] = shape, "laag"
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
    return result


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
