"""The one tabular reader: CSV and XLSX exports from portals (CPO session exports, the ElaadNL transactions file,
and the gemeenten's and concessiehouders' request exports of ``core/requests``).

Auto-detection of encoding, delimiter, decimal comma, header names and date format; every choice
is recorded in :class:`TableOptions` so the algorithm can show it and the user can override it.
What a table holds is a :class:`TableKind`: how its headers map to logical fields and which of those
are numbers; sessions are the default (:data:`SESSIONS`), requests pass their own.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.headers import recognise
from ral_zuid_plugin.core.sessions.timeparse import DEFAULT_TIME_ZONE

SNIFF_BYTES = 256 * 1024


@dataclass
class TableOptions:
    """How a table is read. Empty values mean 'detect'; after reading they hold what was used."""

    encoding: str = ""
    delimiter: str = ""
    decimal: str = ""
    date_format: str = ""
    time_zone: str = DEFAULT_TIME_ZONE
    column_mapping: dict[str, str] = field(default_factory=dict)  # logical field -> header in the file
    date_order: str = ""  # "" detect, "as_written" or "swapped" (see dateorder.py)
    thousands: str = ""  # "" detect, "none", "." or ","
    header_row: int = 0  # 0 = detect; else the 1-based line of the header
    energy_unit: str = ""  # "" detect, "kwh" or "wh"
    number_note: str = ""  # how the decimal separator was decided
    column_numbers: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> own (decimal, thousands)
    notes: list[str] = field(default_factory=list)  # what else was decided while reading, for the log

    def describe(self) -> str:
        mapping = ", ".join("{}={}".format(k, v) for k, v in sorted(self.column_mapping.items()))
        thousands = {"": "-", "none": tr("none")}.get(self.thousands, "'{}'".format(self.thousands))
        return tr(
            "encoding {encoding}, delimiter '{delimiter}', decimal '{decimal}', thousands {thousands}, "
            "header on line {header}, date format {date_format}, energy in {unit}, "
            "time zone {time_zone}, columns: {mapping}"
        ).format(
            encoding=self.encoding or "-",
            delimiter=DELIMITER_NAMES.get(self.delimiter, self.delimiter or "-"),
            decimal=self.decimal or "-",
            thousands=thousands,
            header=self.header_row or 1,
            date_format=self.date_format or "-",
            unit={"wh": "Wh", "kwh": "kWh"}.get(self.energy_unit, "kWh"),
            time_zone=self.time_zone,
            mapping=mapping,
        )


DELIMITER_NAMES = {"\t": "tab"}


def parse_column_mapping(text: str, fields: tuple[str, ...] = ()) -> dict[str, str]:
    """``"start=Begin;end=Einde;kwh=Energie (kWh)"`` -> ``{"start": "Begin", ...}`` (keys are logical fields,
    of the sessions unless ``fields`` names others)."""
    fields = fields or tuple(schema.LOGICAL_FIELDS)
    mapping: dict[str, str] = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputDataError(
                tr("the column mapping '{part}' is not of the form field=column").format(part=part.strip())
            )
        key, value = (s.strip() for s in part.split("=", 1))
        if key not in fields:
            raise InputDataError(
                tr("unknown field '{key}' in the column mapping; use one of: {fields}").format(
                    key=key, fields=", ".join(fields)
                )
            )
        mapping[key] = value
    return mapping


def detect_encoding(head: bytes, path: str) -> str:
    """``utf-8-sig`` (with or without BOM) when the bytes are valid UTF-8, else ``cp1252``."""
    if b"\x00" in head[:4096]:
        raise InputDataError(tr("this is a binary file, not a CSV or XLSX export"), path=path)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as problem:
        if problem.start >= len(head) - 3:  # a multi-byte character cut at the end of the sample
            return "utf-8-sig"
        try:
            head.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputDataError(tr("the text encoding cannot be recognised"), path=path) from error
        return "cp1252"
    return "utf-8-sig"


def detect_delimiter(lines: list[str], path: str) -> str:
    """The delimiter that splits the header and the first lines into the same number (> 1) of fields."""
    best, best_fields = "", 1
    for candidate in (";", ",", "\t", "|"):
        counts = [len(next(csv.reader([line], delimiter=candidate))) for line in lines if line.strip()]
        if counts and len(set(counts)) == 1 and counts[0] > best_fields:
            best, best_fields = candidate, counts[0]
    if not best:
        raise InputDataError(
            tr("no column delimiter found (tried ; , tab |); is this a session export?"), path=path, row=1
        )
    return best


_NUMBER = re.compile(r"^[-+]?[0-9][0-9.,]*$")


def detect_number_format(values: list[str], delimiter: str) -> tuple[str, str, str]:
    """(decimal, thousands, how) from the texts of the numeric columns.

    ``1.430,17`` and ``1,430.17`` decide both separators; ``2,5`` or ``2.25`` decide the decimal
    separator; ``1.430`` alone (three digits after the only separator) is ambiguous and follows the
    rest of the file, then the file's convention (decimal comma with ';', point with ',').
    """
    return _decide(_votes(values), delimiter)[:3]


def detect_column_numbers(
    columns: dict[str, list[str]], delimiter: str
) -> tuple[str, str, str, dict[str, tuple[str, str]]]:
    """The file's (decimal, thousands, how), and the columns whose own values decide differently.

    A column whose values are all ambiguous (``1.430``) follows the other columns and the file.
    """
    decimal, thousands, how, _ = _decide(_votes([v for values in columns.values() for v in values]), delimiter)
    own: dict[str, tuple[str, str]] = {}
    for header, values in columns.items():
        votes = _votes(values)
        col_decimal, col_thousands, _, decided = _decide(votes, delimiter)
        if decided and (col_decimal, col_thousands) != (decimal, thousands):
            if col_decimal == decimal and col_thousands == "none":
                continue  # no grouping in this column's values: the file's thousands separator does not hurt
            own[header] = (col_decimal, col_thousands)
            how += "; " + tr("column '{column}' has its own: decimal '{decimal}', thousands {thousands}").format(
                column=header, decimal=col_decimal, thousands="'{}'".format(col_thousands)
            )
    return decimal, thousands, how, own


def _votes(values: list[str]) -> dict[str, int]:
    votes = dict.fromkeys(("comma", "point", "dot_thousands", "comma_thousands", "ambiguous_dot", "ambiguous_comma"), 0)
    for text in values:
        text = text.strip()
        if not _NUMBER.match(text) or ("," not in text and "." not in text):
            continue
        last = max(text.rfind(","), text.rfind("."))
        separator, digits = text[last], len(text) - last - 1
        other = "." if separator == "," else ","
        if other in text[:last]:
            # two kinds of separator: the last one is the decimal, the other groups thousands
            votes["comma" if separator == "," else "point"] += 1
            votes["dot_thousands" if separator == "," else "comma_thousands"] += 1
        elif text[:last].count(separator) > 0:
            votes["dot_thousands" if separator == "." else "comma_thousands"] += 1  # 1.430.170
        elif digits == 3 and len(text[:last].lstrip("-+")) <= 3:
            votes["ambiguous_dot" if separator == "." else "ambiguous_comma"] += 1
        else:
            votes["comma" if separator == "," else "point"] += 1
    return votes


def _decide(votes: dict[str, int], delimiter: str) -> tuple[str, str, str, bool]:
    comma, point = votes["comma"], votes["point"]
    dot_thousands, comma_thousands = votes["dot_thousands"], votes["comma_thousands"]
    decided = True
    if comma > point or (comma == point and dot_thousands > comma_thousands):
        decimal, how = ",", tr("decimal comma seen in the values")
    elif point > comma or comma_thousands > dot_thousands:
        decimal, how = ".", tr("decimal point seen in the values")
    else:
        decided = False
        decimal = "." if delimiter == "," else ","
        how = tr("no value decides; the convention of a '{delimiter}'-separated file").format(
            delimiter=DELIMITER_NAMES.get(delimiter, delimiter)
        )
    thousands_char = "." if decimal == "," else ","
    has_thousands = (dot_thousands if decimal == "," else comma_thousands) > 0
    ambiguous = votes["ambiguous_dot"] if decimal == "," else votes["ambiguous_comma"]
    if ambiguous:
        # 1.430 in a file with a decimal comma can only be one thousand four hundred and thirty
        has_thousands = True
        how += "; " + tr("{n} values like 1{sep}430 read as thousands (the decimal separator is '{dec}')").format(
            n=ambiguous, sep=thousands_char, dec=decimal
        )
    return decimal, thousands_char if has_thousands else "none", how, decided


def map_headers(headers: list[str], overrides: dict[str, str], path: str, row: int = 1) -> dict[str, str]:
    """Logical field -> header, from the user's overrides first, then by the meaning of the headers."""
    for logical, header in overrides.items():
        if header not in headers:
            raise InputDataError(
                tr("the column '{header}' given for {field} is not in the file (columns: {columns})").format(
                    header=header, field=logical, columns=", ".join(headers)
                ),
                path=path,
                row=row,
            )
    mapping = recognise(headers, overrides)
    missing = [f for f in schema.REQUIRED_FIELDS if f not in mapping]
    if schema.FIELD_START not in mapping and schema.FIELD_START_TIME not in mapping:
        missing.insert(0, schema.FIELD_START)
    if not ({schema.FIELD_END, schema.FIELD_END_TIME, schema.FIELD_CONNECTED_HOURS} & set(mapping)):
        missing.append(schema.FIELD_END)
    if schema.FIELD_EVSE not in mapping and schema.FIELD_CHARGEPOINT not in mapping:
        missing.append(schema.FIELD_EVSE)
    if missing:
        raise InputDataError(
            tr(
                "required columns are missing: {missing}; columns in the file: {columns}. "
                "Name them in the column mapping parameter (e.g. start=Begintijd)"
            ).format(missing=", ".join(missing), columns=", ".join(headers)),
            path=path,
            row=row,
        )
    return mapping


def find_header(lines: list[str], options: TableOptions, path: str, kind: TableKind | None = None) -> tuple[int, str]:
    """(0-based line of the header, delimiter): the first line whose cells are headers we know.

    Portal reports put a title (and a blank line) above the header; the header is the first line
    that names the columns a session (or the ``kind``'s row) needs. HEADER_ROW overrides the search.
    """
    kind = kind or SESSIONS
    delimiters = [options.delimiter] if options.delimiter else [";", ",", "\t", "|"]
    if options.header_row:
        index = options.header_row - 1
        if index >= len(lines):
            raise InputDataError(tr("the file has fewer lines than the header row given"), path=path)
        return index, options.delimiter or detect_delimiter(lines[index:], path)
    for index, line in enumerate(lines[:30]):
        for delimiter in delimiters:
            cells = [c.strip() for c in next(csv.reader([line.lstrip("\ufeff")], delimiter=delimiter), [])]
            if len(cells) < 2:
                continue
            try:
                kind.map_headers(cells, {k: v for k, v in options.column_mapping.items() if v in cells}, path, 1)
            except InputDataError:
                continue
            return index, delimiter
    return 0, options.delimiter or detect_delimiter(lines, path)


NUMERIC_FIELDS = (
    schema.FIELD_KWH,
    schema.FIELD_CHARGING_HOURS,
    schema.FIELD_CONNECTED_HOURS,
    schema.FIELD_MAX_KW,
    schema.FIELD_LON,
    schema.FIELD_LAT,
)


@dataclass(frozen=True)
class TableKind:
    """What a table holds: how its headers map to logical fields (raising a located InputDataError when
    required ones are missing), which logical fields are numbers, which keep pandas' own type inference, and
    what to say when the file has a header but no rows."""

    map_headers: Callable[[list[str], dict[str, str], str, int], dict[str, str]]
    numeric_fields: tuple[str, ...]
    inferred_fields: tuple[str, ...]
    empty_message: Callable[[], str]


SESSIONS = TableKind(
    map_headers,
    NUMERIC_FIELDS,
    (schema.FIELD_SESSION_ID,),
    lambda: tr("the file has a header but no sessions"),
)

CHUNK_ROWS = 1_000_000


def read_csv_table(
    path: str,
    options: TableOptions,
    chunk_rows: int = CHUNK_ROWS,
    as_text: bool = False,
    kind: TableKind | None = None,
) -> Iterator:
    """A delimited text export: mapped numeric columns as floats (C parser), every other column as text.

    Text columns are factorised afterwards so repeated values (charge point ids, timestamps to the
    minute, cards) are cleaned, parsed and hashed once. When a numeric column holds a value that is
    not a number, the file is read again as text so that the exact row can be reported.
    """
    kind = kind or SESSIONS
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise InputDataError(tr("the file is empty"), path=path)
    if head[:2] == b"PK":
        raise InputDataError(tr("this is a zip or XLSX file with a .csv name; save it as .xlsx"), path=path)
    options.encoding = options.encoding or detect_encoding(head, path)
    text = head.decode(options.encoding, errors="replace")
    lines = text.splitlines()[:80]
    if len(head) == SNIFF_BYTES:
        lines = lines[:-1]
    header_index, options.delimiter = find_header(lines, options, path, kind)
    options.header_row = header_index + 1
    lines = lines[header_index:]
    headers = [h.strip() for h in next(csv.reader([lines[0].lstrip("\ufeff")], delimiter=options.delimiter))]
    mapping = kind.map_headers(headers, options.column_mapping, path, options.header_row)
    numeric = {mapping[f] for f in kind.numeric_fields if f in mapping}
    if not options.decimal or not options.thousands:
        user_decimal, user_thousands = bool(options.decimal), bool(options.thousands)
        columns: dict[str, list[str]] = {h: [] for h in numeric}
        positions = {h: headers.index(h) for h in numeric}
        for line in lines[1:]:
            cells = next(csv.reader([line], delimiter=options.delimiter), [])
            for h, i in positions.items():
                if i < len(cells):
                    columns[h].append(cells[i])
        decimal, thousands, how, own = detect_column_numbers(columns, options.delimiter)
        if not options.decimal:
            options.decimal, options.number_note = decimal, how
        if not options.thousands:
            options.thousands = thousands if decimal == options.decimal else "none"
        if not user_decimal and not user_thousands and own:
            options.column_numbers = own
            numeric -= set(own)  # read as text, each with its own separators (numbers_from)
    # Session ids keep pandas' own inference: numeric ids (ElaadNL TransactionId) stay int64, cheap to compare.
    inferred = {mapping.get(f) for f in kind.inferred_fields}
    dtypes = {h: (float if h in numeric else str) for h in headers if h not in inferred}
    if as_text:
        dtypes = {h: str for h in headers}
    options.column_mapping = mapping
    return _chunks(path, options, dtypes, headers, chunk_rows, kind)


def _chunks(
    path: str, options: TableOptions, dtypes: dict, headers: list[str], chunk_rows: int, kind: TableKind
) -> Iterator:
    """Chunks of at most ``chunk_rows`` rows (bounded memory for 1e7-row files); the file is always closed."""
    reader = _read_csv(path, options, dtypes, chunk_rows)
    try:
        try:
            first = _next(reader, path)
        except NumericTextError:
            # a numeric column has text in it: read everything as text and let numbers_from name the row
            reader.close()
            reader = _read_csv(path, options, {h: str for h in headers}, chunk_rows)
            first = _next(reader, path)
        if first is None or first.empty:
            raise InputDataError(kind.empty_message(), path=path, row=options.header_row + 1)
        first.columns = [str(c).strip() for c in first.columns]
        yield first
        while True:
            chunk = _next(reader, path)
            if chunk is None:
                return
            chunk.columns = first.columns
            yield chunk
    finally:
        reader.close()


class EncodingError(InputDataError):
    """Bytes later in the file are not in the encoding detected from its start."""


def _next(reader, path: str) -> pd.DataFrame | None:
    try:
        return next(reader, None)
    except UnicodeDecodeError as error:
        raise EncodingError(
            tr("the file is not valid text in the detected encoding ({error}); set the text encoding").format(
                error=error
            ),
            path=path,
        ) from error
    except pd.errors.ParserError as error:
        raise InputDataError(
            tr("the file cannot be read as a table: {error}").format(error=error), path=path
        ) from error
    except ValueError as error:
        raise NumericTextError(str(error)) from error


class NumericTextError(ValueError):
    """A numeric column holds text in a later chunk: the caller reads the file again as text."""


def _read_csv(path: str, options: TableOptions, dtypes: dict, chunk_rows: int) -> Iterator:
    try:
        return pd.read_csv(
            path,
            chunksize=chunk_rows,
            sep=options.delimiter,
            encoding=options.encoding,
            dtype=dtypes,
            decimal=options.decimal,
            thousands=None if options.thousands in ("", "none") else options.thousands,
            skiprows=max(options.header_row - 1, 0),
            keep_default_na=False,
            na_values=[""],
            skipinitialspace=True,
            engine="c",
        )
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise InputDataError(
            tr("the file cannot be read as a table: {error}").format(error=error), path=path
        ) from error


def read_xlsx_table(path: str, options: TableOptions | None = None, kind: TableKind | None = None) -> pd.DataFrame:
    """The first sheet of an XLSX export, with GDAL's fast XLSX driver or openpyxl when GDAL is absent.

    A sheet whose first row is not the header (a report title above it) is read with openpyxl,
    which finds the header row (or takes HEADER_ROW).
    """
    options = options or TableOptions()
    kind = kind or SESSIONS
    if not options.header_row:
        try:
            frame = _read_xlsx_gdal(path, kind)
        except ImportError:
            frame = None
        if frame is not None:
            try:
                kind.map_headers([str(c) for c in frame.columns], options.column_mapping, path, 1)
            except InputDataError:
                pass
            else:
                options.header_row = 1
                return frame
    return _read_xlsx_openpyxl(path, options, kind)


def _read_xlsx_gdal(path: str, kind: TableKind | None = None) -> pd.DataFrame:
    from osgeo import gdal, ogr

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    gdal.SetConfigOption("OGR_XLSX_FIELD_TYPES", "AUTO")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        source = ogr.Open(path)
    finally:
        gdal.PopErrorHandler()
    if source is None or source.GetDriver().GetName() != "XLSX":
        raise InputDataError(tr("the file cannot be opened as an XLSX workbook"), path=path)
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    kinds = [definition.GetFieldDefn(i).GetType() for i in range(definition.GetFieldCount())]
    columns: list[list] = [[] for _ in names]
    for feature in layer:
        for i, kind in enumerate(kinds):
            if not feature.IsFieldSetAndNotNull(i):
                columns[i].append(None)
            elif kind in (ogr.OFTDateTime, ogr.OFTDate):
                y, mo, d, h, mi, s, _tz = feature.GetFieldAsDateTime(i)
                columns[i].append(pd.Timestamp(y, mo, d, h, mi, int(s), int(round((s % 1) * 1e6))))
            elif kind in (ogr.OFTReal, ogr.OFTInteger, ogr.OFTInteger64):
                columns[i].append(feature.GetFieldAsDouble(i))
            else:
                columns[i].append(feature.GetFieldAsString(i))
    frame = pd.DataFrame(dict(zip(names, columns)))
    if frame.empty:
        raise InputDataError((kind or SESSIONS).empty_message(), path=path, row=2)
    return frame


def _read_xlsx_openpyxl(path: str, options: TableOptions | None = None, kind: TableKind | None = None) -> pd.DataFrame:
    import openpyxl

    options = options or TableOptions()
    kind = kind or SESSIONS
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # any openpyxl failure means: not a readable workbook
        raise InputDataError(tr("the file cannot be opened as an XLSX workbook"), path=path) from error
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    if not rows:
        raise InputDataError(tr("the file is empty"), path=path)
    index = options.header_row - 1 if options.header_row else _xlsx_header_index(rows, options, path, kind)
    if index >= len(rows):
        raise InputDataError(tr("the file has fewer lines than the header row given"), path=path)
    header = ["" if h is None else str(h).strip() for h in rows[index]]
    options.header_row = index + 1
    width = len(header)
    frame = pd.DataFrame([list(r[:width]) + [None] * (width - len(r)) for r in rows[index + 1 :]], columns=header)
    if frame.empty:
        raise InputDataError(kind.empty_message(), path=path, row=index + 2)
    return frame


def _xlsx_header_index(rows: list, options: TableOptions, path: str, kind: TableKind) -> int:
    for index, row in enumerate(rows[:30]):
        cells = ["" if c is None else str(c).strip() for c in row]
        if sum(1 for c in cells if c) < 2:
            continue
        try:
            kind.map_headers(cells, {k: v for k, v in options.column_mapping.items() if v in cells}, path, 1)
        except InputDataError:
            continue
        return index
    return 0


def numbers_from(
    values: pd.Series,
    decimal: str,
    *,
    path: str,
    column: str,
    rows: np.ndarray,
    required: bool,
    thousands: str = "none",
) -> np.ndarray:
    """Float values of a column; a value that is not a number raises an error naming its row."""
    if pd.api.types.is_numeric_dtype(values):
        result = values.to_numpy(dtype=float)
        empty = np.isnan(result)
        bad = np.zeros(len(result), dtype=bool)
    else:
        text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
        empty = (text == "").to_numpy()
        cleaned = text
        if thousands in (".", ","):
            cleaned = cleaned.str.replace(thousands, "", regex=False)
        if decimal == ",":
            cleaned = cleaned.str.replace(",", ".", regex=False)
        result = pd.to_numeric(cleaned.where(~empty, np.nan), errors="coerce").to_numpy(dtype=float)
        bad = np.isnan(result) & ~empty
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        value = str(values.iloc[first]).strip()
        message = tr("the value '{value}' is not a number").format(value=value)
        if _NUMBER.match(value) and "," in value and "." in value:
            separator = value[: max(value.rfind(","), value.rfind("."))][-4:-3] or ("." if decimal == "," else ",")
            message += tr(
                "; it has a thousands separator: set Thousands separator (THOUSANDS) to '{thousands}' "
                "and Decimal separator to '{decimal}'"
            ).format(thousands=separator, decimal="," if separator == "." else ".")
        raise InputDataError(
            message,
            path=path,
            row=int(rows[first]),
            column=column,
        )
    if required and empty.any():
        first = int(np.flatnonzero(empty)[0])
        raise InputDataError(tr("the value is empty"), path=path, row=int(rows[first]), column=column)
    return result


def as_categorical(values: pd.Series) -> pd.Categorical:
    """Text values as a categorical with stripped string categories; missing becomes ''."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        categories = values.cat.categories
        codes = values.cat.codes.to_numpy()
    else:
        codes, categories = pd.factorize(values.astype(object), sort=False)
        categories = pd.Index(categories)
    if categories.dtype == object and all(isinstance(c, str) for c in categories[:100]):
        stripped = categories.astype(str).str.strip()
    else:
        stripped = pd.Index([_id_text(c) for c in categories], dtype=object)
    labels = stripped.append(pd.Index([""], dtype=object))
    codes = np.where(codes < 0, len(labels) - 1, codes)
    if labels.is_unique:
        return pd.Categorical.from_codes(codes, categories=labels)
    new_codes, uniques = pd.factorize(labels, sort=False)
    return pd.Categorical.from_codes(new_codes[codes], categories=pd.Index(uniques, dtype=object))


def _id_text(value) -> str:
    if isinstance(value, float):
        if np.isnan(value):
            return ""
        if value.is_integer():
            return f"{value:.0f}"
    return str(value).strip()


def source_name(path: str) -> str:
    return Path(path).name
