"""Hand-placed candidates at known distances from hand-placed reference features, per criterion kind.

Every expected distance is worked out by hand beside the test (Pythagoras on whole-metre
offsets, e.g. the 3-4-5 triangle: an offset of (600, 800) is 1,000 m away).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Polygon

from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from tests.core.screening.helpers import RD, X0, Y0, base_rules, candidates, criterion, points, write_rules


def _screen(tmp_path, rule_items, cands, references):
    rules = load_rules(write_rules(tmp_path, base_rules(rule_items)))
    refs = {key: prepare_reference(key, frame) for key, frame in references.items()}
    return screen_candidates(prepare_candidates(cands), refs, rules)


def test_nearest_point_distance_at_each_status_boundary(tmp_path):
    rule = criterion(
        "afstand",
        "snellaadlocaties",
        {"kind": "nearest_distance"},
        {"thresholds": {"better": "higher", "voldoet": 1000, "aandachtspunt": 500}},
    )
    # Existing fast charger at the base point; candidates at:
    # (600, 800) -> 1000 m (3-4-5 x 200): exactly the voldoet threshold, inclusive -> voldoet
    # (0, 999)   ->  999 m: just below -> aandachtspunt
    # (300, 400) ->  500 m (3-4-5 x 100): exactly the aandachtspunt threshold -> aandachtspunt
    # (0, 499)   ->  499 m -> voldoet niet
    # (0, 640) and a second charger far away at (5000, 0): nearest is 640 m -> aandachtspunt
    cands = candidates([(600, 800), (0, 999), (300, 400), (0, 499), (0, 640)])
    result = _screen(tmp_path, [rule], cands, {"snellaadlocaties": points([(0, 0), (5000, 0)])})
    frame = result.frame
    assert frame["afstand_waarde"].tolist() == pytest.approx([1000.0, 999.0, 500.0, 499.0, 640.0])
    assert frame["afstand_status"].tolist() == [
        "voldoet",
        "aandachtspunt",
        "aandachtspunt",
        "voldoet niet",
        "aandachtspunt",
    ]
    assert frame["afstand_reden"][4] == "Nearest fast-charge site at 640 m (threshold 1,000 m): attention point"
    assert frame["afstand_reden"][3] == (
        "Nearest fast-charge site at 499 m (threshold 1,000 m; attention point from 500 m): does not meet"
    )


def test_nearest_line_distance_lower_is_better(tmp_path):
    rule = criterion(
        "hoofdweg",
        "hoofdwegen",
        {"kind": "nearest_distance"},
        {"thresholds": {"better": "lower", "voldoet": 250, "aandachtspunt": 500}},
    )
    road = gpd.GeoDataFrame(geometry=[LineString([(X0, Y0), (X0 + 1000, Y0)])], crs=RD)
    # (500, 250): perpendicular onto the road -> 250 m -> voldoet (inclusive)
    # (1300, 400): beyond the road's end (1000, 0): 3-4-5 x 100 -> 500 m -> aandachtspunt
    # (500, -501): 501 m -> voldoet niet
    cands = candidates([(500, 250), (1300, 400), (500, -501)])
    frame = _screen(tmp_path, [rule], cands, {"hoofdwegen": road}).frame
    assert frame["hoofdweg_waarde"].tolist() == pytest.approx([250.0, 500.0, 501.0])
    assert frame["hoofdweg_status"].tolist() == ["voldoet", "aandachtspunt", "voldoet niet"]


def test_count_and_sum_within_radius_include_the_boundary(tmp_path):
    rules = [
        criterion(
            "aantal",
            "logistiek",
            {"kind": "count_within", "radius_m": 200},
            {"thresholds": {"better": "higher", "voldoet": 2, "aandachtspunt": 1}},
        ),
        criterion(
            "som",
            "vraag",
            {"kind": "sum_within", "radius_m": 200, "field": "waarde"},
            {"thresholds": {"better": "higher", "voldoet": 30, "aandachtspunt": 10}},
        ),
    ]
    # Reference points 100, 200 and 300 m east of candidate A (at the base point), valued 10, 20, 40.
    # A: within 200 m are the first two (200 m counts) -> count 2 -> voldoet; sum 10 + 20 = 30 -> voldoet.
    # B at (400, 0): 100 m from the third (300), 200 m from the second (200) -> count 2, sum 20 + 40 = 60.
    # C at (0, 1000): nothing within 200 m -> count 0, sum 0 -> voldoet niet for both.
    # D at (-100, 0): only the first, at 200 m -> count 1 -> aandachtspunt; sum 10 -> aandachtspunt.
    reference = points([(100, 0), (200, 0), (300, 0)], waarde=[10.0, 20.0, 40.0])
    cands = candidates([(0, 0), (400, 0), (0, 1000), (-100, 0)])
    frame = _screen(tmp_path, rules, cands, {"logistiek": reference, "vraag": reference}).frame
    assert frame["aantal_waarde"].tolist() == [2.0, 2.0, 0.0, 1.0]
    assert frame["aantal_status"].tolist() == ["voldoet", "voldoet", "voldoet niet", "aandachtspunt"]
    assert frame["som_waarde"].tolist() == [30.0, 60.0, 0.0, 10.0]
    assert frame["som_status"].tolist() == ["voldoet", "voldoet", "voldoet niet", "aandachtspunt"]


def test_inside_polygon_counts_the_edge_and_polygon_candidates(tmp_path):
    rule = criterion(
        "congestie",
        "netcongestie",
        {"kind": "inside_polygon"},
        {"outcomes": {"inside": "aandachtspunt", "outside": "voldoet"}},
    )
    square = Polygon([(X0, Y0), (X0 + 100, Y0), (X0 + 100, Y0 + 100), (X0, Y0 + 100)])
    areas = gpd.GeoDataFrame(geometry=[square], crs=RD)
    # (50, 50) inside; (100, 50) on the edge (counts as inside); (150, 50) outside.
    cands = candidates([(50, 50), (100, 50), (150, 50)])
    # A polygon candidate overlapping the square only at its corner region is inside too.
    overlapping = Polygon([(X0 + 90, Y0 + 90), (X0 + 200, Y0 + 90), (X0 + 200, Y0 + 200), (X0 + 90, Y0 + 200)])
    cands = gpd.GeoDataFrame(
        {
            "naam": [*cands["naam"], "vlak"],
            "doelgroepen": ["personenauto"] * 4,
            "vermogen_kw": [150.0] * 4,
        },
        geometry=[*cands.geometry, overlapping],
        crs=RD,
    )
    frame = _screen(tmp_path, [rule], cands, {"netcongestie": areas}).frame
    assert frame["congestie_waarde"].tolist() == [1.0, 1.0, 0.0, 1.0]
    assert frame["congestie_status"].tolist() == ["aandachtspunt", "aandachtspunt", "voldoet", "aandachtspunt"]
    assert frame["congestie_reden"][2] == "Nearest fast-charge site: the candidate lies outside: meets"


def test_attribute_thresholds_per_target_group_take_the_strictest(tmp_path):
    rule = criterion(
        "vermogen",
        "kandidaat",
        {"kind": "attribute", "field": "vermogen_kw"},
        {
            "thresholds_per_group": {
                "personenauto": {"better": "higher", "voldoet": 50, "aandachtspunt": 43, "inclusive": False},
                "taxi": {"better": "higher", "voldoet": 50, "aandachtspunt": 43, "inclusive": False},
                "bestelbus": {"better": "higher", "voldoet": 50, "aandachtspunt": 43, "inclusive": False},
                "vrachtwagen": {"better": "higher", "voldoet": 350, "aandachtspunt": 150},
            }
        },
        unit="kW",
    )
    # Not inclusive for cars: 43 kW is not more than 43 -> voldoet niet; 43.5 -> aandachtspunt;
    # 50 -> not more than 50 -> aandachtspunt; 51 -> voldoet.
    # Truck 150 kW (inclusive) -> aandachtspunt; car+truck 200 kW -> car voldoet, truck aandachtspunt -> aandachtspunt.
    cands = candidates(
        [(0, 0)] * 6,
        vermogen_kw=[43.0, 43.5, 50.0, 51.0, 150.0, 200.0],
        doelgroepen=["personenauto"] * 4 + ["vrachtwagen", "personenauto, vrachtwagen"],
    )
    frame = _screen(tmp_path, [rule], cands, {}).frame
    assert frame["vermogen_status"].tolist() == [
        "voldoet niet",
        "aandachtspunt",
        "aandachtspunt",
        "voldoet",
        "aandachtspunt",
        "aandachtspunt",
    ]
    # Issue 13 point 7: a car + truck site reports each target group with its own threshold.
    assert frame["vermogen_reden"][5] == (
        "Nearest fast-charge site: 200 kW; passenger car: meets (threshold > 50 kW); "
        "truck: attention point (threshold 350 kW): attention point"
    )
    assert frame["vermogen_reden"][0] == (
        "Nearest fast-charge site: 43 kW (threshold > 50 kW; attention point above 43 kW for passenger car): "
        "does not meet"
    )


def test_attribute_categories_other_and_empty(tmp_path):
    rule = criterion(
        "ladder",
        "kandidaat",
        {"kind": "attribute", "field": "locatietype"},
        {"categories": {"woonstraat": "aandachtspunt", "bedrijventerrein": "voldoet"}, "other_category": "voldoet"},
    )
    cands = candidates([(0, 0)] * 4, locatietype=["Woonstraat", "bedrijventerrein", "parkeergarage", None])
    frame = _screen(tmp_path, [rule], cands, {}).frame
    assert frame["ladder_status"].tolist() == ["aandachtspunt", "voldoet", "voldoet", "niet beoordeeld"]
    assert np.isnan(frame["ladder_waarde"]).all()


def test_missing_or_empty_layer_and_other_target_group_are_never_voldoet(tmp_path):
    rules = [
        criterion(
            "zoek",
            "zoekgebieden",
            {"kind": "inside_polygon"},
            {"outcomes": {"inside": "voldoet", "outside": "aandachtspunt"}},
        ),
        criterion(
            "taxi",
            "taxistandplaatsen",
            {"kind": "count_within", "radius_m": 100},
            {"thresholds": {"better": "higher", "voldoet": 0, "aandachtspunt": 0}},
            target_groups=["taxi"],
        ),
    ]
    empty = gpd.GeoDataFrame(geometry=[], crs=RD)
    cands = candidates([(0, 0), (0, 0)], doelgroepen=["personenauto", "taxi"])
    frame = _screen(tmp_path, rules, cands, {"taxistandplaatsen": empty}).frame
    assert frame["zoek_status"].tolist() == ["niet beoordeeld", "niet beoordeeld"]
    assert "reference layer 'zoekgebieden' was not given" in frame["zoek_reden"][0]
    assert frame["taxi_status"].tolist() == ["niet beoordeeld", "niet beoordeeld"]
    assert "does not apply to target group(s) passenger car" in frame["taxi_reden"][0]
    assert "'taxistandplaatsen' has no features" in frame["taxi_reden"][1]
    # Nothing assessed: no score, and never a positive advice.
    assert frame["score"].isna().all()
    assert frame["advies"].tolist() == ["nader onderzoek", "nader onderzoek"]


def test_nearest_distance_to_polygons_is_zero_inside_and_to_the_edge_outside(tmp_path):
    rule = criterion(
        "gebied",
        "onderstations",
        {"kind": "nearest_distance"},
        {"thresholds": {"better": "lower", "voldoet": 0, "aandachtspunt": 100}},
    )
    # A 2,000 m wide square (long edges are split into 250 m pieces internally).
    square = Polygon([(X0, Y0), (X0 + 2000, Y0), (X0 + 2000, Y0 + 2000), (X0, Y0 + 2000)])
    areas = gpd.GeoDataFrame(geometry=[square], crs=RD)
    # (1000, 1000) inside -> 0 m -> voldoet; (1000, -100) below the middle of the bottom edge -> 100 m
    # -> aandachtspunt; (2300, 2400) beyond the corner (2000, 2000): 3-4-5 x 100 -> 500 m -> voldoet niet.
    cands = candidates([(1000, 1000), (1000, -100), (2300, 2400)])
    frame = _screen(tmp_path, [rule], cands, {"onderstations": areas}).frame
    assert frame["gebied_waarde"].tolist() == pytest.approx([0.0, 100.0, 500.0])
    assert frame["gebied_status"].tolist() == ["voldoet", "aandachtspunt", "voldoet niet"]


def test_a_candidate_on_top_of_a_demand_point_counts_it(tmp_path):
    rule = criterion(
        "som",
        "vraag",
        {"kind": "sum_within", "radius_m": 50, "field": "waarde"},
        {"thresholds": {"better": "higher", "voldoet": 10, "aandachtspunt": 5}},
    )
    # Distance 0 is within any radius: 7 (same spot) + 3 (at 50 m, the boundary) = 10 -> voldoet.
    reference = points([(0, 0), (0, 50), (0, 51)], waarde=[7.0, 3.0, 100.0])
    frame = _screen(tmp_path, [rule], candidates([(0, 0)]), {"vraag": reference}).frame
    assert frame["som_waarde"].tolist() == [10.0]
    assert frame["som_status"].tolist() == ["voldoet"]


def test_an_invalid_reference_polygon_is_repaired_keeping_both_lobes(tmp_path):
    rule = criterion(
        "beschermd",
        "beschermde_gebieden",
        {"kind": "inside_polygon"},
        {"outcomes": {"inside": "voldoet niet", "outside": "voldoet"}},
    )
    # A self-intersecting "bow tie": two triangles meeting at (50, 50). (10, 50) lies in the left one,
    # (90, 50) in the right one, (50, 10) in neither (below the crossing point, between the lobes).
    bowtie = Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])
    assert not bowtie.is_valid
    areas = gpd.GeoDataFrame(geometry=[bowtie], crs=RD)
    rules = load_rules(write_rules(tmp_path, base_rules([rule])))
    layer = prepare_reference("beschermde_gebieden", areas)
    result = screen_candidates(
        prepare_candidates(candidates([(10, 50), (90, 50), (50, 10)])), {layer.key: layer}, rules
    )
    assert result.frame["beschermd_status"].tolist() == ["voldoet niet", "voldoet niet", "voldoet"]
    assert layer.repaired == 1
    assert not areas.geometry[0].is_valid  # the user's layer is not changed


def test_point_layer_given_as_coordinates_measures_as_the_shapely_points():
    # Issue 13: a point layer kept as x, y (no shapely points) against the same layer as shapely points.
    from ral_zuid_plugin.core.screening import measures
    from ral_zuid_plugin.core.screening.references import prepare_point_reference

    table = pd.DataFrame({"fid": [1, 2, 3, 4], "waarde": [2.0, 3.0, 7.0, 11.0]})
    # relative to the candidate at the base point: (300, 400) = 500 m (3-4-5 x 100), (0, 900), no geometry,
    # (1100, 0) = 1100 m
    xy = np.array([[X0 + 300, Y0 + 400], [X0, Y0 + 900], [np.nan, np.nan], [X0 + 1100, Y0]])
    layer = prepare_point_reference("vraag", table, xy)
    assert layer.frame["fid"].tolist() == [1, 2, 4] and layer.frame.index.tolist() == [0, 1, 2]
    shapely_layer = prepare_reference("vraag", points([(300, 400), (0, 900), (1100, 0)], waarde=[2.0, 3.0, 11.0]))
    at = np.array([[X0, Y0]])
    weights = layer.frame["waarde"].to_numpy()
    by_hand = {"nearest": 500.0, "count": 2.0, "sum": 5.0, "max": 3.0}  # within 1000 m: the 500 m and 900 m points
    for geometry in (layer.geometry(), shapely_layer.geometry()):
        assert measures.nearest_distance(at, geometry).tolist() == [by_hand["nearest"]]
        assert measures.count_within(at, geometry, 1000.0).tolist() == [by_hand["count"]]
        assert measures.sum_within(at, geometry, weights, 1000.0).tolist() == [by_hand["sum"]]
        assert measures.max_within(at, geometry, weights, 1000.0).tolist() == [by_hand["max"]]
    # shapes are made only when asked for, and then are these points
    assert [(p.x, p.y) for p in layer.geometry().shape_list] == [(X0 + 300, Y0 + 400), (X0, Y0 + 900), (X0 + 1100, Y0)]
    with pytest.raises(ValueError):
        prepare_point_reference("vraag", table, xy[:3])
