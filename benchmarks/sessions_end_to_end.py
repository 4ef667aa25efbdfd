#!/usr/bin/env python3
"""End-to-end benchmark of ``ralzuid:sessionindicators`` as a user runs it: through Processing, file to files.

For each size a synthetic ElaadNL CSV is generated once (``sessions_generator.py``: ElaadNL-derived public
distributions, 20,000 EVSEs at real NDW sites, two years). Then, in a fresh process per size (so the peak
memory is that run's own): QGIS is started headless, the provider registered, and
``processing.run("ralzuid:sessionindicators", ...)`` writes every output but the daily table: the point layer,
the area table, the quality table, the excluded sessions and the low-usage points as GeoPackages, and the
monitoring workbook. QGIS has no equivalent algorithm; as a yardstick the same process then times a bare
``pandas.read_csv`` of the file (after our run, so it does not raise our peak).

Reported per size: wall and CPU time of the run, the wall time of its stages (from the algorithm's progress:
reading ends at 32 %, checks and indicators at 80 %, then the workbook and the layers), peak resident memory
(``ru_maxrss`` of the process, QGIS included), the output sizes and the 1-minute load average before and after
(the machine is shared: compare CPU time when the load is high).

Targets (issue 14): 1e6 sessions <= 15 s and <= 2 GB; 1e7 sessions <= 150 s and <= 4 GiB.

    /usr/bin/python3 benchmarks/sessions_end_to_end.py --sizes 100000 1000000 --workdir /tmp/ralzuid_e2e
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from sessions_benchmark import generate  # the same synthetic file as the core benchmark (same folder)

ROOT = Path(__file__).resolve().parent.parent


def measure(path: str, outdir: str) -> dict:
    """One run through Processing in this process (QGIS started here)."""
    sys.path.insert(0, str(ROOT))
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)

    stages: dict[str, float] = {}

    class StageFeedback(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.started = time.perf_counter()
            self.progressChanged.connect(self._progress)

        def _progress(self, percent: float) -> None:
            for mark, name in ((32.0, "read_s"), (80.0, "read_checks_indicators_s")):
                if percent >= mark and name not in stages:
                    stages[name] = round(time.perf_counter() - self.started, 2)

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    parameters = {
        "INPUT": [path],
        "OUTPUT_POINTS": str(out / "points.gpkg"),
        "OUTPUT_AREAS": str(out / "areas.gpkg"),
        "OUTPUT_QUALITY": str(out / "quality.gpkg"),
        "OUTPUT_EXCLUDED": str(out / "excluded.gpkg"),
        "OUTPUT_LOW_USAGE": str(out / "low_usage.gpkg"),
        "OUTPUT_WORKBOOK": str(out / "monitor.xlsx"),
    }
    load_before = os.getloadavg()[0]
    feedback = StageFeedback()
    wall, cpu = time.perf_counter(), time.process_time()
    processing.run("ralzuid:sessionindicators", parameters, context=QgsProcessingContext(), feedback=feedback)
    total_s, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load_after = os.getloadavg()[0]

    import pandas as pd

    wall = time.perf_counter()
    rows = len(pd.read_csv(path, sep=";", decimal=","))
    read_csv_s = time.perf_counter() - wall
    return {
        "sessions": rows,
        "file_mb": round(os.path.getsize(path) / 1e6),
        "total_s": round(total_s, 2),
        "total_cpu_s": round(total_cpu, 2),
        **stages,
        "outputs_s": round(total_s - stages.get("read_checks_indicators_s", 0.0), 2),
        "peak_memory_mb": round(peak_mb),
        "pandas_read_csv_s": round(read_csv_s, 2),
        "workbook_mb": round((out / "monitor.xlsx").stat().st_size / 1e6, 1),
        "load_before": round(load_before, 2),
        "load_after": round(load_after, 2),
    }


def _table(results: list[dict]) -> str:
    lines = [
        "| sessions | file MB | total s (CPU s) | read s | + checks, indicators s | outputs s | peak MB | "
        "pandas.read_csv s | load 1 min before / after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            "| {:,} | {} | {} ({}) | {} | {} | {} | {:,} | {} | {} / {} |".format(
                r["sessions"],
                r["file_mb"],
                r["total_s"],
                r["total_cpu_s"],
                r.get("read_s", "-"),
                round(r.get("read_checks_indicators_s", 0) - r.get("read_s", 0), 2),
                r["outputs_s"],
                r["peak_memory_mb"],
                r["pandas_read_csv_s"],
                r["load_before"],
                r["load_after"],
            )
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--evses", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--workdir", default="/tmp/ralzuid_sessions_e2e")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    if args.measure:
        result = measure(*args.measure)
        print(json.dumps(result), flush=True)
        os._exit(0)  # QGIS 3.22 may crash in interpreter finalisation; the result is out
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        path = workdir / "sessions_{}_{}.csv".format(size, args.evses)
        if not path.exists():
            generate(path, size, args.evses, args.days)
        output = subprocess.run(
            [sys.executable, __file__, "--measure", str(path), str(workdir / "out_{}".format(size))],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result), flush=True)
    print(_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
