"""From read requests to the register: checks with reasons, state, lead times per stage, "already served".

Checks (a row that fails one is left out of everything and listed with its file, row, column and reason; the
first failing check is given): the request number is empty; the request date is empty; the request number occurs
again (the first row keeps it); a date lies after the reference date; the verkeersbesluit or the ingebruikname is
before the request, or the ingebruikname before the verkeersbesluit; the herkomst is empty or not one of
EV-rijder / datagedreven / proactief / bedrijf; the status says in use but there is no date of ingebruikname.

State: ``in_gebruik`` with a date of ingebruikname; ``afgewezen`` when the status says rejected, withdrawn or
cancelled; ``besluit`` with a verkeersbesluit; else ``open``. ``besluit`` and ``open`` are open requests.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.requests import headers as h
from ral_zuid_plugin.core.requests.leadtimes import CALENDAR, lead_days

EV_DRIVER, DATA_DRIVEN, PROACTIVE, COMPANY, UNKNOWN_ORIGIN = (
    "ev_rijder",
    "datagedreven",
    "proactief",
    "bedrijf",
    "onbekend",
)
ORIGINS = (EV_DRIVER, DATA_DRIVEN, PROACTIVE, COMPANY)
_ORIGIN_WORDS = {
    EV_DRIVER: ("evrijder", "rijder", "evrijders", "bewoner", "inwoner", "particulier", "burger", "evdriver", "driver",
                "aanvraag", "aanvrager", "gebruiker", "eigenaar", "resident"),
    DATA_DRIVEN: ("datagedreven", "data", "gebruiksdata", "laaddata", "datadriven", "laaddruk", "bezetting"),
    PROACTIVE: ("proactief", "proactieve", "proactieveplaatsing", "plankaart", "proactive", "strategisch",
                "gemeente"),
    COMPANY: ("bedrijf", "bedrijven", "zakelijk", "werkgever", "ondernemer", "company", "business", "lease",
              "deelauto", "taxi"),
}  # fmt: skip
_ORIGIN_LOOKUP = {word: origin for origin, words in _ORIGIN_WORDS.items() for word in words}

OPEN, DECIDED, IN_USE, REJECTED = "open", "besluit", "in_gebruik", "afgewezen"
_REJECTED_WORDS = ("afgewezen", "ingetrokken", "geannuleerd", "vervallen", "geweigerd", "rejected", "withdrawn",
                   "cancelled", "canceled", "afgekeurd", "nietgehonoreerd", "buitenbehandeling")  # fmt: skip
_IN_USE_WORDS = ("ingebruik", "gerealiseerd", "opgeleverd", "geplaatst", "operationeel", "inbedrijf", "realised",
                 "realized", "inservice", "afgerond", "gereed")  # fmt: skip
_OPEN_WORDS = ("open", "ingediend", "nieuw", "inbehandeling", "aangevraagd", "ontvangen", "beoordeling",
               "verkeersbesluit", "besluit", "bezwaartermijn", "bezwaar", "inuitvoering", "uitvoering", "gepland",
               "toegekend", "goedgekeurd", "gehonoreerd", "submitted", "pending", "approved", "planned")  # fmt: skip

DEFAULT_TARGET_DAYS = 126
"""18 weeks: the usual request-to-point time including the 6-week objection period (a calendar-day norm)."""
DEFAULT_WALKING_M = 250.0
"""A request is typically granted when no public point is within 250 m walking distance."""


def _word(text: str) -> str:
    return re.sub(r"[^a-z]", "", str(text).lower())


def origin_of(text: str) -> str | None:
    """``EV-rijder`` -> ev_rijder, ``Data gedreven`` -> datagedreven, ...; None when unknown or empty."""
    word = _word(text)
    if not word:
        return None
    return _ORIGIN_LOOKUP.get(word)


def status_kind(text: str) -> str:
    """``afgewezen``, ``in_gebruik``, ``open``, '' for an empty status, or ``?`` for a status no rule knows."""
    word = _word(text)
    if not word:
        return ""
    if any(w in word for w in _REJECTED_WORDS):
        return REJECTED
    if any(w in word for w in _IN_USE_WORDS):
        return IN_USE
    if any(w in word for w in _OPEN_WORDS):
        return OPEN
    return "?"


@dataclass
class RegisterSettings:
    unit: str = CALENDAR
    target_days: float = DEFAULT_TARGET_DAYS
    walking_m: float = DEFAULT_WALKING_M
    reference_date: dt.date | None = None
    """Peildatum for the age of open requests; None = today."""

    def reference(self) -> np.datetime64:
        return np.datetime64(self.reference_date or dt.date.today(), "D")


def _per_distinct(values: np.ndarray, function) -> np.ndarray:
    """``function`` of every value, called once per distinct value (exports repeat a few words)."""
    codes, uniques = pd.factorize(values, sort=False)
    results = np.empty(len(uniques) + 1, dtype=object)
    results[:-1] = [function(u) for u in uniques]
    results[-1] = function("")
    return results[codes]


def _date_text(value: np.datetime64) -> str:
    return str(np.datetime64(value, "D"))


def check_requests(
    frame: pd.DataFrame, mapping: dict[str, str], settings: RegisterSettings
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(requests that pass, excluded rows with ``bron``, ``rij``, ``kolom``, ``reden``); see the module text."""
    n = len(frame)
    reason = np.full(n, "", dtype=object)
    column = np.full(n, "", dtype=object)

    def flag(mask: np.ndarray, field: str, texts) -> None:
        fresh = np.asarray(mask, dtype=bool) & (reason == "")
        if not fresh.any():
            return
        idx = np.flatnonzero(fresh)
        values = texts(idx) if callable(texts) else [texts] * len(idx)
        reason[idx] = values
        column[idx] = mapping.get(field, field)

    ids = frame["aanvraag_hash"].to_numpy(dtype=object)
    flag(ids == "", h.REQUEST_ID, tr("the request number is empty"))
    asked = frame["datum_aanvraag"].to_numpy(dtype="datetime64[D]")
    flag(np.isnat(asked), h.REQUEST_DATE, tr("the request date is empty"))
    rows = frame["rij"].to_numpy()
    series = pd.Series(ids)
    repeated = series.duplicated(keep="first").to_numpy() & (ids != "")
    if repeated.any():
        first_row = pd.Series(rows).groupby(series).transform("first").to_numpy()
        flag(repeated, h.REQUEST_ID, lambda idx: [
            tr("the request number occurs again (first in row {row}); this row is left out").format(row=first_row[i])
            for i in idx])  # fmt: skip
    decided = frame["datum_verkeersbesluit"].to_numpy(dtype="datetime64[D]")
    in_use = frame["datum_ingebruikname"].to_numpy(dtype="datetime64[D]")
    reference = settings.reference()
    for values, field in ((asked, h.REQUEST_DATE), (decided, h.DECISION_DATE), (in_use, h.REALISED_DATE)):
        late = ~np.isnat(values) & (values > reference)
        flag(late, field, lambda idx, values=values: [
            tr("the date {date} is after the reference date {reference}").format(
                date=_date_text(values[i]), reference=_date_text(reference)) for i in idx])  # fmt: skip
    before = ~np.isnat(decided) & ~np.isnat(asked) & (decided < asked)
    flag(before, h.DECISION_DATE, lambda idx: [
        tr("the verkeersbesluit ({decision}) is before the request ({request})").format(
            decision=_date_text(decided[i]), request=_date_text(asked[i])) for i in idx])  # fmt: skip
    before = ~np.isnat(in_use) & ~np.isnat(asked) & (in_use < asked)
    flag(before, h.REALISED_DATE, lambda idx: [
        tr("the ingebruikname ({realised}) is before the request ({request})").format(
            realised=_date_text(in_use[i]), request=_date_text(asked[i])) for i in idx])  # fmt: skip
    before = ~np.isnat(in_use) & ~np.isnat(decided) & (in_use < decided)
    flag(before, h.REALISED_DATE, lambda idx: [
        tr("the ingebruikname ({realised}) is before the verkeersbesluit ({decision})").format(
            realised=_date_text(in_use[i]), decision=_date_text(decided[i])) for i in idx])  # fmt: skip
    origin_texts = frame[h.ORIGIN].to_numpy(dtype=object)
    origins = _per_distinct(origin_texts, origin_of)
    if h.ORIGIN in mapping:
        flag(origin_texts == "", h.ORIGIN, tr("the herkomst is empty"))
        unknown = np.array([o is None for o in origins], dtype=bool)
        flag(unknown, h.ORIGIN, lambda idx: [
            tr("unknown herkomst '{value}' (known: EV-rijder, datagedreven, proactief, bedrijf)").format(
                value=origin_texts[i]) for i in idx])  # fmt: skip
    else:
        origins[:] = UNKNOWN_ORIGIN
    kinds = _per_distinct(frame[h.STATUS].to_numpy(dtype=object), status_kind)
    flag((kinds == IN_USE) & np.isnat(in_use), h.STATUS, lambda idx: [
        tr("the status '{status}' says in use, but there is no date of ingebruikname").format(
            status=frame[h.STATUS].iat[i]) for i in idx])  # fmt: skip
    state = np.where(~np.isnat(in_use), IN_USE, np.where(kinds == REJECTED, REJECTED,
                                                         np.where(~np.isnat(decided), DECIDED, OPEN)))  # fmt: skip
    keep = reason == ""
    kept = frame.loc[keep].copy()
    kept["herkomst"] = origins[keep]
    kept["status"] = state[keep]
    kept["status_export"] = frame[h.STATUS].to_numpy(dtype=object)[keep]
    kept["status_onbekend"] = kinds[keep] == "?"
    excluded = pd.DataFrame(
        {"bron": frame["bron"].to_numpy()[~keep], "rij": rows[~keep], "kolom": column[~keep], "reden": reason[~keep]}
    )
    return kept.reset_index(drop=True), excluded


def add_lead_times(register: pd.DataFrame, settings: RegisterSettings) -> pd.DataFrame:
    """Lead times per stage in ``settings.unit`` days, the age of open requests, the quarter, the norm."""
    asked = register["datum_aanvraag"].to_numpy(dtype="datetime64[D]")
    decided = register["datum_verkeersbesluit"].to_numpy(dtype="datetime64[D]")
    in_use = register["datum_ingebruikname"].to_numpy(dtype="datetime64[D]")
    register["dagen_aanvraag_besluit"] = lead_days(asked, decided, settings.unit)
    register["dagen_besluit_ingebruik"] = lead_days(decided, in_use, settings.unit)
    register["dagen_aanvraag_ingebruik"] = lead_days(asked, in_use, settings.unit)
    is_open = register["status"].isin([OPEN, DECIDED]).to_numpy()
    reference = np.full(len(register), settings.reference(), dtype="datetime64[D]")
    register["open"] = is_open
    register["leeftijd_dagen"] = np.where(is_open, lead_days(asked, reference, CALENDAR), np.nan)
    age_unit = lead_days(asked, reference, settings.unit)
    register["binnen_norm"] = np.where(
        register["status"].to_numpy() == IN_USE,
        np.where(register["dagen_aanvraag_ingebruik"].to_numpy() <= settings.target_days, "ja", "nee"),
        np.where(is_open & (age_unit > settings.target_days), "nee (open)", ""),
    )
    stamps = pd.DatetimeIndex(asked.astype("datetime64[ns]"))
    register["kwartaal"] = ["{}-K{}".format(y, q) for y, q in zip(stamps.year, stamps.quarter)]
    return register


def add_served(register: pd.DataFrame, points_xy: np.ndarray, walking_m: float) -> pd.DataFrame:
    """``afstand_laadpunt_m`` (straight line to the nearest existing public point) and ``bediend`` (within
    ``walking_m``) for located requests; NaN / False without a location or without points."""
    from scipy.spatial import cKDTree

    x, y = register["x"].to_numpy(float), register["y"].to_numpy(float)
    located = ~(np.isnan(x) | np.isnan(y))
    distance = np.full(len(register), np.nan)
    if located.any() and len(points_xy):
        distance[located], _ = cKDTree(np.asarray(points_xy, dtype=float)).query(np.column_stack([x, y])[located])
    register["afstand_laadpunt_m"] = distance
    register["bediend"] = located & (np.nan_to_num(distance, nan=np.inf) <= walking_m)
    return register
