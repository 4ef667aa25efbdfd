"""The secret salt for card hashes, kept in the user's QGIS profile folder.

The core only sees :class:`~ral_zuid_plugin.core.sessions.privacy.SaltStore`; this adapter decides
where the file lives: ``<profile>/ral_zuid/kaart_salt.hex`` (readable by the user only). Deleting
the file makes new hashes that cannot be linked to earlier runs.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication

from ral_zuid_plugin.core.sessions.privacy import FileSaltStore

SALT_FILE_NAME = "kaart_salt.hex"


def profile_salt_path() -> Path:
    settings_dir = QgsApplication.qgisSettingsDirPath()
    base = Path(settings_dir) if settings_dir else Path.home() / ".ral_zuid"
    return base / "ral_zuid" / SALT_FILE_NAME


def profile_salt_store() -> FileSaltStore:
    return FileSaltStore(profile_salt_path())
