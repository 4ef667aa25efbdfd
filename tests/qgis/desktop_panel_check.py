"""Run inside the real QGIS desktop (``qgis --code``, Dutch profile): the RAL Zuid panel end to end.

Opens the panel from its toolbar action, runs the sessions step on the sample data and records it as the panel
does after a dialog run, searches an address on the stand-in Locatieserver (RALZUID_LOCATIESERVER) and adds it as
a candidate, opens the laaddruk step's dialog (prefilled), saves, clears and reopens the project, and writes a
JSON report with screenshots beside it (RALZUID_REPORT). Never a real network call.
"""

import json
import os
import time
import traceback

import processing
import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QAction

REPORT = os.environ["RALZUID_REPORT"]
FOLDER = os.path.dirname(REPORT)
DATA = os.environ["RALZUID_DATA"]
report = {"errors": []}


def _process(milliseconds=300):
    for _ in range(max(1, milliseconds // 20)):
        QgsApplication.processEvents()
        time.sleep(0.02)


def _shot(widget, name):
    _process()
    widget.grab().save(os.path.join(FOLDER, name))


def _run_dialog(dialog, panel, key, seconds=180):
    """Run the algorithm of the open dialog (its Run button) and wait until the panel shows the new result."""
    before = panel.rows[key].status.text()
    dialog.runAlgorithm()
    deadline = time.time() + seconds
    while time.time() < deadline and panel.rows[key].status.text() == before:
        _process(200)
    return panel.rows[key].status.text()


def _check():
    try:
        _run()
    except Exception:  # noqa: BLE001 (reported to the test)
        report["errors"].append(traceback.format_exc())
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)
    QgsApplication.exit(0)


def _run():
    iface = qgis.utils.iface
    window = iface.mainWindow()
    window.resize(1400, 1100)
    QgsSettings().setValue("ral_zuid/locatieserver_url", os.environ["RALZUID_LOCATIESERVER"])
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    project.setFileName(os.path.join(FOLDER, "plan.qgz"))
    action = window.findChild(QAction, "mRalZuid_panel")
    report["action_text"] = action.text() if action else None
    action.trigger()
    _process()
    plugin = qgis.utils.plugins["ral_zuid_plugin"]
    panel = plugin.panel
    window.resizeDocks([panel], [470], Qt.Orientation.Horizontal)
    report["panel_visible"] = bool(panel and panel.isVisible())
    report["titles"] = [row.title.text() for row in panel.rows.values()]
    report["before"] = panel.rows["sessions"].status.text()

    parameters = {
        "INPUT": [os.path.join(DATA, "sample_data", "sessions", "eindhoven_sessies_elaad.csv")],
        "OUTPUT_POINTS": os.path.join(FOLDER, "laadpunten_bezetting.gpkg"),
        "OUTPUT_WORKBOOK": os.path.join(FOLDER, "nal_monitoring.xlsx"),
    }
    results = processing.run("ralzuid:sessionindicators", parameters)
    points = QgsVectorLayer(results["OUTPUT_POINTS"], "Laadpunten (bezetting)", "ogr")
    project.addMapLayer(points)
    _process(800)  # the first layer of a project sets the canvas extent: before the address search zooms
    report["points_in_layer"] = points.featureCount()
    report["points_layer"] = [points.id(), results["OUTPUT_POINTS"]]
    panel.record_run("sessions", parameters, results)
    report["sessions_status"] = panel.rows["sessions"].status.text()
    report["charts"] = [c.title for c in panel.charts]

    panel.search.setText("stadhuisplein 10")
    report["suggestions"] = panel.update_suggestions()
    report["chosen"] = panel.choose(report["suggestions"][0]) if report["suggestions"] else False
    report["candidate"] = panel.add_candidate()
    report["screening_prefill"] = str(panel.prefilled("screening").get("CANDIDATES"))
    from ral_zuid_plugin.adapters.candidate_layer import find_candidate_layer

    candidates = find_candidate_layer()
    report["candidate_layer"] = [candidates.id(), candidates.name(), candidates.featureCount()]
    panel.chart_choice.setCurrentIndex(1)
    panel.show_chart()
    _process(600)
    canvas = iface.mapCanvas()
    centre = canvas.extent().center()
    report["canvas_centre"] = [round(centre.x(), 1), round(centre.y(), 1)]
    report["canvas_scale"] = round(canvas.scale())
    _shot(window, "panel_desktop_nl.png")
    _shot(panel, "panel_dock_nl.png")
    _shot(panel.chart_view, "panel_chart_nl.png")

    dialog = panel.open_step("pressure")
    dialog.resize(1000, 720)
    _process(600)
    report["dialog_title"] = dialog.windowTitle()
    report["dialog_input"] = str(dialog.createProcessingParameters().get("INPUT"))
    _shot(dialog, "panel_step_dialog_nl.png")
    # As an analyst would: press Uitvoeren in the prefilled dialog; the panel records the run when it finishes.
    report["pressure_status"] = _run_dialog(dialog, panel, "pressure")
    dialog.close()
    report["proposals_prefill"] = str(panel.prefilled("proposals").get("SESSION_POINTS"))
    # Step 3b takes the candidate the address search added; its result feeds the plankaart and aanmelden.
    dialog = panel.open_step("screening")
    _process(600)
    report["screening_dialog_candidates"] = str(dialog.createProcessingParameters().get("CANDIDATES"))
    report["screening_status"] = _run_dialog(dialog, panel, "screening")
    dialog.close()
    outputs = {key: panel.store.all_results(panel.keys())[key].outputs for key in ("pressure", "screening")}
    planmap = panel.prefilled("planmap")
    submission = panel.prefilled("submission")
    report["planmap_prefill"] = [str(planmap.get("PRESSURE")), str(planmap.get("LOCATIONS"))]
    report["submission_prefill"] = str(submission.get("INPUT"))
    report["step_outputs"] = [str(outputs["pressure"].get("OUTPUT")), str(outputs["screening"].get("OUTPUT"))]
    window.resize(1400, 1100)
    _process(600)
    _shot(window, "panel_walkthrough_nl.png")

    project.write()
    project.clear()
    _process()
    report["after_clear"] = panel.rows["sessions"].status.text()
    project.read(os.path.join(FOLDER, "plan.qgz"))
    _process()
    report["after_reopen"] = panel.rows["sessions"].status.text()
    report["after_reopen_prefill"] = str(panel.prefilled("pressure").get("INPUT"))


QTimer.singleShot(2000, _check)
