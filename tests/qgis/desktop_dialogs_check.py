"""Run inside the real QGIS desktop (``qgis --code``, nl_NL): open the RAL Zuid menu and dialogs, screenshot
each, report what the widgets show, quit. Report path: RALZUID_REPORT; screenshots go next to it."""

import json
import os

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale, QTimer
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTextBrowser,
)

REPORT = os.environ["RALZUID_REPORT"]
FOLDER = os.path.dirname(REPORT)
report = {"errors": []}


def _save(widget, name):
    widget.grab().save(os.path.join(FOLDER, name))


def _algorithm_dialog(algorithm_id):
    import processing

    dialog = processing.createAlgorithmDialog(algorithm_id, {})
    dialog.resize(1100, 860)
    dialog.show()
    QgsApplication.processEvents()
    return dialog


def _menu():
    window = qgis.utils.iface.mainWindow()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "RAL Zuid")
    report["menu"] = [
        {"text": a.text(), "tooltip": a.toolTip(), "has_icon": not a.icon().isNull(), "icon_key": a.icon().cacheKey()}
        for a in menu.actions()
        if a.text()
    ]
    toolbar = window.findChild(qgis.PyQt.QtWidgets.QToolBar, "mRalZuidToolBar")
    # the tooltips of the menu entries' actions on the toolbar (other toolbar buttons, e.g. the panel's, have their own)
    report["toolbar"] = (
        [a.toolTip() for a in toolbar.actions() if a.objectName() not in ("", "mRalZuid_panel")] if toolbar else []
    )
    menu.popup(window.mapToGlobal(window.rect().center()))
    QgsApplication.processEvents()
    _save(menu, "menu_nl.png")
    menu.hide()


def _planmap():
    dialog = _algorithm_dialog("ralzuid:planmap")
    groups = [g.title() for g in dialog.findChildren(QGroupBox)]
    combos = [c for c in dialog.findChildren(QComboBox) if c.findText("Eindhoven (GM0772)") >= 0]
    report["planmap"] = {
        "groups": groups,
        "municipality_items": combos[0].count() if combos else 0,
        "municipality_first": combos[0].itemText(0) if combos else "",
        "title": dialog.windowTitle(),
        "labels": [label.text() for label in dialog.findChildren(QLabel)],
    }
    _save(dialog, "dialog_planmap_nl.png")
    dialog.close()


def _sessions():
    dialog = _algorithm_dialog("ralzuid:sessionindicators")
    report["decimal_point"] = QLocale().decimalPoint()
    report["sessions_numbers"] = sorted({s.text() for s in dialog.findChildren(QDoubleSpinBox) if s.isVisible()})
    report["sessions_integers"] = sorted(
        {s.text() for s in dialog.findChildren(QSpinBox) if s.isVisible() and type(s).__name__ != "QDoubleSpinBox"}
    )
    report["sessions_checkboxes"] = [c.text() for c in dialog.findChildren(QCheckBox) if c.isVisible()]
    report["sessions_labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    browsers = [b.toPlainText() for b in dialog.findChildren(QTextBrowser)]
    report["sessions_help"] = browsers[0] if browsers else ""
    _save(dialog, "dialog_sessionindicators_nl.png")
    # scrolled down to the peak threshold and the months to leave out: whole numbers and Dutch month names
    january = next((c for c in dialog.findChildren(QCheckBox) if c.text() == "januari"), None)
    area = january
    while area is not None and not isinstance(area, qgis.PyQt.QtWidgets.QScrollArea):
        area = area.parentWidget()  # the parameters' scroll area that holds the tick boxes
    if january is not None and area is not None:
        area.ensureWidgetVisible(january, 50, 330)
        QgsApplication.processEvents()
    _save(dialog, "dialog_sessionindicators_months_nl.png")
    dialog.close()


def _prognosis():
    dialog = _algorithm_dialog("ralzuid:prognosedpressure")
    report["prognosis_numbers"] = sorted({s.text() for s in dialog.findChildren(QDoubleSpinBox) if s.isVisible()})
    report["prognosis_strings"] = [e.text() for e in dialog.findChildren(qgis.PyQt.QtWidgets.QLineEdit)]
    _save(dialog, "dialog_prognosedpressure_nl.png")
    dialog.close()


def _review_inbox():
    from qgis.gui import QgsCheckableComboBox, QgsDateEdit

    dialog = _algorithm_dialog("ralzuid:reviewinbox")
    lists = dialog.findChildren(QgsCheckableComboBox)
    gemeenten = next((c for c in lists if c.count() == 87), None)
    report["inbox_gemeenten"] = [gemeenten.count(), gemeenten.itemText(0), gemeenten.defaultText()] if gemeenten else []
    report["inbox_dates"] = [d.text() for d in dialog.findChildren(QgsDateEdit) if d.isVisible()]
    report["inbox_labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    _save(dialog, "dialog_reviewinbox_nl.png")
    dialog.close()


def _submission():
    from ral_zuid_plugin.gui.submission_dialog import SubmissionDialog

    dialog = SubmissionDialog(qgis.utils.iface, qgis.utils.iface.mainWindow())
    dialog.show()
    QgsApplication.processEvents()
    box = dialog.findChild(QDialogButtonBox)
    report["submission_buttons"] = [b.text().replace("&", "") for b in box.buttons()] if box else []
    combo = dialog.municipality_combo
    report["submission_gemeenten"] = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findText("Eindhoven (GM0772)"))
    report["submission_contact"] = [dialog.contact().gemeentecode, dialog.contact().gemeentenaam]
    dialog.check()  # no candidates layer: the message names what is missing in Dutch
    report["submission_check"] = dialog.validation_text.toPlainText()
    report["submission_labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    _save(dialog, "dialog_submission_nl.png")
    dialog.close()


def _rules():
    from ral_zuid_plugin.gui.rules_dialog import RulesDialog

    dialog = RulesDialog(qgis.utils.iface.mainWindow())
    dialog.show()
    QgsApplication.processEvents()
    report["rules_header"] = dialog.path_label.text()
    report["rules_labels"] = [label.text() for label in dialog.findChildren(QLabel)]
    _save(dialog, "dialog_rules_nl.png")
    dialog.close()


def _check():
    for step in (_menu, _planmap, _sessions, _prognosis, _review_inbox, _submission, _rules):
        try:
            step()
        except Exception as error:  # noqa: BLE001 (report and go on: the test shows which step failed)
            report["errors"].append("{}: {!r}".format(step.__name__, error))
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    QgsApplication.exit(0)


QTimer.singleShot(2000, _check)
