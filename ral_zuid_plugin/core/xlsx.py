"""The one XLSX writer of the plugin: every workbook it writes goes through here.

- Streaming and fast: each row becomes SpreadsheetML text at once (about 1 us a cell) in a temporary
  file, and :meth:`XlsxBook.save` zips the parts with Python's own ``zipfile``. openpyxl, even in its
  write-only mode, spends 4-10 us a cell on cell objects (a 1e6-session workbook of 0.8 million cells
  took 10 s); this writer needs nothing beyond the standard library, so it runs on every QGIS platform.
- No cell is ever written as a formula: text is always a string cell. Text a spreadsheet would run as
  a formula once edited (starting with ``= + - @``, a tab or a carriage return; OWASP "CSV injection")
  gets Excel's own text mark, the cell style ``quotePrefix``: shown as written (a unit "-" stays "-",
  not "'-"), kept as text when a user edits the cell. Characters XML cannot hold are dropped.
- Numbers stay numbers (with a number format), dates become Excel dates; NaN becomes an empty cell.
- No sheet gets more than Excel's 1,048,576 rows: :func:`write_table` continues a long table on
  further sheets (``Titel (2)``, ``Titel (3)`` ...) and says so in the first row of each part.
- Native charts (:meth:`SheetWriter.chart`): a bar or line chart over a range of the same sheet, written as
  DrawingML parts (``xl/charts/chartN.xml``, ``xl/drawings/drawingN.xml``, their relationships and content
  types), with the values cached so a viewer shows them without recalculating.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.atomic_files import publish, temporary_file_beside
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

# A spreadsheet runs a cell as a formula when it starts with one of these (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
MAX_SHEET_TITLE = 31
_EPOCH = dt.datetime(1899, 12, 30)
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_BUILTIN_FORMATS = {"0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4}


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text``, typed into a cell, for a formula."""
    return bool(text) and text.startswith(FORMULA_TRIGGERS)


def neutralise_formula(text: str) -> str:
    """``text`` prefixed with an apostrophe when a spreadsheet would run it as a formula (for CSV and other
    plain-text outputs; the XLSX writer marks such cells with ``quotePrefix`` instead)."""
    return "'" + text if runs_as_formula(text) else text


def cell_value(value: Any, true_text: str | None = None, false_text: str | None = None) -> Any:
    """A Python value as the workbook stores it: int, float, datetime, text or None (booleans as yes/no in the
    report language unless ``true_text``/``false_text`` are given)."""
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        if value:
            return true_text if true_text is not None else tr("yes")
        return false_text if false_text is not None else tr("no")
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime().replace(tzinfo=None)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if value is pd.NaT or value is pd.NA:
        return None
    return str(value)


def _column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


_LETTERS = [_column_letter(i) for i in range(1, 703)]  # A .. ZZ: every sheet here is narrower


def _letter(index0: int) -> str:
    return _LETTERS[index0] if index0 < len(_LETTERS) else _column_letter(index0 + 1)


def _text_xml(text: str) -> str:
    return escape(_ILLEGAL_XML.sub("", text))


_CHART_NS = (
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_CHART_KINDS = ("bar", "column", "line")


@dataclass(frozen=True)
class Chart:
    """A native chart of one series whose categories and values are cells of the sheet that holds it.

    ``first_row``..``last_row`` (1-based) of ``category_column`` and ``value_column`` (1-based) are the data;
    ``categories`` and ``values`` are the same cells' contents, cached in the chart part. The chart is drawn
    with its top-left corner at ``anchor`` (0-based column, row) and spans ``size`` (columns, rows).
    """

    kind: str  # "column" (vertical bars), "bar" (horizontal bars) or "line"
    title: str
    series_name: str
    category_column: int
    value_column: int
    first_row: int
    last_row: int
    categories: tuple[str, ...]
    values: tuple[float | None, ...]
    anchor: tuple[int, int]
    size: tuple[int, int] = (9, 16)
    category_title: str = ""
    value_title: str = ""
    number_format: str = "General"

    def __post_init__(self) -> None:
        if self.kind not in _CHART_KINDS:
            raise ValueError("chart kind {!r} is not one of {}".format(self.kind, _CHART_KINDS))
        n = self.last_row - self.first_row + 1
        if n < 1 or len(self.categories) != n or len(self.values) != n:
            raise ValueError(
                "chart {!r}: {} rows but {} categories and {} values".format(
                    self.title, n, len(self.categories), len(self.values)
                )
            )

    def xml(self, sheet_title: str) -> str:
        """The chart part ``xl/charts/chartN.xml``."""
        sheet = "'{}'".format(sheet_title.replace("'", "''"))
        cat_letter, val_letter = _letter(self.category_column - 1), _letter(self.value_column - 1)
        cat_ref = "{}!${}${}:${}${}".format(sheet, cat_letter, self.first_row, cat_letter, self.last_row)
        val_ref = "{}!${}${}:${}${}".format(sheet, val_letter, self.first_row, val_letter, self.last_row)
        n = len(self.categories)
        cat_points = "".join(
            '<c:pt idx="{}"><c:v>{}</c:v></c:pt>'.format(i, _text_xml(str(c))) for i, c in enumerate(self.categories)
        )
        val_points = "".join(
            '<c:pt idx="{}"><c:v>{!r}</c:v></c:pt>'.format(i, float(v))
            for i, v in enumerate(self.values)
            if v is not None and not (isinstance(v, float) and math.isnan(v))
        )
        colour = '<c:spPr><a:solidFill><a:srgbClr val="2B6CB0"/></a:solidFill></c:spPr>'
        if self.kind == "line":
            colour = '<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="2B6CB0"/></a:solidFill></a:ln></c:spPr>'
        series = (
            '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>{name}</c:v></c:tx>{colour}'
            + ('<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>' if self.kind == "line" else "")
            + '<c:cat><c:strRef><c:f>{cat_ref}</c:f><c:strCache><c:ptCount val="{n}"/>{cat_points}</c:strCache>'
            "</c:strRef></c:cat>"
            "<c:val><c:numRef><c:f>{val_ref}</c:f><c:numCache><c:formatCode>{fmt}</c:formatCode>"
            '<c:ptCount val="{n}"/>{val_points}</c:numCache></c:numRef></c:val>'
            + ('<c:smooth val="0"/>' if self.kind == "line" else "")
            + "</c:ser>"
        ).format(
            name=_text_xml(self.series_name),
            colour=colour,
            cat_ref=escape(cat_ref),
            val_ref=escape(val_ref),
            n=n,
            cat_points=cat_points,
            val_points=val_points,
            fmt=escape(self.number_format),
        )
        axes = '<c:axId val="500000001"/><c:axId val="500000002"/>'
        if self.kind == "line":
            plot = (
                '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{}<c:marker val="1"/>{}'
                "</c:lineChart>".format(series, axes)
            )
        else:
            plot = (
                '<c:barChart><c:barDir val="{}"/><c:grouping val="clustered"/><c:varyColors val="0"/>{}'
                '<c:gapWidth val="60"/>{}</c:barChart>'.format("bar" if self.kind == "bar" else "col", series, axes)
            )
        category_position, value_position = ("l", "b") if self.kind == "bar" else ("b", "l")
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<c:chartSpace {ns}><c:roundedCorners val="0"/><c:chart>{title}<c:autoTitleDeleted val="0"/>'
            "<c:plotArea><c:layout/>{plot}"
            '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="{orientation}"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="{cpos}"/>{cat_title}<c:numFmt formatCode="General" sourceLinked="0"/>'
            '<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>'
            '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
            '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>'
            '<c:delete val="0"/><c:axPos val="{vpos}"/><c:majorGridlines/>{val_title}'
            '<c:numFmt formatCode="{fmt}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>'
            '<c:crossAx val="500000001"/><c:crosses val="{crosses}"/><c:crossBetween val="between"/></c:valAx>'
            '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
        ).format(
            ns=_CHART_NS,
            title=_chart_title(self.title, 1400),
            plot=plot,
            orientation="maxMin" if self.kind == "bar" else "minMax",  # horizontal bars read top-down
            cpos=category_position,
            vpos=value_position,
            cat_title=_chart_title(self.category_title, 1000) if self.category_title else "",
            val_title=_chart_title(self.value_title, 1000) if self.value_title else "",
            fmt=escape(self.number_format),
            crosses="max" if self.kind == "bar" else "autoZero",
        )


def _chart_title(text: str, size: int) -> str:
    return (
        '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="{0}" b="1"/></a:pPr>'
        '<a:r><a:rPr lang="nl-NL" sz="{0}" b="1"/><a:t>{1}</a:t></a:r></a:p></c:rich></c:tx>'
        '<c:overlay val="0"/></c:title>'.format(size, _text_xml(text))
    )


class SheetWriter:
    """One streamed sheet: set widths, panes and the filter first, then append rows."""

    def __init__(self, book: XlsxBook, title: str) -> None:
        self.book = book
        self.title = book.unique_title(title)
        self.rows = 0
        self.columns = 0
        self._widths: dict[int, float] = {}
        self._freeze: str | None = None
        self._filter: str | None = None
        self.charts: list[Chart] = []
        self._fit_width = False
        self._data = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - closed by save/close

    def widths(self, widths: Sequence[float] | dict[int, float]) -> SheetWriter:
        """Column widths (characters), by position from 1 or in order."""
        items = widths.items() if isinstance(widths, dict) else enumerate(widths, start=1)
        for index, width in items:
            self._widths[int(index)] = float(width)
        return self

    def freeze(self, cell: str | None) -> SheetWriter:
        """Freeze the rows above and the columns left of ``cell`` (e.g. ``A2``: the header row)."""
        self._freeze = cell
        return self

    def auto_filter(self, n_columns: int, n_rows: int) -> SheetWriter:
        """An auto filter over the header and ``n_rows`` data rows."""
        self._filter = "A1:{}{}".format(_letter(max(n_columns, 1) - 1), n_rows + 1)
        return self

    def fit_width(self) -> SheetWriter:
        """Print landscape, as wide as one page (a sheet of tables with charts beside them)."""
        self._fit_width = True
        return self

    def chart(self, chart: Chart) -> SheetWriter:
        """Draw ``chart`` (over cells of this sheet) on this sheet."""
        self.charts.append(chart)
        return self

    def drawing_xml(self, first_chart_relation: int = 1) -> str:
        """The drawing part that places this sheet's charts (relations ``rId1``.. to the chart parts)."""
        anchors = []
        for number, chart in enumerate(self.charts, start=first_chart_relation):
            column, row = chart.anchor
            anchors.append(
                '<xdr:twoCellAnchor editAs="oneCell">'
                "<xdr:from><xdr:col>{c0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r0}</xdr:row>"
                "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
                "<xdr:to><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r1}</xdr:row>"
                "<xdr:rowOff>0</xdr:rowOff></xdr:to>"
                '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{id}" name="{name}"/>'
                "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
                '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
                '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId{rel}"/>'
                "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>".format(
                    c0=column,
                    r0=row,
                    c1=column + chart.size[0],
                    r1=row + chart.size[1],
                    id=number + 1,
                    name=escape(_ILLEGAL_XML.sub("", chart.title), {'"': "&quot;"}),
                    rel=number,
                )
            )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + "".join(anchors)
            + "</xdr:wsDr>"
        )

    def append(
        self, values: Iterable[Any], formats: Sequence[str | None] | None = None, bold: bool | Sequence[bool] = False
    ) -> None:
        """One row; values go through :func:`cell_value`; text is always a string cell, never a formula."""
        if self.rows >= EXCEL_MAX_ROWS:
            raise ValueError("sheet {} is full ({} rows)".format(self.title, EXCEL_MAX_ROWS))
        self.rows += 1
        row = self.rows
        style = self.book.style
        cells = []
        for index, value in enumerate(values):
            value = cell_value(value)
            if value is None:
                continue
            number_format = formats[index] if formats is not None and index < len(formats) else None
            is_bold = bold if isinstance(bold, bool) else bool(bold[index])
            reference = _letter(index) + str(row)
            if isinstance(value, str):
                s = style(None, is_bold, quote=runs_as_formula(value))
                cells.append(
                    '<c r="{}"{} t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>'.format(
                        reference, ' s="{}"'.format(s) if s else "", _text_xml(value)
                    )
                )
                continue
            if isinstance(value, dt.datetime):
                delta = value - _EPOCH
                value = delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
                number_format = number_format or "yyyy-mm-dd hh:mm"
            s = style(number_format, is_bold)
            cells.append('<c r="{}"{}><v>{!r}</v></c>'.format(reference, ' s="{}"'.format(s) if s else "", value))
        self.columns = max(self.columns, index + 1 if cells else 0)
        self._data.write('<row r="{}">{}</row>'.format(row, "".join(cells)))

    def _write_to(self, target) -> None:
        """The complete worksheet XML into the open zip member ``target``."""
        head = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        ]
        if self._fit_width:
            head.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        if self._freeze and self._freeze != "A1":
            match = re.fullmatch(r"([A-Z]+)(\d+)", self._freeze)
            column = _column_index(match.group(1)) - 1
            row = int(match.group(2)) - 1
            pane = "bottomLeft" if not column else ("topRight" if not row else "bottomRight")
            split = (' xSplit="{}"'.format(column) if column else "") + (' ySplit="{}"'.format(row) if row else "")
            head.append(
                '<sheetViews><sheetView workbookViewId="0"><pane{} topLeftCell="{}" activePane="{}" state="frozen"/>'
                '<selection pane="{}"/></sheetView></sheetViews>'.format(split, self._freeze, pane, pane)
            )
        head.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self._widths:
            head.append("<cols>")
            for index in sorted(self._widths):
                head.append('<col min="{0}" max="{0}" width="{1}" customWidth="1"/>'.format(index, self._widths[index]))
            head.append("</cols>")
        head.append("<sheetData>")
        target.write("".join(head).encode("utf-8"))
        self._data.seek(0)
        while True:
            chunk = self._data.read(1 << 20)
            if not chunk:
                break
            target.write(chunk.encode("utf-8"))
        tail = "</sheetData>"
        if self._filter:
            tail += '<autoFilter ref="{}"/>'.format(self._filter)
        if self._fit_width:
            tail += '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        if self.charts:
            tail += '<drawing r:id="rId1"/>'
        tail += "</worksheet>"
        target.write(tail.encode("utf-8"))

    def close(self) -> None:
        self._data.close()


def _absolute(reference: str) -> str:
    """``A1:C9`` -> ``$A$1:$C$9``."""
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in reference.split(":"))


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


class XlsxBook:
    """A streamed workbook; call :meth:`save` once at the end."""

    def __init__(self) -> None:
        self.sheets: list[SheetWriter] = []
        self._formats: dict[str, int] = {}
        self._styles: dict[tuple[str | None, bool, bool], int] = {(None, False, False): 0}

    def unique_title(self, title: str) -> str:
        base = _BAD_TITLE.sub("_", title)[:MAX_SHEET_TITLE] or "Blad"
        taken = {s.title.lower() for s in self.sheets}
        candidate, number = base, 2
        while candidate.lower() in taken:
            suffix = " {}".format(number)
            candidate, number = base[: MAX_SHEET_TITLE - len(suffix)] + suffix, number + 1
        return candidate

    def sheet(self, title: str) -> SheetWriter:
        sheet = SheetWriter(self, title)
        self.sheets.append(sheet)
        return sheet

    def style(self, number_format: str | None, bold: bool, quote: bool = False) -> int:
        """Index of the cell style with this number format, weight and text mark (created on first use)."""
        key = (number_format or None, bool(bold), bool(quote))
        index = self._styles.get(key)
        if index is None:
            if key[0] and key[0] not in _BUILTIN_FORMATS and key[0] not in self._formats:
                self._formats[key[0]] = 164 + len(self._formats)
            index = self._styles[key] = len(self._styles)
        return index

    def _styles_xml(self) -> str:
        formats = "".join(
            '<numFmt numFmtId="{}" formatCode="{}"/>'.format(number, escape(code, {'"': "&quot;"}))
            for code, number in self._formats.items()
        )
        xfs = []
        for (number_format, bold, quote), _index in sorted(self._styles.items(), key=lambda item: item[1]):
            number = 0 if not number_format else _BUILTIN_FORMATS.get(number_format, self._formats.get(number_format))
            xfs.append(
                '<xf numFmtId="{}" fontId="{}" fillId="0" borderId="0" xfId="0"{}{}{}/>'.format(
                    number,
                    1 if bold else 0,
                    ' applyNumberFormat="1"' if number else "",
                    ' applyFont="1"' if bold else "",
                    ' quotePrefix="1"' if quote else "",
                )
            )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + ('<numFmts count="{}">{}</numFmts>'.format(len(self._formats), formats) if self._formats else "")
            + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="{}">{}</cellXfs>'.format(len(xfs), "".join(xfs))
            + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )

    def save(self, path: str) -> None:
        """Write the workbook to ``path`` (callers move it into place atomically)."""
        if not self.sheets:
            self.sheet("Blad1")
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        package = "http://schemas.openxmlformats.org/package/2006/relationships"
        sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        n = len(self.sheets)
        drawn = [i for i, s in enumerate(self.sheets, start=1) if s.charts]
        n_charts = sum(len(s.charts) for s in self.sheets)
        drawing_type = "application/vnd.openxmlformats-officedocument.drawing+xml"
        chart_type = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        content_types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(
                '<Override PartName="/xl/worksheets/sheet{}.xml" ContentType="{}"/>'.format(i, sheet_type)
                for i in range(1, n + 1)
            )
            + "".join(
                '<Override PartName="/xl/drawings/drawing{}.xml" ContentType="{}"/>'.format(d, drawing_type)
                for d in range(1, len(drawn) + 1)
            )
            + "".join(
                '<Override PartName="/xl/charts/chart{}.xml" ContentType="{}"/>'.format(c, chart_type)
                for c in range(1, n_charts + 1)
            )
            + "</Types>"
        )
        root_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="{}"><Relationship Id="rId1" Type="{}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>".format(package, relationships)
        )
        workbook = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="{}" xmlns:r="{}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'.format(
                main, relationships
            )
            + "".join(
                '<sheet name="{}" sheetId="{}" r:id="rId{}"/>'.format(escape(s.title, {'"': "&quot;"}), i, i)
                for i, s in enumerate(self.sheets, start=1)
            )
            + "</sheets>"
        )
        names = [
            '<definedName name="_xlnm._FilterDatabase" localSheetId="{}" hidden="1">\'{}\'!${}</definedName>'.format(
                i, escape(s.title.replace("'", "''")), _absolute(s._filter)
            )
            for i, s in enumerate(self.sheets)
            if s._filter
        ]
        if names:
            workbook += "<definedNames>{}</definedNames>".format("".join(names))
        workbook += "</workbook>"
        workbook_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{}">'.format(package)
            + "".join(
                '<Relationship Id="rId{0}" Type="{1}/worksheet" Target="worksheets/sheet{0}.xml"/>'.format(
                    i, relationships
                )
                for i in range(1, n + 1)
            )
            + '<Relationship Id="rId{}" Type="{}/styles" Target="styles.xml"/></Relationships>'.format(
                n + 1, relationships
            )
        )
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("[Content_Types].xml", content_types)
            archive.writestr("_rels/.rels", root_rels)
            archive.writestr("xl/workbook.xml", workbook)
            archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
            archive.writestr("xl/styles.xml", self._styles_xml())
            self._write_charts(archive, package, relationships)
            for i, sheet in enumerate(self.sheets, start=1):
                with archive.open("xl/worksheets/sheet{}.xml".format(i), "w", force_zip64=True) as member:
                    sheet._write_to(member)
                sheet.close()

    def _write_charts(self, archive: zipfile.ZipFile, package: str, relationships: str) -> None:
        """Drawing and chart parts with their relationships: sheet -> drawingD -> chartC (numbered across the book)."""
        drawing_number, chart_number = 0, 0
        for i, sheet in enumerate(self.sheets, start=1):
            if not sheet.charts:
                continue
            drawing_number += 1
            archive.writestr(
                "xl/worksheets/_rels/sheet{}.xml.rels".format(i),
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{}">'
                '<Relationship Id="rId1" Type="{}/drawing" Target="../drawings/drawing{}.xml"/>'
                "</Relationships>".format(package, relationships, drawing_number),
            )
            archive.writestr("xl/drawings/drawing{}.xml".format(drawing_number), sheet.drawing_xml())
            links = []
            for relation, chart in enumerate(sheet.charts, start=1):
                chart_number += 1
                archive.writestr("xl/charts/chart{}.xml".format(chart_number), chart.xml(sheet.title))
                links.append(
                    '<Relationship Id="rId{}" Type="{}/chart" Target="../charts/chart{}.xml"/>'.format(
                        relation, relationships, chart_number
                    )
                )
            archive.writestr(
                "xl/drawings/_rels/drawing{}.xml.rels".format(drawing_number),
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{}">{}'
                "</Relationships>".format(package, "".join(links)),
            )

    def close(self) -> None:
        """Drop the temporary row data without saving (a failed or cancelled run)."""
        for sheet in self.sheets:
            sheet.close()


def save_workbook(book: XlsxBook, path: str) -> str:
    """Save ``book`` at ``path`` (``.xlsx`` added when missing) atomically: the old file or the whole new one."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    temporary = temporary_file_beside(target, ".xlsx")
    try:
        book.save(str(temporary))
        publish(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise RalZuidError(
            tr("The workbook cannot be written to {path}: {error}").format(path=target, error=error.strerror or error)
        ) from error
    return str(target)


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
                    tr(
                        "Part {part} of {parts}: rows {first}-{last} of {total} (a sheet holds at most {limit} rows; "
                        "the table continues on the next sheet)"
                    ).format(part=part + 1, parts=parts, first=first + 1, last=last, total=n, limit=max_rows)
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
    kind = series.dtype.kind
    if kind in "iub":
        return series.to_numpy().tolist()
    if kind == "f":
        return [None if v != v else v for v in series.to_numpy(dtype=float).tolist()]
    if kind == "M":
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    return series.to_numpy(dtype=object).tolist()
