"""Translatable text for the domain core, without importing Qt.

Every user-visible string in the plugin goes through :func:`tr` with a literal English
text, formatted *after* translating::

    tr("Row {row}: the date {value!r} cannot be read").format(row=12, value="31-02-2024")

``pylupdate5`` files bare ``tr()`` calls under the ``@default`` context, and the QGIS side
installs a translator (:func:`set_translator`) that looks texts up in that same context, so
extraction and lookup always agree. Without a translator (tests, notebooks) texts stay
English.
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str], str]

_translator: Translator | None = None
_language = "en"


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Install (or with ``None`` remove) the function that translates English texts."""
    global _translator, _language
    _translator = translator
    _language = language if translator is not None else "en"


def language() -> str:
    """Two-letter code of the language texts are translated into (``en`` or ``nl``)."""
    return _language


def tr(text: str) -> str:
    """Translate ``text`` into the user's language (English when no translator is set)."""
    if _translator is None:
        return text
    return _translator(text)
