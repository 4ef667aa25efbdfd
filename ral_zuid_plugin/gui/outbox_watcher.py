"""Sends what waits in the submission outbox in the background while QGIS runs.

After a crash, a restart or a network failure, candidates stay in the outbox (in the QGIS
profile). While the plugin is loaded this watcher looks every few minutes (first shortly
after start-up) and, when a service is configured and some item's retry time has come,
sends the due items in a ``QgsTask``. Nothing is sent when no service URL is set.
"""

from __future__ import annotations

import time

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QTimer

from ral_zuid_plugin.adapters.message_log import log_message
from ral_zuid_plugin.adapters.submission_service import send_waiting, service_settings
from ral_zuid_plugin.adapters.submission_settings import open_outbox
from ral_zuid_plugin.core.i18n import tr

FIRST_LOOK_MS = 30_000
INTERVAL_MS = 5 * 60_000


class OutboxWatcher:
    def __init__(self, iface=None, first_look_ms: int = FIRST_LOOK_MS, interval_ms: int = INTERVAL_MS) -> None:
        self.iface = iface
        self.task: QgsTask | None = None
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)
        self.first_look_ms = first_look_ms

    def start(self) -> None:
        QTimer.singleShot(self.first_look_ms, self.look)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.sending():
            self.task.cancel()
        self.task = None

    def sending(self) -> bool:
        """Whether a send task of this watcher is still running (the task manager deletes finished ones)."""
        if self.task is None:
            return False
        try:
            return self.task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
        except RuntimeError:
            self.task = None
            return False

    def due_count(self) -> int:
        """How many outbox items may be sent now (0 when no service is configured)."""
        if not service_settings().service_url:
            return 0
        return len(open_outbox().due(time.time()))

    def look(self) -> None:
        """Start sending when something is due and no earlier send is still running."""
        if not self.timer.isActive():
            return
        if self.sending():
            return
        try:
            if not self.due_count():
                return
        except Exception as error:  # noqa: BLE001 (a timer must never raise into Qt)
            log_message(str(error), Qgis.MessageLevel.Warning)
            return
        settings = service_settings()

        def work(task):
            return len(send_waiting(settings, automatic=True).received)

        def finished(exception, received=None):
            if exception is not None:
                log_message(str(getattr(exception, "message", exception)), Qgis.MessageLevel.Warning)
            elif received:
                text = tr("{count} candidates from the outbox received by the service.").format(count=received)
                log_message(text, Qgis.MessageLevel.Info)
                if self.iface is not None:
                    self.iface.messageBar().pushMessage("RAL Zuid", text, Qgis.MessageLevel.Success, 8)

        self.task = QgsTask.fromFunction(tr("Send outbox"), work, on_finished=finished)
        QgsApplication.taskManager().addTask(self.task)
