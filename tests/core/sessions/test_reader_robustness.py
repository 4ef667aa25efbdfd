"""Encodings found late in a file, files closed after errors, and reading decisions in the quality table."""

from __future__ import annotations

import gc
import warnings

import pandas as pd
import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.quality import QualityReport
from ral_zuid_plugin.core.sessions.readers import read_session_file
from ral_zuid_plugin.core.sessions.reading_checks import add_reading_checks
from ral_zuid_plugin.core.sessions.tabular import TableOptions

SALT = bytes(range(32))


def test_cp1252_byte_after_the_first_256_kb_is_read_as_cp1252(tmp_path):
    # 6,000 plain ASCII rows (> 256 kB), then 'Café' in Windows-1252 (0xE9) on the last row
    rows = ["Sessie;Laadpunt;Start;Eind;kWh;Straat"]
    rows += ["S{};P{};13-05-2024 10:00;13-05-2024 11:00;2;Hoogstraat {}".format(i, i % 7, i) for i in range(6000)]
    rows.append("S-last;P1;14-05-2024 10:00;14-05-2024 12:00;3;Café Zuid")
    path = tmp_path / "laat.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252"))
    assert path.stat().st_size > 256 * 1024
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert report.options.encoding == "cp1252"
    assert len(frame) == 6001
    assert frame[schema.KWH].sum() == pytest.approx(6000 * 2 + 3)


def test_no_resource_warning_when_reading_stops(tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text("Laadpunt;Start;Eind;kWh\nP1;13-05-2024 10:00;13-05-2024 11:00;drie\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with pytest.raises(InputDataError, match="'drie' is not a number"):
            read_session_file(str(path), SALT, TableOptions())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_reading_decisions_become_quality_rows_and_excluded_rows(tmp_path):
    # Title on line 1, header on line 2. Row 3 runs 01-07 22:00 -> 02-07 06:00: 8 h as written, 7 Jan -> 7 Feb
    # swapped, so as written wins. Row 4 has no end (open); line 5 is a totals row.
    path = tmp_path / "juli.csv"
    path.write_text(
        "Rapport juli\n"
        "Laadpunt;Start;Eind;kWh\n"
        "P1;01-07-2024 22:00;02-07-2024 06:00;20\n"
        "P1;03-07-2024 09:00;;4\n"
        "Totaal;;;24\n",
        encoding="utf-8",
    )
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert len(frame) == 1 and frame[schema.KWH].tolist() == [20.0]
    quality = QualityReport()
    add_reading_checks(quality, [report])
    table = quality.table().set_index("controle")
    # rows 3 and 4 both start on a day of 12 or less, so both change when day and month are swapped
    assert table.loc["date_order", "aantal"] == 2
    assert "dates read as written" in table.loc["date_order", "toelichting"]
    assert table.loc["skipped_rows", "aantal"] == 1  # the Totaal row (line 5)
    assert table.loc["skipped_rows", "voorbeeldrijen"] == "juli.csv r5"
    assert table.loc["open_session", "aantal"] == 1
    assert table.loc["open_session", "toelichting"].endswith(" no end time 1")
    excluded = quality.excluded_table()
    assert excluded[["rij", "controle"]].values.tolist() == [[4, "open_session"]]


def test_columns_named_utc_are_flagged_and_time_zone_utc_reads_them_as_utc():
    from pathlib import Path

    elaad = str(Path(__file__).resolve().parents[2] / "data" / "sessions" / "elaad_small.csv")
    frame, report = read_session_file(elaad, SALT, TableOptions())
    assert (
        "the columns 'UTCTransactionStart', 'UTCTransactionStop' are named UTC but read as local time "
        "(Europe/Amsterdam), as in the ElaadNL export; set Time zone (TIME_ZONE) to UTC if their times are UTC"
    ) in report.describe()
    local_start = frame[schema.START].iloc[0]
    frame, report = read_session_file(elaad, SALT, TableOptions(time_zone="UTC"))
    # 01-07-2024 23:30 read as UTC is 2 h later than the same wall-clock time in Amsterdam summer time
    assert frame[schema.START].iloc[0] == local_start + 2 * 3_600_000_000_000
    assert "named UTC" not in report.describe()


def test_iso_times_with_offset_and_fractional_seconds_in_a_csv(tmp_path):
    path = tmp_path / "iso.csv"
    path.write_text(
        "EVSE,Start,End,kWh\n"
        "E1,2024-07-13T18:00:00+02:00,2024-07-13T20:00:00+02:00,5\n"  # 16:00-18:00 UTC, read as instants
        "E1,2024-07-14T18:00:00Z,2024-07-14T19:00:00Z,5\n",
        encoding="utf-8",
    )
    frame, _ = read_session_file(str(path), SALT, TableOptions())
    assert frame[schema.START].tolist() == [
        pd.Timestamp("2024-07-13T16:00Z").value,
        pd.Timestamp("2024-07-14T18:00Z").value,
    ]
    path = tmp_path / "fractie.csv"
    path.write_text("EVSE,Start,End,kWh\nE1,2024-07-13T18:00:00.000,2024-07-13T20:00:00.500,5\n", encoding="utf-8")
    frame, _ = read_session_file(str(path), SALT, TableOptions())
    # local 18:00 summer time = 16:00 UTC; 2 h 0.5 s later
    assert frame[schema.START].iloc[0] == pd.Timestamp("2024-07-13T16:00Z").value
    assert frame[schema.END].iloc[0] - frame[schema.START].iloc[0] == 2 * 3_600_000_000_000 + 500_000_000
