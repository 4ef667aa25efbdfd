"""Credentials stay in the QGIS authentication database; an untrusted certificate is a clear error."""

from __future__ import annotations

import base64
import http.server
import re
import ssl
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProcessingException, QgsSettings

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, open_outbox, save_service_settings
from tests.qgis.submission.conftest import CONTACT
from tests.qgis.submission.servers import COLLECTION, FaultProxy, free_port

CARD_ID = re.compile(r"\b[A-Z]{2}-?[A-Z0-9]{3}-?C[A-Z0-9]{8}(?:-?[A-Z0-9])?\b")  # eMI3 contract id
USERNAME = "ehv-indiener-7731"
PASSWORD = "Geheim-Wachtwoord-9f3K2"


@pytest.fixture()
def basic_authcfg():
    """A Basic-auth configuration in the (temporary, pytest-qgis) QGIS authentication database."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("pytest-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("expertisecentrum-test")
    config.setConfig("username", USERNAME)
    config.setConfig("password", PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


@pytest.fixture()
def message_log():
    """Everything written to the QGIS message log during the test."""
    lines: list[str] = []

    def collect(message, tag, level):
        lines.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def test_credentials_are_sent_but_never_stored_or_logged(
    run_algorithm, server, profile, candidates_layer, reports, tmp_path, basic_authcfg, message_log
):
    proxy = FaultProxy(server.port)
    package = tmp_path / "aanmelding.zip"
    try:
        run_algorithm(
            "ralzuid:submissionpackage",
            {"INPUT": candidates_layer, **CONTACT, "REPORT_FOLDER": str(reports), "OUTPUT": str(package)},
        )
        save_service_settings(ServiceSettings(proxy.url, COLLECTION, basic_authcfg, 5.0))
        result = run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 5})
    finally:
        proxy.stop()
    assert result["RECEIVED"] == 3
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    # the service did receive the credentials, through the QGIS authentication configuration
    assert any(f"Authorization: Basic {token}".encode() in head for head in proxy.requests)

    secrets = [PASSWORD, token, USERNAME]
    haystacks = {"message log": "\n".join(message_log).encode()}
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            haystacks["package " + name] = archive.read(name)
    for path in profile.rglob("*"):
        if path.is_file():
            haystacks["profile " + path.name] = path.read_bytes()
    settings_file = QgsSettings().fileName()
    haystacks["settings " + settings_file] = Path(settings_file).read_bytes()
    documents = server.data.read_bytes()
    haystacks["server"] = documents
    for where, data in haystacks.items():
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} found in {where}"
        assert CARD_ID.search(data.decode("utf-8", "replace")) is None, f"a charge card id in {where}"
    assert basic_authcfg.encode() in haystacks["settings " + settings_file]  # only the id of the configuration


@pytest.fixture(scope="module")
def self_signed_server(tmp_path_factory):
    """An HTTPS server on loopback whose certificate nobody trusts."""
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(201)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_an_untrusted_certificate_is_a_clear_error_and_the_submission_waits(
    run_algorithm, profile, candidates_layer, tmp_path, self_signed_server
):
    package = tmp_path / "aanmelding.zip"
    run_algorithm("ralzuid:submissionpackage", {"INPUT": candidates_layer, **CONTACT, "OUTPUT": str(package)})
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "SERVICE_URL": self_signed_server, "MAX_WAIT": 2})
    assert "is not trusted" in str(raised.value)
    assert "stays in the outbox" in str(raised.value)
    items = open_outbox().items()
    assert [i.state for i in items] == ["queued"] * 3
    assert "is not trusted" in items[0].last_error


class RedirectingServer:
    """An HTTP server on loopback that answers every request with 307 to ``target`` and records the requests."""

    def __init__(self, target: str) -> None:
        self.requests: list[tuple[str, str, str | None]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _redirect(self):
                outer.requests.append((self.command, self.path, self.headers.get("Authorization")))
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(307)
                self.send_header("Location", target + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PUT = _redirect  # noqa: N815

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_credentials_never_follow_a_redirect_to_another_origin(
    run_algorithm, server, profile, candidates_layer, tmp_path, basic_authcfg
):
    """Issue 11 point 3: a 307 from one port to another re-POSTed with the Authorization header."""
    other_origin = FaultProxy(server.port)  # records every request that reaches the other port
    redirecting = RedirectingServer(other_origin.url)
    package = tmp_path / "aanmelding.zip"
    try:
        run_algorithm("ralzuid:submissionpackage", {"INPUT": candidates_layer, **CONTACT, "OUTPUT": str(package)})
        save_service_settings(ServiceSettings(redirecting.url, COLLECTION, basic_authcfg, 5.0))
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm("ralzuid:submit", {"PACKAGE": str(package), "MAX_WAIT": 2})
    finally:
        redirecting.stop()
        other_origin.stop()
    assert f"redirected the request to another address ({other_origin.url})" in str(raised.value)
    assert "stays in the outbox" in str(raised.value)
    token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    # the configured service got the credentials (its own origin); the other origin got nothing at all
    assert redirecting.requests == [("POST", f"/collections/{COLLECTION}/items", f"Basic {token}")]
    assert other_origin.requests == []
    assert [i.state for i in open_outbox().items()] == ["queued"] * 3
