"""Common anatomy of every RAL Zuid algorithm.

Subclasses set ``NAME`` (stable, lowercase: the API of models and ``qgis_process``) and
``GROUP`` and implement :meth:`display_name`, :meth:`initAlgorithm` and :meth:`execute`. This base
turns core errors into ``QgsProcessingException`` with the user's message, logs details to
the RAL Zuid message-log tab, and loads the help text for the user's language from
``processing/help/<lang>/<name>.html``.
"""

from __future__ import annotations

import contextlib
import re
import traceback

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterNumber
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ral_zuid_plugin.adapters.feedback import FeedbackProgress
from ral_zuid_plugin.adapters.icons import capability_icon, icon_path
from ral_zuid_plugin.adapters.icons import plugin_icon as plugin_icon
from ral_zuid_plugin.adapters.message_log import log_message
from ral_zuid_plugin.adapters.translation import report_translator
from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.atomic_files import OutputTransaction
from ral_zuid_plugin.core.errors import CancelledError, RalZuidError
from ral_zuid_plugin.core.help_pages import HELP_FOLDER
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.names import algorithm_name
from ral_zuid_plugin.core.resources import PACKAGE_DIR, processing_asset_path
from ral_zuid_plugin.processing_provider.groups import group_name
from ral_zuid_plugin.processing_provider.report_language import chosen_report_language


def help_html(name: str, language: str | None = None) -> str:
    """Help text of algorithm ``name`` in ``language`` (falls back to English)."""
    for lang in (language or i18n.language(), "en"):
        path = processing_asset_path("help", lang, name + ".html")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def help_url(name: str, language: str | None = None) -> str:
    """``file://`` URL of the offline help page of algorithm ``name`` ('' when there is none).

    The installed plugin has the pages ``make package`` writes into ``help/<lang>/``; a source checkout
    falls back to the help file itself.
    """
    for lang in (language or i18n.language(), "en"):
        page = PACKAGE_DIR / HELP_FOLDER / lang / (name + ".html")
        for path in (page, processing_asset_path("help", lang, name + ".html")):
            if path.is_file():
                return QUrl.fromLocalFile(str(path)).toString()
    return ""


_PREFORMATTED = re.compile(r"(<pre\b.*?</pre>)", re.IGNORECASE | re.DOTALL)
_LEADING_TITLE = re.compile(r"^\s*<h[1-6][^>]*>.*?</h[1-6]>\s*", re.IGNORECASE | re.DOTALL)


def help_for_panel(html: str) -> str:
    """A help file as QGIS's algorithm dialog should get it.

    The dialog makes every line of the short help a paragraph of its own and puts the algorithm's name
    above it as a title: the file's wrapped lines are joined (outside ``<pre>``) and its own title is
    left out, so sentences read on and the name shows once.
    """
    parts = _PREFORMATTED.split(_LEADING_TITLE.sub("", html, count=1))
    return "".join(part if index % 2 else re.sub(r"\s*\n\s*", " ", part) for index, part in enumerate(parts)).strip()


class RalZuidAlgorithm(QgsProcessingAlgorithm):
    NAME = ""
    GROUP = ""

    # --- identity -------------------------------------------------------------------
    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return self.display_name()

    def display_name(self) -> str:
        return algorithm_name(self.NAME)

    def group(self) -> str:
        return group_name(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP

    def icon(self) -> QIcon:
        return capability_icon(self.NAME, self.GROUP)

    def svgIconPath(self) -> str:  # noqa: N802
        return str(icon_path(self.NAME, self.GROUP))

    def helpUrl(self) -> str:  # noqa: N802
        return help_url(self.NAME)

    def shortHelpString(self) -> str:  # noqa: N802
        return help_for_panel(help_html(self.NAME))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def addParameter(self, parameter, createOutput=True) -> bool:  # noqa: N802, N803
        """Add ``parameter``; a decimal number without its own ``decimals`` shows 2 decimals for a fraction
        (maximum 1) and 1 otherwise, instead of QGIS's six (``17.000000``)."""
        if isinstance(parameter, QgsProcessingParameterNumber) and (
            parameter.dataType() == QgsProcessingParameterNumber.Type.Double
        ):
            metadata = parameter.metadata()
            wrapper = metadata.get("widget_wrapper")
            if not isinstance(wrapper, dict) or "decimals" not in wrapper:
                decimals = 2 if parameter.maximum() <= 1 else 1
                metadata["widget_wrapper"] = {**(wrapper if isinstance(wrapper, dict) else {}), "decimals": decimals}
                parameter.setMetadata(metadata)
        return super().addParameter(parameter, createOutput)

    # --- running --------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            # every output of the run appears at the end, together, or (cancel, error) not at all
            with OutputTransaction() as outputs, self._report_language(parameters, context):
                results = self.execute(parameters, context, feedback, FeedbackProgress(feedback))
                if feedback is not None and feedback.isCanceled():
                    raise CancelledError()
                outputs.commit()
            return results
        except RalZuidError as error:
            if error.details:
                log_message("{}: {}\n{}".format(self.NAME, error.message, error.details), Qgis.MessageLevel.Warning)
            raise QgsProcessingException(error.message) from error
        except QgsProcessingException:
            raise
        except Exception as error:
            log_message("{}: {}".format(self.NAME, traceback.format_exc()), Qgis.MessageLevel.Critical)
            raise QgsProcessingException(
                tr("Unexpected error in {name}: {error}. Details are in the RAL Zuid tab of the message log.").format(
                    name=self.NAME, error=error
                )
            ) from error

    def _report_language(self, parameters, context):
        """The chosen report language for this run (algorithms with ``REPORT_LANGUAGE``), else no change."""
        language = chosen_report_language(self, parameters, context)
        if language is None:
            return contextlib.nullcontext()
        return i18n.language_override(language, report_translator(language))

    def execute(self, parameters, context, feedback, progress: FeedbackProgress) -> dict:
        raise NotImplementedError
