"""A clear message for a layer with mixed geometry types (issue 11, point 9)."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException


def write_geojson(path, features, crs=None) -> str:
    collection = {"type": "FeatureCollection", "features": features}
    if crs:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(collection))
    return str(path)


def point(x, y, **properties):
    return {"type": "Feature", "properties": properties, "geometry": {"type": "Point", "coordinates": [x, y]}}


def square(x, y, size=100.0):
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Feature", "properties": {"sessies_per_dag": 1.0},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip


def test_a_layer_mixing_points_and_polygons_is_named_as_such(run_algorithm, tmp_path):
    layer = write_geojson(
        tmp_path / "gemengd.geojson",
        [
            point(155000, 385000, sessies_per_dag=2.0),
            point(155100, 385000, sessies_per_dag=3.0),
            square(155000, 385500),
        ],
        "urn:ogc:def:crs:EPSG::28992",
    )
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:chargingpressure", {"INPUT": layer, "OUTPUT": str(tmp_path / "druk.tif")})
    message = str(raised.value)
    # by hand: the file holds two points and one polygon
    assert "the layer mixes geometry types (points: 2, polygons: 1); give a layer with points only" in message
    assert "has no point geometries" not in message
