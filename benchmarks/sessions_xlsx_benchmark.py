#!/usr/bin/env python3
"""XLSX reading: GDAL's XLSX driver (used) against openpyxl (fallback) on a generated 1e5-row export.

/usr/bin/python3 benchmarks/sessions_xlsx_benchmark.py [rows]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    import openpyxl

    from ral_zuid_plugin.core.sessions.tabular import _read_xlsx_gdal, _read_xlsx_openpyxl

    rows = int(argv[1]) if len(argv) > 1 else 100_000
    path = Path(tempfile.mkdtemp()) / "export.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sessies")
    sheet.append(["Sessie ID", "EVSE ID", "Start", "Eind", "kWh", "Pasnummer"])
    start = dt.datetime(2024, 1, 1)
    for i in range(rows):
        begin = start + dt.timedelta(minutes=7 * i)
        sheet.append(
            [f"S{i}", f"NL*X*E{i % 500:04d}", begin, begin + dt.timedelta(hours=3), 10.5 + i % 7, f"P{i % 997}"]
        )
    book.save(path)
    timings = {}
    for name, reader in (("gdal", _read_xlsx_gdal), ("openpyxl", _read_xlsx_openpyxl)):
        started = time.perf_counter()
        frame = reader(str(path))
        timings[name] = time.perf_counter() - started
        assert len(frame) == rows
    print(
        "{:,} rows, {:.1f} MB: GDAL {:.1f} s, openpyxl {:.1f} s ({:.1f}x), load {:.2f}".format(
            rows,
            path.stat().st_size / 1e6,
            timings["gdal"],
            timings["openpyxl"],
            timings["openpyxl"] / timings["gdal"],
            os.getloadavg()[0],
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
