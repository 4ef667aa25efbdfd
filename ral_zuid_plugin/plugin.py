"""The plugin object QGIS creates: menu, toolbar, Processing provider, translator, log."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu

from ral_zuid_plugin.adapters.message_log import install_log_bridge, log_message, remove_log_bridge
from ral_zuid_plugin.adapters.translation import PluginTranslator
from ral_zuid_plugin.core.dependencies import missing_packages
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.gui.menu_entries import MenuEntry, menu_entries
from ral_zuid_plugin.gui.outbox_watcher import OutboxWatcher
from ral_zuid_plugin.processing_provider.base import plugin_icon
from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

MENU_OBJECT_NAME = "mRalZuidMenu"
TOOLBAR_OBJECT_NAME = "mRalZuidToolBar"


class RalZuidPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = PluginTranslator()
        self.translator.install()
        self.log_handler = None
        self.provider: RalZuidProvider | None = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.outbox_watcher = None
        self.panel = None
        self.panel_action: QAction | None = None

    # --- QGIS plugin interface ------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802
        if self.provider is None:
            self.provider = RalZuidProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.log_handler = install_log_bridge()
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu("RAL Zuid", main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar("RAL Zuid")
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.panel_action = QAction(plugin_icon(), tr("RAL Zuid panel (workflow, address search, charts)"), main_window)
        self.panel_action.setObjectName("mRalZuid_panel")
        self.panel_action.setCheckable(True)
        self.panel_action.toggled.connect(self.show_panel)
        self.menu.addAction(self.panel_action)
        self.toolbar.addAction(self.panel_action)
        self.actions.append(self.panel_action)
        self.menu.addSeparator()
        for entry in menu_entries():
            action = QAction(plugin_icon(), entry.text(), main_window)
            action.setObjectName("mRalZuid_" + entry.key)
            action.triggered.connect(lambda _checked=False, e=entry: self.run_entry(e))
            self.menu.addAction(action)
            if entry.on_toolbar:
                self.toolbar.addAction(action)
            self.actions.append(action)
        self.menu.addSeparator()
        toolbox_action = QAction(plugin_icon(), tr("RAL Zuid algorithms in the Processing toolbox"), main_window)
        toolbox_action.setObjectName("mRalZuid_toolbox")
        toolbox_action.triggered.connect(self.show_toolbox)
        self.menu.addAction(toolbox_action)
        self.toolbar.addAction(toolbox_action)
        self.actions.append(toolbox_action)
        self.report_missing_packages()
        self.outbox_watcher = OutboxWatcher(self.iface)
        self.outbox_watcher.start()
        menu_bar = main_window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def unload(self) -> None:
        if self.panel is not None:
            self.panel.unload()
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.outbox_watcher is not None:
            self.outbox_watcher.stop()
            self.outbox_watcher = None
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_bridge(self.log_handler)
        self.log_handler = None
        self.translator.remove()

    def report_missing_packages(self) -> None:
        """Say once, at start-up, which Python packages are missing (their algorithms stay out)."""
        missing = missing_packages()
        if not missing:
            return
        message = tr(
            "RAL Zuid needs the Python packages {packages}; the algorithms that use them are not available. "
            "Install them with the OSGeo4W installer or your system's packages (Debian/Ubuntu: python3-<name>); "
            "do not let pip upgrade numpy in the Python of QGIS."
        ).format(packages=", ".join(missing))
        log_message(message, Qgis.MessageLevel.Warning)
        self.iface.messageBar().pushMessage("RAL Zuid", message, Qgis.MessageLevel.Warning, 15)

    # --- actions --------------------------------------------------------------------
    def run_entry(self, entry: MenuEntry) -> None:
        try:
            if entry.algorithm:
                import processing

                processing.execAlgorithmDialog(entry.algorithm, {})
            elif entry.handler is not None:
                entry.handler(self.iface)
        except Exception as error:  # noqa: BLE001 (GUI boundary: report, never crash QGIS)
            log_message(str(error), Qgis.MessageLevel.Critical)
            self.iface.messageBar().pushMessage("RAL Zuid", str(error), Qgis.MessageLevel.Critical, 10)

    def show_panel(self, visible: bool = True) -> None:
        """Show (made on first use) or hide the RAL Zuid dock panel."""
        if self.panel is None:
            if not visible:
                return
            from ral_zuid_plugin.gui.panel import RalZuidPanel

            self.panel = RalZuidPanel(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            self.panel.visibilityChanged.connect(self._panel_visibility)
        self.panel.setUserVisible(visible)

    def _panel_visibility(self, visible: bool) -> None:
        if self.panel_action is not None and self.panel_action.isChecked() != visible:
            self.panel_action.blockSignals(True)
            self.panel_action.setChecked(visible)
            self.panel_action.blockSignals(False)

    def show_toolbox(self) -> None:
        """Show the Processing toolbox filtered on our provider."""
        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        search_box = getattr(dock, "searchBox", None)
        if search_box is not None:
            search_box.setText("RAL Zuid")
