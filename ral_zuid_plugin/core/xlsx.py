"""The one XLSX writer of the plugin: every workbook it writes goes through here.

- Streaming (openpyxl's write-only mode, which every QGIS platform ships): rows go to disk as they are
  appended, about 3-6 us a cell instead of ~40 us in openpyxl's normal mode, and memory stays flat.
- Text a spreadsheet would run as a formula (starting with ``= + - @``, a tab or a carriage return) is
  neutralised with a leading apostrophe (OWASP "CSV injection"), whatever sheet or column it is in.
- Numbers stay numbers (with a number format), dates stay dates; NaN becomes an empty cell.
- No sheet gets more than Excel's 1,048,576 rows: :func:`write_table` continues a long table on
  further sheets (``Titel (2)``, ``Titel (3)`` ...) and says so in the first row of each part.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

# A spreadsheet runs a cell as a formula when it starts with one of these (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576
MAX_SHEET_TITLE = 31


def neutralise_formula(text: str) -> str:
    """``text`` prefixed with an apostrophe when a spreadsheet would run it as a formula."""
    if text and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def cell_value(value: Any, true_text: str = "ja", false_text: str = "nee") -> Any:
    """A Python value as the workbook stores it: numbers, dates, safe text or None."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return true_text if value else false_text
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value
    if value is pd.NaT or value is pd.NA:
        return None
    return neutralise_formula(str(value))


class SheetWriter:
    """One streamed sheet: set widths and panes first, then append rows."""

    def __init__(self, book: XlsxBook, title: str) -> None:
        self.book = book
        self.sheet = book.workbook.create_sheet(title[:MAX_SHEET_TITLE])
        self.rows = 0
        self.columns = 0
        self._templates: dict[tuple[int, str | None, bool], Any] = {}

    @property
    def title(self) -> str:
        return self.sheet.title

    def widths(self, widths: Sequence[float] | dict[int, float]) -> SheetWriter:
        """Column widths (characters), by position from 1 or in order; before the first row."""
        from openpyxl.utils import get_column_letter

        items = widths.items() if isinstance(widths, dict) else enumerate(widths, start=1)
        for index, width in items:
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        return self

    def freeze(self, cell: str) -> SheetWriter:
        self.sheet.freeze_panes = cell
        return self

    def auto_filter(self, n_columns: int, n_rows: int) -> SheetWriter:
        """An auto filter over the header and ``n_rows`` data rows; before the first row."""
        from openpyxl.utils import get_column_letter

        self.sheet.auto_filter.ref = "A1:{}{}".format(get_column_letter(max(n_columns, 1)), n_rows + 1)
        return self

    def _cell(self, column: int, number_format: str | None, bold: bool):
        key = (column, number_format, bold)
        cell = self._templates.get(key)
        if cell is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self.sheet)
            if number_format:
                cell.number_format = number_format
            if bold:
                cell.font = self.book.bold
            self._templates[key] = cell
        return cell

    def append(
        self, values: Iterable[Any], formats: Sequence[str | None] | None = None, bold: bool | Sequence[bool] = False
    ) -> None:
        """One row. ``values`` are converted with :func:`cell_value` unless a format says otherwise.

        Styled cells reuse one template cell per column and style: write-only mode writes the row at once,
        so only its value changes between rows (a new styled cell per value doubles the time).
        """
        if self.rows >= EXCEL_MAX_ROWS:
            raise ValueError("sheet {} is full ({} rows)".format(self.title, EXCEL_MAX_ROWS))
        row = []
        for index, value in enumerate(values):
            value = cell_value(value)
            number_format = formats[index] if formats is not None and index < len(formats) else None
            is_bold = bold if isinstance(bold, bool) else bool(bold[index])
            if value is None or (not number_format and not is_bold):
                row.append(value)
                continue
            cell = self._cell(index, number_format if not isinstance(value, str) else None, is_bold)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever openpyxl would infer
            row.append(cell)
        self.columns = max(self.columns, len(row))
        self.sheet.append(row)
        self.rows += 1


class XlsxBook:
    """A streamed workbook; call :meth:`save` once at the end."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        self.workbook = Workbook(write_only=True)
        self.bold = Font(bold=True)

    def sheet(self, title: str) -> SheetWriter:
        return SheetWriter(self, title)

    def save(self, path: str) -> None:
        self.workbook.save(path)


def write_table(
    book: XlsxBook,
    title: str,
    frame: pd.DataFrame,
    columns: dict[str, tuple[str, str | None]],
    max_rows: int = EXCEL_MAX_ROWS,
    freeze: bool = True,
) -> list[str]:
    """``frame``'s ``columns`` (name -> (header, number format)) as one or more sheets; the titles written.

    A table with more rows than a sheet holds continues on ``title (2)``, ``title (3)`` ..., and every part
    starts with a row saying which rows it holds and that the table continues; nothing is cut off.
    """
    present = [c for c in columns if c in frame.columns]
    headers = [columns[c][0] for c in present]
    formats = [columns[c][1] for c in present]
    widths = [max(12, min(45, len(h) + 2)) for h in headers]
    n = len(frame)
    per_sheet = max_rows - 1 if n <= max_rows - 1 else max_rows - 2  # a split part also carries a note row
    parts = max(1, math.ceil(n / per_sheet))
    arrays = [_column_values(frame[c]) for c in present]
    titles = []
    for part in range(parts):
        first, last = part * per_sheet, min(n, (part + 1) * per_sheet)
        name = title if part == 0 else "{} ({})".format(title[: MAX_SHEET_TITLE - 6], part + 1)
        sheet = book.sheet(name).widths(widths)
        if parts > 1:
            sheet.freeze("A3" if freeze else None)
            sheet.append(
                [
                    "Deel {} van {}: rijen {}-{} van {} (een blad houdt maximaal {} rijen; de tabel loopt door op "
                    "het volgende blad)".format(part + 1, parts, first + 1, last, n, max_rows)
                ]
            )
        elif freeze:
            sheet.freeze("A2")
        sheet.append(headers, bold=True)
        for i in range(first, last):
            sheet.append([values[i] for values in arrays], formats)
        titles.append(sheet.title)
    return titles


def _column_values(series: pd.Series) -> list:
    """Column values as plain Python objects (fast paths for numbers)."""
    if series.dtype.kind in "iu":
        return series.to_numpy().tolist()
    if series.dtype.kind == "f":
        values = series.to_numpy(dtype=float)
        return [None if v != v else v for v in values.tolist()]
    if series.dtype.kind == "b":
        return series.to_numpy().tolist()
    if series.dtype.kind == "M":
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    return series.to_numpy(dtype=object).tolist()
