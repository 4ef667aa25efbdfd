"""Read a request export (CSV or XLSX) with the session reader's tabular machinery; drop personal data on read.

Only the columns a request needs are read (:mod:`.headers`); names, e-mail, phone and kenteken columns are named
in the report as dropped and their values never enter a frame. The request number is replaced at once by a keyed
hash (:func:`ral_zuid_plugin.core.sessions.privacy.hash_cards`, the plugin's salt): duplicates can be found and
the register can be linked to the next export from the same portal, but the number itself is not kept.
Address fields (postcode, house number, street) stay in memory for locating and are not written anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.requests import headers as h
from ral_zuid_plugin.core.sessions.privacy import hash_cards
from ral_zuid_plugin.core.sessions.tabular import (
    TableKind,
    TableOptions,
    numbers_from,
    read_csv_table,
    read_xlsx_table,
)
from ral_zuid_plugin.core.sessions.timeparse import (
    CANDIDATE_FORMATS,
    DATE_ONLY_FORMATS,
    detect_date_format,
    parse_naive,
)

XLSX_SUFFIXES = (".xlsx", ".xlsm")
SAMPLE_DATES = 100
"""Distinct date texts per column that decide the format (a value that does not fit it is still found and named
when the whole column is parsed)."""
REQUESTS = TableKind(
    h.map_request_headers,
    h.NUMERIC_FIELDS,
    (),
    lambda: tr("the file has a header but no requests"),
)
# Text columns kept in the frame (address parts only in memory, for locating).
TEXT_FIELDS = (h.ADDRESS, h.POSTCODE, h.HOUSE_NUMBER, h.ADDITION, h.MUNICIPALITY, h.STATUS, h.ORIGIN, h.EV_TYPE)


@dataclass
class RequestReadReport:
    path: str
    options: TableOptions
    rows: int = 0
    personal_columns: list[str] = field(default_factory=list)
    """Headers of columns with personal data that were not read."""
    unread_columns: list[str] = field(default_factory=list)
    """Other headers no rule knows (not read either)."""
    blank_rows: int = 0


def _one_text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value % 1 == 0:
        return str(int(value))
    return str(value).strip()


def _texts(values: pd.Series) -> pd.Series:
    """Cells as stripped text; empty, None and NaN become ''. Whole numbers from a spreadsheet lose their '.0'.

    Each distinct value is cleaned once (exports repeat dates, statuses and herkomst many times)."""
    codes, uniques = pd.factorize(values, sort=False)
    cleaned = np.array([_one_text(u) for u in uniques] + [""], dtype=object)
    return pd.Series(cleaned[codes], index=values.index, dtype=object)


def read_table(path: str, options: TableOptions) -> pd.DataFrame:
    """The whole export as a table (CSV in chunks, concatenated: request exports are small)."""
    if Path(path).suffix.lower() in XLSX_SUFFIXES:
        table = read_xlsx_table(path, options, REQUESTS)
        options.encoding, options.delimiter, options.decimal = "xlsx", "-", options.decimal or "."
        return table
    chunks = read_csv_table(path, options, kind=REQUESTS)
    try:
        parts = list(chunks)
    finally:
        chunks.close()
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


def parse_dates(values: pd.Series, fmt: str, *, path: str, column: str, rows: np.ndarray) -> np.ndarray:
    """Days (``datetime64[D]``, NaT where empty) of one date column: spreadsheet dates as they are, text with
    ``fmt``; a text that does not fit is a located error (mixed formats are named)."""
    out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
    objects = values.to_numpy(dtype=object)
    is_stamp = np.array([isinstance(v, (pd.Timestamp, np.datetime64)) or hasattr(v, "year") for v in objects],
                        dtype=bool) if len(objects) else np.zeros(0, dtype=bool)  # fmt: skip
    if is_stamp.any():
        stamps = pd.to_datetime(pd.Series(objects[is_stamp]), errors="coerce")
        out[is_stamp] = stamps.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    texts = _texts(values)
    wanted = (~is_stamp) & (texts != "").to_numpy()
    if wanted.any():
        codes, naive = parse_naive(texts[wanted].reset_index(drop=True), fmt, path=path, column=column,
                                   row_numbers=rows[wanted])  # fmt: skip
        out[wanted] = np.asarray(naive.values, dtype="datetime64[ns]").astype("datetime64[D]")[codes]
    return out


def date_format(table: pd.DataFrame, mapping: dict[str, str], options: TableOptions, path: str) -> str:
    """The one format of the text dates in all date columns (day first when both orders fit: the Dutch way)."""
    if options.date_format:
        return options.date_format
    sample: list[str] = []
    for logical in h.DATE_FIELDS:
        if logical in mapping:
            column = table[mapping[logical]]
            values = _texts(column[[not hasattr(v, "year") for v in column.to_numpy(dtype=object)]])
            sample.extend(pd.unique(values[values != ""])[:SAMPLE_DATES].tolist())
    if not sample:
        return ""
    fmt = detect_date_format(
        sample, path=path, column=mapping.get(h.REQUEST_DATE), candidates=(*DATE_ONLY_FORMATS, *CANDIDATE_FORMATS)
    )
    options.date_format = fmt
    return fmt


def read_requests(
    path: str, salt: bytes, options: TableOptions | None = None
) -> tuple[pd.DataFrame, RequestReadReport]:
    """The export as one row per request: ``bron``, ``rij`` (row in the file), ``aanvraag_hash`` (16 hex digits,
    '' when the number is empty), ``datum_aanvraag`` / ``datum_verkeersbesluit`` / ``datum_ingebruikname``
    (datetime64[D]), ``x``/``y`` (RD New, NaN when not given), ``lat``/``lon``, and the text fields of
    :data:`TEXT_FIELDS` ('' when absent)."""
    options = options or TableOptions()
    report = RequestReadReport(path=path, options=options)
    table = read_table(path, options)
    headers = [str(c).strip() for c in table.columns]
    table.columns = headers
    table = table.reset_index(drop=True)
    mapping = h.map_request_headers(headers, options.column_mapping, path, options.header_row or 1)
    options.column_mapping = mapping
    _, report.personal_columns = h.recognise(headers, mapping)
    known = set(mapping.values()) | set(report.personal_columns)
    report.unread_columns = [c for c in headers if c not in known and c]
    rows = np.arange(len(table), dtype=np.int64) + (options.header_row or 1) + 1
    read = [mapping[f] for f in h.LOGICAL_FIELDS if f in mapping]
    texts = {column: _texts(table[column]) for column in read}
    blank = np.ones(len(table), dtype=bool)
    for column in read:
        blank &= (texts[column] == "").to_numpy()
    report.blank_rows = int(blank.sum())
    table, rows = table.loc[~blank, read].reset_index(drop=True), rows[~blank]
    texts = {column: values[~blank].reset_index(drop=True) for column, values in texts.items()}
    if table.empty:
        raise InputDataError(REQUESTS.empty_message(), path=path, row=(options.header_row or 1) + 1)
    name = Path(path).name
    frame = pd.DataFrame({"bron": name, "rij": rows})
    ids = texts[mapping[h.REQUEST_ID]]
    hashed = hash_cards(ids, salt)
    frame["aanvraag_hash"] = np.where(hashed >= 0, pd.Series(hashed).map("{:016x}".format), "")
    fmt = date_format(table, mapping, options, path)
    for logical, target in ((h.REQUEST_DATE, "datum_aanvraag"), (h.DECISION_DATE, "datum_verkeersbesluit"),
                            (h.REALISED_DATE, "datum_ingebruikname")):  # fmt: skip
        if logical in mapping:
            frame[target] = parse_dates(table[mapping[logical]], fmt, path=path, column=mapping[logical], rows=rows)
        else:
            frame[target] = np.full(len(frame), np.datetime64("NaT"), dtype="datetime64[D]")
    for logical in h.NUMERIC_FIELDS:
        if logical in mapping:
            decimal, thousands = options.column_numbers.get(mapping[logical], (options.decimal or ".", options.thousands
                                                                               or "none"))  # fmt: skip
            frame[logical] = numbers_from(table[mapping[logical]], decimal, path=path, column=mapping[logical],
                                          rows=rows, required=False, thousands=thousands)  # fmt: skip
        else:
            frame[logical] = np.nan
    for logical in TEXT_FIELDS:
        frame[logical] = texts[mapping[logical]].to_numpy() if logical in mapping else ""
    report.rows = len(frame)
    return frame, report
