"""The reviewer's OGC API client: paged reading of the whole collection, and conditional writes of decisions.

It extends the gemeente's :class:`~ral_zuid_plugin.core.submission.ogcapi.FeaturesClient`, so it shares its
guarantees: requests only through the small transport interface (the QGIS network stack in the plugin), redirects
followed only within the same origin, the same error messages. A ``next`` link to another origin is refused as
well: credentials never go to another address.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError, FeaturesClient, error_for_status, origin

DEFAULT_PAGE_SIZE = 1000
MAX_PAGES = 10_000


class PreconditionFailedError(RalZuidError):
    """The service refused a conditional write (HTTP 412): the item changed since it was read."""


class ReviewClient(FeaturesClient):
    """Reads all submissions page by page; reads and writes one item with its ETag."""

    _linked = False

    def fetch_all(self, progress: Progress | None = None, page_size: int = DEFAULT_PAGE_SIZE) -> list[dict[str, Any]]:
        """Every feature of the collection. Follows the ``next`` link (same origin only), else ``offset``."""
        progress = progress or SilentProgress()
        features: list[dict[str, Any]] = []
        url = "{}?f=json&limit={}".format(self.items_url, int(page_size))
        seen: set[str] = set()
        ids: set[str] = set()
        self._linked = False
        for _page in range(MAX_PAGES):
            check_cancelled(progress)
            if url in seen:
                raise DeliveryError(
                    tr("The service {url} sent the same page twice; stopped reading.").format(url=url), False
                )
            seen.add(url)
            response = self._call("GET", url)
            if response.status != 200:
                raise error_for_status(response, url)
            try:
                page = response.json()
                batch = page["features"]
                if not isinstance(batch, list):
                    raise TypeError
            except (ValueError, KeyError, TypeError) as error:
                raise DeliveryError(
                    tr("The service answered {url} with something other than a feature collection.").format(url=url),
                    retryable=True,
                ) from error
            if not batch:
                break
            new_ids = {str(f.get("id")) for f in batch if isinstance(f, dict)} - ids
            if not new_ids:  # a server that ignores the paging would otherwise be read for ever
                raise DeliveryError(
                    tr("The service {url} sent the same page twice; stopped reading.").format(url=url), False
                )
            ids |= new_ids
            features.extend(batch)
            matched = page.get("numberMatched")
            if isinstance(matched, int) and matched > 0:
                progress.set_progress(min(100.0, 100.0 * len(features) / matched))
                if len(features) >= matched:
                    break
            url = self._next_url(page, url, len(features), len(batch), page_size)
            if not url:
                break
        return features

    def _next_url(self, page: dict, url: str, total: int, returned: int, page_size: int) -> str:
        for link in page.get("links") or []:
            if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
                target = urllib.parse.urljoin(url, str(link["href"]))
                if origin(target) != origin(self.items_url):
                    raise DeliveryError(
                        tr(
                            "The service {url} points to the next page at another address ({target}). The plugin "
                            "sends no credentials to another address: ask the service's administrator."
                        ).format(url=self.items_url, target="{}://{}:{}".format(*origin(target))),
                        retryable=False,
                    )
                self._linked = True
                return target
        if self._linked or returned < page_size:  # a service that links its pages says "last page" by no link
            return ""
        parts = urllib.parse.urlparse(url)
        query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "offset"]
        query.append(("offset", str(total)))
        return urllib.parse.urlunparse(parts._replace(query=urllib.parse.urlencode(query)))

    def get_with_etag(self, feature_id: str) -> tuple[dict[str, Any] | None, str]:
        """The stored feature (or ``None``) and its ETag (``""`` when the service sends none)."""
        url = self.item_url(feature_id) + "?f=json"
        response = self._call("GET", url)
        if response.status == 404:
            return None, ""
        if response.status != 200:
            raise error_for_status(response, url)
        try:
            stored = response.json()
        except ValueError as error:
            raise DeliveryError(tr("The service answered {url} with unreadable JSON.").format(url=url), True) from error
        if not isinstance(stored, dict) or not isinstance(stored.get("properties"), dict):
            raise DeliveryError(
                tr("The service answered {url} with something other than a feature with properties.").format(url=url),
                retryable=True,
            )
        return stored, response.headers.get("etag", "")

    def put_if_match(self, feature: dict[str, Any], etag: str) -> None:
        """Replace the item; with an ETag only if it is still that version (412 -> :class:`PreconditionFailedError`)."""
        url = self.item_url(feature["id"])
        data = json.dumps(feature).encode("utf-8")
        headers = {"Accept": "application/geo+json, application/json", "Content-Type": "application/geo+json"}
        if etag:
            headers["If-Match"] = etag
        response = self._request_same_origin("PUT", url, data, headers)
        if response.status == 412:
            raise PreconditionFailedError(
                tr("Candidate {feature_id} changed on the service since it was read.").format(feature_id=feature["id"])
            )
        if response.status not in (200, 201, 204):
            raise error_for_status(response, url)

    def _request_same_origin(self, method: str, url: str, data: bytes, headers: dict[str, str]):
        """One write with extra headers; no redirects at all (a conditional write is never re-aimed)."""
        from ral_zuid_plugin.core.submission import transport as t
        from ral_zuid_plugin.core.submission.ogcapi import REDIRECTS, error_for_transport

        try:
            response = self.transport.request(method, url, data, headers)
        except t.TransportError as error:
            raise error_for_transport(error, url) from error
        if response.status in REDIRECTS:
            raise DeliveryError(
                tr(
                    "The service {url} answered a {method} with a redirect (HTTP {status}). Set the service URL to the "
                    "address the service really uses."
                ).format(url=url, method=method, status=response.status),
                retryable=False,
            )
        return response
