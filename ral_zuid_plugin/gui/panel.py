"""The RAL Zuid panel: the analyst's workflow in one dock, an address search and the charts of the last run.

sessies -> laaddruk -> voorstellen / snellaadtoets -> plankaart -> aanmelden: every step is a row with a button
that opens its Processing algorithm's dialog, prefilled (:func:`ral_zuid_plugin.core.workflow.prefill`) with the
parameters of its last run in this project and the outputs of the step before; the row shows when the step last
ran, its main output and its key number. Parameters and results are kept in the project (``WorkflowStore``).
The address search asks the PDOK Locatieserver (through QGIS's network stack) for suggestions, zooms to the one
chosen and can add it to the candidate layer the fast-charge screening takes.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsVertexMarker
from qgis.PyQt.QtCore import QStringListModel, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ral_zuid_plugin.adapters.candidate_layer import add_candidate, candidate_layer
from ral_zuid_plugin.adapters.message_log import log_message
from ral_zuid_plugin.adapters.raster_io import laaddruk_band
from ral_zuid_plugin.adapters.workflow_store import WorkflowStore
from ral_zuid_plugin.adapters.workflow_summary import summarise
from ral_zuid_plugin.core.charts import ChartData, read_workbook_charts
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.advice_workbook import WORKBOOK_NAME as ADVICE_WORKBOOK
from ral_zuid_plugin.core.workflow import (
    CANDIDATE_OUTPUT,
    CANDIDATES,
    StepResult,
    json_parameters,
    now_text,
    prefill,
    step_by_key,
    workflow_steps,
)

OBJECT_NAME = "RalZuidPanel"
LOCATIESERVER_SETTING = "ral_zuid/locatieserver_url"  # empty: PDOK's own address
ZOOM_HALF_WIDTH_M = 150.0


def _file_name(value: Any) -> str:
    """How the analyst knows an output: its layer's name in the project (a temporary output's file is called
    OUTPUT.tif), else the file name."""
    text = str(value or "")
    project = QgsProject.instance()
    project_layer = project.mapLayer(text)
    if project_layer is not None:
        return project_layer.name()
    path = text.split("|")[0]
    if path:
        for layer in project.mapLayers().values():
            if layer.source().split("|")[0] == path:
                return layer.name()
    return os.path.basename(path) or text


class StepRow(QFrame):
    """One step: title, an open button, and what its last run gave."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        step = step_by_key(key)
        self.setObjectName("RalZuidStep_" + key)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.title = QLabel("<b>{}</b>".format(step.title()))
        self.button = QPushButton(tr("Open…"))
        self.button.setObjectName("RalZuidOpen_" + key)
        self.button.setToolTip(tr("Open the algorithm dialog with the parameters of the last run and earlier outputs"))
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.button, 0, 1)
        layout.addWidget(self.status, 1, 0, 1, 2)

    def show_result(self, result: StepResult | None) -> None:
        if result is None:
            self.status.setText("<span style='color:#666'>{}</span>".format(tr("Not run yet in this project")))
            return
        step = step_by_key(self.key)
        main = next((result.outputs.get(name) for name in step.outputs if result.outputs.get(name)), "")
        moment = result.moment
        when = moment.strftime("%d-%m-%Y %H:%M") if moment is not None else result.when
        parts = [tr("Last run {when}").format(when=when)]
        if result.summary:
            parts.append("<b>{}</b>".format(result.summary))
        if main:
            parts.append(_file_name(main))
        self.status.setText(" · ".join(parts))
        self.status.setToolTip(str(main))


class RalZuidPanel(QgsDockWidget):
    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(tr("RAL Zuid"), parent)
        self.iface = iface
        self.setObjectName(OBJECT_NAME)
        self.store = WorkflowStore()
        self.dialogs: dict[str, Any] = {}
        self.suggestions: dict[str, Any] = {}
        self.address = None  # the Address chosen last
        self.marker: QgsVertexMarker | None = None
        self.charts: list[ChartData] = []
        self._client = None
        self._client_url = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._address_box())
        steps_box = QGroupBox(tr("Workflow"))
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setSpacing(4)
        self.rows: dict[str, StepRow] = {}
        for step in workflow_steps():
            row = StepRow(step.key)
            row.button.clicked.connect(lambda _checked=False, key=step.key: self.open_step(key))
            steps_layout.addWidget(row)
            self.rows[step.key] = row
        layout.addWidget(steps_box)
        layout.addWidget(self._chart_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(340)
        project = QgsProject.instance()
        self._on_project = lambda *_args: self.refresh()
        project.readProject.connect(self._on_project)
        project.cleared.connect(self._on_project)
        self.refresh()

    # --- address search -------------------------------------------------------------------------------------
    def _address_box(self) -> QGroupBox:
        box = QGroupBox(tr("Address search (PDOK Locatieserver)"))
        layout = QVBoxLayout(box)
        self.search = QgsFilterLineEdit()
        self.search.setObjectName("RalZuidAddressSearch")
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Street and number, postcode or place…"))
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setCompleter(self.completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(350)
        self.timer.timeout.connect(self.update_suggestions)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.completer.activated[str].connect(self.choose)  # qt5-fallback: QCompleter keeps activated(QString) in Qt 6
        self.search.returnPressed.connect(lambda: self.choose(self.search.text()))
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.add_button = QPushButton(tr("Add as candidate site"))
        self.add_button.setObjectName("RalZuidAddCandidate")
        self.add_button.setToolTip(tr("Add the address found to the candidate layer the fast-charge screening uses"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_candidate)
        layout.addWidget(self.search)
        layout.addWidget(self.found)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        return box

    def client(self):
        url = QgsSettings().value(LOCATIESERVER_SETTING, "", type=str) or ""
        if self._client is None or url != self._client_url:
            from ral_zuid_plugin.adapters.locatieserver import locatieserver_client

            self._client = locatieserver_client(base_url=url)
            self._client_url = url
        return self._client

    def _warn(self, message: str) -> None:
        log_message(message, Qgis.MessageLevel.Warning)
        self.iface.messageBar().pushMessage("RAL Zuid", message, Qgis.MessageLevel.Warning, 8)

    def update_suggestions(self) -> list[str]:
        """Ask the Locatieserver for what was typed; the completer shows the answers."""
        text = self.search.text().strip()
        if len(text) < 3:
            self.model.setStringList([])
            return []
        try:
            suggestions = self.client().suggest(text, rows=10)
        except Exception as error:  # noqa: BLE001 (GUI boundary: the search must never break the panel)
            self._warn(tr("Address search: {error}").format(error=error))
            return []
        self.suggestions = {s.weergavenaam: s for s in suggestions}
        names = list(self.suggestions)
        self.model.setStringList(names)
        if names and self.search.hasFocus():
            self.completer.complete()
        return names

    def choose(self, name: str) -> bool:
        """Look up the suggestion ``name``, zoom to it and mark it; True when found."""
        suggestion = self.suggestions.get(name)
        if suggestion is None and self.suggestions and name.strip():
            suggestion = next(iter(self.suggestions.values()))  # Enter on typed text: the best suggestion
        if suggestion is None:
            return False
        try:
            address = self.client().lookup_id(suggestion.id)
        except Exception as error:  # noqa: BLE001 (GUI boundary)
            self._warn(tr("Address search: {error}").format(error=error))
            return False
        if address is None:
            self._warn(tr("Address search: no location for '{name}'").format(name=suggestion.weergavenaam))
            return False
        self.address = address
        self.search.setText(address.weergavenaam or suggestion.weergavenaam)
        self.found.setText(
            tr("{name} (gemeente {municipality})").format(
                name=address.weergavenaam or suggestion.weergavenaam, municipality=address.gemeentenaam or "-"
            )
        )
        self.add_button.setEnabled(True)
        self.zoom_to(address.x, address.y)
        return True

    def zoom_to(self, x: float, y: float) -> None:
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(RD_NEW), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        h = ZOOM_HALF_WIDTH_M
        canvas.setExtent(transform.transformBoundingBox(QgsRectangle(x - h, y - h, x + h, y + h)))
        point = transform.transform(QgsPointXY(x, y))
        if self.marker is None:
            self.marker = QgsVertexMarker(canvas)
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self.marker.setIconSize(18)
            self.marker.setPenWidth(3)
            self.marker.setColor(Qt.GlobalColor.red)
        self.marker.setCenter(point)
        canvas.refresh()

    def add_candidate(self) -> str:
        """Add the address found to the candidate layer; returns the new kandidaat_id ('' when nothing was found)."""
        if self.address is None:
            return ""
        try:
            layer = candidate_layer()
            identifier = add_candidate(
                layer,
                self.address.x,
                self.address.y,
                self.address.weergavenaam,
                tr("Placed at the address {name} (PDOK Locatieserver)").format(name=self.address.weergavenaam),
            )
        except Exception as error:  # noqa: BLE001 (GUI boundary)
            self._warn(str(error))
            return ""
        self.store.set_result(
            CANDIDATES,
            StepResult(
                now_text(),
                {CANDIDATE_OUTPUT: layer.id()},
                tr("{count} candidate sites").format(count=layer.featureCount()),
            ),
        )
        self.iface.messageBar().pushMessage(
            "RAL Zuid",
            tr("Candidate {id} added to the layer '{layer}'").format(id=identifier, layer=layer.name()),
            Qgis.MessageLevel.Success,
            5,
        )
        return identifier

    # --- workflow -----------------------------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [step.key for step in workflow_steps()]

    def prefilled(self, key: str) -> dict[str, Any]:
        step = step_by_key(key)
        remembered = self.store.all_parameters(self.keys())
        parameters = prefill(step, remembered, self.store.all_results([*self.keys(), CANDIDATES]))
        pressure = parameters.get("PRESSURE")
        if key == "planmap" and pressure and pressure != remembered.get(key, {}).get("PRESSURE"):
            parameters["PRESSURE_BAND"] = laaddruk_band(str(pressure))  # a new raster: its laaddruk band
        return parameters

    def open_step(self, key: str):
        """Open the step's algorithm dialog (not modal), prefilled; its result is recorded when it finishes."""
        import processing

        step = step_by_key(key)
        try:
            dialog = processing.createAlgorithmDialog(step.algorithm, self.prefilled(key))
        except Exception as error:  # noqa: BLE001 (GUI boundary)
            self._warn(str(error))
            return None
        if dialog is None:
            self._warn(tr("The algorithm {id} is not available").format(id=step.algorithm))
            return None

        def finished(successful: bool, results: dict) -> None:
            if not successful:
                return
            try:
                parameters = dialog.createProcessingParameters()
            except Exception:  # noqa: BLE001 (a widget that cannot give its value: remember the rest next time)
                parameters = {}
            self.record_run(key, parameters, results)

        dialog.algorithmFinished.connect(finished)
        self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def record_run(self, key: str, parameters: dict[str, Any], results: dict[str, Any]) -> StepResult:
        """Remember a finished run of step ``key`` in the project and show it."""
        self.store.set_parameters(key, parameters)
        outputs = json_parameters(dict(results or {}))
        result = StepResult(now_text(), outputs, summarise(key, outputs))
        self.store.set_result(key, result)
        self.refresh()
        return result

    def refresh(self) -> None:
        results = self.store.all_results(self.keys())
        for key, row in self.rows.items():
            row.show_result(results.get(key))
        self.load_charts(results)

    # --- charts ---------------------------------------------------------------------------------------------------
    def _chart_box(self) -> QGroupBox:
        box = QGroupBox(tr("Charts of the last run"))
        layout = QVBoxLayout(box)
        self.chart_choice = QComboBox()
        self.chart_choice.setObjectName("RalZuidChartChoice")
        self.chart_choice.currentIndexChanged.connect(self.show_chart)
        self.chart_view = QLabel()
        self.chart_view.setObjectName("RalZuidChart")
        self.chart_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setWordWrap(True)
        # the picture follows the panel's width, never the other way round
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart_timer = QTimer(self)
        self.chart_timer.setSingleShot(True)
        self.chart_timer.setInterval(200)
        self.chart_timer.timeout.connect(self.show_chart)
        layout.addWidget(self.chart_choice)
        layout.addWidget(self.chart_view)
        return box

    def load_charts(self, results: dict[str, StepResult] | None = None) -> list[ChartData]:
        """The charts of the sessions workbook and the screening's advice workbook of the last runs."""
        results = results if results is not None else self.store.all_results(self.keys())
        workbooks = []
        if "sessions" in results and results["sessions"].outputs.get("OUTPUT_WORKBOOK"):
            workbooks.append(str(results["sessions"].outputs["OUTPUT_WORKBOOK"]))
        if "screening" in results and results["screening"].outputs.get("REPORT_FOLDER"):
            workbooks.append(os.path.join(str(results["screening"].outputs["REPORT_FOLDER"]), ADVICE_WORKBOOK))
        charts: list[ChartData] = []
        for path in workbooks:
            if not os.path.isfile(path):
                continue
            try:
                charts += [c for c in read_workbook_charts(path) if c.categories]
            except Exception as error:  # noqa: BLE001 (a workbook changed by hand must not break the panel)
                log_message(tr("Charts of {path} cannot be read: {error}").format(path=path, error=error))
        self.charts = charts
        current = self.chart_choice.currentText()
        self.chart_choice.blockSignals(True)
        self.chart_choice.clear()
        self.chart_choice.addItems([c.title for c in charts])
        index = self.chart_choice.findText(current)
        self.chart_choice.setCurrentIndex(index if index >= 0 else 0)
        self.chart_choice.blockSignals(False)
        self.show_chart()
        return charts

    def show_chart(self, _index: int = -1) -> None:
        index = self.chart_choice.currentIndex()
        if not self.charts or index < 0:
            self.chart_view.setPixmap(self._empty_pixmap())
            self.chart_view.setText(tr("Run step 1 (sessions) or 3b (screening) to see charts here."))
            return
        from qgis.PyQt.QtGui import QPixmap

        from ral_zuid_plugin.gui.chart_view import render_chart

        data = self.charts[index]
        width = max(280, self.widget().viewport().width() - 40)
        height = 250 if data.kind != "bar" else max(250, 40 + 18 * len(data.categories))
        try:
            image = render_chart(data, width, height)
        except Exception as error:  # noqa: BLE001 (GUI boundary)
            self.chart_view.setText(tr("The chart cannot be drawn: {error}").format(error=error))
            return
        self.chart_view.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if self.charts:
            self.chart_timer.start()

    @staticmethod
    def _empty_pixmap():
        from qgis.PyQt.QtGui import QPixmap

        return QPixmap()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        if self.marker is not None:
            self.iface.mapCanvas().scene().removeItem(self.marker)
            self.marker = None
        super().closeEvent(event)

    def unload(self) -> None:
        project = QgsProject.instance()
        for signal in (project.readProject, project.cleared):
            with contextlib.suppress(TypeError):
                signal.disconnect(self._on_project)
        if self.marker is not None:
            self.iface.mapCanvas().scene().removeItem(self.marker)
            self.marker = None
