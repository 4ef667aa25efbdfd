"""``ralzuid:fastchargescreening`` and ``ralzuid:fastchargerules`` run headless in QGIS."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "sample_data" / "screening"
RULES = ROOT / "resources" / "rules" / "snellaadvisie_ral_zuid.json"


def _features(path: str) -> dict[str, QgsFeature]:
    layer = QgsVectorLayer(path, "uit", "ogr")
    assert layer.isValid(), path
    return {feature["kandidaat_id"]: feature for feature in layer.getFeatures()}, layer


def test_screening_of_the_eindhoven_samples_with_reports(run_algorithm, tmp_path):
    output = tmp_path / "getoetst.gpkg"
    reports = tmp_path / "rapporten"
    result = run_algorithm(
        "ralzuid:fastchargescreening",
        {
            "CANDIDATES": str(SAMPLES / "kandidaten_eindhoven.geojson"),
            "SEARCH_AREAS": str(SAMPLES / "zoekgebieden_eindhoven_synthetisch.geojson"),
            "CONGESTION": str(SAMPLES / "netcongestie_eindhoven_synthetisch.geojson"),
            "OUTPUT": str(output),
            "REPORT_FOLDER": str(reports),
        },
    )
    features, layer = _features(result["OUTPUT"])
    assert len(features) == 8
    assert layer.crs().authid() == "EPSG:28992"
    names = layer.fields().names()
    for field in (
        "kandidaat_id",
        "naam",
        "vermogen_kw",
        "aantal_laadpunten",
        "doelgroepen",
        "grondeigendom",
        "opmerkingen",
        "advies",
        "score",
        "regels_bestand",
        "regels_versie",
        "regels_sha256",
        "afstand_snellaad_waarde",
        "afstand_snellaad_status",
        "afstand_snellaad_reden",
    ):
        assert field in names, field

    sha = hashlib.sha256(RULES.read_bytes()).hexdigest()
    assert {f["regels_sha256"] for f in features.values()} == {sha}
    assert {f["regels_versie"] for f in features.values()} == {"1.0.0"}

    # EHV01 was placed 37 m from the OSM centre of service area Oeienbosch (154527, 378462 in RD New, rounded):
    # sqrt(33^2 + 18^2) = 37.6 m -> on the service area -> RWS concession knock-out -> negatief.
    ehv01 = features["EHV01"]
    assert ehv01["verzorgingsplaats_rws_waarde"] == pytest.approx(37.6, abs=2.0)
    assert ehv01["verzorgingsplaats_rws_status"] == "voldoet niet"
    assert ehv01["advies"] == "negatief"
    # EHV04 next to the Shell fast charger at Kennedylaan 9 (162027, 387552, rounded): dx 273, dy -152
    # -> sqrt(273^2 + 152^2) = 312.5 m -> below 500 m -> voldoet niet.
    ehv04 = features["EHV04"]
    assert ehv04["afstand_snellaad_waarde"] == pytest.approx(312.5, abs=2.0)
    assert ehv04["afstand_snellaad_status"] == "voldoet niet"
    assert "312 m" in ehv04["afstand_snellaad_reden"] or "313 m" in ehv04["afstand_snellaad_reden"]
    # Synthetic search area De Hurk holds EHV02; EHV03 lies outside every search area.
    assert features["EHV02"]["zoekgebied_status"] == "voldoet"
    assert features["EHV03"]["zoekgebied_status"] == "aandachtspunt"
    assert features["EHV03"]["ladder_van_laden_status"] == "aandachtspunt"
    # EHV08: 43 kW is not more than 43 kW -> power knock-out; no target group -> default with a note.
    ehv08 = features["EHV08"]
    assert ehv08["vermogen_doelgroep_status"] == "voldoet niet"
    assert ehv08["advies"] == "negatief"
    assert "personenauto assumed" in ehv08["notities"]
    # No substation layer given: never voldoet.
    assert {f["afstand_onderstation_status"] for f in features.values()} == {"niet beoordeeld"}
    # Rules relying on the NDW motorway sites say they have gaps.
    assert "A67, A73, A50" in ehv01["afstand_afrit_reden"]

    written = sorted(p.name for p in reports.glob("*.html"))
    assert written == sorted("{}.html".format(k) for k in features)
    records = json.loads((reports / "screening.json").read_text(encoding="utf-8"))
    assert [r["kandidaat_id"] for r in records] == [f["kandidaat_id"] for f in layer.getFeatures()]
    assert "Verzorgingsplaats Oeienbosch" in (reports / "EHV01.html").read_text(encoding="utf-8")


def _memory_polygons(crs: str, rings: list[list[tuple[float, float]]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs={}&field=naam:string&field=vermogen_kw:double&field=doelgroepen:string".format(crs), "k", "memory"
    )
    features = []
    for number, ring in enumerate(rings):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["vlak {}".format(number + 1), 150.0, "personenauto"])
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_polygon_candidates_in_wgs84_with_an_invalid_one_are_repaired_and_measured(run_algorithm, tmp_path):
    square = [(5.47, 51.44), (5.471, 51.44), (5.471, 51.441), (5.47, 51.441), (5.47, 51.44)]
    bowtie = [(5.48, 51.44), (5.481, 51.441), (5.481, 51.44), (5.48, 51.441), (5.48, 51.44)]
    layer = _memory_polygons("EPSG:4326", [square, bowtie])
    result = run_algorithm("ralzuid:fastchargescreening", {"CANDIDATES": layer, "OUTPUT": str(tmp_path / "v.gpkg")})
    features, out = _features(result["OUTPUT"])
    assert out.crs().authid() == "EPSG:28992"
    assert len(features) == 2
    assert "invalid geometry repaired" in features["kandidaat_2"]["notities"]
    assert features["kandidaat_1"]["afstand_snellaad_waarde"] > 0


def test_empty_candidate_layer_gives_a_clear_message(run_algorithm, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "leeg", "memory")
    with pytest.raises(QgsProcessingException, match="the candidate layer has no features"):
        run_algorithm("ralzuid:fastchargescreening", {"CANDIDATES": layer, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_broken_rule_file_names_criterion_and_field(run_algorithm, tmp_path):
    data = json.loads(RULES.read_text(encoding="utf-8"))
    data["criteria"][3]["weight"] = -1
    broken = tmp_path / "kapot.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"kapot.json: criterion verzorgingsplaats_rws, field weight"):
        run_algorithm(
            "ralzuid:fastchargescreening",
            {
                "CANDIDATES": str(SAMPLES / "kandidaten_eindhoven.geojson"),
                "RULES": str(broken),
                "OUTPUT": str(tmp_path / "y.gpkg"),
            },
        )


def test_rules_overview_lists_every_criterion_with_version_and_checksum(run_algorithm, tmp_path):
    result = run_algorithm("ralzuid:fastchargerules", {"OUTPUT_HTML": str(tmp_path / "regels.html")})
    html = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    data = json.loads(RULES.read_text(encoding="utf-8"))
    for item in data["criteria"]:
        assert item["id"] in html
    assert "2023/1804" in html
    assert result["VERSION"] == "1.0.0"
    assert result["SHA256"] == hashlib.sha256(RULES.read_bytes()).hexdigest()


def test_geopackage_candidates_without_id_field_get_stable_ids(run_algorithm, tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string&field=vermogen_kw:double", "k", "memory")
    features = []
    for number, x in enumerate((161000.0, 162000.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["punt {}".format(number + 1), 150.0])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 384000.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "kandidaten.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    result = run_algorithm("ralzuid:fastchargescreening", {"CANDIDATES": path, "OUTPUT": str(tmp_path / "o.gpkg")})
    features, _ = _features(result["OUTPUT"])
    # GeoPackage feature ids start at 1.
    assert sorted(features) == ["kandidaat_1", "kandidaat_2"]
