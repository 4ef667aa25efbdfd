"""Qt6 / QGIS 4 readiness check of our own, run by `make lint`.

It fails on the patterns QGIS's migration script (`scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py` in the QGIS
repository) rewrites or warns about, so that the code runs unchanged on PyQt5 (QGIS 3) and PyQt6 (QGIS 4):

- Q6ENUM   an enum value read through its class (`Qt.AlignTop`): PyQt6 only knows the scoped form
           (`Qt.AlignmentFlag.AlignTop`). Found by introspecting the imported Qt and QGIS classes, so this check
           runs in a Python that imports `qgis` (the test venv).
- Q6RENAME an enum value Qt 6 removed under its old name (`Qt.MidButton`, `Qt.TextColorRole`, ...).
- Q6EXEC   `exec_()` (PyQt6 has only `exec()`), also as a method definition.
- Q6QVAR   `QVariant.String` and the other `QVariant` type values (Qt 6 field types are `QMetaType.Type`),
           `QVariant()` and `QVariant(QVariant.X)` as a null value (use `NULL`).
- Q6REGEXP `QRegExp` (removed in Qt 6; `QRegularExpression` works in both).
- Q6IMPORT Qt imported other than through `qgis.PyQt` (`PyQt5`, `PyQt6`, `sip`, `qgis.PyQt.Qt`), `qApp`,
           compiled `resources_rc`, `QDesktopWidget` / `desktop()`.
- Q6API    APIs Qt 6 removed: `fontMetrics().width()`, `activated[str]`, `addAction` with four or more
           arguments, `QDateTime` from eight numbers or from a lone `QDate`.

A line that must keep a Qt 5 spelling on purpose (the fallback branch of a version switch) carries the comment
`# qt5-fallback: <why>`; the check lists those lines with --verbose.

Usage: python scripts/check_qt6.py [--verbose] [paths...]   (default: the plugin, scripts, tests, benchmarks)
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ("ral_zuid_plugin", "scripts", "tests", "benchmarks")
WAIVER = "# qt5-fallback:"
# Modules whose classes carry Qt or QGIS enums; names imported from them are introspected.
INTROSPECTED_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui", "qgis.analysis")
# Qt 5 enum names removed in Qt 6, with their Qt 6 spelling (both spellings exist in Qt 5.15).
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
}
FOREIGN_QT_MODULES = ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    code: str
    message: str
    # A mechanical fix: at (line, byte column) replace `old` by `new`; None when a person must decide.
    edit: tuple[int, int, str, str] | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"


def import_resolver(module_name: str, name: str) -> Any | None:
    """The object `from module_name import name` gives, or None when it cannot be imported here."""
    try:
        return getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError):
        return None


def _enum_type_of(value: Any) -> type | None:
    """The enum class of a Qt (sip) or Python enum member, else None."""
    if isinstance(value, enum.Enum):
        return type(value)
    kind = type(value)
    if type(kind).__name__ == "enumtype" and type(kind).__module__ in ("sip", "PyQt5.sip"):
        return kind
    return None


def _scoped_name(owner: Any, attr: str) -> str | None:
    """`Enum.attr` when owner.attr is an enum member whose enum is reachable as owner.Enum, else None."""
    if _enum_type_of(owner) is not None or (isinstance(owner, type) and issubclass(owner, enum.Enum)):
        return None  # already scoped: owner is the enum itself
    if type(owner).__name__ == "enumtype":
        return None
    try:
        value = getattr(owner, attr)
    except AttributeError:
        return None
    kind = _enum_type_of(value)
    if kind is None:
        return None
    enum_name = kind.__name__
    if getattr(owner, enum_name, None) is not kind:
        return None
    # A value QGIS moved into a Python enum may carry another name there (QgsRenderContext.TextFormatAlwaysText is
    # Qgis.TextRenderFormat.AlwaysText, reachable as QgsRenderContext.TextRenderFormat.AlwaysText).
    for member in (attr, getattr(value, "name", None)):
        if member is not None and getattr(kind, member, None) == value:
            return f"{enum_name}.{member}"
    return None


class _FileChecker(ast.NodeVisitor):
    def __init__(self, path: str, source: str, resolve: Callable[[str, str], Any | None]) -> None:
        self.path = path
        self.lines = source.splitlines()
        self.resolve = resolve
        self.findings: list[Finding] = []
        self.waived: list[Finding] = []
        self.imported: dict[str, Any] = {}  # local name -> object, for names from Qt/QGIS modules

    def add(self, node: ast.AST, code: str, message: str, edit: tuple[int, int, str, str] | None = None) -> None:
        finding = Finding(self.path, node.lineno, node.col_offset + 1, code, message, edit)
        line = self.lines[node.lineno - 1] if 0 < node.lineno <= len(self.lines) else ""
        (self.waived if WAIVER in line else self.findings).append(finding)

    # imports ---------------------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802
        for alias in node.names:
            if alias.name.split(".")[0] in FOREIGN_QT_MODULES:
                self.add(node, "Q6IMPORT", f"import {alias.name}: import Qt only through qgis.PyQt")
            elif alias.name == "resources_rc" or alias.name.endswith(".resources_rc"):
                self.add(node, "Q6IMPORT", "compiled resources (resources_rc) are gone in Qt 6: load files by path")
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
        module = node.module or ""
        if module.split(".")[0] in FOREIGN_QT_MODULES:
            self.add(node, "Q6IMPORT", f"from {module} import ...: import Qt only through qgis.PyQt")
        elif module == "qgis.PyQt.Qt":
            self.add(node, "Q6IMPORT", "qgis.PyQt.Qt does not exist for Qt 6: import from qgis.PyQt.QtCore")
        for alias in node.names:
            local = alias.asname or alias.name
            if alias.name == "QRegExp":
                self.add(node, "Q6REGEXP", "QRegExp is removed in Qt 6: use QRegularExpression")
            elif alias.name == "qApp":
                self.add(node, "Q6IMPORT", "qApp is removed in Qt 6: use QApplication.instance()")
            elif alias.name == "QDesktopWidget":
                self.add(node, "Q6IMPORT", "QDesktopWidget is removed in Qt 6: use QScreen")
            elif alias.name == "resources_rc":
                self.add(node, "Q6IMPORT", "compiled resources (resources_rc) are gone in Qt 6: load files by path")
            if module.startswith(INTROSPECTED_MODULES) or module in ("qgis.core", "qgis.gui", "qgis.analysis"):
                value = self.resolve(module, alias.name)
                if value is not None:
                    self.imported[local] = value
        self.generic_visit(node)

    # expressions -----------------------------------------------------------------------------------------
    def _value_of(self, node: ast.expr) -> Any | None:
        if isinstance(node, ast.Name):
            return self.imported.get(node.id)
        if isinstance(node, ast.Attribute):
            owner = self._value_of(node.value)
            return getattr(owner, node.attr, None) if owner is not None else None
        return None

    @staticmethod
    def _attr_edit(node: ast.Attribute, new: str) -> tuple[int, int, str, str]:
        """Replace the attribute name of `node` (its last token) by `new`."""
        return (node.end_lineno or node.lineno, (node.end_col_offset or 0) - len(node.attr.encode()), node.attr, new)

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802
        base = node.value
        if isinstance(base, ast.Name):
            key = (base.id, node.attr)
            if key in RENAMED_ENUMS:
                new = RENAMED_ENUMS[key].split(".", 1)[1]
                self.add(
                    node,
                    "Q6RENAME",
                    f"{base.id}.{node.attr} is removed in Qt 6: use {RENAMED_ENUMS[key]}",
                    self._attr_edit(node, new),
                )
                self.generic_visit(node)
                return
            if base.id == "QVariant":
                self.add(
                    node,
                    "Q6QVAR",
                    f"QVariant.{node.attr}: Qt 6 field types are QMetaType.Type; use the compatibility helper",
                )
                self.generic_visit(node)
                return
            if base.id == "qApp":
                self.add(node, "Q6IMPORT", "qApp is removed in Qt 6: use QApplication.instance()")
        if node.attr == "exec_":
            self.add(node, "Q6EXEC", "exec_() is removed in PyQt6: use exec()", self._attr_edit(node, "exec"))
        if (
            isinstance(base, ast.Call)
            and isinstance(base.func, ast.Attribute)
            and base.func.attr == "fontMetrics"
            and node.attr == "width"
        ):
            self.add(node, "Q6API", "QFontMetrics.width() is removed in Qt 6: use horizontalAdvance()")
        owner = self._value_of(base)
        if owner is not None:
            scoped = _scoped_name(owner, node.attr)
            if scoped is not None:
                spelled = ast.unparse(base)
                self.add(
                    node,
                    "Q6ENUM",
                    f"unscoped enum {spelled}.{node.attr}: write {spelled}.{scoped}",
                    self._attr_edit(node, scoped),
                )
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:  # noqa: N802
        if node.id == "QRegExp":
            self.add(node, "Q6REGEXP", "QRegExp is removed in Qt 6: use QRegularExpression")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        if (
            isinstance(func, ast.Name)
            and func.id == "QVariant"
            and (
                not node.args
                or (
                    len(node.args) == 1
                    and isinstance(node.args[0], ast.Attribute)
                    and isinstance(node.args[0].value, ast.Name)
                    and node.args[0].value.id == "QVariant"
                )
            )
        ):
            self.add(node, "Q6QVAR", "QVariant() as a null value: use qgis.core.NULL")
        if isinstance(func, ast.Name) and func.id == "QDateTime":
            if len(node.args) == 8:
                self.add(node, "Q6API", "QDateTime from eight numbers fails in Qt 6: use QDateTime(QDate, QTime, spec)")
            elif (
                len(node.args) == 1
                and isinstance(node.args[0], ast.Call)
                and isinstance(node.args[0].func, ast.Name)
                and node.args[0].func.id == "QDate"
            ):
                self.add(node, "Q6API", "QDateTime(QDate) fails in Qt 6: use QDateTime(QDate, QTime(0, 0, 0))")
        if isinstance(func, ast.Attribute):
            if func.attr == "addAction" and len(node.args) >= 4:
                self.add(node, "Q6API", "addAction with four or more arguments breaks in Qt 6: make a QAction first")
            if func.attr == "desktop" and not node.args and not node.keywords:
                self.add(node, "Q6IMPORT", "QApplication.desktop() is removed in Qt 6: use QScreen")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:  # noqa: N802
        if (
            isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "str"
        ):
            self.add(node, "Q6API", "activated[str] is removed in Qt 6: use textActivated")
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        if node.name == "exec_":
            self.add(node, "Q6EXEC", "a method named exec_ is PyQt5-only: name it exec")
        self.generic_visit(node)


def check_source(
    source: str, path: str = "<source>", resolve: Callable[[str, str], Any | None] = import_resolver
) -> tuple[list[Finding], list[Finding]]:
    """(findings, waived findings) of one file's source."""
    checker = _FileChecker(path, source, resolve)
    checker.visit(ast.parse(source, filename=path))
    key = lambda finding: (finding.line, finding.column, finding.code)  # noqa: E731
    return sorted(checker.findings, key=key), sorted(checker.waived, key=key)


def apply_edits(source: str, findings: list[Finding]) -> str:
    """The source with every mechanical fix of `findings` applied (columns are UTF-8 byte offsets, as in ast)."""
    lines = source.splitlines(keepends=True)
    edits = sorted({finding.edit for finding in findings if finding.edit}, reverse=True)
    for line, column, old, new in edits:
        raw = lines[line - 1].encode()
        if raw[column : column + len(old.encode())] != old.encode():
            raise ValueError(f"line {line}: expected {old!r} at column {column}")
        lines[line - 1] = (raw[:column] + new.encode() + raw[column + len(old.encode()) :]).decode()
    return "".join(lines)


def python_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file() and path.suffix == ".py":
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Qt6 / QGIS 4 readiness check")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true", help="also list the waived Qt 5 fallback lines")
    parser.add_argument("--fix", action="store_true", help="apply the mechanical fixes (scoped enums, exec)")
    args = parser.parse_args(argv)
    if import_resolver("qgis.PyQt.QtCore", "Qt") is None:
        print("check_qt6: cannot import qgis.PyQt here; run it with the test venv's Python", file=sys.stderr)
        return 2
    paths = args.paths or [ROOT / name for name in DEFAULT_PATHS]
    findings: list[Finding] = []
    waived: list[Finding] = []
    count = 0
    for path in python_files(paths):
        count += 1
        shown = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        source = path.read_text(encoding="utf-8")
        found, excused = check_source(source, shown)
        if args.fix and any(finding.edit for finding in found):
            path.write_text(apply_edits(source, found), encoding="utf-8")
            found, excused = check_source(path.read_text(encoding="utf-8"), shown)
        findings += found
        waived += excused
    for finding in findings:
        print(finding)
    if args.verbose:
        for finding in waived:
            print(f"{finding} [waived: Qt 5 fallback]")
    print(f"check_qt6: {count} files, {len(findings)} findings, {len(waived)} waived Qt 5 fallback lines")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
