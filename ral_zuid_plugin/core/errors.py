"""Errors that carry a message meant for the user.

The core raises :class:`RalZuidError` (or a subclass) for every problem a user can fix;
algorithms turn it into a ``QgsProcessingException`` with the translated message, so the
user never sees a traceback. ``details`` holds extra technical context for the log.
"""

from __future__ import annotations

from pathlib import Path

from ral_zuid_plugin.core.i18n import tr


class RalZuidError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return self.message


class InputDataError(RalZuidError):
    """Bad input data, located as precisely as possible (file, row, column)."""

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
        details: str = "",
    ) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.row = row
        self.column = column
        super().__init__(self._compose(), details)

    def _compose(self) -> str:
        where = []
        if self.path is not None:
            where.append(tr("file {name}").format(name=Path(self.path).name))
        if self.row is not None:
            where.append(tr("row {row}").format(row=self.row))
        if self.column is not None:
            where.append(tr("column '{column}'").format(column=self.column))
        if not where:
            return self.problem
        return "{where}: {problem}".format(where=", ".join(where), problem=self.problem)


class CancelledError(RalZuidError):
    """The user cancelled a long-running job."""

    def __init__(self) -> None:
        super().__init__(tr("Cancelled by the user."))
