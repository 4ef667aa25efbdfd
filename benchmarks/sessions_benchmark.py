#!/usr/bin/env python3
"""Benchmark of ``ralzuid:sessionindicators``' core: read, check and compute on synthetic ElaadNL CSVs.

For each size a CSV is generated once (benchmarks/sessions_generator.py: ElaadNL-derived public
distributions, 20,000 EVSEs at real NDW sites, two years) and then, in a fresh process per size so
that peak memory is that size's own:

1. ``pandas.read_csv`` of the same file (``;``, decimal comma): the baseline;
2. reading into the session frame (detect, parse local times to UTC, hash cards);
3. the quality checks and every indicator (points, daily, areas, daily peak shares).

Target (issue 3): 1e7 sessions, checks + indicators <= 30 s, peak memory <= 4 GB, linear growth.

    /usr/bin/python3 benchmarks/sessions_benchmark.py --sizes 1000000 3000000 --workdir /tmp/ralzuid_bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    import pandas as pd

    from ral_zuid_plugin.core.progress import SilentProgress
    from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, compute_indicators
    from ral_zuid_plugin.core.sessions.quality import QualityReport
    from ral_zuid_plugin.core.sessions.readers import read_session_file
    from ral_zuid_plugin.core.sessions.settings import IndicatorSettings

    started = time.perf_counter()
    bare = pd.read_csv(path, sep=";", decimal=",")
    bare_s = time.perf_counter() - started
    rows = len(bare)
    del bare
    started = time.perf_counter()
    sessions, _report = read_session_file(path, b"benchmark-salt-0123456789abcdef")
    read_s = time.perf_counter() - started
    settings = IndicatorSettings(latest_plausible_date=dt.date(2030, 1, 1))
    started = time.perf_counter()
    result = compute_indicators(
        sessions, SessionInputs(session_files=[path]), settings, QualityReport(), SilentProgress()
    )
    compute_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "sessions": rows,
        "evses": int(len(result.points)),
        "days": (result.last_day - result.first_day).days + 1,
        "daily_rows": int(len(result.daily)),
        "pandas_read_csv_s": round(bare_s, 2),
        "read_parse_hash_s": round(read_s, 2),
        "checks_indicators_s": round(compute_s, 2),
        "ratio_read_to_pandas": round(read_s / bare_s, 2),
        "ratio_total_to_pandas": round((read_s + compute_s) / bare_s, 2),
        "peak_memory_mb": round(peak_mb),
        "load_average": os.getloadavg(),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 3_000_000])
    parser.add_argument("--evses", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--workdir", default="/tmp/ralzuid_sessions_bench")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        path = workdir / "sessions_{}_{}.csv".format(size, args.evses)
        if not path.exists():
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "benchmarks" / "sessions_generator.py"),
                    str(path),
                    "--sessions",
                    str(size),
                    "--evses",
                    str(args.evses),
                    "--days",
                    str(args.days),
                ],
                check=True,
            )
            print("generated {} in {:.0f} s".format(path.name, time.perf_counter() - started), flush=True)
        output = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)], check=True, capture_output=True, text=True
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        result["file_mb"] = round(path.stat().st_size / 1e6)
        results.append(result)
        print(json.dumps(result), flush=True)
    print()
    print(
        "| sessions | EVSEs | file MB | pandas.read_csv s | read+parse+hash s | checks+indicators s | "
        "(read+checks)/read_csv | peak MB | load avg (1 min) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            "| {:,} | {:,} | {} | {} | {} | {} | {} | {:,} | {:.2f} |".format(
                r["sessions"],
                r["evses"],
                r["file_mb"],
                r["pandas_read_csv_s"],
                r["read_parse_hash_s"],
                r["checks_indicators_s"],
                r["ratio_total_to_pandas"],
                r["peak_memory_mb"],
                r["load_average"][0],
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
