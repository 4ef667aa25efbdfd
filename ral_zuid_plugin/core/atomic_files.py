"""Outputs appear whole or not at all: write a temporary file beside the target, then move it.

``tempfile.mkstemp`` creates files readable by their owner only (0600); a PDF, workbook or
raster for colleagues must get the permissions any new file gets, so :func:`publish` gives
the finished file those (0666 minus the umask) just before the atomic move.
"""

from __future__ import annotations

import os
from pathlib import Path

from ral_zuid_plugin.core.filenames import check_output_path


def default_file_mode() -> int:
    """The mode a newly created file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def publish(temporary: str | Path, target: str | Path) -> None:
    """Move the finished ``temporary`` file onto ``target`` in one step, with normal permissions.

    On Windows a target name Windows refuses or a path over 259 characters is reported (RalZuidError) instead.
    """
    check_output_path(target)
    os.chmod(temporary, default_file_mode())
    os.replace(temporary, target)
