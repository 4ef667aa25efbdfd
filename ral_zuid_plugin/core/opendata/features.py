"""Paged reading of an OGC API - Features collection (Part 1 paging, Part 2 CRS) over the core Transport.

Follows ``rel="next"`` links until there are none, reports progress against ``numberMatched`` when the service
gives it, asks for RD New with ``crs`` and ``bbox-crs`` (the answer's ``Content-Crs`` header must agree), waits
as long as a 429/503 ``Retry-After`` says (bounded), retries timeouts and 5xx a few times, and turns error answers
into a message with the service's own reason (OGC exception ``description`` or RFC 7807 ``detail``).
"""

from __future__ import annotations

import json
import time
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Callable

from ral_zuid_plugin.core.errors import CancelledError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress
from ral_zuid_plugin.core.submission import transport as t

RD_NEW_URI = "http://www.opengis.net/def/crs/EPSG/0/28992"
ACCEPT = "application/geo+json, application/json;q=0.9"
MAX_WAIT_SECONDS = 60.0
"""The longest a Retry-After is honoured; a service asking for longer is reported instead."""


class FetchError(RalZuidError):
    """A collection could not be read. ``offline`` says no answer came at all (no network, timeouts)."""

    def __init__(self, message: str, offline: bool = False, details: str = "") -> None:
        super().__init__(message, details)
        self.offline = offline


@dataclass
class FetchResult:
    features: list[dict[str, Any]] = field(default_factory=list)
    number_matched: int | None = None
    pages: int = 0
    retries: int = 0
    url: str = ""


def items_url(service_url: str, collection: str, params: dict[str, Any]) -> str:
    """``<service>/collections/<collection>/items?...`` with the parameters in a stable order."""
    base = "{}/collections/{}/items".format(service_url.rstrip("/"), urllib.parse.quote(collection, safe=""))
    query = urllib.parse.urlencode([(k, v) for k, v in params.items() if v not in (None, "")])
    return base + ("?" + query if query else "")


def bbox_parameter(bbox: tuple[float, float, float, float]) -> str:
    return ",".join("{:.3f}".format(value) for value in bbox)


def ows_exception_text(body: bytes) -> str | None:
    """The ``ExceptionText`` of an OWS ``ExceptionReport``, or ``None`` when the body is not one."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if not root.tag.endswith("ExceptionReport"):
        return None
    texts = [(e.text or "").strip() for e in root.iter() if e.tag.endswith("ExceptionText")]
    codes = [e.get("exceptionCode", "") for e in root.iter() if e.tag.endswith("Exception")]
    return "; ".join(x for x in texts if x) or ", ".join(c for c in codes if c) or "ExceptionReport"


def service_reason(response: t.HttpResponse) -> str:
    """The reason a service gives in its error body (OGC exception, problem+json, Socrata's message or an OWS
    ExceptionReport), else the start of the text."""
    ows = ows_exception_text(response.body)
    if ows is not None:
        return ows[:300]
    text = response.body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        return text[:300]
    if isinstance(data, dict):
        for key in ("description", "detail", "title", "message"):
            if data.get(key):
                return str(data[key])[:300]
    return text[:300]


def retry_after_seconds(response: t.HttpResponse, default: float) -> float:
    """Seconds from a ``Retry-After`` header (delta-seconds; an HTTP date or nothing gives ``default``)."""
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return default


def _next_link(page: dict[str, Any]) -> str | None:
    for link in page.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return str(link["href"])
    return None


def _wait(seconds: float, progress: Progress, sleep: Callable[[float], None]) -> None:
    """Sleep in small steps so cancel stays responsive."""
    remaining = seconds
    while remaining > 0:
        if progress.is_cancelled():
            raise CancelledError()
        step = min(0.2, remaining)
        sleep(step)
        remaining -= step


def fetch_collection(
    transport: t.Transport,
    url: str,
    *,
    label: str,
    progress: Progress | None = None,
    expect_crs: str | None = RD_NEW_URI,
    max_retries: int = 3,
    max_pages: int = 10000,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """All features behind ``url`` (an items URL, first page), following next links.

    ``label`` names the dataset in messages. Raises :class:`FetchError` (``offline`` when no answer came) or
    :class:`CancelledError`.
    """
    progress = progress or SilentProgress()
    result = FetchResult(url=url)
    seen: set[str] = set()
    next_url: str | None = url
    while next_url:
        if progress.is_cancelled():
            raise CancelledError()
        if next_url in seen:
            raise FetchError(
                tr(
                    "{label}: the service sent the same next page {url} twice; stopped to avoid an endless loop."
                ).format(label=label, url=next_url)
            )
        if result.pages >= max_pages:
            raise FetchError(tr("{label}: more than {pages} pages; stopped.").format(label=label, pages=max_pages))
        seen.add(next_url)
        page = _get_page(transport, next_url, label, progress, expect_crs, max_retries, sleep, result)
        features = page.get("features")
        if not isinstance(features, list):
            raise FetchError(
                tr("{label}: the answer of {url} is not a GeoJSON FeatureCollection.").format(label=label, url=next_url)
            )
        result.features.extend(features)
        result.pages += 1
        if result.number_matched is None and isinstance(page.get("numberMatched"), int):
            result.number_matched = int(page["numberMatched"])
        if result.number_matched:
            progress.set_progress(min(100.0, 100.0 * len(result.features) / result.number_matched))
        next_url = _next_link(page) if features else None
    return finish_download(result, label, progress)


def finish_download(result: FetchResult, label: str, progress: Progress) -> FetchResult:
    """The download as fetched, or a FetchError when the service sent fewer or more items than it announced."""
    if result.number_matched is not None and len(result.features) != result.number_matched:
        raise FetchError(
            tr(
                "{label}: the service announced {matched} features but sent {count}; the download is incomplete."
            ).format(label=label, matched=result.number_matched, count=len(result.features))
        )
    progress.set_progress(100.0)
    return result


def _get_page(transport, url, label, progress, expect_crs, max_retries, sleep, result) -> dict[str, Any]:
    response = get_with_retries(transport, url, label, progress, max_retries, sleep, result, ACCEPT)
    if expect_crs:
        content_crs = response.headers.get("content-crs", "").strip().strip("<>")
        if content_crs and content_crs.rstrip("/") != expect_crs.rstrip("/"):
            raise FetchError(
                tr("{label}: asked for coordinates in {wanted} but the service sent {got}.").format(
                    label=label, wanted=expect_crs, got=content_crs
                )
            )
    try:
        page = response.json()
    except ValueError as error:
        raise FetchError(
            tr("{label}: the answer of {url} is not readable JSON.").format(label=label, url=url)
        ) from error
    if not isinstance(page, dict):
        raise FetchError(
            tr("{label}: the answer of {url} is not a GeoJSON FeatureCollection.").format(label=label, url=url)
        )
    return page


def get_with_retries(
    transport: t.Transport,
    url: str,
    label: str,
    progress: Progress,
    max_retries: int,
    sleep: Callable[[float], None],
    result: FetchResult,
    accept: str,
) -> t.HttpResponse:
    """The 200 answer of a GET; 429/503 and 5xx wait (Retry-After) and retry, time-outs retry; else FetchError."""
    attempt = 0
    while True:
        try:
            response = transport.request("GET", url, None, {"Accept": accept})
        except t.TransportError as error:
            if attempt < max_retries and error.kind == t.TIMEOUT:
                attempt += 1
                result.retries += 1
                progress.warning(
                    tr("{label}: no answer from the service ({reason}); try {attempt} of {tries}.").format(
                        label=label, reason=error.message, attempt=attempt + 1, tries=max_retries + 1
                    )
                )
                _wait(min(2.0**attempt, 10.0), progress, sleep)
                continue
            if error.kind == t.TIMEOUT:
                message = tr("{label}: the service {url} did not answer in time.")
            else:
                message = tr("{label}: could not reach {url} ({reason}).")
            raise FetchError(
                message.format(label=label, url=url, reason=error.message), offline=error.kind != t.TLS
            ) from error
        status = response.status
        if status == 200:
            return response
        if (status in (429, 503) or status >= 500) and attempt < max_retries:
            wait = retry_after_seconds(response, min(2.0 ** (attempt + 1), 10.0))
            if wait > MAX_WAIT_SECONDS:
                raise FetchError(
                    tr(
                        "{label}: the service is busy (HTTP {status}) and asks to wait {seconds:.0f} s; try later."
                    ).format(label=label, status=status, seconds=wait)
                )
            attempt += 1
            result.retries += 1
            progress.warning(
                tr("{label}: the service answered HTTP {status}; waiting {seconds:.0f} s before try {attempt}.").format(
                    label=label, status=status, seconds=wait, attempt=attempt + 1
                )
            )
            _wait(wait, progress, sleep)
            continue
        raise FetchError(
            tr("{label}: the service answered HTTP {status} for {url}: {reason}").format(
                label=label, status=status, url=url, reason=service_reason(response) or tr("no reason given")
            )
        )
