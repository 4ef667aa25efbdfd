"""A stand-in for the PDOK Locatieserver v3.1 (``/free``, ``/suggest``, ``/lookup``), as a core Transport for the
core tests and behind a real HTTP server on 127.0.0.1 for the QGIS tests.

Shapes follow PDOK's documentation (OpenAPI at https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/, wiki
"API Locatieserver"): the Solr envelope ``{"response": {"numFound", "start", "maxScore", "numFoundExact", "docs"}}``;
address documents with ``type: "adres"``, ``weergavenaam``, ``postcode``, ``huisnummer``, ``huisletter``,
``huisnummertoevoeging``, ``gemeentecode`` (4 digits), ``gemeentenaam``, ``centroide_ll`` / ``centroide_rd`` as
WKT points; ``fq`` filters ``field:value`` (repeatable), ``fl`` field lists, ``rows`` / ``start`` paging; suggest
documents with ``id``, ``type``, ``weergavenaam``, ``score`` and a ``highlighting`` section; 3.1 answers 400 to a
parameter its specification does not have. Faults: ("status", code, headers, body) or ("timeout",).
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field

from ral_zuid_plugin.core.submission import transport as t
from tests.http_fakes import serve

__all__ = ["ADDRESSES", "FakeLocatieserver", "FakeLocatieserverTransport", "adres", "serve"]

ALLOWED = {
    "free": {"q", "fq", "fl", "rows", "start", "sort", "df", "bq", "lat", "lon", "wt", "indent"},
    "suggest": {"q", "fq", "fl", "rows", "start", "sort", "df", "bq", "qf", "lat", "lon", "wt", "indent"},
    "lookup": {"id", "fl", "wt", "indent"},
}


def adres(postcode: str, number: int, x: float, y: float, *, letter: str = "", addition: str = "",
          street: str = "Stratumseind", lon: float = 5.48, lat: float = 51.44, gemeente: str = "0772",
          gemeentenaam: str = "Eindhoven") -> dict:  # fmt: skip
    """An address document as the Locatieserver sends it."""
    shown = "{} {}{}{}, {} {}".format(
        street, number, letter, "-" + addition if addition else "", postcode[:4] + postcode[4:], gemeentenaam
    )
    doc = {
        "bron": "BAG",
        "type": "adres",
        "id": "adr-{}{}{}{}".format(postcode, number, letter, addition).lower(),
        "weergavenaam": shown,
        "straatnaam": street,
        "postcode": postcode,
        "huisnummer": number,
        "woonplaatsnaam": gemeentenaam,
        "gemeentecode": gemeente,
        "gemeentenaam": gemeentenaam,
        "provinciecode": "PV30",
        "provincienaam": "Noord-Brabant",
        "centroide_ll": "POINT({} {})".format(lon, lat),
        "centroide_rd": "POINT({} {})".format(x, y),
        "score": 7.5,
    }
    if letter:
        doc["huisletter"] = letter
    if addition:
        doc["huisnummertoevoeging"] = addition
    return doc


# A few Eindhoven postcodes (coordinates made up within the city); 5611XX has 150 addresses (two pages of 100).
ADDRESSES = [
    adres("5611EM", 10, 161750.125, 383250.5, street="Stadhuisplein"),
    adres("5611EM", 10, 161752.0, 383251.0, street="Stadhuisplein", letter="A"),
    adres("5611EM", 12, 161760.0, 383240.0, street="Stadhuisplein"),
    adres("5612AB", 3, 162100.0, 383900.0, street="Kruisstraat", addition="2"),
    adres("5612AB", 3, 162101.0, 383901.0, street="Kruisstraat", addition="1"),
    adres("5025AA", 1, 133000.0, 397000.0, street="Stationsplein", gemeente="0855", gemeentenaam="Tilburg"),
] + [adres("5611XX", n, 161000.0 + n, 382000.0, street="Lange straat") for n in range(1, 151)]


@dataclass
class FakeLocatieserver:
    base: str
    addresses: list[dict] = field(default_factory=lambda: list(ADDRESSES))
    faults: list = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    max_rows: int = 100

    def answer(self, url: str):
        self.requests.append(url)
        if self.faults:
            fault = self.faults.pop(0)
            return fault if fault[0] == "timeout" else (fault[1], fault[2], fault[3])
        parsed = urllib.parse.urlparse(url)
        endpoint = parsed.path.rstrip("/").rsplit("/", 1)[-1]
        pairs = urllib.parse.parse_qsl(parsed.query)
        if endpoint not in ALLOWED:
            return self._error(404, "Not Found")
        unknown = sorted({k for k, _ in pairs} - ALLOWED[endpoint])
        if unknown:
            return self._error(400, "unknown query parameter(s): " + ", ".join(unknown))
        query = dict(pairs)
        if endpoint == "suggest" and not query.get("q"):
            return self._error(400, "q is required")
        rows = int(query.get("rows", "10"))
        if rows > self.max_rows:
            return self._error(400, "rows must be at most {}".format(self.max_rows))
        start = int(query.get("start", "0"))
        docs = self.addresses
        if endpoint == "lookup":
            docs = [d for d in docs if d["id"] == query.get("id")]
        for name, value in pairs:
            if name == "fq":
                key, _, wanted = value.partition(":")
                docs = [d for d in docs if str(d.get(key, "")).lower() == wanted.lower()]
        if endpoint == "suggest":
            words = query["q"].lower().split()
            docs = [d for d in docs if all(w in d["weergavenaam"].lower() for w in words)]
        page = docs[start : start + rows]
        fields = [f for f in query.get("fl", "").split(",") if f] if endpoint != "suggest" else [
            "type", "weergavenaam", "id", "score"]  # fmt: skip
        if fields:
            page = [{k: v for k, v in d.items() if k in fields} for d in page]
        body = {
            "response": {
                "numFound": len(docs),
                "start": start,
                "maxScore": 7.5 if docs else 0.0,
                "numFoundExact": True,
                "docs": page,
            }
        }
        if endpoint == "suggest":
            body["highlighting"] = {d["id"]: {"suggest": ["<b>" + d["weergavenaam"] + "</b>"]} for d in page}
        return 200, {"content-type": "application/json"}, json.dumps(body).encode()

    @staticmethod
    def _error(status: int, message: str):
        body = {"title": message, "status": status}
        return status, {"content-type": "application/problem+json"}, json.dumps(body).encode()


class FakeLocatieserverTransport:
    """The fake service as a core Transport."""

    def __init__(self, service: FakeLocatieserver) -> None:
        self.service = service

    def request(self, method, url, body=None, headers=None):
        answer = self.service.answer(url)
        if answer[0] == "timeout":
            raise t.TransportError(t.TIMEOUT, "Operation canceled")
        status, headers_out, content = answer
        return t.HttpResponse(status, content, dict(headers_out))
