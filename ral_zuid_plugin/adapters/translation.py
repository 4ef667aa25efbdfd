"""Installs the plugin's Qt translator for the QGIS locale (Dutch for ``nl*``, else English)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.resources import i18n_dir

TRANSLATION_CONTEXT = "@default"
SUPPORTED_LANGUAGES = ("nl",)


def qgis_language() -> str:
    """Two-letter language of the QGIS user interface, e.g. ``nl`` or ``en``."""
    locale = ""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str) or ""
    if not locale:
        locale = QgsApplication.locale() or ""
    return locale[:2].lower() or "en"


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class PluginTranslator:
    """Owns the ``QTranslator`` while the plugin is loaded."""

    def __init__(self) -> None:
        self.translator: QTranslator | None = None
        self.language = "en"

    def install(self, language: str | None = None) -> str:
        """Install the translator for ``language`` (default: the QGIS locale); return the language used."""
        self.remove()
        language = (language or qgis_language())[:2].lower()
        self.language = "en"
        if language in SUPPORTED_LANGUAGES:
            qm_file = i18n_dir() / "ral_zuid_{lang}.qm".format(lang=language)
            translator = QTranslator()
            if qm_file.is_file() and translator.load(str(qm_file)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
                self.language = language
        i18n.set_translator(_translate, self.language)
        return self.language

    def remove(self) -> None:
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        i18n.set_translator(None)


_REPORT_TRANSLATORS: dict[str, QTranslator] = {}


def report_translator(language: str) -> i18n.Translator | None:
    """A translate function for reports in ``language`` (``None`` for English), independent of the QGIS locale.

    The translator is loaded once per language and never installed application-wide, so only the algorithm
    that asks for it (see :func:`ral_zuid_plugin.core.i18n.language_override`) writes in that language.
    """
    language = language[:2].lower()
    if language not in SUPPORTED_LANGUAGES:
        return None
    translator = _REPORT_TRANSLATORS.get(language)
    if translator is None:
        translator = QTranslator()
        qm_file = i18n_dir() / "ral_zuid_{lang}.qm".format(lang=language)
        if not (qm_file.is_file() and translator.load(str(qm_file))):
            return None
        _REPORT_TRANSLATORS[language] = translator

    def translate(text: str) -> str:
        try:
            translated = translator.translate(TRANSLATION_CONTEXT, text)
        except UnicodeEncodeError:  # PyQt5 passes str to char* as ASCII; Qt reads source texts as UTF-8 bytes
            translated = translator.translate(TRANSLATION_CONTEXT.encode("utf-8"), text.encode("utf-8"))
        return translated or text

    return translate
