"""The Expertisecentrum half against a real pygeoapi (TinyDB) on loopback, through the QGIS network stack:
gemeente submits -> reviewer reads the inbox -> decides -> the gemeente's reviewstatus shows the motivation.

The same round trip on the PostgreSQL/PostGIS stack, with an account per side:
test_postgis_server.py::test_full_round_trip_gemeente_server_reviewer_gemeente_on_postgis.
"""

from __future__ import annotations

import datetime as dt

import openpyxl  # reading only
import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, save_service_settings
from tests.qgis.submission.servers import COLLECTION, free_port
from tests.qgis.submission.test_submit_and_review import package  # noqa: F401 (fixture)


def _layer(value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def _rows(layer: QgsVectorLayer, *names: str) -> dict:
    return {f["feature_id"]: tuple(f[n] for n in names) for f in layer.getFeatures()}


def test_gemeente_to_reviewer_and_back(run_algorithm, server, package, candidates_layer, profile, tmp_path):  # noqa: F811
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})["RECEIVED"] == 3

    inbox = _layer(run_algorithm("ralzuid:reviewinbox", {"OUTPUT": "memory:"})["OUTPUT"])
    # the fixture's three Eindhoven candidates, screened with the test rule file snellaadregels_test.yaml 1.0
    # (not in the archive), all in Eindhoven (GM0772), so no 'outside its gemeente' conflict
    assert _rows(inbox, "review_status", "regels_herkend", "buiten_gemeente") == {
        "GM0772-EHV-001": ("ontvangen", "onbekend", False),
        "GM0772-EHV-002": ("ontvangen", "onbekend", False),
        "GM0772-EHV-003": ("ontvangen", "onbekend", False),
    }
    only_001 = inbox.materialize(QgsFeatureRequest().setFilterExpression("\"feature_id\" = 'GM0772-EHV-001'"))
    # dated today (local): submitted today, and a decision is never dated before its submission nor after today
    common = {"REVIEWER": "A. de Vries", "DATE": dt.date.today().isoformat(), "OUTPUT": "memory:"}
    first = _layer(run_algorithm("ralzuid:reviewdecision", {"INPUT": only_001, "STATUS": 0, **common})["OUTPUT"])
    assert [f["resultaat"] for f in first.getFeatures()] == ["geschreven" if _dutch() else "written"]

    # without a status filter the inbox holds every status
    everything = _layer(run_algorithm("ralzuid:reviewinbox", {"OUTPUT": "memory:"})["OUTPUT"])
    assert sorted(s for (s,) in _rows(everything, "review_status").values()) == [
        "in behandeling", "ontvangen", "ontvangen",
    ]  # fmt: skip
    # the reviewer reads the inbox again, filtered on 'in behandeling', and decides
    inbox = _layer(run_algorithm("ralzuid:reviewinbox", {"STATUSES": [1], "OUTPUT": "memory:"})["OUTPUT"])
    assert list(_rows(inbox, "review_status")) == ["GM0772-EHV-001"]  # status filter 'in behandeling'
    motivation = "Past in het regionale plan; netaansluiting aanvragen bij Enexis"
    decided = run_algorithm("ralzuid:reviewdecision", {"INPUT": inbox, "STATUS": 1, "MOTIVATION": motivation, **common})
    assert [f["besluit"] for f in _layer(decided["OUTPUT"]).getFeatures()] == ["akkoord"]
    stored = server.item("GM0772-EHV-001")["properties"]
    assert (stored["review_status"], stored["review_opmerking"], stored["review_beoordelaar"]) == (
        "akkoord", motivation, "A. de Vries",
    )  # fmt: skip
    assert stored["vermogen_kw"] == 300.0  # the gemeente's data kept

    # the gemeente's own algorithm shows the decision and the motivation
    status = _layer(
        run_algorithm(
            "ralzuid:reviewstatus", {"INPUT": candidates_layer, "GEMEENTECODE": "GM0772", "OUTPUT": "memory:"}
        )["OUTPUT"]
    )
    seen = {f["kandidaat_id"]: (f["review_status"], f["review_opmerking"]) for f in status.getFeatures()}
    assert seen["EHV-001"] == ("akkoord", motivation) and seen["EHV-002"] == ("ontvangen", "")

    # monthly report: all three submitted today, one decision dated today
    report = tmp_path / "rapport.xlsx"
    today = dt.datetime.now(dt.timezone.utc).date()
    run_algorithm("ralzuid:reviewreport", {"MONTH": today.strftime("%Y-%m"), "OUTPUT": str(report)})
    rows = list(openpyxl.load_workbook(report, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:3] == ("GM0772", "Eindhoven", 3)


def test_a_decision_waits_in_the_outbox_while_the_service_is_down(run_algorithm, server, package, profile):  # noqa: F811
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})
    inbox = _layer(run_algorithm("ralzuid:reviewinbox", {"GEMEENTEN": "GM0772", "OUTPUT": "memory:"})["OUTPUT"])
    down = "http://127.0.0.1:{}".format(free_port())
    common = {"INPUT": inbox, "STATUS": 0, "REVIEWER": "A. de Vries", "OUTPUT": "memory:"}
    waiting = _layer(run_algorithm("ralzuid:reviewdecision", {**common, "SERVICE_URL": down})["OUTPUT"])
    assert all(f["resultaat"].startswith(("waiting", "wacht")) for f in waiting.getFeatures())
    assert {d["review_status"] for d in (server.item(i)["properties"] for i in _rows(inbox, "feature_id"))} == {
        "ontvangen"
    }
    # the service is back: the next decision run sends the queued ones first (in order); deciding again on the
    # same candidates chains on the queued status ('in behandeling' -> 'aangehouden')
    again = run_algorithm("ralzuid:reviewdecision", {**common, "STATUS": 3, "MOTIVATION": "Wacht op netcapaciteit"})
    assert {f["resultaat"] for f in _layer(again["OUTPUT"]).getFeatures()} <= {"written", "geschreven"}
    assert server.item("GM0772-EHV-002")["properties"]["review_status"] == "aangehouden"


def test_a_transition_that_is_not_allowed_sends_nothing(run_algorithm, server, package, profile):  # noqa: F811
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})
    inbox = _layer(run_algorithm("ralzuid:reviewinbox", {"OUTPUT": "memory:"})["OUTPUT"])
    with pytest.raises(QgsProcessingException, match="ontvangen"):
        run_algorithm(
            "ralzuid:reviewdecision",
            {"INPUT": inbox, "STATUS": 1, "MOTIVATION": "ok", "REVIEWER": "A", "OUTPUT": "memory:"},
        )  # akkoord straight from ontvangen
    assert server.item("GM0772-EHV-001")["properties"]["review_status"] == "ontvangen"


def _dutch() -> bool:
    from ral_zuid_plugin.core.i18n import language

    return language() == "nl"
