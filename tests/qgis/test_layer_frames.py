"""Layers to GeoDataFrames in bulk: the GDAL path gives exactly what the QGIS feature loop gives (the second
method), gives way where it cannot, and the loop itself still reads memory layers and edits."""

from __future__ import annotations

import math

from osgeo import ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsProject,
    QgsVectorLayer,
)

from ral_zuid_plugin.adapters.vector_io import frame_from_source, origin_of

# fid order; naam (None = NULL), n (None = NULL), w, ok, geometry WKT (None = no geometry; EMPTY = empty)
POLYGONS = [
    ("Zuid", 7, 1.5, True, "MULTIPOLYGON (((155000 385000, 155060 385000, 155060 385060, 155000 385000)))"),
    ("Één", None, 2.25, False, "POLYGON ((155100 385100, 155200 385100, 155200 385200, 155100 385100))"),
    (None, 9, -3.0, True, None),
    ("leeg", 10, 0.0, None, "POLYGON EMPTY"),
    ("gat", 11, 4.0, False, "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))"),
]


def _write(path: str, driver: str, kind, rows) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    data = ogr.GetDriverByName(driver).CreateDataSource(path)
    layer = data.CreateLayer("vlakken", srs, kind)
    layer.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger64))
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    flag = ogr.FieldDefn("ok", ogr.OFTInteger)
    flag.SetSubType(ogr.OFSTBoolean)
    layer.CreateField(flag)
    for naam, n, w, ok, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("naam", naam), ("n", n), ("w", w), ("ok", ok)):
            if value is not None:
                feature.SetField(name, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    data = None
    return path


def _both(layer: QgsVectorLayer, value, context: QgsProcessingContext | None = None, names=None):
    """The frame through GDAL (layer and parameter given) and through the QGIS loop (neither)."""
    context = context or QgsProcessingContext()
    context.setProject(QgsProject.instance())
    definition = QgsProcessingParameterFeatureSource("INPUT", "input")
    parameters = {"INPUT": value}
    source = QgsProcessingParameters.parameterAsSource(definition, parameters, context)
    fast = frame_from_source(source, context, field_names=names, **origin_of(parameters, "INPUT", context))
    source = QgsProcessingParameters.parameterAsSource(definition, parameters, context)
    slow = frame_from_source(source, context, field_names=names)
    return fast, slow


def _same(fast, slow) -> None:
    assert list(fast.columns) == list(slow.columns)
    assert fast.drop(columns="geometry").equals(slow.drop(columns="geometry"))
    assert list(fast.dtypes) == list(slow.dtypes)
    assert [None if g is None else g.wkb for g in fast.geometry] == [
        None if g is None else g.wkb for g in slow.geometry
    ]
    assert fast.crs == slow.crs


def test_geopackage_polygons_through_gdal_equal_the_qgis_loop(tmp_path):
    path = _write(str(tmp_path / "vlakken.gpkg"), "GPKG", ogr.wkbMultiPolygon, POLYGONS)
    layer = QgsVectorLayer(path, "vlakken", "ogr")
    fast, slow = _both(layer, path, names=["naam", "n", "w"])
    assert fast.attrs["reader"] == "gdal" and slow.attrs["reader"] == "qgis"
    _same(fast, slow)
    # a boolean field goes through QGIS (GDAL 3.6 read a NULL-holding boolean column wrongly)
    fast, slow = _both(layer, path)
    assert fast.attrs["reader"] == "qgis"
    _same(fast, slow)
    # by hand: fids 1..5; NULL text and integer are None / NaN; the declared multi type promotes the plain polygon
    assert fast["fid"].tolist() == [1, 2, 3, 4, 5]
    assert fast["naam"].tolist() == ["Zuid", "Één", None, "leeg", "gat"]
    assert fast["n"].tolist()[0] == 7 and fast["n"].isna().tolist() == [False, True, False, False, False]
    assert fast["ok"].tolist() == [True, False, True, None, False]
    assert [None if g is None else g.geom_type for g in fast.geometry] == [
        "MultiPolygon", "MultiPolygon", None, None, "MultiPolygon"
    ]  # fmt: skip
    assert fast.geometry[1].area == 5000.0  # right triangle with legs of 100 m
    assert fast.geometry[4].area == 96.0  # 10 x 10 minus the 2 x 2 hole


def test_shapefile_lines_with_subset_and_selection_equal_the_qgis_loop(tmp_path):
    rows = [("a", i, float(i), i % 2 == 0, "LINESTRING ({0} 0, {0} 100)".format(155000 + i)) for i in range(6)]
    path = _write(str(tmp_path / "lijnen.shp"), "ESRI Shapefile", ogr.wkbLineString, rows)
    layer = QgsVectorLayer(path, "lijnen", "ogr")
    layer.setSubsetString('"n" >= 2')
    QgsProject.instance().addMapLayer(layer)
    try:
        fast, slow = _both(layer, layer.id(), names=["n"])
        assert fast.attrs["reader"] == "gdal"
        _same(fast, slow)
        assert fast["n"].tolist() == [2, 3, 4, 5]
        layer.selectByIds([3, 5])
        value = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        fast, slow = _both(layer, value, names=["n"])
        assert fast.attrs["reader"] == "gdal"
        _same(fast, slow)
        # QGIS reports shapefile lines as MultiLineString: both paths promote the single lines
        assert fast["fid"].tolist() == [3, 5] and fast.geometry[0].geoms[0].coords[0] == (155003.0, 0.0)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_points_with_text_read_through_gdal_equal_the_qgis_loop(tmp_path):
    rows = [("p{}".format(i), i, i / 4, True, "POINT ({} {})".format(155000 + i, 385000 - i)) for i in range(4)]
    rows.append(("zonder", 4, 1.0, False, None))
    path = _write(str(tmp_path / "punten.gpkg"), "GPKG", ogr.wkbPoint, rows)
    fast, slow = _both(QgsVectorLayer(path, "p", "ogr"), path, names=["naam", "n", "w"])
    assert fast.attrs["reader"] == "gdal"
    _same(fast, slow)
    assert (fast.geometry[3].x, fast.geometry[3].y) == (155003.0, 384997.0) and fast.geometry[4] is None


def test_invalid_polygons_under_a_geometry_check_and_memory_layers_take_the_qgis_loop(tmp_path):
    bowtie = "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"  # self-intersecting: invalid for GEOS
    rows = [("goed", 1, 1.0, True, "POLYGON ((0 0, 1 0, 1 1, 0 0))"), ("vlinder", 2, 2.0, True, bowtie)]
    path = _write(str(tmp_path / "ongeldig.gpkg"), "GPKG", ogr.wkbPolygon, rows)
    layer = QgsVectorLayer(path, "ongeldig", "ogr")
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid)
    fast, slow = _both(layer, path, context)
    assert fast.attrs["reader"] == "qgis"  # QGIS skips the invalid feature: GDAL cannot do that, so it gives way
    assert fast["naam"].tolist() == ["goed"] and slow["naam"].tolist() == ["goed"]
    fast, slow = _both(layer, path, names=["naam", "n", "w"])  # no check: GDAL reads both, as the loop does
    assert fast.attrs["reader"] == "gdal" and fast["naam"].tolist() == ["goed", "vlinder"]
    _same(fast, slow)

    memory = layer.materialize(QgsFeatureRequest())
    fast, slow = _both(memory, memory)
    assert fast.attrs["reader"] == "qgis"
    _same(fast, slow)
    assert fast.geometry[1].wkt == bowtie


def test_unsaved_edits_are_read_through_qgis(tmp_path):
    path = _write(str(tmp_path / "bewerkt.gpkg"), "GPKG", ogr.wkbMultiPolygon, POLYGONS[:2])
    layer = QgsVectorLayer(path, "bewerkt", "ogr")
    layer.startEditing()
    layer.changeAttributeValue(1, layer.fields().lookupField("naam"), "Noord")
    fast, slow = _both(layer, layer)
    assert fast.attrs["reader"] == "qgis" and fast["naam"].tolist() == ["Noord", "Één"]
    layer.rollBack()


def test_point_table_is_the_frame_without_shapes_through_gdal_and_the_qgis_loop(tmp_path):
    from ral_zuid_plugin.adapters.vector_io import point_table_from_source

    rows = [("p{}".format(i), i, i / 4, True, "POINT ({} {})".format(155000 + i, 385000 - i)) for i in range(4)]
    rows.append(("zonder", 4, 1.0, False, None))
    path = _write(str(tmp_path / "punten.gpkg"), "GPKG", ogr.wkbPoint, rows)
    layer = QgsVectorLayer(path, "p", "ogr")
    memory = layer.materialize(QgsFeatureRequest())
    context = QgsProcessingContext()
    definition = QgsProcessingParameterFeatureSource("INPUT", "input")
    for value, reader in ((path, "gdal"), (memory, "qgis")):
        parameters = {"INPUT": value}
        source = QgsProcessingParameters.parameterAsSource(definition, parameters, context)
        origin = origin_of(parameters, "INPUT", context)
        frame = frame_from_source(source, context, field_names=["naam", "w"], **origin)
        table, xy = point_table_from_source(source, context, field_names=["naam", "w"], **origin)
        assert table.attrs["reader"] == reader
        assert table.equals(frame.drop(columns="geometry"))
        # by hand from the rows above: point i at (155000 + i, 385000 - i); the last feature has no geometry
        assert xy[:4].tolist() == [[155000.0 + i, 385000.0 - i] for i in range(4)]
        assert xy.shape == (5, 2) and all(math.isnan(v) for v in xy[4])
    polygons = _write(str(tmp_path / "vlakken.gpkg"), "GPKG", ogr.wkbPolygon, POLYGONS[1:2])
    source = QgsProcessingParameters.parameterAsSource(definition, {"INPUT": polygons}, context)
    assert point_table_from_source(source, context, field_names=[]) is None
