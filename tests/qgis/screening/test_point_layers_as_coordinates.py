"""Issue 13 ("10,000 candidates stay <= 5 s"): point reference layers are read as x, y arrays, never as shapely
points. The screening output must be the one the shapely path gives (the second method: the same run with the
point layers read as shapely points, the way before), and the measured values the ones worked out by hand."""

from __future__ import annotations

import math
from pathlib import Path

from osgeo import ogr, osr
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ral_zuid_plugin.processing_provider.fastcharging import fast_charge_screening

ROOT = Path(__file__).resolve().parents[3]
CANDIDATES = ROOT / "sample_data" / "screening" / "kandidaten_eindhoven.geojson"


def _points(path: str, rows: list[tuple], field: str = "") -> str:
    """A GeoPackage of points in RD New; rows are (x, y, value) with x None for a feature without geometry."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    data = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = data.CreateLayer(Path(path).stem, srs, ogr.wkbPoint)
    if field:
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTReal))
    for x, y, value in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if field and value is not None:
            feature.SetField(field, value)
        if x is not None:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    data = None
    return path


def _output(path: str) -> tuple[list[str], dict[str, tuple]]:
    layer = QgsVectorLayer(path, "uit", "ogr")
    assert layer.isValid()
    names = [name for name in layer.fields().names() if name != "fid"]
    rows = {
        feature["kandidaat_id"]: (tuple(feature[name] for name in names), feature.geometry().asWkb().data())
        for feature in layer.getFeatures(QgsFeatureRequest())
    }
    return names, rows


def test_point_layers_read_as_coordinates_give_the_shapely_paths_output(run_algorithm, tmp_path, monkeypatch):
    candidates = str(tmp_path / "kandidaten.gpkg")
    run_algorithm("native:reprojectlayer", {"INPUT": str(CANDIDATES), "TARGET_CRS": "EPSG:28992", "OUTPUT": candidates})
    where = {f["kandidaat_id"]: f.geometry().asPoint() for f in QgsVectorLayer(candidates, "k", "ogr").getFeatures()}
    x3, y3 = where["EHV03"].x(), where["EHV03"].y()  # personenauto
    x2, y2 = where["EHV02"].x(), where["EHV02"].y()  # bestelbus, vrachtwagen
    x5, y5 = where["EHV05"].x(), where["EHV05"].y()  # taxi
    parameters = {
        "CANDIDATES": candidates,
        # EHV03 + (180, 240): 300 m by Pythagoras (3-4-5); a feature without geometry is left out
        "EXISTING_FAST": _points(str(tmp_path / "snel.gpkg"), [(x3 + 180, y3 + 240, None), (None, None, None)]),
        "SUBSTATIONS": _points(str(tmp_path / "onderstations.gpkg"), [(x3, y3 - 500, None)]),  # 500 m
        # within 1000 m of EHV03: 2 (100 m) + 3 (900 m) = 5; the 7 lies at 1100 m
        "DEMAND": _points(
            str(tmp_path / "vraag.gpkg"), [(x3 + 100, y3, 2.0), (x3, y3 + 900, 3.0), (x3, y3 + 1100, 7.0)], "w"
        ),
        "DEMAND_FIELD": "w",
        # highest within 500 m of EHV03: 20,000 (at 450 m); 50,000 lies at 600 m
        "TRAFFIC": _points(
            str(tmp_path / "verkeer.gpkg"),
            [(x3 + 300, y3, 12000.0), (x3, y3 + 450, 20000.0), (x3, y3 + 600, 50000.0)],
            "intensiteit",
        ),
        "TRAFFIC_FIELD": "intensiteit",
        # within 1500 m of EHV05: the ones at 1000 m and 1499 m, not the one at 1501 m
        "TAXI_RANKS": _points(
            str(tmp_path / "taxi.gpkg"), [(x5 + 1000, y5, None), (x5, y5 - 1499, None), (x5, y5 + 1501, None)]
        ),
        # within 2000 m of EHV02: the ones at 500 m and 1999 m, not the one at 2001 m
        "LOGISTICS": _points(
            str(tmp_path / "logistiek.gpkg"), [(x2 - 500, y2, None), (x2, y2 - 1999, None), (x2, y2 + 2001, None)]
        ),
    }
    fast = run_algorithm("ralzuid:fastchargescreening", {**parameters, "OUTPUT": str(tmp_path / "xy.gpkg")})
    names, rows = _output(fast["OUTPUT"])
    column = {name: names.index(name) for name in names}

    def value(candidate: str, criterion: str) -> float:
        return rows[candidate][0][column[criterion + "_waarde"]]

    assert math.isclose(value("EHV03", "afstand_snellaad"), 300.0, abs_tol=0.05)
    assert math.isclose(value("EHV03", "afstand_onderstation"), 500.0, abs_tol=0.05)
    assert value("EHV03", "vraag_nabij") == 5.0
    assert value("EHV03", "verkeersintensiteit") == 20000.0
    assert value("EHV05", "taxi_standplaats") == 2.0
    assert value("EHV02", "logistiek_nabij") == 2.0

    # The second method: the same run with every point layer read as shapely points (the path before this change).
    monkeypatch.setattr(fast_charge_screening, "point_table_from_source", lambda *args, **kwargs: None)
    slow = run_algorithm("ralzuid:fastchargescreening", {**parameters, "OUTPUT": str(tmp_path / "shapely.gpkg")})
    slow_names, slow_rows = _output(slow["OUTPUT"])
    assert slow_names == names and sorted(slow_rows) == sorted(rows) and len(rows) == 8
    for candidate, (values, shape) in rows.items():
        differences = [(n, a, b) for n, a, b in zip(names, values, slow_rows[candidate][0]) if a != b]
        assert differences == [] and shape == slow_rows[candidate][1]
