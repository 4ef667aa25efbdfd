"""Headers recognised by meaning, number separators and units detected per file, and overrides that work."""

from __future__ import annotations

from pathlib import Path

import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.headers import parse_header, recognise
from ral_zuid_plugin.core.sessions.readers import read_session_file
from ral_zuid_plugin.core.sessions.tabular import TableOptions, detect_number_format

EXPORTS = Path(__file__).resolve().parents[2] / "data" / "sessions" / "exports"
SALT = bytes(range(32))


@pytest.mark.parametrize(
    "headers, expected",
    [
        # each expected mapping read off the header words by hand
        (
            ["Energy (kWh)", "started_at", "ended_at", "Charger ID"],
            {"kwh": "Energy (kWh)", "start": "started_at", "end": "ended_at", "chargepoint_id": "Charger ID"},
        ),
        (
            ["Laadpunt ID", "Begintijd", "Eindtijd", "Geleverd (kWh)", "Laadpas"],
            {
                "chargepoint_id": "Laadpunt ID",
                "start": "Begintijd",
                "end": "Eindtijd",
                "kwh": "Geleverd (kWh)",
                "card": "Laadpas",
            },
        ),
        (
            [
                "TransactionId",
                "ChargePoint",
                "Connector",
                "UTCTransactionStart",
                "UTCTransactionStop",
                "StartCard",
                "ConnectedTime",
                "ChargeTime",
                "TotalEnergy",
                "MaxPower",
            ],
            {
                "session_id": "TransactionId",
                "chargepoint_id": "ChargePoint",
                "connector": "Connector",
                "start": "UTCTransactionStart",
                "end": "UTCTransactionStop",
                "card": "StartCard",
                "connected_hours": "ConnectedTime",
                "charging_hours": "ChargeTime",
                "kwh": "TotalEnergy",
                "max_kw": "MaxPower",
            },
        ),
        (
            ["Borne", "Date de début", "Heure de début", "Date de fin", "Heure de fin", "L'énergie (Wh)"],
            {
                "chargepoint_id": "Borne",
                "start_date": "Date de début",
                "start_time": "Heure de début",
                "end_date": "Date de fin",
                "end_time": "Heure de fin",
                "kwh": "L'énergie (Wh)",
            },
        ),
        (
            ["Ladevorgang ID", "Ladepunkt", "Beginn", "Ende", "Verbrauch (kWh)", "Ladedauer", "Kartennummer"],
            {
                "session_id": "Ladevorgang ID",
                "chargepoint_id": "Ladepunkt",
                "start": "Beginn",
                "end": "Ende",
                "kwh": "Verbrauch (kWh)",
                "charging_hours": "Ladedauer",
                "card": "Kartennummer",
            },
        ),
        (
            ["Charging event", "CP ID", "Connector", "Start", "End", "Total kWh", "User ID", "Meter start"],
            {
                "session_id": "Charging event",
                "chargepoint_id": "CP ID",
                "connector": "Connector",
                "start": "Start",
                "end": "End",
                "kwh": "Total kWh",
                "card": "User ID",
            },
        ),
        (
            # a US portal: "Start Time Zone", "Ended By", "Port Type" and costs are not times, ends or connectors
            [
                "Station Name",
                "Start Date",
                "Start Time Zone",
                "End Date",
                "Ended By",
                "Energy (kWh)",
                "Port Type",
                "Port Number",
                "Plug In Event Id",
                "User ID",
                "Fee",
                "Energy cost (EUR)",
            ],
            {
                "chargepoint_id": "Station Name",
                "start": "Start Date",
                "end": "End Date",
                "kwh": "Energy (kWh)",
                "connector": "Port Number",
                "session_id": "Plug In Event Id",
                "card": "User ID",
            },
        ),
        (
            [
                "Datum",
                "Tijd van",
                "Tijd tot",
                "Laadpunt",
                "Verbruik",
                "Klantnummer",
                "Duur laadsessie",
                "Tarief (€/kWh)",
            ],
            {
                "start_date": "Datum",
                "start_time": "Tijd van",
                "end_time": "Tijd tot",
                "chargepoint_id": "Laadpunt",
                "kwh": "Verbruik",
                "card": "Klantnummer",
                "connected_hours": "Duur laadsessie",
            },
        ),
        (
            [
                "Identifiant de session",
                "Point de charge",
                "Début de session",
                "Fin de session",
                "Énergie (kWh)",
                "Durée de connexion",
                "Identifiant du badge",
            ],
            {
                "session_id": "Identifiant de session",
                "chargepoint_id": "Point de charge",
                "start": "Début de session",
                "end": "Fin de session",
                "kwh": "Énergie (kWh)",
                "connected_hours": "Durée de connexion",
                "card": "Identifiant du badge",
            },
        ),
        (
            # meter readings in Wh are not the session's energy; Energy (Wh) is
            [
                "Transaction ID",
                "EVSE",
                "Start Date/Time",
                "End Date/Time",
                "Meter Start (Wh)",
                "Meter Stop (Wh)",
                "Energy (Wh)",
                "ID Tag",
                "Kunden-ID",
            ],
            {
                "session_id": "Transaction ID",
                "evse_id": "EVSE",
                "start": "Start Date/Time",
                "end": "End Date/Time",
                "kwh": "Energy (Wh)",
                "card": "ID Tag",
            },
        ),
    ],
)
def test_headers_are_recognised_by_their_words(headers, expected):
    assert recognise(headers, {}) == expected


def test_units_in_headers():
    assert parse_header("Energie (Wh)").unit == "wh"
    assert parse_header("energy_kwh").unit == "kwh"
    assert parse_header("kWh").unit == "kwh"
    assert parse_header("Duur (min)").unit == "min"
    assert parse_header("Aansluittijd (uu:mm)").unit == "hh:mm"


@pytest.mark.parametrize(
    "values, delimiter, decimal, thousands",
    [
        (["1.430,170", "2,5"], ";", ",", "."),  # two kinds of separator: the last one is the decimal
        (["1,430.17", "2.25"], ";", ".", ","),
        (["2,5", "7"], ";", ",", "none"),
        (["7.430", "3,7"], ";", ",", "."),  # 7.430 is ambiguous; 3,7 says decimal comma, so '.' groups thousands
        (["7,430", "3.7"], ";", ".", ","),
        (["7.430"], ",", ".", "none"),  # nothing decides: a ','-separated file's convention, decimal point
    ],
)
def test_number_separators_are_detected(values, delimiter, decimal, thousands):
    found = detect_number_format(values, delimiter)
    assert found[:2] == (decimal, thousands)


def test_thousands_advice_in_the_message_works(tmp_path):
    # A user who forced "no thousands separator" gets told which to set; following it reads 11.430,170 Wh right.
    path = EXPORTS / "thousands_point.csv"
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions(thousands="none"))
    message = str(info.value)
    assert message.startswith("file thousands_point.csv, row 2, column 'Energie (Wh)': the value '11.430,170'")
    assert "set Thousands separator (THOUSANDS) to '.' and Decimal separator to ','" in message
    frame, _ = read_session_file(str(path), SALT, TableOptions(thousands=".", decimal=","))
    assert frame[schema.KWH].sum() == pytest.approx(14.38492)  # (11430.17 + 2004.5 + 950.25) / 1000


def test_energy_unit_override(tmp_path):
    # energy_wh_values.csv has no unit in its header; ENERGY_UNIT=kWh keeps the numbers as they are
    frame, report = read_session_file(str(EXPORTS / "energy_wh_values.csv"), SALT, TableOptions(energy_unit="kwh"))
    assert frame[schema.KWH].tolist() == [7400.0, 3700.0, 11000.0]
    frame, report = read_session_file(str(EXPORTS / "energy_wh_values.csv"), SALT, TableOptions())
    assert frame[schema.KWH].tolist() == pytest.approx([7.4, 3.7, 11.0])
    assert "read as Wh" in report.describe()


def test_header_row_override(tmp_path):
    # Header on line 3 under a title: HEADER_ROW=3 reads it the same as the detection does
    path = EXPORTS / "title_and_totals.csv"
    detected, _ = read_session_file(str(path), SALT, TableOptions())
    given, report = read_session_file(str(path), SALT, TableOptions(header_row=3))
    assert report.options.header_row == 3
    assert given[schema.KWH].tolist() == detected[schema.KWH].tolist() == [6.5, 21.0, 4.0]
    assert given[schema.ROW].tolist() == [4, 5, 6]


def test_time_only_column_gets_time_advice_not_a_date_format(tmp_path):
    path = tmp_path / "tijd.csv"
    path.write_text("Datum;Begintijd;Eindtijd;Laadpunt;kWh\n13-06-2024;half tien;11:00;P1;3\n", encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions())
    assert str(info.value) == (
        "file tijd.csv, column 'Begintijd': the time 'half tien' cannot be read "
        "(expected e.g. 17:45, 17:45:00 or 05:45 PM)"
    )


def test_missing_columns_advice_with_date_and_time_fields_in_the_mapping(tmp_path):
    # Headers the vocabulary does not know: the message lists them and the mapping (advice) reads the file.
    path = tmp_path / "vreemd.csv"
    path.write_text("Dag;T1;T2;Paal;Hoeveelheid\n13-06-2024;21:30;06:15;P1;28,4\n", encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions())
    assert "required columns are missing: kwh, end" in str(info.value)  # "Dag" (day) is taken as the start
    assert "Name them in the column mapping parameter" in str(info.value)
    mapping = {"start_date": "Dag", "start_time": "T1", "end_time": "T2", "kwh": "Hoeveelheid"}
    frame, _ = read_session_file(str(path), SALT, TableOptions(column_mapping=mapping))
    # 13 June 21:30 to 06:15 the next morning = 8.75 h
    assert (frame[schema.END].iloc[0] - frame[schema.START].iloc[0]) / 3.6e12 == pytest.approx(8.75)
    assert frame[schema.KWH].tolist() == [28.4]


def test_unknown_date_format_advice_works(tmp_path):
    path = tmp_path / "punt.csv"
    path.write_text("Laadpunt;Start;Eind;kWh\nP1;2024.07.13 10:00;2024.07.13 11:30;3\n", encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions())
    assert "the date '2024.07.13 10:00' cannot be read; set the date format" in str(info.value)
    frame, _ = read_session_file(str(path), SALT, TableOptions(date_format="%Y.%m.%d %H:%M"))
    assert (frame[schema.END].iloc[0] - frame[schema.START].iloc[0]) / 3.6e12 == pytest.approx(1.5)


def test_a_column_with_its_own_separators(tmp_path):
    # Energy written 1,430.17 (point decimal, comma thousands) next to coordinates with a decimal comma:
    # energy 11,430.17 + 2,004.50 Wh = 13.43467 kWh; latitude 51,43777 stays 51.43777.
    path = tmp_path / "gemengd.csv"
    path.write_text(
        "Laadpunt;Start;Eind;Energy (Wh);Latitude;Longitude\n"
        "P1;13-07-2024 10:00;13-07-2024 13:00;11,430.17;51,43777;5,47851\n"
        "P1;14-07-2024 10:00;14-07-2024 11:00;2,004.50;51,43777;5,47851\n",
        encoding="utf-8",
    )
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert frame[schema.KWH].sum() == pytest.approx(13.43467)
    assert frame[schema.LAT].tolist() == [51.43777, 51.43777]
    assert report.options.column_numbers == {"Energy (Wh)": (".", ",")}
    assert "column 'Energy (Wh)' has its own: decimal '.', thousands ','" in report.describe()


def test_end_time_without_a_date_is_on_the_start_day(tmp_path):
    # Begintijd has date and time, Eindtijd only a time: 13 Jun 21:30 -> 06:15 next day = 8.75 h; 10:00-11:45 = 1.75 h
    path = tmp_path / "eindtijd.csv"
    path.write_text(
        "Laadpunt;Begintijd;Eindtijd;kWh\nP1;13-06-2024 21:30;06:15;28,4\nP1;14-06-2024 10:00;11:45;8,6\n",
        encoding="utf-8",
    )
    frame, _ = read_session_file(str(path), SALT, TableOptions())
    assert ((frame[schema.END] - frame[schema.START]) / 3.6e12).tolist() == pytest.approx([8.75, 1.75])


def test_times_without_a_date_ask_for_the_date_column_and_that_advice_works(tmp_path):
    path = tmp_path / "tijden.csv"
    path.write_text("D;Begintijd;Eindtijd;Laadpunt;kWh\n13-06-2024;21:30;06:15;P1;28,4\n", encoding="utf-8")
    with pytest.raises(InputDataError) as info:
        read_session_file(str(path), SALT, TableOptions())
    assert str(info.value) == (
        "file tijden.csv, column 'Begintijd': the column holds times without a date ('21:30'); if another column "
        "holds the date, name both in the column mapping parameter (e.g. start_date=Datum;start_time=Begintijd)"
    )
    mapping = {"start_date": "D", "start_time": "Begintijd"}
    frame, _ = read_session_file(str(path), SALT, TableOptions(column_mapping=mapping))
    assert (frame[schema.END].iloc[0] - frame[schema.START].iloc[0]) / 3.6e12 == pytest.approx(8.75)
