"""The submission dialog: choose candidates, confirm contact details, validate, build the package, send or only
save, and watch the outbox and the review statuses. Building and sending run as ``QgsTask``.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProcessingContext,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ral_zuid_plugin.__about__ import plugin_version
from ral_zuid_plugin.adapters.message_log import log_message
from ral_zuid_plugin.adapters.submission_layer import apply_review_statuses
from ral_zuid_plugin.adapters.submission_service import (
    client_for_outbox,
    features_client,
    queue_package,
    send_waiting,
    service_settings,
)
from ral_zuid_plugin.adapters.submission_settings import load_contact, open_outbox, save_contact
from ral_zuid_plugin.adapters.vector_io import frame_from_source
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.reference.municipalities import municipality_choices
from ral_zuid_plugin.core.submission.candidates import confirm_cross_border, cross_border_candidates
from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.package import build_package, prepare_submission, submission_id_for, utc_now
from ral_zuid_plugin.core.submission.safety import safe_filename
from ral_zuid_plugin.core.submission.sender import refresh_reviews, send_until_done
from ral_zuid_plugin.core.submission.validation import ValidationProblem, cross_border_problems
from ral_zuid_plugin.gui.municipality_widget import municipality_combo
from ral_zuid_plugin.gui.settings_dialog import SubmissionSettingsDialog

CONTACT_FIELDS = (  # the gemeente is chosen by name from the list (code and name stored); the others are typed
    ("gemeentecode", lambda: tr("Municipality")),
    ("gemeentenaam", lambda: tr("Municipality")),
    ("naam", lambda: tr("Contact person")),
    ("email", lambda: tr("Contact e-mail")),
    ("telefoon", lambda: tr("Contact telephone")),
    ("afdeling", lambda: tr("Department")),
)
RETRY_INTERVAL_MS = 60_000
HELP_PAGE = "submit"  # the help page of "Aanmelden bij het expertisecentrum"
STATE_NAMES = {
    "queued": lambda: tr("queued"),
    "sent": lambda: tr("sent, not yet confirmed"),
    "received": lambda: tr("received"),
    "reviewed": lambda: tr("reviewed"),
    "superseded": lambda: tr("superseded by a newer version"),
}


def problem_text(problem: ValidationProblem) -> str:
    """A validation problem as the form says it: a contact field by its label in the form, not by its place in
    the submission document (``contact.email``); problems of a candidate keep the candidate and its field."""
    if problem.candidate:
        return str(problem)
    labels = {key: label() for key, label in CONTACT_FIELDS}
    labels["candidates"] = tr("Candidates")
    key = problem.field.split(".", 1)[1] if problem.field.startswith("contact.") else problem.field
    if key in labels:
        return tr("{label}: {message}").format(label=labels[key], message=problem.message)
    return str(problem)


def _task_running(task: QgsTask) -> bool:
    """Whether ``task`` still runs; False once the task manager has deleted it (it deletes finished tasks)."""
    try:
        return task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
    except RuntimeError:
        return False


class TaskProgress:
    """Core progress on a ``QgsTask`` (or on nothing when run directly)."""

    def __init__(self, task: QgsTask | None) -> None:
        self.task = task

    def set_progress(self, percent: float) -> None:
        if self.task is not None:
            self.task.setProgress(max(0.0, min(100.0, float(percent))))

    def is_cancelled(self) -> bool:
        return self.task is not None and self.task.isCanceled()

    def info(self, message: str) -> None:
        log_message(message, Qgis.MessageLevel.Info)

    def warning(self, message: str) -> None:
        log_message(message, Qgis.MessageLevel.Warning)


class SubmissionDialog(QDialog):
    """Everything an analyst needs to submit candidates and follow them up."""

    def __init__(self, iface=None, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.tasks: list[QgsTask] = []  # keep running tasks alive
        self.setObjectName("RalZuidSubmissionDialog")
        self.setWindowTitle(tr("RAL Zuid – submit candidate snellaadlocaties"))
        self.resize(860, 640)
        tabs = QTabWidget()
        tabs.addTab(self._build_submission_tab(), tr("Submission"))
        tabs.addTab(self._build_outbox_tab(), tr("Outbox and review"))
        self.tabs = tabs
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Help | QDialogButtonBox.StandardButton.Close)
        self.button_box.rejected.connect(self.reject)
        self.button_box.helpRequested.connect(self.show_help)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.button_box)
        self.fill_candidates()
        self.refresh_outbox()
        # while the dialog is open, candidates whose retry time has come are sent in the background
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_INTERVAL_MS)
        self.retry_timer.timeout.connect(self.retry_due)
        self.retry_timer.start()

    # --- tab 1: choose, validate, build, send ------------------------------------------------------------------
    def _build_submission_tab(self) -> QWidget:
        page = QWidget()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.layer_combo.layerChanged.connect(self.fill_candidates)
        self.candidate_list = QListWidget()
        self.candidate_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        candidates_box = QGroupBox(tr("Candidates (output of fast-charge screening)"))
        candidates_layout = QVBoxLayout(candidates_box)
        candidates_layout.addWidget(self.layer_combo)
        candidates_layout.addWidget(self.candidate_list)

        remembered = load_contact().as_dict()
        self.contact_edits: dict[str, QLineEdit] = {}
        contact_box = QGroupBox(tr("Municipality and contact (remembered for next time)"))
        form = QFormLayout(contact_box)
        # the same pick list as the algorithms' gemeente parameter: by name, the CBS code stored
        self.municipality_combo = municipality_combo((tr("Choose a municipality…"), ""))
        self.municipality_combo.setObjectName("contact_gemeente")
        self.municipality_combo.setToolTip(tr("The municipality that submits; its CBS code goes into the package."))
        self.set_municipality(remembered.get("gemeentecode", ""))
        form.addRow(CONTACT_FIELDS[0][1](), self.municipality_combo)
        for key, label in CONTACT_FIELDS[2:]:
            edit = QLineEdit(remembered.get(key, ""))
            edit.setObjectName("contact_" + key)
            self.contact_edits[key] = edit
            form.addRow(label(), edit)

        files_box = QGroupBox(tr("Attachments and package"))
        files = QFormLayout(files_box)
        self.reports_widget = QgsFileWidget()
        self.reports_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.planmap_widget = QgsFileWidget()
        self.planmap_widget.setFilter(tr("PDF files (*.pdf)"))
        self.output_widget = QgsFileWidget()
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("Zip files (*.zip)"))
        files.addRow(tr("Folder with screening reports"), self.reports_widget)
        files.addRow(tr("Plankaart (PDF, optional)"), self.planmap_widget)
        files.addRow(tr("Save package as"), self.output_widget)
        # the CROSS_BORDER option of 'Build submission package': without it a candidate outside the gemeente is refused
        self.cross_border_check = QCheckBox(
            tr("Confirm cross-border sites (candidates that lie outside the municipality)")
        )
        self.cross_border_check.setObjectName("cross_border")
        files.addRow(self.cross_border_check)

        self.validation_text = QPlainTextEdit()
        self.validation_text.setReadOnly(True)
        self.validation_text.setMaximumHeight(140)
        self.check_button = QPushButton(tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(tr("Save package only"))
        self.save_button.clicked.connect(lambda: self.build(send=False))
        self.send_button = QPushButton(tr("Save package and send"))
        self.send_button.clicked.connect(lambda: self.build(send=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(page)
        layout.addWidget(candidates_box)
        layout.addWidget(contact_box)
        layout.addWidget(files_box)
        layout.addWidget(self.validation_text)
        layout.addLayout(buttons)
        return page

    def layer(self) -> QgsVectorLayer | None:
        return self.layer_combo.currentLayer()

    def fill_candidates(self, *_args) -> None:
        """List the layer's candidates, checked when selected on the map (all when nothing is selected)."""
        self.candidate_list.clear()
        layer = self.layer()
        if layer is None or layer.fields().indexOf("kandidaat_id") < 0:
            return
        selected = set(layer.selectedFeatureIds())
        for feature in layer.getFeatures():
            parts = [str(feature["kandidaat_id"])]
            for name in ("naam", "advies"):
                if layer.fields().indexOf(name) >= 0 and feature[name] not in (None, ""):
                    parts.append(str(feature[name]))
            item = QListWidgetItem(" – ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, feature.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if not selected or feature.id() in selected else Qt.CheckState.Unchecked
            )
            self.candidate_list.addItem(item)

    def chosen_ids(self) -> list[int]:
        return [
            self.candidate_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.candidate_list.count())
            if self.candidate_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_municipality(self, code: str) -> None:
        """Choose the gemeente with CBS code ``code`` (the "choose" entry for an unknown or empty code)."""
        index = self.municipality_combo.findData((code or "").strip().upper())
        self.municipality_combo.setCurrentIndex(max(index, 0))

    def contact(self) -> ContactDetails:
        values = {key: edit.text().strip() for key, edit in self.contact_edits.items()}
        code = str(self.municipality_combo.currentData() or "")
        values["gemeentecode"] = code
        values["gemeentenaam"] = dict(municipality_choices()).get(code, "")
        return ContactDetails(**values)

    def _frame(self):
        layer = self.layer()
        if layer is None:
            raise RalZuidError(tr("Choose a layer with screened candidates."))
        ids = self.chosen_ids()
        if not ids:
            raise RalZuidError(tr("Tick at least one candidate."))
        subset = layer.materialize(QgsFeatureRequest().setFilterFids(ids))
        frame = frame_from_source(subset, QgsProcessingContext())
        if self.cross_border_check.isChecked():  # confirmed: each crossing candidate says so in the package
            gemeentecode = self.contact().gemeentecode
            crossings = cross_border_candidates(frame, gemeentecode)
            if crossings:
                frame = confirm_cross_border(frame, crossings, gemeentecode)
        return frame

    def _paths(self) -> tuple[Path | None, Path | None]:
        reports = self.reports_widget.filePath().strip()
        planmap = self.planmap_widget.filePath().strip()
        return (Path(reports) if reports else None, Path(planmap) if planmap else None)

    def check(self) -> bool:
        """Validate and show every problem; return whether the submission is valid."""
        try:
            reports, planmap = self._paths()
            frame = self._frame()
            _records, _document, problems = prepare_submission(
                frame, self.contact(), reports_dir=reports, planmap_pdf=planmap
            )
            problems = problems + cross_border_problems(frame, self.contact().gemeentecode)
        except RalZuidError as error:
            self.validation_text.setPlainText(error.message)
            return False
        if problems:
            # the gemeente's code and name come from the one pick list: an empty choice is one problem, not two
            texts = list(dict.fromkeys(problem_text(problem) for problem in problems))
            if len(texts) == 1:
                lines = [tr("The submission is not valid (1 problem):")]
            else:
                lines = [tr("The submission is not valid ({count} problems):").format(count=len(texts))]
            lines += texts
            self.validation_text.setPlainText("\n".join(lines))
            return False
        self.validation_text.setPlainText(
            tr("The submission is valid: {count} candidates.").format(count=len(self.chosen_ids()))
        )
        return True

    def show_help(self) -> None:
        """Open the offline help page of submitting (packaged with the plugin) in the browser."""
        from ral_zuid_plugin.processing_provider.base import help_url

        url = help_url(HELP_PAGE)
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def default_output(self, contact: ContactDetails) -> Path:
        folder = Path(self.output_widget.filePath()).parent if self.output_widget.filePath() else Path.home()
        return folder / "aanmelding_{}.zip".format(safe_filename(submission_id_for(contact.gemeentecode, utc_now())))

    def build(self, send: bool, run_as_task: bool = True) -> None:
        """Build the package (always written first) and, when asked, queue and send it."""
        if not self.check():
            return
        contact = self.contact()
        save_contact(contact)
        output = self.output_widget.filePath().strip()
        output_path = Path(output) if output else self.default_output(contact)
        if output_path.suffix.lower() != ".zip":
            output_path = output_path.with_suffix(".zip")
        frame = self._frame()
        reports, planmap = self._paths()
        settings = service_settings()

        def work(task=None):
            progress = TaskProgress(task)
            package = build_package(
                frame,
                contact,
                output_path,
                plugin_version=plugin_version(),
                reports_dir=reports,
                planmap_pdf=planmap,
                progress=progress,
            )
            result = {"package": str(package.path), "submission_id": package.submission_id}
            if send:
                outbox = open_outbox()
                queue_package(package.path, outbox)
                client = client_for_outbox(settings, outbox, package.submission_id)
                report = send_until_done(
                    outbox, client, submission_id=package.submission_id, max_wait=30, progress=progress
                )
                result.update(
                    received=len(report.received),
                    failed=report.failed,
                    stopped=report.stopped,
                    superseded=report.superseded,
                )
            return result

        self._run(tr("Submission package"), work, self._built, run_as_task)

    def _built(self, result: dict) -> None:
        lines = [tr("Package saved: {path}").format(path=result["package"])]
        if "received" in result:
            lines.append(tr("{count} candidates received by the service.").format(count=result["received"]))
            for kandidaat_id, reason in sorted(result["failed"].items()):
                lines.append(tr("Candidate {candidate}: {reason}").format(candidate=kandidaat_id, reason=reason))
            for kandidaat_id, newer in sorted(result.get("superseded", {}).items()):
                lines.append(
                    tr("Candidate {candidate}: not sent, because {newer} holds a newer version.").format(
                        candidate=kandidaat_id, newer=newer
                    )
                )
            if result["stopped"]:
                lines.append(tr("The submission stays in the outbox; the package can be e-mailed instead."))
        self.validation_text.setPlainText("\n".join(lines))
        self.refresh_outbox()

    # --- tab 2: outbox and review statuses --------------------------------------------------------------------
    def _build_outbox_tab(self) -> QWidget:
        page = QWidget()
        self.outbox_table = QTableWidget(0, 7)
        self.outbox_table.setHorizontalHeaderLabels(
            [tr("Submission"), tr("Candidate"), tr("State"), tr("Attempts"), tr("Review status"), tr("Remark"),
             tr("Last problem")]
        )  # fmt: skip
        self.outbox_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outbox_table.horizontalHeader().setStretchLastSection(True)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.refresh_outbox)
        resend = QPushButton(tr("Send waiting candidates again"))
        resend.clicked.connect(lambda: self.resend())
        reviews = QPushButton(tr("Fetch review statuses"))
        reviews.clicked.connect(lambda: self.fetch_reviews())
        settings = QPushButton(tr("Settings…"))
        settings.clicked.connect(lambda: SubmissionSettingsDialog(self).exec())
        self.write_to_layer = QCheckBox(tr("Write review statuses onto the chosen candidates layer"))
        self.write_to_layer.setChecked(True)
        buttons = QHBoxLayout()
        for button in (refresh, resend, reviews, settings):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.outbox_table)
        layout.addWidget(self.write_to_layer)
        layout.addLayout(buttons)
        return page

    def refresh_outbox(self) -> None:
        try:
            items = open_outbox().items()
        except Exception as error:  # noqa: BLE001 (GUI boundary: a broken outbox file must not crash QGIS)
            log_message(tr("The outbox could not be read: {error}").format(error=error), Qgis.MessageLevel.Warning)
            return
        self.outbox_table.setRowCount(len(items))
        for row, item in enumerate(items):
            state = STATE_NAMES.get(item.state, lambda s=item.state: s)()
            for column, value in enumerate(
                (item.submission_id, item.kandidaat_id, state, str(item.attempts), item.review_status,
                 item.review_remark, item.last_error)
            ):  # fmt: skip
                self.outbox_table.setItem(row, column, QTableWidgetItem(value))
        self.outbox_table.resizeColumnsToContents()

    def retry_due(self) -> None:
        """Timer: when nothing runs, a service URL is set and some candidate's retry time has come, send."""
        if any(_task_running(t) for t in self.tasks):
            return
        if not service_settings().service_url:
            return
        try:
            due = open_outbox().due(time.time())
        except Exception:  # noqa: BLE001 (a timer must never raise into Qt)
            return
        if due:
            self.resend(automatic=True)

    def resend(self, run_as_task: bool = True, automatic: bool = False) -> None:
        """Send what waits in the outbox: at once when the user asks, only what is due when ``automatic``."""
        settings = service_settings()

        def work(task=None):
            report = send_waiting(settings, automatic=automatic, progress=TaskProgress(task))
            return {"received": len(report.received), "failed": report.failed, "stopped": report.stopped, "package": ""}

        def done(result):
            self.refresh_outbox()
            if automatic and not result["received"]:
                return
            self._message(
                tr("{count} candidates received by the service.").format(count=result["received"])
                if not result["stopped"] else result["stopped"],
                Qgis.MessageLevel.Success if not result["stopped"] else Qgis.MessageLevel.Warning,
            )  # fmt: skip

        self._run(tr("Send outbox"), work, done, run_as_task)

    def fetch_reviews(self, run_as_task: bool = True) -> None:
        settings = service_settings()
        gemeentecode = self.contact().gemeentecode or next(
            (row["gemeentecode"] for row in open_outbox().submissions()), ""
        )  # the latest submission's municipality when the contact field is empty
        layer = self.layer() if self.write_to_layer.isChecked() else None

        def work(task=None):
            statuses = refresh_reviews(open_outbox(), features_client(settings), progress=TaskProgress(task))
            return {"statuses": statuses}

        def done(result):
            statuses = result["statuses"]
            written = 0
            if layer is not None and layer.fields().indexOf("kandidaat_id") >= 0:
                written = apply_review_statuses(layer, gemeentecode, statuses)
            self.refresh_outbox()
            self._message(
                tr("{count} review statuses fetched, {written} written onto the layer.").format(
                    count=len(statuses), written=written
                ),
                Qgis.MessageLevel.Info,
            )

        self._run(tr("Fetch review statuses"), work, done, run_as_task)

    # --- running work -----------------------------------------------------------------------------------------
    def _message(self, text: str, level) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage("RAL Zuid", text, level, 8)
        log_message(text, level)

    def _run(self, title: str, work, done, run_as_task: bool) -> None:
        if not run_as_task:
            try:
                done(work(None))
            except RalZuidError as error:
                self.validation_text.setPlainText(error.message)
                self.refresh_outbox()
            return

        def finished(exception, result=None):
            if exception is not None:
                message = exception.message if isinstance(exception, RalZuidError) else str(exception)
                self.validation_text.setPlainText(message)
                self._message(message, Qgis.MessageLevel.Warning)
                self.refresh_outbox()
            elif result is not None:
                done(result)

        task = QgsTask.fromFunction(title, work, on_finished=finished)
        self.tasks = [t for t in self.tasks if _task_running(t)] + [task]
        QgsApplication.taskManager().addTask(task)


def open_submission_dialog(iface) -> None:
    dialog = SubmissionDialog(iface, iface.mainWindow() if iface is not None else None)
    dialog.show()
    _OPEN.append(dialog)
    dialog.finished.connect(lambda _result, d=dialog: _OPEN.remove(d) if d in _OPEN else None)


_OPEN: list[SubmissionDialog] = []
