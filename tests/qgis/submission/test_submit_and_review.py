"""``ralzuid:submit`` and ``ralzuid:reviewstatus`` against a real pygeoapi (TinyDB) on loopback."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ral_zuid_plugin.adapters.submission_layer import apply_review_statuses
from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from ral_zuid_plugin.core.submission.ogcapi import ReviewStatus
from tests.qgis.submission.conftest import CONTACT
from tests.qgis.submission.servers import COLLECTION, FaultProxy


@pytest.fixture()
def package(run_algorithm, profile, candidates_layer, reports, tmp_path):
    output = tmp_path / "aanmelding.zip"
    run_algorithm(
        "ralzuid:submissionpackage",
        {"INPUT": candidates_layer, **CONTACT, "REPORT_FOLDER": str(reports), "OUTPUT": str(output)},
    )
    return output


def stored_documents(server) -> list[dict]:
    """Every document in the TinyDB file itself (a duplicate would be a second document with the same id)."""
    return list(json.loads(server.data.read_text())["_default"].values())


def test_submit_then_review_round_trip(run_algorithm, server, package, candidates_layer, profile):
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    result = run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})
    assert (result["RECEIVED"], result["PENDING"]) == (3, 0)
    documents = stored_documents(server)
    assert sorted(d["id"] for d in documents) == ["GM0772-EHV-001", "GM0772-EHV-002", "GM0772-EHV-003"]
    first = next(d for d in documents if d["id"] == "GM0772-EHV-001")
    assert first["properties"]["vermogen_kw"] == 300.0
    assert first["properties"]["criteria"]["afstand_snelweg"]["status"] == "voldoet"
    assert first["properties"]["submission_id"] == result["SUBMISSION_ID"]
    assert [i.state for i in open_outbox().items()] == ["received"] * 3

    # sending the same package again changes nothing on the server
    again = run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})
    assert again["PENDING"] == 0
    assert len(stored_documents(server)) == 3

    # the expertisecentrum reviews two candidates (PUT on the server)
    assert server.review("GM0772-EHV-001", "akkoord", "Past in het regionale plan") == 204
    assert server.review("GM0772-EHV-003", "afgewezen", "Te ver van de snelweg") == 204
    reviewed = run_algorithm(
        "ralzuid:reviewstatus", {"INPUT": candidates_layer, "GEMEENTECODE": "GM0772", "OUTPUT": "memory:"}
    )
    layer = reviewed["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer)
    statuses = {f["kandidaat_id"]: (f["review_status"], f["review_opmerking"]) for f in layer.getFeatures()}
    assert statuses == {
        "EHV-001": ("akkoord", "Past in het regionale plan"),
        "EHV-002": ("ontvangen", ""),
        "EHV-003": ("afgewezen", "Te ver van de snelweg"),
    }
    assert {i.kandidaat_id: (i.state, i.review_status) for i in open_outbox().items()} == {
        "EHV-001": ("reviewed", "akkoord"),
        "EHV-002": ("received", "ontvangen"),
        "EHV-003": ("reviewed", "afgewezen"),
    }

    # the dialog's button writes the statuses onto the analyst's own layer
    count = apply_review_statuses(
        candidates_layer, "GM0772", [ReviewStatus("GM0772-EHV-001", "akkoord", "Past in het regionale plan")]
    )
    assert count == 1
    values = {f["kandidaat_id"]: f["review_status"] for f in candidates_layer.getFeatures()}
    assert values["EHV-001"] == "akkoord" and not values["EHV-002"]


def test_missing_service_url_keeps_the_submission_in_the_outbox(run_algorithm, package, profile):
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 1})
    assert "No service URL is set" in str(raised.value)
    items = open_outbox().items()
    assert [i.state for i in items] == ["queued"] * 3
    assert all("No service URL is set" in i.last_error for i in items)


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("401", "refused the credentials (HTTP 401)"),
        ("403", "does not allow this account to submit (HTTP 403)"),
    ],
)
def test_refused_access_stops_and_keeps_the_reason(run_algorithm, server, package, profile, fault, expected):
    proxy = FaultProxy(server.port)
    proxy.mode = fault
    try:
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "SERVICE_URL": proxy.url, "MAX_WAIT": 1})
    finally:
        proxy.stop()
    assert expected in str(raised.value)
    assert "stays in the outbox" in str(raised.value)
    items = open_outbox().items()
    assert [i.state for i in items] == ["queued"] * 3
    assert expected in items[0].last_error
    assert stored_documents(server) == []


def test_a_validation_answer_names_the_candidate_and_the_others_go_through(run_algorithm, server, package, profile):
    proxy = FaultProxy(server.port)
    answers = iter(["422"])
    proxy._choose = lambda: next(answers, "ok")  # the first request (EHV-001) is rejected, the rest passes
    try:
        result = run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "SERVICE_URL": proxy.url, "MAX_WAIT": 2})
    finally:
        proxy.stop()
    assert (result["RECEIVED"], result["PENDING"]) == (2, 1)
    rejected = next(i for i in open_outbox().items() if i.kandidaat_id == "EHV-001")
    assert rejected.state == "queued"
    assert rejected.last_error == "The service rejected the candidate (HTTP 422): injected fault 422"
    assert sorted(d["id"] for d in stored_documents(server)) == ["GM0772-EHV-002", "GM0772-EHV-003"]


def test_review_status_needs_a_kandidaat_id_field(run_algorithm, profile, server, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "zonder id", "memory")
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm(
            "ralzuid:reviewstatus",
            {"INPUT": layer, "GEMEENTECODE": "GM0772", "SERVICE_URL": server.url, "OUTPUT": "memory:"},
        )
    assert "column 'kandidaat_id': the layer has no field 'kandidaat_id'" in str(raised.value)
