#!/usr/bin/env python3
"""Write the offline help pages into a plugin folder: ``build_help_pages.py <plugin folder>``.

Reads ``processing/help/<lang>/*.html`` from the repository and writes ``<plugin folder>/help/<lang>/``
(see ``ral_zuid_plugin/core/help_pages.py``). Called by ``make package``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ral_zuid_plugin.core.help_pages import HELP_FOLDER, write_help_pages  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: build_help_pages.py <plugin folder>")
    written = write_help_pages(ROOT / "processing" / "help", Path(sys.argv[1]) / HELP_FOLDER)
    if not written:
        sys.exit("no help files found in processing/help")


if __name__ == "__main__":
    main()
