"""The whole ZES analysis on Eindhoven's ZE zone (bundled data), checked with second methods.

Second methods: plain shapely on the raw zone and municipality polygons for which search cells exist,
the CBS GeoJSON read with ``json`` for the household share, and the raw NDW CSV for the existing
truck chargers. Hand numbers: Eindhoven has 126,791 of Noord-Brabant's 1,200,786 households (CBS 2023),
so 49,200 x 126,791 / 1,200,786 = 5,195.0 electric vans and 2,600 x ... = 274.5 trucks in 2030.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.logistics.assumptions import load_assumptions
from ral_zuid_plugin.core.logistics.emission_zones import load_zones
from ral_zuid_plugin.core.logistics.sites import run_zes
from ral_zuid_plugin.core.reference.motorways import load_motorway_exits
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.rules import load_rules

EINDHOVEN_ZONE = "NDW11_fae2120b-f287-424e-b3d2-35e146b85b41"
ON = datetime(2026, 11, 29, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def inputs():
    return (
        load_zones(on=ON),
        load_rules(resource_path("rules", "zes_laadlocaties_ral_zuid.json")),
        load_assumptions(),
    )


@pytest.fixture(scope="module")
def fallback(inputs):
    zones, rules, assumptions = inputs
    return run_zes("GM0772", zones, rules, assumptions, on=ON)


def test_one_zone_and_the_van_and_truck_forecast(fallback):
    zone = fallback.zones.iloc[0]
    assert len(fallback.zones) == 1 and zone["zone_id"] == EINDHOVEN_ZONE
    raw = json.loads(resource_path("reference", "nl_admin_boundaries", "gemeenten_2023_nb_limburg.geojson").read_text())
    households = [
        f["properties"]
        for f in raw["features"]
        if f["properties"].get("provincienaam") == "Noord-Brabant" and f["properties"]["gemeentecode"] != "GM0998"
    ]
    share = next(p["aantalHuishoudens"] for p in households if p["gemeentecode"] == "GM0772") / sum(
        p["aantalHuishoudens"] for p in households
    )
    assert share == pytest.approx(126_791 / 1_200_786)
    assert zone["voertuigen_laadplein"] == pytest.approx(49_200 * share, abs=0.05)  # 5,195.0
    assert zone["voertuigen_vrachtwagen"] == pytest.approx(2_600 * share, abs=0.05)  # 274.5
    # Plaza energy 5,195.03 x 0.5 x 15 = 38,962.7 -> 38,963 kWh/day; trucks 274.53 x 0.25 x 220 = 15,099.
    assert zone["kwh_dag_laadplein"] == 38_963
    assert zone["kwh_dag_vrachtwagen"] == 15_099
    # Each of the 3 best plazas: 12,987.6 kWh -> ceil(21.6) = 22 points; 2 truck sites: 7,549.7 -> ceil(5.4) = 6.
    assert zone["punten_laadplein"] == 3 * 22
    assert zone["punten_vrachtwagen"] == 2 * 6
    assert zone["punten_depot"] == 0  # depots are never guessed without the user's layer


def test_fallback_search_cells_match_a_plain_shapely_count(fallback, inputs):
    zones, _rules, assumptions = inputs
    zone = zones.loc[zones["zone_id"] == EINDHOVEN_ZONE].geometry.iloc[0]
    municipality = load_region_municipalities("GM0772").geometry.iloc[0]
    exits = list(load_motorway_exits().geometry)
    # Cells of 500 m aligned on multiples of 500 m; centres within 3,000 m of the zone and inside Eindhoven.
    minx, miny, maxx, maxy = zone.bounds
    plaza = truck = 0
    for x in np.arange(math.floor((minx - 3000) / 500) * 500 + 250, maxx + 3500, 500):
        for y in np.arange(math.floor((miny - 3000) / 500) * 500 + 250, maxy + 3500, 500):
            centre = Point(x, y)
            if zone.distance(centre) <= 3000 and municipality.contains(centre):
                plaza += 1
                truck += min(e.distance(centre) for e in exits) <= 3000
    sites = fallback.sites
    assert (sites["site_type"] == "laadplein").sum() == plaza
    assert (sites["site_type"] == "vrachtwagen").sum() == truck
    assert plaza > 100 and truck > 0
    # Every site is said to come from the fallback, and the business-park criterion is not assessed.
    assert fallback.fallback
    assert set(sites["nabij_logistiek_status"]) == {"niet beoordeeld"}
    assert any("No layer of business parks" in m for m in fallback.messages)


def test_ranking_allocation_and_gap(fallback):
    sites = fallback.sites
    assert sites["rang"].tolist() == list(range(1, len(sites) + 1))
    # The sites that receive charge points (the proposal) come first; within the proposal and within
    # the alternatives after it: advice (positief, nader onderzoek, negatief), then score high to low.
    proposed = (sites["kwh_per_dag"] > 0).to_numpy()
    k = int(proposed.sum())
    assert k > 0 and proposed[:k].all() and not proposed[k:].any()
    for part in (sites.iloc[:k], sites.iloc[k:]):
        order = part["advies"].map({"positief": 0, "nader onderzoek": 1, "negatief": 2}).to_numpy()
        assert (np.diff(order) >= 0).all()
        scores = part["score"].to_numpy()
        for advice in set(part["advies"]):
            within = scores[part["advies"].to_numpy() == advice]
            assert (np.diff(within) <= 0).all()
    allocated = sites[sites["kwh_per_dag"] > 0]
    assert allocated.groupby("site_type").size().to_dict() == {"laadplein": 3, "vrachtwagen": 2}
    assert allocated.groupby("site_type")["kwh_per_dag"].sum().to_dict() == pytest.approx(
        {"laadplein": 38_962.7, "vrachtwagen": 15_099.4}, abs=2
    )
    # Existing truck chargers (NDW layer 'freight') within 3 km of the zone, from the raw CSV with shapely.
    raw = pd.read_csv(
        resource_path("reference", "ndw_charging_locations_nb_limburg", "ndw_ocpi_charging_locations_nb_limburg.csv")
    )
    freight = raw[raw["layer"] == "freight"]
    points = gpd.GeoSeries(gpd.points_from_xy(freight["lon"], freight["lat"]), crs="EPSG:4326").to_crs(28992)
    zone = fallback.zones.geometry.iloc[0]
    unique = {(round(p.x), round(p.y)) for p in points if zone.distance(p) <= 3000}
    assert fallback.zones["bestaand_vrachtlaad_3km"].iloc[0] == len(unique)
    top = sites.iloc[0]
    assert top["toelichting"].startswith("semi-public charging plaza for vans")
    assert "kWh/day" in top["toelichting"]


def test_van_pressure_from_session_indicators(inputs):
    zones, rules, assumptions = inputs
    zone = zones.loc[zones["zone_id"] == EINDHOVEN_ZONE].geometry.iloc[0]
    inner = zone.representative_point()
    far = Point(inner.x + 20_000, inner.y)
    sessions = gpd.GeoDataFrame(
        {"bezetting_pct": [40.0, 60.0, 99.0], "piekbezetting_pct": [70.0, 90.0, 95.0]},
        geometry=[inner, Point(inner.x + 1, inner.y), far],
        crs="EPSG:28992",
    )
    result = run_zes("GM0772", zones, rules, assumptions, session_points=sessions, on=ON)
    zone_row = result.zones.iloc[0]
    # Two points inside (the far one 20 km away is not): mean occupancy (40 + 60) / 2 = 50 %, mean peak
    # (70 + 90) / 2 = 80 %, one of two above 80 % peak -> 50 %.
    assert zone_row["sessiepunten_nabij"] == 2
    assert zone_row["gem_bezetting_pct"] == pytest.approx(50.0)
    assert zone_row["gem_piekbezetting_pct"] == pytest.approx(80.0)
    assert zone_row["aandeel_piek_boven_80_pct"] == pytest.approx(50.0)
    assert zone_row["bestelbusdruk"].startswith("measured: 50 % of 2 points")


def test_user_logistics_layer_gives_typed_sites(inputs):
    zones, rules, assumptions = inputs
    zone = zones.loc[zones["zone_id"] == EINDHOVEN_ZONE].geometry.iloc[0]
    x, y = zone.centroid.x, zone.bounds[1]
    logistics = gpd.GeoDataFrame(
        {
            "naam": ["Depot Zuid", "Bedrijventerrein De Hurk", "Ver weg"],
            "soort": ["depot", "bedrijventerrein", "depot"],
        },
        geometry=[Point(x, y - 800), box(x - 300, y - 2600, x + 300, y - 2000), Point(x, y - 9000)],
        crs="EPSG:28992",
    )
    result = run_zes(
        "GM0772", zones, rules, assumptions, logistics=logistics, logistics_name="bedrijven", kind_field="soort", on=ON
    )
    sites = result.sites.set_index("naam")
    # The far depot (9 km) is outside the 3 km search distance; the park gives a plaza and a truck site.
    assert sorted(sites["site_type"]) == ["depot", "laadplein", "vrachtwagen"]
    assert not result.fallback
    assert set(sites["nabij_logistiek_status"]) == {"voldoet"}  # each site lies on its own feature
    depot = sites.loc["Depot Zuid (depot (own premises, 11-43 kW))"]
    assert depot["vermogen_kw"] == 22 and depot["laadladder"] == "eigen terrein"
    # Depot energy: 5,195.03 x 0.5 x 15 = 38,962.7 kWh/day on the only depot -> ceil(38,962.7 / 176) = 222.
    assert depot["kwh_per_dag"] == 38_963 and depot["aantal_laadpunten"] == 222


def test_a_municipality_without_a_ze_zone_is_told_where_zones_exist(inputs):
    zones, rules, assumptions = inputs
    with pytest.raises(RalZuidError) as error:
        run_zes("GM0758", zones, rules, assumptions, on=ON)  # Breda has only a diesel milieuzone (LEZ)
    assert "Breda" in str(error.value) and "Tilburg" in str(error.value)


def test_the_sites_that_receive_demand_are_spread(fallback):
    allocated = fallback.sites[fallback.sites["kwh_per_dag"] > 0]
    for _key, group in allocated.groupby("site_type"):
        points = list(group.geometry)
        for i, a in enumerate(points):
            for b in points[i + 1 :]:
                assert a.distance(b) >= 1000.0


def test_with_a_road_network_the_zone_distance_is_driven_and_said_so(inputs, fallback):
    zones, rules, assumptions = inputs
    zone = zones.loc[zones["zone_id"] == EINDHOVEN_ZONE].geometry.iloc[0]
    # A cross of two straight roads through the search-cell centre nearest the zone's centroid, 8 km each way
    # (cell centres lie at 250 + k x 500 m), so a row of search cells lies on the east road.
    cx = round((zone.centroid.x - 250) / 500) * 500 + 250
    cy = round((zone.centroid.y - 250) / 500) * 500 + 250
    roads = gpd.GeoDataFrame(
        geometry=[LineString([(cx - 8000, cy), (cx + 8000, cy)]), LineString([(cx, cy - 8000), (cx, cy + 8000)])],
        crs="EPSG:28992",
    )
    user = {"hoofdwegen": prepare_reference("hoofdwegen", roads, attribution="test")}
    result = run_zes("GM0772", zones, rules, assumptions, user_layers=user, on=ON)
    sites = result.sites
    driven = sites["afstand_methode"] == "driving distance over the road network"
    assert driven.any() and (~driven).any()
    # Driving is never shorter than the straight line; the reason carries the note.
    assert (sites["afstand_ze_grens_m"] >= sites["afstand_ze_grens_hemelsbreed_m"] - 0.1).all()
    assert sites.loc[driven, "afstand_ze_grens_reden"].str.contains("driving distance over the road network").all()
    # A site on the east road outside the zone: its driving distance is the distance along the road to where the
    # road leaves the zone (second method: shapely on the road line and the zone boundary).
    east = LineString([(cx, cy), (cx + 8000, cy)])
    exit_x = max(p.x for p in getattr(east.intersection(zone.boundary), "geoms", [east.intersection(zone.boundary)]))
    on_road = sites[(sites.geometry.y.sub(cy).abs() < 1) & (sites.geometry.x > exit_x + 300)]
    assert len(on_road) >= 2
    for _, site in on_road.iterrows():
        assert site["afstand_ze_grens_m"] == pytest.approx(site.geometry.x - exit_x, abs=1.0)
    # Without roads every reason says straight line.
    assert fallback.sites["afstand_methode"].eq("straight-line distance; no road network given").all()


def test_an_announced_zone_is_kept_and_reported(inputs):
    zones, rules, assumptions = inputs
    # 's-Hertogenbosch's ZE zone applies from 2025-03-01 (XML overallStartTime); on 15 January 2025 it is announced.
    early = datetime(2025, 1, 15, tzinfo=timezone.utc)
    result = run_zes("GM0796", load_zones(on=early), rules, assumptions, on=early)
    zone = result.zones.iloc[0]
    assert zone["zone_id"] == "NDW11_de06481f-e23e-4c9a-987b-978a4b67e0c0" and bool(zone["aangekondigd"])
    assert "Zone ZE 's-Hertogenbosch is announced: it applies from 2025-03-01" in result.messages
    assert len(result.sites) > 0
