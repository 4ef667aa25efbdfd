"""The plugin's icons: one SVG per capability in ``resources/icons/``, in one style.

An algorithm or menu entry named ``key`` shows ``resources/icons/<key>.svg``; an algorithm without an icon
of its own shows its group's icon, and only then the plugin icon.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

from ral_zuid_plugin.core.resources import resource_path

PLUGIN_ICON = "ral_zuid"

# group id (processing_provider.groups) -> the icon that stands for the whole capability
GROUP_ICONS = {
    "reference": "regionmunicipalities",
    "sessions": "sessionindicators",
    "pressure": "chargingpressure",
    "fastcharging": "fastchargescreening",
    "logistics": "zeslogistics",
    "submissions": "reviewstatus",
    "planmaps": "planmap",
    "expertisecentrum": "reviewinbox",
}


def icon_path(key: str, group: str = "") -> Path:
    """The SVG for ``key`` (an algorithm id or menu key), else its group's, else the plugin icon."""
    icons = resource_path("icons")
    for name in (key, GROUP_ICONS.get(group, ""), PLUGIN_ICON):
        path = icons / (name + ".svg")
        if name and path.is_file():
            return path
    return icons / (PLUGIN_ICON + ".svg")


def capability_icon(key: str, group: str = "") -> QIcon:
    return QIcon(str(icon_path(key, group)))


def plugin_icon() -> QIcon:
    return capability_icon(PLUGIN_ICON)
