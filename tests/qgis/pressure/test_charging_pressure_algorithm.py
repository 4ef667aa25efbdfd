"""``ralzuid:chargingpressure`` end to end: GeoTIFF contents, values worked out by hand, bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.adapters.raster_io import read_band

X0, Y0 = 155_012.5, 385_012.5  # a cell centre in Eindhoven (RD New)


def point_layer(rows, crs="EPSG:28992", fields=("aansluituren_per_dag", "sessies_per_dag"), kind="Double"):
    layer = QgsVectorLayer("Point?crs={}".format(crs), "laadpunten", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, field_type(kind)) for name in fields])
    layer.updateFields()
    for x, y, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(list(values))
        provider.addFeature(feature)
    return layer


def test_writes_compressed_float32_bands_with_units_and_hand_checked_values(run_algorithm, tmp_path):
    # A and B 100 m apart (demand 10 and 20 hours/day), C 1 km east (6 hours/day); sessions 4, 6, 2 per day
    layer = point_layer([(X0, Y0, 10.0, 4.0), (X0 + 100, Y0, 20.0, 6.0), (X0 + 1000, Y0, 6.0, 2.0)])
    out = tmp_path / "laaddruk.tif"
    result = run_algorithm(
        "ralzuid:chargingpressure",
        {"INPUT": layer, "DENSITY_FIELDS": ["sessies_per_dag"], "RADIUS": 200.0, "OUTPUT": str(out)},
    )
    assert result["OUTPUT"] == str(out)
    # bands: laaddruk first, then the count of public points, then the densities
    sessions, info = read_band(out, 3)
    assert info["bands"] == 3 and info["dtype"] == "Float32" and info["compression"] == "DEFLATE"
    assert info["unit"] == "sessies_per_dag per km²"
    assert info["geotransform"][0] % 100 == 0 and info["geotransform"][3] % 100 == 0
    # mass: 4 + 6 + 2 = 12 sessions per day; a 25 m cell is 1/1600 km²
    assert np.nansum(sessions) / 1600 == pytest.approx(12.0, rel=1e-5)
    pressure, pinfo = read_band(out, 1)
    assert "per public laadpunt" in pinfo["unit"]
    x_min, cell, _, y_max, _, _ = info["geotransform"]

    def at(x, y, band):
        return band[int((y_max - y) // cell), int((x - x_min) // cell)]

    # by hand: near A and B (30 hours / 2 points) = 15; near C 6 / 1; 550 m east of A nothing within 250 m
    assert at(X0, Y0, pressure) == pytest.approx(15.0)
    assert at(X0 + 1000, Y0, pressure) == pytest.approx(6.0)
    assert math.isnan(at(X0 + 550, Y0, pressure))
    # a colour style was written beside the raster
    assert (tmp_path / "laaddruk.qml").read_text().count('band="1"') == 1


def test_reprojects_other_crs_to_rd_new(run_algorithm, tmp_path):
    # the same point given in WGS84 (RD 155012.5, 385012.5 is 5.387381 E, 51.454193 N by pyproj)
    layer = point_layer([(5.387381, 51.454193, 10.0, 3.0)], crs="EPSG:4326")
    out = tmp_path / "wgs.tif"
    run_algorithm("ralzuid:chargingpressure", {"INPUT": layer, "RADIUS": 100.0, "OUTPUT": str(out)})
    sessions, info = read_band(out, 3)  # laaddruk, public points, sessies_per_dag, ...
    assert np.nansum(sessions) / 1600 == pytest.approx(3.0, rel=1e-5)
    x_min, cell, _, y_max, _, _ = info["geotransform"]
    # all the mass sits in the cell of RD (155012.5, 385012.5) and its kernel around it: peak in that cell
    row, col = np.unravel_index(np.nanargmax(sessions), sessions.shape)
    assert (x_min + (col + 0.5) * cell, y_max - (row + 0.5) * cell) == (155_012.5, 385_012.5)


def test_negative_weight_gives_row_and_column_and_no_raster(run_algorithm, tmp_path):
    layer = point_layer([(X0, Y0, 10.0, 4.0), (X0 + 50, Y0, -2.0, 1.0)])
    out = tmp_path / "bad.tif"
    with pytest.raises(QgsProcessingException, match=r"row 2, column 'aansluituren_per_dag'.*negative"):
        run_algorithm("ralzuid:chargingpressure", {"INPUT": layer, "OUTPUT": str(out)})
    assert not out.exists()
    assert not list(tmp_path.glob("*.tif"))


def test_empty_layer_and_grid_too_large_are_refused(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="no features"):
        run_algorithm("ralzuid:chargingpressure", {"INPUT": point_layer([]), "OUTPUT": str(tmp_path / "e.tif")})
    # points at both ends of the region with 1 m cells and a 64 MB budget
    layer = point_layer([(75_000, 310_000, 1.0, 1.0), (210_000, 425_000, 1.0, 1.0)])
    with pytest.raises(QgsProcessingException, match="MB"):
        run_algorithm(
            "ralzuid:chargingpressure",
            {"INPUT": layer, "CELL_SIZE": 1, "MEMORY_BUDGET": 64, "OUTPUT": str(tmp_path / "big.tif")},
        )
    assert not list(tmp_path.glob("*.tif"))


def test_per_area_table_per_municipality(run_algorithm, tmp_path):
    layer = point_layer([(X0, Y0, 10.0, 4.0), (X0 + 100, Y0, 20.0, 6.0), (X0 + 1000, Y0, 6.0, 2.0)])
    result = run_algorithm(
        "ralzuid:chargingpressure",
        {
            "INPUT": layer,
            "DENSITY_FIELDS": ["sessies_per_dag"],
            "OUTPUT": str(tmp_path / "p.tif"),
            "OUTPUT_AREAS": str(tmp_path / "per_gemeente.gpkg"),
        },
    )
    table = QgsVectorLayer(result["OUTPUT_AREAS"], "t", "ogr")
    rows = [{f.name(): feature[f.name()] for f in table.fields()} for feature in table.getFeatures()]
    # all three points lie in Eindhoven: 3 laadpunten, 4 + 6 + 2 = 12 sessions per day,
    # laaddruk at the points 15, 15 and 6 (see above): mean 12, max 15
    assert len(rows) == 1 and rows[0]["gemeentecode"] == "GM0772"
    assert (rows[0]["laadpunten"], rows[0]["sessies_per_dag"]) == (3, pytest.approx(12.0))
    assert (rows[0]["laaddruk_gem"], rows[0]["laaddruk_max"]) == (pytest.approx(12.0), pytest.approx(15.0))


def test_polygon_layer_is_refused(run_algorithm, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "vlakken", "memory")
    layer.dataProvider().addAttributes([QgsField("sessies_per_dag", field_type("Double"))])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((155000 385000, 155100 385000, 155100 385100, 155000 385000))"))
    feature.setAttributes([1.0])
    layer.dataProvider().addFeature(feature)
    with pytest.raises(QgsProcessingException):
        run_algorithm("ralzuid:chargingpressure", {"INPUT": layer, "OUTPUT": str(tmp_path / "v.tif")})
    assert not list(tmp_path.glob("*.tif"))
