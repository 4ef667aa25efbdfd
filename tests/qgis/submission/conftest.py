"""Fixtures for the QGIS submission tests: a temporary profile, pygeoapi, and the candidate fixture layer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings, QgsVectorLayer

from tests.qgis.submission.servers import PygeoapiServer

DATA = Path(__file__).resolve().parents[2] / "data" / "submission"
SETTINGS_GROUPS = ("ral_zuid/submission", "proxy")
CONTACT = {
    "GEMEENTECODE": "GM0772",
    "GEMEENTENAAM": "Eindhoven",
    "CONTACT_NAAM": "J. Jansen",
    "CONTACT_EMAIL": "j.jansen@eindhoven.example.nl",
    "CONTACT_TELEFOON": "040-1234567",
    "AFDELING": "Mobiliteit",
}


@pytest.fixture(scope="session")
def pygeoapi_server(tmp_path_factory):
    server = PygeoapiServer(tmp_path_factory.mktemp("pygeoapi"))
    yield server
    server.stop()


@pytest.fixture()
def server(pygeoapi_server):
    """The pygeoapi server with an empty collection."""
    pygeoapi_server.data.write_text('{"_default": {}}')
    return pygeoapi_server


@pytest.fixture()
def profile(tmp_path, monkeypatch):
    """A temporary QGIS profile folder for the outbox; submission and proxy settings restored afterwards."""
    from ral_zuid_plugin.adapters import submission_settings

    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setattr(submission_settings, "profile_dir", lambda: folder)
    settings = QgsSettings()
    saved = {}
    for group in SETTINGS_GROUPS:
        settings.beginGroup(group)
        saved.update({f"{group}/{key}": settings.value(key) for key in settings.allKeys()})
        settings.endGroup()
        settings.remove(group)
    yield folder
    for group in SETTINGS_GROUPS:
        settings.remove(group)
    for key, value in saved.items():
        settings.setValue(key, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


@pytest.fixture()
def candidates_layer(tmp_path, ralzuid_provider):
    """A writable copy of the screening-output fixture (GeoPackage)."""
    import processing

    target = tmp_path / "kandidaten.gpkg"
    processing.run("native:savefeatures", {"INPUT": str(DATA / "kandidaten_gescreend.geojson"), "OUTPUT": str(target)})
    layer = QgsVectorLayer(str(target), "kandidaten", "ogr")
    assert layer.isValid() and layer.featureCount() == 3
    return layer


@pytest.fixture()
def reports(tmp_path):
    folder = tmp_path / "rapporten"
    shutil.copytree(DATA / "rapporten", folder)
    return folder
