"""The bundled ZES rule file on the shared screening engine, worked out by hand on small layers.

A ZE zone is the square x 155,000-156,000, y 383,000-384,000 (RD New). Three candidates:

- A: semi-public van plaza (150 kW) at (156,500, 383,500): 500 m east of the zone;
- B: truck site (350 kW) at (160,000, 383,500): 4,000 m east, on a business park, in a congestion area;
- C: van plaza (150 kW) at (155,500, 383,500): the centre of the zone, 500 m from every edge.

Layers: business park = square 159,900-160,100 x 383,400-383,600; congestion = square 159,000-161,000 x
382,000-385,000; a main road along y = 383,500; one fast charger at (156,500, 384,300); one truck charger at
(161,000, 383,500); one motorway exit at (162,500, 383,500).
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from ral_zuid_plugin.core.logistics.assumptions import load_assumptions
from ral_zuid_plugin.core.logistics.sites import allocate
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates

RD = "EPSG:28992"
ZONE = box(155_000, 383_000, 156_000, 384_000)


def _layer(key: str, shapes: list) -> object:
    return prepare_reference(key, gpd.GeoDataFrame(geometry=shapes, crs=RD), attribution="test")


@pytest.fixture(scope="module")
def screened():
    rules = load_rules(resource_path("rules", "zes_laadlocaties_ral_zuid.json"))
    candidates = gpd.GeoDataFrame(
        {
            "kandidaat_id": ["A", "B", "C"],
            "vermogen_kw": [150.0, 350.0, 150.0],
            "doelgroepen": ["bestelbus", "vrachtwagen", "bestelbus"],
        },
        geometry=[Point(156_500, 383_500), Point(160_000, 383_500), Point(155_500, 383_500)],
        crs=RD,
    )
    prepared = prepare_candidates(candidates)
    prepared["laadladder"] = ["semipubliek", "marktinitiatief", "semipubliek"]
    # The distance to the zone boundary is a candidate field that run_zes measures (straight line here):
    # A: 156,500 - 156,000 = 500 m; B: 160,000 - 156,000 = 4,000 m; C: 500 m to each edge from the centre.
    prepared["afstand_ze_grens_m"] = [500.0, 4000.0, 500.0]
    references = {
        "ze_grens": _layer("ze_grens", [ZONE.boundary]),
        "logistiek": _layer("logistiek", [box(159_900, 383_400, 160_100, 383_600)]),
        "netcongestie": _layer("netcongestie", [box(159_000, 382_000, 161_000, 385_000)]),
        "hoofdwegen": _layer("hoofdwegen", [LineString([(150_000, 383_500), (170_000, 383_500)])]),
        "snellaadlocaties": _layer("snellaadlocaties", [Point(156_500, 384_300)]),
        "vrachtlaadlocaties": _layer("vrachtlaadlocaties", [Point(161_000, 383_500)]),
        "snelweg_afritten": _layer("snelweg_afritten", [Point(162_500, 383_500)]),
    }
    result = screen_candidates(prepared, references, rules)
    return result.frame.set_index("kandidaat_id")


def test_distance_to_the_zone_boundary(screened):
    assert screened.loc["A", "afstand_ze_grens_waarde"] == pytest.approx(500.0)
    assert screened.loc["B", "afstand_ze_grens_waarde"] == pytest.approx(4000.0)
    assert screened.loc["C", "afstand_ze_grens_waarde"] == pytest.approx(500.0)
    # Vans: <= 1,500 voldoet; trucks: 3,000 voldoet, 6,000 aandachtspunt -> 4,000 is aandachtspunt.
    assert screened.loc["A", "afstand_ze_grens_status"] == "voldoet"
    assert screened.loc["B", "afstand_ze_grens_status"] == "aandachtspunt"
    assert "500 m" in screened.loc["A", "afstand_ze_grens_reden"]


def test_business_park_road_grid_ladder_and_gaps(screened):
    # A is 159,900 - 156,500 = 3,400 m from the business park: > 1,000 -> voldoet niet; B lies on it (0 m).
    assert screened.loc["A", "nabij_logistiek_waarde"] == pytest.approx(3400.0)
    assert screened.loc["A", "nabij_logistiek_status"] == "voldoet niet"
    assert screened.loc["B", "nabij_logistiek_status"] == "voldoet"
    # Everyone is on the main road (0 m).
    assert set(screened["hoofdontsluiting_status"]) == {"voldoet"}
    # B is inside the congestion area: knock-out for the truck criterion; vans' criterion does not apply to B.
    assert screened.loc["B", "netcongestie_vracht_status"] == "voldoet niet"
    assert screened.loc["B", "netcongestie_bestel_status"] == "niet beoordeeld"
    assert screened.loc["A", "netcongestie_bestel_status"] == "voldoet"
    # Exit 2,500 m from B (<= 3,000 voldoet); truck charger 1,000 m from B (< 2,000 -> voldoet niet).
    assert screened.loc["B", "afrit_vrachtwagen_waarde"] == pytest.approx(2500.0)
    assert screened.loc["B", "afrit_vrachtwagen_status"] == "voldoet"
    assert screened.loc["B", "gat_vrachtladen_status"] == "voldoet niet"
    # Fast charger: A 800 m (aandachtspunt, 500-1,000); C sqrt(1000^2 + 800^2) = 1,280.6 m (voldoet).
    assert screened.loc["A", "gat_snelladen_waarde"] == pytest.approx(800.0)
    assert screened.loc["A", "gat_snelladen_status"] == "aandachtspunt"
    assert screened.loc["C", "gat_snelladen_waarde"] == pytest.approx(math.hypot(1000, 800), abs=0.01)
    assert screened.loc["C", "gat_snelladen_status"] == "voldoet"
    assert screened.loc["A", "ladder_bestelbus_status"] == "voldoet"
    assert screened.loc["B", "ladder_vrachtwagen_status"] == "voldoet"
    assert screened.loc["B", "vermogensklasse_status"] == "voldoet"


def test_scores_and_advice(screened):
    # A (van), weights: zone 3 (1), logistiek 2 (0), road 2 (1), power 1 (1), congestion 2 (1), ladder 1 (1),
    # fast gap 2 (0.5): (3 + 0 + 2 + 1 + 2 + 1 + 1) / 13 = 76.9; one criterion fails -> nader onderzoek.
    assert screened.loc["A", "score"] == pytest.approx(76.9)
    assert screened.loc["A", "advies"] == "nader onderzoek"
    # B (truck): zone 3 (0.5), logistiek 2 (1), road 2 (1), exit 2 (1), power 1 (1), congestion 2 (0),
    # ladder 1 (1), truck gap 2 (0): (1.5 + 2 + 2 + 2 + 1 + 0 + 1 + 0) / 15 = 63.3; knock-out -> negatief.
    assert screened.loc["B", "score"] == pytest.approx(63.3)
    assert screened.loc["B", "advies"] == "negatief"
    # C: (3 + 0 + 2 + 1 + 2 + 1 + 2) / 13 = 84.6, logistiek fails -> nader onderzoek.
    assert screened.loc["C", "score"] == pytest.approx(84.6)
    assert screened.loc["C", "advies"] == "nader onderzoek"


def test_allocation_of_points_and_kwh_by_hand():
    assumptions = load_assumptions()
    zones = gpd.GeoDataFrame({"zone_id": ["Z"]}, geometry=[ZONE], crs=RD)
    sites = gpd.GeoDataFrame(
        {
            "ze_zone_id": ["Z"] * 6,
            "site_type": ["laadplein", "laadplein", "vrachtwagen", "laadplein", "vrachtwagen", "laadplein"],
            "advies": ["positief", "negatief", "positief", "nader onderzoek", "positief", "positief"],
            "rang": [1, 2, 3, 4, 5, 6],
        },
        geometry=[Point(0, 0), Point(2000, 0), Point(4000, 0), Point(6000, 0), Point(8000, 0), Point(9000, 0)],
        crs=RD,
    )
    kwh, points, demand = allocate(sites, zones, assumptions, "Noord-Brabant", 0.1)
    # Vans: 49,200 x 0.1 = 4,920; plaza share 0.5 x 15 kWh = 36,900 kWh/day over the 3 best non-negative
    # plazas (rows 0, 3, 5; row 1 is negatief), all >= 1 km apart: 12,300 each -> ceil(12,300 / 600) = 21.
    # Trucks: 2,600 x 0.1 = 260; x 0.25 x 220 = 14,300 kWh/day over 2 sites = 7,150 -> ceil(7,150 / 1,400) = 6.
    assert demand[("Z", "laadplein")] == pytest.approx((4920.0, 36900.0))
    assert demand[("Z", "vrachtwagen")] == pytest.approx((260.0, 14300.0))
    # Depots: 4,920 x 0.5 x 15 = 36,900 kWh/day, but no depot sites here -> nothing allocated.
    assert demand[("Z", "depot")] == pytest.approx((4920.0, 36900.0))
    np.testing.assert_allclose(kwh, [12300, 0, 7150, 12300, 7150, 12300])
    assert points.tolist() == [21, 0, 6, 21, 6, 21]
    # Move the third plaza to 500 m from the second: it is skipped (spacing 1,000 m) and two plazas share
    # 36,900 kWh: 18,450 each -> ceil(18,450 / 600) = 31 points.
    close = sites.copy()
    close.loc[5, "geometry"] = Point(6500, 0)
    kwh, points, _demand = allocate(close, zones, assumptions, "Noord-Brabant", 0.1)
    np.testing.assert_allclose(kwh, [18450, 0, 7150, 18450, 7150, 0])
    assert points.tolist() == [31, 0, 6, 31, 6, 0]


def test_plan_map_draws_the_proposed_sites_or_the_top_ten():
    from ral_zuid_plugin.core.planmap.zes import zes_sites_to_draw

    sites = gpd.GeoDataFrame(
        {"rang": list(range(1, 13)), "aantal_laadpunten": [5, 0, 3] + [0] * 9},
        geometry=[Point(0, i) for i in range(12)],
        crs=RD,
    )
    assert zes_sites_to_draw(sites)["rang"].tolist() == [1, 3]
    none = sites.assign(aantal_laadpunten=0)
    assert zes_sites_to_draw(none)["rang"].tolist() == list(range(1, 11))


def test_driving_distance_over_a_road_that_enters_the_zone():
    from ral_zuid_plugin.core.logistics.network import driving_distance_to_boundary

    # Zone 0-1,000 x 0-1,000. Road: (2,000, 2,000) south to (2,000, 500), then west to (500, 500); it crosses
    # the boundary at (1,000, 500).
    zone = box(0, 0, 1000, 1000)
    road = [LineString([(2000, 2000), (2000, 500), (500, 500)])]
    sites = np.array([[2000, 2000], [2100, 2000], [5000, 5000], [500, 500]], dtype=float)
    straight = np.array([zone.boundary.distance(Point(p)) for p in sites])
    found = driving_distance_to_boundary(sites, road, zone, straight, snap_max_m=500)
    # (2,000, 2,000): 1,500 south + 1,000 west = 2,500 m (straight line only 1,414 m).
    # (2,100, 2,000): 100 m to the road's end + 2,500 = 2,600 m.
    # (5,000, 5,000): 4,243 m from the nearest road vertex > 500 m: straight line 5,657 m, flagged.
    # (500, 500): inside, on the road, 500 m east to the crossing.
    np.testing.assert_allclose(found.distance_m, [2500, 2600, math.hypot(4000, 4000), 500], atol=0.01)
    assert found.on_network.tolist() == [True, True, False, True]


def test_a_road_that_never_reaches_the_zone_leaves_straight_lines():
    from ral_zuid_plugin.core.logistics.network import driving_distance_to_boundary

    zone = box(0, 0, 1000, 1000)
    road = [LineString([(3000, 0), (3000, 3000)])]
    sites = np.array([[3000, 100.0]])
    found = driving_distance_to_boundary(sites, road, zone, np.array([2000.0]))
    assert found.distance_m.tolist() == [2000.0] and found.on_network.tolist() == [False]


def test_two_zones_share_the_municipality_by_area():
    assumptions = load_assumptions()
    # Zone P is 1 km2, zone Q 3 km2: area shares 0.25 and 0.75 of the municipality's vehicles.
    zones = gpd.GeoDataFrame(
        {"zone_id": ["P", "Q"]}, geometry=[box(0, 0, 1000, 1000), box(5000, 0, 8000, 1000)], crs=RD
    )
    sites = gpd.GeoDataFrame(
        {"ze_zone_id": ["P", "Q"], "site_type": ["laadplein", "laadplein"], "advies": ["positief"] * 2, "rang": [1, 1]},
        geometry=[Point(500, 500), Point(6000, 500)],
        crs=RD,
    )
    kwh, points, demand = allocate(sites, zones, assumptions, "Limburg", 0.2)
    # Limburg vans 17,300 x 0.2 = 3,460; P: x 0.25 = 865 vans -> 865 x 0.5 x 15 = 6,487.5 kWh -> ceil(10.8) = 11;
    # Q: 2,595 vans -> 19,462.5 kWh -> ceil(32.4) = 33.
    assert demand[("P", "laadplein")] == pytest.approx((865.0, 6487.5))
    assert demand[("Q", "laadplein")] == pytest.approx((2595.0, 19462.5))
    np.testing.assert_allclose(kwh, [6487.5, 19462.5])
    assert points.tolist() == [11, 33]


def test_a_bad_assumptions_file_names_file_and_field(tmp_path):
    import json

    from ral_zuid_plugin.core.errors import InputDataError

    data = json.loads(resource_path("rules", "zes_aannames_ral_zuid.json").read_text(encoding="utf-8"))
    data["site_types"]["laadplein"]["share"]["value"] = -0.5
    path = tmp_path / "aannames_fout.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputDataError) as error:
        load_assumptions(path)
    assert error.value.path.endswith("aannames_fout.json")
    assert "site_types.laadplein.share.value" in str(error.value)
    broken = tmp_path / "kapot.json"
    broken.write_text('{"id": ', encoding="utf-8")
    with pytest.raises(InputDataError) as error:
        load_assumptions(broken)
    assert error.value.row == 1
