#!/usr/bin/env python3
"""Benchmark of ``ralzuid:requestregister`` (issue 16 target: 100,000 requests in <= 10 s, geocoding excluded).

A SYNTHETIC export of ``--size`` requests for Eindhoven is generated once with the demo's generator
(``sample_data/requests/make_sample_data.py``: Dutch CSV with ``;``, decimal comma, ``dd-mm-jjjj``; 5 % given by
postcode only, which stay unlocated as geocoding is switched off). Then, in one process:

1. core: ``build_register`` (read with the shared tabular reader, hash, check, locate from coordinates,
   gemeente by point-in-area, lead times, "already served" against the bundled NDW snapshot, indicators);
2. what the user runs: ``processing.run("ralzuid:requestregister")`` from the CSV on disk to every output (the
   register GeoPackage, the indicator and excluded tables, the workbook), with ``GEOCODE`` off;
3. yardstick: a bare ``pandas.read_csv`` of the same file.

    /usr/bin/python3 benchmarks/requests_benchmark.py --size 100000 --workdir /tmp/ralzuid_requests
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_data" / "requests"))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--workdir", default="/tmp/ralzuid_requests")
    args = parser.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    from make_sample_data import generate, write

    path = work / "aanvragen_{}.csv".format(args.size)
    if not path.exists():
        write(generate(args.size, seed=7), path)
    load_before = os.getloadavg()[0]

    import numpy as np
    import pandas as pd

    from ral_zuid_plugin.core.reference.charging_locations import load_public_charging_locations
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
    from ral_zuid_plugin.core.requests.pipeline import build_register
    from ral_zuid_plugin.core.requests.register import RegisterSettings

    municipalities = load_region_municipalities()
    points = load_public_charging_locations()
    xy = np.column_stack([points.geometry.x.to_numpy(), points.geometry.y.to_numpy()])
    settings = RegisterSettings(reference_date=dt.date(2025, 10, 1))
    started, cpu = time.perf_counter(), time.process_time()
    result = build_register(str(path), b"0123456789abcdef0123456789abcdef", settings,
                            municipalities=municipalities, points_xy=xy)  # fmt: skip
    core = {"core_s": round(time.perf_counter() - started, 2), "core_cpu_s": round(time.process_time() - cpu, 2),
            "kept": len(result.register), "listed": len(result.excluded)}  # fmt: skip

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    out = work / "out"
    out.mkdir(exist_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    processing.run(
        "ralzuid:requestregister",
        {"INPUT": str(path), "REFERENCE_DATE": "2025-10-01", "GEOCODE": False,
         "OUTPUT": str(out / "register.gpkg"), "OUTPUT_INDICATORS": str(out / "indicators.gpkg"),
         "OUTPUT_EXCLUDED": str(out / "excluded.gpkg"), "OUTPUT_WORKBOOK": str(out / "aanvragen.xlsx")},
        context=QgsProcessingContext(), feedback=QgsProcessingFeedback(),
    )  # fmt: skip
    run = {"processing_s": round(time.perf_counter() - started, 2),
           "processing_cpu_s": round(time.process_time() - cpu, 2)}  # fmt: skip
    started = time.perf_counter()
    pd.read_csv(path, sep=";", decimal=",")
    report = {
        "date_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "requests": args.size,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        **core,
        **run,
        "pandas_read_csv_s": round(time.perf_counter() - started, 2),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_before_after": [round(load_before, 1), round(os.getloadavg()[0], 1)],
    }
    print(json.dumps(report))
    QgsApplication.processingRegistry().removeProvider(provider)
    return 0


if __name__ == "__main__":
    sys.exit(main())
