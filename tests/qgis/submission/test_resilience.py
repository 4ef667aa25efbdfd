"""200 submissions through a fault proxy, and a real HTTP proxy (tinyproxy) set in the QGIS proxy settings."""

from __future__ import annotations

import collections
import json
import time

from qgis.core import QgsNetworkAccessManager, QgsSettings

from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from ral_zuid_plugin.core.submission.ogcapi import FeaturesClient
from ral_zuid_plugin.core.submission.outbox import Outbox
from ral_zuid_plugin.core.submission.sender import Backoff, send_until_done
from tests.qgis.submission.servers import COLLECTION, FaultProxy, Tinyproxy


def candidate_feature(number: int) -> dict:
    return {
        "type": "Feature",
        "id": f"GM0772-R{number:03d}",
        "geometry": {"type": "Point", "coordinates": [5.40 + number * 1e-4, 51.42]},
        "properties": {
            "kandidaat_id": f"R{number:03d}",
            "submission_id": "GM0772-20261127T090000Z",
            "gemeentecode": "GM0772",
            "vermogen_kw": 150.0 + number,
            "review_status": "ontvangen",
        },
    }


def documents_per_id(server) -> collections.Counter:
    """Count documents per feature id in the TinyDB file itself (a duplicate is a second document)."""
    documents = json.loads(server.data.read_text())["_default"].values()
    return collections.Counter(document["id"] for document in documents)


def test_200_submissions_through_random_faults_arrive_exactly_once(server, tmp_path):
    proxy = FaultProxy(server.port, seed=20261127, stall_seconds=0.6)
    proxy.mode = "random"
    proxy.weights = {"ok": 0.50, "reset": 0.10, "500": 0.10, "503": 0.10, "stall": 0.04, "drop": 0.16}
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add_submission(
        "GM0772-20261127T090000Z", "GM0772", str(tmp_path / "p.zip"), [candidate_feature(n) for n in range(200)]
    )
    client = FeaturesClient(QgisTransport("", timeout_seconds=0.3), proxy.url, COLLECTION)
    backoff = Backoff(base=0.02, cap=0.2)
    started = time.monotonic()
    try:
        first = send_until_done(outbox, client, max_wait=8, backoff=backoff)
        # a spell where the proxy is down altogether: connections are refused
        proxy.pause()
        outbox.retry_now()
        down = send_until_done(outbox, client, max_wait=0.5, backoff=backoff)
        assert down.received == []
        # the faults stop: everything left goes through
        proxy.resume()
        proxy.mode = "ok"
        outbox.retry_now()
        calm = FeaturesClient(
            QgisTransport("", timeout_seconds=10), proxy.url, COLLECTION
        )  # a slow machine is no fault
        last = send_until_done(outbox, calm, max_wait=30, backoff=backoff)
    finally:
        proxy.stop()
    elapsed = time.monotonic() - started
    counts = documents_per_id(server)
    assert len(counts) == 200 and set(counts.values()) == {1}, counts.most_common(3)
    assert outbox.counts() == {"queued": 0, "sent": 0, "received": 200, "reviewed": 0, "superseded": 0}
    assert last.ok and not last.stopped
    assert proxy.counts["drop"] > 10 and proxy.counts["reset"] > 10 and proxy.counts["stall"] > 2
    assert len(first.received) + len(last.received) == 200
    assert elapsed < 120, elapsed  # bounded: 8 s + 0.5 s + 30 s of retrying plus the requests themselves


def test_submission_goes_through_the_proxy_in_the_qgis_settings(run_algorithm, server, profile, tmp_path):
    tinyproxy = Tinyproxy()
    settings = QgsSettings()
    try:
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", "127.0.0.1")
        settings.setValue("proxy/proxyPort", str(tinyproxy.port))
        settings.setValue("proxy/proxyExcludedUrls", "")
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
        save_service_settings(ServiceSettings(server.url, COLLECTION, "", 10.0))
        outbox = open_outbox()
        outbox.add_submission("GM0772-20261127T100000Z", "GM0772", str(tmp_path / "p.zip"), [candidate_feature(7)])
        result = run_algorithm("ralzuid:submit", {"MAX_WAIT": 5})
        assert result["PENDING"] == 0
        time.sleep(0.3)  # let tinyproxy flush its log
        log = tinyproxy.log()
    finally:
        tinyproxy.stop()
    assert f"POST http://127.0.0.1:{server.port}/collections/{COLLECTION}/items" in log
    assert documents_per_id(server) == {"GM0772-R007": 1}
