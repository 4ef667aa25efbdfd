"""Data frames to QGIS sinks and back: types, NULLs, CRS and the GeoPackage ``fid``."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from shapely.geometry import Point, Polygon

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.adapters.vector_io import frame_from_source, write_frame_to_sink
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm


class _Writer(RalZuidAlgorithm):
    NAME = "writerfortest"
    GROUP = groups.REFERENCE

    def display_name(self) -> str:
        return "writer"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out"))


def test_frame_round_trip_keeps_types_nulls_and_geometry(tmp_path):
    frame = gpd.GeoDataFrame(
        {
            "naam": ["a", None],
            "aantal": np.array([3, 4], dtype="int64"),
            "kwh": [1.5, np.nan],
            "snel": [True, False],
            "dag": [dt.date(2024, 3, 31), dt.date(2024, 10, 27)],
            "start": pd.to_datetime(["2024-03-31 01:30", "2024-10-27 02:30"]),
        },
        geometry=[Point(155000, 385000), Polygon([(0, 0), (10, 0), (10, 10)])],
        crs="EPSG:28992",
    )
    # Mixed single types are promoted: write only the points here, polygons below.
    points = frame.iloc[[0]].copy()
    algorithm = _Writer()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    output = str(tmp_path / "out.gpkg")
    dest = write_frame_to_sink(algorithm, points, {"OUTPUT": output}, "OUTPUT", context, QgsProcessingFeedback())
    del context  # closes the sink
    layer = QgsVectorLayer(dest, "out", "ogr")
    assert layer.featureCount() == 1 and layer.crs().authid() == "EPSG:28992"
    types = {f.name(): f.type() for f in layer.fields()}
    assert types["aantal"] in (field_type("LongLong"), field_type("Int"))
    assert types["kwh"] == field_type("Double")
    assert types["dag"] == field_type("Date")
    assert types["start"] == field_type("DateTime")

    back = frame_from_source(layer, QgsProcessingContext())
    assert list(back.columns).count("fid") == 1
    row = back.iloc[0]
    assert row["naam"] == "a" and row["aantal"] == 3 and row["kwh"] == 1.5 and bool(row["snel"]) is True
    assert row["dag"] == dt.date(2024, 3, 31)
    assert row["start"] == dt.datetime(2024, 3, 31, 1, 30)
    assert (row.geometry.x, row.geometry.y) == (155000, 385000)


def test_null_values_and_reprojection_on_reading(tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "wgs", "memory")
    layer.dataProvider().addAttributes([QgsField("waarde", field_type("Double"))])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.4775, 51.4416)))  # Eindhoven, Catharinakerk
    feature.setAttributes([None])
    layer.dataProvider().addFeature(feature)
    path = str(tmp_path / "wgs.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, QgsProcessingContext().transformContext(), options)
    frame = frame_from_source(QgsVectorLayer(path, "wgs", "ogr"), QgsProcessingContext())
    assert frame["waarde"].isna().all()
    # Second method: pyproj outside QGIS (both use PROJ, but not the same code path); 1 m agreement.
    from pyproj import Transformer

    x, y = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True).transform(5.4775, 51.4416)
    assert 160_000 < x < 163_000 and 382_000 < y < 385_000  # Eindhoven centre, roughly
    assert abs(frame.geometry.x.iloc[0] - x) < 1.0
    assert abs(frame.geometry.y.iloc[0] - y) < 1.0


def test_points_without_geometry_stay_empty_and_an_unknown_field_is_named():
    import pytest

    from ral_zuid_plugin.core.errors import RalZuidError

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string", "p", "memory")
    located = QgsFeature(layer.fields())
    located.setAttributes(["a"])
    located.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(155000.5, 385000.25)))
    unlocated = QgsFeature(layer.fields())
    unlocated.setAttributes(["b"])
    layer.dataProvider().addFeatures([located, unlocated])
    frame = frame_from_source(layer, QgsProcessingContext())
    assert list(frame["naam"]) == ["a", "b"]
    assert (frame.geometry.iloc[0].x, frame.geometry.iloc[0].y) == (155000.5, 385000.25)
    assert frame.geometry.iloc[1] is None
    with pytest.raises(RalZuidError, match="no field 'bestaat_niet'"):
        frame_from_source(layer, QgsProcessingContext(), field_names=["naam", "bestaat_niet"])
