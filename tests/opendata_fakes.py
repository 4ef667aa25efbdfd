"""A stand-in for PDOK's OGC API - Features services (wijken en buurten, vierkantstatistieken), used by the core
tests as a Transport and by the QGIS tests behind a real HTTP server on 127.0.0.1.

Shapes follow the services' public documentation and OGC API - Features Parts 1 and 2: a GeoJSON
FeatureCollection per page with ``links`` (``rel`` self / next, the next page by an opaque ``cursor`` as PDOK's
GoKoala does), optional ``numberMatched`` / ``numberReturned``, the ``crs`` / ``bbox`` / ``bbox-crs`` query
parameters and a ``Content-Crs`` header; errors as RFC 7807 problem+json (GoKoala) or an OGC exception
(``code`` / ``description``, pygeoapi); 429 with ``Retry-After``.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field

from ral_zuid_plugin.core.submission import transport as t

RD = "http://www.opengis.net/def/crs/EPSG/0/28992"


def square(x: float, y: float, size: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
    }


def buurt(code: str, gemeente: str, households, inhabitants, x: float, y: float, water: str = "NEE") -> dict:
    return {
        "type": "Feature",
        "id": code,
        "properties": {
            "buurtcode": code,
            "buurtnaam": "Buurt " + code[-2:],
            "wijkcode": "WK" + code[2:8],
            "gemeentecode": gemeente,
            "gemeentenaam": "Eindhoven" if gemeente == "GM0772" else "Elders",
            "water": water,
            "aantalHuishoudens": households,
            "aantalInwoners": inhabitants,
            "omgevingsadressendichtheid": 2500,
            "stedelijkheidAdressenPerKm2": 1,
        },
        "geometry": square(x, y, 400),
    }


def cbs_square(x: int, y: int, households, inhabitants, size: int = 500) -> dict:
    code = "E{:04d}N{:04d}".format(x // 100, y // 100)
    return {
        "type": "Feature",
        "id": code,
        "properties": {
            "crs28992res{}m".format(size): code,
            "aantal_inwoners": inhabitants,
            "aantal_part_huishoudens": households,
        },
        "geometry": square(x, y, size),
    }


def _bounds(geometry: dict) -> tuple[float, float, float, float]:
    ring = geometry["coordinates"][0]
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass
class FakeFeaturesService:
    base: str
    collections: dict[str, list[dict]]
    page_size: int = 2
    number_matched: bool = True
    faults: list = field(default_factory=list)
    """Answers given before the normal ones, in order: ("status", code, headers, body) or ("timeout",)."""
    requests: list[str] = field(default_factory=list)
    wrong_crs: bool = False

    def answer(self, url: str):
        """(status, headers, body) for a GET of ``url``; ("timeout",) for no answer in time."""
        self.requests.append(url)
        if self.faults:
            fault = self.faults.pop(0)
            if fault[0] == "timeout":
                return fault
            return fault[1], fault[2], fault[3]
        parsed = urllib.parse.urlparse(url)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        parts = parsed.path.rstrip("/").split("/")
        if len(parts) < 3 or parts[-1] != "items" or parts[-3] != "collections" or parts[-2] not in self.collections:
            return (
                404,
                {"content-type": "application/problem+json"},
                json.dumps({"title": "Not Found", "status": 404, "detail": "collection not found"}).encode(),
            )
        if query.get("crs") not in (None, RD) or query.get("bbox-crs") not in (None, RD):
            return (
                400,
                {"content-type": "application/problem+json"},
                json.dumps({"title": "Bad Request", "status": 400, "detail": "unsupported crs"}).encode(),
            )
        features = self.collections[parts[-2]]
        if "bbox" in query:
            minx, miny, maxx, maxy = (float(v) for v in query["bbox"].split(","))
            features = [
                f
                for f in features
                if not (
                    _bounds(f["geometry"])[0] > maxx
                    or _bounds(f["geometry"])[2] < minx
                    or _bounds(f["geometry"])[1] > maxy
                    or _bounds(f["geometry"])[3] < miny
                )
            ]
        limit = min(int(query.get("limit", self.page_size)), self.page_size)
        start = int(query.get("cursor", "0"))
        page = features[start : start + limit]
        links = [{"rel": "self", "type": "application/geo+json", "href": url}]
        if start + limit < len(features):
            next_query = dict(query, cursor=str(start + limit))
            links.append(
                {
                    "rel": "next",
                    "type": "application/geo+json",
                    "title": "Next page",
                    "href": "{}{}?{}".format(self.base, parsed.path, urllib.parse.urlencode(next_query)),
                }
            )
        body = {"type": "FeatureCollection", "links": links, "features": page, "numberReturned": len(page)}
        if self.number_matched:
            body["numberMatched"] = len(features)
        crs = "http://www.opengis.net/def/crs/OGC/1.3/CRS84" if self.wrong_crs else query.get("crs", RD)
        headers = {"content-type": "application/geo+json", "content-crs": "<{}>".format(crs)}
        return 200, headers, json.dumps(body).encode()


class FakeTransport:
    """The fake service as a core Transport."""

    def __init__(self, service: FakeFeaturesService) -> None:
        self.service = service

    def request(self, method, url, body=None, headers=None):
        answer = self.service.answer(url)
        if answer[0] == "timeout":
            raise t.TransportError(t.TIMEOUT, "Operation canceled")
        status, headers_out, content = answer
        return t.HttpResponse(status, content, dict(headers_out))


class OfflineTransport:
    def __init__(self) -> None:
        self.calls = 0

    def request(self, method, url, body=None, headers=None):
        self.calls += 1
        raise t.TransportError(t.CONNECTION, "Host api.pdok.nl not found")


# Eindhoven (GM0772): three land buurten, one water buurt; one buurt of Oirschot (GM0823) inside the bbox;
# one far away (Tilburg) outside it.
BUURTEN = [
    buurt("BU07720001", "GM0772", 1200, 2500, 161000, 383000),
    buurt("BU07720002", "GM0772", 800, 1700, 161500, 383000),
    buurt("BU07720003", "GM0772", -99997, 30, 161000, 383500),  # households secret
    buurt("BU07729999", "GM0772", 0, 0, 160000, 380000, water="JA"),
    buurt("BU08230001", "GM0823", 500, 1100, 152500, 389500),
    buurt("BU08550001", "GM0855", 900, 2000, 133000, 397000),
]
# 500 m squares: four with their centre in Eindhoven, one (152500, 389500) with its centre in Oirschot,
# one in Tilburg outside the bbox.
SQUARES = [
    cbs_square(161000, 383000, 310, 640),
    cbs_square(161500, 383000, 125, 260),
    cbs_square(161000, 383500, -99997, 4),
    cbs_square(155250, 386750, 40, 90),
    cbs_square(152500, 389500, 70, 150),
    cbs_square(133000, 397000, 999, 2000),
]
