"""The report-language parameter (#18.7): reports, reasons and workbook texts in Dutch or English.

Algorithms that write texts for people (screening reasons and reports, workbooks, logistics reports,
proposal reasons) add ``REPORT_LANGUAGE``. Its default is the language of QGIS; ``RalZuidAlgorithm`` runs
``execute`` with :func:`ral_zuid_plugin.core.i18n.language_override` set to the chosen language, in the
algorithm's own thread only.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum

from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.i18n import tr

REPORT_LANGUAGE = "REPORT_LANGUAGE"
CHOICES = ("", "nl", "en")  # option index -> language; "" = the language of QGIS


def add_report_language_parameter(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            REPORT_LANGUAGE,
            tr("Language of reports and texts"),
            options=[tr("Language of QGIS"), tr("Dutch"), tr("English")],
            defaultValue=0,
        )
    )


def chosen_report_language(algorithm, parameters, context) -> str | None:
    """``nl`` or ``en`` for an algorithm with the parameter, ``None`` for one without."""
    if algorithm.parameterDefinition(REPORT_LANGUAGE) is None:
        return None
    index = algorithm.parameterAsEnum(parameters, REPORT_LANGUAGE, context)
    chosen = CHOICES[index] if 0 <= index < len(CHOICES) else ""
    return chosen or interface_language()


def interface_language() -> str:
    """The language of QGIS as the plugin uses it (``nl`` or ``en``)."""
    if i18n.language() != "en":
        return i18n.language()
    from ral_zuid_plugin.adapters.translation import SUPPORTED_LANGUAGES, qgis_language

    language = qgis_language()
    return language if language in SUPPORTED_LANGUAGES else "en"
