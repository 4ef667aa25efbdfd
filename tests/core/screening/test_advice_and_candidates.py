"""Score and advice by hand, candidate fields and defaults, bad input, CRS, reports and Dutch sentences."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pytest
from pyproj import Transformer
from shapely.geometry import Point, Polygon

from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.report import candidate_report_html, write_candidate_reports
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from tests.core.screening.helpers import RD, X0, Y0, base_rules, candidates, criterion, points, text, write_rules

ROOT = Path(__file__).resolve().parents[3]
SPACING = 100_000.0  # candidates far apart, so each only "sees" its own reference points


def _three_criteria() -> list[dict]:
    higher = {"thresholds": {"better": "higher", "voldoet": 1000, "aandachtspunt": 500}}
    return [
        criterion("crit_a", "laag_a", {"kind": "nearest_distance"}, higher, weight=3, text=text("A", "Crit A")),
        criterion("crit_b", "laag_b", {"kind": "nearest_distance"}, higher, weight=2, text=text("B", "Crit B")),
        criterion(
            "crit_c", "laag_c", {"kind": "nearest_distance"}, higher, weight=1, knockout=True, text=text("C", "Crit C")
        ),
    ]


def _layer(distances: list[float]) -> gpd.GeoDataFrame:
    """One reference point north of candidate i at distances[i]."""
    return points([(i * SPACING, d) for i, d in enumerate(distances)])


def _run(tmp_path, layers: dict[str, list[float]], count: int):
    rules = load_rules(write_rules(tmp_path, base_rules(_three_criteria())))
    cands = prepare_candidates(candidates([(i * SPACING, 0) for i in range(count)]))
    refs = {key: prepare_reference(key, _layer(d)) for key, d in layers.items()}
    return screen_candidates(cands, refs, rules).frame


def test_score_and_advice_follow_the_documented_rule(tmp_path):
    # Candidate 1: a 2000 m voldoet (3 x 1), b 700 m aandachtspunt (2 x 0.5), c 100 m voldoet niet (1 x 0)
    #   score = 100 x (3 + 1 + 0) / 6 = 66.7; c is a knock-out -> negatief.
    # Candidate 2: a 400 m voldoet niet (0), b 600 m aandachtspunt (1), c 1500 m voldoet (1)
    #   score = 100 x 2 / 6 = 33.3 < 40 -> negatief without a knock-out.
    # Candidate 3: a 1500, b 1200, c 800 (aandachtspunt 0.5): score = 100 x 5.5 / 6 = 91.7, but the knock-out c is
    #   only an aandachtspunt: positief needs every knock-out assessed and voldoet -> nader onderzoek.
    # Candidate 4: a 1500 voldoet, b 400 voldoet niet, c 2000 voldoet: 100 x 4 / 6 = 66.7 -> nader onderzoek.
    # Candidate 5: a 1500, b 1200, c 1200, all voldoet: 100 x 6 / 6 = 100 -> positief.
    frame = _run(
        tmp_path,
        {
            "laag_a": [2000, 400, 1500, 1500, 1500],
            "laag_b": [700, 600, 1200, 400, 1200],
            "laag_c": [100, 1500, 800, 2000, 1200],
        },
        5,
    )
    assert frame["score"].tolist() == pytest.approx([66.7, 33.3, 91.7, 66.7, 100.0])
    assert frame["advies"].tolist() == ["negatief", "negatief", "nader onderzoek", "nader onderzoek", "positief"]
    assert frame["advies_reden"][2] == "Further study: knock-out criterion only an attention point: Crit C."


def test_missing_layers_lower_the_assessed_share_and_block_a_positive_advice(tmp_path):
    # Issue 13 point 1. Only a and b given (weights 5 of 6 assessed, share 0.83 >= 0.5), both voldoet: score 100,
    # but the knock-out c was not assessed -> at best nader onderzoek, "niet volledig beoordeeld: C".
    frame = _run(tmp_path, {"laag_a": [2000], "laag_b": [2000]}, 1)
    assert frame["score"].tolist() == [100.0]
    assert frame["advies"].tolist() == ["nader onderzoek"]
    assert frame["crit_c_status"].tolist() == ["niet beoordeeld"]
    assert frame["advies_reden"][0] == "Further study: not fully assessed: Crit C."
    assert frame["nodig_voor_positief"][0] == "Crit C: give the layer 'laag_c' so it can be assessed."
    # Only c given (share 1/6 < 0.5): score 100 but only nader onderzoek.
    frame = _run(tmp_path, {"laag_c": [2000]}, 1)
    assert frame["score"].tolist() == [100.0]
    assert frame["advies"].tolist() == ["nader onderzoek"]


def test_missing_candidate_fields_get_documented_defaults_and_a_note():
    frame = gpd.GeoDataFrame(
        {"fid": [7, 9], "Name": ["Hub Noord", None], "Power": ["150", None]},
        geometry=[Point(X0, Y0), Point(X0 + 10, Y0)],
        crs=RD,
    )
    prepared = prepare_candidates(frame, "kandidaten.gpkg")
    assert prepared["kandidaat_id"].tolist() == ["kandidaat_7", "kandidaat_9"]
    assert prepared["naam"].tolist() == ["Hub Noord", "kandidaat_9"]
    assert prepared["vermogen_kw"][0] == 150.0
    assert pd_isna(prepared["vermogen_kw"][1])
    assert prepared["aantal_laadpunten"].tolist() == [1, 1]
    assert prepared["doelgroepen"].tolist() == ["personenauto", "personenauto"]
    assert prepared["grondeigendom"].tolist() == ["onbekend", "onbekend"]
    assert "no target group given: personenauto assumed" in prepared["notities"][0]
    assert "no power: power not assessed" in prepared["notities"][1]
    assert frame["Power"].tolist() == ["150", None]  # the user's data is not changed


def pd_isna(value) -> bool:
    return value != value


def test_bad_candidates_name_file_row_and_column():
    with pytest.raises(InputDataError, match="file leeg.gpkg: the candidate layer has no features"):
        prepare_candidates(gpd.GeoDataFrame(geometry=[], crs=RD), "leeg.gpkg")
    base = candidates([(0, 0), (10, 0)])
    with pytest.raises(InputDataError, match=r"file k.gpkg, row 2, column 'vermogen_kw': 'veel' is not a number"):
        prepare_candidates(base.assign(vermogen_kw=["50", "veel"]), "k.gpkg")
    with pytest.raises(InputDataError, match=r"row 1, column 'Doelgroepen': unknown target group 'bus'"):
        prepare_candidates(base.drop(columns="doelgroepen").assign(Doelgroepen=["bus", "taxi"]), "k.gpkg")
    with pytest.raises(InputDataError, match=r"row 2, column 'id': the id 'A1' is also used in row 1"):
        prepare_candidates(base.assign(id=["A1", "A1"]), "k.gpkg")
    with pytest.raises(InputDataError, match=r"row 2: the candidate has no geometry"):
        prepare_candidates(gpd.GeoDataFrame({"naam": ["a", "b"]}, geometry=[Point(X0, Y0), None], crs=RD), "k.gpkg")


def test_invalid_polygon_is_repaired_with_a_note():
    bowtie = Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])
    assert not bowtie.is_valid
    prepared = prepare_candidates(gpd.GeoDataFrame({"naam": ["strik"]}, geometry=[bowtie], crs=RD))
    assert prepared.geometry[0].is_valid
    assert "invalid geometry repaired" in prepared["notities"][0]


def test_candidates_in_another_crs_are_measured_in_rd_new(tmp_path):
    # A candidate given in WGS84; its RD position computed independently with pyproj, then 3-4-5 x 100 = 500 m.
    to_rd = Transformer.from_crs("EPSG:4326", RD, always_xy=True)
    lon, lat = 5.4697, 51.4416  # Eindhoven centre
    x, y = to_rd.transform(lon, lat)
    cand = gpd.GeoDataFrame({"naam": ["wgs"], "vermogen_kw": [150.0]}, geometry=[Point(lon, lat)], crs="EPSG:4326")
    charger = gpd.GeoDataFrame(geometry=[Point(x + 300, y + 400)], crs=RD)
    rule = criterion(
        "afstand",
        "snellaadlocaties",
        {"kind": "nearest_distance"},
        {"thresholds": {"better": "higher", "voldoet": 1000, "aandachtspunt": 500}},
    )
    rules = load_rules(write_rules(tmp_path, base_rules([rule])))
    result = screen_candidates(
        prepare_candidates(cand), {"snellaadlocaties": prepare_reference("snellaadlocaties", charger)}, rules
    )
    assert result.frame["afstand_waarde"][0] == pytest.approx(500.0, abs=0.01)
    assert result.frame.crs.to_epsg() == 28992


def _dutch_translator():
    tree = ET.parse(ROOT / "i18n" / "ral_zuid_nl.ts")
    pairs = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            pairs[message.find("source").text] = translation.text
    return lambda text: pairs.get(text, text)


def test_dutch_sentence_with_the_number_and_a_per_candidate_report(tmp_path):
    cands = prepare_candidates(candidates([(0, 640)], naam=["Parkeerterrein Zuid"]))
    refs = {"snellaadlocaties": prepare_reference("snellaadlocaties", points([(0, 0)]))}
    i18n.set_translator(_dutch_translator(), "nl")
    try:
        result = screen_candidates(cands, refs, load_rules())
        reason = result.frame["afstand_snellaad_reden"][0]
        html = candidate_report_html(result.record(0))
    finally:
        i18n.set_translator(None)
    assert reason == "Dichtstbijzijnde snellaadlocatie op 640 m (drempel 1.000 m): aandachtspunt"
    assert "Parkeerterrein Zuid" in html and reason in html
    assert result.rules.sha256 in html and "snellaadvisie_ral_zuid.json" in html

    written = write_candidate_reports(result.records(), tmp_path / "rapporten")
    assert [p.name for p in written] == ["kandidaat_1.html"]
    assert not list((tmp_path / "rapporten").glob(".tmp_*"))
    record = result.record(0)
    json.dumps(record)  # JSON-able for the submission package
    first = record["criteria"][0]
    assert {"id", "text", "value", "unit", "status", "reason", "source"} <= set(first)
    assert first["value"] == pytest.approx(640.0) and first["status"] == "aandachtspunt"


def test_a_duplicated_fid_column_from_a_geopackage_does_not_break_the_ids():
    # frame_from_source puts the QGIS feature id in "fid" and a GeoPackage also exposes its "fid" field.
    frame = gpd.GeoDataFrame(
        [[3, 3, "a"], [8, 8, "b"]], columns=["fid", "fid", "naam"], geometry=[Point(X0, Y0), Point(X0 + 5, Y0)], crs=RD
    )
    assert prepare_candidates(frame)["kandidaat_id"].tolist() == ["kandidaat_3", "kandidaat_8"]
