"""Reading OCPI JSON, ElaadNL and generic CSV/XLSX exports, with auto-detection and clear errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.readers import read_ocpi_locations, read_session_file
from ral_zuid_plugin.core.sessions.tabular import TableOptions, parse_column_mapping
from tests.core.sessions.helpers import ns

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"
SALT = bytes(range(32))


def read(path, **options):
    return read_session_file(str(path), SALT, TableOptions(**options))


# Files of one or two same-day sessions carry no evidence for the order of day and month (no session
# crosses midnight, nothing to put in start order): the reader stops there (see test_dateorder.py), so
# these tests of other features say how the dates are written, as the stop message advises.
AS_WRITTEN = {"date_order": "as_written"}


def test_elaad_csv_is_detected_and_read_in_local_time():
    frame, report = read(DATA / "elaad_small.csv")
    options = report.options
    assert (options.delimiter, options.decimal, options.date_format) == (";", ",", "%d-%m-%Y %H:%M")
    assert options.column_mapping["start"] == "UTCTransactionStart"  # local time despite the name
    first = frame.iloc[0]
    assert first[schema.EVSE_ID] == "CP-A-1"  # charge point + connector
    assert first[schema.START] == ns("2024-07-01 23:30")  # = 21:30 UTC (summer time, +2 h)
    assert first[schema.START] == pd.Timestamp("2024-07-01 21:30Z").value
    assert first[schema.KWH] == pytest.approx(10.5)
    assert first[schema.CHARGING_HOURS] == pytest.approx(1.5)
    assert first[schema.ROW] == 2
    assert "kaart-1" not in set(frame[schema.CARD_HASH])  # hashed on reading
    assert len(report.sha256) == 64


def test_three_ocpi_shapes_give_the_same_sessions_and_credit_cdrs_are_marked():
    frames = [read(DATA / name)[0] for name in ("cdrs_array.json", "cdrs.ndjson", "cdrs_envelope.json")]
    for other in frames[1:]:
        pd.testing.assert_frame_equal(frames[0].drop(columns=schema.SOURCE), other.drop(columns=schema.SOURCE))
    cdrs = frames[0]
    assert list(cdrs[schema.EVSE_ID]) == ["NL*ABC*E1"] * 3
    assert list(cdrs[schema.CHARGEPOINT_ID]) == ["LOC-1"] * 3
    assert list(cdrs[schema.CDR_KIND]) == ["", "", "credit"]
    # total_time 2.0 - total_parking_time 0.5 = 1.5 h charging; the credit CDR has no parking time.
    assert cdrs[schema.CHARGING_HOURS].iloc[0] == pytest.approx(1.5)
    assert np.isnan(cdrs[schema.CHARGING_HOURS].iloc[2])
    assert cdrs[schema.START].iloc[0] == pd.Timestamp("2024-07-01T21:30:00Z").value  # UTC stays UTC
    # CDR-2 and CDR-3 share a token: one hash
    assert cdrs[schema.CARD_HASH].iloc[1] == cdrs[schema.CARD_HASH].iloc[2]
    assert cdrs[schema.LAT].iloc[0] == pytest.approx(51.43777)


def test_ocpi_sessions_are_placed_with_ocpi_locations():
    locations = read_ocpi_locations(str(DATA / "ocpi_locations.json"))
    assert list(locations["evse_id"]) == ["NL*ABC*E2A", "NL*ABC*E2B"]
    frame, report = read_session_file(str(DATA / "ocpi_sessions.json"), SALT, None, locations)
    assert report.kind == "OCPI Session"
    assert list(frame[schema.EVSE_ID]) == ["NL*ABC*E2A", "NL*ABC*E2B"]
    assert frame[schema.LON].tolist() == pytest.approx([5.48123, 5.48123])
    assert frame[schema.KWH].tolist() == [8.0, 9.0]


def test_generic_cp1252_csv_with_dutch_headers_and_comma_delimiter(tmp_path):
    path = tmp_path / "export.csv"
    text = (
        "Sessie ID,Laadpunt ID,Begintijd,Eindtijd,Energie (kWh),Laadpas,Straat\n"
        "s1,NL-EIN-1,2024-07-02 08:00:00,2024-07-02 10:30:00,12.25,PAS1,Hoogstraat\n"
        "s2,NL-EIN-1,2024-07-03 18:00:00,2024-07-03 20:00:00,7.5,PAS2,Café Zuid\n"
    )
    path.write_bytes(text.encode("cp1252"))
    frame, report = read(path, **AS_WRITTEN)
    assert report.options.encoding == "cp1252"
    assert (report.options.delimiter, report.options.decimal) == (",", ".")
    assert report.options.date_format == "%Y-%m-%d %H:%M:%S"
    assert frame[schema.KWH].tolist() == [12.25, 7.5]
    assert frame[schema.END].iloc[0] - frame[schema.START].iloc[0] == int(2.5 * 3600e9)


def test_utf8_bom_and_tab_delimiter_and_column_mapping_override(tmp_path):
    path = tmp_path / "portal.txt"
    text = "Aanvang\tAfloop\tPaal\tGeladen\n01-07-2024 10:00\t01-07-2024 11:00\tP1\t3,5\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    mapping = parse_column_mapping("end=Afloop; evse_id=Paal; kwh=Geladen")
    frame, report = read(path, column_mapping=mapping, **AS_WRITTEN)
    assert report.options.encoding == "utf-8-sig"
    assert report.options.delimiter == "\t"
    assert frame[schema.EVSE_ID].tolist() == ["P1"]
    assert frame[schema.KWH].tolist() == [3.5]


def test_end_from_connected_hours_when_there_is_no_end_column(tmp_path):
    path = tmp_path / "duur.csv"
    path.write_text("Start;Laadpunt;kWh;Duur\n01-07-2024 10:00;P1;3,5;2,25\n", encoding="utf-8")
    frame, _ = read(path, **AS_WRITTEN)
    assert frame[schema.END].iloc[0] - frame[schema.START].iloc[0] == int(2.25 * 3600e9)


def test_xlsx_export_is_read_with_real_dates_and_numbers(tmp_path):
    path = tmp_path / "export.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Start", "Stop", "EVSE ID", "kWh", "Pasnummer"])
    sheet.append(
        [
            pd.Timestamp("2024-07-02 08:00").to_pydatetime(),
            pd.Timestamp("2024-07-02 10:00").to_pydatetime(),
            "NL*X*1",
            11.5,
            "P-1",
        ]
    )
    sheet.append(
        [
            pd.Timestamp("2024-07-03 18:00").to_pydatetime(),
            pd.Timestamp("2024-07-03 19:30").to_pydatetime(),
            "NL*X*1",
            4,
            "P-2",
        ]
    )
    book.save(path)
    frame, report = read(path)
    assert frame[schema.KWH].tolist() == [11.5, 4.0]
    assert frame[schema.START].iloc[0] == ns("2024-07-02 08:00")
    assert frame[schema.EVSE_ID].tolist() == ["NL*X*1", "NL*X*1"]
    assert report.rows == 2


# --- bad input --------------------------------------------------------------------------------
def _error(path, **options) -> str:
    with pytest.raises(InputDataError) as info:
        read(path, **options)
    return str(info.value)


def test_empty_file(tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text("", encoding="utf-8")
    assert _error(path) == "file leeg.csv: the file is empty"


def test_header_only(tmp_path):
    path = tmp_path / "kop.csv"
    path.write_text("Start;Eind;Laadpunt;kWh\n", encoding="utf-8")
    assert "row 2" in _error(path) and "no sessions" in _error(path)


def test_binary_file(tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert "binary" in _error(path)


def test_wrong_json(tmp_path):
    path = tmp_path / "iets.json"
    path.write_text('[{"naam": "geen sessie"}]', encoding="utf-8")
    assert "not OCPI CDRs or Sessions" in _error(path)
    broken = tmp_path / "kapot.ndjson"
    broken.write_text('{"id": "a"}\n{"id": \n', encoding="utf-8")
    assert "file kapot.ndjson, row 2" in _error(broken)


def test_missing_required_columns_are_named(tmp_path):
    path = tmp_path / "mist.csv"
    path.write_text("Start;Laadpunt\n01-07-2024 10:00;P1\n", encoding="utf-8")
    message = _error(path)
    assert "file mist.csv, row 1" in message and "kwh" in message and "end" in message


def test_unparseable_number_names_row_and_column(tmp_path):
    path = tmp_path / "getal.csv"
    path.write_text(
        "Start;Eind;Laadpunt;kWh\n01-07-2024 10:00;01-07-2024 11:00;P1;3,5\n"
        "01-07-2024 12:00;01-07-2024 13:00;P1;drie\n",
        encoding="utf-8",
    )
    assert _error(path) == "file getal.csv, row 3, column 'kWh': the value 'drie' is not a number"


def test_unparseable_date_names_row_and_column(tmp_path):
    path = tmp_path / "datum.csv"
    path.write_text(
        "Start;Eind;Laadpunt;kWh\n01-07-2024 10:00;01-07-2024 11:00;P1;3\n" "01-07-2024 12:00;31-02-2024 13:00;P1;3\n",
        encoding="utf-8",
    )
    message = _error(path)
    assert message.startswith("file datum.csv, row 3, column 'Eind'")


def test_mixed_date_formats_are_an_error_not_a_guess(tmp_path):
    path = tmp_path / "gemengd.csv"
    rows = ["Start;Eind;Laadpunt;kWh"] + [f"{d:02d}-07-2024 10:00;{d:02d}-07-2024 11:00;P1;3" for d in range(13, 20)]
    rows.append("2024-07-20 10:00;2024-07-20 11:00;P1;3")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    message = _error(path)
    assert "row 9" in message and "mixes date formats" in message


def test_ambiguous_day_month_order_asks_for_the_format(tmp_path):
    path = tmp_path / "vs.csv"
    path.write_text(
        "Start,End,EVSE,kWh\n07/01/2024 10:00,07/01/2024 11:00,P1,3\n" "07/02/2024 10:00,07/02/2024 11:00,P1,3\n",
        encoding="utf-8",
    )
    message = _error(path)
    assert "Set Date order (DATE_ORDER) to 'as written' or 'day and month swapped'" in message
    assert "'07/01/2024 10:00' = 7 Jan 2024 as written, 1 Jul 2024 swapped" in message
    # following the advice: swapped reads 07/01 as 1 July (US order); a month-first format does the same
    frame, _ = read(path, date_order="swapped")
    assert frame[schema.START].iloc[0] == ns("2024-07-01 10:00")
    frame, _ = read(path, date_format="%m/%d/%Y %H:%M")
    assert frame[schema.START].iloc[0] == ns("2024-07-01 10:00")
    frame, _ = read(path, date_order="as_written")
    assert frame[schema.START].iloc[1] == ns("2024-02-07 10:00")


def test_bad_column_mapping_text():
    with pytest.raises(InputDataError, match="field=column"):
        parse_column_mapping("start Begintijd")
    with pytest.raises(InputDataError, match="unknown field 'begin'"):
        parse_column_mapping("begin=Begintijd")


def test_ambiguous_autumn_hour_is_reported(tmp_path):
    path = tmp_path / "dst.csv"
    path.write_text(
        "Start;Eind;Laadpunt;kWh\n27-10-2024 02:30;27-10-2024 04:00;P1;3\n" "31-03-2024 02:30;31-03-2024 04:00;P1;3\n",
        encoding="utf-8",
    )
    frame, report = read(path)
    start = dict(report.localisation)["Start"]
    assert start.ambiguous == 1 and start.ambiguous_rows == [2]
    assert start.nonexistent == 1 and start.nonexistent_rows == [3]
    # 02:30 in the repeated hour is read as summer time (00:30 UTC); 04:00 winter time is 03:00 UTC.
    assert frame[schema.END].iloc[0] - frame[schema.START].iloc[0] == int(2.5 * 3600e9)


def test_gdal_and_openpyxl_read_the_same_xlsx(tmp_path):
    from ral_zuid_plugin.core.sessions.tabular import _read_xlsx_gdal, _read_xlsx_openpyxl

    path = tmp_path / "twee.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Start", "Stop", "Laadpunt", "kWh"])
    sheet.append(
        [pd.Timestamp("2024-07-02 08:00").to_pydatetime(), pd.Timestamp("2024-07-02 10:00").to_pydatetime(), "P1", 11.5]
    )
    book.save(path)
    fast, slow = _read_xlsx_gdal(str(path)), _read_xlsx_openpyxl(str(path))
    assert list(fast.columns) == list(slow.columns) == ["Start", "Stop", "Laadpunt", "kWh"]
    assert (
        pd.Timestamp(fast["Start"].iloc[0]) == pd.Timestamp(slow["Start"].iloc[0]) == pd.Timestamp("2024-07-02 08:00")
    )
    assert float(fast["kWh"].iloc[0]) == float(slow["kWh"].iloc[0]) == 11.5


def test_chunked_reading_gives_the_same_sessions_and_row_numbers(tmp_path, monkeypatch):
    from ral_zuid_plugin.core.sessions import tabular

    whole, _ = read(DATA / "elaad_small.csv")
    monkeypatch.setattr(tabular, "CHUNK_ROWS", 2)  # 6 rows -> 3 chunks
    chunked, _ = read(DATA / "elaad_small.csv")
    for column in (schema.ROW, schema.START, schema.END, schema.KWH, schema.CARD_HASH):
        assert list(chunked[column]) == list(whole[column]), column
    assert list(chunked[schema.EVSE_ID].astype(str)) == list(whole[schema.EVSE_ID].astype(str))
    # a bad number in a later chunk is still reported with its own row number
    bad = tmp_path / "laat.csv"
    lines = (DATA / "elaad_small.csv").read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace(";20;", ";twintig;")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _error(bad) == "file laat.csv, row 5, column 'TotalEnergy': the value 'twintig' is not a number"
