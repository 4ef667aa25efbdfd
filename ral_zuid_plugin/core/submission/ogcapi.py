"""An OGC API - Features Part 4 client that creates candidates exactly once.

Each candidate is POSTed to ``<service>/collections/<collection>/items`` with a client-chosen ``id``. A retry
can therefore never make a duplicate: before re-sending after an unknown outcome, and after any error answer,
the client reads the item back (pygeoapi 0.21 with TinyDB answers a second POST of an existing id with a
generic 500, not 409). An item that exists from an earlier submission of the same candidate is replaced (PUT).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.submission import transport as t

GEOJSON = "application/geo+json"
REVIEW_STATUSES = ("ontvangen", "in behandeling", "akkoord", "afgewezen", "aangehouden")
FINAL_REVIEW_STATUSES = ("akkoord", "afgewezen")


MAX_REMARK = 2000  # characters of a reviewer's remark kept (a text field, not a document store)
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
MAX_CONDITIONAL_ATTEMPTS = 3
"""Reads and conditional writes of one candidate before giving up for this run (each 412 means another write)."""
_ID_TIME = re.compile(r"([0-9]{8}T[0-9]{6}Z)$")


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of ``url`` (the default port made explicit)."""
    parsed = urllib.parse.urlparse(url)
    scheme = parsed.scheme.lower()
    port = parsed.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parsed.hostname or "").lower(), port


def version_of(properties: dict[str, Any]) -> tuple[str, str]:
    """The order of versions of one candidate: (created time as ``yyyymmddThhmmssZ``, submission id).

    ``submission_created`` is sent since plugin 1.1; older features carry the time only in the submission id
    (``GM0772-20261127T090000Z``), which gives the same order.
    """
    submission_id = str(properties.get("submission_id") or "")
    stamp = re.sub(r"[^0-9TZ]", "", str(properties.get("submission_created") or ""))
    if not stamp:
        match = _ID_TIME.search(submission_id)
        stamp = match.group(1) if match else ""
    return stamp, submission_id


class DeliveryError(RalZuidError):
    """Sending failed. ``retryable`` says whether trying again later can help without the user acting."""

    def __init__(self, message: str, retryable: bool, affects_all: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable
        # A non-retryable problem of the service or settings (401, TLS, no URL) stops the whole run; a rejected
        # candidate (400/422) only stops that candidate.
        self.affects_all = affects_all and not retryable


@dataclass(frozen=True)
class ReviewStatus:
    feature_id: str
    status: str
    remark: str
    remark_length: int = 0  # the full length when the remark was cut to MAX_REMARK characters


def _server_text(response: t.HttpResponse) -> str:
    text = response.body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
        if isinstance(data, dict):
            text = str(data.get("description") or data.get("detail") or data.get("title") or text)
    except ValueError:
        pass
    return text[:300]


def error_for_status(response: t.HttpResponse, url: str) -> DeliveryError:
    """The user's message for an HTTP error answer, and whether to retry it."""
    status = response.status
    if status in (401, 407):
        return DeliveryError(
            tr(
                "The service {url} refused the credentials (HTTP {status}). Check the authentication configuration "
                "in the RAL Zuid submission settings."
            ).format(url=url, status=status),
            retryable=False,
        )
    if status == 403:
        return DeliveryError(
            tr(
                "The service {url} does not allow this account to submit (HTTP 403). Ask the expertisecentrum for "
                "access."
            ).format(url=url),
            retryable=False,
        )
    if status == 404:
        return DeliveryError(
            tr(
                "The service has no collection at {url} (HTTP 404). Check the service URL and collection name in the "
                "settings."
            ).format(url=url),
            retryable=False,
        )
    if status in (408, 429) or status >= 500:
        return DeliveryError(
            tr("The service answered HTTP {status} (a temporary problem of the service).").format(status=status),
            retryable=True,
        )
    return DeliveryError(
        tr("The service rejected the candidate (HTTP {status}): {reason}").format(
            status=status, reason=_server_text(response) or tr("no reason given")
        ),
        retryable=False,
        affects_all=False,
    )


def error_for_transport(error: t.TransportError, url: str) -> DeliveryError:
    if error.kind == t.TLS:
        return DeliveryError(
            tr(
                "The certificate of {url} is not trusted ({reason}). Ask your IT department to add the certificate "
                "authority to QGIS (Settings > Options > Authentication)."
            ).format(url=url, reason=error.message),
            retryable=False,
        )
    if error.kind == t.TIMEOUT:
        return DeliveryError(tr("The service {url} did not answer in time.").format(url=url), True)
    return DeliveryError(
        tr("Could not reach {url} ({reason}).").format(url=url, reason=error.message),
        retryable=True,
    )


class FeaturesClient:
    """Creates, reads and replaces candidates in one collection of an OGC API - Features service."""

    def __init__(self, transport: t.Transport, service_url: str, collection: str) -> None:
        service_url = (service_url or "").strip()
        if not service_url:
            raise DeliveryError(
                tr(
                    "No service URL is set. Fill it in under RAL Zuid > Submission settings; the package is saved and "
                    "can be e-mailed instead."
                ),
                retryable=False,
            )
        parsed = urllib.parse.urlparse(service_url)
        if parsed.username or parsed.password:
            raise DeliveryError(
                tr(
                    "The service URL contains a user name or password. Remove it and choose an authentication "
                    "configuration in the RAL Zuid submission settings instead."
                ),
                retryable=False,
            )
        if parsed.scheme not in ("http", "https"):
            raise DeliveryError(
                tr("The service URL {url} must start with https:// or http://.").format(url=service_url), False
            )
        if not (collection or "").strip():
            raise DeliveryError(tr("No collection is set in the RAL Zuid submission settings."), retryable=False)
        self.transport = transport
        self.items_url = "{}/collections/{}/items".format(
            service_url.rstrip("/"), urllib.parse.quote(collection.strip(), safe="")
        )

    def item_url(self, feature_id: str) -> str:
        return "{}/{}".format(self.items_url, urllib.parse.quote(feature_id, safe=""))

    def _call(
        self, method: str, url: str, body: dict | None = None, extra: dict[str, str] | None = None
    ) -> t.HttpResponse:
        """One request; a redirect is followed only within the same origin (scheme, host and port).

        The transport never follows redirects itself: credentials (added by the QGIS authentication
        configuration to every request) and the candidates' data must not go to another origin. A redirect to
        another origin is an error that stops the run; so is one that would turn a write into a GET.
        """
        data = json.dumps(body).encode("utf-8") if body is not None else None
        headers = {"Accept": "application/geo+json, application/json", **(extra or {})}
        if data is not None:
            headers["Content-Type"] = GEOJSON
        first_url = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                response = self.transport.request(method, url, data, headers)
            except t.TransportError as error:
                raise error_for_transport(error, url) from error
            location = response.headers.get("location", "")
            if response.status not in REDIRECTS or not location:
                return response
            target = urllib.parse.urljoin(url, location)
            if origin(target) != origin(url):
                raise DeliveryError(
                    tr(
                        "The service {url} redirected the request to another address ({target}). The plugin sends "
                        "no credentials or data to another address: set the service URL to the address the service "
                        "really uses."
                    ).format(url=first_url, target="{}://{}:{}".format(*origin(target))),
                    retryable=False,
                )
            if method != "GET" and response.status not in (307, 308):
                raise DeliveryError(
                    tr(
                        "The service {url} answered a {method} with a redirect (HTTP {status}) that would turn it "
                        "into a GET. Set the service URL to the address the service really uses."
                    ).format(url=first_url, method=method, status=response.status),
                    retryable=False,
                )
            url = target
        raise DeliveryError(
            tr("The service {url} redirected the request too many times.").format(url=first_url), retryable=False
        )

    def get_item(self, feature_id: str) -> dict[str, Any] | None:
        """The stored feature, or ``None`` when the server does not have it."""
        return self._item_and_etag(feature_id)[0]

    def _item_and_etag(self, feature_id: str) -> tuple[dict[str, Any] | None, str]:
        """The stored feature (or ``None``) and its ``ETag`` (``""`` when the service sends none)."""
        url = self.item_url(feature_id) + "?f=json"
        response = self._call("GET", url)
        if response.status == 404:
            return None, ""
        if response.status != 200:
            raise error_for_status(response, url)
        try:
            stored = response.json()
        except ValueError as error:
            raise DeliveryError(
                tr("The service answered {url} with unreadable JSON.").format(url=url), retryable=True
            ) from error
        if not isinstance(stored, dict) or not isinstance(stored.get("properties"), dict):
            raise DeliveryError(
                tr("The service answered {url} with something other than a feature with properties.").format(url=url),
                retryable=True,
            )
        return stored, response.headers.get("etag", "")

    def deliver(self, feature: dict[str, Any], check_first: bool = False) -> str:
        """Make sure the server holds ``feature`` exactly once; return ``created``, ``existing`` or ``replaced``.

        ``check_first`` (after an earlier attempt with unknown outcome) reads the item back before POSTing.
        """
        if check_first:
            outcome = self._reconcile(feature)
            if outcome:
                return outcome
        # A transport error here leaves the outcome unknown: the caller retries with check_first=True.
        response = self._call("POST", self.items_url, feature)
        if response.status in (200, 201, 204):
            self._check_location(response, feature["id"])
            return "created"
        if response.status in (400, 401, 403, 404, 405, 407, 413, 415, 422):
            raise error_for_status(response, self.items_url)
        # 409 (correct servers) or 500 (pygeoapi/TinyDB) may mean "id exists": find out by reading it back.
        outcome = self._reconcile(feature)
        if outcome:
            return outcome
        raise error_for_status(response, self.items_url)

    def _check_location(self, response: t.HttpResponse, feature_id: str) -> None:
        """A service that ignores the client-chosen id would make duplicates on every retry: stop at once."""
        location = response.headers.get("location", "")
        if not location:
            return
        stored_id = urllib.parse.unquote(urllib.parse.urlparse(location).path.rstrip("/").rsplit("/", 1)[-1])
        if stored_id != feature_id:
            raise DeliveryError(
                tr(
                    "The service stored candidate {feature_id} under its own id {stored_id}. It must keep the id the "
                    "plugin chooses, or retries would make duplicates; ask the expertisecentrum (see "
                    "docs/submission-protocol.md)."
                ).format(feature_id=feature_id, stored_id=stored_id),
                retryable=False,
            )

    def _reconcile(self, feature: dict[str, Any]) -> str | None:
        """What the server holds decides: nothing (None), this version, a newer one, or an older one (replaced).

        Versions only move forward: an older queued submission retried after a newer one reached the server is
        ``superseded`` and never PUT over it (which would also reset the review status). With an ``ETag`` on the
        read (the PostgreSQL server of docs/submission-protocol.md) the ``PUT`` carries ``If-Match``: when another
        sender wrote between the read and the write (HTTP 412), the item is read and compared again.
        """
        for _attempt in range(MAX_CONDITIONAL_ATTEMPTS):
            stored, etag = self._item_and_etag(feature["id"])
            if stored is None:
                return None
            ours, theirs = version_of(feature["properties"]), version_of(stored["properties"])
            if theirs[1] == ours[1]:
                return "existing"
            if theirs > ours:
                return "superseded"
            if self.replace(feature, etag):
                return "replaced"
        raise DeliveryError(
            tr("Candidate {feature_id} kept changing on the service while it was sent; it is sent again later.").format(
                feature_id=feature["id"]
            ),
            retryable=True,
            affects_all=False,
        )

    def replace(self, feature: dict[str, Any], etag: str = "") -> bool:
        """PUT the feature; with ``etag`` only over that version (``False`` when the service answers 412)."""
        url = self.item_url(feature["id"])
        response = self._call("PUT", url, feature, {"If-Match": etag} if etag else None)
        if etag and response.status == 412:
            return False
        if response.status not in (200, 201, 204):
            raise error_for_status(response, url)
        return True

    def review_status(self, feature_id: str) -> ReviewStatus | None:
        """The reviewer's status and remark for one candidate, or ``None`` when the server does not have it."""
        stored = self.get_item(feature_id)
        if stored is None:
            return None
        properties = stored["properties"]
        status = str(properties.get("review_status") or "ontvangen").strip().lower()
        if status not in REVIEW_STATUSES:
            status = "ontvangen"
        remark = str(properties.get("review_opmerking") or "")
        if len(remark) > MAX_REMARK:
            return ReviewStatus(feature_id, status, remark[:MAX_REMARK] + "…", len(remark))
        return ReviewStatus(feature_id, status, remark)
