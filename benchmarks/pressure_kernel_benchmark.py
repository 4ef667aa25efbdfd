#!/usr/bin/env python3
"""Benchmark: RAL Zuid FFT kernel density against QGIS's native heatmap, in one run.

    /usr/bin/python3 benchmarks/pressure_kernel_benchmark.py [--points 1000000] [--nx 6000] [--ny 4000]

Region grid of nx x ny cells of 25 m (default 6000 x 4000 = 150 x 100 km), weighted points
(clustered like towns plus a uniform background, fixed seed), quartic kernel, radius 500 m.
Reports: time per surface (binning + FFT, before writing), time for other radii (cost must not
grow with the radius), maximum error against the exact per-point kernel sum in windows around
the peak and at random places (as % of the peak), mass conservation, estimated memory, and the
time of ``qgis:heatmapkerneldensityestimation`` on the same points and grid.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from scipy.spatial import cKDTree  # noqa: E402

from ral_zuid_plugin.adapters.qgis_compat import field_type  # noqa: E402
from ral_zuid_plugin.adapters.raster_io import write_geotiff  # noqa: E402
from ral_zuid_plugin.core.pressure.grid import GridSpec, estimate_memory_mb  # noqa: E402
from ral_zuid_plugin.core.pressure.kernels import radius_in_cells  # noqa: E402
from ral_zuid_plugin.core.pressure.surfaces import SurfaceBand, SurfaceBuilder  # noqa: E402

CELL = 25.0
RADIUS = 500.0
_KEEP: list = []


def make_points(grid: GridSpec, count: int, radius: float, seed: int = 20260601):
    rng = np.random.default_rng(seed)
    margin = radius + 2 * CELL
    towns = 60
    centres_x = rng.uniform(grid.x_min + 5000, grid.x_max - 5000, towns)
    centres_y = rng.uniform(grid.y_min + 5000, grid.y_max - 5000, towns)
    spread = rng.uniform(300, 3000, towns)
    clustered = int(count * 0.8)
    town = rng.integers(0, towns, clustered)
    x = np.concatenate(
        [rng.normal(centres_x[town], spread[town]), rng.uniform(grid.x_min, grid.x_max, count - clustered)]
    )
    y = np.concatenate(
        [rng.normal(centres_y[town], spread[town]), rng.uniform(grid.y_min, grid.y_max, count - clustered)]
    )
    x = np.clip(x, grid.x_min + margin, grid.x_max - margin)
    y = np.clip(y, grid.y_min + margin, grid.y_max - margin)
    w = rng.gamma(2.0, 3.0, count)  # e.g. sessions per day per laadpunt
    return x, y, w


def exact_window(grid: GridSpec, tree: cKDTree, x, y, w, row0: int, col0: int, size: int, radius: float):
    """Exact analytic quartic sum (per km²) at the cell centres of a size x size window."""
    rows = np.arange(row0, min(row0 + size, grid.ny))
    cols = np.arange(col0, min(col0 + size, grid.nx))
    cy = grid.y_max - (rows + 0.5) * grid.cell
    cx = grid.x_min + (cols + 0.5) * grid.cell
    gx, gy = np.meshgrid(cx, cy)
    result = np.zeros(gx.size)
    neighbours = tree.query_ball_point(np.column_stack([gx.ravel(), gy.ravel()]), radius)
    for index, found in enumerate(neighbours):
        if found:
            found = np.asarray(found)
            u2 = ((x[found] - gx.flat[index]) ** 2 + (y[found] - gy.flat[index]) ** 2) / radius**2
            result[index] = np.sum(w[found] * np.where(u2 < 1, (1 - u2) ** 2, 0.0))
    return (result * 3.0 / (math.pi * radius**2) * 1e6).reshape(gx.shape), rows, cols


def time_surface(grid, x, y, w, radius, repeats=3):
    """The surface, the set-up time, and the median wall and CPU seconds (all threads) per surface."""
    started = time.perf_counter()
    builder = SurfaceBuilder(grid, "quartic", radius)
    setup = time.perf_counter() - started
    times = []
    surface = None
    for _ in range(repeats):
        del surface
        started, cpu = time.perf_counter(), time.process_time()
        surface = builder.density(x, y, w).astype(np.float32, copy=False)
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    wall, cpu = sorted(times)[len(times) // 2]
    return surface, setup, wall, cpu


def run_qgis_heatmap(grid: GridSpec, x, y, w, radius) -> tuple[float, float]:
    """Seconds for the native heatmap on the same points, and the total of its 'raw' output."""
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    _KEEP.append(app)  # the application must outlive this function for the quirk check
    import processing
    from osgeo import gdal
    from processing.core.Processing import Processing

    Processing.initialize()
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "punten", "memory")
    layer.dataProvider().addAttributes([QgsField("w", field_type("Double"))])
    layer.updateFields()
    features = []
    for px, py, pw in zip(x.tolist(), y.tolist(), w.tolist()):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(px, py)))
        feature.setAttributes([pw])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    del features
    out = os.path.join(tempfile.mkdtemp(prefix="ralzuid_bench_"), "qgis_heatmap.tif")
    started = time.perf_counter()
    processing.run(
        "qgis:heatmapkerneldensityestimation",
        {
            "INPUT": layer,
            "RADIUS": radius,
            "RADIUS_FIELD": None,
            "PIXEL_SIZE": grid.cell,
            "WEIGHT_FIELD": "w",
            "KERNEL": 0,
            "DECAY": 0,
            "OUTPUT_VALUE": 0,
            "OUTPUT": out,
        },
        context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback(),
    )
    seconds = time.perf_counter() - started
    dataset = gdal.Open(out)
    size = (dataset.RasterXSize, dataset.RasterYSize)
    band = dataset.GetRasterBand(1)
    raw = band.ReadAsArray().astype(np.float64)
    total = float(raw[raw != band.GetNoDataValue()].sum())
    print(f"  QGIS heatmap raster: {size[0]} x {size[1]} cells, sum of raw values {total:.4g}")
    dataset = None
    return seconds, total


def check_qgis_heatmap_quirks() -> None:
    """Two points, quartic, radius 250 m, 25 m pixels: where QGIS puts the kernels, and what 'scaled' integrates to."""
    import processing
    from osgeo import gdal
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    points = [(155_012.5, 385_012.5), (156_003.7, 385_533.1)]
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "twee", "memory")
    for px, py in points:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(px, py)))
        layer.dataProvider().addFeature(feature)
    folder = tempfile.mkdtemp(prefix="ralzuid_quirks_")
    for output_value, label in ((0, "raw"), (1, "scaled")):
        out = os.path.join(folder, f"{label}.tif")
        processing.run(
            "qgis:heatmapkerneldensityestimation",
            {
                "INPUT": layer,
                "RADIUS": 250.0,
                "PIXEL_SIZE": 25.0,
                "KERNEL": 0,
                "OUTPUT_VALUE": output_value,
                "OUTPUT": out,
            },
        )
        dataset = gdal.Open(out)
        x0, size, _, y0, _, step = dataset.GetGeoTransform()
        band = dataset.GetRasterBand(1)
        values = band.ReadAsArray().astype(float)
        values[values == band.GetNoDataValue()] = 0.0
        if label == "raw":
            for px, py in points:
                col, row = (px - x0) / size, (py - y0) / step
                r0, c0 = int(row), int(col)
                rows = slice(max(r0 - 12, 0), min(r0 + 13, values.shape[0]))
                cols = slice(max(c0 - 12, 0), min(c0 + 13, values.shape[1]))
                window = values[rows, cols]
                grid_r, grid_c = np.mgrid[rows, cols]
                centre_r = float((grid_r * window).sum() / window.sum()) + 0.5
                print(f"  QGIS kernel centre vs point, in pixels: dy = {centre_r - row:+.3f}")
        else:
            per_point = values.sum() * size * size / len(points)
            print(f"  QGIS 'scaled' output integrates to {per_point:.2f} per point (should be 1)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--nx", type=int, default=6000)
    parser.add_argument("--ny", type=int, default=4000)
    parser.add_argument("--skip-qgis", action="store_true")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    grid = GridSpec(x_min=65_000.0, y_min=310_000.0, cell=CELL, nx=args.nx, ny=args.ny)
    print(f"grid {grid.nx} x {grid.ny} cells of {CELL:g} m, {args.points:,} points, radius {RADIUS:g} m")
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    print(f"estimated memory for one surface: {estimate_memory_mb(grid, radius_in_cells(RADIUS, CELL), 1):.0f} MB")
    x, y, w = make_points(grid, args.points, RADIUS)
    surface, setup, seconds, cpu = time_surface(grid, x, y, w, RADIUS)
    print(f"RAL Zuid: kernel FFT set-up {setup:.2f} s (once per grid and radius)")
    print(f"RAL Zuid: {seconds:.2f} s per surface (wall, median of 3), CPU {cpu:.2f} s summed over threads")
    started = time.perf_counter()
    target = os.path.join(tempfile.mkdtemp(prefix="ralzuid_bench_"), "ralzuid.tif")
    write_geotiff(target, grid, [SurfaceBand("w", "benchmark", "w per km²", surface)])
    writing = time.perf_counter() - started
    print(f"writing the compressed float32 GeoTIFF: {writing:.2f} s ({os.path.getsize(target) / 1e6:.0f} MB)")
    mass_error = abs(float(surface.sum(dtype=np.float64)) * grid.cell_area_km2 - float(w.sum())) / float(w.sum())
    print(f"mass conservation: relative error {mass_error:.2e}")
    radius_times = {}
    for radius in (250.0, 1000.0, 2000.0):
        _, radius_setup, radius_seconds, radius_cpu = time_surface(grid, x, y, w, radius, repeats=1)
        radius_times[radius] = radius_seconds
        print(
            f"  radius {radius:6.0f} m ({radius / CELL:4.0f} cells): {radius_seconds:.2f} s per surface, "
            f"CPU {radius_cpu:.2f} s"
        )
    tree = cKDTree(np.column_stack([x, y]))
    peak_row, peak_col = np.unravel_index(int(np.argmax(surface)), surface.shape)
    rng = np.random.default_rng(5)
    windows = [(max(peak_row - 60, 0), max(peak_col - 60, 0))]
    windows += [(int(rng.integers(0, grid.ny - 120)), int(rng.integers(0, grid.nx - 120))) for _ in range(3)]
    worst = 0.0
    exact_peak = 0.0
    for row0, col0 in windows:
        exact, rows, cols = exact_window(grid, tree, x, y, w, row0, col0, 120, RADIUS)
        fast = surface[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1].astype(np.float64)
        worst = max(worst, float(np.abs(fast - exact).max()))
        exact_peak = max(exact_peak, float(exact.max()))
    share = 100 * worst / exact_peak
    print(f"max error vs exact per-point sum (4 windows of 120 x 120 cells incl. the peak): {share:.3f} % of peak")
    if not args.skip_qgis:
        qgis_seconds, _ = run_qgis_heatmap(grid, x, y, w, RADIUS)
        print(f"QGIS qgis:heatmapkerneldensityestimation: {qgis_seconds:.1f} s (including writing its raster)")
        print(f"speed-up: {qgis_seconds / seconds:.1f}x per surface (RAL Zuid before writing)")
        print(f"speed-up including writing: {qgis_seconds / (seconds + writing):.1f}x")
        check_qgis_heatmap_quirks()
    load = os.getloadavg()
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
