"""Real servers on loopback for the submission tests: pygeoapi (own venv), a fault proxy and tinyproxy.

pygeoapi runs from ``.venv-pygeoapi`` (``make pygeoapi-venv``): it pulls numpy 2 and must stay out of the
QGIS interpreter.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import shutil
import socket
import socketserver
import struct
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PYGEOAPI_VENV = ROOT / ".venv-pygeoapi"
COLLECTION = "aanmeldingen"

_CONFIG = """
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: nl-NL
  limits: {{default_items: 500, max_items: 1000}}
  map: {{url: 'https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png', attribution: 'OpenStreetMap'}}
  admin: false
logging:
  level: ERROR
metadata:
  identification:
    title: RAL Zuid aanmeldingen (test)
    description: Aanmeldingen van snellaadlocaties
    keywords: [laadinfrastructuur]
    keywords_type: theme
    terms_of_service: https://creativecommons.org/licenses/by/4.0/
    url: https://example.org
  license: {{name: CC-BY 4.0, url: 'https://creativecommons.org/licenses/by/4.0/'}}
  provider: {{name: Expertisecentrum (test), url: 'https://example.org'}}
  contact: {{name: test, position: test, address: test, city: Eindhoven, stateorprovince: Noord-Brabant,
             postalcode: 5611 AA, country: NL, phone: '+31 40 000 0000', fax: '+31 40 000 0000',
             email: test@example.org, url: 'https://example.org', hours: 9-17, instructions: none,
             role: pointOfContact}}
resources:
  {collection}:
    type: collection
    title: Aanmeldingen snellaadlocaties
    description: Kandidaat-snellaadlocaties aangemeld door gemeenten
    keywords: [snellaadlocatie]
    extents:
      spatial: {{bbox: [3.2, 50.7, 7.3, 53.6], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - type: feature
        name: TinyDB
        editable: true
        data: {data}
        id_field: id
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


class PygeoapiServer:
    """pygeoapi with the TinyDB provider on a free loopback port."""

    def __init__(self, folder: Path, threaded: bool = True) -> None:
        """``threaded=False`` serialises requests: TinyDB is not safe for concurrent writers (two clients
        writing at once corrupt its JSON file), so a test with several clients at once uses that."""
        python = PYGEOAPI_VENV / "bin" / "python"
        if not python.exists():
            raise RuntimeError("pygeoapi venv missing: run `make pygeoapi-venv`")
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data = folder / "aanmeldingen.tinydb.json"
        self.data.write_text('{"_default": {}}')
        config = folder / "pygeoapi-config.yml"
        config.write_text(_CONFIG.format(port=self.port, collection=COLLECTION, data=self.data))
        openapi = folder / "pygeoapi-openapi.yml"
        env = dict(os.environ, PYGEOAPI_CONFIG=str(config), PYGEOAPI_OPENAPI=str(openapi))
        env.pop("PYTHONPATH", None)
        subprocess.run(
            [
                str(PYGEOAPI_VENV / "bin" / "pygeoapi"),
                "openapi",
                "generate",
                str(config),
                "--output-file",
                str(openapi),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        self.log = open(folder / "pygeoapi.log", "wb")  # noqa: SIM115 (closed in stop)
        runner = "from pygeoapi.flask_app import APP; APP.run(host='127.0.0.1', port={}, threaded={})"
        self.process = subprocess.Popen(
            [str(python), "-c", runner.format(self.port, threaded)], env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        wait_for(self.url + "/collections?f=json")

    def items(self) -> list[dict]:
        url = f"{self.url}/collections/{COLLECTION}/items?f=json&limit=1000"
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())["features"]

    def item(self, feature_id: str) -> dict:
        with urllib.request.urlopen(f"{self.url}/collections/{COLLECTION}/items/{feature_id}?f=json") as response:
            return json.loads(response.read())

    def review(self, feature_id: str, status: str, remark: str) -> int:
        """What the expertisecentrum does: PUT the item back with a review status and remark."""
        feature = self.item(feature_id)
        feature.pop("links", None)
        feature["properties"].update(review_status=status, review_opmerking=remark)
        request = urllib.request.Request(
            f"{self.url}/collections/{COLLECTION}/items/{feature_id}",
            data=json.dumps(feature).encode(),
            method="PUT",
            headers={"Content-Type": "application/geo+json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
        self.log.close()


def _read_request(connection: socket.socket) -> tuple[bytes, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head, body


class FaultProxy:
    """A reverse proxy on loopback in front of ``upstream`` that injects faults.

    ``mode`` is a fixed fault or ``"random"`` (then ``weights`` decides). Faults: ``ok`` (forward), ``reset``
    (close the connection at once), ``500`` / ``503`` (answer without forwarding), ``stall`` (never answer, past
    the client's timeout), ``drop`` (forward so the server stores it, then close without a reply), plus HTTP
    answers like ``401``, ``403`` and ``422``. ``pause()`` closes the listening socket (connection refused).
    """

    def __init__(self, upstream_port: int, seed: int = 1, stall_seconds: float = 1.0) -> None:
        self.upstream_port = upstream_port
        self.mode = "ok"
        self.weights: dict[str, float] = {"ok": 1.0}
        self.random = random.Random(seed)
        self.stall_seconds = stall_seconds
        self.counts: dict[str, int] = {}
        self.requests: list[bytes] = []  # request heads as received (to check what the client sent)
        self.lock = threading.Lock()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: socketserver.ThreadingTCPServer | None = None
        self.resume()

    def _choose(self) -> str:
        with self.lock:
            if self.mode != "random":
                fault = self.mode
            else:
                names = list(self.weights)
                fault = self.random.choices(names, [self.weights[n] for n in names])[0]
            self.counts[fault] = self.counts.get(fault, 0) + 1
            return fault

    def _handle(self, connection: socket.socket) -> None:
        fault = self._choose()
        if fault == "reset":
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        request = _read_request(connection)
        if request is None:
            return
        head, body = request
        with self.lock:
            self.requests.append(head)
        if fault == "stall":
            time.sleep(self.stall_seconds)
            return
        if fault.isdigit():
            text = json.dumps({"code": fault, "description": "injected fault " + fault}).encode()
            connection.sendall(
                b"HTTP/1.1 %s Fault\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                b"Connection: close\r\n\r\n%s" % (fault.encode(), len(text), text)
            )
            return
        method, path = head.split(b"\r\n")[0].split(b" ")[:2]
        headers = {}
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() not in ("host", "connection", "content-length", "accept-encoding"):
                headers[name] = value.strip()
        upstream = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        upstream.request(method.decode(), path.decode(), body=body or None, headers=headers)
        response = upstream.getresponse()
        payload = response.read()
        upstream.close()
        if fault == "drop":
            return
        status_line = b"HTTP/1.1 %d %s\r\n" % (response.status, response.reason.encode("latin-1"))
        header_lines = b"".join(
            b"%s: %s\r\n" % (k.encode("latin-1"), v.encode("latin-1"))
            for k, v in response.getheaders()
            if k.lower() not in ("connection", "content-length", "transfer-encoding")
        )
        connection.sendall(
            status_line + header_lines + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(payload) + payload
        )

    def resume(self) -> None:
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with contextlib.suppress(OSError):
                    proxy._handle(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def pause(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def stop(self) -> None:
        self.pause()


class Tinyproxy:
    """Debian's tinyproxy as the user's HTTP proxy, logging every request it forwards."""

    def __init__(self) -> None:
        binary = shutil.which("tinyproxy")
        if binary is None:
            raise RuntimeError("tinyproxy missing: run `make deps` (scripts/install_deps.sh installs it)")
        # tinyproxy drops to user nobody, which must reach its log: a world-traversable folder under /tmp
        folder = Path(tempfile.mkdtemp(prefix="ralzuid-tinyproxy-"))
        folder.chmod(0o777)
        self.folder = folder
        self.port = free_port()
        self.log_path = folder / "tinyproxy.log"
        self.log_path.touch()
        self.log_path.chmod(0o666)
        config = folder / "tinyproxy.conf"
        config.write_text(
            'User nobody\nGroup nogroup\nPort {port}\nListen 127.0.0.1\nTimeout 30\nLogFile "{log}"\n'
            "LogLevel Info\nMaxClients 20\nAllow 127.0.0.1\nDisableViaHeader Yes\n".format(
                port=self.port, log=self.log_path
            )
        )
        self.process = subprocess.Popen(
            [binary, "-d", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.time() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if time.time() > deadline or self.process.poll() is not None:
                    raise RuntimeError("tinyproxy did not start; see " + str(self.log_path)) from None
                time.sleep(0.1)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
