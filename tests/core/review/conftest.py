"""A small OGC API - Features server in memory for the reviewer's core tests (paging, ETags, faults)."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from ral_zuid_plugin.core.submission import transport as t

BASE = "https://aanmelden.example.nl"
ITEMS = BASE + "/collections/aanmeldingen/items"


def feature(kandidaat_id, gemeentecode, lon, lat, *, created="2026-11-01T09:00:00Z", status="ontvangen", **properties):
    stamp = created.replace("-", "").replace(":", "")
    values = {
        "kandidaat_id": kandidaat_id,
        "naam": kandidaat_id,
        "gemeentecode": gemeentecode,
        "gemeentenaam": "",
        "submission_id": "{}-{}".format(gemeentecode, stamp),
        "submission_created": created,
        "vermogen_kw": 150.0,
        "aantal_laadpunten": 2,
        "doelgroepen": "personenauto",
        "grondeigendom": "gemeente",
        "advies": "nader onderzoek",
        "score": 50.0,
        "regels_bestand": "snellaadvisie_ral_zuid.json",
        "regels_versie": "1.0.0",
        "regels_sha256": "",
        "criteria": {},
        "review_status": status,
        "review_opmerking": "",
    }
    values.update(properties)
    return {
        "type": "Feature",
        "id": "{}-{}".format(gemeentecode, kandidaat_id),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": values,
    }


class MemoryServer:
    """GET pages (``limit``/``offset``, optionally ``next`` links), GET/PUT items with ETags, queued faults."""

    def __init__(self, features=(), etags=False, next_links=False):
        self.items = {f["id"]: f for f in features}
        self.versions = dict.fromkeys(self.items, 1)
        self.etags = etags
        self.next_links = next_links
        self.faults: list[str] = []
        self.requests: list[tuple[str, str, dict]] = []

    def request(self, method, url, body=None, headers=None):
        self.requests.append((method, url, dict(headers or {})))
        fault = self.faults.pop(0) if self.faults else ""
        if fault == "refuse":
            raise t.TransportError(t.CONNECTION, "Connection refused")
        if fault in ("500", "401", "503"):
            return t.HttpResponse(int(fault), b'{"description": "fault"}')
        response = self._answer(method, url, body, headers or {})
        if fault == "drop":
            raise t.TransportError(t.CONNECTION, "Connection closed")
        return response

    def _answer(self, method, url, body, headers):
        parts = urllib.parse.urlparse(url)
        path = parts.scheme + "://" + parts.netloc + parts.path
        query = dict(urllib.parse.parse_qsl(parts.query))
        if path == ITEMS and method == "GET":
            limit, offset = int(query.get("limit", 10)), int(query.get("offset", 0))
            ids = sorted(self.items)
            page = [self.items[i] for i in ids[offset : offset + limit]]
            links = []
            if self.next_links and offset + limit < len(ids):
                links.append(
                    {"rel": "next", "href": "{}?f=json&limit={}&offset={}".format(ITEMS, limit, offset + limit)}
                )
            body = {"type": "FeatureCollection", "features": page, "numberMatched": len(ids), "links": links}
            return t.HttpResponse(200, json.dumps(body).encode())
        feature_id = urllib.parse.unquote(path[len(ITEMS) + 1 :])
        tag = '"v{}"'.format(self.versions.get(feature_id, 0))
        if method == "GET":
            if feature_id not in self.items:
                return t.HttpResponse(404)
            return t.HttpResponse(200, json.dumps(self.items[feature_id]).encode(), {"etag": tag} if self.etags else {})
        if method == "PUT":
            if "If-Match" in headers and headers["If-Match"] != tag:
                return t.HttpResponse(412)
            self.items[feature_id] = json.loads(body)
            self.versions[feature_id] = self.versions.get(feature_id, 0) + 1
            return t.HttpResponse(204)
        return t.HttpResponse(405)

    def puts(self) -> int:
        return sum(1 for method, _, _ in self.requests if method == "PUT")


@pytest.fixture()
def memory_server():
    return MemoryServer
