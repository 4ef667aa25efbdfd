"""The ZES option of ``ralzuid:planmap``: zones and proposed ZES sites on the plankaart, named in legend and sources."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

from tests.qgis.planmap.test_plan_map import pdf_text

ROOT = Path(__file__).resolve().parents[3]
LOCATIONS = str(ROOT / "sample_data" / "planmap" / "locaties_eindhoven.geojson")


def test_plan_map_shows_zes_zone_and_proposed_sites(run_algorithm, tmp_path):
    import processing

    zes = run_algorithm(
        "ralzuid:zeslogistics",
        {"GEMEENTECODE": "GM0772", "OUTPUT": str(tmp_path / "zes.gpkg"), "OUTPUT_ZONES": str(tmp_path / "zones.gpkg")},
    )
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = tmp_path / "plankaart_zes.pdf"
    result = processing.run(
        "ralzuid:planmap",
        {
            "GEMEENTECODE": "GM0772",
            "LOCATIONS": LOCATIONS,
            "ZES_SITES": zes["OUTPUT"],
            "ZES_ZONES": zes["OUTPUT_ZONES"],
            "LANGUAGE": 0,
            "OUTPUT": str(output),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    text = pdf_text(output)
    assert "ZES-laadlocaties (voorgesteld)" in text
    assert "Zero-emissiezone stadslogistiek (ZES)" in text
    # where the sources line wraps at the hyphen, pdftotext joins "NDW-" and "emissiezones" without it
    assert "NDW-emissiezones (DATEX II)" in text
    # Only the proposed sites (with charge points: 3 van plazas and 2 truck sites in Eindhoven) are drawn.
    drawn = QgsVectorLayer(result["MAP_LAYERS"] + "|layername=zes_locaties", "zes", "ogr")
    assert drawn.isValid() and drawn.featureCount() == 5
