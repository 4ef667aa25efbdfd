"""The request register from an export: read (personal data dropped), check, locate, assign the gemeente, lead
times, "already served" and the indicators.

Locating: coordinates when the export has them (RD New ``x``/``y`` or WGS84 ``lat``/``lon``); otherwise postcode +
house number (the house number column, with its addition, or the number in the address text) through a locator,
normally the PDOK Locatieserver client (:mod:`ral_zuid_plugin.core.geocoding.locatieserver`). A request that cannot
be located stays in the indicators (its gemeente from the export's gemeente column when there is one) but not on
the map and not in the "already served" test; it is listed with the reason.

Gemeente: the export's gemeente column (code ``GM0772`` / ``0772`` or name) when it names a gemeente of the
region; else the bundled municipality the point lies in; else the gemeente the Locatieserver gives; else
``onbekend``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.geocoding.locatieserver import LocateResult, locate_key
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.point_in_area import first_area_of_points
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.requests import headers as h
from ral_zuid_plugin.core.requests.indicators import request_indicators
from ral_zuid_plugin.core.requests.leadtimes import BUSINESS
from ral_zuid_plugin.core.requests.reader import RequestReadReport, read_requests
from ral_zuid_plugin.core.requests.register import RegisterSettings, add_lead_times, add_served, check_requests
from ral_zuid_plugin.core.sessions.tabular import TableOptions

UNKNOWN_MUNICIPALITY = "onbekend"
COORDINATES, LOCATIESERVER, NOT_LOCATED = "coordinaten", "locatieserver", "niet"
LEFT_OUT, OFF_MAP = "uitgesloten", "geteld, niet op de kaart"


def consequence_text(code: str) -> str:
    """What happened to an excluded row, in the report language (the ``gevolg`` field and column)."""
    return {LEFT_OUT: tr("left out"), OFF_MAP: tr("counted, not on the map")}.get(code, code)


"""``gevolg`` of a listed row: left out of everything, or counted in the indicators but not on the map."""
RD_BOUNDS = (0.0, 289000.0, 300000.0, 629000.0)
REGISTER_COLUMNS = [
    "aanvraag_hash", "bron", "rij", "gemeentecode", "gemeentenaam", "herkomst", "status", "status_export", "kwartaal",
    "datum_aanvraag", "datum_verkeersbesluit", "datum_ingebruikname", "dagen_aanvraag_besluit",
    "dagen_besluit_ingebruik", "dagen_aanvraag_ingebruik", "leeftijd_dagen", "open", "binnen_norm",
    "afstand_laadpunt_m", "bediend", "gelokaliseerd", "locatiebron", "ev_type", "x", "y",
]  # fmt: skip
Locator = Callable[[Iterable[tuple[str, str]]], LocateResult]


@dataclass
class RegisterResult:
    register: pd.DataFrame
    """One row per checked request (:data:`REGISTER_COLUMNS`); ``x``/``y`` NaN when not located."""
    excluded: pd.DataFrame
    """``bron``, ``rij``, ``kolom``, ``reden``, ``gevolg`` (left out of everything, or only off the map)."""
    indicators: pd.DataFrame
    read: RequestReadReport
    settings: RegisterSettings
    notes: list[str] = field(default_factory=list)
    located: dict[str, int] = field(default_factory=dict)
    unknown_statuses: dict[str, int] = field(default_factory=dict)


def _house_text(number: str, addition: str, address: str) -> str:
    if number:
        return (number + ("-" + addition if addition and not number[-1:].isalpha() else addition)).strip()
    match = re.search(r"(\d{1,5})\s*([A-Za-z]?)(?:\s*[-/ ]\s*([A-Za-z0-9]{1,4}))?\s*$", address.split(",")[0])
    if not match:
        return ""
    return match.group(1) + match.group(2) + ("-" + match.group(3) if match.group(3) else "")


def locate(frame: pd.DataFrame, locator: Locator | None, progress: Progress) -> tuple[np.ndarray, str]:
    """Sets RD New ``x``/``y`` (from the export or the locator), ``locatiebron`` and ``gemeente_locatieserver``;
    returns per row the reason it was not located ('' when it was) and why the service could not be asked."""
    x, y = frame["x"].to_numpy(float).copy(), frame["y"].to_numpy(float).copy()
    lat, lon = frame["lat"].to_numpy(float), frame["lon"].to_numpy(float)
    geo = np.isnan(x) & np.isnan(y) & ~np.isnan(lat) & ~np.isnan(lon)
    if geo.any():
        points = gpd.GeoSeries(gpd.points_from_xy(lon[geo], lat[geo]), crs="EPSG:4326").to_crs("EPSG:28992")
        x[geo], y[geo] = points.x.to_numpy(), points.y.to_numpy()
    given = ~(np.isnan(x) | np.isnan(y))
    inside = given & (x >= RD_BOUNDS[0]) & (x <= RD_BOUNDS[2]) & (y >= RD_BOUNDS[1]) & (y <= RD_BOUNDS[3])
    source = np.where(inside, COORDINATES, NOT_LOCATED).astype(object)
    reason = np.full(len(frame), "", dtype=object)
    reason[given & ~inside] = tr("the coordinates lie outside the Netherlands (RD New expected)")
    gemeente = np.full(len(frame), "", dtype=object)
    postcodes = frame[h.POSTCODE].to_numpy(dtype=object)
    wanted = np.flatnonzero(~inside & ~given & (postcodes != ""))
    none = ~inside & ~given & (postcodes == "")
    houses = np.full(len(frame), "", dtype=object)
    numbers, additions, addresses = (frame[c].to_numpy(dtype=object) for c in (h.HOUSE_NUMBER, h.ADDITION, h.ADDRESS))
    houses[wanted] = [_house_text(numbers[i], additions[i], addresses[i]) for i in wanted]
    reason[none] = tr("no coordinates and no postcode")
    service_reason = ""
    if len(wanted) and locator is None:
        reason[wanted] = tr("postcode and house number given, but locating by address is switched off")
    elif len(wanted):
        progress.info(tr("Locating {n} request(s) by postcode and house number (PDOK Locatieserver).").format(
            n=len(wanted)))  # fmt: skip
        result = locator([(postcodes[i], houses[i]) for i in wanted])
        service_reason = result.reason
        unreachable = set(result.unreachable)
        for i in wanted:
            key = locate_key(postcodes[i], houses[i])
            address = result.found.get(key)
            if address is not None:
                x[i], y[i], source[i], gemeente[i] = address.x, address.y, LOCATIESERVER, address.gemeentecode
            elif key in unreachable:
                reason[i] = tr("the Locatieserver could not be asked (offline or unreachable) and the address is "
                               "not in the cache")  # fmt: skip
            else:
                # the address itself is personal data (where the requester lives): the row number points to it
                reason[i] = tr("the Locatieserver does not know this postcode and house number")
    located = source != NOT_LOCATED
    x[~located], y[~located] = np.nan, np.nan
    frame["x"], frame["y"] = x, y
    frame["locatiebron"] = source
    frame["gemeente_locatieserver"] = gemeente
    return reason, service_reason


def assign_municipality(frame: pd.DataFrame, municipalities: gpd.GeoDataFrame | None) -> None:
    """``gemeentecode`` and ``gemeentenaam`` per request (see the module text)."""
    codes = np.full(len(frame), "", dtype=object)
    names_by_code: dict[str, str] = {}
    if municipalities is not None and len(municipalities):
        names_by_code = dict(
            zip(municipalities["gemeentecode"].astype(str), municipalities["gemeentenaam"].astype(str))
        )
        by_name = {name.lower(): code for code, name in names_by_code.items()}
        for i, text in enumerate(frame[h.MUNICIPALITY].to_numpy(dtype=object)):
            text = str(text).strip()
            digits = text.upper()[2:] if text.upper().startswith("GM") else text
            if digits.isdigit() and "GM" + digits.zfill(4) in names_by_code:
                codes[i] = "GM" + digits.zfill(4)
            elif text.lower() in by_name:
                codes[i] = by_name[text.lower()]
        x, y = frame["x"].to_numpy(float), frame["y"].to_numpy(float)
        todo = (codes == "") & ~np.isnan(x)
        if todo.any():
            area = first_area_of_points(list(municipalities.geometry.values), x[todo], y[todo])
            found = np.where(area >= 0, municipalities["gemeentecode"].astype(str).to_numpy()[np.maximum(area, 0)], "")
            codes[np.flatnonzero(todo)] = found
    service = frame["gemeente_locatieserver"].to_numpy(dtype=object)
    codes = np.where(codes == "", service, codes)
    codes = np.where(codes == "", UNKNOWN_MUNICIPALITY, codes)
    frame["gemeentecode"] = codes
    frame["gemeentenaam"] = [names_by_code.get(c, "") for c in codes]


def build_register(
    path: str,
    salt: bytes,
    settings: RegisterSettings,
    *,
    options: TableOptions | None = None,
    municipalities: gpd.GeoDataFrame | None = None,
    points_xy: np.ndarray | None = None,
    locator: Locator | None = None,
    progress: Progress | None = None,
) -> RegisterResult:
    progress = progress or SilentProgress()
    options = options or TableOptions()
    frame, read = read_requests(path, salt, options)
    check_cancelled(progress)
    register, excluded = check_requests(frame, options.column_mapping, settings)
    excluded["gevolg"] = consequence_text(LEFT_OUT)
    reasons, service_reason = locate(register, locator, progress)
    check_cancelled(progress)
    unlocated = reasons != ""
    off_map = pd.DataFrame(
        {"bron": register["bron"].to_numpy()[unlocated], "rij": register["rij"].to_numpy()[unlocated], "kolom": "",
         "reden": reasons[unlocated], "gevolg": consequence_text(OFF_MAP)}
    )  # fmt: skip
    excluded = pd.concat([excluded, off_map], ignore_index=True).sort_values(["bron", "rij"], kind="mergesort")
    register["gelokaliseerd"] = register["locatiebron"] != NOT_LOCATED
    assign_municipality(register, municipalities)
    add_lead_times(register, settings)
    add_served(register, points_xy if points_xy is not None else np.zeros((0, 2)), settings.walking_m)
    register["ev_type"] = register[h.EV_TYPE]
    indicators = request_indicators(register, settings.target_days)
    result = RegisterResult(register[REGISTER_COLUMNS].copy(), excluded.reset_index(drop=True), indicators, read,
                            settings)  # fmt: skip
    source = register["locatiebron"]
    result.located = {k: int((source == k).sum()) for k in (COORDINATES, LOCATIESERVER, NOT_LOCATED)}
    unknown = register.loc[register["status_onbekend"], "status_export"]
    result.unknown_statuses = {str(k): int(v) for k, v in unknown.value_counts().items()}
    result.notes = _notes(result, options, service_reason)
    return result


def _notes(result: RegisterResult, options: TableOptions, service_reason: str) -> list[str]:
    read, settings = result.read, result.settings
    notes = [tr("Read {rows} request(s) from {file}; {options}").format(rows=read.rows, file=read.path,
                                                                        options=options.describe())]  # fmt: skip
    if read.personal_columns:
        notes.append(tr("Personal data not read (columns dropped): {columns}.").format(
            columns=", ".join(read.personal_columns)))  # fmt: skip
    if read.unread_columns:
        notes.append(tr("Columns not used: {columns}.").format(columns=", ".join(read.unread_columns)))
    left_out = int((result.excluded["gevolg"] == consequence_text(LEFT_OUT)).sum())
    if left_out:
        notes.append(tr("{n} row(s) left out with a reason (see the excluded rows table).").format(n=left_out))
    if result.unknown_statuses:
        notes.append(tr("Status values no rule knows (the state follows the dates): {values}.").format(
            values=", ".join("{} ({})".format(k, v) for k, v in sorted(result.unknown_statuses.items()))))  # fmt: skip
    notes.append(tr("Located: {coordinates} by coordinates, {service} by postcode and house number, {none} not "
                    "located.").format(coordinates=result.located.get(COORDINATES, 0),
                                       service=result.located.get(LOCATIESERVER, 0),
                                       none=result.located.get(NOT_LOCATED, 0)))  # fmt: skip
    if service_reason:
        notes.append(service_reason)
    notes.append(
        tr("Lead times in {unit}; target {target:g} days; reference date {date}.").format(
            unit=tr("business days (Mon-Fri without public holidays)") if settings.unit == BUSINESS
            else tr("calendar days"), target=settings.target_days, date=str(settings.reference()))
    )  # fmt: skip
    return notes
