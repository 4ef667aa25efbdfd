#!/usr/bin/env python3
"""Benchmark: ``ralzuid:chargingpressure`` against ``qgis:heatmapkerneldensityestimation``, end to end, one process.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/pressure_end_to_end.py [--sizes 10000 100000 1000000]
        [--inputs memory gpkg] [--no-areas] [--repeat N] [--code OTHER_CHECKOUT] [--profile FILE]

What a user runs: a Processing run from the layer to the written GeoTIFF. Per size and input kind (a memory
layer, and a GeoPackage given by its path), in the same process: QGIS's heatmap (quartic, radius 500 m, 25 m
pixels, weight field), ours with one band (the same weight field as a density, radius 500 m, 25 m cells), and
ours with the per-gemeente table as well (``OUTPUT_AREAS``). Points: seeded, 80 % around 60 towns of Noord-Brabant
and Limburg, 20 % uniform over the region box (so the grid is the whole region); with ``--compact`` all around
Eindhoven within 10 km (one municipality); one weight field. The GeoPackages are cached in the temp folder.

Prints wall time, the peak resident memory of each run above what the process held before it (``VmHWM`` reset
through ``/proc/self/clear_refs``), the ratios QGIS / ours, and the load average. ``--code`` runs the plugin from
another checkout (e.g. ``git worktree add /tmp/old <commit>``) for before/after numbers; ``--profile`` writes a
cProfile of our largest one-band run. With ``--repeat N`` every run is made N times (QGIS, ours, ours with the
table, in turn) and the table shows the medians of wall and CPU time and the largest memory growth.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

RADIUS = 500.0
CELL = 25
REGION = (70_000.0, 305_000.0, 215_000.0, 430_000.0)
WEIGHT = "sessies_per_dag"
CACHE = Path(tempfile.gettempdir()) / "ralzuid_pressure_e2e"


def make_points(count: int, seed: int = 20261129, compact: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    if compact:  # one municipality: around Eindhoven, within 10 km
        x = np.clip(rng.normal(161_500, 3000, count), 151_500, 171_500)
        y = np.clip(rng.normal(383_500, 3000, count), 373_500, 393_500)
        return x, y, np.round(rng.gamma(2.0, 3.0, count), 3)
    x_min, y_min, x_max, y_max = REGION
    towns = 60
    cx = rng.uniform(x_min + 10_000, x_max - 10_000, towns)
    cy = rng.uniform(y_min + 10_000, y_max - 10_000, towns)
    spread = rng.uniform(500, 4000, towns)
    clustered = int(count * 0.8)
    town = rng.integers(0, towns, clustered)
    x = np.concatenate([rng.normal(cx[town], spread[town]), rng.uniform(x_min, x_max, count - clustered)])
    y = np.concatenate([rng.normal(cy[town], spread[town]), rng.uniform(y_min, y_max, count - clustered)])
    x = np.clip(x, x_min + 1, x_max - 1)
    y = np.clip(y, y_min + 1, y_max - 1)
    return x, y, np.round(rng.gamma(2.0, 3.0, count), 3)


def geopackage(count: int, compact: bool = False) -> str:
    """The cached GeoPackage of ``count`` points, written from a CSV by GDAL (ogr2ogr) in transactions of 1e6 rows.

    pandas writes the CSV (about 2 s per million rows) and GDAL converts it in large transactions (1e7 points in a
    few minutes; one transaction per 100,000 rows and ``np.savetxt`` took over 20 minutes under load).
    """
    import pandas as pd
    from osgeo import gdal

    CACHE.mkdir(exist_ok=True)
    path = CACHE / "punten_{}{}.gpkg".format(count, "_eindhoven" if compact else "")
    if not path.exists():
        x, y, w = make_points(count, compact=compact)
        csv = CACHE / "punten_{}.csv".format(count)
        pd.DataFrame({"x": x, "y": y, WEIGHT: w}).to_csv(csv, index=False, float_format="%.3f")
        partial = path.with_suffix(".partial.gpkg")
        opened = gdal.OpenEx(
            str(csv),
            gdal.OF_VECTOR,
            open_options=["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "AUTODETECT_TYPE=YES", "KEEP_GEOM_COLUMNS=NO"],
        )
        gdal.VectorTranslate(
            str(partial),
            opened,
            options=["-f", "GPKG", "-nln", "punten", "-a_srs", "EPSG:28992", "-nlt", "POINT", "-gt", "1000000"],
        )
        opened = None
        csv.unlink()
        partial.rename(path)  # only a complete file is cached
    return str(path)


def reset_peak() -> int:
    """Reset the peak resident size; return the current resident size in bytes."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    return _status("VmRSS")


def peak_since(start: int) -> float:
    return (_status("VmHWM") - start) / 1e6


def _status(key: str) -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def timed(run, algorithm: str, parameters: dict, profile: str | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (all threads of the process) and peak memory growth (MB) of one run."""
    start_rss = reset_peak()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    cpu = time.process_time()
    if profiler:
        profiler.enable()
    run(algorithm, parameters)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    return time.perf_counter() - started, time.process_time() - cpu, peak_since(start_rss)


def median_of(results: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Median wall and CPU time and the largest memory growth of repeated runs."""
    return (
        float(np.median([r[0] for r in results])),
        float(np.median([r[1] for r in results])),
        max(r[2] for r in results),
    )


def cell(result: tuple[float, float, float]) -> str:
    return "{:.2f} ({:.2f}; {:.0f})".format(*result)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--inputs", nargs="+", default=["memory", "gpkg"], choices=["memory", "gpkg"])
    parser.add_argument("--no-areas", action="store_true", help="leave out the run with the per-gemeente table")
    parser.add_argument("--no-qgis", action="store_true", help="leave out QGIS's heatmap")
    parser.add_argument("--code", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--profile", default=None)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the medians are shown")
    parser.add_argument("--compact", action="store_true", help="points of one municipality (Eindhoven, 20 x 20 km)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(args.code).resolve()))
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    import ral_zuid_plugin
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    out = Path(tempfile.mkdtemp(prefix="ralzuid_e2e_"))

    def run(algorithm: str, parameters: dict) -> dict:
        return processing.run(algorithm, parameters, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())

    print("plugin code: {}".format(Path(ral_zuid_plugin.__file__).parent))
    load = os.getloadavg()
    print("load average before: {:.2f} / {:.2f} / {:.2f} on {} cores".format(*load, os.cpu_count()))
    header = "| points | input | QGIS heatmap | ours, 1 band | ratio | ours + table | ratio | table / 1 band |"
    print("times: wall s (CPU s of all threads; peak memory growth MB)")
    rows = [header, "|" + "---|" * 8]
    for count in args.sizes:
        path = geopackage(count, args.compact)
        for kind in args.inputs:
            if kind == "memory":
                stored = QgsVectorLayer(path, "punten", "ogr")
                layer = stored.materialize(QgsFeatureRequest())
                del stored
                source = layer
            else:
                layer = None
                source = path
            tag = "{}_{}".format(kind, count)
            runs: dict[str, list] = {"qgis": [], "ours": [], "table": []}
            for repetition in range(args.repeat):
                if not args.no_qgis:
                    runs["qgis"].append(
                        timed(
                            run,
                            "qgis:heatmapkerneldensityestimation",
                            {
                                "INPUT": source,
                                "RADIUS": RADIUS,
                                "PIXEL_SIZE": CELL,
                                "WEIGHT_FIELD": WEIGHT,
                                "KERNEL": 0,
                                "OUTPUT_VALUE": 0,
                                "OUTPUT": str(out / "qgis_{}.tif".format(tag)),
                            },
                        )
                    )
                ours_parameters = {
                    "INPUT": source,
                    "DENSITY_FIELDS": [WEIGHT],
                    "RADIUS": RADIUS,
                    "CELL_SIZE": CELL,
                    "OUTPUT": str(out / "ours_{}.tif".format(tag)),
                }
                profile = (
                    args.profile if (args.profile and count == max(args.sizes) and kind == args.inputs[0]) else None
                )
                ours_profile = profile if repetition == 0 else None
                runs["ours"].append(timed(run, "ralzuid:chargingpressure", ours_parameters, ours_profile))
                if not args.no_areas:
                    runs["table"].append(
                        timed(
                            run,
                            "ralzuid:chargingpressure",
                            {
                                **ours_parameters,
                                "OUTPUT": str(out / "ours_areas_{}.tif".format(tag)),
                                "OUTPUT_AREAS": str(out / "ours_areas_{}.gpkg".format(tag)),
                            },
                        )
                    )
            nan = (float("nan"),) * 3
            qgis, ours, table = (median_of(runs[key]) if runs[key] else nan for key in ("qgis", "ours", "table"))
            row = "| {:,} | {} | {} | {} | {:.2f}x | {} | {:.2f}x | {:.2f} |".format(
                count,
                kind,
                cell(qgis),
                cell(ours),
                qgis[0] / ours[0],
                cell(table),
                qgis[0] / table[0],
                table[0] / ours[0],
            )
            print(row, flush=True)
            rows.append(row)
            del layer, source
    load = os.getloadavg()
    print("load average after: {:.2f} / {:.2f} / {:.2f}".format(*load))
    print("\n".join(rows))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
