"""Where the plugin's bundled files (reference data, styles, templates, models) live.

In an installed plugin they sit inside the plugin folder; in a source checkout they sit at
the repository root. The installed location wins.
"""

from __future__ import annotations

from pathlib import Path

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _asset_root(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise RalZuidError(tr("The plugin folder '{name}' is missing; reinstall the RAL Zuid plugin.").format(name=name))


def resource_path(*parts: str) -> Path:
    """Path of a file below ``resources/``; raises a user error when it is missing."""
    path = _asset_root("resources").joinpath(*parts)
    if not path.exists():
        raise RalZuidError(
            tr("Bundled file '{path}' is missing; reinstall the RAL Zuid plugin.").format(path="/".join(parts))
        )
    return path


def processing_asset_path(*parts: str) -> Path:
    """Path of a file below the top-level ``processing/`` folder (models, help)."""
    return _asset_root("processing").joinpath(*parts)


def i18n_dir() -> Path:
    return _asset_root("i18n")
