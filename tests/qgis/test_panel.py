"""The RAL Zuid panel (#18.11, #18.12): steps prefilled from earlier outputs, remembered in the project across
save and reopen, the charts of the last run, and the address search against a stand-in PDOK Locatieserver."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsSettings

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "sessions"
ARTEFACTS = ROOT / "tests" / "artefacts"


@pytest.fixture()
def panel(qgis_iface, ralzuid_provider):
    from ral_zuid_plugin.gui.panel import RalZuidPanel

    QgsProject.instance().clear()
    widget = RalZuidPanel(qgis_iface)
    widget.resize(420, 900)
    yield widget
    widget.unload()
    widget.deleteLater()
    QgsProject.instance().clear()


def _sessions_run(run_algorithm, tmp_path) -> tuple[dict, dict]:
    parameters = {
        "INPUT": [str(DATA / "elaad_small.csv")],
        "MIN_CARDS": 1,
        "OUTPUT_POINTS": str(tmp_path / "laadpunten.gpkg"),
        "OUTPUT_WORKBOOK": str(tmp_path / "nal.xlsx"),
    }
    return parameters, run_algorithm("ralzuid:sessionindicators", parameters)


def test_a_run_is_shown_passed_on_and_remembered_after_save_and_reopen(panel, run_algorithm, tmp_path):
    parameters, results = _sessions_run(run_algorithm, tmp_path)
    panel.record_run("sessions", parameters, results)
    # elaad_small.csv has three charge points (CP-A-1, CP-B-1, CP-B-2; see the sessions algorithm test).
    assert "3 charge points" in panel.rows["sessions"].status.text()
    assert "laadpunten.gpkg" in panel.rows["sessions"].status.text()
    assert "Not run yet" in panel.rows["pressure"].status.text()
    # The laaddruk and proposals steps take the session points; the gemeente of the plankaart reaches aanmelden.
    assert panel.prefilled("pressure")["INPUT"] == results["OUTPUT_POINTS"]
    assert panel.prefilled("proposals")["SESSION_POINTS"] == results["OUTPUT_POINTS"]
    panel.record_run("planmap", {"GEMEENTECODE": "GM0772", "YEAR": "2030"}, {"PAGE_COUNT": 5, "OUTPUT": "/x.pdf"})
    assert panel.prefilled("submission")["GEMEENTECODE"] == "GM0772"
    assert panel.prefilled("submission")["PLANMAP_PDF"] == "/x.pdf"
    assert "5 sheets" in panel.rows["planmap"].status.text()

    project_file = tmp_path / "plan.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert "Not run yet" in panel.rows["sessions"].status.text()  # another (empty) project: nothing remembered
    assert panel.prefilled("pressure") == {}
    assert QgsProject.instance().read(str(project_file))
    assert "3 charge points" in panel.rows["sessions"].status.text()
    assert panel.prefilled("pressure")["INPUT"] == results["OUTPUT_POINTS"]
    assert panel.prefilled("planmap")["YEAR"] == "2030"  # the parameters of the step's own last run


def test_the_step_button_opens_the_algorithm_dialog_prefilled(panel, run_algorithm, tmp_path, qgis_iface, monkeypatch):
    # pytest-qgis's stand-in iface has no browser model, which the Processing dialog asks for (the real one has).
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    parameters, results = _sessions_run(run_algorithm, tmp_path)
    panel.record_run("sessions", parameters, results)
    dialog = panel.open_step("pressure")
    try:
        assert dialog is not None and dialog.isVisible()
        assert dialog.algorithm().id() == "ralzuid:chargingpressure"
        shown = dialog.createProcessingParameters()
        assert Path(str(shown["INPUT"]).split("|")[0]) == Path(results["OUTPUT_POINTS"])
        # What the dialog gives back after a run is remembered for the next time.
        panel.record_run("pressure", shown, {"OUTPUT": str(tmp_path / "laaddruk.tif")})
        assert panel.store.parameters("pressure")["INPUT"] == shown["INPUT"]
    finally:
        dialog.close()


def test_the_charts_of_the_last_sessions_run(panel, run_algorithm, tmp_path):
    parameters, results = _sessions_run(run_algorithm, tmp_path)
    panel.record_run("sessions", parameters, results)
    titles = [panel.chart_choice.itemText(i) for i in range(panel.chart_choice.count())]
    assert titles == [  # the workbook's charts in the report language: QGIS's, English in these tests
        "Occupancy per month (region)",
        "Occupancy per hour of the day (region)",
        "Energy charged per municipality",
    ]
    # All three points lie in Eindhoven: one bar.
    assert panel.charts[2].categories == ("Eindhoven",)
    panel.chart_choice.setCurrentIndex(1)
    pixmap = panel.chart_view.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() >= 320
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert "#2b6cb0" in colours  # the bars are drawn
    ARTEFACTS.mkdir(exist_ok=True)
    pixmap.save(str(ARTEFACTS / "panel_chart_hours.png"))


def test_address_search_zooms_and_adds_a_candidate_the_screening_step_takes(panel, qgis_iface, tmp_path):
    from ral_zuid_plugin.adapters.candidate_layer import find_candidate_layer
    from ral_zuid_plugin.gui.panel import LOCATIESERVER_SETTING
    from tests.locatieserver_fakes import FakeLocatieserver, serve

    QgsProject.instance().setFileName(str(tmp_path / "plan.qgz"))  # the candidate layer goes beside the project
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    settings = QgsSettings()
    with serve(lambda base: FakeLocatieserver(base + "/v3_1")) as (base, service):
        settings.setValue(LOCATIESERVER_SETTING, base + "/v3_1")
        try:
            panel.search.setText("kruisstraat 3")
            names = panel.update_suggestions()
            assert names == ["Kruisstraat 3-2, 5612AB Eindhoven", "Kruisstraat 3-1, 5612AB Eindhoven"]
            assert panel.choose(names[0])
            assert any("/suggest?" in url for url in service.requests)
            assert any("/lookup?" in url for url in service.requests)
        finally:
            settings.remove(LOCATIESERVER_SETTING)
    # The stand-in has Kruisstraat 3-2 at RD (162100.0, 383900.0): the canvas is centred on it and shows 300 m
    # around it in its shorter direction (the canvas keeps its own aspect ratio).
    extent = canvas.extent()
    assert (round(extent.center().x(), 3), round(extent.center().y(), 3)) == (162100.0, 383900.0)
    assert min(extent.width(), extent.height()) == pytest.approx(300.0, rel=0.01)
    assert panel.add_candidate() == "K001"
    layer = find_candidate_layer()
    assert layer is not None and layer.featureCount() == 1
    assert Path(layer.source().split("|")[0]) == tmp_path / "ralzuid_kandidaten.gpkg"
    feature = next(layer.getFeatures())
    assert feature.geometry().asPoint() == QgsPointXY(162100.0, 383900.0)
    assert feature["naam"] == "Kruisstraat 3-2, 5612AB Eindhoven"
    assert panel.prefilled("screening")["CANDIDATES"] == layer.id()
