"""Find and rank charging sites for the zero-emission zones (ZES) of one municipality.

Steps (see docs/zes-logistics.md):

1. the municipality's ZE zones (N1-N3) from the DATEX II feed, announced ones included and marked;
2. candidate sites per zone: the user's bedrijventerreinen / depots / hubs / logistics firms within the
   search distance of the zone; without that layer, 500 m search cells (zoekgebieden) within the search
   distance, as semi-public van plazas, plus truck sites where a motorway exit is near (said so in every
   row and in the log);
3. screening against the ZES rule file with the shared screening engine (same statuses, reasons,
   score and advice as the snellaadvisie);
4. ranking per zone (advice, score, distance to the zone boundary), estimated charge points and daily
   kWh for the best sites per type from the plan's 2030 forecasts (assumptions file), and the gap
   with existing freight and fast charging;
5. per zone a van-pressure indicator on the public points in and near the zone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.logistics import bundled
from ral_zuid_plugin.core.logistics.assumptions import Assumptions, SiteType
from ral_zuid_plugin.core.logistics.emission_zones import ATTRIBUTION as ZONES_ATTRIBUTION
from ral_zuid_plugin.core.logistics.emission_zones import ZE, ze_zones_of_municipality
from ral_zuid_plugin.core.logistics.network import driving_distance_to_boundary
from ral_zuid_plugin.core.progress import Progress, SilentProgress, SubProgress, check_cancelled
from ral_zuid_plugin.core.screening import measures, wording
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import ReferenceLayer, prepare_reference
from ral_zuid_plugin.core.screening.rules import RuleSet, localized
from ral_zuid_plugin.core.screening.screening import ScreeningResult, screen_candidates

ADVICE_ORDER = {"positief": 0, "nader onderzoek": 1, "negatief": 2}
GAP_RADIUS_M = 3000.0
PEAK_THRESHOLD_PCT = 80.0

# Words in a logistics layer's type field -> site types proposed there.
KIND_WORDS = (
    ("bedrijventerrein", ("laadplein", "vrachtwagen")),
    ("business park", ("laadplein", "vrachtwagen")),
    ("industrie", ("laadplein", "vrachtwagen")),
    ("hub", ("laadplein",)),
    ("depot", ("depot",)),
    ("distributie", ("depot", "vrachtwagen")),
)


@dataclass
class ZesResult:
    sites: gpd.GeoDataFrame
    """Ranked sites (points, RD New) with the screening fields, type, estimates, gap and reasons."""
    zones: gpd.GeoDataFrame
    """The municipality's ZE zones with demand, gap and the van-pressure indicator."""
    screening: ScreeningResult
    rules: RuleSet
    assumptions: Assumptions
    fallback: bool
    messages: list[str] = field(default_factory=list)


def site_type_label(site_type: SiteType) -> str:
    return localized(site_type.label)


def _municipality(gemeentecode: str) -> tuple[gpd.GeoDataFrame, float]:
    region = bundled.region()
    own = region[region["gemeentecode"] == gemeentecode]
    if own.empty:
        raise RalZuidError(tr("'{code}' is not a municipality of Noord-Brabant or Limburg").format(code=gemeentecode))
    province = own["provincienaam"].iloc[0]
    share = float(own["huishoudens"].iloc[0]) / float(
        region.loc[region["provincienaam"] == province, "huishoudens"].sum()
    )
    return own, share


def select_zones(zones: gpd.GeoDataFrame, municipality: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    ze = ze_zones_of_municipality(zones, municipality.geometry)
    if ze.empty:
        with_ze = sorted(set(zones.loc[zones["zone_soort"] == ZE, "gemeente"]))
        raise RalZuidError(
            tr(
                "The emission-zone feed has no zero-emission zone (N1-N3) in {name}. "
                "Zones for city logistics exist in: {names}. Load a newer feed when the municipality has published one."
            ).format(name=municipality["gemeentenaam"].iloc[0], names=", ".join(with_ze))
        )
    return ze


def _types_for(text: str, is_polygon: bool) -> tuple[str, ...]:
    lowered = text.lower()
    for word, kinds in KIND_WORDS:
        if word in lowered:
            return kinds
    return ("laadplein", "vrachtwagen") if is_polygon else ("depot",)


def _zone_distance(xy: np.ndarray, zones: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Distance to the nearest zone polygon (0 inside) and its row, per point."""
    distances = np.full((len(xy), len(zones)), np.inf)
    for column, geometry in enumerate(zones.geometry):
        layer = measures.LayerGeometry(gpd.GeoSeries([geometry], crs=RD_NEW))
        distances[:, column] = measures.nearest_distance(xy, layer)
    nearest = distances.argmin(axis=1) if len(zones) else np.zeros(len(xy), dtype=int)
    return distances[np.arange(len(xy)), nearest], nearest


def logistics_candidates(
    logistics: gpd.GeoDataFrame, kind_field: str | None, zones: gpd.GeoDataFrame, assumptions: Assumptions
) -> pd.DataFrame:
    """Candidate rows from the user's logistics layer (within the search distance of a zone)."""
    shapes = list(logistics.geometry)
    xy = measures.point_coordinates(logistics.geometry)
    near, zone_row = _zone_distance(xy, zones)
    name_column = next((c for c in logistics.columns if str(c).lower() in ("naam", "name")), None)
    rows = []
    for position in np.flatnonzero(near <= assumptions.search_distance_m):
        shape = shapes[position]
        is_polygon = shape.geom_type in ("Polygon", "MultiPolygon")
        kind_text = str(logistics[kind_field].iloc[position]) if kind_field else ""
        name = str(logistics[name_column].iloc[position]) if name_column else ""
        for key in _types_for(kind_text, is_polygon):
            rows.append(
                {
                    "bron_rij": int(position) + 1,
                    "naam_basis": name or tr("logistics site {row}").format(row=position + 1),
                    "locatietype": kind_text.strip().lower() or ("bedrijventerrein" if is_polygon else "depot"),
                    "site_type": key,
                    "zone_row": int(zone_row[position]),
                    "x": xy[position, 0],
                    "y": xy[position, 1],
                }
            )
    return pd.DataFrame(rows)


def search_cell_candidates(
    zones: gpd.GeoDataFrame, municipality: gpd.GeoDataFrame, assumptions: Assumptions
) -> pd.DataFrame:
    """Fallback: centres of search cells within the search distance of a zone, inside the municipality.

    Every cell is a semi-public van plaza (laadplein); a cell within ``truck_exit_m`` of a motorway exit
    is also a truck site. Depots are never guessed: they need the user's layer.
    """
    cell = assumptions.cell_m
    reach = assumptions.search_distance_m
    minx, miny, maxx, maxy = zones.total_bounds
    xs = np.arange(math.floor((minx - reach) / cell) * cell, maxx + reach + cell, cell) + cell / 2
    ys = np.arange(math.floor((miny - reach) / cell) * cell, maxy + reach + cell, cell) + cell / 2
    grid = np.array([(x, y) for y in ys for x in xs])
    near, zone_row = _zone_distance(grid, zones)
    keep = near <= reach
    area = measures.LayerGeometry(municipality.geometry.reset_index(drop=True))
    inside_municipality = measures.inside_polygon(gpd.GeoSeries([Point(p) for p in grid[keep]], crs=RD_NEW), area)
    chosen = np.flatnonzero(keep)[inside_municipality >= 0.5]
    exits = bundled.reference_layers()["snelweg_afritten"].geometry()
    exit_distance = measures.nearest_distance(grid[chosen], exits) if len(chosen) else np.zeros(0)
    rows = []
    for number, (position, to_exit) in enumerate(zip(chosen.tolist(), exit_distance.tolist()), start=1):
        kinds = ("laadplein", "vrachtwagen") if to_exit <= assumptions.truck_exit_m else ("laadplein",)
        for key in kinds:
            rows.append(
                {
                    "bron_rij": 0,
                    "naam_basis": tr("search area {number}").format(number=number),
                    "locatietype": "zoekgebied",
                    "site_type": key,
                    "zone_row": int(zone_row[position]),
                    "x": grid[position, 0],
                    "y": grid[position, 1],
                }
            )
    return pd.DataFrame(rows)


def _candidate_frame(rows: pd.DataFrame, zones: gpd.GeoDataFrame, assumptions: Assumptions, note: str):
    types = [assumptions.site_types[key] for key in rows["site_type"]]
    frame = gpd.GeoDataFrame(
        {
            "kandidaat_id": [
                "zes_{}_{:04d}_{}".format(zone, number, key)
                for number, (zone, key) in enumerate(zip(rows["zone_row"] + 1, rows["site_type"]), start=1)
            ],
            "naam": ["{} ({})".format(base, site_type_label(t)) for base, t in zip(rows["naam_basis"], types)],
            "vermogen_kw": [t.power_kw for t in types],
            "aantal_laadpunten": 1,
            "doelgroepen": [t.doelgroep for t in types],
            "grondeigendom": "onbekend",
            "opmerkingen": note,
            "locatietype": rows["locatietype"].tolist(),
        },
        geometry=gpd.points_from_xy(rows["x"], rows["y"]),
        crs=RD_NEW,
    )
    return frame, types


def _references(
    zones: gpd.GeoDataFrame,
    logistics: gpd.GeoDataFrame | None,
    logistics_name: str,
    user_layers: dict[str, ReferenceLayer],
) -> dict[str, ReferenceLayer]:
    references = dict(user_layers)
    boundary = gpd.GeoDataFrame(geometry=zones.geometry.boundary.values, crs=RD_NEW)
    references["ze_grens"] = prepare_reference("ze_grens", boundary, attribution=ZONES_ATTRIBUTION)
    if logistics is not None:
        references["logistiek"] = prepare_reference(
            "logistiek", logistics, attribution=tr("input layer {name}").format(name=logistics_name)
        )
    shared = bundled.reference_layers()
    for key in ("snellaadlocaties", "vrachtlaadlocaties", "snelweg_afritten"):
        references[key] = shared[key]
    return references


def zone_distances(
    xy: np.ndarray,
    zone_rows: np.ndarray,
    zones: gpd.GeoDataFrame,
    straight: np.ndarray,
    roads: ReferenceLayer | None,
    assumptions: Assumptions,
) -> tuple[np.ndarray, list[str]]:
    """Distance to the own zone's boundary per site: driving over ``roads`` where possible, else straight line.

    Returns the distances and per site the note that says how it was measured.
    """
    distance = np.asarray(straight, dtype=float).copy()
    if roads is None or len(roads.frame) == 0:
        return distance, [tr("straight-line distance; no road network given")] * len(xy)
    notes = [""] * len(xy)
    shapes = list(roads.frame.geometry)
    for zone_row, zone in enumerate(zones.geometry):
        rows = np.flatnonzero(zone_rows == zone_row)
        if len(rows) == 0:
            continue
        own = np.array([zone.boundary.distance(Point(p)) for p in xy[rows]])
        found = driving_distance_to_boundary(xy[rows], shapes, zone, own, assumptions.road_snap_m)
        distance[rows] = found.distance_m
        for position, usable in zip(rows.tolist(), found.on_network.tolist()):
            notes[position] = (
                tr("driving distance over the road network")
                if usable
                else tr("straight-line distance; no connected road within {snap} m").format(
                    snap=wording.format_number(assumptions.road_snap_m, 0)
                )
            )
    return distance, notes


def _add_distance_notes(result: ScreeningResult, notes: list[str]) -> None:
    """Say in the zone-distance reasons how the distance was measured (the engine reads it as a field)."""
    for outcome in result.outcomes:
        if outcome.criterion.id != "afstand_ze_grens":
            continue
        for position, status in enumerate(outcome.statuses):
            if status in ("voldoet", "aandachtspunt", "voldoet niet"):
                outcome.reasons[position] = tr("{reason} (note: {caveat})").format(
                    reason=outcome.reasons[position], caveat=notes[position]
                )
        result.frame["afstand_ze_grens_reden"] = np.array(outcome.reasons, dtype=object)


def _rank(sites: pd.DataFrame, proposed: np.ndarray | None = None) -> np.ndarray:
    """Rank per zone: advice, then score (high first), distance to the zone boundary, id.

    With ``proposed`` (the sites that receive charge points), those come first, in that same order:
    rank 1..k is the proposal, the rest are alternatives (e.g. a site as good as a chosen one but
    within the minimum spacing of it).
    """
    order = sites.assign(
        _proposed=0 if proposed is None else np.where(proposed, 0, 1),
        _advice=sites["advies"].map(ADVICE_ORDER).fillna(3),
        _score=-sites["score"].fillna(-1.0),
    ).sort_values(["ze_zone_id", "_proposed", "_advice", "_score", "afstand_ze_grens_m", "kandidaat_id"])
    ranks = np.zeros(len(sites), dtype=np.int64)
    for _zone, group in order.groupby("ze_zone_id", sort=False):
        ranks[group.index.to_numpy()] = np.arange(1, len(group) + 1)
    return ranks


def _spread(ranked: pd.DataFrame, count: int, spacing_m: float) -> list:
    """The first ``count`` rows in rank order that lie at least ``spacing_m`` from every row chosen before."""
    chosen: list = []
    points: list[tuple[float, float]] = []
    for index, geometry in zip(ranked.index, ranked.geometry):
        point = geometry.representative_point()
        if all(math.hypot(point.x - x, point.y - y) >= spacing_m for x, y in points):
            chosen.append(index)
            points.append((point.x, point.y))
            if len(chosen) == count:
                break
    return chosen


def allocate(
    sites: pd.DataFrame,
    zones: gpd.GeoDataFrame,
    assumptions: Assumptions,
    province: str,
    household_share: float,
) -> tuple[np.ndarray, np.ndarray, dict]:
    """Daily kWh and charge points for the best non-negative sites per zone and type.

    Per zone and type: vehicles = forecast 2030 (province) x household share x zone area share;
    kWh/day = vehicles x share of the type x kWh per vehicle per day, split equally over the
    ``sites_per_zone`` best-ranked sites whose advice is not negatief, each at least ``min_spacing_m``
    from the ones chosen before; points = ceil(kWh / kWh per point). ``sites`` needs a geometry.
    """
    kwh = np.zeros(len(sites))
    points = np.zeros(len(sites), dtype=np.int64)
    areas = zones.geometry.area.to_numpy()
    area_share = areas / areas.sum()
    demand: dict = {}
    for zone_position, zone_id in enumerate(zones["zone_id"]):
        for key, site_type in assumptions.site_types.items():
            vehicles = assumptions.fleet(site_type.fleet, province) * household_share * area_share[zone_position]
            total = vehicles * site_type.share * site_type.kwh_per_vehicle_day
            demand[(zone_id, key)] = (vehicles, total)
            eligible = sites[
                (sites["ze_zone_id"] == zone_id) & (sites["site_type"] == key) & (sites["advies"] != "negatief")
            ].sort_values("rang")
            chosen = _spread(eligible, site_type.sites_per_zone, assumptions.min_spacing_m)
            if len(chosen) == 0:
                continue
            each = total / len(chosen)
            kwh[chosen] = each
            points[chosen] = math.ceil(each / site_type.kwh_per_point_day) if each > 0 else 0
    return kwh, points, demand


def _gaps(xy: np.ndarray, references: dict[str, ReferenceLayer]) -> dict[str, np.ndarray]:
    fast = references["snellaadlocaties"].geometry()
    freight = references["vrachtlaadlocaties"].geometry()
    parkings = bundled.reference_layers()["verzorgingsplaatsen"].geometry()
    return {
        "afstand_snelladen_m": measures.nearest_distance(xy, fast),
        "snellaad_3km": measures.count_within(xy, fast, GAP_RADIUS_M),
        "afstand_vrachtladen_m": measures.nearest_distance(xy, freight),
        "vrachtlaad_3km": measures.count_within(xy, freight, GAP_RADIUS_M),
        "afstand_verzorgingsplaats_m": measures.nearest_distance(xy, parkings),
    }


def van_pressure(
    zones: gpd.GeoDataFrame,
    assumptions: Assumptions,
    session_points: gpd.GeoDataFrame | None,
    vans_gemeente: float,
    public_in_gemeente: int,
) -> pd.DataFrame:
    """Per zone: public points in and near the zone and, with session indicators, their occupancy."""
    near = zones.geometry.buffer(assumptions.near_zone_m)
    locations, locations_xy = bundled.public_locations()
    public = ((locations["laag"] != "freight") & ~locations["snelladen"]).to_numpy()
    public_xy = locations_xy[public]
    rows = []
    for area in near:
        area_layer = measures.LayerGeometry(gpd.GeoSeries([area], crs=RD_NEW))
        row = {
            "publieke_locaties_nabij": _count_inside(public_xy, area, area_layer),
            "bestelbussen_per_publieke_locatie": round(vans_gemeente / public_in_gemeente, 2)
            if public_in_gemeente
            else float("nan"),
            "sessiepunten_nabij": 0,
            "gem_bezetting_pct": float("nan"),
            "gem_piekbezetting_pct": float("nan"),
            "aandeel_piek_boven_80_pct": float("nan"),
        }
        if session_points is not None and len(session_points):
            points = session_points if session_points.crs is None else session_points.to_crs(RD_NEW)
            xy = measures.point_coordinates(points.geometry)
            in_area = measures.inside_polygon(gpd.GeoSeries([Point(p) for p in xy], crs=RD_NEW), area_layer) >= 0.5
            chosen = points[in_area]
            row["sessiepunten_nabij"] = int(in_area.sum())
            if in_area.any():
                occupancy = (
                    pd.to_numeric(chosen["bezetting_pct"], errors="coerce") if "bezetting_pct" in chosen else None
                )
                peak = (
                    pd.to_numeric(chosen["piekbezetting_pct"], errors="coerce")
                    if "piekbezetting_pct" in chosen
                    else None
                )
                row["gem_bezetting_pct"] = round(float(occupancy.mean()), 1) if occupancy is not None else math.nan
                row["gem_piekbezetting_pct"] = round(float(peak.mean()), 1) if peak is not None else math.nan
                row["aandeel_piek_boven_80_pct"] = (
                    round(float((peak > PEAK_THRESHOLD_PCT).mean() * 100), 1) if peak is not None else math.nan
                )
        rows.append(row)
    return pd.DataFrame(rows)


def _count_inside(xy: np.ndarray, area, area_layer: measures.LayerGeometry) -> int:
    """How many points lie in ``area`` (box filter on the arrays first, exact test on the rest)."""
    minx, miny, maxx, maxy = area.bounds
    box_hit = (xy[:, 0] >= minx) & (xy[:, 0] <= maxx) & (xy[:, 1] >= miny) & (xy[:, 1] <= maxy)
    if not box_hit.any():
        return 0
    points = gpd.GeoSeries(gpd.points_from_xy(xy[box_hit, 0], xy[box_hit, 1]), crs=RD_NEW)
    return int((measures.inside_polygon(points, area_layer) >= 0.5).sum())


def site_reasons(sites: pd.DataFrame, assumptions: Assumptions, rules: RuleSet) -> list[str]:
    """Per site one line: type with points and kWh (or reserve), then every assessed criterion's reason."""
    assessed = ("voldoet", "aandachtspunt", "voldoet niet")
    columns = [
        (sites[c.id + "_status"].tolist(), sites[c.id + "_reden"].tolist())
        for c in rules.criteria
        if c.id + "_status" in sites.columns
    ]
    lines = []
    for position, (key, points, kwh) in enumerate(
        zip(sites["site_type"].tolist(), sites["aantal_laadpunten"].tolist(), sites["kwh_per_dag"].tolist())
    ):
        label = site_type_label(assumptions.site_types[key])
        parts = [
            tr("{type}: {points} charge points, {kwh} kWh/day").format(
                type=label, points=int(points), kwh=wording.format_number(float(kwh), 0)
            )
            if kwh > 0
            else tr("{type}: reserve site (no demand allocated)").format(type=label)
        ]
        parts.extend(str(reasons[position]) for statuses, reasons in columns if statuses[position] in assessed)
        lines.append("; ".join(parts))
    return lines


def run_zes(
    gemeentecode: str,
    zones: gpd.GeoDataFrame,
    rules: RuleSet,
    assumptions: Assumptions,
    logistics: gpd.GeoDataFrame | None = None,
    logistics_name: str = "",
    kind_field: str | None = None,
    user_layers: dict[str, ReferenceLayer] | None = None,
    session_points: gpd.GeoDataFrame | None = None,
    on: datetime | None = None,
    progress: Progress | None = None,
) -> ZesResult:
    """The whole ZES analysis for one municipality (``zones`` from :func:`load_zones`)."""
    progress = progress or SilentProgress()
    on = on or datetime.now(timezone.utc)
    messages: list[str] = []
    municipality, household_share = _municipality(gemeentecode)
    province = str(municipality["provincienaam"].iloc[0])
    ze = select_zones(zones, municipality)
    for _, zone in ze.iterrows():
        if zone["aangekondigd"]:
            messages.append(
                tr("Zone {name} is announced: it applies from {date}").format(
                    name=zone["zone_naam"], date=zone["geldig_vanaf"][:10]
                )
            )
    check_cancelled(progress)
    if logistics is not None and len(logistics):
        logistics = logistics.to_crs(RD_NEW) if logistics.crs is not None else logistics.set_crs(RD_NEW)
        logistics = logistics[~logistics.geometry.is_empty & logistics.geometry.notna()].reset_index(drop=True)
        rows = logistics_candidates(logistics, kind_field, ze, assumptions)
        fallback = False
        note = tr("from input layer {name}").format(name=logistics_name)
        if rows.empty:
            raise RalZuidError(
                tr("No feature of the logistics layer lies within {distance} m of the zero-emission zone.").format(
                    distance=wording.format_number(assumptions.search_distance_m, 0)
                )
            )
    else:
        logistics = None
        fallback = True
        note = tr(
            "No layer of business parks, depots or hubs given: search cell of {cell} m, not checked against "
            "business parks; depots need that layer"
        ).format(cell=wording.format_number(assumptions.cell_m, 0))
        messages.append(note)
        rows = search_cell_candidates(ze, municipality, assumptions)
    frame, types = _candidate_frame(rows, ze, assumptions, note)
    prepared = prepare_candidates(frame)
    prepared["laadladder"] = [t.laadladder for t in types]
    references = _references(ze, logistics, logistics_name, user_layers or {})
    for key in sorted(set(rules.layers_needed()) - set(references)):
        messages.append(tr("No layer '{key}': its criteria are not assessed").format(key=key))
    xy = measures.point_coordinates(prepared.geometry)
    straight = measures.nearest_distance(xy, references["ze_grens"].geometry())
    distance, notes = zone_distances(
        xy, rows["zone_row"].to_numpy(), ze, straight, references.get("hoofdwegen"), assumptions
    )
    prepared["afstand_ze_grens_m"] = distance
    result = screen_candidates(prepared, references, rules, SubProgress(progress, 10, 80))
    _add_distance_notes(result, notes)
    sites = pd.DataFrame(result.frame.drop(columns="geometry"))
    zone_ids = ze["zone_id"].to_numpy()
    sites["ze_zone_id"] = zone_ids[rows["zone_row"].to_numpy()]
    sites["ze_zone_naam"] = ze["zone_naam"].to_numpy()[rows["zone_row"].to_numpy()]
    sites["site_type"] = rows["site_type"].to_numpy()
    sites["site_type_label"] = [site_type_label(t) for t in types]
    sites["laadladder"] = prepared["laadladder"].to_numpy()
    sites["afstand_ze_grens_m"] = np.round(distance, 1)
    sites["afstand_ze_grens_hemelsbreed_m"] = np.round(straight, 1)
    sites["afstand_methode"] = notes
    inside_zone = measures.inside_polygon(
        gpd.GeoSeries(result.frame.geometry.values, crs=RD_NEW),
        measures.LayerGeometry(ze.geometry.reset_index(drop=True)),
    )
    sites["binnen_ze_zone"] = inside_zone >= 0.5
    for name, values in _gaps(xy, references).items():
        sites[name] = np.round(values, 1)
    sites["rang"] = _rank(sites)
    located = gpd.GeoDataFrame(sites, geometry=result.frame.geometry.values, crs=RD_NEW)
    kwh, points, demand = allocate(located, ze, assumptions, province, household_share)
    sites["kwh_per_dag"] = np.round(kwh, 0)
    sites["aantal_laadpunten"] = points
    sites["rang"] = _rank(sites, proposed=kwh > 0)
    sites["toelichting"] = site_reasons(sites, assumptions, rules)
    sites["gegevensbasis"] = (
        tr("fallback: search cells (no logistics layer)")
        if fallback
        else tr("input layer {name}").format(name=logistics_name)
    )
    sites["aannames"] = "{} {}".format(assumptions.file_name, assumptions.version)
    sites["bronnen"] = (
        "; ".join(sorted({*str(sites["bronnen"].iloc[0]).split("; "), ZONES_ATTRIBUTION} - {""}))
        if len(sites)
        else ZONES_ATTRIBUTION
    )
    out = gpd.GeoDataFrame(sites, geometry=result.frame.geometry.values, crs=RD_NEW)
    out = out.sort_values(["ze_zone_id", "rang"]).reset_index(drop=True)

    vans = assumptions.fleet("vans", province) * household_share
    public, _xy = bundled.public_locations()
    public_in_gemeente = int(
        ((public["gemeentecode"] == gemeentecode) & (public["laag"] != "freight") & ~public["snelladen"]).sum()
    )
    pressure = van_pressure(ze, assumptions, session_points, vans, public_in_gemeente)
    zones_out = ze.copy()
    for key in assumptions.site_types:
        zones_out["voertuigen_" + key] = [round(demand[(z, key)][0], 1) for z in ze["zone_id"]]
        zones_out["kwh_dag_" + key] = [round(demand[(z, key)][1], 0) for z in ze["zone_id"]]
        zones_out["punten_" + key] = [
            int(out.loc[(out["ze_zone_id"] == z) & (out["site_type"] == key), "aantal_laadpunten"].sum())
            for z in ze["zone_id"]
        ]
    reach = ze.geometry.buffer(GAP_RADIUS_M)
    fast_xy = references["snellaadlocaties"].frame.geometry
    freight_geom = references["vrachtlaadlocaties"].frame.geometry
    zones_out["bestaand_snellaad_3km"] = [int(fast_xy.within(area).sum()) for area in reach]
    zones_out["bestaand_vrachtlaad_3km"] = [int(freight_geom.within(area).sum()) for area in reach]
    for column in pressure.columns:
        zones_out[column] = pressure[column].to_numpy()
    zones_out["bestelbusdruk"] = [
        tr("measured: {share} % of {count} points above {threshold} % peak occupancy").format(
            share=wording.format_number(row["aandeel_piek_boven_80_pct"], 1),
            count=int(row["sessiepunten_nabij"]),
            threshold=int(PEAK_THRESHOLD_PCT),
        )
        if row["sessiepunten_nabij"]
        else tr("not measured (no session indicators in or near the zone): {count} public locations near").format(
            count=int(row["publieke_locaties_nabij"])
        )
        for _, row in pressure.iterrows()
    ]
    progress.set_progress(100.0)
    return ZesResult(
        sites=out,
        zones=zones_out,
        screening=result,
        rules=rules,
        assumptions=assumptions,
        fallback=fallback,
        messages=messages,
    )
