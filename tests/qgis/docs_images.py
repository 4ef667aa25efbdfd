"""The documentation's pictures (docs/images/) are screenshots taken by the desktop tests.

A test run leaves tracked files alone: the screenshots always go to tests/artefacts/, and to docs/images/ only
when asked, with ``make docs-images`` (which sets ``RALZUID_DOCS_IMAGES=1`` and runs the desktop tests).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def retake(source: Path, name: str) -> None:
    """Copy a screenshot over the documentation's picture ``name`` when the pictures are being retaken."""
    if os.environ.get("RALZUID_DOCS_IMAGES") == "1":
        shutil.copy(source, DOCS_IMAGES / name)
