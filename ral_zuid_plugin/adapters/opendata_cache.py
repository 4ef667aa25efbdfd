"""Where fetched open data is kept: a folder in the user's QGIS profile."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication


def default_cache_folder() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "ral_zuid" / "opendata"
