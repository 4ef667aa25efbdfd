"""Loading and unloading the plugin through ``classFactory``, twice in a row, leaves nothing behind."""

from __future__ import annotations

import gc

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import ral_zuid_plugin
from ral_zuid_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def _menu_titles(iface) -> list[str]:
    return [a.text() for a in iface.mainWindow().menuBar().actions() if a.isVisible()]


def _visible_toolbars(iface) -> list[QToolBar]:
    return [t for t in iface.mainWindow().findChildren(QToolBar, TOOLBAR_OBJECT_NAME) if t.parent() is not None]


def test_load_and_unload_twice_leaves_nothing_behind(qgis_iface, qgis_processing):
    # Free earlier tests' garbage (e.g. tracebacks of failed runs holding algorithm wrappers) while the provider that
    # owns their C++ side still exists; collected later, during the unload below, they aborted the interpreter.
    gc.collect()
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("ralzuid")
    if existing is not None:  # registered by another test module's fixture
        registry.removeProvider(existing)
    for _round in range(2):
        plugin = ral_zuid_plugin.classFactory(qgis_iface)
        plugin.initGui()

        assert "RAL Zuid" in _menu_titles(qgis_iface)
        menu = qgis_iface.mainWindow().findChild(QMenu, MENU_OBJECT_NAME)
        assert menu is not None and len(menu.actions()) >= 2
        assert len(_visible_toolbars(qgis_iface)) == 1
        provider = registry.providerById("ralzuid")
        assert provider is not None
        assert provider.name() == "RAL Zuid"
        assert registry.algorithmById("ralzuid:regionmunicipalities") is not None
        algorithm = registry.algorithmById("ralzuid:regionmunicipalities")
        assert algorithm.groupId() == "reference"

        plugin.unload()
        QgsApplication.processEvents()

        assert "RAL Zuid" not in _menu_titles(qgis_iface)
        assert registry.providerById("ralzuid") is None
        assert registry.algorithmById("ralzuid:regionmunicipalities") is None
        assert _visible_toolbars(qgis_iface) == []
        assert plugin.actions == []


def test_translator_follows_locale_and_is_removed_on_unload(qgis_iface):
    from qgis.PyQt.QtCore import QCoreApplication

    from ral_zuid_plugin.adapters.translation import PluginTranslator
    from ral_zuid_plugin.core.i18n import tr

    translator = PluginTranslator()
    assert translator.install("nl") == "nl"
    assert tr("Charging sessions") == "Laadsessies"
    assert QCoreApplication.translate("@default", "Plan maps") == "Plankaarten"
    translator.remove()
    assert tr("Charging sessions") == "Charging sessions"
    assert QCoreApplication.translate("@default", "Plan maps") == "Plan maps"

    assert translator.install("en") == "en"
    assert tr("Charging sessions") == "Charging sessions"
    translator.remove()


def test_missing_python_packages_are_reported_once_at_start(qgis_iface, qgis_processing, monkeypatch):
    from qgis.core import Qgis

    import ral_zuid_plugin.plugin as plugin_module

    monkeypatch.setattr(plugin_module, "missing_packages", lambda: ["jsonschema", "openpyxl"])
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    before = len(warnings)
    plugin = ral_zuid_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        new = warnings[before:]
        assert len(new) == 1
        assert new[0].startswith("RAL Zuid:RAL Zuid needs the Python packages jsonschema, openpyxl;")
    finally:
        plugin.unload()
