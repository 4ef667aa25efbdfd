"""``ralzuid:zeslogistics`` runs headless in QGIS: Eindhoven with a small logistics layer, and bad input."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ral_zuid_plugin.core.logistics.emission_zones import bundled_feed_path
from ral_zuid_plugin.core.submission.candidates import BASE_FIELDS

SCREENING_FIELDS = BASE_FIELDS


def _logistics_layer(path) -> str:
    # Eindhoven's ZE zone is the inner city around RD (161,500, 383,500); a depot 300 m south of the
    # station area and a business park 2 km west, both within the 3 km search distance (both polygons: a
    # GeoJSON file mixing points and polygons opens as one geometry type in QGIS).
    path.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":['
        '{"type":"Feature","properties":{"naam":"Depot Centrum","soort":"depot"},'
        '"geometry":{"type":"Polygon","coordinates":[[[161380,382880],[161420,382880],[161420,382920],'
        "[161380,382920],[161380,382880]]]}},"
        '{"type":"Feature","properties":{"naam":"De Hurk","soort":"bedrijventerrein"},'
        '"geometry":{"type":"Polygon","coordinates":[[[158800,383200],[159400,383200],[159400,383800],'
        "[158800,383800],[158800,383200]]]}}]}",
        encoding="utf-8",
    )
    return str(path)


def test_eindhoven_with_a_logistics_layer_writes_sites_zones_and_report(run_algorithm, tmp_path):
    result = run_algorithm(
        "ralzuid:zeslogistics",
        {
            "GEMEENTECODE": "GM0772",
            "LOGISTICS": _logistics_layer(tmp_path / "bedrijven.geojson"),
            "KIND_FIELD": "soort",
            "OUTPUT": str(tmp_path / "zes.gpkg"),
            "OUTPUT_ZONES": str(tmp_path / "zones.gpkg"),
            "REPORT": str(tmp_path / "zes.html"),
        },
    )
    sites = QgsVectorLayer(result["OUTPUT"], "zes", "ogr")
    assert sites.isValid() and sites.crs().authid() == "EPSG:28992"
    names = sites.fields().names()
    for field in (*SCREENING_FIELDS, "ze_zone_id", "site_type", "rang", "kwh_per_dag", "toelichting"):
        assert field in names, field
    features = {f["naam"]: f for f in sites.getFeatures()}
    # depot -> one depot site; business park -> a van plaza and a truck site.
    assert sorted(f["site_type"] for f in features.values()) == ["depot", "laadplein", "vrachtwagen"]
    assert {f["ze_zone_id"] for f in features.values()} == {"NDW11_fae2120b-f287-424e-b3d2-35e146b85b41"}
    assert {f["nabij_logistiek_status"] for f in features.values()} == {"voldoet"}
    zones = QgsVectorLayer(result["OUTPUT_ZONES"], "zones", "ogr")
    assert zones.featureCount() == 1
    zone = next(zones.getFeatures())
    assert zone["zone_naam"] == "ZE Zone" and zone["geldig_vanaf"].startswith("2025-01-01")
    report = (tmp_path / "zes.html").read_text(encoding="utf-8")
    assert "Eindhoven" in report and "Depot Centrum" in report and "zes_laadlocaties_ral_zuid.json" in report


def test_the_sites_feed_the_fast_charge_screening(run_algorithm, tmp_path):
    first = run_algorithm(
        "ralzuid:zeslogistics",
        {
            "GEMEENTECODE": "GM0772",
            "LOGISTICS": _logistics_layer(tmp_path / "bedrijven.geojson"),
            "KIND_FIELD": "soort",
            "OUTPUT": str(tmp_path / "zes.gpkg"),
            "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
        },
    )
    screened = run_algorithm(
        "ralzuid:fastchargescreening", {"CANDIDATES": first["OUTPUT"], "OUTPUT": str(tmp_path / "snel.gpkg")}
    )
    layer = QgsVectorLayer(screened["OUTPUT"], "snel", "ogr")
    assert layer.featureCount() == 3
    groups = {f["naam"]: f["doelgroepen"] for f in layer.getFeatures()}
    assert sorted(groups.values()) == ["bestelbus", "bestelbus", "vrachtwagen"]


def test_a_broken_feed_names_the_file_and_row(run_algorithm, tmp_path):
    broken = tmp_path / "emissiezones_kapot.xml"
    broken.write_bytes(bundled_feed_path().read_bytes()[:3000])
    with pytest.raises(QgsProcessingException, match=r"emissiezones_kapot\.xml, row 1"):
        run_algorithm(
            "ralzuid:zeslogistics",
            {
                "GEMEENTECODE": "GM0772",
                "ZONES_FILE": str(broken),
                "OUTPUT": str(tmp_path / "zes.gpkg"),
                "OUTPUT_ZONES": str(tmp_path / "zones.gpkg"),
            },
        )
    assert not (tmp_path / "zes.gpkg").exists()


def test_a_municipality_without_ze_zone(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="no zero-emission zone"):
        run_algorithm(
            "ralzuid:zeslogistics",
            {"GEMEENTECODE": "GM0758", "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_ZONES": "TEMPORARY_OUTPUT"},
        )


def test_dutch_interface_gives_dutch_reasons_names_and_report(run_algorithm, tmp_path):
    from ral_zuid_plugin.adapters.translation import PluginTranslator

    translator = PluginTranslator()
    assert translator.install("nl") == "nl"
    try:
        result = run_algorithm(
            "ralzuid:zeslogistics",
            {
                "GEMEENTECODE": "GM0772",
                "OUTPUT": str(tmp_path / "zes.gpkg"),
                "OUTPUT_ZONES": str(tmp_path / "zones.gpkg"),
                "REPORT": str(tmp_path / "zes.html"),
            },
        )
    finally:
        translator.remove()
    first = next(QgsVectorLayer(result["OUTPUT"], "zes", "ogr").getFeatures())
    # Site type from the assumptions file's "nl" text, reasons from the Dutch catalogue.
    assert first["naam"].startswith("zoekgebied ") and "semipubliek laadplein bestelbussen" in first["naam"]
    assert first["afstand_ze_grens_reden"].startswith("Afstand tot de grens van de ZE-zone")
    assert "hemelsbrede afstand; geen wegennet opgegeven" in first["afstand_ze_grens_reden"]
    assert first["gegevensbasis"] == "terugvaloptie: zoekgebieden (geen logistieke laag)"
    report = (tmp_path / "zes.html").read_text(encoding="utf-8")
    assert "ZES-laadlocaties: Eindhoven" in report and "Plan van Aanpak RAL Zuid" in report
