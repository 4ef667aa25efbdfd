"""Turn session files of every supported kind into the canonical session frame (:mod:`.schema`).

Supported: OCPI 2.2.1 CDRs and Sessions (JSON array, newline-delimited JSON or the OCPI response
envelope ``{"data": [...]}``), OCPI Locations (coordinates per EVSE), ElaadNL-style transaction
exports and generic CSV/XLSX exports. Card and token ids are hashed as soon as a file is read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions import dateorder, schema, tabular, zoneevidence
from ral_zuid_plugin.core.sessions.headers import is_utc, unit_of
from ral_zuid_plugin.core.sessions.privacy import hash_cards
from ral_zuid_plugin.core.sessions.tabular import (
    EncodingError,
    NumericTextError,
    TableOptions,
    as_categorical,
    map_headers,
    numbers_from,
    read_csv_table,
    read_xlsx_table,
)
from ral_zuid_plugin.core.sessions.timeparse import (
    DATE_ONLY_FORMATS,
    ISO_WITH_OFFSET,
    TIME_ONLY_FORMATS,
    LocalisationReport,
    detect_date_format,
    localise,
    parse_local_times,
    parse_naive,
    swap_day_month,
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
    user_format: str = ""  # the date format the user gave (then day and month are as written)
    formats: dict[str, str] = field(default_factory=dict)  # detected format per side (start / end)
    date_order: str = ""  # the reading used when day and month could be exchanged
    date_decision: dateorder.OrderDecision | None = None
    date_rows_differing: int = 0
    skipped_blank: int = 0
    skipped_totals: int = 0
    skipped_rows: list[int] = field(default_factory=list)
    set_aside: dict[str, list[pd.DataFrame]] = field(default_factory=dict)  # exclusion key -> rows
    status_counts: dict[str, int] = field(default_factory=dict)  # excluded rows per status as written
    time_zone: str = ""  # the zone naive times were read in (options.time_zone, or UTC from the evidence)
    zone_evidence: zoneevidence.ZoneEvidence | None = None  # local time or UTC: the first chunk with evidence
    utc_named: list[str] = field(default_factory=list)  # time columns whose header says UTC

    def count_open(self, open_rows: np.ndarray, by_status: np.ndarray | None) -> None:
        """Rows without an end time that no status already excluded."""
        extra = open_rows if by_status is None else open_rows & ~by_status
        if extra.any():
            key = tr("no end time")
            self.status_counts[key] = self.status_counts.get(key, 0) + int(extra.sum())

    def kind_label(self) -> str:
        return {"table": tr("a table (CSV/XLSX export)")}.get(self.kind, self.kind)

    def describe(self) -> str:
        text = tr("{name}: {rows} sessions read from {kind}").format(
            name=Path(self.path).name, rows=self.rows, kind=self.kind_label()
        )
        if self.options is not None:
            text += " (" + self.options.describe() + ")"
        for line in self.notes():
            text += "\n  " + line
        return text

    def notes(self) -> list[str]:
        """What was decided while reading, in words for the log."""
        lines = []
        if self.options is not None and self.options.number_note:
            lines.append(tr("numbers: {how}").format(how=self.options.number_note))
        if self.options is not None:
            lines.extend(self.options.notes)
        if self.date_order and self.date_rows_differing:
            lines.append(self.date_order_note())
        zone_note = self.time_zone_note()
        if zone_note:
            lines.append(zone_note)
        if self.skipped_blank or self.skipped_totals:
            lines.append(
                tr("left out {blank} empty rows and {totals} totals rows (rows {rows})").format(
                    blank=self.skipped_blank,
                    totals=self.skipped_totals,
                    rows=", ".join(str(r) for r in self.skipped_rows[:5]),
                )
            )
        for key, parts in self.set_aside.items():
            lines.append(
                tr("{count} sessions excluded: {reason}").format(
                    count=sum(len(p) for p in parts), reason=set_aside_reasons()[key]
                )
            )
        return lines

    def date_order_note(self) -> str:
        how = (
            self.date_decision.describe()
            if self.date_decision is not None
            else tr("chosen with the date order or date format parameter")
        )
        return tr("dates read {reading} ({n} rows where day and month could be exchanged): {how}").format(
            reading=dateorder.reading_label(self.date_order), n=self.date_rows_differing, how=how
        )

    def time_zone_note(self) -> str:
        """Local time or UTC: what the evidence showed, or the advice when it showed nothing."""
        evidence = self.zone_evidence
        columns = ", ".join("'{}'".format(h) for h in self.utc_named)
        if evidence is not None and evidence.reading == zoneevidence.UTC:
            return tr("times read as UTC, not as local time ({zone}): {evidence}").format(
                zone=evidence.zone, evidence=evidence.describe()
            )
        if evidence is not None and evidence.reading == zoneevidence.LOCAL:
            return tr("times read as local time ({zone}), not as UTC: {evidence}").format(
                zone=evidence.zone, evidence=evidence.describe()
            )
        if evidence is not None:
            return tr(
                "the sessions do not show whether the times are local time ({zone}) or UTC ({evidence}); read as "
                "local time; set Time zone (TIME_ZONE) to UTC if their times are UTC"
            ).format(zone=evidence.zone, evidence=evidence.describe())
        if self.utc_named and not is_utc_zone(self.time_zone):
            return tr(
                "the columns {columns} are named UTC but read as local time ({zone}), as in the ElaadNL export; "
                "set Time zone (TIME_ZONE) to UTC if their times are UTC"
            ).format(columns=columns, zone=self.time_zone)
        return ""

    def set_aside_rows(self, frame: pd.DataFrame, masks: dict[str, np.ndarray]) -> pd.DataFrame:
        """Keep sessions that are not open, invalid or reservations; the others are listed by reason."""
        taken = np.zeros(len(frame), dtype=bool)
        for key in SET_ASIDE_KEYS:
            mask = masks.get(key)
            if mask is None:
                continue
            new = np.asarray(mask, dtype=bool) & ~taken
            if new.any():
                columns = [schema.SOURCE, schema.ROW, schema.SESSION_ID, schema.EVSE_ID]
                self.set_aside.setdefault(key, []).append(frame.loc[new, columns].reset_index(drop=True))
                taken |= new
        if not taken.any():
            return frame
        return frame.loc[~taken].reset_index(drop=True)


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
    report = ReadReport(path=path, kind="table", options=options, user_format=options.date_format)
    if Path(path).suffix.lower() in XLSX_SUFFIXES:
        table = read_xlsx_table(path, options)
        options.encoding, options.delimiter, options.decimal = "xlsx", "-", options.decimal or "."
        return _table_frame(table, 0, path, salt, options, report), report
    detected_encoding = not options.encoding
    try:
        frames = _read_frames(path, salt, options, report)
    except EncodingError:
        # the first 256 kB were plain ASCII or UTF-8, a later byte is not: Windows-1252 (e.g. 'é' as 0xE9)
        if not detected_encoding or options.encoding == "cp1252":
            raise
        options.encoding = "cp1252"
        _restart(report)
        frames = _read_frames(path, salt, options, report)
    return concat_sessions(frames), report


def _read_frames(path: str, salt: bytes, options: TableOptions, report: ReadReport) -> list:
    try:
        return _csv_frames(path, salt, options, report, as_text=False)
    except NumericTextError:
        _restart(report)
        return _csv_frames(path, salt, options, report, as_text=True)


def _restart(report: ReadReport) -> None:
    """Forget what a first pass over the file recorded."""
    report.localisation.clear()
    report.set_aside.clear()
    report.status_counts.clear()
    report.skipped_rows.clear()
    report.skipped_blank = report.skipped_totals = report.date_rows_differing = 0
    report.zone_evidence = None


def _csv_frames(path: str, salt: bytes, options: TableOptions, report: ReadReport, as_text: bool) -> list:
    frames, offset = [], 0
    chunks = read_csv_table(path, options, chunk_rows=tabular.CHUNK_ROWS, as_text=as_text)
    try:
        for chunk in chunks:
            decided, localised = report.zone_evidence is not None, len(report.localisation)
            frames.append(_table_frame(chunk, offset, path, salt, options, report))
            offset += len(chunk)
            evidence = report.zone_evidence
            if not decided and evidence is not None and evidence.reading == zoneevidence.UTC and len(frames) > 1:
                _reread_as_utc(frames, report, localised, options.time_zone)
    finally:
        chunks.close()  # the CSV file is closed at once, also after an error (no ResourceWarning)
    return frames


def _reread_as_utc(frames: list[pd.DataFrame], report: ReadReport, localised: int, zone: str) -> None:
    """Earlier chunks of a file, read as local time before a later chunk showed UTC: read them as UTC.

    Those chunks gave no evidence, so none of their times fell in the skipped spring hour: local time to UTC
    and back gives the wall-clock times as written (the repeated autumn hour was read as summer time both ways).
    """
    for frame in frames[:-1]:
        for column in (schema.START, schema.END):
            utc = pd.DatetimeIndex(frame[column].to_numpy(dtype=np.int64).view("datetime64[ns]"))
            wall = utc.tz_localize("UTC").tz_convert(zone).tz_localize(None)
            frame[column] = np.asarray(wall.asi8, dtype=np.int64)
    for i in range(localised):
        report.localisation[i] = (report.localisation[i][0], LocalisationReport())


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
    return pd.DataFrame(columns, copy=False)


def _table_frame(
    table: pd.DataFrame, offset: int, path: str, salt: bytes, options: TableOptions, report: ReadReport
) -> pd.DataFrame:
    headers = [str(c) for c in table.columns]
    table.columns = headers
    table.index = pd.RangeIndex(len(table))
    mapping = map_headers(headers, options.column_mapping, path, row=options.header_row or 1)
    options.column_mapping = mapping
    rows = np.arange(len(table), dtype=np.int64) + (options.header_row or 1) + 1 + offset
    name = Path(path).name
    table, rows = _skip_empty_and_totals(table, rows, mapping, report)
    if table.empty:
        return _empty_frame(name)

    def number(logical: str, required: bool = False) -> np.ndarray:
        if logical not in mapping:
            return np.full(len(table), np.nan)
        decimal, thousands = options.column_numbers.get(mapping[logical], (options.decimal, options.thousands))
        return numbers_from(
            table[mapping[logical]],
            decimal,
            path=path,
            column=mapping[logical],
            rows=rows,
            required=required,
            thousands=thousands or "none",
        )

    def hours(logical: str, required: bool = False) -> np.ndarray:
        return duration_hours(table, mapping, logical, number, path, rows, required)

    def connected_at(positions: np.ndarray) -> np.ndarray:
        """The connected-time column (hours) of some rows only: the evidence for local time or UTC."""
        return _hours_at(table, rows, positions, mapping, options, path)

    open_rows = _open_rows(table, mapping)
    kwh = number(schema.FIELD_KWH, required=False)
    durations = connected_at if schema.FIELD_CONNECTED_HOURS in mapping else None
    start, end = table_times(table, mapping, options, path, rows, report, open_rows, hours, durations)
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
    empty_kwh = np.isnan(kwh) & ~open_rows
    if empty_kwh.any():
        first = int(np.flatnonzero(empty_kwh)[0])
        column = mapping[schema.FIELD_KWH]
        raise InputDataError(tr("the value is empty"), path=path, row=int(rows[first]), column=column)
    kwh = energy_in_kwh(kwh, start, end, ~open_rows, mapping[schema.FIELD_KWH], options)
    frame = pd.DataFrame(
        {
            schema.SOURCE: pd.Categorical.from_codes(np.zeros(len(table), dtype=np.int8), categories=[name]),
            schema.ROW: rows,
            schema.SESSION_ID: session_id,
            schema.EVSE_ID: evse,
            schema.CHARGEPOINT_ID: chargepoint,
            schema.START: start,
            schema.END: end,
            schema.KWH: kwh,
            schema.CHARGING_HOURS: hours(schema.FIELD_CHARGING_HOURS),
            schema.MAX_KW: number(schema.FIELD_MAX_KW),
            schema.CARD_HASH: cards,
            schema.LON: number(schema.FIELD_LON),
            schema.LAT: number(schema.FIELD_LAT),
            schema.CDR_KIND: normal_kinds(len(table)),
        }
    )
    status = {}
    if schema.FIELD_STATUS in mapping:
        status = status_exclusions(table[mapping[schema.FIELD_STATUS]], report.status_counts)
    report.count_open(open_rows, status.get(OPEN_SESSION))
    status[OPEN_SESSION] = status.get(OPEN_SESSION, np.zeros(len(frame), dtype=bool)) | open_rows
    return report.set_aside_rows(frame, status)


def _hours_at(
    table: pd.DataFrame, rows: np.ndarray, positions: np.ndarray, mapping: dict[str, str], options, path: str
) -> np.ndarray:
    """Connected hours of the rows at ``positions``; all NaN when a value cannot be read (then no evidence)."""
    subset, subset_rows = table.iloc[positions].reset_index(drop=True), rows[positions]

    def number(logical: str, required: bool = False) -> np.ndarray:
        decimal, thousands = options.column_numbers.get(mapping[logical], (options.decimal, options.thousands))
        return numbers_from(
            subset[mapping[logical]],
            decimal,
            path=path,
            column=mapping[logical],
            rows=subset_rows,
            required=required,
            thousands=thousands or "none",
        )

    try:
        return duration_hours(subset, mapping, schema.FIELD_CONNECTED_HOURS, number, path, subset_rows, False)
    except InputDataError:
        return np.full(len(positions), np.nan)


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


OPEN_SESSION = "open_session"
INVALID_SESSION = "invalid_session"
RESERVATION = "reservation"
SET_ASIDE_KEYS = (INVALID_SESSION, RESERVATION, OPEN_SESSION)
STATUS_WORDS = {
    OPEN_SESSION: ("ACTIVE", "PENDING", "CHARGING", "STARTED", "INPROGRESS", "ONGOING", "BEZIG", "ACTIEF", "LOPEND"),
    INVALID_SESSION: ("INVALID", "ONGELDIG", "UNGUELTIG", "INVALIDE"),
    RESERVATION: ("RESERVATION", "RESERVERING", "RESERVIERUNG", "RESERVED"),
}
_TOTALS = re.compile(r"^\s*(totaal|totalen|total|totals|grand total|som|sum|summe|gesamt|totale)\b", re.IGNORECASE)
_SERIAL = re.compile(r"^\s*[1-9][0-9]{4}([.,][0-9]+)?\s*$")
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
NS_PER_HOUR = 3_600_000_000_000
NS_PER_DAY = 24 * NS_PER_HOUR
MAX_CHARGER_KW = 400.0  # no charger delivers more: a higher median energy per connected hour means Wh


def set_aside_reasons() -> dict[str, str]:
    return {
        OPEN_SESSION: tr("open (no end time, or status ACTIVE/PENDING)"),
        INVALID_SESSION: tr("status INVALID"),
        RESERVATION: tr("reservation (status RESERVATION)"),
    }


def status_exclusions(values: pd.Series, counts: dict[str, int] | None = None) -> dict[str, np.ndarray]:
    """Rows per exclusion key from a session status column (OCPI SessionStatus or a portal's own words).

    ``counts`` receives the number of excluded rows per status as written (e.g. {"ACTIVE": 1}).
    """
    codes, uniques = pd.factorize(values.astype(object).where(values.notna(), ""), sort=False)
    keys = [re.sub(r"[^A-Z]", "", str(u).upper()) for u in uniques]
    if counts is not None:
        excluded = {k for words in STATUS_WORDS.values() for k in words}
        per_code = np.bincount(codes[codes >= 0], minlength=len(keys))
        for key, label, number in zip(keys, uniques, per_code):
            if key in excluded and number:
                name = str(label).strip().upper()
                counts[name] = counts.get(name, 0) + int(number)
    result = {}
    for key, words in STATUS_WORDS.items():
        hit = np.array([k in words for k in keys] + [False], dtype=bool)
        mask = hit[np.where(codes < 0, len(keys), codes)]
        if mask.any():
            result[key] = mask
    return result


def _empty_frame(name: str) -> pd.DataFrame:
    columns = {c: pd.Series(dtype=float) for c in schema.SESSION_COLUMNS}
    columns[schema.SOURCE] = pd.Categorical([], categories=[name])
    for c in (schema.ROW, schema.START, schema.END, schema.CARD_HASH):
        columns[c] = pd.Series(dtype=np.int64)
    for c in (schema.EVSE_ID, schema.CHARGEPOINT_ID):
        columns[c] = pd.Categorical([], categories=[""])
    columns[schema.SESSION_ID] = pd.Series(dtype=object)
    columns[schema.CDR_KIND] = normal_kinds(0)
    return pd.DataFrame(columns)


def _side_columns(mapping: dict[str, str], side: str) -> list[str]:
    fields = (
        (schema.FIELD_START, schema.FIELD_START_DATE, schema.FIELD_START_TIME)
        if side == "start"
        else (schema.FIELD_END, schema.FIELD_END_DATE, schema.FIELD_END_TIME)
    )
    return [mapping[f] for f in fields if f in mapping]


def _skip_empty_and_totals(
    table: pd.DataFrame, rows: np.ndarray, mapping: dict[str, str], report: ReadReport
) -> tuple[pd.DataFrame, np.ndarray]:
    """Leave out empty rows and a 'Totaal'/'Total' row below the data (without a start), with a note."""
    start_columns = _side_columns(mapping, "start")
    empty = table[start_columns].isna().all(axis=1).to_numpy()
    if not empty.any():
        return table, rows
    subset = table.loc[empty]
    blank = (
        subset.isna().all(axis=1).to_numpy()
        | subset.astype(str).apply(lambda c: c.str.strip()).isin(["", "nan", "None"]).all(axis=1).to_numpy()
    )
    totals = subset.astype(str).apply(lambda c: c.str.match(_TOTALS)).any(axis=1).to_numpy() & ~blank
    drop = np.zeros(len(table), dtype=bool)
    drop[np.flatnonzero(empty)[blank | totals]] = True
    report.skipped_blank += int(blank.sum())
    report.skipped_totals += int(totals.sum())
    report.skipped_rows.extend(int(r) for r in rows[drop][:5])
    if not drop.any():
        return table, rows
    return table.loc[~drop].reset_index(drop=True), rows[~drop]


def _open_rows(table: pd.DataFrame, mapping: dict[str, str]) -> np.ndarray:
    """Sessions without an end (still charging when exported): set aside, not a reason to stop."""
    end_columns = _side_columns(mapping, "end")
    if not end_columns or (schema.FIELD_CONNECTED_HOURS in mapping and schema.FIELD_END not in mapping):
        return np.zeros(len(table), dtype=bool)
    return table[end_columns].isna().any(axis=1).to_numpy()


def _is_datetime_column(values: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    if values.dtype != object or not len(values):
        return False
    first = values.dropna()
    return len(first) > 0 and isinstance(first.iloc[0], (pd.Timestamp, dt.datetime, dt.date))


def _serials(values: pd.Series) -> pd.Series | None:
    """Excel serial day numbers (45474.5 = 2024-07-01 12:00) as timestamps; None when they are not."""
    present = values.dropna()
    if present.empty:
        return None
    if pd.api.types.is_numeric_dtype(values):
        numbers = values.astype(float)
    else:
        sample = present.astype(str).iloc[:200]
        if not sample.str.match(_SERIAL).all():
            return None
        numbers = pd.to_numeric(values.astype(str).str.replace(",", ".", regex=False), errors="coerce")
    if not numbers.dropna().between(20_000, 80_000).all():
        return None
    return EXCEL_EPOCH + pd.to_timedelta(numbers.round(6) * 86400, unit="s").dt.round("s")


def _as_text(values: pd.Series, fmt: str) -> tuple[pd.Series, bool]:
    """Cell values as text; real date cells (and Excel serial numbers) are written with ``fmt``."""
    if _is_datetime_column(values):
        return pd.to_datetime(values).dt.strftime(fmt), True
    serial = _serials(values)
    if serial is not None:
        return serial.dt.strftime(fmt), True
    if values.dtype == object and len(values.dropna()) and isinstance(values.dropna().iloc[0], dt.time):
        return values.map(lambda t: t.strftime("%H:%M:%S") if isinstance(t, dt.time) else t), True
    return values, False


def _detect(values, candidates, path, column, what: str) -> str:
    """The format of a column, from its distinct values among the first rows and an even spread over the rest."""
    values = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values
    step = max(1, len(values) // 20_000)
    sample = pd.concat([values.iloc[:20_000], values.iloc[::step]]).dropna()
    sample = pd.Index(pd.unique(sample.astype(object))).astype(str)
    step = max(1, len(sample) // 1000)
    if what == "time":
        advice = tr("the time '{value}' cannot be read (expected e.g. 17:45, 17:45:00 or 05:45 PM)")
    else:
        advice = None
    return detect_date_format(
        list(sample[::step][:1000]), path=path, column=column, candidates=candidates, advice=advice
    )


@dataclass
class _Side:
    codes: np.ndarray
    naive: pd.DatetimeIndex
    swapped: pd.DatetimeIndex | None
    label: str
    on_start_day: bool = False  # an end time without a date: on the start's day, or the next when earlier
    utc: bool = False  # written with a UTC offset: the values are UTC, not wall-clock times
    time_only: bool = False  # times of day only (the date comes from the start)


def _side_naive(
    table: pd.DataFrame,
    mapping: dict[str, str],
    side: str,
    options: TableOptions,
    path: str,
    rows: np.ndarray,
    report: ReadReport,
    open_rows: np.ndarray,
) -> _Side:
    whole, date, time = (
        (schema.FIELD_START, schema.FIELD_START_DATE, schema.FIELD_START_TIME)
        if side == "start"
        else (schema.FIELD_END, schema.FIELD_END_DATE, schema.FIELD_END_TIME)
    )
    on_start_day = time_only = False
    if whole in mapping:
        label = mapping[whole]
        texts, real = _as_text(table[mapping[whole]], "%Y-%m-%d %H:%M:%S")
        values = texts[~open_rows] if side == "end" else texts
        if real:
            fmt = "%Y-%m-%d %H:%M:%S"
        elif report.user_format or side in report.formats:
            fmt = report.user_format or report.formats[side]
        else:
            clock_fmt = _time_only_format(values)
            if clock_fmt and side == "start":
                raise InputDataError(
                    tr(
                        "the column holds times without a date ('{value}'); if another column holds the date, name "
                        "both in the column mapping parameter (e.g. start_date=Datum;start_time={column})"
                    ).format(value=str(values.dropna().iloc[0]).strip(), column=label),
                    path=path,
                    column=label,
                )
            fmt = clock_fmt or _detect(values, None, path, label, "date")
        if fmt in TIME_ONLY_FORMATS:  # an end time without a date: on the start's day, or the next
            on_start_day = time_only = True
    else:
        date_column = mapping.get(date) or mapping[schema.FIELD_START_DATE]
        on_start_day = date not in mapping
        label = "{} + {}".format(date_column, mapping[time])
        days, real = _as_text(table[date_column], "%Y-%m-%d")
        clock, clock_real = _as_text(table[mapping[time]], "%H:%M:%S")
        if report.user_format:
            fmt = report.user_format
        elif side in report.formats:
            fmt = report.formats[side]
        else:
            day_fmt = "%Y-%m-%d" if real else _detect(days, DATE_ONLY_FORMATS, path, date_column, "date")
            clock_values = clock[~open_rows] if side == "end" else clock
            clock_fmt = (
                "%H:%M:%S" if clock_real else _detect(clock_values, TIME_ONLY_FORMATS, path, mapping[time], "time")
            )
            fmt = "{} {}".format(day_fmt, clock_fmt)
        texts = days.astype(str).str.strip() + " " + clock.astype(str).str.strip()
        texts = texts.where(days.notna() & clock.notna())
    report.formats[side] = fmt
    if not report.user_format and side == "start":
        options.date_format = fmt
    if side == "end" and open_rows.any():
        filler = texts[~open_rows]
        texts = texts.where(~open_rows, filler.iloc[0] if len(filler) else None)
    if fmt == ISO_WITH_OFFSET:  # machine-written instants: no day/month question, already UTC
        utc, _ = parse_local_times(texts, fmt, "UTC", path=path, column=label, row_numbers=rows)
        codes, uniques = pd.factorize(utc, sort=False)
        return _Side(codes, pd.DatetimeIndex(uniques), None, label, on_start_day, utc=True)
    codes, naive = parse_naive(texts, fmt, path=path, column=label, row_numbers=rows)
    swapped = None
    if not real and "%d" in fmt and "%m" in fmt:
        candidate, changed = swap_day_month(naive)
        swapped = candidate if changed.any() else None
    return _Side(codes, naive, swapped, label, on_start_day, time_only=time_only)


def _time_only_format(values: pd.Series) -> str:
    """The clock format when a column holds times of day only (17:45, 05:45 PM), else ''."""
    head = values.iloc[:2000].dropna().astype(str).str.strip().iloc[:200]
    if head.empty or not head.str.match(r"^\d{1,2}:\d\d").all():
        return ""
    try:
        return _detect(values, TIME_ONLY_FORMATS, None, None, "time")
    except InputDataError:
        return ""


def _rows_ns(side: _Side, swapped: bool) -> np.ndarray:
    index = side.swapped if swapped and side.swapped is not None else side.naive
    return np.asarray(index.asi8, dtype=np.int64)[side.codes]


def _localised(
    codes, naive: pd.DatetimeIndex, options: TableOptions, path, label, rows, report, zone: str = ""
) -> np.ndarray:
    utc, local = localise(codes, naive, zone or options.time_zone, path=path, rows=rows)
    report.localisation.append((label, local))
    return utc


def _side_utc(side: _Side, swapped: bool, last: np.ndarray, options, path, rows, report, zone: str):
    """UTC per row of one side in the chosen reading; distinct values are localised once."""
    if side.on_start_day:  # rolled over to the next day per row: localise the per-row values
        codes, uniques = pd.factorize(last, sort=False)
        return _localised(codes, pd.DatetimeIndex(uniques), options, path, side.label, rows, report, zone)
    index = side.swapped if swapped and side.swapped is not None else side.naive
    return _localised(side.codes, index, options, path, side.label, rows, report, "UTC" if side.utc else zone)


def table_times(
    table: pd.DataFrame,
    mapping: dict[str, str],
    options: TableOptions,
    path: str,
    rows: np.ndarray,
    report: ReadReport,
    open_rows: np.ndarray,
    hours,
    durations=None,
) -> tuple[np.ndarray, np.ndarray]:
    """Start and end as UTC nanoseconds, with the order of day and month and local time or UTC decided from the
    evidence; ``durations(positions)`` gives the connected hours of some rows (None: no such column)."""
    start = _side_naive(table, mapping, "start", options, path, rows, report, np.zeros(len(table), dtype=bool))
    from_hours = schema.FIELD_END not in mapping and schema.FIELD_END_TIME not in mapping
    end = None if from_hours else _side_naive(table, mapping, "end", options, path, rows, report, open_rows)
    report.utc_named = [  # headers that say UTC over wall-clock values (with an offset they are instants anyway)
        h
        for side, name in ((start, "start"), (end, "end"))
        if side is not None and not side.utc
        for h in _side_columns(mapping, name)
        if is_utc(h)
    ]
    duration = None
    if from_hours:
        duration = np.round(hours(schema.FIELD_CONNECTED_HOURS, True) * NS_PER_HOUR).astype(np.int64)

    def times(swapped: bool) -> tuple[np.ndarray, np.ndarray]:
        first = _rows_ns(start, swapped)
        if end is None:
            return first, first + duration
        last = _rows_ns(end, swapped)
        if end.time_only:
            last = first - first % NS_PER_DAY + last % NS_PER_DAY
        if end.on_start_day:
            last = np.where(last < first, last + NS_PER_DAY, last)
        return first, last

    reading = dateorder.AS_WRITTEN
    if start.swapped is not None or (end is not None and end.swapped is not None):
        reading = options.date_order or (dateorder.AS_WRITTEN if report.user_format else "")
        a_start, a_end = times(False)
        b_start, b_end = times(True)
        if not reading:
            valid = ~open_rows
            id_order = _id_order(table, mapping, valid)
            month = dateorder.month_in_name(path)
            period = dateorder.period_of_month(*month) if month else None
            decision = dateorder.weigh(a_start[valid], a_end[valid], b_start[valid], b_end[valid], id_order, period)
            if decision is not None and not decision.reading:
                raise _order_error(decision, a_start, b_start, rows, table, start, path)
            reading = decision.reading if decision is not None else dateorder.AS_WRITTEN
            options.date_order = reading
            report.date_decision = decision
        report.date_order = reading
        report.date_rows_differing += int(((a_start != b_start) | (a_end != b_end)).sum())
        first, last = (b_start, b_end) if reading == dateorder.SWAPPED else (a_start, a_end)
    else:
        first, last = times(False)
    swapped = reading == dateorder.SWAPPED
    zone = _zone(first, last, open_rows, start, end, options, report, durations, mapping)
    start_utc = _side_utc(start, swapped, first, options, path, rows, report, zone)
    if end is None:
        return start_utc, start_utc + duration
    end_utc = _side_utc(end, swapped, last, options, path, rows, report, zone)
    return start_utc, np.where(open_rows, start_utc, end_utc)


def is_utc_zone(zone: str) -> bool:
    return zone.strip().upper() in ("UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "UCT", "ETC/UCT")


def _zone(first, last, open_rows, start: _Side, end: _Side | None, options, report: ReadReport, durations, mapping):
    """The zone naive times are read in: TIME_ZONE, or UTC when the sessions show that they are UTC."""
    naive = end is not None and not start.utc and not end.utc  # times with an explicit offset are instants already
    if report.zone_evidence is None and not is_utc_zone(options.time_zone) and naive:
        evidence = zoneevidence.weigh_zone(
            first, last, ~open_rows, options.time_zone, durations, mapping.get(schema.FIELD_CONNECTED_HOURS, "")
        )
        if evidence is not None and evidence.sessions:
            report.zone_evidence = evidence  # the first chunk with evidence decides for the whole file
    evidence = report.zone_evidence
    report.time_zone = "UTC" if evidence is not None and evidence.reading == zoneevidence.UTC else options.time_zone
    return report.time_zone


def _id_order(table: pd.DataFrame, mapping: dict[str, str], valid: np.ndarray) -> np.ndarray | None:
    """Rows in the order of numeric session ids, when that differs from the file order; else None."""
    if schema.FIELD_SESSION_ID not in mapping:
        return None
    ids = pd.to_numeric(table[mapping[schema.FIELD_SESSION_ID]][valid], errors="coerce").to_numpy()
    if np.isnan(ids).any():
        return None
    order = np.argsort(ids, kind="stable")
    return None if (order == np.arange(len(order))).all() else order


def _order_error(decision, a_start, b_start, rows, table, start: _Side, path: str) -> InputDataError:
    differ = np.flatnonzero(a_start != b_start)[:2]
    if not len(differ):
        differ = np.arange(min(2, len(rows)))
    examples = "; ".join(
        tr("row {row}: '{value}' = {written} as written, {swapped} swapped").format(
            row=int(rows[i]),
            value=_raw_cell(table, start, i),
            written=_day(a_start[i]),
            swapped=_day(b_start[i]),
        )
        for i in differ
    )
    evidence = decision.describe() or tr("no session crosses midnight and the rows are not in start order")
    return InputDataError(
        tr(
            "day and month can be read both ways and the sessions do not show which is right ({evidence}). "
            "Examples: {examples}. Set Date order (DATE_ORDER) to 'as written' or 'day and month swapped'"
        ).format(evidence=evidence, examples=examples),
        path=path,
        row=int(rows[differ[0]]) if len(differ) else None,
        column=start.label,
    )


def _raw_cell(table: pd.DataFrame, side: _Side, i: int) -> str:
    columns = [c.strip() for c in side.label.split(" + ")]
    return " ".join(str(table[c].iloc[i]).strip() for c in columns if c in table.columns)


_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(ns: int) -> str:
    stamp = pd.Timestamp(int(ns))
    return "{} {} {}".format(stamp.day, _MONTHS[stamp.month], stamp.year)


def energy_in_kwh(
    kwh: np.ndarray, start: np.ndarray, end: np.ndarray, valid: np.ndarray, header: str, options: TableOptions
) -> np.ndarray:
    """Energy in kWh: the unit from ENERGY_UNIT, else from the header, else from the values."""
    unit = options.energy_unit or unit_of(header)
    if unit not in ("kwh", "wh", "mwh"):
        hours = (end - start) / NS_PER_HOUR
        usable = valid & (hours >= 0.25) & (kwh > 0)
        unit = "kwh"
        if usable.sum() >= 1:
            rate = float(np.median(kwh[usable] / hours[usable]))
            if rate > MAX_CHARGER_KW:
                unit = "wh"
                options.notes.append(
                    tr(
                        "energy column '{column}' read as Wh: the median energy per connected hour would be "
                        "{rate:.0f} kW in kWh, more than any charger delivers (set ENERGY_UNIT to override)"
                    ).format(column=header, rate=rate)
                )
    elif not options.energy_unit and unit != "kwh":
        options.notes.append(
            tr("energy column '{column}' read as {unit} (unit in the header)").format(
                column=header, unit={"wh": "Wh", "mwh": "MWh"}[unit]
            )
        )
    options.energy_unit = unit if unit in ("kwh", "wh") else options.energy_unit or unit
    return kwh * {"kwh": 1.0, "wh": 0.001, "mwh": 1000.0}[unit]


def duration_hours(
    table: pd.DataFrame, mapping: dict[str, str], field: str, number, path: str, rows: np.ndarray, required: bool
) -> np.ndarray:
    """A duration column in hours: decimal hours, minutes or seconds (unit in the header) or h:mm texts."""
    if field not in mapping:
        return np.full(len(table), np.nan)
    column = mapping[field]
    unit = unit_of(column)
    values = table[column]
    if values.dtype == object and (unit.startswith("hh:mm") or values.dropna().astype(str).str.contains(":").any()):
        text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
        empty = (text == "").to_numpy()
        padded = text.where(text.str.count(":") != 1, text + ":00")
        delta = pd.to_timedelta(padded.where(~empty, None), errors="coerce")
        result = (delta.dt.total_seconds() / 3600.0).to_numpy(dtype=float)
        bad = np.isnan(result) & ~empty
        if bad.any() or (required and empty.any()):
            first = int(np.flatnonzero(bad | (empty & required))[0])
            raise InputDataError(
                tr("the duration '{value}' cannot be read (expected hours such as 2,5 or h:mm such as 2:30)").format(
                    value=text.iloc[first]
                ),
                path=path,
                row=int(rows[first]),
                column=column,
            )
        return result
    scale = {"min": 1 / 60, "s": 1 / 3600}.get(unit, 1.0)
    return number(field, required) * scale


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
        open_rows = np.array([not v for v in end_values], dtype=bool)
        start_values = _required(objects, "start_date_time", path)
        end_values = [s if o else v for s, v, o in zip(start_values, end_values, open_rows)]
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
    masks = status_exclusions(pd.Series(_optional(objects, "status"), dtype=object), report.status_counts)
    if not is_cdr:
        report.count_open(open_rows, masks.get(OPEN_SESSION))
        masks[OPEN_SESSION] = masks.get(OPEN_SESSION, np.zeros(n, dtype=bool)) | open_rows
    return report.set_aside_rows(frame, masks), report


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
