"""File names Windows accepts, and paths it can open.

Gemeenten run QGIS on Windows. Windows refuses a file whose name (before any extension) is a device name
(``CON.html``, ``aux.gpkg``), holds one of ``<>:"/\\|?*`` or a control character, or ends in a dot or a space; and
programs without long-path support (GDAL and QGIS among them on many installations) fail on paths longer than
259 characters (MAX_PATH, 260 with the terminating NUL). Names the plugin makes from data (candidate ids, area
names) go through :func:`windows_safe_stem`; every finished output passes :func:`check_output_path`.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

# Longest path Windows' classic API opens: MAX_PATH (260) minus the terminating NUL.
WINDOWS_MAX_PATH = 259
# Longest single name on NTFS.
WINDOWS_MAX_NAME = 255
WINDOWS_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
    | {"COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$"}
)
ON_WINDOWS = os.name == "nt"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# What the plugin keeps in a name it makes: ASCII letters, digits, dot, underscore, hyphen.
_NOT_PORTABLE = re.compile(r"[^A-Za-z0-9._-]+")


def windows_name_problem(name: str) -> str | None:
    """Why Windows refuses the file name ``name`` (one path component), or None when it accepts it."""
    if not name or name in (".", ".."):
        return tr("the name is empty")
    forbidden = _FORBIDDEN.search(name)
    if forbidden:
        return tr("the name contains the character {char!r}, which Windows does not allow").format(
            char=forbidden.group(0)
        )
    if name[-1] in ". ":
        return tr("the name ends in a dot or a space, which Windows removes")
    device = name.split(".")[0].rstrip(" ").upper()
    if device in WINDOWS_DEVICE_NAMES:
        return tr("{name} is a device name on Windows").format(name=device)
    if len(name) > WINDOWS_MAX_NAME:
        return tr("the name is longer than {limit} characters").format(limit=WINDOWS_MAX_NAME)
    return None


def windows_safe_stem(text: str, fallback: str = "bestand", max_length: int = 80) -> str:
    """A file name stem made from ``text`` that every platform accepts (add the extension yourself).

    ``text`` that is already portable (ASCII letters, digits, ``.``, ``_``, ``-``; no device name; no dot at
    either end; at most ``max_length`` long) is returned unchanged. Anything else is cleaned and gets ``_`` and
    eight hex digits of its SHA-1, so two different texts never end up with the same name (``a:b`` and ``a?b``).
    """
    text = str(text)
    portable = (
        bool(text)
        and len(text) <= max_length
        and not _NOT_PORTABLE.search(text)
        and not text.startswith(".")
        and windows_name_problem(text) is None
    )
    if portable:
        return text
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"\.{2,}", ".", _NOT_PORTABLE.sub("_", folded)).strip("._ ")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    cleaned = cleaned[: max(1, max_length - len(digest) - 1)].strip("._ ") or fallback
    if cleaned.split(".")[0].upper() in WINDOWS_DEVICE_NAMES:
        cleaned = "_" + cleaned
    return f"{cleaned}_{digest}"


def report_filename(kandidaat_id: str) -> str:
    """The file name of a candidate's screening report: ``<kandidaat_id>.html``, made Windows-safe."""
    return windows_safe_stem(kandidaat_id, "kandidaat") + ".html"


def windows_path_length(path: str | Path) -> int:
    """Length of the absolute path as Windows counts it (UTF-16 code units)."""
    return len(os.path.abspath(str(path)).encode("utf-16-le")) // 2


def output_path_problem(path: str | Path) -> str | None:
    """The user message for an output path Windows would refuse (its name, or its length), else None."""
    name = Path(path).name
    problem = windows_name_problem(name)
    if problem is not None:
        return tr("The output {name} cannot be written on Windows: {problem}.").format(name=name, problem=problem)
    length = windows_path_length(path)
    if length > WINDOWS_MAX_PATH:
        return tr(
            "The output path {path} is {length} characters long; Windows programs without long-path support "
            "(QGIS and GDAL among them) cannot open paths over {limit} characters. Choose a shorter folder or "
            "file name."
        ).format(path=path, length=length, limit=WINDOWS_MAX_PATH)
    return None


def check_output_path(path: str | Path, on_windows: bool | None = None) -> None:
    """On Windows, raise the user message of :func:`output_path_problem` before anything is written.

    Elsewhere a name like ``a:b.pdf`` the user chose is fine and is left alone; the names the plugin makes
    itself are Windows-safe everywhere.
    """
    if on_windows is None:
        on_windows = ON_WINDOWS
    problem = output_path_problem(path) if on_windows else None
    if problem is not None:
        raise RalZuidError(problem)
