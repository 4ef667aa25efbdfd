"""Issue 11 against the real pygeoapi (TinyDB) on loopback: versions, tampered packages, review output."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import json
import threading

import geopandas as gpd
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.package import build_package
from tests.core.submission.test_integrity import rewrite_package
from tests.qgis.submission.conftest import CONTACT, DATA
from tests.qgis.submission.servers import COLLECTION, FaultProxy, free_port

EINDHOVEN = ContactDetails("GM0772", "Eindhoven", "J. Jansen", "j.jansen@eindhoven.example.nl")


def package_at(tmp_path, created: dt.datetime, vermogen: float):
    frame = gpd.read_file(DATA / "kandidaten_gescreend.geojson")
    frame["vermogen_kw"] = vermogen
    name = "aanmelding-{}.zip".format(created.strftime("%Y%m%d"))
    return build_package(frame, EINDHOVEN, tmp_path / name, plugin_version="test", created=created)


class Recording(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)


def stored(server) -> dict[str, dict]:
    return {d["id"]: d["properties"] for d in json.loads(server.data.read_text())["_default"].values()}


def test_an_older_package_sent_after_a_newer_one_never_overwrites_it(run_algorithm, server, profile, tmp_path):
    old = package_at(tmp_path, dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc), 150.0)
    new = package_at(tmp_path, dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.timezone.utc), 300.0)
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    assert run_algorithm("ralzuid:submit", {"PACKAGE": str(new.path), "MAX_WAIT": 5})["RECEIVED"] == 3
    assert server.review("GM0772-EHV-001", "akkoord", "Past in het plan") == 204
    feedback = Recording()
    result = run_algorithm("ralzuid:submit", {"PACKAGE": str(old.path), "MAX_WAIT": 5}, feedback)
    # the newer submission is in this outbox too, so the old one is superseded before it is even sent
    assert f"Candidate EHV-002: not sent, because {new.submission_id} holds a newer version." in feedback.warnings
    assert (result["RECEIVED"], result["SUPERSEDED"], result["PENDING"]) == (0, 3, 0)
    documents = stored(server)
    assert len(documents) == 3
    assert {p["submission_id"] for p in documents.values()} == {new.submission_id}
    assert {p["vermogen_kw"] for p in documents.values()} == {300.0}
    assert documents["GM0772-EHV-001"]["review_status"] == "akkoord"  # the review was not reset
    states = {(i.submission_id, i.state) for i in open_outbox().items()}
    assert states == {(new.submission_id, "received"), (old.submission_id, "superseded")}


def test_a_tampered_package_is_refused_before_anything_is_sent(run_algorithm, server, profile, tmp_path):
    package = package_at(tmp_path, dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.timezone.utc), 300.0)
    rewrite_package(package.path, lambda d: d["candidates"][0].update(kandidaat_id="../../etc/x", vermogen_kw=-1))
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submit", {"PACKAGE": str(package.path), "SERVICE_URL": server.url, "MAX_WAIT": 2})
    message = str(raised.value)
    assert message.startswith(f"The package {package.path.name} was not sent. The submission is not valid (2 problems)")
    assert "Unexpected error" not in message
    assert stored(server) == {} and open_outbox().items() == []


class OddReviewServer:
    """A 'review server' whose answers are JSON of the wrong shape, or no JSON at all."""

    def __init__(self, body: bytes) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/geo+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "body", [b'{"type": "Feature", "id": "x", "properties": ["akkoord"]}', b'{"type": "Feature", "propert']
)
def test_review_status_keeps_the_old_output_and_explains_a_broken_answer(
    run_algorithm, server, profile, candidates_layer, tmp_path, body
):
    package = tmp_path / "aanmelding.zip"
    run_algorithm("ralzuid:submissionpackage", {"INPUT": candidates_layer, **CONTACT, "OUTPUT": str(package)})
    run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "SERVICE_URL": server.url, "MAX_WAIT": 5})
    output = tmp_path / "beoordeling.gpkg"
    parameters = {"INPUT": candidates_layer, "GEMEENTECODE": "GM0772", "OUTPUT": str(output)}
    run_algorithm("ralzuid:reviewstatus", {**parameters, "SERVICE_URL": server.url})
    good = sha256(output)

    odd = OddReviewServer(body)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm("ralzuid:reviewstatus", {**parameters, "SERVICE_URL": odd.url})
    finally:
        odd.stop()
    message = str(raised.value)
    assert message.startswith(f"Candidate EHV-001: The service answered {odd.url}/collections/{COLLECTION}/items/")
    assert message.endswith("No output was written.")
    assert sha256(output) == good  # the good GeoPackage of the first run is untouched

    # one failing item among good ones (the second GET answers 422): still the old file
    proxy = FaultProxy(server.port)
    answers = iter(["ok", "422"])
    proxy._choose = lambda: next(answers, "ok")
    try:
        with pytest.raises(QgsProcessingException) as failing:
            run_algorithm("ralzuid:reviewstatus", {**parameters, "SERVICE_URL": proxy.url})
    finally:
        proxy.stop()
    assert str(failing.value).startswith("Candidate EHV-002: The service rejected the candidate (HTTP 422)")
    assert sha256(output) == good
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_geojson_in_rd_without_crs_says_the_crs_is_missing(run_algorithm, profile, tmp_path):
    source = json.loads((DATA / "kandidaten_gescreend.geojson").read_text())
    source.pop("crs")  # RD New coordinates (x 154200, y 384100), but no "crs": WGS 84 by definition
    path = tmp_path / "zonder_crs.geojson"
    path.write_text(json.dumps(source))
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submissionpackage", {"INPUT": str(path), **CONTACT, "OUTPUT": str(tmp_path / "a.zip")})
    message = str(raised.value)
    assert "are not degrees, but the layer's CRS is EPSG:4326" in message
    assert "probably EPSG:28992" in message and "outside the Netherlands" not in message
    assert not (tmp_path / "a.zip").exists()
