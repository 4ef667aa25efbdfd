#!/usr/bin/env python3
"""Benchmark of the submission capability. Run once: ``/usr/bin/python3 benchmarks/submission_benchmark.py``.

1. ``build_package`` for 500 synthetic candidates with 10 criteria each (time, peak Python memory, zip size).
2. Sending 200 candidates to a local pygeoapi 0.21 + TinyDB through the QGIS network stack, without faults and
   with 30 % random faults (time, requests the fault proxy saw).
3. Reading 200 review statuses back.

Needs ``make pygeoapi-venv``. Prints a Markdown table to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
from qgis.core import QgsApplication  # noqa: E402
from shapely.geometry import Point  # noqa: E402

from ral_zuid_plugin.core.submission.contact import ContactDetails  # noqa: E402
from ral_zuid_plugin.core.submission.package import build_package  # noqa: E402

CRITERIA = [f"criterium_{i:02d}" for i in range(10)]


def synthetic_candidates(count: int) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(5)
    rows = {
        "kandidaat_id": [f"B{i:04d}" for i in range(count)],
        "naam": [f"Kandidaat {i}" for i in range(count)],
        "vermogen_kw": rng.choice([150.0, 300.0, 600.0], count),
        "aantal_laadpunten": rng.integers(2, 12, count),
        "doelgroepen": rng.choice(["personenauto", "personenauto, taxi", "bestelbus, vrachtwagen"], count),
        "grondeigendom": "gemeente",
        "opmerkingen": "=synthetisch",
        "advies": rng.choice(["positief", "nader onderzoek", "negatief"], count),
        "score": rng.uniform(0, 100, count).round(1),
        "regels_bestand": "regels.yaml",
        "regels_versie": "1.0",
        "regels_sha256": "0" * 64,
    }
    for criterion in CRITERIA:
        rows[criterion + "_waarde"] = rng.uniform(0, 10, count)
        rows[criterion + "_status"] = rng.choice(["voldoet", "aandachtspunt", "voldoet niet"], count)
        rows[criterion + "_reden"] = "synthetische reden"
    geometry = [Point(150000 + rng.uniform(0, 20000), 380000 + rng.uniform(0, 20000)) for _ in range(count)]
    return gpd.GeoDataFrame(rows, geometry=geometry, crs="EPSG:28992")


def feature(number: int) -> dict:
    return {
        "type": "Feature",
        "id": f"GM0772-B{number:04d}",
        "geometry": {"type": "Point", "coordinates": [5.4, 51.4]},
        "properties": {"kandidaat_id": f"B{number:04d}", "submission_id": "GM0772-20261127T090000Z"},
    }


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from ral_zuid_plugin.adapters.network import QgisTransport
    from ral_zuid_plugin.core.submission.ogcapi import FeaturesClient
    from ral_zuid_plugin.core.submission.outbox import Outbox
    from ral_zuid_plugin.core.submission.sender import Backoff, refresh_reviews, send_until_done
    from tests.qgis.submission.servers import COLLECTION, FaultProxy, PygeoapiServer

    rows = []
    folder = Path(tempfile.mkdtemp(prefix="ralzuid-bench-"))
    contact = ContactDetails("GM0772", "Eindhoven", "Benchmark", "bench@example.nl")
    created = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
    for count in (10, 500):
        frame = synthetic_candidates(count)
        started = time.perf_counter()
        package = build_package(frame, contact, folder / f"bench{count}.zip", plugin_version="bench", created=created)
        seconds = time.perf_counter() - started
        tracemalloc.start()  # a second run under tracemalloc (slower) for the peak memory
        build_package(frame, contact, folder / f"bench{count}b.zip", plugin_version="bench", created=created)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        rows.append((f"build_package, {count} candidates x 10 criteria", f"{seconds:.2f} s",
                     f"peak Python memory {peak:.0f} MB, zip {package.path.stat().st_size / 1e3:.0f} kB"))  # fmt: skip

    server = PygeoapiServer(folder)
    try:
        for label, weights in (
            ("send 200 candidates, no faults", {"ok": 1.0}),
            ("send 200 candidates, 30 % faults (reset/500/drop/stall 0.5 s)",
             {"ok": 0.7, "reset": 0.08, "500": 0.08, "drop": 0.1, "stall": 0.04}),
        ):  # fmt: skip
            server.data.write_text('{"_default": {}}')
            proxy = FaultProxy(server.port, seed=3, stall_seconds=0.5)
            proxy.mode = "random"
            proxy.weights = weights
            outbox = Outbox(folder / f"outbox-{len(rows)}.sqlite")
            outbox.add_submission("S", "GM0772", "p.zip", [feature(n) for n in range(200)])
            client = FeaturesClient(QgisTransport("", 0.4), proxy.url, COLLECTION)
            started = time.perf_counter()
            send_until_done(outbox, client, max_wait=120, backoff=Backoff(base=0.05, cap=0.5))
            seconds = time.perf_counter() - started
            proxy.stop()
            counts = outbox.counts()
            rows.append((label, f"{seconds:.1f} s",
                         f"{counts['received']}/200 received, {sum(proxy.counts.values())} requests"))  # fmt: skip
        client = FeaturesClient(QgisTransport("", 5), server.url, COLLECTION)
        started = time.perf_counter()
        statuses = refresh_reviews(outbox, client)
        rows.append(("review status of 200 candidates", f"{time.perf_counter() - started:.1f} s",
                     f"{len(statuses)} statuses"))  # fmt: skip
    finally:
        server.stop()
    load = os.getloadavg()
    print("| measurement | time | notes |\n|---|---|---|")
    for row in rows:
        print("| {} | {} | {} |".format(*row))
    print(f"\nload average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (2 cores shared)")


if __name__ == "__main__":
    main()
