"""Where fetched open data is kept: a folder in the user's QGIS profile."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsApplication

SUBFOLDER = ("ral_zuid", "opendata")


def default_cache_folder() -> Path:
    """The cache of the running QGIS (desktop or qgis_process): ``<profile>/ral_zuid/opendata``."""
    return Path(QgsApplication.qgisSettingsDirPath()).joinpath(*SUBFOLDER)


def default_profile_cache_folders() -> list[Path]:
    """The cache of the running application first, then of the default QGIS profile on Linux, Windows and macOS
    (a standalone script such as the demo runs without a QGIS profile of its own)."""
    profile = Path("QGIS", "QGIS3", "profiles", "default", *SUBFOLDER)
    candidates = [default_cache_folder(), Path.home() / ".local" / "share" / profile]
    if os.environ.get("APPDATA"):
        candidates.append(Path(os.environ["APPDATA"]) / profile)
    candidates.append(Path.home() / "Library" / "Application Support" / profile)
    return candidates
