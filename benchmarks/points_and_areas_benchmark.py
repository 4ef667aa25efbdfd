#!/usr/bin/env python3
"""Benchmark: reading a point layer into arrays, and point-in-area, at a million points.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/points_and_areas_benchmark.py [--points 1000000]

Reading (``adapters/layer_arrays.read_point_arrays``, as ``ralzuid:chargingpressure`` reads its input): the
GeoPackage of ``pressure_end_to_end.py`` (same seeded points, one numeric field) through the GDAL path, the same
points as a memory layer through QGIS's aggregates, and through the plain QGIS feature loop for comparison.
Point-in-area (``core/point_in_area``): the points against the 87 bundled gemeenten and against 4,000 Voronoi
cells over the region (buurt-sized areas, seeded), with the ``geopandas.sjoin`` answer checked on a sample.
Wall and CPU seconds (all threads) per step.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def clock(label: str, function):
    started, cpu = time.perf_counter(), time.process_time()
    result = function()
    print("{:<58} {:6.2f} s wall {:6.2f} s CPU".format(label, time.perf_counter() - started, time.process_time() - cpu))
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingFeatureSource,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    import geopandas as gpd
    from pressure_end_to_end import WEIGHT, geopackage
    from shapely.geometry import MultiPoint, Point, box
    from shapely.ops import voronoi_diagram

    from ral_zuid_plugin.adapters.layer_arrays import read_point_arrays
    from ral_zuid_plugin.core.point_in_area import first_area_of_points
    from ral_zuid_plugin.core.pressure.grid import REGION_EXTENT
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    load = os.getloadavg()
    print("{:,} points; load average {:.2f} / {:.2f} / {:.2f} on {} cores".format(args.points, *load, os.cpu_count()))
    path = geopackage(args.points)
    context = QgsProcessingContext()
    stored = QgsVectorLayer(path, "punten", "ogr")
    source = QgsProcessingFeatureSource(stored, context)
    arrays = clock(
        "read GeoPackage (GDAL Arrow path)", lambda: read_point_arrays(source, context, [WEIGHT], layer=stored)
    )
    assert arrays.path == "gdal" and arrays.fid.size == args.points
    memory = stored.materialize(QgsFeatureRequest())
    memory_source = QgsProcessingFeatureSource(memory, context)
    in_memory = clock(
        "read memory layer (aggregates path)", lambda: read_point_arrays(memory_source, context, [WEIGHT], layer=memory)
    )
    assert in_memory.path == "memory" and np.array_equal(in_memory.x, arrays.x)
    looped = clock(
        "read memory layer (QGIS feature loop, for comparison)",
        lambda: read_point_arrays(memory_source, context, [WEIGHT]),
    )
    assert np.array_equal(looped.columns[WEIGHT], arrays.columns[WEIGHT])

    municipalities = list(load_region_municipalities().geometry.values)
    x, y = arrays.x, arrays.y
    index = clock("point-in-area, 87 gemeenten", lambda: first_area_of_points(municipalities, x, y))
    rng = np.random.default_rng(20261129)
    x_min, y_min, x_max, y_max = REGION_EXTENT
    seeds = MultiPoint(list(zip(rng.uniform(x_min, x_max, 4000), rng.uniform(y_min, y_max, 4000))))
    region = box(x_min, y_min, x_max, y_max)
    cells = [cell.intersection(region) for cell in voronoi_diagram(seeds, envelope=region).geoms]
    cell_index = clock("point-in-area, 4,000 Voronoi cells", lambda: first_area_of_points(cells, x, y))
    sample = rng.choice(x.size, 20_000, replace=False)
    points = gpd.GeoDataFrame({"_p": sample}, geometry=[Point(x[i], y[i]) for i in sample])
    for shapes, found in ((municipalities, index), (cells, cell_index)):
        areas = gpd.GeoDataFrame({"_a": np.arange(len(shapes))}, geometry=shapes)
        joined = gpd.sjoin(points, areas, how="inner", predicate="intersects").sort_values(["_p", "_a"])
        joined = joined.drop_duplicates("_p")
        expected = np.full(x.size, -1)
        expected[joined["_p"].to_numpy()] = joined["_a"].to_numpy()
        assert np.array_equal(found[sample], expected[sample]), "differs from sjoin"
    print("sample of 20,000 points: same areas as geopandas.sjoin (intersects, first area)")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
