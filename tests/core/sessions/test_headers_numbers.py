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
