"""Defences for text that leaves the plugin: spreadsheet formulas, file names, identifiers."""

from __future__ import annotations

import re
import unicodedata

# Formula neutralising lives with the plugin's one XLSX writer; re-exported here for the submission code.
from ral_zuid_plugin.core.xlsx import FORMULA_TRIGGERS, neutralise_formula  # noqa: F401

_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(name: str, fallback: str = "bestand", max_length: int = 80) -> str:
    """A file name that is safe on every platform and cannot climb out of a folder.

    Accents are folded to ASCII, anything other than letters, digits, ``.``, ``_`` and ``-`` becomes ``_``,
    leading dots are removed (no hidden files, no ``..``) and Windows device names get a suffix.
    """
    folded = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE_FILENAME.sub("_", folded).strip("._ ")
    cleaned = re.sub(r"\.{2,}", ".", cleaned)[:max_length].strip("._ ")
    if not cleaned:
        cleaned = fallback
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = "_" + cleaned
    return cleaned


def safe_identifier(text: str) -> str:
    """An identifier for URLs (feature ids): letters, digits, ``_`` and ``-`` only."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
