"""The canonical session frame every reader produces, and the names users may give its columns."""

from __future__ import annotations

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
FIELD_START_DATE = "start_date"
FIELD_START_TIME = "start_time"
FIELD_END_DATE = "end_date"
FIELD_END_TIME = "end_time"
FIELD_STATUS = "status"

# Every logical field a column can be (see headers.py for how headers are recognised).
LOGICAL_FIELDS = (
    FIELD_SESSION_ID,
    FIELD_CHARGEPOINT,
    FIELD_EVSE,
    FIELD_CONNECTOR,
    FIELD_START,
    FIELD_END,
    FIELD_START_DATE,
    FIELD_START_TIME,
    FIELD_END_DATE,
    FIELD_END_TIME,
    FIELD_KWH,
    FIELD_CHARGING_HOURS,
    FIELD_CONNECTED_HOURS,
    FIELD_CARD,
    FIELD_MAX_KW,
    FIELD_LON,
    FIELD_LAT,
    FIELD_STATUS,
)

REQUIRED_FIELDS = (FIELD_KWH,)
