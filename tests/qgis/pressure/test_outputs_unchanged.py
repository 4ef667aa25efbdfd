"""The pressure algorithms' outputs are bit for bit what they were before the fast reader and point-in-area index.

EXPECTED holds digests produced by the OLD code (main at commit 1515f96, before the fast paths were merged:
PyQGIS feature loop into geopandas, ``gpd.sjoin`` for every point-in-area join), with::

    git worktree add /tmp/old 1515f96
    cp tests/qgis/pressure/test_outputs_unchanged.py /tmp/old/tests/qgis/pressure/
    cd /tmp/old && QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis/pressure/test_outputs_unchanged.py

(The measured digests are also those of commit ae85595; the prognosis changed on main in between, by design.
The prognosis raster's digest is that of 1515f96 plus commit 5995425, which only renamed its band descriptions
to "(semi)public": regenerated the same way with that commit cherry-picked onto the old code. The prognosis
cells' digest changed once more only by the English method text of their ``methode`` field, "1 (semi-)public
charge point per 5 electric cars" instead of "1 (semi)public laadpunt per 5" (#18.7, branch reports): taken from
the code with that change, whose six other digests equal the old code's.)
When an algorithm's output changes on purpose, regenerate them the same way from the commit before the change.

The inputs are made here with a seeded generator: 4,000 charge points around eight towns of the region
(with NULLs), plus points placed exactly on vertices of the municipality boundaries and on the shared edges
of a custom grid of square areas (ties: the first area wins), read from a GeoPackage. The runs cover the
measured surfaces with the per-gemeente table, the table for custom areas, a subset string on the layer,
and the prognosed pressure of the demo (NDW points joined to cells, buffered areas, municipalities).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np

EXPECTED: dict[str, str] = {
    "measured_raster": "06e53927a463e74a359efc124da21a268b88260eaf0066592afe28e4663d8cb4",
    "measured_gemeenten": "9eb04e55212ed1455622d69e383b1eee882c807c8ba6763ce21784907f772334",
    "subset_raster": "720a69a834b7e439b53aa0b6bb985d96b2b6ce75ec0cd671def8f2eb18d0f1a9",
    "subset_squares": "6a987ba008836bd209e38c1e22ba3a853183b28a1fb8864fa7d96b1f089d4846",
    "prognosis_raster": "41d434677018cd069433479e46453b3e83cb7f568dd31d7b669ad2e254c5b6a0",
    "prognosis_cells": "4acfc762bbd9b668029f914b8df4b9da380742a71c9756c29b1f15afe2ac8455",
    "prognosis_nal": "cd2ce4145ca7bf1864a7bebad9ffa94c9c4025538636e1f01989ba217e2d5f88",
}

TOWNS = [  # RD New centres of Eindhoven, Tilburg, Breda, 's-Hertogenbosch, Helmond, Venlo, Roermond, Maastricht
    (161_500, 383_500),
    (133_000, 397_500),
    (112_500, 400_500),
    (149_500, 411_500),
    (173_000, 385_000),
    (209_000, 376_000),
    (196_500, 355_000),
    (176_500, 318_000),
]
SQUARES_X0, SQUARES_Y0, SQUARE = 158_000.0, 380_000.0, 1_500.0


def _make_inputs(folder: Path) -> tuple[str, str]:
    """The charge point GeoPackage and the square areas GeoPackage (written with OGR, not the code under test)."""
    from osgeo import ogr, osr

    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    rng = np.random.default_rng(20261129)
    town = rng.integers(0, len(TOWNS), 4000)
    centres = np.array(TOWNS, dtype=float)[town]
    x = np.round(centres[:, 0] + rng.normal(0, 2500, len(town)), 2)
    y = np.round(centres[:, 1] + rng.normal(0, 2500, len(town)), 2)
    x, y = np.clip(x, 71_000, 214_000), np.clip(y, 306_000, 429_000)  # inside the region box
    # points exactly on municipality boundary vertices (shared by two gemeenten: the first one wins)
    municipalities = load_region_municipalities()
    vertices = []
    for shape in municipalities.geometry.values[::6]:
        polygon = shape.geoms[0] if shape.geom_type == "MultiPolygon" else shape
        vertices.append(polygon.exterior.coords[len(polygon.exterior.coords) // 3])
    # points on the shared edges and corners of the square areas
    edges = [(SQUARES_X0 + SQUARE, SQUARES_Y0 + 700.0), (SQUARES_X0 + SQUARE, SQUARES_Y0 + SQUARE)]
    edges += [(SQUARES_X0 + 400.0, SQUARES_Y0 + 2 * SQUARE), (SQUARES_X0, SQUARES_Y0 + 100.0)]
    x = np.concatenate([x, [v[0] for v in vertices], [e[0] for e in edges]])
    y = np.concatenate([y, [v[1] for v in vertices], [e[1] for e in edges]])
    count = len(x)
    sessions = np.round(rng.gamma(2.0, 3.0, count), 3)
    hours = np.round(rng.gamma(2.0, 5.0, count), 3)
    peak = np.round(rng.uniform(0, 100, count), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    driver = ogr.GetDriverByName("GPKG")
    points_path = str(folder / "laadpunten.gpkg")
    data = driver.CreateDataSource(points_path)
    layer = data.CreateLayer("laadpunten", srs, ogr.wkbPoint)
    for name in ("sessies_per_dag", "aansluituren_per_dag", "piekbezetting_pct"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    layer.StartTransaction()
    for i in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        if i % 97 != 5:
            feature.SetField("sessies_per_dag", float(sessions[i]))
        if i % 89 != 7:
            feature.SetField("aansluituren_per_dag", float(hours[i]))
        if i % 53 != 1:
            feature.SetField("piekbezetting_pct", float(peak[i]))
        feature.SetField("naam", "punt {}".format(i))
        geometry = ogr.Geometry(ogr.wkbPoint)
        geometry.AddPoint_2D(float(x[i]), float(y[i]))
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    data = None
    areas_path = str(folder / "vakken.gpkg")
    data = driver.CreateDataSource(areas_path)
    layer = data.CreateLayer("vakken", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("vak", ogr.OFTString))
    for i in range(3):
        for j in range(3):
            x0, y0 = SQUARES_X0 + i * SQUARE, SQUARES_Y0 + j * SQUARE
            ring = "{a} {b}, {c} {b}, {c} {d}, {a} {d}, {a} {b}".format(a=x0, b=y0, c=x0 + SQUARE, d=y0 + SQUARE)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("vak", "v{}{}".format(i, j))
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON (({}))".format(ring)))
            layer.CreateFeature(feature)
    data = None
    return points_path, areas_path


def _raster_digest(path: str) -> str:
    from osgeo import gdal

    dataset = gdal.Open(path)
    digest = hashlib.sha256(repr(dataset.GetGeoTransform()).encode())
    for number in range(1, dataset.RasterCount + 1):
        band = dataset.GetRasterBand(number)
        digest.update(band.GetDescription().encode())
        digest.update(np.ascontiguousarray(band.ReadAsArray(), dtype=np.float32).tobytes())
    return digest.hexdigest()


def _table_digest(path: str) -> str:
    """Field names, every attribute value (repr) and every geometry (ISO WKB) in feature order."""
    from osgeo import ogr

    data = ogr.Open(path.split("|")[0])
    layer = data.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    digest = hashlib.sha256(repr(names).encode())
    for feature in layer:
        digest.update(repr([feature.GetField(i) for i in range(len(names))]).encode())
        geometry = feature.GetGeometryRef()
        digest.update(b"" if geometry is None else bytes(geometry.ExportToIsoWkb()))
    return digest.hexdigest()


def compute_digests(folder: Path, run) -> dict[str, str]:
    """Run the algorithms on the generated and bundled sample inputs; digests of every output."""
    from ral_zuid_plugin.core.resources import resource_path

    points, squares = _make_inputs(folder)
    result: dict[str, str] = {}
    common = {"RADIUS": 500.0, "CELL_SIZE": 100}
    measured = run(
        "ralzuid:chargingpressure",
        {
            "INPUT": points,
            **common,
            "OUTPUT": str(folder / "gemeten.tif"),
            "OUTPUT_AREAS": str(folder / "gemeten_per_gemeente.gpkg"),
        },
    )
    result["measured_raster"] = _raster_digest(measured["OUTPUT"])
    result["measured_gemeenten"] = _table_digest(measured["OUTPUT_AREAS"])
    squares_run = run(
        "ralzuid:chargingpressure",
        {
            "INPUT": points + '|layername=laadpunten|subset="piekbezetting_pct" > 20',
            "DENSITY_FIELDS": ["sessies_per_dag"],
            "MEAN_FIELDS": ["piekbezetting_pct"],
            "AREAS": squares,
            **common,
            "CELL_SIZE": 50,
            "OUTPUT": str(folder / "vakken.tif"),
            "OUTPUT_AREAS": str(folder / "gemeten_per_vak.gpkg"),
        },
    )
    result["subset_raster"] = _raster_digest(squares_run["OUTPUT"])
    result["subset_squares"] = _table_digest(squares_run["OUTPUT_AREAS"])
    sample = Path(resource_path("reference")).parents[1] / "sample_data" / "pressure"
    prognosis = run(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": str(sample / "eindhoven_huishoudens_500m_synthetisch.geojson"),
            "HOUSEHOLDS_FIELD": "huishoudens",
            "PRIVATE_SHARE_FIELD": "aandeel_prive",
            "YEAR": 2030,
            "OUTPUT_AREAS": str(folder / "prognose_cellen.gpkg"),
            "OUTPUT_NAL": str(folder / "nal.gpkg"),
            "OUTPUT": str(folder / "prognose.tif"),
        },
    )
    result["prognosis_raster"] = _raster_digest(prognosis["OUTPUT"])
    result["prognosis_cells"] = _table_digest(prognosis["OUTPUT_AREAS"])
    result["prognosis_nal"] = _table_digest(prognosis["OUTPUT_NAL"])
    return result


def test_outputs_identical_to_the_code_before_the_fast_paths(run_algorithm, tmp_path):
    assert compute_digests(tmp_path, run_algorithm) == EXPECTED


if __name__ == "__main__":  # produces EXPECTED (see the module docstring)
    import os
    import tempfile

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root))
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    def _run(algorithm_id: str, parameters: dict) -> dict:
        return processing.run(
            algorithm_id, parameters, context=QgsProcessingContext(), feedback=QgsProcessingFeedback()
        )

    digests = compute_digests(Path(tempfile.mkdtemp(prefix="ralzuid_digests_")), _run)
    for key, value in digests.items():
        print('    "{}": "{}",'.format(key, value))
    sys.stdout.flush()
    os._exit(0)
