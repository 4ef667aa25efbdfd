"""Run inside the real QGIS desktop (``qgis --code``): check the plugin from inside, write a report, quit.

The report path comes from the environment variable RALZUID_REPORT; a screenshot of the main
window goes next to it.
"""

import json
import os

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer

REPORT = os.environ["RALZUID_REPORT"]


def _check():
    window = qgis.utils.iface.mainWindow()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    ralzuid_menu = next((a.menu() for a in window.menuBar().actions() if a.text() == "RAL Zuid"), None)
    report = {
        "plugin_loaded": "ral_zuid_plugin" in qgis.utils.plugins,
        "plugin_active": "ral_zuid_plugin" in qgis.utils.active_plugins,
        "menus": menus,
        "menu_actions": [a.text() for a in ralzuid_menu.actions() if a.text()] if ralzuid_menu else [],
        "provider": QgsApplication.processingRegistry().providerById("ralzuid") is not None,
        "algorithms": [
            a.id() for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "ralzuid"
        ],
    }
    window.grab().save(os.path.join(os.path.dirname(REPORT), "qgis_desktop.png"))
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    QgsApplication.exit(0)


QTimer.singleShot(1500, _check)
