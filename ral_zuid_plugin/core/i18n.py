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

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

Translator = Callable[[str], str]

_translator: Translator | None = None
_language = "en"
_override = threading.local()  # a report language for the running algorithm's thread only


def set_translator(translator: Translator | None, language: str = "en") -> None:
    """Install (or with ``None`` remove) the function that translates English texts."""
    global _translator, _language
    _translator = translator
    _language = language if translator is not None else "en"


def language() -> str:
    """Two-letter code of the language texts are translated into (``en`` or ``nl``)."""
    return getattr(_override, "language", None) or _language


@contextmanager
def language_override(language_code: str, translator: Translator | None) -> Iterator[None]:
    """Within the block, :func:`tr` in *this thread* translates with ``translator`` (``None``: English).

    An algorithm writes its reports in the report language the user chose while the QGIS window, which runs
    in another thread, keeps the interface language.
    """
    previous = (getattr(_override, "state", None), getattr(_override, "language", None))
    _override.state = (translator,)
    _override.language = language_code
    try:
        yield
    finally:
        _override.state, _override.language = previous


def tr(text: str) -> str:
    """Translate ``text`` into the user's language (English when no translator is set)."""
    state = getattr(_override, "state", None)
    translator = state[0] if state is not None else _translator
    if translator is None:
        return text
    return translator(text)
