"""Turn session files of every supported kind into the canonical session frame (:mod:`.schema`).

Supported: OCPI 2.2.1 CDRs and Sessions (JSON array, newline-delimited JSON or the OCPI response
envelope ``{"data": [...]}``), OCPI Locations (coordinates per EVSE), ElaadNL-style transaction
exports and generic CSV/XLSX exports. Card and token ids are hashed as soon as a file is read.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions import schema, tabular
from ral_zuid_plugin.core.sessions.privacy import hash_cards
from ral_zuid_plugin.core.sessions.tabular import (
    NumericTextError,
    TableOptions,
    as_categorical,
    map_headers,
    numbers_from,
    read_csv_table,
    read_xlsx_table,
)
from ral_zuid_plugin.core.sessions.timeparse import (
    LocalisationReport,
    detect_date_format,
    parse_local_times,
)

JSON_SUFFIXES = (".json", ".ndjson", ".jsonl", ".geojson")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class ReadReport:
    """What was read from one file and which choices were made."""

    path: str
    kind: str  # "ocpi-cdr", "ocpi-session", "table"
    rows: int = 0
    sha256: str = ""
    options: TableOptions | None = None
    localisation: list[tuple[str, LocalisationReport]] = field(default_factory=list)

    def describe(self) -> str:
        text = tr("{name}: {rows} rows read as {kind}").format(
            name=Path(self.path).name, rows=self.rows, kind=self.kind
        )
        if self.options is not None:
            text += " (" + self.options.describe() + ")"
        return text


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_session_file(
    path: str, salt: bytes, options: TableOptions | None = None, locations: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, ReadReport]:
    """Read one file into a session frame; ``locations`` (from :func:`read_ocpi_locations`) places OCPI Sessions."""
    if not Path(path).is_file():
        raise InputDataError(tr("the file does not exist"), path=path)
    suffix = Path(path).suffix.lower()
    if suffix in JSON_SUFFIXES:
        frame, report = read_ocpi_sessions(path, salt, locations)
    else:
        frame, report = read_table_sessions(path, salt, options or TableOptions())
    report.sha256 = file_sha256(path)
    report.rows = len(frame)
    return frame, report


# ---------------------------------------------------------------------------------------------
# Generic tables (CSV / XLSX, ElaadNL)
# ---------------------------------------------------------------------------------------------
def read_table_sessions(path: str, salt: bytes, options: TableOptions) -> tuple[pd.DataFrame, ReadReport]:
    """A CSV (read in chunks of a million rows) or XLSX export as a session frame."""
    report = ReadReport(path=path, kind="table", options=options)
    if Path(path).suffix.lower() in XLSX_SUFFIXES:
        table = read_xlsx_table(path)
        options.encoding, options.delimiter, options.decimal = "xlsx", "-", options.decimal or "."
        return _table_frame(table, 0, path, salt, options, report), report
    try:
        frames = _csv_frames(path, salt, options, report, as_text=False)
    except NumericTextError:
        report.localisation.clear()
        frames = _csv_frames(path, salt, options, report, as_text=True)
    return concat_sessions(frames), report


def _csv_frames(path: str, salt: bytes, options: TableOptions, report: ReadReport, as_text: bool) -> list:
    frames, offset = [], 0
    for chunk in read_csv_table(path, options, chunk_rows=tabular.CHUNK_ROWS, as_text=as_text):
        frames.append(_table_frame(chunk, offset, path, salt, options, report))
        offset += len(chunk)
    return frames


def concat_sessions(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Session frames one after the other; categorical id columns keep one shared set of categories."""
    if len(frames) == 1:
        return frames[0]
    columns = {}
    for column in frames[0].columns:
        parts = [f[column] for f in frames]
        if all(isinstance(p.dtype, pd.CategoricalDtype) for p in parts):
            columns[column] = union_categoricals([p.array for p in parts])
        else:
            columns[column] = np.concatenate([p.to_numpy() for p in parts])
    return pd.DataFrame(columns)


def _table_frame(
    table: pd.DataFrame, offset: int, path: str, salt: bytes, options: TableOptions, report: ReadReport
) -> pd.DataFrame:
    headers = [str(c) for c in table.columns]
    table.columns = headers
    table.index = pd.RangeIndex(len(table))
    mapping = map_headers(headers, options.column_mapping, path)
    options.column_mapping = mapping
    rows = np.arange(len(table), dtype=np.int64) + 2 + offset
    name = Path(path).name

    def number(logical: str, required: bool = False) -> np.ndarray:
        if logical not in mapping:
            return np.full(len(table), np.nan)
        return numbers_from(
            table[mapping[logical]], options.decimal, path=path, column=mapping[logical], rows=rows, required=required
        )

    start = _table_times(table, mapping[schema.FIELD_START], options, path, rows, report, mapping)
    if schema.FIELD_END in mapping:
        end = _table_times(table, mapping[schema.FIELD_END], options, path, rows, report, mapping)
    else:
        hours = number(schema.FIELD_CONNECTED_HOURS, required=True)
        end = start + np.round(hours * 3.6e12).astype(np.int64)
    chargepoint = _ids(table, mapping.get(schema.FIELD_CHARGEPOINT))
    if schema.FIELD_EVSE in mapping:
        evse = _ids(table, mapping[schema.FIELD_EVSE])
    elif schema.FIELD_CONNECTOR in mapping:
        evse = _joined(chargepoint, _ids(table, mapping[schema.FIELD_CONNECTOR]))
    else:
        evse = chargepoint
    if schema.FIELD_CHARGEPOINT not in mapping:
        chargepoint = evse
    _require_ids(evse, path, rows, mapping.get(schema.FIELD_EVSE) or mapping.get(schema.FIELD_CHARGEPOINT))
    if schema.FIELD_SESSION_ID in mapping:
        session_id = _raw_ids(table[mapping[schema.FIELD_SESSION_ID]])
    else:
        session_id = np.char.add(name + ":", rows.astype(str)).astype(object)
    if schema.FIELD_CARD in mapping:
        cards = hash_cards(table[mapping[schema.FIELD_CARD]].reset_index(drop=True), salt)
    else:
        cards = np.full(len(table), -1, dtype=np.int64)
    frame = pd.DataFrame(
        {
            schema.SOURCE: pd.Categorical.from_codes(np.zeros(len(table), dtype=np.int8), categories=[name]),
            schema.ROW: rows,
            schema.SESSION_ID: session_id,
            schema.EVSE_ID: evse,
            schema.CHARGEPOINT_ID: chargepoint,
            schema.START: start,
            schema.END: end,
            schema.KWH: number(schema.FIELD_KWH, required=True),
            schema.CHARGING_HOURS: number(schema.FIELD_CHARGING_HOURS),
            schema.MAX_KW: number(schema.FIELD_MAX_KW),
            schema.CARD_HASH: cards,
            schema.LON: number(schema.FIELD_LON),
            schema.LAT: number(schema.FIELD_LAT),
            schema.CDR_KIND: normal_kinds(len(table)),
        }
    )
    return frame


def normal_kinds(n: int) -> pd.Categorical:
    return pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=["", "credit", "thuisladen"])


def _ids(table: pd.DataFrame, column: str | None) -> pd.Categorical:
    if column is None:
        return pd.Categorical.from_codes(np.zeros(len(table), dtype=np.int8), categories=[""])
    return as_categorical(table[column].reset_index(drop=True))


def _raw_ids(values: pd.Series) -> np.ndarray:
    """Session ids as read (only compared with each other, so no per-value clean-up; int64 stays int64)."""
    values = values.reset_index(drop=True)
    if pd.api.types.is_integer_dtype(values):
        return values.to_numpy()
    return values.to_numpy(dtype=object)


def _joined(first: pd.Categorical, second: pd.Categorical) -> pd.Categorical:
    """``first + "-" + second`` computed on the distinct pairs only."""
    n_second = max(len(second.categories), 1)
    key = first.codes.astype(np.int64) * n_second + second.codes.astype(np.int64)
    codes, uniques = pd.factorize(key, sort=False)
    labels = [
        "{}-{}".format(first.categories[k // n_second], second.categories[k % n_second]) for k in uniques.tolist()
    ]
    return pd.Categorical.from_codes(codes, categories=pd.Index(labels, dtype=object))


def _require_ids(ids: pd.Categorical, path: str, rows: np.ndarray, column: str | None) -> None:
    empty = np.asarray(ids == "")
    if empty.any():
        first = int(np.flatnonzero(empty)[0])
        raise InputDataError(tr("the charge point id is empty"), path=path, row=int(rows[first]), column=column)


def _distinct(values: pd.Series, rows: int = 200_000) -> pd.Index:
    """Distinct values for format detection: from the first rows and an even spread over the file."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return pd.Index(values.cat.categories.astype(str))
    step = max(1, len(values) // rows)
    sample = pd.concat([values.iloc[:rows], values.iloc[::step]])
    return pd.Index(pd.unique(sample.dropna())).astype(str)


def _table_times(
    table: pd.DataFrame,
    column: str,
    options: TableOptions,
    path: str,
    rows: np.ndarray,
    report: ReadReport,
    mapping: dict[str, str],
) -> np.ndarray:
    values = table[column]
    if pd.api.types.is_datetime64_any_dtype(values) or (
        values.dtype == object and len(values) and isinstance(values.dropna().iloc[0], pd.Timestamp)
    ):
        if values.isna().any():
            first = int(np.flatnonzero(values.isna().to_numpy())[0])
            raise InputDataError(tr("the date is empty"), path=path, row=int(rows[first]), column=column)
        texts = pd.to_datetime(values).dt.strftime("%Y-%m-%d %H:%M:%S")
        fmt = "%Y-%m-%d %H:%M:%S"
        options.date_format = options.date_format or "xlsx"
    else:
        texts = values
        if not options.date_format:
            columns = [mapping[f] for f in (schema.FIELD_START, schema.FIELD_END) if f in mapping]
            sample = pd.Index([]).append([_distinct(table[c]) for c in columns]).unique()
            step = max(1, len(sample) // 1000)
            options.date_format = detect_date_format(list(sample[::step][:1000]), path=path, column=column)
        fmt = options.date_format
    times, local_report = parse_local_times(
        texts, fmt, options.time_zone, path=path, column=column, row_numbers=rows, ambiguous_as_summer=True
    )
    report.localisation.append((column, local_report))
    return times


# ---------------------------------------------------------------------------------------------
# OCPI
# ---------------------------------------------------------------------------------------------
def load_ocpi_objects(path: str) -> list[dict]:
    """OCPI objects from a JSON array, the OCPI response envelope or newline-delimited JSON."""
    raw = Path(path).read_bytes()
    if not raw.strip():
        raise InputDataError(tr("the file is empty"), path=path)
    if b"\x00" in raw[:4096]:
        raise InputDataError(tr("this is a binary file, not OCPI JSON"), path=path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputDataError(tr("OCPI JSON must be UTF-8 text"), path=path) from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as whole_error:
        objects = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                objects.append(json.loads(line))
            except json.JSONDecodeError as error:
                line_no = whole_error.lineno if len(objects) == 0 else number
                raise InputDataError(
                    tr("this is not valid JSON ({error})").format(error=error.msg), path=path, row=line_no
                ) from error
        document = objects
    if isinstance(document, dict):
        if "data" in document:
            document = document["data"]
            if isinstance(document, dict):
                document = [document]
        else:
            document = [document]
    if not isinstance(document, list) or not all(isinstance(item, dict) for item in document):
        raise InputDataError(tr("expected a list of OCPI objects"), path=path)
    if not document:
        raise InputDataError(tr("the file has no OCPI objects"), path=path)
    return document


def _get(obj: dict, dotted: str):
    value = obj
    for key in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _required(objects: list[dict], dotted: str, path: str, alternatives: tuple[str, ...] = ()) -> list:
    values = []
    for number, obj in enumerate(objects, start=1):
        value = _get(obj, dotted)
        for alternative in alternatives:
            if value is None:
                value = _get(obj, alternative)
        if value is None or value == "":
            raise InputDataError(tr("the field is missing"), path=path, row=number, column=dotted)
        values.append(value)
    return values


def _optional(objects: list[dict], *dotted: str) -> list:
    values = []
    for obj in objects:
        value = None
        for key in dotted:
            value = _get(obj, key)
            if value is not None:
                break
        values.append(value)
    return values


def _ocpi_numbers(values: list, path: str, column: str) -> np.ndarray:
    result = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        if value is None:
            continue
        try:
            result[i] = float(value)
        except (TypeError, ValueError) as error:
            raise InputDataError(
                tr("the value '{value}' is not a number").format(value=value), path=path, row=i + 1, column=column
            ) from error
    return result


def _ocpi_times(values: list, path: str, column: str, report: ReadReport) -> np.ndarray:
    texts = pd.Series([str(v) for v in values], dtype=object)
    sample = list(pd.unique(texts))[:3000]
    fmt = detect_date_format(sample, path=path, column=column)
    rows = np.arange(len(texts), dtype=np.int64) + 1
    times, local_report = parse_local_times(texts, fmt, "UTC", path=path, column=column, row_numbers=rows)
    report.localisation.append((column, local_report))
    return times


def read_ocpi_sessions(
    path: str, salt: bytes, locations: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, ReadReport]:
    """OCPI CDRs (with ``cdr_location``) or OCPI Sessions (``location_id`` + ``evse_uid``)."""
    objects = load_ocpi_objects(path)
    first = objects[0]
    is_cdr = "cdr_location" in first or "total_energy" in first or "location" in first
    is_session = "kwh" in first and ("location_id" in first or "evse_uid" in first)
    if not is_cdr and not is_session:
        raise InputDataError(
            tr("these are not OCPI CDRs or Sessions (no cdr_location/total_energy or kwh/location_id)"),
            path=path,
            row=1,
        )
    report = ReadReport(path=path, kind="OCPI CDR" if is_cdr else "OCPI Session")
    name = Path(path).name
    n = len(objects)
    session_id = _required(objects, "id", path)
    start = _ocpi_times(_required(objects, "start_date_time", path), path, "start_date_time", report)
    if is_cdr:
        end = _ocpi_times(_required(objects, "end_date_time", path), path, "end_date_time", report)
        kwh = _ocpi_numbers(_required(objects, "total_energy", path), path, "total_energy")
        chargepoint = _required(objects, "cdr_location.id", path, ("location.id",))
        evse = [
            e or u
            for e, u in zip(
                _optional(objects, "cdr_location.evse_id", "location.evses.0.evse_id"),
                _optional(objects, "cdr_location.evse_uid", "location.evses.0.uid"),
            )
        ]
        connected = _ocpi_numbers(_optional(objects, "total_time"), path, "total_time")
        parking = _ocpi_numbers(_optional(objects, "total_parking_time"), path, "total_parking_time")
        charging = np.where(np.isnan(parking), np.nan, connected - parking)
        lat = _ocpi_numbers(_optional(objects, "cdr_location.coordinates.latitude"), path, "cdr_location.coordinates")
        lon = _ocpi_numbers(_optional(objects, "cdr_location.coordinates.longitude"), path, "cdr_location.coordinates")
        credit = [bool(v) for v in _optional(objects, "credit")]
        home = [bool(v) for v in _optional(objects, "home_charging_compensation")]
        kinds = ["credit" if c else ("thuisladen" if h else "") for c, h in zip(credit, home)]
        cards = _optional(objects, "cdr_token.uid", "auth_id")
    else:
        end_values = _optional(objects, "end_date_time")
        missing = [i for i, v in enumerate(end_values) if not v]
        if missing:
            raise InputDataError(
                tr("the session has no end time (still active?); export finished sessions only"),
                path=path,
                row=missing[0] + 1,
                column="end_date_time",
            )
        end = _ocpi_times(end_values, path, "end_date_time", report)
        kwh = _ocpi_numbers(_required(objects, "kwh", path), path, "kwh")
        chargepoint = _required(objects, "location_id", path)
        evse = _required(objects, "evse_uid", path)
        charging = np.full(n, np.nan)
        lat, lon = np.full(n, np.nan), np.full(n, np.nan)
        kinds = [""] * n
        cards = _optional(objects, "cdr_token.uid", "auth_id")
        if locations is not None:
            evse, lon, lat = _place_on_locations(chargepoint, evse, locations)
    evse = [str(e) if e else str(c) for e, c in zip(evse, chargepoint)]
    frame = pd.DataFrame(
        {
            schema.SOURCE: name,
            schema.ROW: np.arange(1, n + 1, dtype=np.int64),
            schema.SESSION_ID: [str(s) for s in session_id],
            schema.EVSE_ID: evse,
            schema.CHARGEPOINT_ID: [str(c) for c in chargepoint],
            schema.START: start,
            schema.END: end,
            schema.KWH: kwh,
            schema.CHARGING_HOURS: charging,
            schema.MAX_KW: np.full(n, np.nan),
            schema.CARD_HASH: hash_cards(pd.Series(cards, dtype=object), salt),
            schema.LON: lon,
            schema.LAT: lat,
            schema.CDR_KIND: kinds,
        }
    )
    return frame, report


def read_ocpi_locations(path: str) -> pd.DataFrame:
    """One row per EVSE of OCPI Location objects: ``location_id``, ``evse_uid``, ``evse_id``, ``lon``, ``lat``."""
    objects = load_ocpi_objects(path)
    records = []
    for number, location in enumerate(objects, start=1):
        if "id" not in location or "coordinates" not in location:
            raise InputDataError(
                tr("this is not an OCPI Location (it needs id and coordinates)"),
                path=path,
                row=number,
                column="coordinates" if "id" in location else "id",
            )
        try:
            lat = float(location["coordinates"]["latitude"])
            lon = float(location["coordinates"]["longitude"])
        except (KeyError, TypeError, ValueError) as error:
            raise InputDataError(
                tr("the coordinates cannot be read"), path=path, row=number, column="coordinates"
            ) from error
        evses = location.get("evses") or [{}]
        for evse in evses:
            records.append(
                {
                    "location_id": str(location["id"]),
                    "evse_uid": str(evse.get("uid") or ""),
                    "evse_id": str(evse.get("evse_id") or evse.get("uid") or location["id"]),
                    "lon": lon,
                    "lat": lat,
                }
            )
    return pd.DataFrame.from_records(records)


def _place_on_locations(
    chargepoints: list, evse_uids: list, locations: pd.DataFrame
) -> tuple[list[str], np.ndarray, np.ndarray]:
    by_uid = {(r.location_id, r.evse_uid): r for r in locations.itertuples(index=False)}
    by_location = {r.location_id: r for r in locations.itertuples(index=False)}
    evse_ids, lon, lat = [], np.full(len(chargepoints), np.nan), np.full(len(chargepoints), np.nan)
    for i, (location_id, uid) in enumerate(zip(chargepoints, evse_uids)):
        match = by_uid.get((str(location_id), str(uid))) or by_location.get(str(location_id))
        if match is None:
            evse_ids.append(str(uid))
            continue
        evse_ids.append(match.evse_id if (str(location_id), str(uid)) in by_uid else str(uid))
        lon[i], lat[i] = match.lon, match.lat
    return evse_ids, lon, lat
