"""Paged reading of a WFS 2.0 feature type as GeoJSON (PDOK's MapServer WFS), over the core Transport.

PDOK publishes the CBS vierkantstatistieken as WFS services
(``https://service.pdok.nl/cbs/vierkantstatistieken{100|500}m/{year}/wfs/v1_0``). The feature type is looked up in
the capabilities (its name changes between editions), then ``GetFeature`` is asked for GeoJSON in RD New with a
``bbox`` in RD New, ``count`` features per page from ``startIndex``; a page shorter than ``count`` is the last.
When the answer carries ``numberMatched`` (WFS 2.0's total), the number received must equal it. Service errors
(an OWS ``ExceptionReport``, whatever the HTTP status) become a message with the service's ``ExceptionText``.
"""

from __future__ import annotations

import json
import time
import urllib.parse
import xml.etree.ElementTree as ET
from typing import Any, Callable

from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata.features import (
    FetchError,
    FetchResult,
    finish_download,
    get_with_retries,
    ows_exception_text,
)
from ral_zuid_plugin.core.progress import Progress, SilentProgress
from ral_zuid_plugin.core.submission import transport as t

RD_NEW_URN = "urn:ogc:def:crs:EPSG::28992"
PAGE_COUNT = 1000
ACCEPT_JSON = "application/json, application/geo+json;q=0.9"


def is_wfs(service_url: str) -> bool:
    """Whether a service URL names a WFS (PDOK's ``.../wfs/v1_0``) rather than an OGC API."""
    path = urllib.parse.urlparse(service_url).path.lower()
    return "/wfs" in path or "service=wfs" in service_url.lower()


def _url(service_url: str, params: list[tuple[str, str]]) -> str:
    base = service_url.split("?", 1)[0]
    return base + "?" + urllib.parse.urlencode(params)


def capabilities_url(service_url: str) -> str:
    return _url(service_url, [("service", "WFS"), ("version", "2.0.0"), ("request", "GetCapabilities")])


def feature_type_names(body: bytes) -> list[str]:
    """The ``FeatureType/Name`` values of a WFS capabilities document."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise ValueError(str(error)) from error
    names = []
    for element in root.iter():
        if element.tag.endswith("FeatureType"):
            for child in element:
                if child.tag.endswith("}Name") or child.tag == "Name":
                    names.append((child.text or "").strip())
    return [n for n in names if n]


def choose_feature_type(names: list[str], hint: str) -> str | None:
    """The feature type to read: an exact or namespaced match of ``hint``, else the first (by name) whose local
    name contains it, else the service's only feature type."""
    for name in names:
        if name == hint or name.split(":")[-1] == hint:
            return name
    matching = sorted(n for n in names if hint.lower() in n.split(":")[-1].lower())
    if matching:
        return matching[0]
    return names[0] if len(names) == 1 else None


def get_feature_url(service_url: str, type_name: str, bbox: tuple[float, float, float, float], start: int) -> str:
    return _url(
        service_url,
        [
            ("service", "WFS"),
            ("version", "2.0.0"),
            ("request", "GetFeature"),
            ("typeNames", type_name),
            ("outputFormat", "application/json"),
            ("srsName", RD_NEW_URN),
            ("bbox", "{:.3f},{:.3f},{:.3f},{:.3f},{}".format(*bbox, RD_NEW_URN)),
            ("count", str(PAGE_COUNT)),
            ("startIndex", str(start)),
        ],
    )


def _checked(response: t.HttpResponse, label: str, url: str) -> bytes:
    reason = ows_exception_text(response.body)
    if reason is not None:
        raise FetchError(
            tr("{label}: the service answered with an error for {url}: {reason}").format(
                label=label, url=url, reason=reason
            )
        )
    return response.body


def fetch_feature_type(
    transport: t.Transport,
    service_url: str,
    type_hint: str,
    bbox: tuple[float, float, float, float],
    *,
    label: str,
    progress: Progress | None = None,
    max_retries: int = 3,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """Every feature of the feature type named like ``type_hint`` within ``bbox`` (RD New)."""
    progress = progress or SilentProgress()
    result = FetchResult(url=service_url)
    url = capabilities_url(service_url)
    response = get_with_retries(transport, url, label, progress, max_retries, sleep, result, "application/xml")
    try:
        names = feature_type_names(_checked(response, label, url))
    except ValueError as error:
        raise FetchError(
            tr("{label}: the capabilities of {url} are not readable XML.").format(label=label, url=url)
        ) from error
    type_name = choose_feature_type(names, type_hint)
    if type_name is None:
        raise FetchError(
            tr("{label}: the service {url} offers no feature type like '{hint}' (it offers: {names}).").format(
                label=label, url=service_url, hint=type_hint, names=", ".join(names) or "-"
            )
        )
    result.url = get_feature_url(service_url, type_name, bbox, 0)
    seen: set[str] = set()
    start = 0
    while True:
        if progress.is_cancelled():
            raise CancelledError()
        url = get_feature_url(service_url, type_name, bbox, start)
        response = get_with_retries(transport, url, label, progress, max_retries, sleep, result, ACCEPT_JSON)
        page = _page(_checked(response, label, url), label, url)
        features = page["features"]
        for feature in features:
            key = _identity(feature)
            if key is not None and key in seen:
                continue  # a feature repeated across pages (unstable order without sortBy) counts once
            if key is not None:
                seen.add(key)
            result.features.append(feature)
        result.pages += 1
        if result.number_matched is None and isinstance(page.get("numberMatched"), int):
            result.number_matched = int(page["numberMatched"])
        if result.number_matched:
            progress.set_progress(min(100.0, 100.0 * len(result.features) / result.number_matched))
        if len(features) < PAGE_COUNT:
            break
        start += PAGE_COUNT
    return finish_download(result, label, progress)


def _page(body: bytes, label: str, url: str) -> dict[str, Any]:
    try:
        page = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise FetchError(
            tr("{label}: the answer of {url} is not readable JSON.").format(label=label, url=url)
        ) from error
    if not isinstance(page, dict) or not isinstance(page.get("features"), list):
        raise FetchError(
            tr("{label}: the answer of {url} is not a GeoJSON FeatureCollection.").format(label=label, url=url)
        )
    return page


def _identity(feature: Any) -> str | None:
    if not isinstance(feature, dict):
        return None
    if feature.get("id") not in (None, ""):
        return str(feature["id"])
    return None
