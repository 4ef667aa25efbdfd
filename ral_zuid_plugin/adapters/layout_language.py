"""The language printed on a plankaart, independent of the QGIS interface language.

A council reads Dutch even when the analyst runs QGIS in English; the map texts are the plugin's own
``tr()`` strings, looked up directly in the compiled Dutch catalogue (``i18n/ral_zuid_nl.qm``).
"""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtCore import QTranslator

from ral_zuid_plugin.core.resources import i18n_dir

MAP_LANGUAGES = ("nl", "en")
TRANSLATION_CONTEXT = "@default"

_translators: dict[str, QTranslator] = {}


def map_translator(language: str) -> Callable[[str], str] | None:
    """A function translating English texts into ``language``; ``None`` when its catalogue is missing.

    English needs no catalogue and gets the identity.
    """
    if language == "en":
        return lambda text: text
    translator = _translators.get(language)
    if translator is None:
        qm_file = i18n_dir() / "ral_zuid_{language}.qm".format(language=language)
        candidate = QTranslator()
        if not qm_file.is_file() or not candidate.load(str(qm_file)):
            return None
        _translators[language] = translator = candidate

    def translate(text: str) -> str:
        # PyQt passes a str source text to C++ as ASCII: give the UTF-8 bytes, so "km²" is looked up too.
        return translator.translate(TRANSLATION_CONTEXT, text.encode("utf-8")) or text

    return translate
