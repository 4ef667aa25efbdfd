"""What waits in the outbox after a restart is sent in the background once a service is configured."""

from __future__ import annotations

import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from ral_zuid_plugin.gui.outbox_watcher import OutboxWatcher
from tests.qgis.submission.servers import COLLECTION

SUBMISSION = "GM0772-20261127T120000Z"


def _queue_one(tmp_path, feature_id: str) -> None:
    feature = {
        "type": "Feature",
        "id": feature_id,
        "geometry": {"type": "Point", "coordinates": [5.47, 51.44]},
        "properties": {"kandidaat_id": feature_id.split("-", 1)[1], "submission_id": SUBMISSION},
    }
    open_outbox().add_submission(SUBMISSION, "GM0772", str(tmp_path / "p.zip"), [feature])


def _wait_for_tasks(seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    QCoreApplication.processEvents()


def test_nothing_is_sent_without_a_service_url(profile, tmp_path):
    _queue_one(tmp_path, "GM0772-X001")
    watcher = OutboxWatcher(first_look_ms=10_000, interval_ms=10_000)
    watcher.start()
    try:
        assert watcher.due_count() == 0
        watcher.look()
        assert watcher.task is None
        assert [item.state for item in open_outbox().items()] == ["queued"]
    finally:
        watcher.stop()


def test_due_items_from_an_earlier_session_are_sent_in_a_task(profile, server, tmp_path):
    _queue_one(tmp_path, "GM0772-X002")  # queued "before the restart"
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    watcher = OutboxWatcher(first_look_ms=10_000, interval_ms=10_000)
    watcher.start()
    try:
        assert watcher.due_count() == 1
        watcher.look()
        assert watcher.sending()
        _wait_for_tasks()
        assert not watcher.sending()
        assert [item.state for item in open_outbox().items()] == ["received"]
        assert [feature["id"] for feature in server.items()] == ["GM0772-X002"]
        assert watcher.due_count() == 0
    finally:
        watcher.stop()
