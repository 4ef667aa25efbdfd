"""The plugin's one XLSX writer: no formulas from data, numbers stay numbers, no sheet over Excel's limit."""

from __future__ import annotations

import datetime as dt
import zipfile

import numpy as np
import openpyxl
import pandas as pd
import pytest

from ral_zuid_plugin.core.xlsx import XlsxBook, cell_value, write_table

COLUMNS = {"id": ("Id", None), "waarde": ("Waarde", "0.0"), "datum": ("Datum", "yyyy-mm-dd")}


@pytest.mark.parametrize(
    "text", ["=1+1", "+31 6", "-2", "-", "@SUM(A1)", "\tx", '=HYPERLINK("http://e.invalid","klik")']
)
def test_text_that_would_run_as_a_formula_is_a_marked_string_cell_shown_as_written(tmp_path, text):
    # Read back with openpyxl (a second reader): a string cell (never "f"), the text exactly as given
    # (no visible apostrophe, so a unit "-" stays "-"), and Excel's text mark quotePrefix, which keeps it
    # text when a user edits the cell. An ordinary text beside it gets no mark.
    book = XlsxBook()
    book.sheet("Blad").append([text, "CP-1"])
    path = tmp_path / "f.xlsx"
    book.save(str(path))
    sheet = openpyxl.load_workbook(path)["Blad"]
    marked, plain = sheet["A1"], sheet["B1"]
    assert marked.data_type == "s" and marked.value == text and marked.quotePrefix
    assert plain.value == "CP-1" and not plain.quotePrefix
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_values_keep_their_type():
    assert cell_value(np.int64(3)) == 3 and isinstance(cell_value(np.int64(3)), int)
    assert cell_value(np.float32(1.5)) == 1.5
    assert cell_value(float("nan")) is None
    assert cell_value(np.bool_(True)) == "yes"  # English without a translator (the report language)
    assert cell_value(np.bool_(False), "ja", "nee") == "nee"
    assert cell_value("CP-1") == "CP-1"  # a dash inside is no formula


def test_table_is_split_over_sheets_with_a_note_and_nothing_lost(tmp_path):
    # 7 rows, sheets of at most 5 rows: a split part holds a note row + header + 3 data rows,
    # so ceil(7 / 3) = 3 parts: rows 1-3, 4-6 and 7.
    frame = pd.DataFrame(
        {
            "id": ["=a", "b", "c", "d", "e", "f", "g"],
            "waarde": np.arange(7) / 2,
            "datum": [dt.date(2024, 1, d) for d in range(1, 8)],
        }
    )
    book = XlsxBook()
    titles = write_table(book, "Tabel", frame, COLUMNS, max_rows=5)
    path = tmp_path / "t.xlsx"
    book.save(str(path))
    assert titles == ["Tabel", "Tabel (2)", "Tabel (3)"]
    loaded = openpyxl.load_workbook(path)
    seen = []
    for title in titles:
        rows = list(loaded[title].iter_rows(values_only=True))
        assert len(rows) <= 5
        assert rows[0][0].startswith("Part {} of 3".format(titles.index(title) + 1))
        assert rows[1] == ("Id", "Waarde", "Datum")
        seen += rows[2:]
    assert [r[0] for r in seen] == ["=a", "b", "c", "d", "e", "f", "g"]
    assert [r[1] for r in seen] == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
    assert seen[6][2] == dt.datetime(2024, 1, 7)
    assert loaded["Tabel"].cell(3, 2).number_format == "0.0"
    for sheet in loaded:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


def test_a_table_that_fits_is_one_sheet_without_a_note(tmp_path):
    frame = pd.DataFrame({"id": ["x", "y"], "waarde": [1.0, np.nan], "datum": [dt.date(2024, 1, 1)] * 2})
    book = XlsxBook()
    assert write_table(book, "Tabel", frame, COLUMNS, max_rows=3) == ["Tabel"]  # header + 2 rows = 3
    book.save(str(tmp_path / "t.xlsx"))
    rows = list(openpyxl.load_workbook(tmp_path / "t.xlsx")["Tabel"].iter_rows(values_only=True))
    assert rows == [
        ("Id", "Waarde", "Datum"),
        ("x", 1.0, dt.datetime(2024, 1, 1)),
        ("y", None, dt.datetime(2024, 1, 1)),
    ]


def test_workbook_parts_are_well_formed_and_carry_panes_widths_styles_and_filter(tmp_path):
    import zipfile
    from xml.etree import ElementTree

    book = XlsxBook()
    sheet = book.sheet("Kandidaten").widths([20, 30]).freeze("B2").auto_filter(2, 2)
    sheet.append(["Id", "Vermogen (kW)"], bold=True)
    sheet.append(["A&B <1>", 300.0], [None, "0.0"])
    sheet.append(["x\x01y", 4], [None, "0"])  # a control character XML cannot hold is dropped
    path = tmp_path / "w.xlsx"
    book.save(str(path))
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # raises on malformed XML
    loaded = openpyxl.load_workbook(path)
    ws = loaded["Kandidaten"]
    assert ws.freeze_panes == "B2"
    assert ws.column_dimensions["A"].width == 20 and ws.column_dimensions["B"].width == 30
    assert ws.auto_filter.ref == "A1:B3"
    assert ws["A1"].font.b and not ws["A2"].font.b
    assert ws["A2"].value == "A&B <1>" and ws["B2"].value == 300.0 and ws["B2"].number_format == "0.0"
    assert ws["A3"].value == "xy" and ws["B3"].value == 4 and ws["B3"].number_format == "0"


def test_every_workbook_the_plugin_writes_goes_through_the_one_writer():
    # openpyxl is only for reading users' XLSX files (sessions/tabular.py); a module that writes a workbook
    # with openpyxl would bypass the formula mark, the row limit and the atomic save of core/xlsx.py.
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ral_zuid_plugin"
    writers = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "openpyxl" in path.read_text(encoding="utf-8") and "Workbook(" in path.read_text(encoding="utf-8")
    )
    assert writers == []
