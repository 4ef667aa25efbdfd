"""RAL Zuid: plan public EV charging in Noord-Brabant and Limburg (QGIS plugin)."""

from __future__ import annotations


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Entry point QGIS calls when it loads the plugin."""
    from ral_zuid_plugin.plugin import RalZuidPlugin

    return RalZuidPlugin(iface)
