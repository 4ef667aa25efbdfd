"""Charts people would rather look at than read: one data type for the workbook's native charts and the panel.

A :class:`ChartData` is one series (categories and values) with its titles. :func:`write_chart_sheet` puts
each as a small table with a native Excel chart beside it on one sheet; :func:`read_workbook_charts` reads the
charts back from a workbook's chart parts (``xl/charts/chartN.xml``: title, kind, cached categories and values),
so the panel draws exactly what the workbook shows, without a second copy of the numbers.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from ral_zuid_plugin.core.xlsx import Chart, SheetWriter, XlsxBook

_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CHART_ROWS = 18  # rows a chart of up to ~15 categories spans


@dataclass(frozen=True)
class ChartData:
    title: str
    category_title: str
    value_title: str
    categories: tuple[str, ...]
    values: tuple[float | None, ...]
    kind: str = "column"  # "column", "bar" (horizontal, for long names) or "line"
    number_format: str = "0.0"

    @property
    def has_values(self) -> bool:
        return any(v is not None and not math.isnan(v) for v in self.values)


def clean_values(values) -> tuple[float | None, ...]:
    """Numbers as floats; NaN and None (suppressed or no data) as None, a gap in the chart."""
    out: list[float | None] = []
    for value in values:
        number = None if value is None else float(value)
        out.append(None if number is None or math.isnan(number) else number)
    return tuple(out)


def write_chart_sheet(book: XlsxBook, title: str, charts: list[ChartData], intro: str = "") -> SheetWriter:
    """A sheet with, per chart, its title, a two-column table (categories, values) and the native chart beside it."""
    sheet = book.sheet(title).widths({1: 34, 2: 18}).fit_width()
    if intro:
        sheet.append([intro])
        sheet.append([])
    for data in charts:
        top = sheet.rows + 1  # the title row, 1-based
        sheet.append([data.title], bold=True)
        sheet.append([data.category_title, data.value_title], bold=True)
        first = sheet.rows + 1
        for category, value in zip(data.categories, data.values):
            sheet.append([category, value], [None, data.number_format])
        last = sheet.rows
        rows = CHART_ROWS if data.kind != "bar" else max(CHART_ROWS, int(len(data.categories) * 1.1) + 4)
        if last >= first:
            sheet.chart(
                Chart(
                    kind=data.kind,
                    title=data.title,
                    series_name=data.value_title,
                    category_column=1,
                    value_column=2,
                    first_row=first,
                    last_row=last,
                    categories=tuple(str(c) for c in data.categories),
                    values=data.values,
                    anchor=(3, top - 1),
                    size=(10, rows),
                    category_title=data.category_title,
                    value_title=data.value_title,
                    number_format=data.number_format,
                )
            )
        while sheet.rows < top - 1 + rows + 1:  # room for the chart before the next table
            sheet.append([])
    return sheet


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(_A + "t")) if element is not None else ""


def _chart_number(name: str) -> int:
    match = re.search(r"(\d+)\.xml$", name)
    return int(match.group(1)) if match else 0


def read_workbook_charts(path: str) -> list[ChartData]:
    """The charts of an XLSX workbook, in order, from their chart parts (cached values)."""
    charts = []
    with zipfile.ZipFile(path) as archive:
        names = sorted(
            (n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)), key=_chart_number
        )
        for name in names:
            root = ElementTree.fromstring(archive.read(name))
            chart = root.find(_C + "chart")
            if chart is None:
                continue
            plot = chart.find(_C + "plotArea")
            line = plot.find(_C + "lineChart") if plot is not None else None
            bar = plot.find(_C + "barChart") if plot is not None else None
            group = line if line is not None else bar
            if group is None:
                continue
            kind = "line"
            if line is None:
                direction = bar.find(_C + "barDir")
                kind = "bar" if direction is not None and direction.get("val") == "bar" else "column"
            series = group.find(_C + "ser")
            categories = _points(series.find(_C + "cat"))
            values_text = _points(series.find(_C + "val"))
            count = len(categories)
            values: list[float | None] = [None] * count
            for index, text in values_text.items():
                if index < count:
                    values[index] = float(text)
            number_format = series.find(".//" + _C + "formatCode")
            cat_axis, val_axis = plot.find(_C + "catAx"), plot.find(_C + "valAx")
            charts.append(
                ChartData(
                    title=_text(chart.find(_C + "title")),
                    category_title=_text(cat_axis.find(_C + "title")) if cat_axis is not None else "",
                    value_title=_text(val_axis.find(_C + "title")) if val_axis is not None else "",
                    categories=tuple(categories[i] for i in range(count)),
                    values=tuple(values),
                    kind=kind,
                    number_format=number_format.text if number_format is not None and number_format.text else "0.0",
                )
            )
    return charts


def _points(reference) -> dict:
    """Cached points of a ``c:cat`` or ``c:val`` element: index -> text (categories: a dense list)."""
    if reference is None:
        return {}
    cache = reference.find(".//" + _C + "strCache")
    if cache is None:
        cache = reference.find(".//" + _C + "numCache")
    if cache is None:
        return {}
    count_element = cache.find(_C + "ptCount")
    points = {int(p.get("idx")): (p.findtext(_C + "v") or "") for p in cache.findall(_C + "pt")}
    if reference.tag == _C + "cat":
        count = int(count_element.get("val")) if count_element is not None else len(points)
        return {i: points.get(i, "") for i in range(count)}
    return points
