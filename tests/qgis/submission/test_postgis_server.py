"""The plugin's own submit and review-status path, and the expertisecentrum's reviewinbox and reviewdecision,
against the PostgreSQL/PostGIS server (``server_stack``), with each account in a QGIS authentication
configuration."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from tests.qgis.server_stack import gemeente_authcfg, http, reviewer_authcfg
from tests.qgis.submission.conftest import CONTACT

ITEMS = "/collections/aanmeldingen/items"


def _layer(value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


@pytest.fixture()
def package(run_algorithm, profile, candidates_layer, reports, tmp_path):
    output = tmp_path / "aanmelding.zip"
    run_algorithm(
        "ralzuid:submissionpackage",
        {"INPUT": candidates_layer, **CONTACT, "REPORT_FOLDER": str(reports), "OUTPUT": str(output)},
    )
    return output


def review(stack, feature_id: str, status: str, remark: str) -> int:
    """What the expertisecentrum's reviewer does: read the item, PUT it back with the review fields; a decision
    goes through 'in behandeling' first (the server refuses a jump), dated today (UTC; submitted today, and the
    server refuses a date before the submission). Returns the status of the last PUT."""
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    answer = 0
    for step, text in ((("in behandeling", ""),) if status != "in behandeling" else ()) + ((status, remark),):
        _, _, item = http(stack, "GET", f"{ITEMS}/{feature_id}?f=json", auth=stack.reviewer)
        item.pop("links", None)
        item["properties"].update(
            review_status=step, review_opmerking=text, review_beoordelaar="R. de Vries", review_datum=today
        )
        answer = http(stack, "PUT", f"{ITEMS}/{feature_id}", item, stack.reviewer)[0]
        if answer != 204:
            return answer
    return answer


def test_submit_and_review_status_on_postgis_with_credentials(
    run_algorithm, postgis_server, package, candidates_layer, profile
):
    stack = postgis_server
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", gemeente_authcfg(stack, "GM0772"), 10.0))
    result = run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 10})
    assert (result["RECEIVED"], result["PENDING"]) == (3, 0)
    # the fixture's three candidates, stored as PostGIS rows with the values of kandidaten_gescreend.geojson
    rows = stack.cluster.query(
        "SELECT id, gemeentecode, vermogen_kw, criteria->'afstand_snelweg'->>'status', submission_id, review_status, "
        "ST_X(geom)::numeric(10,7), ST_Y(geom)::numeric(10,7) FROM aanmeldingen ORDER BY id"
    )
    assert [r[0] for r in rows] == ["GM0772-EHV-001", "GM0772-EHV-002", "GM0772-EHV-003"]
    assert rows[0][1:6] == ["GM0772", "300", "voldoet", result["SUBMISSION_ID"], "ontvangen"]
    assert rows[0][6:] == ["5.3756933", "51.4459904"]  # P+R Meerhoven, as in docs/submission-protocol.md
    # sending it again changes nothing
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 10})["PENDING"] == 0
    assert stack.cluster.query("SELECT count(*) FROM aanmeldingen") == [["3"]]

    assert review(stack, "GM0772-EHV-001", "akkoord", "Past in het regionale plan") == 204
    assert review(stack, "GM0772-EHV-003", "afgewezen", "Te ver van de snelweg") == 204
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


def test_another_gemeentes_credentials_are_refused_and_the_submission_waits(
    run_algorithm, postgis_server, package, profile
):
    """Eindhoven's package sent with Tilburg's account: 403, nothing stored, everything stays in the outbox."""
    stack = postgis_server
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", gemeente_authcfg(stack, "GM0855"), 10.0))
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 2})
    assert "does not allow this account to submit (HTTP 403)" in str(raised.value)
    assert [i.state for i in open_outbox().items()] == ["queued"] * 3
    # the reviewer's account cannot submit either
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", reviewer_authcfg(stack), 10.0))
    with pytest.raises(QgsProcessingException):
        run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 2})
    assert stack.cluster.query("SELECT count(*) FROM aanmeldingen") == [["0"]]


def test_no_password_or_token_is_logged_or_stored(run_algorithm, postgis_server, package, profile):
    stack = postgis_server
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", gemeente_authcfg(stack, "GM0772"), 10.0))
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 10})["PENDING"] == 0
    assert http(stack, "GET", f"{ITEMS}/GM0772-EHV-001?f=json", auth=stack.token("GM0772"))[0] == 200
    assert http(stack, "GET", f"{ITEMS}/GM0772-EHV-001?f=json", auth=("gm0772", "a-wrong-password"))[0] == 401
    user, password = stack.credentials("GM0772")
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    haystacks = {
        "server log": stack.log(),
        "postgresql log": stack.cluster.log_path.read_text(errors="replace"),
        "outbox": (profile / "ral_zuid" / "outbox.sqlite").read_bytes().decode("latin-1"),
    }
    assert "gm0772 POST /collections/aanmeldingen/items 201" in haystacks["server log"]  # the gateway logs users
    for name, text in haystacks.items():
        for secret in [*stack.all_secrets(), basic, "a-wrong-password"]:
            assert secret not in text, name


def test_full_round_trip_gemeente_server_reviewer_gemeente_on_postgis(
    run_algorithm, postgis_server, package, candidates_layer, profile
):
    """Eindhoven submits with its account; the reviewer (own account) reads the inbox, takes EHV-001 into review
    and approves it; Eindhoven's reviewstatus shows the decision and the motivation; PostGIS holds the review
    fields and the gemeente's data unchanged."""
    stack = postgis_server
    reviewer = {"AUTHCFG": reviewer_authcfg(stack), "OUTPUT": "memory:"}
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", gemeente_authcfg(stack, "GM0772"), 10.0))
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 10})["RECEIVED"] == 3

    inbox = _layer(run_algorithm("ralzuid:reviewinbox", reviewer)["OUTPUT"])
    assert sorted(f["feature_id"] for f in inbox.getFeatures()) == [
        "GM0772-EHV-001",
        "GM0772-EHV-002",
        "GM0772-EHV-003",
    ]
    only_001 = inbox.materialize(QgsFeatureRequest().setFilterExpression("\"feature_id\" = 'GM0772-EHV-001'"))
    # the decision date is today (local): the candidates were submitted today, and a decision may not be dated
    # before its submission nor after today
    today = dt.date.today().isoformat()
    common = {"REVIEWER": "A. de Vries", "DATE": today, **reviewer}
    run_algorithm("ralzuid:reviewdecision", {"INPUT": only_001, "STATUS": 0, **common})  # in behandeling
    inbox = _layer(run_algorithm("ralzuid:reviewinbox", {"STATUSES": [1], **reviewer})["OUTPUT"])
    motivation = "Past in het regionale plan; netaansluiting aanvragen bij Enexis"
    decided = run_algorithm("ralzuid:reviewdecision", {"INPUT": inbox, "STATUS": 1, "MOTIVATION": motivation, **common})
    assert [f["besluit"] for f in _layer(decided["OUTPUT"]).getFeatures()] == ["akkoord"]
    row = stack.cluster.query(
        "SELECT review_status, review_opmerking, review_beoordelaar, review_datum, vermogen_kw FROM aanmeldingen "
        "WHERE id = 'GM0772-EHV-001'"
    )
    assert row == [["akkoord", motivation, "A. de Vries", today, "300"]]

    status = _layer(
        run_algorithm(
            "ralzuid:reviewstatus", {"INPUT": candidates_layer, "GEMEENTECODE": "GM0772", "OUTPUT": "memory:"}
        )["OUTPUT"]
    )
    seen = {f["kandidaat_id"]: (f["review_status"], f["review_opmerking"]) for f in status.getFeatures()}
    assert seen == {"EHV-001": ("akkoord", motivation), "EHV-002": ("ontvangen", ""), "EHV-003": ("ontvangen", "")}


def test_location_type_and_a_confirmed_cross_border_site_reach_the_reviewer_on_postgis(
    run_algorithm, postgis_server, profile, reports, tmp_path
):
    """Schema 1.1 end to end: the gemeente's locatietype and its confirmation of a cross-border site are stored in
    PostGIS (schema 1.2 columns) and the reviewer's inbox shows them. EHV-002 is moved to RD (156000, 382000),
    which lies in Veldhoven (GM0861) by the bundled CBS 2023 boundaries, and confirmed with CROSS_BORDER; the inbox
    reports it as a confirmed cross-border site ('Veldhoven (GM0861)'), not as 'outside its gemeente'."""
    import json

    from tests.qgis.submission.conftest import DATA

    stack = postgis_server
    data = json.loads((DATA / "kandidaten_gescreend.geojson").read_text(encoding="utf-8"))
    data["features"][0]["properties"]["locatietype"] = "Hub"
    data["features"][1]["properties"]["locatietype"] = "bedrijventerrein"
    data["features"][1]["geometry"]["coordinates"] = [156000.0, 382000.0]
    source = tmp_path / "kandidaten.geojson"
    source.write_text(json.dumps(data), encoding="utf-8")
    package = tmp_path / "aanmelding.zip"
    run_algorithm(
        "ralzuid:submissionpackage",
        {"INPUT": str(source), **CONTACT, "REPORT_FOLDER": str(reports), "CROSS_BORDER": True, "OUTPUT": str(package)},
    )
    save_service_settings(ServiceSettings(stack.url, "aanmeldingen", gemeente_authcfg(stack, "GM0772"), 10.0))
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 10})["RECEIVED"] == 3
    rows = stack.cluster.query(
        "SELECT id, coalesce(locatietype, '-'), coalesce(grensoverschrijdend, '-') FROM aanmeldingen ORDER BY id"
    )
    assert rows == [
        ["GM0772-EHV-001", "hub", "-"],
        ["GM0772-EHV-002", "bedrijventerrein", "Veldhoven (GM0861)"],
        ["GM0772-EHV-003", "-", "-"],
    ]
    inbox = _layer(
        run_algorithm("ralzuid:reviewinbox", {"AUTHCFG": reviewer_authcfg(stack), "OUTPUT": "memory:"})["OUTPUT"]
    )
    seen = {
        f["kandidaat_id"]: (f["locatietype"], f["ligt_in"], f["buiten_gemeente"], f["grensoverschrijdend"])
        for f in inbox.getFeatures()
    }
    assert seen == {
        "EHV-001": ("hub", "Eindhoven (GM0772)", False, ""),
        "EHV-002": ("bedrijventerrein", "Veldhoven (GM0861)", False, "Veldhoven (GM0861)"),
        "EHV-003": ("", "Eindhoven (GM0772)", False, ""),
    }
