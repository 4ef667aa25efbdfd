"""``ralzuid:regionmunicipalities`` through Processing, as a model or qgis_process would run it."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def test_writes_the_87_municipalities_as_geopackage_in_rd_new(run_algorithm, tmp_path):
    output = str(tmp_path / "gemeenten.gpkg")
    result = run_algorithm("ralzuid:regionmunicipalities", {"OUTPUT": output})
    layer = QgsVectorLayer(result["OUTPUT"], "gemeenten", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:28992"
    assert layer.featureCount() == 87
    provinces = [f["provincienaam"] for f in layer.getFeatures()]
    assert provinces.count("Noord-Brabant") == 56
    assert provinces.count("Limburg") == 31
    codes = {f["gemeentecode"] for f in layer.getFeatures()}
    assert "GM0998" not in codes
    names = [field.name() for field in layer.fields()]
    for expected in ("gemeentecode", "gemeentenaam", "provincienaam", "huishoudens", "inwoners", "bron"):
        assert expected in names


def test_filter_on_one_gemeentecode(run_algorithm, tmp_path):
    output = str(tmp_path / "eindhoven.gpkg")
    result = run_algorithm("ralzuid:regionmunicipalities", {"GEMEENTECODE": "gm0772", "OUTPUT": output})
    layer = QgsVectorLayer(result["OUTPUT"], "eindhoven", "ogr")
    features = list(layer.getFeatures())
    assert len(features) == 1
    eindhoven = features[0]
    assert eindhoven["gemeentenaam"] == "Eindhoven"
    # CBS Kerncijfers 2023 (PROVENANCE.md of nl_admin_boundaries): 243,730 inhabitants.
    assert eindhoven["inwoners"] == 243730
    # Eindhoven's centre lies around RD x 161 km, y 383 km (Catharinakerk 161.4 / 383.2 km).
    centroid = eindhoven.geometry().centroid().asPoint()
    assert 155_000 < centroid.x() < 167_000
    assert 377_000 < centroid.y() < 389_000


def test_unknown_gemeentecode_is_a_clear_error_and_writes_nothing(run_algorithm, tmp_path):
    output = tmp_path / "none.gpkg"
    with pytest.raises(QgsProcessingException, match="GM0363 is not in Noord-Brabant or Limburg"):
        run_algorithm("ralzuid:regionmunicipalities", {"GEMEENTECODE": "GM0363", "OUTPUT": str(output)})
    assert not output.exists()
