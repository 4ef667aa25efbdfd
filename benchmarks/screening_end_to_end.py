#!/usr/bin/env python3
"""Benchmark: ``ralzuid:fastchargescreening`` end to end through Processing, from GeoPackages to the written output.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/screening_end_to_end.py [--candidates 10000]
        [--features 100000] [--runs 2] [--code OTHER_CHECKOUT] [--profile FILE] [--reports]

What a user runs: the candidates and every context layer the algorithm takes (existing fast chargers, main roads,
congestion, substations, search areas, protected areas, demand with a value field, logistics, taxi ranks and
traffic volumes with their field) as GeoPackages on disk, given by path to ``processing.run`` in one process; the
screened candidates are written to a GeoPackage (and with ``--reports`` the HTML report per candidate as well).
The data is the core benchmark's (``screening_benchmark.py``: seeded, all advice outcomes), written once to
GeoPackages cached in the temp folder. The service areas and motorway exits are the bundled ones.

QGIS has no equivalent algorithm (no multi-criteria site screening), so there is no ratio: the target is the issue's
<= 5 s for 10,000 candidates. Prints wall time, CPU time and the peak resident memory growth of each run
(``VmHWM`` reset through ``/proc/self/clear_refs``), the advice counts, and the load average.
``--code`` runs the plugin from another checkout (e.g. ``git worktree add /tmp/old <commit>``) for before/after.
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

HERE = Path(__file__).resolve().parent
CACHE = Path(tempfile.gettempdir()) / "ralzuid_screening_e2e"
# Processing parameter -> layer key of the core benchmark's synthetic data.
LAYERS = {
    "EXISTING_FAST": "snellaadlocaties",
    "MAIN_ROADS": "hoofdwegen",
    "CONGESTION": "netcongestie",
    "SUBSTATIONS": "onderstations",
    "SEARCH_AREAS": "zoekgebieden",
    "PROTECTED_AREAS": "beschermde_gebieden",
    "DEMAND": "vraag",
    "LOGISTICS": "logistiek",
    "TAXI_RANKS": "taxistandplaatsen",
    "TRAFFIC": "verkeersintensiteit",
}


def geopackages(candidates: int, features: int) -> dict[str, str]:
    """Paths of the cached GeoPackages: ``CANDIDATES`` and one per context layer parameter."""
    sys.path.insert(0, str(HERE))
    from screening_benchmark import make_candidates, make_references

    folder = CACHE / "{}_{}".format(candidates, features)
    paths = {"CANDIDATES": str(folder / "kandidaten.gpkg")}
    paths.update({parameter: str(folder / "{}.gpkg".format(key)) for parameter, key in LAYERS.items()})
    if all(Path(path).exists() for path in paths.values()):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20261127)
    frames = {"CANDIDATES": make_candidates(rng, candidates)}
    references = make_references(rng, features, set(LAYERS.values()))
    frames.update({parameter: references[key] for parameter, key in LAYERS.items()})
    for parameter, frame in frames.items():
        temporary = paths[parameter] + ".tmp.gpkg"
        frame.to_file(temporary, driver="GPKG", layer=Path(paths[parameter]).stem)
        os.replace(temporary, paths[parameter])
    return paths


def reset_peak() -> int:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    return _status("VmRSS")


def _status(key: str) -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--reports", action="store_true", help="also write the HTML report per candidate")
    parser.add_argument("--code", default=str(HERE.parent))
    parser.add_argument("--profile", default=None, help="write a cProfile of the last run to this file")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    paths = geopackages(args.candidates, args.features)
    prepared = time.perf_counter() - started

    # The generator imports this checkout's plugin: forget it, so --code really runs the other checkout.
    for name in [name for name in sys.modules if name.split(".")[0] in ("ral_zuid_plugin", "screening_benchmark")]:
        del sys.modules[name]
    sys.path.insert(0, str(Path(args.code).resolve()))
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    import ral_zuid_plugin
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    out = Path(tempfile.mkdtemp(prefix="ralzuid_screening_e2e_"))
    print("plugin code: {}".format(Path(ral_zuid_plugin.__file__).parent))
    print(
        "{:,} candidates, {} context layers x {:,} features (GeoPackages ready in {:.1f} s, not counted)".format(
            args.candidates, len(LAYERS), args.features, prepared
        )
    )
    print("load average before: {:.2f} / {:.2f} / {:.2f} on {} cores".format(*os.getloadavg(), os.cpu_count()))
    for run in range(args.runs):
        output = out / "screening_{}.gpkg".format(run)
        parameters = dict(paths)
        parameters.update({"DEMAND_FIELD": "waarde", "TRAFFIC_FIELD": "intensiteit", "OUTPUT": str(output)})
        if args.reports:
            parameters["REPORT_FOLDER"] = str(out / "reports_{}".format(run))
        profiler = cProfile.Profile() if args.profile and run == args.runs - 1 else None
        start_rss = reset_peak()
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        processing.run(
            "ralzuid:fastchargescreening", parameters, context=QgsProcessingContext(), feedback=QgsProcessingFeedback()
        )
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        peak = (_status("VmHWM") - start_rss) / 1e6
        written = QgsVectorLayer(str(output), "out", "ogr")
        counts: dict[str, int] = {}
        for feature in written.getFeatures():
            counts[feature["advies"]] = counts.get(feature["advies"], 0) + 1
        print(
            "run {}: {:.2f} s wall ({:.2f} s CPU), peak memory +{:.0f} MB, {:,} features written; advice {}".format(
                run + 1, wall, cpu, peak, written.featureCount(), dict(sorted(counts.items()))
            ),
            flush=True,
        )
        del written
    print("load average after: {:.2f} / {:.2f} / {:.2f}".format(*os.getloadavg()))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
