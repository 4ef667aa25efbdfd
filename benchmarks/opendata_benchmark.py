#!/usr/bin/env python3
"""Benchmark: ``ralzuid:opendata`` for the whole region's 500 m squares over HTTP on 127.0.0.1.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/opendata_benchmark.py [--page-size 1000]

A stand-in that answers like PDOK's OGC API (``tests/opendata_fakes.py``) serves one 500 m square per grid cell of
the region's RD New bounds (with made-up household counts) on a loopback port; the algorithm runs through Processing
as a user would: paging through the QGIS network stack, the cache write, the centre-in-gemeente join and the
GeoPackage output. Reports pages, squares received and kept, wall time and peak memory (ru_maxrss). One bounded run;
never a real network call.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--page-size", type=int, default=1000)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider
    from tests.http_fakes import serve
    from tests.opendata_fakes import FakeFeaturesService, cbs_square

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    minx, miny, maxx, maxy = (int(v) // 500 * 500 for v in load_region_municipalities().total_bounds)
    squares = [
        cbs_square(x, y, (x // 500 + y // 500) % 300, 2 * ((x // 500 + y // 500) % 300))
        for x in range(minx, maxx + 500, 500)
        for y in range(miny, maxy + 500, 500)
    ]

    def squares_service(base: str) -> FakeFeaturesService:
        return FakeFeaturesService(base, {"vierkantstatistieken500m": squares}, page_size=args.page_size)

    with serve(squares_service) as (base, service), tempfile.TemporaryDirectory() as folder:
        output = str(Path(folder) / "vierkanten.gpkg")
        started = time.perf_counter()
        result = processing.run(
            "ralzuid:opendata",
            {"GEMEENTECODE": "", "BUURTEN": False, "SQUARES": 1, "SQUARES_URL": base, "MAX_AGE_DAYS": 0,
             "CACHE_FOLDER": folder, "OUTPUT_SQUARES": output},
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )  # fmt: skip
        elapsed = time.perf_counter() - started
        kept = QgsVectorLayer(result["OUTPUT_SQUARES"], "v", "ogr").featureCount()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        "pages {pages}, squares served {served}, kept in the region {kept}, wall time {t:.1f} s, peak RSS {m:.0f} MB, "
        "load average {load}".format(
            pages=len(service.requests),
            served=len(squares),
            kept=kept,
            t=elapsed,
            m=peak_mb,
            load=" / ".join("{:.2f}".format(v) for v in os.getloadavg()),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
