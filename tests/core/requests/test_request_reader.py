"""Reading request exports: XLSX with a title above the header and real date cells, Dutch CSV details, and
located errors for bad input (values worked out from the rows written here)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import openpyxl
import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.requests.reader import read_requests
from ral_zuid_plugin.core.sessions.tabular import TableOptions

SALT = b"0123456789abcdef0123456789abcdef"


def test_xlsx_with_a_title_row_date_cells_and_a_personal_column(tmp_path):
    path = tmp_path / "aanvragen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Export aanvragen laadpalen, gemeente Eindhoven"])
    sheet.append(["Zaaknummer", "Ingediend op", "Kenteken", "X", "Y", "Datum verkeersbesluit", "Herkomst"])
    sheet.append([1001, dt.datetime(2025, 1, 6), "AB-123-C", 161000.5, 383000.25, dt.datetime(2025, 2, 3), "EV-rijder"])
    sheet.append([1002, dt.datetime(2025, 1, 13), "XY-99-ZZ", 161600, 383100, None, "Proactief"])
    book.save(path)
    frame, report = read_requests(str(path), SALT)
    assert report.options.header_row == 2 and report.personal_columns == ["Kenteken"]
    assert frame["rij"].tolist() == [3, 4]  # the sheet's own row numbers
    assert [str(d)[:10] for d in frame["datum_aanvraag"]] == ["2025-01-06", "2025-01-13"]
    assert np.isnat(frame["datum_verkeersbesluit"].to_numpy()[1])
    assert frame["x"].tolist() == [161000.5, 161600.0] and frame["origin"].tolist() == ["EV-rijder", "Proactief"]
    assert "AB-123-C" not in frame.to_csv() and "1001" not in frame.to_csv()


def test_dutch_csv_with_cp1252_decimal_comma_and_a_blank_line(tmp_path):
    path = tmp_path / "aanvragen.csv"
    text = "Aanvraagnummer;Datum aanvraag;X;Y;Gemeente\r\nA1;31-12-2024;161000,5;383000,25;'s-Hertogenbosch\r\n;;;;\r\n"
    path.write_bytes(text.replace("'s", "\u2019s").encode("cp1252"))
    frame, report = read_requests(str(path), SALT)
    assert report.options.encoding == "cp1252" and report.options.decimal == ","
    assert report.blank_rows == 1 and len(frame) == 1
    assert (frame["x"].iat[0], frame["y"].iat[0]) == (161000.5, 383000.25)
    assert str(frame["datum_aanvraag"].iat[0])[:10] == "2024-12-31"


def test_a_coordinate_that_is_not_a_number_names_file_row_and_column(tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text("Aanvraagnummer;Datum aanvraag;X;Y\n1;01-02-2025;161000;383000\n2;02-02-2025;zes;383000\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(InputDataError, match=r"file fout.csv, row 3, column 'X': the value 'zes' is not a number"):
        read_requests(str(path), SALT, TableOptions())


def test_mixed_date_formats_are_named(tmp_path):
    path = tmp_path / "datums.csv"
    path.write_text("Aanvraagnummer;Datum aanvraag;X;Y\n1;01-02-2025;161000;383000\n2;2025-02-03;161000;383000\n"
                    "3;04-02-2025;161000;383000\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(InputDataError, match=r"row 3, column 'Datum aanvraag': the date '2025-02-03' is written as"):
        read_requests(str(path), SALT)
