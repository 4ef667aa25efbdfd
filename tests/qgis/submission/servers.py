"""Real servers on loopback for the submission tests: pygeoapi with TinyDB (``ral_zuid_server.tinydb``), a fault
proxy and tinyproxy."""

from __future__ import annotations

import contextlib
import http.client
import json
import random
import shutil
import socket
import socketserver
import struct
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from ral_zuid_server.processes import end_process

# the TinyDB server moved to ral_zuid_server (make demo uses it too); the tests import it from here as before
from ral_zuid_server.tinydb import (  # noqa: F401
    COLLECTION,
    PYGEOAPI_VENV,
    PygeoapiServer,
    free_port,
    wait_for,
)


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
        end_process(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)
