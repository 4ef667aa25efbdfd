"""The small HTTP interface the submission client needs; the QGIS network stack implements it in adapters.

Keeping HTTP behind this interface lets the core be tested without QGIS, and lets the plugin use QGIS's proxy,
certificate and authentication settings (``adapters/network.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Protocol

# Why a request failed without an HTTP answer.
CONNECTION = "connection"
TIMEOUT = "timeout"
TLS = "tls"
OTHER = "other"


@dataclass
class HttpResponse:
    """An HTTP answer (any status; HTTP errors are answers, not exceptions)."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class TransportError(Exception):
    """No HTTP answer at all: refused, timed out, TLS failure, connection dropped."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class Transport(Protocol):
    def request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> HttpResponse:
        """Send one request and return the answer; raise :class:`TransportError` when there is none."""
