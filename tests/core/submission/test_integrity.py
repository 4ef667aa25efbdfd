"""Regression tests of issue 11 (submission integrity), one block per point, without QGIS.

The real pygeoapi, the fault proxy, the QGIS network stack and killed processes are in tests/qgis/submission.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
import zipfile

import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.submission import transport as t
from ral_zuid_plugin.core.submission.ogcapi import MAX_REMARK, DeliveryError, FeaturesClient, version_of
from ral_zuid_plugin.core.submission.outbox import Outbox
from ral_zuid_plugin.core.submission.package import build_package, prepare_submission, read_package
from ral_zuid_plugin.core.submission.sender import Backoff, send_due, send_until_done
from ral_zuid_plugin.core.submission.validation import SubmissionInvalidError, validation_problems
from tests.core.submission.conftest import CREATED
from tests.core.submission.test_outbox_and_sender import BASE, ITEMS, Clock, PygeoapiLike

OLD = "GM0772-20261127T090000Z"
NEW = "GM0772-20261201T080000Z"


def versioned(number: int, submission: str) -> dict:
    created = "{}-{}-{}T{}:{}:{}Z".format(*(submission[7:11], submission[11:13], submission[13:15]),
                                          *(submission[16:18], submission[18:20], submission[20:22]))  # fmt: skip
    return {
        "type": "Feature",
        "id": f"GM0772-K{number:03d}",
        "geometry": {"type": "Point", "coordinates": [5.4, 51.4]},
        "properties": {"kandidaat_id": f"K{number:03d}", "submission_id": submission,
                       "submission_created": created, "review_status": "ontvangen", "versie": submission},
    }  # fmt: skip


# --- 1. ids that collide after the URL-safe mapping --------------------------------------------------------------


def test_ids_that_become_the_same_server_id_are_refused(candidates, contact):
    _records, document, problems = prepare_submission(candidates, contact, created=CREATED)
    assert problems == []
    document["candidates"][0]["kandidaat_id"] = "EHV.1"
    document["candidates"][1]["kandidaat_id"] = "EHV_1"
    # by hand: '.' is not in [A-Za-z0-9_-] and becomes '_', so both are GM0772-EHV_1 on the server
    problems = validation_problems(document)
    assert [(p.candidate, p.field, p.row) for p in problems] == [("EHV_1", "kandidaat_id", 2)]
    assert "GM0772-EHV_1" in problems[0].message and "EHV.1 (row 1)" in problems[0].message


def test_ids_that_differ_only_in_case_are_refused(candidates, contact):
    _records, document, _problems = prepare_submission(candidates, contact, created=CREATED)
    document["candidates"][2]["kandidaat_id"] = "ehv-001"  # row 1 is EHV-001
    assert [(p.candidate, p.message) for p in validation_problems(document)] == [
        ("ehv-001", "is used twice (rows 1 and 3)")
    ]


def test_one_problem_is_one_problem(candidates, contact):
    _records, document, _problems = prepare_submission(candidates, contact, created=CREATED)
    document["candidates"][0]["vermogen_kw"] = -5
    with pytest.raises(SubmissionInvalidError) as raised:
        from ral_zuid_plugin.core.submission.validation import validate_submission

        validate_submission(document)
    assert raised.value.message.startswith("The submission is not valid (1 problem):")


# --- 2. versions only move forward --------------------------------------------------------------------------------


def test_version_order_follows_the_creation_time():
    # by hand: 2026-12-01 08:00 is later than 2026-11-27 09:00; a feature of plugin 1.0 has only the id
    assert version_of(versioned(1, NEW)["properties"]) > version_of(versioned(1, OLD)["properties"])
    assert version_of({"submission_id": OLD}) == ("20261127T090000Z", OLD)
    assert version_of(versioned(1, OLD)["properties"]) == ("20261127T090000Z", OLD)


@pytest.mark.parametrize("attempts_before", [0, 1])
def test_an_older_submission_never_replaces_a_newer_one_on_the_server(tmp_path, attempts_before):
    server = PygeoapiLike()
    server.items["GM0772-K001"] = versioned(1, NEW)
    server.items["GM0772-K001"]["properties"]["review_status"] = "akkoord"
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission(OLD, "GM0772", "old.zip", [versioned(1, OLD)])
    if attempts_before:
        outbox.mark_sent(outbox.items()[0])  # an earlier run's attempt had an unknown outcome
    report = send_until_done(outbox, FeaturesClient(server, BASE, "aanmeldingen"), max_wait=5, clock=Clock())
    assert server.items["GM0772-K001"]["properties"]["versie"] == NEW
    assert server.items["GM0772-K001"]["properties"]["review_status"] == "akkoord"  # the review is kept
    assert report.superseded == {"K001": "a newer submission on the service"} and report.received == []
    (item,) = outbox.items()
    assert item.state == "superseded" and "holds a newer version" in item.last_error
    assert outbox.due(10**12) == []  # never sent again


def test_a_newer_version_in_the_outbox_supersedes_the_older_one_before_sending(tmp_path):
    server = PygeoapiLike()
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission(NEW, "GM0772", "new.zip", [versioned(1, NEW)])
    outbox.add_submission(OLD, "GM0772", "old.zip", [versioned(1, OLD), versioned(2, OLD)])  # queued later
    report = send_until_done(outbox, FeaturesClient(server, BASE, "aanmeldingen"), max_wait=5, clock=Clock())
    assert {k: v["properties"]["versie"] for k, v in server.items.items()} == {
        "GM0772-K001": NEW,
        "GM0772-K002": OLD,  # only in the old submission: still the newest version of K002
    }
    assert server.posts == 2  # the old K001 never went out
    assert report.superseded == {"K001": NEW}
    states = {(i.submission_id, i.kandidaat_id): i.state for i in outbox.items()}
    assert states == {(NEW, "K001"): "received", (OLD, "K001"): "superseded", (OLD, "K002"): "received"}


def test_a_newer_version_replaces_an_older_one(tmp_path):
    server = PygeoapiLike()
    server.items["GM0772-K001"] = versioned(1, OLD)
    client = FeaturesClient(server, BASE, "aanmeldingen")
    assert client.deliver(versioned(1, NEW)) == "replaced"
    assert server.items["GM0772-K001"]["properties"]["versie"] == NEW


def test_a_newer_version_written_between_the_read_and_the_put_is_not_overwritten():
    """With ETags (the PostgreSQL server): the service holds OLD (ETag "v1"); we replace it with MID, but between
    our read and our PUT another sender stores NEW ("v2"). Our PUT carries If-Match "v1" -> 412; the client reads
    again, finds NEW newer than MID -> superseded. NEW stays; two GETs, one PUT (refused)."""
    from tests.core.review.conftest import ITEMS as MEMORY_ITEMS
    from tests.core.review.conftest import MemoryServer

    mid = "GM0772-20261129T120000Z"

    class Racing(MemoryServer):
        def _answer(self, method, url, body, headers):
            if method == "PUT" and not getattr(self, "raced", False):
                self.raced = True
                self.items["GM0772-K001"] = versioned(1, NEW)  # the other sender's write lands first
                self.versions["GM0772-K001"] += 1
            return super()._answer(method, url, body, headers)

    server = Racing([versioned(1, OLD)], etags=True)
    client = FeaturesClient(server, MEMORY_ITEMS.rsplit("/collections/", 1)[0], "aanmeldingen")
    assert client.deliver(versioned(1, mid), check_first=True) == "superseded"
    assert server.items["GM0772-K001"]["properties"]["versie"] == NEW
    assert [(m, h.get("If-Match")) for m, _, h in server.requests] == [("GET", None), ("PUT", '"v1"'), ("GET", None)]
    # without the race the conditional PUT goes through: MID over OLD, If-Match "v1"
    calm = MemoryServer([versioned(1, OLD)], etags=True)
    client = FeaturesClient(calm, MEMORY_ITEMS.rsplit("/collections/", 1)[0], "aanmeldingen")
    assert client.deliver(versioned(1, mid), check_first=True) == "replaced"
    assert calm.items["GM0772-K001"]["properties"]["versie"] == mid and calm.versions["GM0772-K001"] == 2


def test_a_candidate_is_leased_to_one_sender_at_a_time(tmp_path):
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission(OLD, "GM0772", "old.zip", [versioned(1, OLD)])
    outbox.add_submission(NEW, "GM0772", "new.zip", [versioned(1, NEW)])
    old_item, new_item = sorted(outbox.items(), key=lambda i: i.submission_id)
    assert outbox.claim(old_item, "A", now=100.0, seconds=30)
    # the same candidate, even in another submission, is A's until 130
    assert not outbox.claim(new_item, "B", now=110.0, seconds=30)
    assert outbox.claim(new_item, "B", now=131.0, seconds=30)  # A's lease ran out (A was killed)
    outbox.release(new_item, "B")
    assert outbox.claim(old_item, "A", now=132.0, seconds=30)


def test_a_second_sender_skips_what_the_first_holds(tmp_path):
    server = PygeoapiLike()
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission(OLD, "GM0772", "p.zip", [versioned(1, OLD), versioned(2, OLD)])
    clock = Clock()
    assert outbox.claim(outbox.items()[0], "other", now=clock(), seconds=60)
    report = send_due(outbox, FeaturesClient(server, BASE, "aanmeldingen"), clock=clock)
    assert report.received == ["K002"] and sorted(server.items) == ["GM0772-K002"]


def test_an_outbox_of_plugin_1_0_is_migrated_with_its_items(tmp_path):
    path = tmp_path / "outbox.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            CREATE TABLE submissions (submission_id TEXT PRIMARY KEY, gemeentecode TEXT NOT NULL,
                package_path TEXT NOT NULL, created TEXT NOT NULL);
            CREATE TABLE items (feature_id TEXT NOT NULL, submission_id TEXT NOT NULL, kandidaat_id TEXT NOT NULL,
                feature_json TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'received', 'reviewed')),
                attempts INTEGER NOT NULL DEFAULT 0, next_attempt REAL NOT NULL DEFAULT 0,
                last_error TEXT NOT NULL DEFAULT '', review_status TEXT NOT NULL DEFAULT '',
                review_remark TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL,
                PRIMARY KEY (submission_id, feature_id));
            """
        )
        connection.execute("INSERT INTO submissions VALUES (?, 'GM0772', 'p.zip', 'x')", (OLD,))
        connection.execute(
            "INSERT INTO items (feature_id, submission_id, kandidaat_id, feature_json, state, attempts, updated) "
            "VALUES ('GM0772-K001', ?, 'K001', ?, 'sent', 2, 'x')",
            (OLD, json.dumps(versioned(1, OLD))),
        )
    outbox = Outbox(path)
    (item,) = outbox.items()
    assert (item.state, item.attempts, item.lease_owner) == ("sent", 2, "")
    outbox.mark_superseded(item, NEW, "test")  # the new state is allowed now
    assert outbox.items()[0].state == "superseded"


# --- 3. redirects -------------------------------------------------------------------------------------------------


class Redirecting:
    """Answers every request to ``BASE`` with a redirect to ``target`` and records what it was asked."""

    def __init__(self, status: int, target: str) -> None:
        self.status, self.target, self.calls = status, target, []

    def request(self, method, url, body=None, headers=None):
        self.calls.append((method, url))
        if url.startswith(BASE):
            return t.HttpResponse(self.status, b"", {"location": self.target + url[len(BASE) :]})
        return t.HttpResponse(201 if method == "POST" else 200, b"{}")


@pytest.mark.parametrize("other", ["http://127.0.0.1:10/ogc", "https://127.0.0.1:9/ogc", "http://evil.example/ogc"])
def test_a_redirect_to_another_origin_is_an_error_and_is_not_followed(other):
    transport = Redirecting(307, other)
    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(transport, BASE, "aanmeldingen").deliver(versioned(1, OLD))
    assert transport.calls == [("POST", ITEMS)]  # nothing went to the other origin
    assert "redirected the request to another address" in raised.value.message
    assert not raised.value.retryable and raised.value.affects_all


def test_a_redirect_within_the_origin_keeps_the_method():
    transport = Redirecting(308, "http://127.0.0.1:9/v2/ogc")
    assert FeaturesClient(transport, BASE, "aanmeldingen").deliver(versioned(1, OLD)) == "created"
    assert transport.calls == [("POST", ITEMS), ("POST", "http://127.0.0.1:9/v2/ogc/collections/aanmeldingen/items")]


def test_a_redirect_that_would_turn_a_post_into_a_get_is_an_error():
    transport = Redirecting(302, "http://127.0.0.1:9/v2/ogc")
    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(transport, BASE, "aanmeldingen").deliver(versioned(1, OLD))
    assert "would turn it into a GET" in raised.value.message and len(transport.calls) == 1


# --- 5. a tampered package is validated again before anything goes out --------------------------------------------


def rewrite_package(path, change) -> None:
    """Change aanmelding.json inside the zip and re-hash the manifest, as someone covering their tracks would."""
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(contents["aanmelding.json"])
    change(document)
    contents["aanmelding.json"] = json.dumps(document).encode()
    manifest = json.loads(contents["manifest.json"])
    for entry in manifest["files"]:
        entry["sha256"] = hashlib.sha256(contents[entry["path"]]).hexdigest()
    contents["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


@pytest.fixture()
def package_path(candidates, contact, tmp_path):
    return build_package(candidates, contact, tmp_path / "a.zip", plugin_version="0.1.0", created=CREATED).path


def test_a_rehashed_package_with_bad_content_is_refused(package_path):
    def tamper(document):
        first, second, third = document["candidates"]
        first["opmerkingen"] = "laadpas NL-TNM-C01234567-X"
        second["vermogen_kw"] = -50
        third["geometry"]["coordinates"] = [2.35, 48.85]  # Paris
        third["kandidaat_id"] = "../../etc/x"

    rewrite_package(package_path, tamper)
    with pytest.raises(RalZuidError) as raised:
        read_package(package_path)
    message = raised.value.message
    # by hand: Paris (2.35, 48.85) is west of 3.2 and south of 50.7, so the location counts twice: 5 problems
    assert "was not sent" in message and "(5 problems)" in message
    assert message.count("the location lies outside the Netherlands") == 2
    assert "Candidate EHV-001, field 'opmerkingen': contains what looks like a charge card id" in message
    assert "Candidate EHV-002, field 'vermogen_kw': -50 must be larger than 0" in message
    assert "Candidate ../../etc/x, field 'geometry': the location lies outside the Netherlands" in message
    assert "field 'kandidaat_id': '../../etc/x' does not have the expected form" in message


def test_a_card_id_anywhere_in_the_document_is_refused(package_path):
    rewrite_package(package_path, lambda d: d["contact"].update(afdeling="NL-TNM-C01234567-X"))
    with pytest.raises(RalZuidError) as raised:
        read_package(package_path)
    assert "Field 'contact.afdeling': contains what looks like a charge card id" in raised.value.message


def test_a_manifest_that_leaves_out_the_document_is_refused(package_path):
    with zipfile.ZipFile(package_path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(contents["manifest.json"])
    manifest["files"] = [e for e in manifest["files"] if e["path"] != "aanmelding.json"]
    contents["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(package_path, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    with pytest.raises(RalZuidError) as raised:
        read_package(package_path)
    assert "its manifest does not cover aanmelding.json" in raised.value.message


# --- 8. clear messages for broken packages and servers ------------------------------------------------------------


def test_a_package_without_candidates_gets_a_message(package_path):
    rewrite_package(package_path, lambda d: d.pop("candidates"))
    with pytest.raises(RalZuidError) as raised:
        read_package(package_path)
    assert "The submission is not valid (1 problem):\nField 'candidates': is missing" in raised.value.message


def test_a_candidate_without_id_gets_a_message(package_path):
    rewrite_package(package_path, lambda d: d["candidates"][1].pop("kandidaat_id"))
    with pytest.raises(RalZuidError) as raised:
        read_package(package_path)
    assert "Candidate row 2, field 'kandidaat_id': is missing" in raised.value.message


@pytest.mark.parametrize(
    "body",
    [b'{"type": "Feature", "properties": ["akkoord"]}', b'{"type": "Feature", "prop', b'["a list"]'],
)
def test_a_review_server_with_odd_json_gets_a_message(body):
    class Odd:
        def request(self, method, url, body_=None, headers=None):
            return t.HttpResponse(200, body)

    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(Odd(), BASE, "aanmeldingen").review_status("GM0772-K001")
    assert raised.value.message.startswith("The service answered " + ITEMS + "/GM0772-K001?f=json with")


# --- 9. smaller points --------------------------------------------------------------------------------------------


def test_a_huge_review_remark_is_cut_and_its_length_kept():
    server = PygeoapiLike()
    server.items["GM0772-K001"] = copy.deepcopy(versioned(1, OLD))
    server.items["GM0772-K001"]["properties"]["review_opmerking"] = "x" * 20_000_000
    status = FeaturesClient(server, BASE, "aanmeldingen").review_status("GM0772-K001")
    assert len(status.remark) == MAX_REMARK + 1 and status.remark.endswith("…")
    assert status.remark_length == 20_000_000


def test_a_flaky_connection_is_retried_within_one_run(tmp_path):
    """An item tried many times before still gets retried within this run's MAX_WAIT."""
    server = PygeoapiLike()
    outbox = Outbox(tmp_path / "o.sqlite")
    outbox.add_submission(OLD, "GM0772", "p.zip", [versioned(1, OLD)])
    for _ in range(8):
        outbox.mark_sent(outbox.items()[0])  # 8 earlier attempts: the lifetime backoff is 5 * 2**8 s > 60 s
    server.faults = ["refuse", "refuse"]
    clock = Clock()
    report = send_until_done(outbox, FeaturesClient(server, BASE, "aanmeldingen"), max_wait=60,
                             backoff=Backoff(base=5, cap=900), clock=clock, sleep=clock.sleep)  # fmt: skip
    # by hand: this run's delays are at most 5 s and 10 s, so the third attempt is within 60 s
    assert report.received == ["K001"] and outbox.items()[0].state == "received"
    assert clock.now - 1000.0 <= 15.0 + 1.0


def test_a_temporary_error_does_not_promise_a_retry():
    class Busy:
        def request(self, method, url, body=None, headers=None):
            return t.HttpResponse(503, b"")

    with pytest.raises(DeliveryError) as raised:
        FeaturesClient(Busy(), BASE, "aanmeldingen").review_status("GM0772-K001")
    assert "retried" not in raised.value.message and "HTTP 503" in raised.value.message
