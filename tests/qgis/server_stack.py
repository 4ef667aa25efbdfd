"""The PostgreSQL/PostGIS-backed submission server as pytest fixtures, for every QGIS test that needs it.

``server_stack`` (session): PostgreSQL + PostGIS in a temporary cluster, the schema and roles, pygeoapi with the
PostgreSQL provider behind the gateway (``ral_zuid_server``), with accounts for the 20 gemeenten of
:data:`GEMEENTEN` and one reviewer. ``postgis_server`` (per test): the same stack with an empty table.
``gemeente_authcfg(code)`` / ``reviewer_authcfg()``: Basic-auth configurations in the QGIS authentication
database holding those accounts, for the plugin's own client (``ServiceSettings(url, "aanmeldingen", authcfg)``).

Registered in tests/qgis/conftest.py; never skipped: a missing PostgreSQL or pygeoapi venv is an error
(``make deps``, ``make pygeoapi-venv``).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from ral_zuid_server.stack import ServerStack, basic_header

# 20 gemeenten of Noord-Brabant and Limburg (CBS codes as in the plugin's bundled region)
GEMEENTEN = [
    "GM0748", "GM0758", "GM0772", "GM0777", "GM0794", "GM0796", "GM0826", "GM0828", "GM0855", "GM0861",
    "GM0917", "GM0928", "GM0935", "GM0957", "GM0983", "GM0984", "GM0988", "GM1674", "GM1883", "GM1948",
]  # fmt: skip


@pytest.fixture(scope="session")
def server_stack():
    stack = ServerStack(GEMEENTEN, log_level="ERROR").start()
    yield stack
    stack.stop()


@pytest.fixture()
def postgis_server(server_stack):
    """The stack with an empty ``aanmeldingen`` table."""
    server_stack.reset()
    return server_stack


_AUTHCFGS: dict[str, str] = {}


def _store_basic(name: str, user: str, password: str) -> str:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    if name in _AUTHCFGS:
        return _AUTHCFGS[name]
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("pytest-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    _AUTHCFGS[name] = config.id()
    return config.id()


def gemeente_authcfg(stack: ServerStack, gemeentecode: str) -> str:
    """The id of a QGIS Basic-auth configuration with the gemeente's account (made once per session)."""
    return _store_basic(f"ralzuid-{gemeentecode}-{stack.port}", *stack.credentials(gemeentecode))


def reviewer_authcfg(stack: ServerStack) -> str:
    return _store_basic(f"ralzuid-beoordelaar-{stack.port}", *stack.reviewer)


def http(
    stack: ServerStack, method: str, path: str, body: Any = None, auth: tuple[str, str] | str | None = None
) -> tuple[int, dict[str, str], Any]:
    """One request to the stack: ``auth`` is (user, password) for Basic, a string for Bearer, None for anonymous.
    Returns (status, headers, parsed JSON body or None)."""
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/geo+json"
    if isinstance(auth, tuple):
        headers["Authorization"] = basic_header(*auth)
    elif isinstance(auth, str):
        headers["Authorization"] = "Bearer " + auth
    request = urllib.request.Request(stack.url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer_headers, payload = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, payload = error.code, dict(error.headers), error.read()
    try:
        parsed = json.loads(payload) if payload else None
    except ValueError:
        parsed = payload.decode(errors="replace")
    return status, answer_headers, parsed
