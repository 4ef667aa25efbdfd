"""Encodings found late in a file, files closed after errors, and reading decisions in the quality table."""

from __future__ import annotations

import gc
import warnings

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
    excluded = quality.excluded_table()
    assert excluded[["rij", "controle"]].values.tolist() == [[4, "open_session"]]
