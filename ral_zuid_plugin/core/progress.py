"""Progress and cancellation for long core work, without depending on QGIS.

Algorithms pass an adapter around ``QgsProcessingFeedback``; core code only sees this
small protocol and calls :meth:`Progress.check` in its loops.
"""

from __future__ import annotations

from typing import Protocol

from ral_zuid_plugin.core.errors import CancelledError


class Progress(Protocol):
    def set_progress(self, percent: float) -> None: ...

    def is_cancelled(self) -> bool: ...

    def info(self, message: str) -> None: ...

    def warning(self, message: str) -> None: ...


class SilentProgress:
    """Progress that reports nothing and is never cancelled (tests, notebooks)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.warnings: list[str] = []
        self.percent = 0.0

    def set_progress(self, percent: float) -> None:
        self.percent = percent

    def is_cancelled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        self.messages.append(message)

    def warning(self, message: str) -> None:
        self.warnings.append(message)


def check_cancelled(progress: Progress) -> None:
    """Raise :class:`CancelledError` when the user pressed cancel."""
    if progress.is_cancelled():
        raise CancelledError()


class SubProgress:
    """Maps 0-100 % of a sub-task onto the range [start, end] of a parent progress."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        self.parent = parent
        self.start = start
        self.end = end

    def set_progress(self, percent: float) -> None:
        self.parent.set_progress(self.start + (self.end - self.start) * percent / 100.0)

    def is_cancelled(self) -> bool:
        return self.parent.is_cancelled()

    def info(self, message: str) -> None:
        self.parent.info(message)

    def warning(self, message: str) -> None:
        self.parent.warning(message)
