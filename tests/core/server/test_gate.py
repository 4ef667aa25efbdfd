"""The submission server's gateway on its own (no pygeoapi, no database): accounts and routing.

The real stack (pygeoapi, PostgreSQL) is tested in tests/qgis/server/; these pin the gateway's own decisions.
"""

from __future__ import annotations

import io
import json

import pytest

from ral_zuid_server.gate import AccountError, Accounts, Gate, check_password, hash_password

# RFC 7914, section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1; the first 32 bytes of its output
# 55ac046e...0dacbc, base64 "VawEbl...INrLw="; "salt" in base64 is "c2FsdA==" (both by `base64` in a shell).
RFC_7914 = "pbkdf2_sha256$1$c2FsdA==$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="
BASIC_EINDHOVEN = "Basic ZWluZGhvdmVuOmdlaGVpbS13YWNodHdvb3Jk"  # echo -n eindhoven:geheim-wachtwoord | base64
TOKEN_SHA256 = "096157b339cf419dbc0c8def49fc2be924dc130fbacdfa7b879bee0a3078cec4"  # echo -n token-abc | sha256sum


def test_password_hash_matches_the_rfc_vector():
    assert hash_password("passwd", iterations=1, salt=b"salt") == RFC_7914
    assert check_password("passwd", RFC_7914)
    assert not check_password("passwd2", RFC_7914)
    assert not check_password("passwd", "md5$1$c2FsdA==$x")  # another scheme is never accepted
    assert not check_password("passwd", "pbkdf2_sha256$broken")


@pytest.fixture()
def accounts():
    return Accounts(
        [
            {"user": "eindhoven", "gemeentecode": "GM0772", "password": hash_password("geheim-wachtwoord", 1000)},
            {"user": "ehv-sync", "gemeentecode": "gm0772", "token_sha256": TOKEN_SHA256},
            {"user": "beoordelaar", "role": "beoordelaar", "password": hash_password("nog-geheimer", 1000)},
        ]
    )


def test_basic_and_bearer_credentials(accounts):
    eindhoven = accounts.authenticate(BASIC_EINDHOVEN)
    assert (eindhoven.user, eindhoven.role, eindhoven.gemeentecode) == ("eindhoven", "gemeente", "GM0772")
    assert eindhoven.collection == "aanmeldingen_gm0772"
    assert accounts.authenticate(BASIC_EINDHOVEN) is eindhoven  # the second time from the cache
    token = accounts.authenticate("Bearer token-abc")
    assert (token.user, token.gemeentecode) == ("ehv-sync", "GM0772")
    assert accounts.authenticate("") is None
    assert accounts.gemeenten() == ["GM0772"]
    for header, reason in [
        ("Basic ZWluZGhvdmVuOmZvdXQ=", "wrong user name or password"),  # eindhoven:fout
        ("Basic bm9ib2R5OmdlaGVpbS13YWNodHdvb3Jk", "wrong user name or password"),  # nobody:geheim-wachtwoord
        ("Basic !!!", "malformed Basic credentials"),
        ("Bearer token-abd", "unknown token"),
        ("Digest username=eindhoven", "unsupported authorization scheme"),
    ]:
        with pytest.raises(AccountError, match=reason):
            accounts.authenticate(header)


def test_a_broken_accounts_file_names_the_account():
    with pytest.raises(AccountError, match=r"account 2 \(tilburg\): gemeentecode must be GM and 4 digits"):
        Accounts([{"user": "a", "role": "beoordelaar", "password": RFC_7914}, {"user": "tilburg", "password": "x"}])
    with pytest.raises(AccountError, match=r"account 1 \(a\): neither 'password' nor 'token_sha256'"):
        Accounts([{"user": "a", "role": "beoordelaar"}])
    with pytest.raises(AccountError, match="role must be"):
        Accounts([{"user": "a", "role": "admin", "password": RFC_7914}])


class Inner:
    """pygeoapi's place: records what reaches it, answers 201 with a Location in the hidden collection."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def __call__(self, environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        self.calls.append({"path": environ["PATH_INFO"], "auth": environ.get("HTTP_AUTHORIZATION"), "body": body})
        location = "http://127.0.0.1:5000" + environ["PATH_INFO"] + "/GM0772-X"
        start_response("201 Created", [("Location", location), ("Content-Length", "0")])
        return [b""]


def call(gate: Gate, method: str, path: str, body: dict | None = None, auth: str = ""):
    data = json.dumps(body).encode() if body is not None else b""
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "", "CONTENT_LENGTH": str(len(data)),
               "wsgi.input": io.BytesIO(data)}  # fmt: skip
    if auth:
        environ["HTTP_AUTHORIZATION"] = auth
    answer: dict = {}

    def start_response(status, headers):
        answer["status"], answer["headers"] = int(status.split()[0]), dict(headers)

    answer["body"] = b"".join(gate(environ, start_response))
    return answer


FEATURE = {"type": "Feature", "id": "GM0772-X", "geometry": {"type": "Point", "coordinates": [5.4, 51.4]},
           "properties": {"gemeentecode": "GM0772", "review_status": "ontvangen", "review_opmerking": ""}}  # fmt: skip


def test_the_gateway_routes_and_refuses_before_pygeoapi(accounts):
    inner = Inner()
    gate = Gate(inner, accounts)
    items = "/collections/aanmeldingen/items"
    assert call(gate, "POST", items, FEATURE)["status"] == 401
    assert call(gate, "POST", items, FEATURE, "Basic ZWluZGhvdmVuOmZvdXQ=")["status"] == 401
    other = {**FEATURE, "id": "GM0855-X", "properties": {**FEATURE["properties"], "gemeentecode": "GM0855"}}
    assert call(gate, "POST", items, other, BASIC_EINDHOVEN)["status"] == 403
    assert call(gate, "POST", "/collections/aanmeldingen_gm0772/items", FEATURE, BASIC_EINDHOVEN)["status"] == 404
    assert call(gate, "GET", "/./collections/aanmeldingen_gm0855/items", None)["status"] == 404
    assert call(gate, "PATCH", items + "/GM0772-X", FEATURE, BASIC_EINDHOVEN)["status"] == 405
    assert inner.calls == []  # none of these reached pygeoapi

    answer = call(gate, "POST", items, FEATURE, "Bearer token-abc")
    assert answer["status"] == 201
    assert answer["headers"]["Location"] == "http://127.0.0.1:5000/collections/aanmeldingen/items/GM0772-X"
    assert inner.calls[0]["path"] == "/collections/aanmeldingen_gm0772/items"
    assert inner.calls[0]["auth"] is None  # pygeoapi never sees the credentials
    assert json.loads(inner.calls[0]["body"])["id"] == "GM0772-X"
