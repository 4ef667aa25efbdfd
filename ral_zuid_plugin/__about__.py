"""Plugin metadata, read from ``metadata.txt``: the single source of name and version."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def metadata_path() -> Path:
    """``metadata.txt`` of the installed plugin folder, else of the source tree."""
    for candidate in (PACKAGE_DIR / "metadata.txt", PACKAGE_DIR.parent / "metadata.txt"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("metadata.txt not found next to the ral_zuid_plugin package")


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return dict(parser["general"])


def plugin_name() -> str:
    return metadata()["name"]


def plugin_version() -> str:
    return metadata()["version"]
