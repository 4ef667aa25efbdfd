"""A small dialog to inspect a snellaadvisie rule file: criteria, thresholds, weights and sources."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QTextOption
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.report import rules_overview_html
from ral_zuid_plugin.core.screening.rules import load_rules, localized


def rules_header(rules) -> str:
    """What the user needs to know which rules are shown: title, file name and version (no install path)."""
    return tr("{title} – {name}, version {version}").format(
        title=localized(rules.title), name=Path(rules.path).name, version=rules.version
    )


class RulesDialog(QDialog):
    """Shows the bundled rule file, or another one the user picks; a broken file shows its error, never a crash."""

    def __init__(self, parent=None, path: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Fast-charge screening rules"))
        self.resize(980, 720)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        # Qt's default also breaks inside a word (verzorgingsplaat|s_rws) when a table column is narrow; break only
        # between words, so identifiers stay whole and the table makes their column wide enough
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        choose = QPushButton(tr("Other rule file…"))
        choose.clicked.connect(self.choose_file)
        bundled = QPushButton(tr("Bundled rules"))
        bundled.clicked.connect(lambda: self.show_rules(None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(choose)
        row.addWidget(bundled)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.rules = None
        self.show_rules(path)

    def show_rules(self, path: str | None) -> None:
        try:
            self.rules = load_rules(path or None)
        except RalZuidError as error:
            self.rules = None
            self.path_label.setText(Path(path).name if path else "")
            self.browser.setPlainText(tr("This rule file cannot be used: {error}").format(error=error.message))
            return
        self.path_label.setText(rules_header(self.rules))
        self.browser.setHtml(rules_overview_html(self.rules))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a rule file"), "", tr("Rule files (*.json)"))
        if path:
            self.show_rules(path)


def show_rules_dialog(iface) -> None:
    """Open the dialog over the QGIS main window (menu handler)."""
    dialog = RulesDialog(iface.mainWindow() if iface is not None else None)
    dialog.exec()
