"""``ralzuid:fastchargescreening`` and ``ralzuid:fastchargerules`` run headless in QGIS."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

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
    assert {f["regels_versie"] for f in features.values()} == {"2.0.0"}

    # EHV01 was placed 37 m from the OSM centre of service area Oeienbosch (154527, 378462 in RD New, rounded):
    # sqrt(33^2 + 18^2) = 37.6 m -> on the service area -> not the gemeente's: referred to Rijkswaterstaat.
    ehv01 = features["EHV01"]
    assert ehv01["verzorgingsplaats_rws_waarde"] == pytest.approx(37.6, abs=2.0)
    assert ehv01["verzorgingsplaats_rws_status"] == "voldoet niet"
    assert ehv01["advies"] == "rijkswaterstaat"
    assert (ehv01["locatie_gemeentecode"], ehv01["locatie_gemeentenaam"]) == ("GM0861", "Veldhoven")
    # EHV04 next to the Shell fast charger at Kennedylaan 9 (162027, 387552, rounded): dx 273, dy -152
    # -> sqrt(273^2 + 152^2) = 312.5 m -> below 1,000 m -> a market-coverage aandachtspunt, never a failed spacing rule.
    ehv04 = features["EHV04"]
    assert ehv04["afstand_snellaad_waarde"] == pytest.approx(312.5, abs=2.0)
    assert ehv04["afstand_snellaad_status"] == "aandachtspunt"
    assert "312 m" in ehv04["afstand_snellaad_reden"] or "313 m" in ehv04["afstand_snellaad_reden"]
    # Synthetic search area De Hurk holds EHV02; EHV03 lies outside every search area.
    assert features["EHV02"]["zoekgebied_status"] == "voldoet"
    assert features["EHV03"]["zoekgebied_status"] == "aandachtspunt"
    # EHV03: 50 kW in a woonstraat -> ladder van laden refers it to the regular procedure.
    assert features["EHV03"]["ladder_van_laden_status"] == "voldoet niet"
    assert features["EHV03"]["advies"] == "reguliere procedure"
    # EHV08: 43 kW is not more than 43 kW -> power knock-out; no target group -> default with a note.
    ehv08 = features["EHV08"]
    assert ehv08["vermogen_doelgroep_status"] == "voldoet niet"
    assert ehv08["advies"] == "negatief"
    assert "personenauto assumed" in ehv08["notities"]
    # No substation layer given: never voldoet.
    assert {f["afstand_onderstation_status"] for f in features.values()} == {"niet beoordeeld"}
    # Rules relying on the NDW motorway sites say they have gaps (afstand_afrit applies to trucks: EHV01 has trucks).
    assert "A67, A73, A50" in ehv01["afstand_afrit_reden"]
    # No protected-area layer given: the knock-out is not assessed, so nobody is positief ("niet volledig beoordeeld").
    assert "positief" not in {f["advies"] for f in features.values()}
    assert features["EHV02"]["advies_reden"] == "Further study: not fully assessed: Protected nature area."

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
    position = [item["id"] for item in data["criteria"]].index("verzorgingsplaats_rws")
    data["criteria"][position]["weight"] = -1
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
    assert result["VERSION"] == "2.0.0"
    assert "verwijzen naar reguliere procedure" in html or "refer to the regular procedure" in html
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


class _Warnings(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def _memory_points(crs: str, rows: list[tuple[str, float, float]]) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs={}&field=kandidaat_id:string&field=vermogen_kw:double".format(crs), "k", "memory")
    features = []
    for ident, x, y in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([ident, 150.0])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_sites_outside_the_region_get_buiten_regio_and_the_run_warns(run_algorithm, tmp_path):
    # Issue 13 point 5. EHV in Eindhoven (161000, 383500); AMS on the Dam in Amsterdam (121400, 487400).
    layer = _memory_points("EPSG:28992", [("EHV", 161000.0, 383500.0), ("AMS", 121400.0, 487400.0)])
    feedback = _Warnings()
    result = run_algorithm(
        "ralzuid:fastchargescreening", {"CANDIDATES": layer, "OUTPUT": str(tmp_path / "r.gpkg")}, feedback
    )
    features, _ = _features(result["OUTPUT"])
    assert features["AMS"]["advies"] == "buiten regio"
    assert features["EHV"]["locatie_gemeentecode"] == "GM0772"
    assert any("1 candidate(s) lie outside Noord-Brabant and Limburg" in w and "AMS" in w for w in feedback.warnings)


def test_a_layer_with_every_site_outside_the_region_stops_about_the_crs(run_algorithm, tmp_path):
    # Degrees (5.47 E, 51.44 N) in a layer labelled RD New: the site lands at the RD origin, far outside the region.
    layer = _memory_points("EPSG:28992", [("A", 5.47, 51.44)])
    with pytest.raises(QgsProcessingException, match=r"none of the 1 candidates lies in Noord-Brabant or Limburg"):
        run_algorithm("ralzuid:fastchargescreening", {"CANDIDATES": layer, "OUTPUT": str(tmp_path / "c.gpkg")})
    assert not (tmp_path / "c.gpkg").exists()


def test_blank_candidate_ids_stop_the_run_naming_the_rows(run_algorithm, tmp_path):
    # Issue 13 point 9.
    layer = _memory_points("EPSG:28992", [("A", 161000.0, 383500.0), ("", 162000.0, 383500.0)])
    with pytest.raises(QgsProcessingException, match=r"the candidate id is empty in 1 row\(s\): 2"):
        run_algorithm("ralzuid:fastchargescreening", {"CANDIDATES": layer, "OUTPUT": str(tmp_path / "b.gpkg")})
