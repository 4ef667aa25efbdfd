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
    _filtered: dict = field(default_factory=dict)

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
        cache_key = (parts[-2], query.get("bbox"))
        if cache_key in self._filtered:
            features = self._filtered[cache_key]
        elif "bbox" in query:
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
        self._filtered[cache_key] = features
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


def ocpi_location(
    location_id: str,
    lat,
    lon,
    *,
    address: str = "Markt 1",
    parking_type: str | None = "ON_STREET",
    twentyfourseven: bool | None = True,
    evses: list | None = None,
    publish: bool = True,
) -> dict:
    """An OCPI 2.2.1 Location as NDW's feed carries it (coordinates as strings)."""
    location = {
        "country_code": "NL",
        "party_id": "TST",
        "id": location_id,
        "publish": publish,
        "name": "Laadlocatie " + location_id,
        "address": address,
        "city": "Eindhoven",
        "postal_code": "5611 AA",
        "country": "NLD",
        "coordinates": {"latitude": str(lat), "longitude": str(lon)} if lat is not None else {},
        "evses": evses or [],
        "operator": {"name": "Test CPO"},
        "time_zone": "Europe/Amsterdam",
        "last_updated": "2026-11-28T10:00:00Z",
    }
    if parking_type:
        location["parking_type"] = parking_type
    if twentyfourseven is not None:
        location["opening_times"] = {"twentyfourseven": twentyfourseven}
    return location


def evse(uid: str, status: str = "AVAILABLE", restrictions=None, **connector) -> dict:
    item = {
        "uid": uid,
        "evse_id": "NL*TST*E" + uid,
        "status": status,
        "connectors": [{"id": "1", "standard": "IEC_62196_T2", "format": "SOCKET", **connector}],
        "last_updated": "2026-11-28T10:00:00Z",
    }
    if restrictions:
        item["parking_restrictions"] = restrictions
    return item


AC11 = {"power_type": "AC_3_PHASE", "max_voltage": 230, "max_amperage": 16}  # no max_electric_power: 3*230*16 W
LOCATIONS = [
    # public street site, 3 EVSEs of which 1 REMOVED -> 2 laadpunten, 11.04 kW
    ocpi_location("NLTSTL1", 51.4416, 5.4697,
                  evses=[evse("1", **AC11), evse("2", **AC11), evse("3", "REMOVED", **AC11)]),
    # garage, not 24/7, one 150 kW DC EVSE -> semipubliek, fast
    ocpi_location("NLTSTL2", 51.4380, 5.4780, address="Garage 5", parking_type="PARKING_GARAGE",
                  twentyfourseven=False, evses=[evse("4", power_type="DC", max_electric_power=150000)]),
    # the same site as L1 under a second id, 22 kW: merged with L1, keeping this row (highest power)
    ocpi_location("b1c2-uuid", 51.4416, 5.4697, evses=[evse("5", power_type="AC_3_PHASE", max_electric_power=22000),
                                                      evse("6", power_type="AC_3_PHASE", max_electric_power=22000)]),
    ocpi_location("NLTSTL4", 51.4420, 5.4700, address="Verborgen 1", publish=False, evses=[evse("7", **AC11)]),
    # nothing said about access -> onbekend
    ocpi_location("NLTSTL5", 51.4450, 5.4600, address="Straat 9", parking_type=None, twentyfourseven=None,
                  evses=[evse("8", **AC11)]),
    ocpi_location("NLTSTL6", 51.5555, 5.0913, address="Tilburg 1", evses=[evse("9", **AC11)]),  # Tilburg
    ocpi_location("NLTSTL7", None, None, address="Zonder 1", evses=[evse("10", **AC11)]),  # no coordinates
]  # fmt: skip


@dataclass
class FakeOcpiService:
    """NDW's gzip file (``mode="gzip"``) or an OCPI locations endpoint with envelope and Link paging."""

    base: str
    locations: list[dict]
    mode: str = "gzip"
    page_size: int = 2
    faults: list = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def answer(self, url: str):
        import gzip

        self.requests.append(url)
        if self.faults:
            fault = self.faults.pop(0)
            return fault if fault[0] == "timeout" else (fault[1], fault[2], fault[3])
        if self.mode == "gzip":
            return 200, {"content-type": "application/gzip"}, gzip.compress(json.dumps(self.locations).encode())
        parsed = urllib.parse.urlparse(url)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        offset = int(query.get("offset", "0"))
        page = self.locations[offset : offset + self.page_size]
        headers = {"content-type": "application/json", "x-total-count": str(len(self.locations))}
        if offset + self.page_size < len(self.locations):
            next_url = "{}{}?offset={}&limit={}".format(self.base, parsed.path, offset + self.page_size, self.page_size)
            headers["link"] = '<{}>; rel="next"'.format(next_url)
        body = {"data": page, "status_code": 1000, "status_message": "Success", "timestamp": "2026-11-28T10:00:00Z"}
        return 200, headers, json.dumps(body).encode()


def pc4_area(code: str, x: float, y: float) -> dict:
    """A CBS postcode4 area as PDOK's postcode4 collection carries it (``postcode`` as a number)."""
    return {"type": "Feature", "id": code, "properties": {"postcode": int(code)}, "geometry": square(x, y, 400)}


# Three PC4 areas inside Eindhoven (the same places as the buurten above), one in Oirschot inside Eindhoven's bbox.
PC4_AREAS = [
    pc4_area("5611", 161000, 383000),
    pc4_area("5612", 161500, 383000),
    pc4_area("5613", 161000, 383500),
    pc4_area("5688", 152500, 389500),
]


def rdw_row(postcode: str, kind: str, fuel: str, plug: str, count: int) -> dict:
    """A row of RDW's "Brandstoffen op PC4" as Socrata's JSON sends it: every value a string."""
    return {"postcode": postcode, "voertuigsoort": kind, "brandstof": fuel, "extern_oplaadbaar": plug,
            "aantal": str(count)}  # fmt: skip


RDW_ROWS = [
    rdw_row("5611", "Personenauto", "E", "J", 120),
    rdw_row("5611", "Personenauto", "B", "J", 30),  # plug-in hybrid
    rdw_row("5611", "Personenauto", "B", "N", 900),
    rdw_row("5611", "Bedrijfsauto", "E", "J", 15),  # a van: not a passenger car
    rdw_row("5612", "Personenauto", "Elektriciteit", "J", 75),  # the fuel written out
    rdw_row("5612", "Personenauto", "D", "N", 400),
    rdw_row("5613", "Personenauto", "B", "N", 500),  # no electric row: fewer than 10, left out by RDW
    rdw_row("5688", "Personenauto", "E", "J", 50),  # Oirschot
]


@dataclass
class FakeSocrataService:
    """RDW's Socrata (SODA 2.1) resource: ``$where`` with ``postcode in(...)`` and the vehicle kind, ``$limit`` /
    ``$offset`` paging (a page shorter than ``$limit`` is the last), errors as ``{"message", "errorCode"}``."""

    rows: list[dict]
    faults: list = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def answer(self, url: str):
        import re

        self.requests.append(url)
        if self.faults:
            fault = self.faults.pop(0)
            return fault if fault[0] == "timeout" else (fault[1], fault[2], fault[3])
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(url).query))
        where = query.get("$where", "")
        codes = re.search(r"postcode in\(([^)]*)\)", where)
        kind = re.search(r"upper\(voertuigsoort\)='([^']*)'", where)
        if codes is None:
            body = {"message": "Query coordinator error: query.soql.no-such-column", "errorCode": "query.soql"}
            return 400, {"content-type": "application/json"}, json.dumps(body).encode()
        wanted = set(codes.group(1).split(","))
        rows = [
            r for r in self.rows
            if r["postcode"] in wanted and (kind is None or r["voertuigsoort"].upper() == kind.group(1))
        ]  # fmt: skip
        offset, limit = int(query.get("$offset", "0")), int(query.get("$limit", "1000"))
        return 200, {"content-type": "application/json"}, json.dumps(rows[offset : offset + limit]).encode()


class RoutingTransport:
    """One core Transport in front of several fake services, chosen by the URL's start."""

    def __init__(self, routes: dict) -> None:
        self.routes = routes

    def request(self, method, url, body=None, headers=None):
        for prefix, service in self.routes.items():
            if url.startswith(prefix):
                return FakeTransport(service).request(method, url, body, headers)
        raise t.TransportError(t.CONNECTION, "Host not found: " + url)


WFS_CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0"
    xmlns:ows="http://www.opengis.net/ows/1.1">
  <ows:ServiceIdentification><ows:Title>CBS Vierkantstatistieken 500m 2024</ows:Title></ows:ServiceIdentification>
  <wfs:FeatureTypeList>
    {types}
  </wfs:FeatureTypeList>
</wfs:WFS_Capabilities>"""

OWS_EXCEPTION = """<?xml version="1.0" encoding="UTF-8"?>
<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" version="2.0.0">
  <ows:Exception exceptionCode="{code}" locator="{locator}">
    <ows:ExceptionText>{text}</ows:ExceptionText>
  </ows:Exception>
</ows:ExceptionReport>"""


@dataclass
class FakeWfsService:
    """PDOK's MapServer WFS 2.0: ``GetCapabilities`` (XML), ``GetFeature`` with ``outputFormat=application/json``,
    ``srsName`` and ``bbox`` with a CRS URN, ``count`` / ``startIndex`` paging; errors as an OWS ExceptionReport
    (MapServer sends them with HTTP 200 as often as with 400, ``error_status`` chooses)."""

    type_names: list[str]
    features: list[dict]
    number_matched: bool = False
    error_status: int = 200
    faults: list = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def _error(self, code: str, locator: str, text: str):
        body = OWS_EXCEPTION.format(code=code, locator=locator, text=text).encode()
        return self.error_status, {"content-type": "text/xml"}, body

    def answer(self, url: str):
        self.requests.append(url)
        if self.faults:
            fault = self.faults.pop(0)
            return fault if fault[0] == "timeout" else (fault[1], fault[2], fault[3])
        query = {k.lower(): v for k, v in urllib.parse.parse_qsl(urllib.parse.urlparse(url).query)}
        if query.get("request") == "GetCapabilities":
            types = "".join(
                "<wfs:FeatureType><wfs:Name>{}</wfs:Name></wfs:FeatureType>".format(n) for n in self.type_names
            )
            return 200, {"content-type": "text/xml"}, WFS_CAPABILITIES.format(types=types).encode()
        if query.get("request") != "GetFeature":
            return self._error("OperationNotSupported", "request", "unknown request")
        if query.get("typenames") not in self.type_names:
            return self._error(
                "InvalidParameterValue", "typenames", "Unknown feature type " + str(query.get("typenames"))
            )
        if query.get("srsname") != "urn:ogc:def:crs:EPSG::28992" or not query.get("bbox", "").endswith(
            ",urn:ogc:def:crs:EPSG::28992"
        ):
            return self._error("InvalidParameterValue", "srsName", "srsName and bbox must be in EPSG::28992")
        minx, miny, maxx, maxy = (float(v) for v in query["bbox"].split(",")[:4])
        inside = [
            f for f in self.features
            if not (_bounds(f["geometry"])[0] > maxx or _bounds(f["geometry"])[2] < minx
                    or _bounds(f["geometry"])[1] > maxy or _bounds(f["geometry"])[3] < miny)
        ]  # fmt: skip
        start, count = int(query.get("startindex", "0")), int(query.get("count", "1000000"))
        body = {"type": "FeatureCollection", "features": inside[start : start + count]}
        if self.number_matched:
            body["numberMatched"] = len(inside)
            body["numberReturned"] = len(body["features"])
        return 200, {"content-type": "application/json; subtype=geojson"}, json.dumps(body).encode()
