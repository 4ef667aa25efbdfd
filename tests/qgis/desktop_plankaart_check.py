"""Run inside the real QGIS desktop (``qgis --code``): the analyst's chain from sessions to plankaart, as loaded layers.

Runs the ``make demo`` steps 10-50 with ``processing.runAndLoadResults`` (so every output is loaded with the
plugin's styles, as the toolbox does), then writes a JSON report and screenshots next to it:
``canvas_after_chain.png`` (main window: layers panel and map) and ``plankaart_message.png`` (the message bar
offering to open the PDF). Environment: RALZUID_REPORT (report path), RALZUID_REPO (repository root, for the demo
steps and sample data).
"""

import json
import os
import sys
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QPushButton

REPORT = Path(os.environ["RALZUID_REPORT"])
REPO = Path(os.environ["RALZUID_REPO"])
WORK = REPORT.parent


def _legend_labels(layer) -> list:
    """The legend texts the layers panel shows for ``layer`` (what the analyst reads, not the renderer)."""
    view = qgis.utils.iface.layerTreeView()
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    if node is None:
        return []
    return [str(entry.data(Qt.ItemDataRole.DisplayRole)) for entry in view.layerTreeModel().layerLegendNodes(node)]


def _run_chain(report: dict) -> None:
    import processing

    sys.path.insert(0, str(REPO / "scripts"))
    import demo as demo_module

    class DesktopDemo(demo_module.Demo):
        def run(self, algorithm_id, parameters):
            return processing.runAndLoadResults(algorithm_id, parameters)

    desktop = DesktopDemo(output=WORK / "uitvoer")
    desktop.output.mkdir(parents=True, exist_ok=True)
    report["steps"] = []
    for path in demo_module.demo_steps():
        if path.stem >= "step_60":
            break
        demo_module.load_step(path).run(desktop)
        report["steps"].append(path.stem)
    report["planmap_pdf"] = desktop.results.get("planmap_pdf", "")
    report["planmap_pngs"] = desktop.results.get("planmap_pngs", [])


def _check():
    report: dict = {}
    window = qgis.utils.iface.mainWindow()
    try:
        project = QgsProject.instance()
        project.write(str(WORK / "analyse.qgz"))  # a saved project: its folder is the project folder
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById("ralzuid:planmap")
        report["default_output"] = algorithm.parameterDefinition("OUTPUT").defaultValue()
        _run_chain(report)
        layers = list(project.mapLayers().values())
        report["layers"] = {layer.name(): _legend_labels(layer) for layer in layers}
        buttons = [b for b in window.findChildren(QPushButton) if b.objectName() == "ralzuid_open_result"]
        report["open_offer"] = [b.text() for b in buttons if b.isVisible()]
        bar = qgis.utils.iface.messageBar()
        bar.grab().save(str(WORK / "plankaart_message.png"))
        # The plankaart group is hidden; show Eindhoven (the demo's municipality) on the canvas, in a window as
        # large as the screen, with the layers panel where the browser was (the screenshot goes into the docs).
        window.resize(1600, 1000)
        for dock in window.findChildren(QDockWidget):
            if dock.objectName() in ("Browser", "Browser2"):
                dock.hide()
            if dock.objectName() == "Layers":
                window.resizeDocks([dock], [380], Qt.Orientation.Horizontal)
        canvas = qgis.utils.iface.mapCanvas()
        canvas.setExtent(QgsRectangle(151500, 377500, 167500, 391000))
        canvas.refreshAllLayers()
        QTimer.singleShot(6000, lambda: _finish(report, window))
    except Exception:  # noqa: BLE001 (the report carries the traceback for the test to show)
        report["error"] = traceback.format_exc()
        _finish(report, window)


def _finish(report: dict, window) -> None:
    canvas = qgis.utils.iface.mapCanvas()
    canvas.waitWhileRendering()
    window.grab().save(str(WORK / "canvas_after_chain.png"))
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    QgsApplication.exit(0)


QTimer.singleShot(1500, _check)
