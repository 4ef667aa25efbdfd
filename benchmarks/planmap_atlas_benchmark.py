#!/usr/bin/env python3
"""Benchmark: a plankaart atlas of Eindhoven with 20 detail sheets plus the overview (target <= 60 s).

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/planmap_atlas_benchmark.py [--sheets 20] [--template 0]

Runs ``ralzuid:planmap`` through Processing exactly as a user would: the sample locations of
``sample_data/planmap``, the bundled NDW points (about 900 in and around Eindhoven), a synthetic laaddruk
raster (100 m cells over the municipality) and a coverage grid of ``--sheets`` rectangles over Eindhoven
(5 x 4 for 20). Offline background. Reports the wall time of the whole algorithm (validation, layers, layout,
PDF export at 200 dpi), the page count, the PDF size and the load average, to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
from osgeo import gdal  # noqa: E402
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402
from shapely.geometry import box  # noqa: E402

EINDHOVEN = (152500.0, 378500.0, 166500.0, 390500.0)


def coverage_grid(sheets: int, path: Path) -> None:
    columns = math.ceil(math.sqrt(sheets * 1.25))
    rows = math.ceil(sheets / columns)
    xmin, ymin, xmax, ymax = EINDHOVEN
    width, height = (xmax - xmin) / columns, (ymax - ymin) / rows
    cells = []
    for index in range(sheets):
        row, column = divmod(index, columns)
        x0, y1 = xmin + column * width, ymax - row * height
        cells.append(box(x0, y1 - height, x0 + width, y1))
    names = ["Kaartblad {:02d}".format(i + 1) for i in range(sheets)]
    gpd.GeoDataFrame({"naam": names}, geometry=cells, crs="EPSG:28992").to_file(path, driver="GeoJSON")


def pressure_raster(path: Path) -> None:
    xmin, ymin, xmax, ymax = EINDHOVEN
    columns, rows = int((xmax - xmin) / 100), int((ymax - ymin) / 100)
    x = np.linspace(-1, 1, columns)
    y = np.linspace(-1, 1, rows)
    values = np.exp(-(x[None, :] ** 2 + y[:, None] ** 2) * 3).astype(np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), columns, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((xmin, 100, 0, ymax, 0, -100))
    dataset.SetProjection("EPSG:28992")
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sheets", type=int, default=20)
    parser.add_argument("--template", type=int, default=0, help="0 = A3 landscape, 1 = A4 portrait")
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        coverage_grid(args.sheets, work / "kaartbladen.geojson")
        pressure_raster(work / "laaddruk.tif")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        parameters = {
            "GEMEENTECODE": "GM0772",
            "LOCATIONS": str(ROOT / "sample_data" / "planmap" / "locaties_eindhoven.geojson"),
            "PRESSURE": str(work / "laaddruk.tif"),
            "TEMPLATE": args.template,
            "ATLAS": True,
            "COVERAGE": str(work / "kaartbladen.geojson"),
            "COVERAGE_NAME_FIELD": "naam",
            "OUTPUT": str(work / "atlas.pdf"),
        }
        started = time.perf_counter()
        result = processing.run("ralzuid:planmap", parameters, context=context, feedback=QgsProcessingFeedback())
        elapsed = time.perf_counter() - started
        info = subprocess.run(["pdfinfo", result["OUTPUT"]], capture_output=True, text=True, check=True).stdout
        pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
        size_mb = Path(result["OUTPUT"]).stat().st_size / 1e6
    load = os.getloadavg()
    print(
        "planmap atlas: {sheets} sheets + overview = {pages} PDF pages, template {template}, {elapsed:.1f} s "
        "(target <= 60 s), PDF {size:.1f} MB, load average {l1:.2f} {l5:.2f} {l15:.2f}".format(
            sheets=args.sheets,
            pages=pages,
            template=("A3 landscape", "A4 portrait")[args.template],
            elapsed=elapsed,
            size=size_mb,
            l1=load[0],
            l5=load[1],
            l15=load[2],
        )
    )
    return 0 if elapsed <= 60 else 1


if __name__ == "__main__":
    sys.exit(main())
