"""Outputs appear whole or not at all: write a temporary file beside the target, then move it.

``tempfile.mkstemp`` creates files readable by their owner only (0600); a PDF, workbook or
raster for colleagues must get the permissions any new file gets, so :func:`publish` gives
the finished file those (0666 minus the umask) just before the atomic move.

Inside an :class:`OutputTransaction` (every RAL Zuid algorithm run has one) a finished file
is parked under a hidden name beside its target instead, and all parked files of the run are
moved into place together at the end, after the last cancel check: a run that fails or is
cancelled leaves every output as it was (the old file or none), a run that succeeds leaves the
complete new ones. A process killed at any moment leaves at most hidden ``.*.pending`` files or
``.ralzuid-tmp-*`` folders, never a half-written or emptied output.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Callable, TextIO

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.filenames import check_output_path
from ral_zuid_plugin.core.i18n import tr

_PENDING: contextvars.ContextVar[list[tuple[Path, Path]] | None] = contextvars.ContextVar(
    "ralzuid_pending_outputs", default=None
)
TEMP_FOLDER_PREFIX = ".ralzuid-tmp-"


def default_file_mode() -> int:
    """The mode a newly created file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def publish(temporary: str | Path, target: str | Path, *, now: bool = False) -> None:
    """Move the finished ``temporary`` file onto ``target`` with normal permissions.

    Within an output transaction the move waits for the transaction's commit (the file is parked under a
    hidden name so callers that clean up ``temporary`` do not remove it); ``now`` moves at once, for an
    output the run itself reads back (a GeoPackage the layout draws, a package the outbox opens). On Windows a
    target name Windows refuses or a path over 259 characters is reported (RalZuidError) instead.
    """
    check_output_path(target)
    os.chmod(temporary, default_file_mode())
    pending = _PENDING.get()
    if pending is None or now:
        os.replace(temporary, target)
        return
    target = Path(target)
    parked = target.with_name(".{}.{}.pending".format(target.name, uuid.uuid4().hex[:8]))
    os.replace(temporary, parked)
    pending.append((parked, target))


def defer_move(source: str | Path, target: str | Path) -> bool:
    """Register a finished file to be moved onto ``target`` at commit; ``False`` outside a transaction."""
    pending = _PENDING.get()
    if pending is None:
        return False
    pending.append((Path(source), Path(target)))
    return True


def writable_folder_error(target: str | Path, error: OSError) -> RalZuidError:
    """The user's message when the folder of ``target`` does not accept new files (names the folder, not a temp)."""
    return RalZuidError(
        tr("The output {path} cannot be written: the folder {folder} does not accept new files ({error}).").format(
            path=Path(target).name, folder=Path(target).parent, error=error.strerror or error.__class__.__name__
        )
    )


def temporary_file_beside(target: str | Path, suffix: str = "") -> Path:
    """A new empty hidden file in the target's folder (created if missing), or a clear :class:`RalZuidError`."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".{}.".format(target.name), suffix=suffix or target.suffix,
                                        dir=str(target.parent))  # fmt: skip
    except OSError as error:
        raise writable_folder_error(target, error) from error
    os.close(handle)
    return Path(name)


def temporary_folder_beside(target: str | Path) -> Path:
    """A new hidden folder in the target's folder (same file system, so a move from it is atomic)."""
    folder = Path(target).parent / (TEMP_FOLDER_PREFIX + uuid.uuid4().hex[:12])
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir()
    except OSError as error:
        raise writable_folder_error(target, error) from error
    return folder


def remove_empty_temporary_folders(paths: list[Path]) -> None:
    for folder in {path.parent for path in paths if path.parent.name.startswith(TEMP_FOLDER_PREFIX)}:
        shutil.rmtree(folder, ignore_errors=True)


class OutputTransaction:
    """Collects the finished outputs of one run and moves them into place together (see the module text)."""

    def __init__(self) -> None:
        self.moves: list[tuple[Path, Path]] = []
        self._token: contextvars.Token | None = None

    def __enter__(self) -> OutputTransaction:
        self._token = _PENDING.set(self.moves)
        return self

    def commit(self) -> None:
        """Move every parked output onto its target (each move is atomic)."""
        moved: list[Path] = []
        try:
            for source, target in self.moves:
                try:
                    os.replace(source, target)
                except OSError as error:
                    raise RalZuidError(
                        tr("The finished output could not be moved onto {path}: {error}").format(
                            path=target, error=error.strerror or error
                        )
                    ) from error
                moved.append(source)
        finally:
            remove_empty_temporary_folders(moved)
            self.moves[:] = [(s, t) for s, t in self.moves if s not in moved]

    def discard(self) -> None:
        """Remove every parked output; the targets stay as they were."""
        for source, _target in self.moves:
            with contextlib.suppress(OSError):
                source.unlink()
        remove_empty_temporary_folders([source for source, _target in self.moves])
        self.moves.clear()

    def __exit__(self, *exc_info) -> None:
        if self._token is not None:
            _PENDING.reset(self._token)
            self._token = None
        self.discard()  # nothing is left after a commit; after an error or cancel everything goes


def write_text_atomically(target: str | Path, write: Callable[[TextIO], None]) -> None:
    """Write a UTF-8 text file through ``write(stream)`` into a temporary file beside ``target``, then move it into
    place: a reader never sees it half-written, and a failure leaves the old file (or none) and no temporary."""
    handle, temporary = tempfile.mkstemp(dir=str(Path(target).parent), suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            write(stream)
        publish(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
