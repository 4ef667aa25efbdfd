"""Small pure pieces of the foundation: i18n hook, located errors, metadata, resources."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from ral_zuid_plugin.__about__ import plugin_name, plugin_version
from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.resources import processing_asset_path, resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_tr_is_identity_without_translator_and_uses_the_installed_one():
    assert i18n.tr("Charging sessions") == "Charging sessions"
    i18n.set_translator(lambda text: {"row {row}": "rij {row}"}.get(text, text), "nl")
    try:
        assert i18n.tr("row {row}").format(row=3) == "rij 3"
        assert i18n.language() == "nl"
    finally:
        i18n.set_translator(None)
    assert i18n.language() == "en"


def test_input_error_names_file_row_and_column():
    error = InputDataError("the value 'abc' is not a number", path="/data/sessies.csv", row=12, column="kWh")
    assert str(error) == "file sessies.csv, row 12, column 'kWh': the value 'abc' is not a number"
    assert InputDataError("empty").message == "empty"


def test_metadata_has_every_field_plugins_qgis_org_requires():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for field in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository"):
        assert general.get(field, "").strip(), field
    for field in ("tracker", "homepage", "tags", "icon", "category"):
        assert general.get(field, "").strip(), field
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"].startswith("3.")
    assert general["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert (ROOT / general["icon"]).is_file()
    assert plugin_name() == "RAL Zuid"
    assert plugin_version() == general["version"]


def test_resources_resolve_in_the_source_tree():
    assert resource_path("icons", "ral_zuid.svg").is_file()
    assert processing_asset_path("help", "nl", "regionmunicipalities.html").is_file()


def test_processing_folder_is_not_a_python_package():
    assert not (ROOT / "processing" / "__init__.py").exists()


def test_core_never_imports_qgis_or_qt():
    offenders = []
    for path in (ROOT / "ral_zuid_plugin" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(from|import)\s+(qgis|PyQt5|PyQt6)\b", text, re.MULTILINE):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
