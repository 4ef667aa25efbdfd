"""A pick list of the 87 gemeenten by name for the GEMEENTECODE parameters; the CBS code is what is stored.

The parameter stays a string (``GM0772``), so ``qgis_process``, batch runs, models and scripts pass a code as
before; only the algorithm dialog shows names. Parameters opt in through
``processing_provider.widgets.municipality_parameter``.
The Processing framework imports this module only when it builds a dialog.
"""

from __future__ import annotations

import contextlib

from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper
from qgis.core import QgsProcessingParameterDefinition
from qgis.gui import QgsCheckableComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.reference.municipalities import municipality_choices, normalise_gemeentecode
from ral_zuid_plugin.gui.widget_labels import QgisLabelMixin


def municipality_combo(first: tuple[str, object], extra_choices=()) -> QComboBox:
    """The one pick list of the 87 gemeenten: "Eindhoven (GM0772)" with the CBS code as item data, after the
    ``first`` (label, data) entry and the ``extra_choices`` (label, code); used by the Processing parameters and
    the submission dialog."""
    combo = QComboBox()
    combo.addItem(first[0], first[1])
    for label, code in extra_choices:
        combo.addItem("{} ({})".format(label, code), code)
    for code, name in municipality_choices():
        combo.addItem("{} ({})".format(name, code), code)
    combo.setMaxVisibleItems(20)
    return combo


class MunicipalityWidgetWrapper(QgisLabelMixin, WidgetWrapper):
    """Combo box "Eindhoven (GM0772)" with the code as item data; batch and model dialogs may type a code."""

    def createWidget(self, empty_text: str = "", extra_choices=()):  # noqa: N802
        if self.parameterDefinition().flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            first = (empty_text or tr("All municipalities of the region"), "")
        else:
            # nothing chosen yet: the dialog reports the missing value instead of running for the first gemeente
            first = (tr("Choose a municipality…"), self.NOT_SET_OPTION)
        combo = municipality_combo(first, extra_choices)
        combo.setEditable(self.dialogType != DIALOG_STANDARD)
        combo.setToolTip(tr("The municipality; the CBS code in brackets is what the algorithm receives."))
        combo.currentIndexChanged.connect(lambda _index: self.widgetValueHasChanged.emit(self))
        return combo

    def setValue(self, value):  # noqa: N802
        text = "" if value is None else str(value).strip()
        with contextlib.suppress(RalZuidError):  # not a code: shown as typed (editable combos) or the first entry
            text = normalise_gemeentecode(text) if text else ""
        text = text.upper()  # codes are upper case: gm0772, pv30, regio
        self.setComboValue(text, self.widget)

    def value(self):
        value = self.comboValue(combobox=self.widget)
        if value is None:  # the "choose" entry
            return None
        return str(value).strip()


class MunicipalitiesWidgetWrapper(QgisLabelMixin, WidgetWrapper):
    """Several gemeenten ticked by name in one list, stored as their CBS codes ``GM0772,GM0935`` (nothing ticked:
    all); batch and model dialogs keep a text field for the codes."""

    def createWidget(self):  # noqa: N802
        if self.dialogType != DIALOG_STANDARD:
            edit = QLineEdit()
            edit.setPlaceholderText("GM0772, GM0935")
            return edit
        combo = QgsCheckableComboBox()
        for code, name in municipality_choices():
            combo.addItemWithCheckState("{} ({})".format(name, code), Qt.CheckState.Unchecked, code)
        combo.setDefaultText(tr("All municipalities of the region"))
        combo.setMaxVisibleItems(20)
        combo.setToolTip(tr("Tick the municipalities; their CBS codes are what the algorithm receives."))
        combo.checkedItemsChanged.connect(lambda _items: self.widgetValueHasChanged.emit(self))
        return combo

    def setValue(self, value):  # noqa: N802
        text = "" if value is None else str(value)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
            return
        codes = {part.strip().upper() for part in text.replace(";", ",").split(",") if part.strip()}
        for index in range(self.widget.count()):
            state = Qt.CheckState.Checked if self.widget.itemData(index) in codes else Qt.CheckState.Unchecked
            self.widget.setItemCheckState(index, state)

    def value(self):
        if isinstance(self.widget, QLineEdit):
            return self.widget.text().strip()
        return ",".join(str(code) for code in self.widget.checkedItemsData())
