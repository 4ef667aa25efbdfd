"""Native Excel charts from the one XLSX writer, read back by openpyxl and by the panel's reader."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pandas as pd
import pytest
from openpyxl.chart import BarChart, LineChart

from ral_zuid_plugin.core.charts import ChartData, read_workbook_charts, write_chart_sheet
from ral_zuid_plugin.core.screening.advice_workbook import advice_counts
from ral_zuid_plugin.core.sessions.workbook import write_workbook
from ral_zuid_plugin.core.xlsx import XlsxBook
from tests.core.sessions.test_indicators_hand_worked import OOST, WEST, run

MONTHS = ChartData(
    "Bezettingsgraad per maand",
    "Maand",
    "Bezetting (%)",
    ("2024-01", "2024-02", "2024-03"),
    (12.5, None, 20.0),
    kind="line",
)
KWH = ChartData("kWh per gemeente", "Gemeente", "kWh", ("Oost", "West"), (300.0, 100.0), kind="bar", number_format="0")


def _book(tmp_path):
    book = XlsxBook()
    book.sheet("Eerste").append(["x"])
    write_chart_sheet(book, "Grafieken", [MONTHS, KWH], "Inleiding")
    path = tmp_path / "g.xlsx"
    book.save(str(path))
    return path


def test_chart_sheet_has_native_charts_openpyxl_reads(tmp_path):
    # Layout worked out by hand: intro row 1, blank row 2; chart 1: title row 3, header row 4, data rows 5-7;
    # it spans 18 rows from row 3, so chart 2 starts at row 3 + 18 + 1 = 22: title 22, header 23, data 24-25.
    path = _book(tmp_path)
    sheet = openpyxl.load_workbook(path)["Grafieken"]
    assert [sheet.cell(row=r, column=1).value for r in (3, 4, 5, 7, 22, 24, 25)] == [
        "Bezettingsgraad per maand",
        "Maand",
        "2024-01",
        "2024-03",
        "kWh per gemeente",
        "Oost",
        "West",
    ]
    assert sheet["B6"].value is None and sheet["B7"].value == 20.0
    charts = sheet._charts
    assert [type(c) for c in charts] == [LineChart, BarChart]
    refs = [(c.series[0].cat.strRef.f, c.series[0].val.numRef.f) for c in charts]
    assert refs == [
        ("'Grafieken'!$A$5:$A$7", "'Grafieken'!$B$5:$B$7"),
        ("'Grafieken'!$A$24:$A$25", "'Grafieken'!$B$24:$B$25"),
    ]
    assert charts[1].type == "bar"  # horizontal bars for names
    assert sheet.page_setup.orientation == "landscape" and sheet.sheet_properties.pageSetUpPr.fitToPage
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        types = archive.read("[Content_Types].xml").decode()
    assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"} <= names
    assert "xl/worksheets/_rels/sheet2.xml.rels" in names and "xl/worksheets/_rels/sheet1.xml.rels" not in names
    assert types.count("drawingml.chart+xml") == 2 and types.count("drawing+xml") == 1


def test_charts_read_back_as_written(tmp_path):
    # The panel's reader takes title, kind, categories and the cached values from the chart parts only.
    assert read_workbook_charts(str(_book(tmp_path))) == [MONTHS, KWH]


def test_a_chart_with_more_values_than_rows_is_refused():
    from ral_zuid_plugin.core.xlsx import Chart

    with pytest.raises(ValueError):
        Chart("column", "t", "s", 1, 2, 3, 4, ("a",), (1.0, 2.0), anchor=(3, 0))


def test_session_workbook_charts_per_month_hour_and_gemeente(tmp_path):
    # E1 in West: 10 kWh on 31 Jan (08:00-12:00), E2 in Oost: 2 sessions of 10 kWh on 1 Feb (08:00-09:00 and
    # 09:00-10:00). The region has 2 EVSEs; one day per month: January 4 h of 2 x 24 h = 8.333 %,
    # February 2 h of 2 x 24 h = 4.1667 %. kWh per gemeente, largest first: Oost 20, West 10.
    # Hour 08: 2 h of 2 EVSEs x 2 days = 2 / 4 = 50 %; hour 09: 2 / 4 = 50 %; hours 10, 11: 1 / 4 = 25 %.
    result = run(
        [
            {"evse": "E1", "start": "2024-01-31 08:00", "end": "2024-01-31 12:00", "kwh": 10},
            {"evse": "E2", "start": "2024-02-01 08:00", "end": "2024-02-01 09:00", "kwh": 10},
            {"evse": "E2", "start": "2024-02-01 09:00", "end": "2024-02-01 10:00", "kwh": 10},
        ],
        dt.date(2024, 1, 31),
        dt.date(2024, 2, 1),
        locations={"E1": WEST, "E2": OOST},
        min_cards=1,
    )
    path = write_workbook(result, str(tmp_path / "nal.xlsx"))
    months, hours, kwh = read_workbook_charts(path)
    assert months.kind == "line" and months.categories == ("2024-01", "2024-02")
    assert months.values == pytest.approx((4 / 48 * 100, 2 / 48 * 100))
    assert hours.categories[8] == "08:00" and len(hours.categories) == 24
    assert hours.values[8:12] == pytest.approx((50.0, 50.0, 25.0, 25.0))
    assert sum(hours.values) == pytest.approx(150.0)
    assert kwh.kind == "bar" and kwh.categories == ("Oost", "West") and kwh.values == (20.0, 10.0)
    assert "Charts" in openpyxl.load_workbook(path).sheetnames  # English: no translator in core tests


def test_hourly_chart_is_empty_when_the_region_is_suppressed(tmp_path):
    # One card in the region, minimum 10 cards: the region row is suppressed, so the hour chart shows no value.
    result = run(
        [{"evse": "E1", "start": "2024-01-31 08:00", "end": "2024-01-31 12:00", "card": "A"}],
        dt.date(2024, 1, 31),
        dt.date(2024, 1, 31),
        min_cards=10,
    )
    charts = read_workbook_charts(write_workbook(result, str(tmp_path / "nal.xlsx")))
    hours = next(c for c in charts if "hour" in c.title)  # English: no report translator here
    assert hours.values == (None,) * 24


def test_advice_counts_in_order_with_zeros_for_the_scores():
    # 2 x positief, 1 x negatief, 1 x buiten regio, nothing 'nader onderzoek': the three scores always appear.
    advice = pd.Series(["positief", "negatief", "positief", "buiten regio"])
    assert advice_counts(advice) == [("positief", 2), ("nader onderzoek", 0), ("negatief", 1), ("buiten regio", 1)]
