"""Labels of our own Processing widget wrappers, worded like QGIS's own (translated "[optional]")."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QCoreApplication

# QGIS's own text and context (qgsprocessingwidgetwrapper.cpp), looked up in QGIS's catalogue; variables, so that
# our extraction does not take it into the plugin's catalogue
QGIS_CONTEXT = "QObject"
QGIS_OPTIONAL = "%1 [optional]"


class QgisLabelMixin:
    """Python wrappers add an untranslated " [optional]" (their tr() context is our class); use QGIS's text."""

    def createLabel(self):  # noqa: N802
        label = super().createLabel()
        definition = self.parameterDefinition()
        if label is not None and definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            text = QCoreApplication.translate(QGIS_CONTEXT, QGIS_OPTIONAL)
            label.setText(text.replace("%1", definition.description()))
        return label
