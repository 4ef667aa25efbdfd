"""The gateway in front of pygeoapi: who may read and write what (the first line of defence).

A WSGI middleware around pygeoapi's Flask app (``ral_zuid_server.app``). Clients see one collection,
``aanmeldingen``; behind it pygeoapi has one hidden collection per gemeente (``aanmeldingen_gm0772``, database
login role ``ralzuid_gm0772``) and one for the reviewers (``aanmeldingen_beoordeling``, role
``ralzuid_beoordeling``). The gateway authenticates each request (HTTP Basic or a Bearer token from the accounts
file), then:

* anonymous: reads the landing page, conformance, the API description and the list of collections; nothing of
  ``aanmeldingen`` (the items hold contact data) and never a write: 401;
* a gemeente: reads, creates (``POST``) and replaces (``PUT``) only its own items: the feature id starts with its
  code and ``gemeentecode`` is its code, and the review fields are only the reset of a (re-)submission
  (``review_status`` ``ontvangen``, empty remark, no reviewer or date); the request goes to its own collection,
  where PostgreSQL's row level security and privileges check the same again (``sql/security.sql``);
* a reviewer: reads every item and ``PUT``s items in which only the review fields differ from the stored item; a
  status change follows :data:`TRANSITIONS` (409 otherwise: never back to ``ontvangen``, nothing after ``akkoord``
  or ``afgewezen``), and ``review_datum`` is neither in the future nor before the submission (400);
* nobody deletes or ``PATCH``es (403 / 405); the hidden collections are not reachable from outside (404).

Versions: a single item is answered with ``ETag: "<rijversie>"`` (the row version, one more on every write).
A ``PUT`` with ``If-Match`` writes only over that version: the gateway puts the ETag's number into the item's
``rijversie``, and the provider and the database trigger refuse the write with ``412 Precondition Failed`` when the
stored version is another one (atomically: the row is locked while compared). An item that carries a
``rijversie`` (a reviewer's client sends the item back as read) gets the same check without ``If-Match``.

The ``Authorization`` header is removed before pygeoapi sees the request; the gateway logs user names, never
passwords or tokens. It never redirects. Secrets in the accounts file are stored hashed: PBKDF2-SHA256 for
passwords, SHA-256 for random tokens (see :func:`hash_password`, :func:`new_token`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import math
import re
import secrets
import threading
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

LOGGER = logging.getLogger("ral_zuid_server.gate")
PUBLIC_COLLECTION = "aanmeldingen"
REVIEWER_COLLECTION = "aanmeldingen_beoordeling"
REVIEW_FIELDS = ("review_status", "review_opmerking", "review_beoordelaar", "review_datum")
REVIEW_STATUSES = ("ontvangen", "in behandeling", "akkoord", "afgewezen", "aangehouden")
# The review workflow (the same as ral_zuid_plugin.core.review.decision.TRANSITIONS): a reviewer's write that
# changes the status follows it. 'ontvangen' is only ever set by the gemeente's (re-)submission.
TRANSITIONS = {
    "ontvangen": ("in behandeling",),
    "in behandeling": ("akkoord", "afgewezen", "aangehouden"),
    "aangehouden": ("in behandeling", "akkoord", "afgewezen"),
    "akkoord": (),
    "afgewezen": (),
}
VERSION_FIELD = "rijversie"
MAX_BODY = 1_000_000
PBKDF2_ITERATIONS = 600_000
_GEMEENTECODE = re.compile(r"GM[0-9]{4}")


def gemeente_collection(gemeentecode: str) -> str:
    return f"{PUBLIC_COLLECTION}_{gemeentecode.lower()}"


def hash_password(password: str, iterations: int = PBKDF2_ITERATIONS, salt: bytes | None = None) -> str:
    """``pbkdf2_sha256$<iterations>$<salt>$<hash>`` (base64) for the accounts file."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "pbkdf2_sha256${}${}${}".format(
        iterations, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    )


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt), int(iterations))
    except (ValueError, binascii.Error):
        return False
    return hmac.compare_digest(actual, expected)


def new_token() -> tuple[str, str]:
    """A random Bearer token and its SHA-256 (hex) for the accounts file; the token is shown once."""
    token = secrets.token_urlsafe(32)
    return token, hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Account:
    user: str
    role: str  # "gemeente" or "beoordelaar"
    gemeentecode: str = ""

    @property
    def collection(self) -> str:
        return gemeente_collection(self.gemeentecode) if self.role == "gemeente" else REVIEWER_COLLECTION


class AccountError(ValueError):
    pass


class Accounts:
    """The accounts file (JSON): ``{"accounts": [{"user", "role", "gemeentecode", "password" | "token_sha256"}]}``.

    ``role`` is ``gemeente`` (with ``gemeentecode``) or ``beoordelaar``; ``password`` is a
    :func:`hash_password` string, ``token_sha256`` the hex SHA-256 of a Bearer token.
    """

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self._passwords: dict[str, tuple[Account, str]] = {}
        self._tokens: dict[str, Account] = {}
        self._verified: dict[bytes, Account] = {}  # sha256(user, password) of checked passwords: PBKDF2 runs once
        self._lock = threading.Lock()
        for number, entry in enumerate(entries, start=1):
            user = str(entry.get("user") or "")
            role = str(entry.get("role") or "gemeente")
            code = str(entry.get("gemeentecode") or "").upper()
            if not user or ":" in user:
                raise AccountError(f"account {number}: 'user' is missing or contains ':'")
            if role not in ("gemeente", "beoordelaar"):
                raise AccountError(f"account {number} ({user}): role must be 'gemeente' or 'beoordelaar'")
            if role == "gemeente" and not _GEMEENTECODE.fullmatch(code):
                raise AccountError(f"account {number} ({user}): gemeentecode must be GM and 4 digits")
            account = Account(user, role, code if role == "gemeente" else "")
            if entry.get("password"):
                self._passwords[user] = (account, str(entry["password"]))
            if entry.get("token_sha256"):
                self._tokens[str(entry["token_sha256"]).lower()] = account
            if not entry.get("password") and not entry.get("token_sha256"):
                raise AccountError(f"account {number} ({user}): neither 'password' nor 'token_sha256'")

    @classmethod
    def load(cls, path: str | Path) -> Accounts:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(list(data.get("accounts", [])))

    def gemeenten(self) -> list[str]:
        codes = {a.gemeentecode for a, _ in self._passwords.values()} | {a.gemeentecode for a in self._tokens.values()}
        return sorted(c for c in codes if c)

    def authenticate(self, header: str) -> Account | None:
        """The account of an ``Authorization`` header; ``None`` when there is none; AccountError when wrong."""
        if not header:
            return None
        scheme, _, value = header.strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "bearer" and value:
            account = self._tokens.get(hashlib.sha256(value.encode()).hexdigest())
            if account is None:
                raise AccountError("unknown token")
            return account
        if scheme.lower() == "basic" and value:
            try:
                user, _, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise AccountError("malformed Basic credentials") from None
            key = hashlib.sha256(user.encode() + b"\0" + password.encode()).digest()
            with self._lock:
                known = self._verified.get(key)
            if known is not None:
                return known
            entry = self._passwords.get(user)
            if entry is None or not check_password(password, entry[1]):
                raise AccountError("wrong user name or password")
            with self._lock:
                self._verified[key] = entry[0]
            return entry[0]
        raise AccountError("unsupported authorization scheme")


def _close_enough(old: Any, new: Any) -> bool:
    if isinstance(old, bool) or isinstance(new, bool):
        return old == new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return math.isclose(old, new, rel_tol=1e-12, abs_tol=1e-9)
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(_close_enough(old[k], new[k]) for k in old)
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        return len(old) == len(new) and all(_close_enough(a, b) for a, b in zip(old, new))
    return old == new


class RefusalError(Exception):
    def __init__(self, status: int, message: str, headers: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            409: "Conflict", 411: "Length Required", 412: "Precondition Failed",
            413: "Payload Too Large"}  # fmt: skip
_CHALLENGE = [("WWW-Authenticate", 'Basic realm="RAL Zuid aanmeldingen", charset="UTF-8"'),
              ("WWW-Authenticate", 'Bearer realm="RAL Zuid aanmeldingen"')]  # fmt: skip


def _take_if_match(environ: dict, feature: dict) -> None:
    """``If-Match: "<n>"`` becomes the item's ``rijversie`` (the version the writer read); ``*`` means any version."""
    header = environ.pop("HTTP_IF_MATCH", "").strip()
    if not header or header == "*":
        return
    tags = [tag.strip() for tag in header.split(",")]
    if len(tags) != 1 or not re.fullmatch(r'"[0-9]{1,18}"', tags[0]):
        raise RefusalError(412, 'If-Match must be one ETag of this service, e.g. "3"')
    feature["properties"][VERSION_FIELD] = int(tags[0].strip('"'))


def _with_etag(status: str, headers: list[tuple[str, str]], body: bytes):
    """A single item's answer with ``ETag: "<rijversie>"`` (strong: the version names the whole stored row)."""
    if not status.startswith("200"):
        return status, headers, body
    try:
        version = json.loads(body)["properties"][VERSION_FIELD]
    except (ValueError, KeyError, TypeError):
        return status, headers, body  # an HTML page, or a database without rijversie
    if isinstance(version, int) and not isinstance(version, bool):
        headers = [h for h in headers if h[0].lower() != "etag"] + [("ETag", '"{}"'.format(version))]
    return status, headers, body


def _submitted_on(properties: dict) -> dt.date | None:
    """The UTC date of the stored version: ``submission_created``, else the time in the submission id."""
    created = re.sub(r"[^0-9]", "", str(properties.get("submission_created") or ""))
    if len(created) < 8:
        match = re.search(r"([0-9]{8})T[0-9]{6}Z", str(properties.get("submission_id") or ""))
        created = match.group(1) if match else ""
    try:
        return dt.datetime.strptime(created[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _check_review_date(value: Any, stored: dict) -> None:
    """``review_datum``: empty, or a date neither after today (UTC, plus one day for a reviewer east of UTC, as
    in the Netherlands after midnight) nor before the submission of the stored version (UTC date): 400 otherwise."""
    if value in (None, ""):
        return
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise RefusalError(400, "review_datum must be a date yyyy-mm-dd") from None
    latest = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)
    if day > latest:
        raise RefusalError(400, f"review_datum {day.isoformat()} lies in the future")
    submitted = _submitted_on(stored)
    if submitted is not None and day < submitted:
        raise RefusalError(
            400, f"review_datum {day.isoformat()} lies before the submission ({submitted.isoformat()})"
        )  # fmt: skip


class Gate:
    """The WSGI middleware. ``app`` is pygeoapi's WSGI app, ``accounts`` the :class:`Accounts`."""

    def __init__(self, app: Callable, accounts: Accounts) -> None:
        self.app = app
        self.accounts = accounts

    # -- WSGI --------------------------------------------------------------------------------------------------
    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = environ.get("PATH_INFO", "") or "/"
        user = "-"
        try:
            header = environ.pop("HTTP_AUTHORIZATION", "")  # pygeoapi never sees credentials
            try:
                account = self.accounts.authenticate(header)
            except AccountError as error:
                raise RefusalError(401, "credentials refused: " + str(error), _CHALLENGE) from None
            user = account.user if account else "anonymous"
            status, headers, body = self._route(environ, method, path, account)
        except RefusalError as refusal:
            status, headers, body = self._refusal(refusal)
        LOGGER.info("%s %s %s %s", user, method, path, status.split(" ")[0])
        start_response(status, headers)
        return [body]

    def _refusal(self, refusal: RefusalError) -> tuple[str, list[tuple[str, str]], bytes]:
        body = json.dumps({"code": _REASONS.get(refusal.status, "Error"), "description": refusal.message}).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *refusal.headers]
        return f"{refusal.status} {_REASONS.get(refusal.status, 'Error')}", headers, body

    def _route(self, environ: dict, method: str, path: str, account: Account | None):
        parts = [part for part in path.split("/") if part]
        if any(part in (".", "..") for part in parts):
            raise RefusalError(404, "no such path")
        if len(parts) >= 2 and parts[0] == "collections" and parts[1].lower().startswith(PUBLIC_COLLECTION + "_"):
            raise RefusalError(404, "no such collection")
        ours = len(parts) >= 2 and parts[0] == "collections" and parts[1] == PUBLIC_COLLECTION
        if not ours:
            if method in ("GET", "HEAD", "OPTIONS"):
                return self._forward(environ, None, None)
            if account is None:
                raise RefusalError(401, "sign in to write", _CHALLENGE)
            raise RefusalError(405, "this service accepts writes only on collections/aanmeldingen/items")
        if account is None:
            raise RefusalError(401, "the submissions are only for signed-in gemeenten and reviewers", _CHALLENGE)
        rest = parts[2:]
        if method in ("GET", "HEAD", "OPTIONS"):
            answer = self._forward(environ, account, None)
            return _with_etag(*answer) if len(rest) == 2 and rest[0] == "items" else answer
        if method == "DELETE":
            raise RefusalError(403, "submissions are never deleted over the API; a reviewer sets a status instead")
        if method == "POST" and rest == ["items"]:
            if account.role != "gemeente":
                raise RefusalError(403, "only a gemeente submits candidates")
            feature = self._read_feature(environ)
            self._check_gemeente_write(account, feature, None)
            return self._forward(environ, account, feature)
        if method == "PUT" and len(rest) == 2 and rest[0] == "items":
            feature_id = urllib.parse.unquote(rest[1])
            feature = self._read_feature(environ)
            if feature.get("id") != feature_id:
                raise RefusalError(400, "the feature's id must be the id in the URL")
            _take_if_match(environ, feature)
            if account.role == "gemeente":
                self._check_gemeente_write(account, feature, feature_id)
            else:
                self._check_review(environ, account, feature, feature_id)
            return self._forward(environ, account, feature)
        raise RefusalError(405, f"{method} is not possible here", [("Allow", "GET, HEAD, POST, PUT")])

    # -- the rules -------------------------------------------------------------------------------------------
    def _read_feature(self, environ: dict) -> dict:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise RefusalError(400, "bad Content-Length") from None
        if length <= 0:
            raise RefusalError(411, "a GeoJSON feature is required")
        if length > MAX_BODY:
            raise RefusalError(413, "a feature is at most 1 MB")
        data = environ["wsgi.input"].read(length)
        try:
            feature = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RefusalError(400, "the body is not JSON") from None
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise RefusalError(400, "the body is not a GeoJSON feature with properties")
        return feature

    def _check_gemeente_write(self, account: Account, feature: dict, url_id: str | None) -> None:
        code = account.gemeentecode
        feature_id = feature.get("id")
        if not isinstance(feature_id, str) or not feature_id.startswith(code + "-"):
            raise RefusalError(403, f"{account.user} may only write items whose id starts with {code}-")
        properties = feature["properties"]
        if str(properties.get("gemeentecode") or "") != code:
            raise RefusalError(403, f"{account.user} may only write items of gemeente {code}")
        status = properties.get("review_status")
        if status not in (None, "ontvangen") or properties.get("review_opmerking") not in (None, ""):
            raise RefusalError(403, "a gemeente sets no review: review_status 'ontvangen' and an empty remark only")
        if any(properties.get(name) not in (None, "") for name in REVIEW_FIELDS[2:]):
            raise RefusalError(403, "a gemeente sets no reviewer or decision date")
        # a (re-)submission starts the review again, also when the client leaves the review fields out (the provider
        # would otherwise keep the stored review, which the database's review guard then refuses)
        properties["review_status"] = "ontvangen"
        properties["review_opmerking"] = ""

    def _check_review(self, environ: dict, account: Account, feature: dict, feature_id: str) -> None:
        stored = self._stored(environ, account, feature_id)
        read = feature["properties"].get(VERSION_FIELD)
        if read is not None and read != stored["properties"].get(VERSION_FIELD):
            raise RefusalError(
                412,
                "the item changed since it was read: version {} was read, version {} is stored".format(
                    read, stored["properties"].get(VERSION_FIELD)
                ),
            )  # fmt: skip (the provider checks again under a row lock)
        changed = [
            name
            for name, value in feature["properties"].items()
            if name not in (*REVIEW_FIELDS, VERSION_FIELD) and not _close_enough(stored["properties"].get(name), value)
        ]
        if "geometry" in feature and not _close_enough(stored.get("geometry"), feature.get("geometry")):
            changed.append("geometry")
        if changed:
            raise RefusalError(
                403, "a reviewer changes only the review fields ({}); changed: {}".format(
                    ", ".join(REVIEW_FIELDS), ", ".join(sorted(changed)))
            )  # fmt: skip
        status = feature["properties"].get("review_status")
        if status is not None and status not in REVIEW_STATUSES:
            raise RefusalError(400, "review_status must be one of: " + ", ".join(REVIEW_STATUSES))
        current = stored["properties"].get("review_status") or "ontvangen"
        if status is not None and status != current and status not in TRANSITIONS.get(current, ()):
            allowed = ", ".join(TRANSITIONS.get(current, ())) or "nothing (final)"
            raise RefusalError(
                409, f"the status cannot go from '{current}' to '{status}'; allowed from '{current}': {allowed}"
            )
        _check_review_date(feature["properties"].get("review_datum"), stored["properties"])

    def _stored(self, environ: dict, account: Account, feature_id: str) -> dict:
        inner = {
            key: value for key, value in environ.items() if not key.startswith(("HTTP_", "CONTENT_", "wsgi.input"))
        }
        inner.update(
            REQUEST_METHOD="GET",
            PATH_INFO="/collections/{}/items/{}".format(account.collection, urllib.parse.quote(feature_id, safe="")),
            QUERY_STRING="f=json",
            HTTP_ACCEPT="application/json",
        )
        inner["wsgi.input"] = io.BytesIO(b"")
        status, _headers, body = self._call(inner)
        if status.startswith("404"):
            raise RefusalError(404, "no such item")
        if not status.startswith("200"):
            raise RefusalError(400, "the stored item could not be read")
        return json.loads(body)

    # -- passing on ------------------------------------------------------------------------------------------
    def _call(self, environ: dict) -> tuple[str, list[tuple[str, str]], bytes]:
        captured: dict = {}

        def start_response(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return lambda data: None

        result = self.app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        return captured["status"], list(captured["headers"]), body

    def _forward(self, environ: dict, account: Account | None, feature: dict | None):
        if feature is not None:
            data = json.dumps(feature).encode("utf-8")
            environ["wsgi.input"] = io.BytesIO(data)
            environ["CONTENT_LENGTH"] = str(len(data))
        internal = None
        if account is not None:
            internal = account.collection
            environ["PATH_INFO"] = environ["PATH_INFO"].replace(
                f"/collections/{PUBLIC_COLLECTION}", f"/collections/{internal}", 1
            )
        status, headers, body = self._call(environ)
        if internal is not None:  # links and Location name the public collection
            old, new = f"/collections/{internal}".encode(), f"/collections/{PUBLIC_COLLECTION}".encode()
            body = body.replace(old, new)
            headers = [
                (name, value.replace(old.decode(), new.decode()) if name.lower() == "location" else value)
                for name, value in headers
                if name.lower() != "content-length"
            ]
            headers.append(("Content-Length", str(len(body))))
        return status, headers, body
