"""Issue 13: the advice the expertisecentrum would give itself, one test per point, against the bundled rule file.

Every expected advice and sentence below is written by hand from ``resources/rules/snellaadvisie_ral_zuid.json``
(version 2.0.0); the numbers are worked out in the comments.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import bundled_references, prepare_reference
from ral_zuid_plugin.core.screening.region import bundled_region
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from tests.core.screening.helpers import RD, X0, Y0, candidates

RULES = load_rules()
REGION = bundled_region()
# Eindhoven centre (RD New), well inside GM0772, used as a base for sites that must lie in the region.
EHV_X, EHV_Y = 161_000.0, 383_500.0


def _screen(frame: gpd.GeoDataFrame, references: dict | None = None, region=REGION):
    return screen_candidates(prepare_candidates(frame, "kandidaten.gpkg"), references or {}, RULES, region=region)


def _at_eindhoven(count: int, **columns) -> gpd.GeoDataFrame:
    """Candidates 2 km apart on an east-west line through Eindhoven."""
    columns.setdefault("naam", ["k{}".format(i + 1) for i in range(count)])
    columns.setdefault("doelgroepen", ["personenauto"] * count)
    columns.setdefault("vermogen_kw", [150.0] * count)
    geometry = [Point(EHV_X + 2000 * i - 2000, EHV_Y) for i in range(count)]
    return gpd.GeoDataFrame(dict(columns), geometry=geometry, crs=RD)


def _layers(protected: bool = True) -> dict:
    """Context layers so that enough weight is assessed (at least 50 %), all "voldoet" for a site near Eindhoven:

    a service area 10 km north (>= 500 m, weight 1), a search area over every test site (inside, weight 2), a congestion
    area far away (outside, weight 2) and, with ``protected``, a protected area far away (outside, weight 2).
    """
    far = gpd.GeoDataFrame(geometry=[box(0, 0, 10, 10)], crs=RD)
    layers = {
        "verzorgingsplaatsen": prepare_reference(
            "verzorgingsplaatsen", gpd.GeoDataFrame(geometry=[Point(EHV_X, EHV_Y + 10_000)], crs=RD)
        ),
        "zoekgebieden": prepare_reference(
            "zoekgebieden",
            gpd.GeoDataFrame(geometry=[box(EHV_X - 5000, EHV_Y - 5000, EHV_X + 5000, EHV_Y + 5000)], crs=RD),
        ),
        "netcongestie": prepare_reference("netcongestie", far),
    }
    if protected:
        layers["beschermde_gebieden"] = prepare_reference("beschermde_gebieden", far)
    return layers


def _protected_elsewhere() -> dict:
    """A protected-area layer far from every test site: the knock-out is assessed and voldoet."""
    return {
        "beschermde_gebieden": prepare_reference(
            "beschermde_gebieden", gpd.GeoDataFrame(geometry=[box(0, 0, 10, 10)], crs=RD)
        )
    }


# ---------------------------------------------------------------------------------------------------------------
# Point 1: a knock-out that was not assessed blocks "positief".
# ---------------------------------------------------------------------------------------------------------------
def test_point1_unassessed_knockout_gives_further_study_with_the_criteria_named():
    # A hub on gemeente land, 150 kW for cars, 4 points. Weights that apply to cars add up to 18
    # (2 + 1 + 1 + 1 + 2 + 2 + 1 + 1 + 1 + 2 + 2 + 2; afstand_snellaad weighs 0).
    # Assessed without a protected-area layer: grondeigendom 'gemeente' voldoet (1 x 1), service area 10 km (1 x 1),
    # congestion outside (2 x 1), netaansluiting 4 x 150 = 600 kW > 55 kW, <= 10,000 -> aandachtspunt (1 x 0.5),
    # ladder 'hub' (1 x 1), vermogen 150 >= 50 (2 x 1), search area inside (2 x 1): 9.5 of 10 -> score 95.0,
    # assessed share 10 / 18 = 56 % >= 50 %. The knock-out beschermd_gebieden is not assessed -> nader onderzoek.
    frame = _at_eindhoven(1, grondeigendom=["gemeente"], locatietype=["hub"], aantal_laadpunten=[4])
    result = _screen(frame, _layers(protected=False))
    row = result.frame.iloc[0]
    assert row["score"] == pytest.approx(95.0)
    assert row["advies"] == "nader onderzoek"
    assert row["advies_reden"] == "Further study: not fully assessed: Protected nature area."
    assert (
        row["nodig_voor_positief"]
        == "Protected nature area: give the layer 'beschermde_gebieden' so it can be assessed."
    )
    # With the protected-area layer (outside -> voldoet, weight 2): 11.5 / 12 = 95.83 -> 95.8, positief.
    result = _screen(frame, _layers())
    row = result.frame.iloc[0]
    assert row["score"] == pytest.approx(95.8)
    assert row["advies"] == "positief"
    assert row["advies_reden"] == (
        "Positive: every knock-out criterion is met, no criterion fails and the score is 95.8 (at least 75)."
    )
    assert row["nodig_voor_positief"] == ""


# ---------------------------------------------------------------------------------------------------------------
# Point 2: the charging ladder refers a fast charger in a residential street to the regular procedure.
# ---------------------------------------------------------------------------------------------------------------
def test_point2_fast_charger_in_a_residential_street_is_referred_to_the_regular_procedure():
    # Plan §3.2: "De 'Ladder van Laden' centraal. [...] laadinfrastructuur op eigen terrein [geniet] de voorkeur
    # gevolgd door private laadvoorziening in de openbare ruimte en laadinfrastructuur in de (semi)publieke
    # ruimte. Snelladen zien we als aanvullende voorziening."
    frame = _at_eindhoven(1, grondeigendom=["gemeente"], locatietype=["Woonstraat"], vermogen_kw=[50.0])
    row = _screen(frame, _protected_elsewhere()).frame.iloc[0]
    assert row["advies"] == "reguliere procedure"
    assert row["ladder_van_laden_status"] == "voldoet niet"
    assert row["ladder_van_laden_reden"] == (
        "Charging ladder (location type): 'woonstraat': a fast charger in a residential street is no fast-charge "
        "site but a request for an ordinary public charge point: does not meet"
    )
    assert row["advies_reden"] == (
        "Refer to the regular procedure: under the charging ladder fast charging is a complementary facility "
        "(plan section 3.2); a fast charger in a residential street is not a fast-charge site, such a request "
        "belongs in the ordinary, request-driven procedure for public charge points (section 4.3) "
        "(decided by: Charging ladder (location type))."
    )
    assert row["nodig_voor_positief"].startswith("For a positive fast-charging advice the site must lie outside")


# ---------------------------------------------------------------------------------------------------------------
# Point 3: Rijkswaterstaat land and service areas: not the gemeente's to decide.
# ---------------------------------------------------------------------------------------------------------------
def test_point3_rijkswaterstaat_land_or_service_area_refers_to_the_rws_route_and_the_ladder_is_not_weighed():
    # Site 1: grondeigendom 'Rijkswaterstaat' on a car park, far from any service area (own layer 5 km away).
    # Site 2: gemeente land but 100 m from a service-area centre (< 250 m -> voldoet niet -> referral).
    # Site 3: gemeente land, 400 m from a service area (250-500 m -> aandachtspunt, no referral).
    # Every site also lies 60 m from an existing fast charger: the market-coverage note says aandachtspunt,
    # never "voldoet niet", so no spacing rule fails.
    frame = _at_eindhoven(
        3, grondeigendom=["Rijkswaterstaat", "gemeente", "gemeente"], locatietype=["parkeerterrein"] * 3
    )
    sites = [(EHV_X - 2000, EHV_Y), (EHV_X, EHV_Y), (EHV_X + 2000, EHV_Y)]
    service = gpd.GeoDataFrame(
        geometry=[
            Point(sites[0][0], sites[0][1] + 5000),
            Point(sites[1][0], sites[1][1] + 100),
            Point(sites[2][0], sites[2][1] + 400),
        ],
        crs=RD,
    )
    chargers = gpd.GeoDataFrame(geometry=[Point(x, y - 60) for x, y in sites], crs=RD)
    refs = {
        "verzorgingsplaatsen": prepare_reference("verzorgingsplaatsen", service),
        "snellaadlocaties": prepare_reference("snellaadlocaties", chargers),
        **_protected_elsewhere(),
    }
    result = _screen(frame, refs).frame
    assert result["advies"].tolist()[:2] == ["rijkswaterstaat", "rijkswaterstaat"]
    assert result["advies"][2] != "rijkswaterstaat"
    assert result["verzorgingsplaats_rws_status"].tolist() == ["voldoet", "voldoet niet", "aandachtspunt"]
    assert result["afstand_snellaad_status"].tolist() == ["aandachtspunt"] * 3
    assert result["grondeigendom_reden"][0] == (
        "Land ownership: 'rijkswaterstaat': Rijkswaterstaat land, not the gemeente's: does not meet"
    )
    assert result["advies_reden"][0] == (
        "Not the gemeente's: Rijkswaterstaat route: the site lies on a motorway service area or on Rijkswaterstaat "
        "land; the gemeente does not decide there, fast charging along state roads goes through the State's own "
        "plot, concession and permit route (plan section 4.4) (decided by: Land ownership)."
    )
    # The ladder must not say "voldoet" for a site another criterion decides: it is not weighed there.
    assert result["ladder_van_laden_status"].tolist() == ["niet beoordeeld", "niet beoordeeld", "voldoet"]
    assert result["ladder_van_laden_reden"][1] == (
        "Charging ladder (location type): not weighed, Motorway service or rest area already decides this site"
    )


def test_point3_the_bundled_service_areas_catch_oeienbosch():
    # EHV01 of the demo sits 37.6 m from the OSM centre of Oeienbosch (154527, 378462 rounded):
    # sqrt(33^2 + 18^2) = 37.6 m < 250 m -> referral to Rijkswaterstaat, even with grondeigendom left empty.
    frame = gpd.GeoDataFrame(
        {"kandidaat_id": ["EHV01"], "vermogen_kw": [350.0], "doelgroepen": ["personenauto,vrachtwagen"]},
        geometry=[Point(154560, 378480)],
        crs=RD,
    )
    result = _screen(frame, bundled_references(["verzorgingsplaatsen"])).frame
    assert result["verzorgingsplaats_rws_waarde"][0] == pytest.approx(37.6, abs=2.0)
    assert result["advies"][0] == "rijkswaterstaat"
    # Point 4, screening side: the site lies in Veldhoven (GM0861), not in Eindhoven.
    assert (result["locatie_gemeentecode"][0], result["locatie_gemeentenaam"][0]) == ("GM0861", "Veldhoven")


# ---------------------------------------------------------------------------------------------------------------
# Point 5: outside Noord-Brabant and Limburg -> "buiten regio"; a layer entirely outside stops about the CRS.
# ---------------------------------------------------------------------------------------------------------------
def test_point5_sites_outside_the_region_are_not_scored():
    # Eindhoven (161000, 383500) lies in GM0772; Amsterdam Dam square (121400, 487400) lies in Noord-Holland.
    frame = gpd.GeoDataFrame(
        {"kandidaat_id": ["EHV", "AMS"], "vermogen_kw": [150.0, 150.0], "locatietype": ["hub", "hub"]},
        geometry=[Point(EHV_X, EHV_Y), Point(121_400, 487_400)],
        crs=RD,
    )
    result = _screen(frame)
    out = result.frame
    assert out["locatie_gemeentecode"].tolist() == ["GM0772", ""]
    assert out["advies"].tolist()[1] == "buiten regio"
    assert np.isnan(out["score"][1])
    statuses = [out[c.id + "_status"][1] for c in RULES.criteria]
    assert set(statuses) == {"niet beoordeeld"}
    assert out["vermogen_doelgroep_reden"][1] == (
        "Power for the target group: not assessed, the site lies outside Noord-Brabant and Limburg"
    )
    assert out["advies_reden"][1] == (
        "Outside the region: the site lies outside Noord-Brabant and Limburg and is not screened against the "
        "regional snellaadvisie."
    )
    assert result.outside_region == ["AMS"]
    assert out["advies"][0] != "buiten regio"


def test_point5_a_layer_entirely_outside_the_region_stops_with_a_message_about_its_crs():
    # WGS84 degrees (5.47 E, 51.44 N) stored in a layer that says RD New: the site lands near the RD origin.
    frame = gpd.GeoDataFrame({"kandidaat_id": ["A"]}, geometry=[Point(5.47, 51.44)], crs=RD)
    with pytest.raises(InputDataError) as caught:
        _screen(frame)
    message = str(caught.value)
    assert message.startswith("file kandidaten.gpkg: none of the 1 candidates lies in Noord-Brabant or Limburg")
    assert "coordinate reference system (EPSG:28992 Amersfoort / RD New) is probably wrong" in message


# ---------------------------------------------------------------------------------------------------------------
# Point 6: corrected sources; every threshold without a public source is marked *aanname*.
# ---------------------------------------------------------------------------------------------------------------
def test_point6_sources_are_corrected_and_assumptions_marked():
    assert RULES.version == "2.0.0" and RULES.changelog[0]["version"] == "2.0.0"
    for criterion in RULES.criteria:
        nl, en = criterion.source["nl"], criterion.source["en"]
        has_number = criterion.thresholds is not None or criterion.thresholds_per_group
        if has_number and criterion.id != "vermogen_doelgroep":
            assert "*aanname*" in nl.lower() or "Elektriciteitswet" in nl, criterion.id
            assert "*assumption*" in en.lower() or "Electricity Act" in en, criterion.id
    protected = RULES.criterion("beschermd_gebied")
    assert "Omgevingswet" in protected.source["nl"] and "1 januari 2024" in protected.source["nl"]
    assert "nee, tenzij" in protected.source["nl"]
    assert protected.outcomes == {"inside": "aandachtspunt", "outside": "voldoet"}  # no ban
    assert "stadsgezicht" not in protected.text["nl"]
    exit_rule = RULES.criterion("afstand_afrit")
    assert "woonwijk" not in exit_rule.source["nl"] and "residential" not in exit_rule.source["en"]
    assert exit_rule.target_groups == ("vrachtwagen",)  # AFIR's 3 km is no score for city and taxi hubs
    assert "definitie" in exit_rule.source["nl"]


def test_point6_a_site_in_a_nature_network_is_further_study_not_negative():
    # Inside the protected layer -> aandachtspunt ("nee, tenzij"); a knock-out that is only an aandachtspunt.
    frame = _at_eindhoven(1, grondeigendom=["gemeente"], locatietype=["hub"], aantal_laadpunten=[4])
    layer = gpd.GeoDataFrame(geometry=[box(EHV_X - 2100, EHV_Y - 100, EHV_X - 1900, EHV_Y + 100)], crs=RD)
    refs = {**_layers(), "beschermde_gebieden": prepare_reference("beschermde_gebieden", layer)}
    row = _screen(frame, refs).frame.iloc[0]
    assert row["beschermd_gebied_status"] == "aandachtspunt"
    assert row["advies"] == "nader onderzoek"
    assert row["advies_reden"] == "Further study: knock-out criterion only an attention point: Protected nature area."


# ---------------------------------------------------------------------------------------------------------------
# Point 7: the power criterion per target group.
# ---------------------------------------------------------------------------------------------------------------
def test_point7_power_is_reported_for_every_target_group():
    # Car + truck at 150 kW: car >= 50 voldoet; truck 150 >= 150 (aandachtspunt bound) but < 350 -> aandachtspunt.
    frame = _at_eindhoven(1, doelgroepen=["personenauto,vrachtwagen"], vermogen_kw=[150.0])
    result = _screen(frame)
    row = result.frame.iloc[0]
    assert row["vermogen_doelgroep_status"] == "aandachtspunt"
    assert row["vermogen_doelgroep_reden"] == (
        "Power for the target group: 150 kW; passenger car: meets (threshold 50 kW); "
        "truck: attention point (threshold 350 kW): attention point"
    )
    power = next(c for c in result.record(0)["criteria"] if c["id"] == "vermogen_doelgroep")
    assert power["per_group"] == [
        {"group": "personenauto", "status": "voldoet", "threshold": 50.0},
        {"group": "vrachtwagen", "status": "aandachtspunt", "threshold": 350.0},
    ]


# ---------------------------------------------------------------------------------------------------------------
# Point 8: grid connection needed and traffic volume.
# ---------------------------------------------------------------------------------------------------------------
def test_point8_grid_connection_small_or_large_consumer_and_traffic_volume():
    # 1 x 50 kW = 50 kW <= 55 (3 x 80 A) -> voldoet; 4 x 150 = 600 kW -> grootverbruik, aandachtspunt;
    # 40 x 350 = 14,000 kW > 10,000 -> voldoet niet.
    frame = _at_eindhoven(3, vermogen_kw=[50.0, 150.0, 350.0], aantal_laadpunten=[1, 4, 40])
    # Traffic points: 12,000 at 300 m and 30,000 at 800 m of site 1 -> max within 500 m = 12,000 -> voldoet;
    # site 2 only 3,000 at 200 m -> aandachtspunt (>= 2,500); site 3 nothing within 500 m -> niet beoordeeld.
    traffic = gpd.GeoDataFrame(
        {"intensiteit": [12_000.0, 30_000.0, 3_000.0]},
        geometry=[Point(EHV_X - 2000, EHV_Y + 300), Point(EHV_X - 2000, EHV_Y + 800), Point(EHV_X, EHV_Y - 200)],
        crs=RD,
    )
    out = _screen(frame, {"verkeersintensiteit": prepare_reference("verkeersintensiteit", traffic)}).frame
    assert out["netaansluiting_waarde"].tolist() == [50.0, 600.0, 14_000.0]
    assert out["netaansluiting_status"].tolist() == ["voldoet", "aandachtspunt", "voldoet niet"]
    assert out["netaansluiting_reden"][2] == (
        "Grid connection needed: 14,000 kW (threshold 55 kW; attention point up to 10,000 kW): does not meet"
    )
    assert out["verkeersintensiteit_waarde"].tolist()[:2] == [12_000.0, 3_000.0]
    assert out["verkeersintensiteit_status"].tolist() == ["voldoet", "aandachtspunt", "niet beoordeeld"]
    assert out["verkeersintensiteit_reden"][0] == "Traffic volume within 500 m: 12,000 (threshold 10,000): meets"


# ---------------------------------------------------------------------------------------------------------------
# Point 9: blank ids.
# ---------------------------------------------------------------------------------------------------------------
def test_point9_blank_candidate_ids_are_an_error_naming_the_rows():
    base = candidates([(0, 0), (10, 0), (20, 0), (30, 0)])
    with pytest.raises(InputDataError) as caught:
        prepare_candidates(base.assign(kandidaat_id=["A", "", None, "D"]), "k.gpkg")
    assert str(caught.value) == (
        "file k.gpkg, column 'kandidaat_id': the candidate id is empty in 2 row(s): 2, 3; give every candidate an id"
    )


# ---------------------------------------------------------------------------------------------------------------
# Point 10: distance to an existing fast charger is a market-coverage note, not a spacing rule.
# ---------------------------------------------------------------------------------------------------------------
def test_point10_next_to_an_existing_fast_charger_is_a_note_that_does_not_change_the_score():
    # 20 m from an existing charger (a cluster / laadplein the plan favours): aandachtspunt, weight 0, so the score is
    # the same as without the charger layer (second run), and the advice stays positief.
    frame = _at_eindhoven(1, grondeigendom=["gemeente"], locatietype=["hub"], aantal_laadpunten=[4])
    charger = gpd.GeoDataFrame(geometry=[Point(EHV_X - 2000, EHV_Y + 20)], crs=RD)
    with_charger = _screen(
        frame, {"snellaadlocaties": prepare_reference("snellaadlocaties", charger), **_layers()}
    ).frame.iloc[0]
    without = _screen(frame, _layers()).frame.iloc[0]
    assert with_charger["afstand_snellaad_status"] == "aandachtspunt"
    assert (
        with_charger["afstand_snellaad_reden"]
        == "Nearest fast-charge site at 20 m (threshold 1,000 m): attention point"
    )
    assert with_charger["score"] == without["score"] == pytest.approx(95.8)
    assert with_charger["advies"] == "positief"


def test_without_a_region_nothing_is_checked_for_library_use():
    # The synthetic test coordinates (X0, Y0) and a site 300 km away: no region given -> no gemeente, no buiten regio.
    frame = candidates([(0, 0), (300_000, 0)])
    out = screen_candidates(prepare_candidates(frame), {}, RULES).frame
    assert out["locatie_gemeentecode"].tolist() == ["", ""]
    assert "buiten regio" not in out["advies"].tolist()
    assert (X0, Y0) == (150_000.0, 380_000.0)


# ---------------------------------------------------------------------------------------------------------------
# Done when: the Dutch report of every demo candidate reads as an expert's note.
# ---------------------------------------------------------------------------------------------------------------
def test_dutch_report_of_every_demo_candidate_starts_with_the_advice_and_says_what_is_needed(tmp_path):
    import re
    from pathlib import Path

    from ral_zuid_plugin.core import i18n
    from ral_zuid_plugin.core.screening.report import write_candidate_reports
    from tests.core.screening.test_advice_and_candidates import _dutch_translator

    samples = Path(__file__).resolve().parents[3] / "sample_data" / "screening"
    refs = bundled_references(RULES.layers_needed())
    for key, name in (
        ("zoekgebieden", "zoekgebieden_eindhoven_synthetisch"),
        ("netcongestie", "netcongestie_eindhoven_synthetisch"),
        ("beschermde_gebieden", "beschermde_gebieden_eindhoven_synthetisch"),
    ):
        refs[key] = prepare_reference(key, gpd.read_file(str(samples / (name + ".geojson"))))
    frame = gpd.read_file(str(samples / "kandidaten_eindhoven.geojson"))
    i18n.set_translator(_dutch_translator(), "nl")
    try:
        result = screen_candidates(
            prepare_candidates(frame, "kandidaten_eindhoven.geojson"), refs, RULES, region=REGION
        )
        paths = write_candidate_reports(result.records(), tmp_path)
    finally:
        i18n.set_translator(None)
    out = result.frame.set_index("kandidaat_id")
    # The demo's eight advices, each reasoned by hand from the rule file (see docs/fast-charge-screening.md):
    assert out["advies"].to_dict() == {
        "EHV01": "rijkswaterstaat",  # grondeigendom Rijkswaterstaat, 38 m from the Oeienbosch service area
        "EHV02": "positief",  # every knock-out met (400 kW for van and truck, outside the nature layer)
        "EHV03": "reguliere procedure",  # 50 kW in a woonstraat: ladder van laden
        "EHV04": "positief",  # 312 m from a fast charger is a market note now; congestion only an aandachtspunt
        "EHV05": "positief",  # taxi hub, 150 kW, nothing fails
        "EHV06": "positief",  # hub in the Meerhoven search area
        "EHV07": "nader onderzoek",  # inside the (synthetic) nature network: 'nee, tenzij'
        "EHV08": "negatief",  # 43 kW is not more than 43 kW: power knock-out
    }
    assert out.loc["EHV01", "locatie_gemeentecode"] == "GM0861"
    assert (
        # #18.7: the sentence names what is not met ("niet voldaan aan"), not "het criterium voldoet niet"
        out.loc["EHV08", "advies_reden"]
        == "Negatief: niet voldaan aan het knock-outcriterium Vermogen voor de doelgroep."
    )
    assert (
        out.loc["EHV08", "nodig_voor_positief"]
        == "Vermogen voor de doelgroep: nodig is minstens 50 kW voor personenauto."
    )
    assert out.loc["EHV03", "ladder_van_laden_reden"] == (
        "Ladder van laden (locatietype): 'woonstraat': een snellader in een woonstraat is geen snellaadlocatie maar "
        "een aanvraag voor een gewoon publiek laadpunt: voldoet niet"
    )
    for path in paths:
        html = path.read_text(encoding="utf-8")
        ident = path.stem
        advice_at = html.index("Advies:")
        per_criterion = html.index("Beoordeling per criterium")
        assert advice_at < per_criterion
        assert out.loc[ident, "advies_reden"].replace("'", "&#x27;") in html[advice_at:per_criterion]
        needed = "Wat is nodig om positief te worden" in html
        assert needed == (out.loc[ident, "advies"] != "positief"), ident
        block = html[per_criterion : html.index("</ul>", per_criterion)]
        assert len(re.findall("<li>", block)) == len(RULES.criteria), ident  # one sentence per criterion
