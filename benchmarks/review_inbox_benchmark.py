#!/usr/bin/env python3
"""Benchmark of ``ralzuid:reviewinbox`` over 10,000 submissions.

Run: ``/usr/bin/python3 benchmarks/review_inbox_benchmark.py``.

The submissions (seeded; points spread over Noord-Brabant and Limburg, 90 % in the gemeente that submits them,
half screened with rule file 1.0.0 and half with 2.0.0, every criterion of their version with a value) are written
as recorded pages of 1,000 features (``items`` and ``items_p<N>``, linked by ``next``) and served by
``python3 -m http.server`` in its own process on loopback. The measurement is the Processing run a reviewer makes:
``processing.run("ralzuid:reviewinbox", ...)`` through the QGIS network stack (10 pages), re-screening with both
versions, conflicts, and the GeoPackage written on disk. Prints a Markdown row for docs/benchmarks.md.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from pyproj import Transformer  # noqa: E402

COUNT = 10_000
PAGE = 1000


def generate(count: int = COUNT, seed: int = 17) -> list[dict]:
    from ral_zuid_plugin.core.review.rule_archive import RuleArchive
    from ral_zuid_plugin.core.screening.region import bundled_region

    rng = np.random.default_rng(seed)
    region = bundled_region()
    archive = RuleArchive.bundled()
    versions = [archive.by_version["1.0.0"], archive.current]
    x0, y0, x1, y1 = region.municipalities.total_bounds
    xy = np.empty((0, 2))
    codes = np.empty(0, dtype=object)
    while len(xy) < count:
        trial = np.column_stack([rng.uniform(x0, x1, count), rng.uniform(y0, y1, count)])
        found, _ = region.locate(trial)
        xy = np.vstack([xy, trial[found != ""]])
        codes = np.concatenate([codes, found[found != ""]])
    xy, codes = xy[:count], codes[:count]
    all_codes = region.municipalities["gemeentecode"].to_numpy(dtype=object)
    moved = rng.random(count) < 0.1
    codes = np.where(moved, rng.choice(all_codes, count), codes)
    lon, lat = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True).transform(xy[:, 0], xy[:, 1])
    features = []
    for i in range(count):
        rules = versions[i % 2]
        criteria = {}
        for criterion in rules.criteria:
            if criterion.kind == "inside_polygon":
                value = float(rng.random() < 0.2)
            elif criterion.kind in ("count_within",):
                value = float(rng.integers(0, 10))
            elif criterion.kind == "attribute":
                value = None
            else:
                value = round(float(rng.uniform(0, 6000)), 2)
            criteria[criterion.id] = {"waarde": value, "status": "voldoet", "reden": "synthetisch"}
        day = 1 + i % 28
        properties = {
            "kandidaat_id": "B{:05d}".format(i),
            "naam": "Kandidaat {}".format(i),
            "gemeentecode": codes[i],
            "gemeentenaam": "",
            "submission_id": "{}-202611{:02d}T090000Z".format(codes[i], day),
            "submission_created": "2026-11-{:02d}T09:00:00Z".format(day),
            "vermogen_kw": float(rng.choice([50.0, 150.0, 300.0])),
            "aantal_laadpunten": int(rng.integers(2, 12)),
            "doelgroepen": str(rng.choice(["personenauto", "personenauto,taxi", "bestelbus,vrachtwagen"])),
            "grondeigendom": "gemeente",
            "opmerkingen": "",
            "advies": "nader onderzoek",
            "score": 60.0,
            "regels_bestand": "snellaadvisie_ral_zuid.json",
            "regels_versie": rules.version,
            "regels_sha256": rules.sha256,
            "criteria": criteria,
            "review_status": str(rng.choice(["ontvangen", "in behandeling", "akkoord"])),
            "review_opmerking": "",
        }
        features.append(
            {
                "type": "Feature",
                "id": "{}-B{:05d}".format(codes[i], i),
                "geometry": {"type": "Point", "coordinates": [round(lon[i], 7), round(lat[i], 7)]},
                "properties": properties,
            }
        )
    return features


def write_pages(features: list[dict], folder: Path) -> None:
    items = folder / "collections" / "aanmeldingen"
    items.mkdir(parents=True)
    pages = [features[i : i + PAGE] for i in range(0, len(features), PAGE)]
    for number, page in enumerate(pages):
        links = [{"rel": "next", "href": "items_p{}".format(number + 1)}] if number + 1 < len(pages) else []
        body = {"type": "FeatureCollection", "features": page, "numberMatched": len(features), "links": links}
        name = "items" if number == 0 else "items_p{}".format(number)
        (items / name).write_text(json.dumps(body), encoding="utf-8")


def main() -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider
    from tests.qgis.submission.servers import free_port, wait_for

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        write_pages(generate(), folder / "www")
        generated = time.perf_counter() - started
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
            cwd=folder / "www",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = "http://127.0.0.1:{}".format(port)
            wait_for(url + "/collections/aanmeldingen/items")
            urllib.request.urlopen(url + "/collections/aanmeldingen/items").read()  # warm the file cache
            runs = []
            cpu = []
            for run in range(2):
                output = folder / "inbox_{}.gpkg".format(run)
                started = time.perf_counter()
                cpu_started = time.process_time()
                processing.run(
                    "ralzuid:reviewinbox",
                    {"SERVICE_URL": url, "COLLECTION": "aanmeldingen", "OUTPUT": str(output)},
                )
                runs.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
            from qgis.core import QgsVectorLayer

            layer = QgsVectorLayer(str(output))
            count = layer.featureCount()
            changed = sum(1 for f in layer.getFeatures() if f["advies_gewijzigd"])
        finally:
            server.terminate()
            server.wait()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = os.getloadavg()[0]
    print("generated in {:.1f} s; {} rows written, {} with another advice".format(generated, count, changed))
    print(
        "| {} | {:,} | {:.2f} / {:.2f} | {:.2f} / {:.2f} | {:.0f} MB | {:.2f} |".format(
            time.strftime("%Y-%m-%d %H:%M", time.gmtime()), COUNT, runs[0], runs[1], cpu[0], cpu[1], peak, load
        )
    )
    QgsApplication.processingRegistry().removeProvider(provider)
    os._exit(0)


if __name__ == "__main__":
    main()
