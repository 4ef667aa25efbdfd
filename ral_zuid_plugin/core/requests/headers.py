"""Recognise the columns of a request export (a gemeente's or concessiehouder's portal) by what their headers say.

Headers are normalised as the session reader does (:func:`ral_zuid_plugin.core.sessions.headers.plain_text`:
accents, case, camelCase) and compacted to letters and digits; rules on that text name the logical field. Columns
with personal data (names, e-mail, phone, kenteken) are recognised only to be listed as dropped: their values are
never read. Every other column the rules do not know is not read either.
"""

from __future__ import annotations

import re

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions.headers import plain_text

REQUEST_ID = "request_id"
REQUEST_DATE = "request_date"
DECISION_DATE = "decision_date"
REALISED_DATE = "realised_date"
ADDRESS = "address"
POSTCODE = "postcode"
HOUSE_NUMBER = "house_number"
ADDITION = "addition"
X = "x"
Y = "y"
LAT = "lat"
LON = "lon"
MUNICIPALITY = "municipality"
STATUS = "status"
ORIGIN = "origin"
EV_TYPE = "ev_type"
PERSONAL = "personal"
LOGICAL_FIELDS = (
    REQUEST_ID, REQUEST_DATE, DECISION_DATE, REALISED_DATE, ADDRESS, POSTCODE, HOUSE_NUMBER, ADDITION, X, Y, LAT, LON,
    MUNICIPALITY, STATUS, ORIGIN, EV_TYPE,
)  # fmt: skip
DATE_FIELDS = (REQUEST_DATE, DECISION_DATE, REALISED_DATE)
NUMERIC_FIELDS = (X, Y, LAT, LON)

_PERSONAL_WORDS = ("name", "firstname", "lastname", "surname", "tel", "telefoon", "telefoonnummer", "phone",
                   "mobiel", "mobile", "iban", "bsn", "voorletters", "tussenvoegsel", "geboortedatum", "aanvrager",
                   "applicant", "bewoner", "indiener", "contactpersoon", "contact", "licenseplate")  # fmt: skip
_PLACE_NAMES = ("gemeentenaam", "straatnaam", "typenaam", "plaatsnaam", "woonplaatsnaam", "locatienaam")
_DECISION = ("verkeersbesluit", "besluit", "decree", "trafficdecision")
_REALISED = ("realisatie", "gerealiseerd", "ingebruikname", "ingebruik", "opgeleverd", "oplevering", "plaatsing",
             "geplaatst", "realised", "realized", "commissioned", "inservice", "inbedrijf")  # fmt: skip
_DATE = ("datum", "date", "dag", "op", "sinds", "per")
_REQUEST = ("aanvraag", "request", "ingediend", "ontvangst", "ontvangen", "melding", "zaak", "application")
_ID = ("nummer", "nr", "id", "kenmerk", "code", "number", "no", "referentie", "reference", "ref")


def compact(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain_text(header))


def _personal(words: set[str]) -> bool:
    """Names, e-mail, phone, kenteken: ``Naam``, ``Achternaam``, ``E-mail``, ``Emailadres``, ``Kenteken``."""
    for word in words:
        if word in _PERSONAL_WORDS or "mail" in word or "kenteken" in word or word.startswith("telefoon"):
            return True
        if word.endswith("naam") and word not in _PLACE_NAMES:
            return True
    return False


def classify(header: str) -> str | None:
    """The logical field a header names, :data:`PERSONAL`, or None."""
    c = compact(header)
    words = set(re.findall(r"[a-z]+|[0-9]+", plain_text(header)))
    if not c:
        return None
    if _personal(words):
        return PERSONAL
    if "herkomst" in c or c in ("bron", "origin", "source", "soortaanvraag", "typeaanvraag", "aanleiding",
                                "aanvragertype", "typeaanvrager", "categorie", "aanvraagtype", "kanaal"):  # fmt: skip
        return ORIGIN
    if "status" in c or c in ("fase", "state", "stadium"):
        return STATUS
    if any(d in c for d in _DECISION):
        return DECISION_DATE
    if any(r in c for r in _REALISED):
        return REALISED_DATE
    if any(r in c for r in _REQUEST) and (words & set(_DATE) or "datum" in c or "date" in c or c.startswith(
            ("ingediend", "ontvangen"))):  # fmt: skip
        return REQUEST_DATE
    if (any(r in c for r in _REQUEST) and (words & set(_ID) or any(c.endswith(i) for i in _ID))) or c in (
        "id", "kenmerk", "referentie", "nummer", "zaaknummer", "zaaknr", "reference"
    ):  # fmt: skip
        return REQUEST_ID
    if "postcode" in c or "zipcode" in c or c in ("pc", "postalcode"):
        return POSTCODE
    if "toevoeging" in c or "huisletter" in c or c in ("addition", "suffix"):
        return ADDITION
    if "huisnummer" in c or c in ("huisnr", "nr", "housenumber", "nummeraanduiding"):
        return HOUSE_NUMBER
    if "adres" in c or c in ("address", "straat", "straatnaam", "locatie", "location", "straatenhuisnummer"):
        return ADDRESS
    if c in ("x", "xrd", "rdx", "xcoordinaat", "xcoord", "coordinaatx", "xcoordinate"):
        return X
    if c in ("y", "yrd", "rdy", "ycoordinaat", "ycoord", "coordinaaty", "ycoordinate"):
        return Y
    if c in ("lat", "latitude", "breedtegraad", "breedte", "wgs84lat"):
        return LAT
    if c in ("lon", "lng", "long", "longitude", "lengtegraad", "lengte", "wgs84lon"):
        return LON
    if "gemeente" in c or "municipality" in c:
        return MUNICIPALITY
    if c in ("evtype", "typeev", "typeauto", "autotype", "voertuigtype", "automerk", "merk", "vehicletype", "evmodel"):
        return EV_TYPE
    return None


def recognise(headers: list[str], fixed: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """(logical field -> header, personal columns dropped); the first header naming a field wins."""
    mapping = dict(fixed)
    used = set(mapping.values())
    personal: list[str] = []
    for header in headers:
        if header in used:
            continue
        field = classify(header)
        if field == PERSONAL:
            personal.append(header)
        elif field is not None and field not in mapping:
            mapping[field] = header
            used.add(header)
    return mapping, personal


def map_request_headers(headers: list[str], overrides: dict[str, str], path: str, row: int = 1) -> dict[str, str]:
    """Logical field -> header of a request export; a located error when what a request needs is missing."""
    for logical, header in overrides.items():
        if header not in headers:
            raise InputDataError(
                tr("the column '{header}' given for {field} is not in the file (columns: {columns})").format(
                    header=header, field=logical, columns=", ".join(headers)
                ),
                path=path,
                row=row,
            )
    mapping, _ = recognise(headers, overrides)
    missing = [f for f in (REQUEST_ID, REQUEST_DATE) if f not in mapping]
    located = (X in mapping and Y in mapping) or (LAT in mapping and LON in mapping) or POSTCODE in mapping
    if not located:
        missing.append("x+y / lat+lon / postcode+house_number")
    if missing:
        raise InputDataError(
            tr(
                "required columns are missing: {missing}; columns in the file: {columns}. "
                "Name them in the column mapping parameter (e.g. request_date=Datum ingediend)"
            ).format(missing=", ".join(missing), columns=", ".join(headers)),
            path=path,
            row=row,
        )
    return mapping
