#!/usr/bin/env python3
"""Benchmark of ``ralzuid:sessionindicators``' core: read, check and compute on synthetic ElaadNL CSVs.

For each size a CSV is generated once (benchmarks/sessions_generator.py: ElaadNL-derived public
distributions, 20,000 EVSEs at real NDW sites, two years). Then, each in a fresh process so that peak
memory is its own:

1. ``pandas.read_csv`` of the same file (``;``, decimal comma): the baseline;
2. reading into the session frame (detect, parse local times to UTC, hash cards), then the quality
   checks and every indicator (points, per-day arrays, areas, daily peak shares).

Wall time and CPU time (``time.process_time``) are both reported: the machine is shared, and CPU time
is what the work costs without waiting for other processes.

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


def measure_bare(path: str) -> dict:
    import pandas as pd

    wall, cpu = time.perf_counter(), time.process_time()
    rows = len(pd.read_csv(path, sep=";", decimal=","))
    return {
        "sessions": rows,
        "pandas_read_csv_s": round(time.perf_counter() - wall, 2),
        "pandas_read_csv_cpu_s": round(time.process_time() - cpu, 2),
        "pandas_peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def measure(path: str) -> dict:
    sys.path.insert(0, str(ROOT))
    from ral_zuid_plugin.core.progress import SilentProgress
    from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, compute_indicators
    from ral_zuid_plugin.core.sessions.quality import QualityReport
    from ral_zuid_plugin.core.sessions.readers import read_session_file
    from ral_zuid_plugin.core.sessions.settings import IndicatorSettings

    wall, cpu = time.perf_counter(), time.process_time()
    sessions, _report = read_session_file(path, b"benchmark-salt-0123456789abcdef")
    read_s, read_cpu = time.perf_counter() - wall, time.process_time() - cpu
    settings = IndicatorSettings(latest_plausible_date=dt.date(2030, 1, 1))
    wall, cpu = time.perf_counter(), time.process_time()
    inputs = SessionInputs(session_files=[path])
    result = compute_indicators(sessions, inputs, settings, QualityReport(), SilentProgress())
    compute_s, compute_cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "evses": int(len(result.points)),
        "days": (result.last_day - result.first_day).days + 1,
        "read_parse_hash_s": round(read_s, 2),
        "read_parse_hash_cpu_s": round(read_cpu, 2),
        "checks_indicators_s": round(compute_s, 2),
        "checks_indicators_cpu_s": round(compute_cpu, 2),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": os.getloadavg(),
    }


def _child(mode: str, path: Path) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, mode, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def generate(path: Path, size: int, evses: int, days: int) -> None:
    """The synthetic ElaadNL CSV of ``size`` sessions (sessions_generator.py), timed."""
    started = time.perf_counter()
    command = [sys.executable, str(ROOT / "benchmarks" / "sessions_generator.py"), str(path)]
    command += ["--sessions", str(size), "--evses", str(evses), "--days", str(days)]
    subprocess.run(command, check=True)
    print("generated {} in {:.0f} s".format(path.name, time.perf_counter() - started), flush=True)


def _table(results: list[dict]) -> str:
    lines = [
        "| sessions | EVSEs | file MB | pandas.read_csv s (CPU s) | read+parse+hash s (CPU s) | "
        "checks+indicators s (CPU s) | (read+checks)/read_csv | peak MB (read_csv / ours) | load avg 1 min |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            "| {:,} | {:,} | {} | {} ({}) | {} ({}) | {} ({}) | {} | {:,} / {:,} | {:.2f} |".format(
                r["sessions"],
                r["evses"],
                r["file_mb"],
                r["pandas_read_csv_s"],
                r["pandas_read_csv_cpu_s"],
                r["read_parse_hash_s"],
                r["read_parse_hash_cpu_s"],
                r["checks_indicators_s"],
                r["checks_indicators_cpu_s"],
                r["ratio_total_to_pandas"],
                r["pandas_peak_memory_mb"],
                r["peak_memory_mb"],
                r["load_average"][0],
            )
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 3_000_000])
    parser.add_argument("--evses", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--workdir", default="/tmp/ralzuid_sessions_bench")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--measure-bare", help=argparse.SUPPRESS)
    args = parser.parse_args(argv[1:])
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    if args.measure_bare:
        print(json.dumps(measure_bare(args.measure_bare)))
        return 0
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        path = workdir / "sessions_{}_{}.csv".format(size, args.evses)
        if not path.exists():
            generate(path, size, args.evses, args.days)
        result = _child("--measure-bare", path)
        result.update(_child("--measure", path))
        result["file_mb"] = round(path.stat().st_size / 1e6)
        total = result["read_parse_hash_s"] + result["checks_indicators_s"]
        result["ratio_total_to_pandas"] = round(total / result["pandas_read_csv_s"], 2)
        results.append(result)
        print(json.dumps(result), flush=True)
    print()
    print(_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
