"""Outbox persistence and exactly-once delivery, against an in-memory OGC API that behaves like pygeoapi 0.21.

The real server (pygeoapi + TinyDB) and real faults are exercised in tests/qgis/submission; here the rules of
the client are checked one by one.
"""

from __future__ import annotations

import copy
import json
import random

import pytest

from ral_zuid_plugin.core.submission import transport as t
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError, FeaturesClient
from ral_zuid_plugin.core.submission.outbox import Outbox
from ral_zuid_plugin.core.submission.sender import Backoff, refresh_reviews, send_due, send_until_done

BASE = "http://127.0.0.1:9/ogc"
ITEMS = BASE + "/collections/aanmeldingen/items"


class PygeoapiLike:
    """Items by id; a second POST of an existing id answers 500 (as pygeoapi 0.21 + TinyDB does)."""

    def __init__(self) -> None:
        self.items: dict[str, dict] = {}
        self.posts = 0
        self.faults: list[str] = []  # consumed one per request: "", "refuse", "500", "drop", "timeout", "401", "422"

    def request(self, method, url, body=None, headers=None):
        fault = self.faults.pop(0) if self.faults else ""
        if fault == "refuse":
            raise t.TransportError(t.CONNECTION, "Connection refused")
        if fault == "timeout":
            raise t.TransportError(t.TIMEOUT, "timed out")
        if fault in ("500", "401", "422"):
            return t.HttpResponse(int(fault), b'{"description": "fault"}')
        response = self._answer(method, url, body)
        if fault == "drop":  # the server did the work, the reply is lost
            raise t.TransportError(t.CONNECTION, "Connection closed")
        return response

    def _answer(self, method, url, body):
        if method == "POST" and url == ITEMS:
            self.posts += 1
            feature = json.loads(body)
            if feature["id"] in self.items:
                return t.HttpResponse(500, b'{"description": "generic error"}')
            self.items[feature["id"]] = feature
            return t.HttpResponse(201)
        feature_id = url[len(ITEMS) + 1 :].split("?")[0]
        if method == "GET":
            if feature_id not in self.items:
                return t.HttpResponse(404)
            return t.HttpResponse(200, json.dumps(self.items[feature_id]).encode())
        if method == "PUT":
            self.items[feature_id] = json.loads(body)
            return t.HttpResponse(204)
        return t.HttpResponse(405)


def feature(number: int, submission: str = "GM0772-20261127T090000Z") -> dict:
    return {
        "type": "Feature",
        "id": f"GM0772-K{number:03d}",
        "geometry": {"type": "Point", "coordinates": [5.4, 51.4]},
        "properties": {"kandidaat_id": f"K{number:03d}", "submission_id": submission, "review_status": "ontvangen"},
    }


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture()
def server():
    return PygeoapiLike()


@pytest.fixture()
def client(server):
    return FeaturesClient(server, BASE, "aanmeldingen")


def test_outbox_survives_a_restart(tmp_path):
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.add_submission("S1", "GM0772", "/tmp/p.zip", [feature(1), feature(2)])
    outbox.mark_sent(outbox.items()[0])
    del outbox
    reopened = Outbox(tmp_path / "outbox.sqlite")
    assert [(i.kandidaat_id, i.state, i.attempts) for i in reopened.items()] == [
        ("K001", "sent", 1),
        ("K002", "queued", 0),
    ]
    reopened.add_submission("S1", "GM0772", "/tmp/p.zip", [feature(1), feature(2)])  # queuing twice adds nothing
    assert len(reopened.items()) == 2
    assert reopened.submissions()[0]["package_path"] == "/tmp/p.zip"


def test_a_lost_reply_is_found_by_reading_back_and_never_duplicated(tmp_path, server, client):
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1)])
    clock = Clock()
    server.faults = ["drop"]  # POST stored, reply lost
    report = send_due(outbox, client, clock=clock, backoff=Backoff(base=1, cap=1))
    assert report.received == [] and "K001" in report.failed
    assert outbox.items()[0].state == "sent"
    clock.now += 1.0
    report = send_due(outbox, client, clock=clock)
    assert report.received == ["K001"]
    assert server.posts == 1  # the retry read the item back first: no second POST
    assert outbox.items()[0].state == "received"


def test_500_on_a_duplicate_post_is_recognised_as_already_stored(tmp_path, server, client):
    server.items["GM0772-K001"] = copy.deepcopy(feature(1))
    assert client.deliver(feature(1)) == "existing"
    assert client.deliver(feature(1, submission="GM0772-20261201T080000Z")) == "replaced"
    assert server.items["GM0772-K001"]["properties"]["submission_id"] == "GM0772-20261201T080000Z"
    assert len(server.items) == 1


def test_backoff_doubles_up_to_the_cap():
    backoff = Backoff(base=5, cap=60)
    assert [backoff.delay(n, rng=lambda: 1.0) for n in (1, 2, 3, 4, 5)] == [5, 10, 20, 40, 60]
    assert backoff.delay(2, rng=lambda: 0.0) == 5  # half of 10 at the low end of the jitter


def test_random_faults_then_calm_delivers_every_candidate_exactly_once(tmp_path, server, client):
    rng = random.Random(7)
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(n) for n in range(60)])
    server.faults = [rng.choice(["", "", "refuse", "500", "drop", "timeout"]) for _ in range(150)]
    clock = Clock()
    report = send_until_done(
        outbox, client, max_wait=3600, backoff=Backoff(base=1, cap=8), clock=clock, sleep=clock.sleep
    )
    assert report.stopped == ""
    assert sorted(server.items) == sorted(f"GM0772-K{n:03d}" for n in range(60))
    assert outbox.counts() == {"queued": 0, "sent": 0, "received": 60, "reviewed": 0, "superseded": 0}


def test_401_stops_the_run_and_keeps_everything_queued_with_the_reason(tmp_path, server, client):
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1), feature(2)])
    server.faults = ["401"]
    report = send_until_done(outbox, client, max_wait=10, clock=Clock(), sleep=lambda s: None)
    assert "refused the credentials (HTTP 401)" in report.stopped
    items = outbox.items()
    assert [i.state for i in items] == ["queued", "queued"]
    assert "HTTP 401" in items[0].last_error and items[1].attempts == 0
    assert server.items == {}


def test_a_rejected_candidate_waits_for_the_user_the_others_go_through(tmp_path, server, client):
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1), feature(2)])
    server.faults = ["422"]
    clock = Clock()
    report = send_until_done(outbox, client, max_wait=60, clock=clock, sleep=clock.sleep)
    assert report.received == ["K002"]
    assert report.failed == {"K001": "The service rejected the candidate (HTTP 422): fault"}
    k001 = outbox.items()[0]
    assert (k001.state, k001.last_error) == ("queued", "The service rejected the candidate (HTTP 422): fault")


def test_missing_service_url_is_a_clear_error():
    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(PygeoapiLike(), "  ", "aanmeldingen")
    assert "No service URL is set" in raised.value.message and not raised.value.retryable


def test_review_status_comes_back_into_the_outbox(tmp_path, server, client):
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1), feature(2)])
    send_due(outbox, client)
    server.items["GM0772-K001"]["properties"].update(review_status="akkoord", review_opmerking="Past in het plan")
    server.items["GM0772-K002"]["properties"].update(review_status="in behandeling")
    statuses = refresh_reviews(outbox, client)
    assert [(s.feature_id, s.status, s.remark) for s in statuses] == [
        ("GM0772-K001", "akkoord", "Past in het plan"),
        ("GM0772-K002", "in behandeling", ""),
    ]
    assert [(i.state, i.review_status) for i in outbox.items()] == [
        ("reviewed", "akkoord"),
        ("received", "in behandeling"),
    ]


def test_after_a_crash_between_sending_and_recording_nothing_is_sent_twice(tmp_path, server, client):
    path = tmp_path / "o.sqlite"
    outbox = Outbox(path)
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1)])
    item = outbox.items()[0]
    outbox.mark_sent(item)  # QGIS wrote 'sent', the POST reached the server ...
    server.request("POST", ITEMS, json.dumps(item.feature).encode())
    del outbox  # ... and QGIS crashed before it could record the answer
    restarted = Outbox(path)
    assert restarted.items()[0].state == "sent"
    report = send_due(restarted, client)
    assert report.received == ["K001"]
    assert server.posts == 1  # read back, not posted again
    assert restarted.items()[0].state == "received"


def test_credentials_in_the_service_url_are_refused():
    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(PygeoapiLike(), "https://gemeente:geheim@ec.example.nl/ogc", "aanmeldingen")
    assert "contains a user name or password" in raised.value.message
    assert "geheim" not in raised.value.message


def test_a_service_that_ignores_the_client_id_stops_the_run(tmp_path):
    class OwnIds(PygeoapiLike):
        def _answer(self, method, url, body):
            response = super()._answer(method, url, body)
            if method == "POST" and response.status == 201:
                response.headers["location"] = ITEMS + "/42"  # the server chose id 42
            return response

    server = OwnIds()
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission("S1", "GM0772", "p.zip", [feature(1), feature(2)])
    report = send_until_done(outbox, FeaturesClient(server, BASE, "aanmeldingen"), max_wait=5, clock=Clock())
    assert "under its own id 42" in report.stopped
    assert server.posts == 1  # the second candidate was not sent
    assert [i.state for i in outbox.items()] == ["queued", "queued"]
