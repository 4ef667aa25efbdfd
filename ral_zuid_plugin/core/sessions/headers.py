"""Recognise the columns of a session export by what their headers mean, not by a fixed list.

A header is normalised (accents, case, camelCase, punctuation), a unit in it is taken out
(``Energie (Wh)``, ``Duur (min)``), compound words are split into known words (``Laadpuntid`` =
laad + punt + id, ``Startzeit`` = start + zeit) and every word is mapped to a concept in Dutch,
English, French or German (start, end, date, time, energy, charge point, card, ...). Rules on the
concepts then say which logical field the column is; the best-scoring column per field wins.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ral_zuid_plugin.core.sessions import schema

START, END, DATE, TIME, ENERGY, CHARGE, POINT, CP, LOCATION = "start end date time energy charge point cp loc".split()
EVSE, CONNECTOR, SESSION, ID, CARD, DURATION, CONNECTED, POWER = "evse conn session id card dur connd power".split()
MAX, LAT, LON, STATUS, UTC, NEUTRAL, OTHER = "max lat lon status utc - other".split()

# fmt: off
_WORDS: dict[str, tuple[str, ...]] = {
    START: ("start", "started", "starts", "begin", "begint", "aanvang", "debut", "beginn", "anfang", "van", "vanaf",
            "from"),
    END: ("end", "ended", "ends", "eind", "einde", "stop", "stopped", "afloop", "fin", "ende", "finished", "tot",
          "until"),
    DATE: ("date", "datum", "dag", "day", "jour", "tag"),
    TIME: ("time", "tijd", "tijdstip", "heure", "zeit", "uhrzeit", "uhr", "moment", "hour"),
    ENERGY: (
        "energy", "energie", "verbruik", "geleverd", "geladen", "volume", "consumption", "consommation",
        "verbrauch", "delivered", "lademenge", "menge", "energia", "kwh",
    ),
    CHARGE: ("charge", "charging", "charged", "laad", "laden", "opladen", "lade", "recharge", "chargement"),
    POINT: ("point", "punt", "paal", "pole", "post", "station", "punkt", "saeule", "stationid"),
    CP: ("cp", "charger", "chargepoint", "borne", "chargebox", "ladesaeule", "laadstation"),
    LOCATION: ("location", "locatie", "lieu", "standort", "site"),
    EVSE: ("evse", "evseuid"),
    CONNECTOR: (
        "connector", "aansluiting", "socket", "prise", "stecker", "plug", "outlet", "connecteur", "anschluss", "port",
    ),
    SESSION: ("session", "sessie", "transaction", "transactie", "event", "cdr", "vorgang", "sitzung"),
    ID: ("id", "nr", "nummer", "number", "no", "code", "uid", "num", "identifier", "identifiant", "ref", "kenmerk"),
    CARD: (
        "card", "kaart", "pas", "laadpas", "token", "rfid", "badge", "carte", "karte", "karten", "contract",
        "auth", "authorization", "authorisation", "user", "gebruiker", "klant", "customer", "driver",
        "utilisateur", "benutzer", "nutzer", "emaid", "tag", "kunde", "kunden", "client",
    ),
    DURATION: ("duration", "duur", "duree", "dauer", "length"),
    CONNECTED: ("connected", "connection", "aangesloten", "aansluit", "verbunden", "branchement", "plugged", "parked"),
    POWER: ("power", "vermogen", "leistung", "puissance", "kw"),
    MAX: ("max", "maximum", "piek", "peak", "maximal", "maximaal", "spitze"),
    LAT: ("latitude", "lat", "breedtegraad", "breitengrad"),
    LON: ("longitude", "lon", "lng", "lengtegraad", "laengengrad"),
    STATUS: ("status", "state", "etat", "zustand"),
    UTC: ("utc", "gmt", "zulu"),
    # words that make a column something else: a cost, a type, a reason, a time zone
    OTHER: (
        "cost", "costs", "kosten", "price", "prijs", "prix", "preis", "tarief", "tariff", "tarif", "eur", "euro",
        "type", "soort", "typ", "by", "door", "reason", "reden", "zone", "timezone", "tz", "method", "methode",
        "co2", "ghg", "savings", "name", "naam", "nom",
    ),
    NEUTRAL: (
        "total", "totaal", "gesamt", "de", "du", "des", "of", "the", "het", "la", "le", "l", "der", "die", "das",
        "at", "on", "local", "lokaal", "in", "en", "und", "et", "value", "waarde", "sum", "amount", "quantity",
    ),
}
_CONCEPT = {word: concept for concept, words in _WORDS.items() for word in words}
# Units: in brackets, or as a word of their own (energy_kwh)
_UNITS = {
    "kwh": "kwh", "wh": "wh", "mwh": "mwh",
    "h": "h", "u": "h", "uur": "h", "uren": "h", "hours": "h", "hrs": "h", "hr": "h", "std": "h", "heures": "h",
    "min": "min", "mins": "min", "minutes": "min", "minuten": "min", "minuut": "min",
    "s": "s", "sec": "s", "seconds": "s", "seconden": "s", "sekunden": "s",
    "hhmm": "hh:mm", "uumm": "hh:mm", "hhmmss": "hh:mm:ss", "uummss": "hh:mm:ss",
}
# fmt: on


@dataclass(frozen=True)
class Header:
    text: str
    concepts: frozenset
    unit: str  # "" when the header names no unit


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text).replace("\ufeff", "").strip())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ß", "ss")
    text = re.sub(r"(?<![A-Za-z])([kKmM]?[wW][hH])(?![a-z])", lambda m: " " + m.group(1).lower() + " ", text)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)  # camelCase
    text = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", " ", text)  # UTCTransaction
    return text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")


def plain_text(text: str) -> str:
    """A header as plain lower-case words: accents removed, camelCase split, units set apart (shared with the
    request reader)."""
    return _plain(text)


@lru_cache(maxsize=4096)
def _segment(token: str) -> tuple[str, ...] | None:
    """``laadpuntid`` -> (laad, punt, id); None when the token is not made of known words."""
    if token in _CONCEPT or token in _UNITS:
        return (token,)
    for cut in range(len(token) - 1, 1, -1):
        head = token[:cut]
        if head in _CONCEPT:
            rest = _segment(token[cut:])
            if rest is not None:
                return (head, *rest)
    return None


@lru_cache(maxsize=4096)
def parse_header(text: str) -> Header:
    plain = _plain(text)
    unit = ""
    bracket = re.search(r"[(\[]\s*([a-z:. ]+?)\s*[)\]]", plain)
    if bracket:
        key = re.sub(r"[^a-z]", "", bracket.group(1))
        if key in _UNITS:
            unit = _UNITS[key]
            plain = plain[: bracket.start()] + " " + plain[bracket.end() :]
    concepts: set[str] = set()
    tokens = re.findall(r"[a-z]+|[0-9]+", plain)
    for token in tokens:
        words = _segment(token)
        if words is None:
            concepts.add("?" + token)
            continue
        for word in words:
            if word in _UNITS and word not in _CONCEPT:
                unit = unit or _UNITS[word]
            elif word == "kwh":
                unit = unit or "kwh"
                concepts.add(ENERGY)
            else:
                concepts.add(_CONCEPT[word])
    if unit in ("kwh", "wh", "mwh"):
        concepts.add(ENERGY)
    concepts.discard(NEUTRAL)
    return Header(str(text), frozenset(concepts), unit)


def _score(field: str, c: frozenset) -> int:
    """How well concepts ``c`` fit a logical field: 0 = not at all, higher = better."""
    if OTHER in c and field != schema.FIELD_CHARGEPOINT:
        return 0  # "Energy cost", "Port type", "Ended by", "Start time zone"
    known = {k for k in c if not k.startswith("?")}
    unknown = len(c) - len(known)
    when = {START, END}
    clock = {DATE, TIME}
    if field == schema.FIELD_LAT:
        return 3 * (LAT in c)
    if field == schema.FIELD_LON:
        return 3 * (LON in c)
    if field == schema.FIELD_EVSE:
        return 3 * (EVSE in c and CONNECTOR not in c)
    if field == schema.FIELD_CARD:
        return 3 if CARD in c and not (known & {ENERGY, DURATION, DATE}) else 0
    if field == schema.FIELD_CONNECTOR:
        return 3 if CONNECTOR in c and not (known & {EVSE, CARD, TIME, DURATION, SESSION, OTHER}) else 0
    if field == schema.FIELD_MAX_KW:
        return 3 if POWER in c and not (known & {ENERGY, TIME, DURATION, CARD}) else 0
    if field == schema.FIELD_STATUS:
        return 3 * (STATUS in c)
    if field == schema.FIELD_SESSION_ID:
        if known & (when | clock | {ENERGY, DURATION, CARD, POINT, CP, EVSE, STATUS, LOCATION}):
            return 0
        if CONNECTOR in c and SESSION not in c:
            return 0
        if SESSION in c:
            return 3
        return 1 if known == {ID} and unknown == 0 else 0
    if field == schema.FIELD_CHARGEPOINT:
        if known & (when | clock | {ENERGY, DURATION, CARD, EVSE, CONNECTOR, STATUS}):
            return 0
        if CP in c or POINT in c:
            return 3
        return 1 if LOCATION in c else 0
    if field == schema.FIELD_KWH:
        return 3 if ENERGY in c and not (known & ({POWER, TIME, DURATION, CARD} | when)) else 0
    if field == schema.FIELD_CHARGING_HOURS:
        if CHARGE in c and known & {TIME, DURATION} and not (known & (when | {POINT, CP, DATE, CONNECTED, SESSION})):
            return 3
        return 0
    if field == schema.FIELD_CONNECTED_HOURS:
        if known & (when | {POINT, CP, DATE}) or (CHARGE in c and SESSION not in c):
            return 0  # "Duur laadsessie" is the session's (connected) length, "Laadduur" the charging time
        return 3 if DURATION in c or (CONNECTED in c and TIME in c) else 0
    side = START if field.startswith("start") else END
    other = END if side == START else START
    if side not in c or other in c or known & {CARD, ENERGY, POWER, DURATION}:
        if field in (schema.FIELD_START_DATE, schema.FIELD_END_DATE) and known == {DATE} and unknown == 0:
            return 1  # a lone "Datum" / "Date": the day of a session given as times in other columns
        return 0
    if field in (schema.FIELD_START, schema.FIELD_END):
        return 2 + (DATE in c and TIME in c)
    if field in (schema.FIELD_START_DATE, schema.FIELD_END_DATE):
        return 3 if DATE in c and TIME not in c else 0
    return 3 if TIME in c and DATE not in c else 0  # start_time / end_time


def score(field: str, header: str) -> int:
    """Fit of a header to a field; words the vocabulary does not know lower it ("MeterStart" < "Start")."""
    concepts = parse_header(header).concepts
    base = _score(field, concepts)
    return 0 if base <= 0 else base * 10 - sum(1 for k in concepts if k.startswith("?"))


def recognise(headers: list[str], fixed: dict[str, str]) -> dict[str, str]:
    """Logical field -> header for every field a header fits best (``fixed`` is kept as given)."""
    mapping = dict(fixed)
    used = set(mapping.values())
    order = [f for f in schema.LOGICAL_FIELDS if f not in mapping]
    # strongest claims first, so "StartCard" goes to card before start considers it
    claims = sorted(
        ((score(f, h), i, f, h) for f in order for i, h in enumerate(headers)), key=lambda item: (-item[0], item[1])
    )
    for fit, _, field, header in claims:
        if fit <= 0 or field in mapping or header in used:
            continue
        mapping[field] = header
        used.add(header)
    _pair_dates_and_times(mapping)
    return mapping


def _pair_dates_and_times(mapping: dict[str, str]) -> None:
    """Separate date and time columns only count together; a lone 'Start time' is the start itself."""
    for whole, date, time in (
        (schema.FIELD_START, schema.FIELD_START_DATE, schema.FIELD_START_TIME),
        (schema.FIELD_END, schema.FIELD_END_DATE, schema.FIELD_END_TIME),
    ):
        if whole in mapping:
            if time not in mapping:
                mapping.pop(date, None)
            continue
        if date in mapping and time not in mapping:
            if whole == schema.FIELD_START or schema.FIELD_START_DATE not in mapping:
                mapping[whole] = mapping.pop(date)
            else:
                mapping.pop(date)
        elif time in mapping and date not in mapping:
            if whole == schema.FIELD_END and schema.FIELD_START_DATE in mapping:
                continue  # end time on the start's day (next day when it is earlier)
            mapping[whole] = mapping.pop(time)


def unit_of(header: str) -> str:
    return parse_header(header).unit


def is_utc(header: str) -> bool:
    return UTC in parse_header(header).concepts
