"""The packaged zip: its contents, and qgis_process loading it from a fresh profile."""

from __future__ import annotations

import configparser
import zipfile

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.packaged_plugin import PLUGIN, build_package, install_into_fresh_profile, qgis_process


@pytest.fixture(scope="module")
def package_zip():
    return build_package()


def test_zip_has_one_top_folder_with_code_assets_and_compiled_translations(package_zip):
    names = zipfile.ZipFile(package_zip).namelist()
    assert {name.split("/")[0] for name in names} == {PLUGIN}
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "i18n/ral_zuid_nl.qm",
        "resources/icons/ral_zuid.svg",
        "resources/reference/nl_admin_boundaries/gemeenten_2023_nb_limburg.geojson",
        "processing/help/nl/regionmunicipalities.html",
        "processing/help/en/regionmunicipalities.html",
    ):
        assert "{}/{}".format(PLUGIN, required) in names, required
    forbidden = [n for n in names if n.endswith((".ts", ".pyc")) or "__pycache__" in n or "/tests/" in n]
    assert forbidden == []
    assert not any(n.startswith(PLUGIN + "/processing/__init__") for n in names)
    metadata = configparser.ConfigParser()
    metadata.read_string(zipfile.ZipFile(package_zip).read(PLUGIN + "/metadata.txt").decode("utf-8"))
    assert package_zip.name == "{}-{}.zip".format(PLUGIN, metadata["general"]["version"])


def test_qgis_process_loads_the_installed_zip_and_runs_the_algorithm(package_zip, tmp_path):
    config_root = tmp_path / "qgis-config"
    install_into_fresh_profile(package_zip, config_root)

    listing = qgis_process(config_root, "list")
    assert listing.returncode == 0, listing.stderr
    assert "RAL Zuid" in listing.stdout
    assert "ralzuid:regionmunicipalities" in listing.stdout

    output = tmp_path / "gemeenten.gpkg"
    run = qgis_process(config_root, "run", "ralzuid:regionmunicipalities", "--", "OUTPUT={}".format(output))
    assert run.returncode == 0, run.stdout + run.stderr
    layer = QgsVectorLayer(str(output), "gemeenten", "ogr")
    assert layer.featureCount() == 87
    assert sorted({f["provincienaam"] for f in layer.getFeatures()}) == ["Limburg", "Noord-Brabant"]


def test_qgis_process_under_dutch_locale_shows_dutch_names(package_zip, tmp_path):
    config_root = tmp_path / "qgis-config-nl"
    install_into_fresh_profile(package_zip, config_root, locale="nl_NL")
    listing = qgis_process(config_root, "list")
    assert listing.returncode == 0, listing.stderr
    assert "ralzuid:regionmunicipalities\tGemeenten van de regio" in listing.stdout
