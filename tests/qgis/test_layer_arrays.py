"""Point layers to arrays: the GDAL path gives what the QGIS feature loop gives, and gives way when it cannot."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsProject,
    QgsVectorLayer,
)

from ral_zuid_plugin.adapters.layer_arrays import layer_of_parameter, parse_point_wkb, read_point_arrays

# rows: x, y (RD New), w (None = NULL), n; a feature without geometry and one with an empty point
ROWS = [
    (155_000.5, 385_000.25, 1.5, 7),
    (155_100.0, 385_200.0, None, 8),
    (None, None, 3.0, 9),
    ("empty", None, 4.0, 10),
    (160_000.0, 390_000.0, 0.0, None),
    (161_000.0, 391_000.125, 2.25, 12),
]


def _write(path: str, driver: str, epsg: int = 28992, multi: bool = False) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    data = ogr.GetDriverByName(driver).CreateDataSource(path)
    layer = data.CreateLayer("punten", srs, ogr.wkbMultiPoint if multi else ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    for x, y, w, n in ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        if w is not None:
            feature.SetField("w", w)
        if n is not None:
            feature.SetField("n", n)
        if x == "empty":
            feature.SetGeometry(ogr.Geometry(ogr.wkbPoint))
        elif x is not None:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            if multi:
                both = ogr.Geometry(ogr.wkbMultiPoint)
                both.AddGeometry(point)
                second = ogr.Geometry(ogr.wkbPoint)
                second.AddPoint_2D(x + 10, y + 20)
                both.AddGeometry(second)
                point = both
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    data = None
    return path


def _read(value, names=("w", "n")):
    """(arrays through the layer, as the algorithms read it; arrays through the QGIS feature loop)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    definition = QgsProcessingParameterFeatureSource("INPUT", "input")
    parameters = {"INPUT": value}
    source = QgsProcessingParameters.parameterAsSource(definition, parameters, context)
    layer = layer_of_parameter(value, context)
    fast = read_point_arrays(source, context, list(names), layer=layer, parameter_value=value)
    slow = read_point_arrays(source, context, list(names))
    return fast, slow


def _same(a, b) -> None:
    assert np.array_equal(a.fid, b.fid)
    assert np.array_equal(a.x, b.x) and np.array_equal(a.y, b.y)
    assert a.columns.keys() == b.columns.keys()
    for name in a.columns:
        assert np.array_equal(a.columns[name], b.columns[name], equal_nan=True), name
    assert a.without_geometry == b.without_geometry


@pytest.mark.parametrize("driver, name", [("GPKG", "p.gpkg"), ("ESRI Shapefile", "p.shp"), ("GeoJSON", "p.geojson")])
def test_gdal_path_equals_the_qgis_feature_loop(tmp_path, driver, name):
    path = _write(str(tmp_path / name), driver)
    fast, slow = _read(path)
    assert fast.path == "gdal" and slow.path == "qgis"
    _same(fast, slow)
    # by hand: 4 features with a point (no geometry and the empty point are left out), NULL w is NaN
    assert fast.without_geometry == 2
    assert fast.x.tolist() == [155_000.5, 155_100.0, 160_000.0, 161_000.0]
    assert fast.y.tolist() == [385_000.25, 385_200.0, 390_000.0, 391_000.125]
    assert np.array_equal(fast.columns["w"], [1.5, np.nan, 0.0, 2.25], equal_nan=True)
    assert np.array_equal(fast.columns["n"], [7, 8, np.nan, 12], equal_nan=True)


@pytest.mark.parametrize(
    "driver, name, suffix",
    [("GPKG", "p.gpkg", "|layername=punten"), ("ESRI Shapefile", "p.shp", ""), ("GeoJSON", "p.geojson", "")],
)
def test_subset_string_is_honoured(tmp_path, driver, name, suffix):
    path = _write(str(tmp_path / name), driver)
    fast, slow = _read(path + suffix + '|subset="w" > 1 AND "n" <> 12')
    assert fast.path == "gdal"
    _same(fast, slow)
    # by hand: rows with a point and w > 1 are w 1.5 (n 7) and 2.25 (n 12); n <> 12 keeps the first
    assert fast.columns["w"].tolist() == [1.5]


def test_selected_features_only_through_a_layer_in_the_project(tmp_path):
    path = _write(str(tmp_path / "p.gpkg"), "GPKG")
    layer = QgsVectorLayer(path, "punten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([2, 5, 3])  # fid 3 has no geometry
        fast, slow = _read(QgsProcessingFeatureSourceDefinition(layer.id(), True))
        assert fast.path == "gdal"
        _same(fast, slow)
        assert fast.fid.tolist() == [2, 5] and fast.without_geometry == 1
        limited, slow = _read(QgsProcessingFeatureSourceDefinition(layer.id(), False, 2))
        assert limited.path == "qgis" and limited.fid.tolist() == [1, 2]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_other_crs_and_multipoints_fall_back_a_memory_layer_reads_through_aggregates(tmp_path):
    wgs = _write(str(tmp_path / "wgs.gpkg"), "GPKG", epsg=4326)
    fast, _ = _read(wgs)
    assert fast.path == "qgis"  # transformed by QGIS, not by the GDAL path
    memory = QgsVectorLayer("Point?crs=EPSG:28992&field=w:double", "m", "memory")
    feature = QgsFeature(memory.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(155_000.0, 385_000.0)))
    feature.setAttributes([2.5])
    memory.dataProvider().addFeature(feature)
    fast, _ = _read(memory, ("w",))
    assert fast.path == "memory" and fast.x.tolist() == [155_000.0] and fast.columns["w"].tolist() == [2.5]
    multi = _write(str(tmp_path / "multi.gpkg"), "GPKG", multi=True)
    fast, _ = _read(multi)
    # by hand: each multipoint splits in its two points, both with the feature's id and values
    assert fast.path == "qgis"
    assert fast.fid.tolist() == [1, 1, 2, 2, 5, 5, 6, 6]
    assert fast.x.tolist()[:2] == [155_000.5, 155_010.5]


def test_wkb_parsing_byte_orders_dimensions_and_other_types():
    little = struct.pack("<BIdd", 1, 1, 1.5, -2.0)
    big = struct.pack(">BIdd", 0, 1, 3.0, 4.25)
    z_iso = struct.pack("<BIddd", 1, 1001, 5.0, 6.0, 7.0)
    z_ewkb = struct.pack("<BIddd", 1, 0x80000001, 8.0, 9.0, 1.0)
    empty = struct.pack("<BIdd", 1, 1, float("nan"), float("nan"))
    values = np.ma.masked_array(
        np.array([little, big, z_iso, z_ewkb, empty, b""], dtype=object), mask=[0, 0, 0, 0, 0, 1]
    )
    x, y, ok = parse_point_wkb(values)
    assert x[:4].tolist() == [1.5, 3.0, 5.0, 8.0] and y[:4].tolist() == [-2.0, 4.25, 6.0, 9.0]
    assert ok.tolist() == [True, True, True, True, False, False]
    fixed = np.frombuffer(little + big, dtype="V21")
    assert parse_point_wkb(fixed)[0].tolist() == [1.5, 3.0]
    line = struct.pack("<BIIdddd", 1, 2, 2, 0.0, 0.0, 1.0, 1.0)
    assert parse_point_wkb(np.array([little, line], dtype=object)) is None
    assert gdal.VersionInfo("VERSION_NUM") >= "3060000"  # the GDAL path is exercised on this platform


def test_memory_layer_through_aggregates_equals_the_feature_loop():
    memory = QgsVectorLayer("Point?crs=EPSG:28992&field=w:double&field=n:integer", "m", "memory")
    features = []
    for x, y, w, n in ROWS:
        feature = QgsFeature(memory.fields())
        if x == "empty":
            feature.setGeometry(QgsGeometry(QgsPoint()))
        elif x is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([w, n])
        features.append(feature)
    memory.dataProvider().addFeatures(features[:2] + features[3:])  # first without the feature lacking geometry
    fast, slow = _read(memory)
    assert fast.path == "memory" and slow.path == "qgis"
    _same(fast, slow)
    # by hand: 5 features, the empty point left out; ids 1, 2, 4, 5 (the memory provider numbers from 1)
    assert fast.fid.tolist() == [1, 2, 4, 5] and fast.without_geometry == 1
    assert np.array_equal(fast.columns["w"], [1.5, np.nan, 0.0, 2.25], equal_nan=True)
    memory.setSubsetString('"w" > 1')
    fast, slow = _read(memory)
    assert fast.path == "memory" and fast.fid.tolist() == [1, 5]
    _same(fast, slow)
    # a feature without geometry is not collected: the ids no longer pair up, so the loop reads the layer
    memory.setSubsetString("")
    memory.dataProvider().addFeatures([features[2]])
    fast, slow = _read(memory)
    assert fast.path == "qgis" and fast.without_geometry == 2


def test_memory_layer_in_one_loop_carries_a_field_and_the_ids_and_gives_way_on_null():
    from ral_zuid_plugin.adapters.layer_arrays import _memory_layer_one_loop, multipoint_coordinates

    memory = QgsVectorLayer("Point?crs=EPSG:28992&field=w:double&field=n:integer&field=t:string", "m", "memory")
    rows = [(155_000.5, 385_000.25, 1.5, 7, "a"), (160_000.0, 390_000.0, 0.0, None, "b"), (1.0, 2.0, -3.25, 9, None)]
    features = []
    for x, y, w, n, t in rows:
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([w, n, t])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    # w has no NULL: one loop gives x, y, w (carried as z) and the ids (carried as m: 1, 2, 3); n through an array
    one = _memory_layer_one_loop(memory, ["w", "n"])
    assert one is not None and one.fid.tolist() == [1, 2, 3]
    assert one.x.tolist() == [155_000.5, 160_000.0, 1.0] and one.y.tolist() == [385_000.25, 390_000.0, 2.0]
    assert one.columns["w"].tolist() == [1.5, 0.0, -3.25]
    assert np.array_equal(one.columns["n"], [7.0, np.nan, 9.0], equal_nan=True)
    fast, slow = _read(memory, ("w", "n"))
    assert fast.path == "memory"
    _same(fast, slow)
    # n first: its NULL is not collected (make_point of NULL is NULL), 2 points for 3 features: gives way
    assert _memory_layer_one_loop(memory, ["n", "w"]) is None
    fast, slow = _read(memory, ("n", "w"))
    assert fast.path == "memory"  # through one aggregate per array instead
    _same(fast, slow)
    # a NaN value (not NULL) is not collected either, so it never turns into a number
    feature = QgsFeature(memory.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(3.0, 4.0)))
    feature.setAttributes([float("nan"), 1, "d"])
    memory.dataProvider().addFeatures([feature])
    assert _memory_layer_one_loop(memory, ["w"]) is None
    fast, slow = _read(memory, ("w",))
    assert fast.path == "memory" and np.isnan(fast.columns["w"][3])
    _same(fast, slow)
    # parts written alike are read as one view: two little-endian PointZM parts, by hand
    wkb = struct.pack("<BII", 1, 3004, 2) + struct.pack("<BIdddd", 1, 3001, 1.0, 2.0, 3.0, 4.0)
    wkb += struct.pack("<BIdddd", 1, 3001, 5.0, 6.0, 7.0, 8.0)
    assert multipoint_coordinates(wkb).tolist() == [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]
    mixed = struct.pack("<BII", 1, 4, 2) + struct.pack("<BIdd", 1, 1, 1.0, 2.0) + struct.pack(">BIdd", 0, 1, 3.0, 4.0)
    assert multipoint_coordinates(mixed).tolist() == [[1.0, 2.0], [3.0, 4.0]]
