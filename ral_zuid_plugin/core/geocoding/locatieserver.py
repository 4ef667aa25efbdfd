"""PDOK Locatieserver (v3.1) over the core Transport: postcode + huisnummer to RD New coordinates, and suggestions.

Request and answer shapes follow PDOK's documentation (https://api.pdok.nl/bzk/locatieserver/search/v3_1/ui/ and
the wiki "API Locatieserver"): Solr parameters ``q``, ``fq`` (repeatable filter ``field:value``), ``fl`` (fields),
``rows`` and ``start``; the answer ``{"response": {"numFound": n, "start": s, "docs": [...]}}`` with per document
``id``, ``type`` (``adres``, ``weg``, ...), ``weergavenaam``, ``postcode``, ``huisnummer``, ``huisletter``,
``huisnummertoevoeging``, ``gemeentecode`` (``0772``), ``gemeentenaam`` and ``centroide_rd`` as WKT
``POINT(x y)`` in RD New. ``/suggest`` answers the same envelope (``id``, ``type``, ``weergavenaam``, ``score``);
``/lookup?id=`` gives one document by id. Version 3.1 refuses parameters its specification does not name.

Batching: the service has no batch endpoint, so the client asks once per postcode for all its addresses (paged
by ``rows``/``start``) and matches the house numbers locally: a request export with 10,000 addresses in 3,000
postcodes costs 3,000 calls, and the answers are cached per postcode (:mod:`.cache`). 429/503 answers wait as
``Retry-After`` says and time-outs are retried (:func:`~ral_zuid_plugin.core.opendata.features.get_with_retries`).
Offline (asked for, or when the service cannot be reached) only the cache answers, and what could not be located
is reported.
"""

from __future__ import annotations

import re
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Callable

from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.geocoding.addresses import HouseNumber, normalise_postcode, parse_house_number
from ral_zuid_plugin.core.geocoding.cache import AddressCache, MemoryAddressCache
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata.features import FetchError, FetchResult, get_with_retries
from ral_zuid_plugin.core.progress import Progress, SilentProgress
from ral_zuid_plugin.core.submission import transport as t

LOCATIESERVER_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1"
ATTRIBUTION = "PDOK Locatieserver (BAG, Kadaster)"
ADDRESS_FIELDS = (
    "id,weergavenaam,type,postcode,huisnummer,huisletter,huisnummertoevoeging,gemeentecode,gemeentenaam,centroide_rd"
)
PAGE_ROWS = 100
MAX_AGE_DAYS = 90.0
_POINT = re.compile(r"POINT\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)\s*\)")


@dataclass(frozen=True)
class Address:
    """One BAG address with its point in RD New (EPSG:28992)."""

    id: str
    weergavenaam: str
    x: float
    y: float
    postcode: str = ""
    huisnummer: int = 0
    huisletter: str = ""
    toevoeging: str = ""
    gemeentecode: str = ""
    """``GM`` + 4 digits (the service sends the 4 digits)."""
    gemeentenaam: str = ""


@dataclass(frozen=True)
class Suggestion:
    id: str
    weergavenaam: str
    type: str
    score: float = 0.0


@dataclass
class LocateResult:
    """What :meth:`LocatieserverClient.locate_many` found, per :func:`locate_key` of the pairs given."""

    found: dict[tuple[str, str], Address] = field(default_factory=dict)
    not_found: list[tuple[str, str]] = field(default_factory=list)
    """The service knows no such address (or the postcode / number is not valid)."""
    unreachable: list[tuple[str, str]] = field(default_factory=list)
    """Not asked: offline, or the service could not be reached (and the cache did not have the postcode)."""
    calls: int = 0
    from_cache: int = 0
    """Postcodes answered from the cache."""
    reason: str = ""
    """Why the service could not be reached (empty when it could, or offline mode was asked for)."""


def locate_key(postcode: object, huisnummer: object) -> tuple[str, str]:
    """The key of a pair in :class:`LocateResult`: the texts as given, stripped (a spreadsheet's 12.0 as 12)."""
    if isinstance(huisnummer, float) and huisnummer == huisnummer and huisnummer % 1 == 0:
        huisnummer = int(huisnummer)
    return ("" if postcode is None else str(postcode).strip(), "" if huisnummer is None else str(huisnummer).strip())


def point_from_wkt(text: object) -> tuple[float, float] | None:
    match = _POINT.search(str(text or ""))
    if not match:
        return None
    return float(match.group(1)), float(match.group(2))


def address_from_doc(doc: dict) -> Address | None:
    """An :class:`Address` from one Locatieserver document; None without a readable ``centroide_rd``."""
    point = point_from_wkt(doc.get("centroide_rd"))
    if point is None:
        return None
    code = str(doc.get("gemeentecode") or "").strip()
    if code.isdigit():
        code = "GM" + code.zfill(4)
    try:
        number = int(doc.get("huisnummer") or 0)
    except (TypeError, ValueError):
        number = 0
    return Address(
        id=str(doc.get("id") or ""),
        weergavenaam=str(doc.get("weergavenaam") or ""),
        x=point[0],
        y=point[1],
        postcode=str(doc.get("postcode") or "").replace(" ", "").upper(),
        huisnummer=number,
        huisletter=str(doc.get("huisletter") or "").upper(),
        toevoeging=str(doc.get("huisnummertoevoeging") or "").upper(),
        gemeentecode=code,
        gemeentenaam=str(doc.get("gemeentenaam") or ""),
    )


def _address_dict(address: Address) -> dict:
    return {
        "id": address.id,
        "weergavenaam": address.weergavenaam,
        "centroide_rd": "POINT({!r} {!r})".format(address.x, address.y),
        "postcode": address.postcode,
        "huisnummer": address.huisnummer,
        "huisletter": address.huisletter,
        "huisnummertoevoeging": address.toevoeging,
        "gemeentecode": address.gemeentecode[2:] if address.gemeentecode.startswith("GM") else address.gemeentecode,
        "gemeentenaam": address.gemeentenaam,
    }


def match_house(addresses: list[Address], house: HouseNumber) -> Address | None:
    """The address with this number, letter and addition; else the only or first (by letter, addition) with
    this number when the export leaves the letter or addition out."""
    same = [a for a in addresses if a.huisnummer == house.number]
    if not same:
        return None
    for address in same:
        if address.huisletter == house.letter and address.toevoeging == house.addition:
            return address
    if house.letter or house.addition:
        combined = house.letter + house.addition
        for address in same:
            if address.huisletter + address.toevoeging == combined:
                return address
    plain = sorted(same, key=lambda a: (a.huisletter, a.toevoeging))
    return plain[0] if not (house.letter or house.addition) else None


class LocatieserverClient:
    """Postcode + huisnummer lookups (batched per postcode, cached) and suggestions for a search box.

    ``offline=True`` never calls the service: only the cache answers.
    """

    def __init__(
        self,
        transport: t.Transport,
        cache: AddressCache | None = None,
        *,
        base_url: str = LOCATIESERVER_URL,
        offline: bool = False,
        max_age_days: float = MAX_AGE_DAYS,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport
        self.cache = cache if cache is not None else MemoryAddressCache()
        self.base_url = base_url.rstrip("/")
        self.offline = offline
        self.max_age_days = max_age_days
        self.max_retries = max_retries
        self.sleep = sleep
        self.label = tr("PDOK Locatieserver")
        self.calls = 0
        """Calls made to the service so far."""

    # --- single calls -------------------------------------------------------------------------------------------
    def url(self, endpoint: str, params: list[tuple[str, object]]) -> str:
        return "{}/{}?{}".format(self.base_url, endpoint, urllib.parse.urlencode([(k, str(v)) for k, v in params]))

    def _get_json(self, url: str, progress: Progress) -> dict:
        response = get_with_retries(
            self.transport, url, self.label, progress, self.max_retries, self.sleep, FetchResult(url=url),
            "application/json",
        )  # fmt: skip
        try:
            data = response.json()
        except ValueError as error:
            raise FetchError(
                tr("{label}: the answer of {url} is not readable JSON.").format(label=self.label, url=url)
            ) from error
        if not isinstance(data, dict) or not isinstance(data.get("response"), dict):
            raise FetchError(
                tr("{label}: the answer of {url} is not a Locatieserver response.").format(label=self.label, url=url)
            )
        return data["response"]

    def postcode_addresses(self, postcode: str, progress: Progress | None = None) -> list[Address]:
        """Every address of one postcode (normalised, e.g. ``5611AA``): from the cache when fresh, else asked
        (paged) and cached. Raises :class:`FetchError` when the service cannot answer and the cache has nothing."""
        progress = progress or SilentProgress()
        cached = self.cache.get(postcode)
        if cached is not None and (self.offline or cached[1] <= self.max_age_days):
            return [a for a in (address_from_doc(d) for d in cached[0]) if a is not None]
        if self.offline:
            message = tr("{label}: offline, and {postcode} is not in the cache.")
            raise FetchError(message.format(label=self.label, postcode=postcode), offline=True)
        try:
            addresses = self._fetch_postcode(postcode, progress)
        except FetchError:
            if cached is None:
                raise
            return [a for a in (address_from_doc(d) for d in cached[0]) if a is not None]
        self.cache.put(postcode, [_address_dict(a) for a in addresses])
        return addresses

    def _fetch_postcode(self, postcode: str, progress: Progress) -> list[Address]:
        addresses: list[Address] = []
        start = 0
        while True:
            if progress.is_cancelled():
                raise CancelledError()
            url = self.url(
                "free",
                [("fq", "type:adres"), ("fq", "postcode:" + postcode), ("fl", ADDRESS_FIELDS), ("rows", PAGE_ROWS),
                 ("start", start)],
            )  # fmt: skip
            self.calls += 1
            answer = self._get_json(url, progress)
            docs = answer.get("docs") or []
            addresses.extend(a for a in (address_from_doc(d) for d in docs if isinstance(d, dict)) if a is not None)
            start += len(docs)
            found = answer.get("numFound")
            if not docs or not isinstance(found, int) or start >= found:
                return addresses

    def lookup_address(self, postcode: object, huisnummer: object, progress: Progress | None = None) -> Address | None:
        """The address, or None when the postcode or number is not valid or the service does not know it.
        Raises :class:`FetchError` when the service cannot be reached (and the cache does not have it)."""
        code = normalise_postcode(postcode)
        house = parse_house_number(huisnummer)
        if code is None or house is None:
            return None
        return match_house(self.postcode_addresses(code, progress), house)

    def suggest(
        self, text: str, rows: int = 10, types: str = "adres", progress: Progress | None = None
    ) -> list[Suggestion]:
        """Suggestions for what a user typed (``/suggest``), best first; ``types`` filters (``""`` for all)."""
        text = (text or "").strip()
        if not text or self.offline:
            return []
        params: list[tuple[str, object]] = [("q", text), ("rows", max(1, min(int(rows), 100)))]
        if types:
            params.append(("fq", "type:" + types))
        answer = self._get_json(self.url("suggest", params), progress or SilentProgress())
        suggestions = []
        for doc in answer.get("docs") or []:
            if isinstance(doc, dict) and doc.get("id"):
                try:
                    score = float(doc.get("score") or 0.0)
                except (TypeError, ValueError):
                    score = 0.0
                suggestions.append(
                    Suggestion(str(doc["id"]), str(doc.get("weergavenaam") or ""), str(doc.get("type") or ""), score)
                )
        return suggestions

    def lookup_id(self, identifier: str, progress: Progress | None = None) -> Address | None:
        """The point of a suggestion (``/lookup?id=``); None when the id is unknown or has no point."""
        if self.offline or not identifier:
            return None
        url = self.url("lookup", [("id", identifier), ("fl", ADDRESS_FIELDS)])
        answer = self._get_json(url, progress or SilentProgress())
        docs = answer.get("docs") or []
        return address_from_doc(docs[0]) if docs and isinstance(docs[0], dict) else None

    # --- batches ------------------------------------------------------------------------------------------------
    def locate_many(self, pairs: Iterable[tuple[object, object]], progress: Progress | None = None) -> LocateResult:
        """Locate many (postcode, huisnummer) pairs: one call per distinct postcode not fresh in the cache.

        When the service cannot be reached the client goes offline for the rest of the batch: what the cache has
        is used, the rest is listed in ``unreachable`` with the reason.
        """
        progress = progress or SilentProgress()
        result = LocateResult()
        by_postcode: dict[str, list[tuple[tuple[str, str], HouseNumber]]] = {}
        for postcode, number in pairs:
            key = locate_key(postcode, number)
            code, house = normalise_postcode(postcode), parse_house_number(number)
            if code is None or house is None:
                if key not in result.not_found:
                    result.not_found.append(key)
                continue
            by_postcode.setdefault(code, []).append((key, house))
        bulk = getattr(self.cache, "get_many", None)
        cached = bulk(sorted(by_postcode)) if bulk is not None else {}
        calls_before = self.calls
        for index, (code, wanted) in enumerate(sorted(by_postcode.items())):
            if progress.is_cancelled():
                raise CancelledError()
            entry = cached.get(code)
            if entry is not None and (self.offline or entry[1] <= self.max_age_days):
                addresses = [a for a in (address_from_doc(d) for d in entry[0]) if a is not None]
                result.from_cache += 1
            else:
                try:
                    addresses = self.postcode_addresses(code, progress)
                except FetchError as error:
                    if not error.offline:
                        raise
                    if not self.offline:
                        result.reason = error.message
                        self.offline = True
                        progress.warning(
                            tr("{reason} Going on with the cache only: addresses not in it stay unlocated.").format(
                                reason=error.message
                            )
                        )
                    result.unreachable.extend(key for key, _ in wanted if key not in result.unreachable)
                    continue
            for key, house in wanted:
                address = match_house(addresses, house)
                if address is not None:
                    result.found[key] = address
                elif key not in result.not_found:
                    result.not_found.append(key)
            progress.set_progress(100.0 * (index + 1) / max(1, len(by_postcode)))
        result.calls = self.calls - calls_before
        return result
