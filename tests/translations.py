"""Reports in Dutch without QGIS: the Dutch of ``i18n/ral_zuid_nl.ts`` as the report translator."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ral_zuid_plugin.core import i18n

TS_FILE = Path(__file__).resolve().parents[1] / "i18n" / "ral_zuid_nl.ts"


@lru_cache(maxsize=1)
def _dutch_pairs() -> dict[str, str]:
    pairs = {}
    for message in ET.parse(TS_FILE).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            pairs[message.findtext("source")] = translation.text
    return pairs


def dutch_translator():
    pairs = _dutch_pairs()
    return lambda text: pairs.get(text, text)


@contextmanager
def report_language(language: str) -> Iterator[None]:
    """Within the block the core writes in ``language`` (``nl`` or ``en``), as REPORT_LANGUAGE does in QGIS."""
    with i18n.language_override(language, dutch_translator() if language == "nl" else None):
        yield
