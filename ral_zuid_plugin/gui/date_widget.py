"""A calendar date field for date parameters that are strings (``2026-03-12``) in scripts and ``qgis_process``.

The algorithm dialog shows a date editor with a calendar (empty when the parameter is optional and not set)
and hands the algorithm an ISO date; batch and model dialogs keep a text field. Parameters opt in through
``processing_provider.widgets.date_parameter``; ``widgets.month_parameter`` asks for a month (``2026-11``),
shown as the month's name and year.
"""

from __future__ import annotations

from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper
from qgis.core import QgsProcessingParameterDefinition
from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QLineEdit

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.gui.widget_labels import QgisLabelMixin

ISO = "yyyy-MM-dd"
ISO_MONTH = "yyyy-MM"
_READABLE = (ISO, "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", ISO_MONTH, "MM-yyyy", "M-yyyy")


def _as_date(value) -> QDate:
    if isinstance(value, QDate):
        return value
    text = "" if value is None else str(value).strip()
    for pattern in _READABLE:
        date = QDate.fromString(text, pattern)
        if date.isValid():
            return date
    return QDate()


class DateWidgetWrapper(QgisLabelMixin, WidgetWrapper):
    def _month_only(self) -> bool:
        return bool(self.parameterDefinition().metadata().get("widget_wrapper", {}).get("month"))

    def _format(self) -> str:
        return ISO_MONTH if self._month_only() else ISO

    def createWidget(self):  # noqa: N802
        optional = bool(self.parameterDefinition().flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        if self.dialogType != DIALOG_STANDARD:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("yyyy-mm") if self._month_only() else tr("yyyy-mm-dd"))
            return edit
        edit = QgsDateEdit()
        edit.setDisplayFormat("MMMM yyyy" if self._month_only() else "dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setAllowNull(optional)
        if optional:
            edit.setNullRepresentation(tr("not set"))
            edit.clear()
        edit.dateValueChanged.connect(lambda _date: self.widgetValueHasChanged.emit(self))
        return edit

    def setValue(self, value):  # noqa: N802
        date = _as_date(value)
        if isinstance(self.widget, QLineEdit):
            text = date.toString(self._format()) if date.isValid() else ("" if value is None else str(value))
            self.widget.setText(text)
        elif date.isValid():
            self.widget.setDate(date)
        else:
            self.widget.clear()

    def value(self):
        if isinstance(self.widget, QLineEdit):
            return self.widget.text().strip()
        if self.widget.isNull():
            return ""
        return self.widget.date().toString(self._format())
