"""The canonical session frame every reader produces, and the names users may give its columns."""

from __future__ import annotations

import re

# Canonical columns of a session frame (one row per session as read).
SOURCE = "bron"  # file name the row came from
ROW = "rij"  # row number in that file as a user sees it (header = row 1; JSON: record number)
SESSION_ID = "sessie_id"
EVSE_ID = "evse_id"
CHARGEPOINT_ID = "laadpunt_id"
START = "start_utc"  # int64 nanoseconds since 1970 UTC
END = "eind_utc"
KWH = "kwh"
CHARGING_HOURS = "laaduren"  # hours actually charging (NaN when unknown)
MAX_KW = "max_kw"
CARD_HASH = "kaart_hash"  # salted hash of the card / token id; the clear id is never kept
LON = "lon"
LAT = "lat"
CDR_KIND = "cdr_soort"  # "" normal, "credit", "thuisladen" (home-charging compensation)

SESSION_COLUMNS = [
    SOURCE,
    ROW,
    SESSION_ID,
    EVSE_ID,
    CHARGEPOINT_ID,
    START,
    END,
    KWH,
    CHARGING_HOURS,
    MAX_KW,
    CARD_HASH,
    LON,
    LAT,
    CDR_KIND,
]

# Logical fields of a generic CSV/XLSX export that the column mapping can point at.
FIELD_SESSION_ID = "session_id"
FIELD_CHARGEPOINT = "chargepoint_id"
FIELD_EVSE = "evse_id"
FIELD_CONNECTOR = "connector"
FIELD_START = "start"
FIELD_END = "end"
FIELD_KWH = "kwh"
FIELD_CHARGING_HOURS = "charging_hours"
FIELD_CONNECTED_HOURS = "connected_hours"
FIELD_CARD = "card"
FIELD_MAX_KW = "max_kw"
FIELD_LON = "longitude"
FIELD_LAT = "latitude"

# Header names seen in CPO exports, compared after lower-casing and removing spaces, '_', '-' and '.'.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    FIELD_SESSION_ID: (
        "transactionid",
        "sessionid",
        "sessieid",
        "sessie",
        "transactie",
        "transactieid",
        "transactienummer",
        "cdrid",
        "id",
    ),
    FIELD_CHARGEPOINT: (
        "chargepoint",
        "chargepointid",
        "laadpunt",
        "laadpuntid",
        "laadpaal",
        "laadpaalid",
        "locationid",
        "locatieid",
        "locatie",
        "cpid",
        "station",
        "stationid",
    ),
    FIELD_EVSE: ("evseid", "evse", "evseuid", "evsecode"),
    FIELD_CONNECTOR: ("connector", "connectorid", "aansluiting", "aansluitpunt", "socket"),
    FIELD_START: (
        "utctransactionstart",
        "transactionstart",
        "start",
        "starttime",
        "startdatetime",
        "startdatumtijd",
        "startdatum",
        "starttijd",
        "begintijd",
        "begin",
        "sessionstart",
        "sessiestart",
        "aanvang",
    ),
    FIELD_END: (
        "utctransactionstop",
        "transactionstop",
        "end",
        "stop",
        "endtime",
        "stoptime",
        "enddatetime",
        "eind",
        "einddatumtijd",
        "einddatum",
        "eindtijd",
        "einde",
        "stoptijd",
        "sessionend",
        "sessieeinde",
    ),
    FIELD_KWH: (
        "totalenergy",
        "energy",
        "energie",
        "kwh",
        "energiekwh",
        "totalenergykwh",
        "verbruik",
        "verbruikkwh",
        "geladenkwh",
        "volume",
        "volumekwh",
    ),
    FIELD_CHARGING_HOURS: ("chargetime", "chargingtime", "laadtijd", "laaduren", "charginghours", "laadtijduren"),
    FIELD_CONNECTED_HOURS: ("connectedtime", "connectiontime", "aansluittijd", "aansluituren", "duur", "duration"),
    FIELD_CARD: (
        "startcard",
        "card",
        "cardid",
        "kaart",
        "kaartid",
        "kaartnummer",
        "laadpas",
        "pas",
        "pasnummer",
        "token",
        "tokenuid",
        "authid",
        "authorizationid",
        "rfid",
        "contractid",
    ),
    FIELD_MAX_KW: ("maxpower", "maxvermogen", "maxkw", "piekvermogen", "maximumvermogen"),
    FIELD_LON: ("longitude", "lengtegraad", "lon", "lng"),
    FIELD_LAT: ("latitude", "breedtegraad", "lat"),
}

REQUIRED_FIELDS = (FIELD_START, FIELD_KWH)


def header_key(name: str) -> str:
    """Normalised header for matching: lower case without spaces, '_', '-', '.', brackets or units."""
    text = str(name).strip().lower().replace("\ufeff", "")
    text = re.sub(r"\((kwh|h|uur|kw)\)|\[(kwh|h|uur|kw)\]", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"[\s_\-.()\[\]/]+", "", text)
