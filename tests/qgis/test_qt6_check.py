"""The Qt6 readiness check (scripts/check_qt6.py): what it finds, what it fixes, and that our code passes it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _checker():
    spec = importlib.util.spec_from_file_location("check_qt6", ROOT / "scripts" / "check_qt6.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_qt6"] = module
    spec.loader.exec_module(module)
    return module


# Each line below holds one pattern QGIS's pyqt5_to_pyqt6 migration rewrites or warns about; the expected
# (line, code) pairs were read off this listing by hand.
SAMPLE = """\
from qgis.PyQt.QtCore import Qt, QVariant, QRegExp
from qgis.core import Qgis, QgsProcessing, QgsField
from PyQt5.QtWidgets import QDialog
label.setAlignment(Qt.AlignTop | Qt.AlignmentFlag.AlignLeft)
level = Qgis.Warning  # café: a non-ASCII character before nothing
field = QgsField("naam", QVariant.String)
dialog.exec_()
role = Qt.TextColorRole
empty = QVariant()
kind = QgsProcessing.SourceType.TypeVectorPoint
width = widget.fontMetrics().width("x")
combo.activated[str].connect(slot)
stamp = QDateTime(QDate(2024, 1, 1))
menu.addAction(icon, "tekst", receiver, slot)
text = "é"; kind = QgsProcessing.TypeVectorPolygon
"""


def test_the_check_finds_each_pattern_on_its_line():
    checker = _checker()
    findings, waived = checker.check_source(SAMPLE, "sample.py")
    assert [(finding.line, finding.code) for finding in findings] == [
        (1, "Q6REGEXP"),  # QRegExp imported
        (3, "Q6IMPORT"),  # PyQt5 directly
        (4, "Q6ENUM"),  # Qt.AlignTop; the scoped Qt.AlignmentFlag.AlignLeft beside it passes
        (5, "Q6ENUM"),  # Qgis.Warning
        (6, "Q6QVAR"),  # QVariant.String
        (7, "Q6EXEC"),
        (8, "Q6RENAME"),  # Qt.TextColorRole
        (9, "Q6QVAR"),  # QVariant() as null
        (11, "Q6API"),  # fontMetrics().width
        (12, "Q6API"),  # activated[str]
        (13, "Q6API"),  # QDateTime(QDate(...))
        (14, "Q6API"),  # addAction with four arguments
        (15, "Q6ENUM"),  # QgsProcessing.TypeVectorPolygon after a non-ASCII string
    ]
    assert waived == []
    messages = {finding.line: finding.message for finding in findings}
    assert messages[4] == "unscoped enum Qt.AlignTop: write Qt.AlignmentFlag.AlignTop"
    assert messages[5] == "unscoped enum Qgis.Warning: write Qgis.MessageLevel.Warning"


def test_the_fix_scopes_enums_and_renames_exec_and_the_result_passes():
    checker = _checker()
    source = (
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.core import QgsProcessing, QgsRenderContext\n"
        "fmt = QgsRenderContext.TextFormatAlwaysText\n"
        'x = ("é", QgsProcessing.TypeVectorPolygon, Qt.AlignTop | Qt.AlignLeft)\n'
        "dialog.exec_()\n"
        "button = Qt.MidButton\n"
    )
    findings, _ = checker.check_source(source)
    fixed = checker.apply_edits(source, findings)
    # Written by hand: what the code must read after the fix.
    assert fixed == (
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.core import QgsProcessing, QgsRenderContext\n"
        "fmt = QgsRenderContext.TextRenderFormat.AlwaysText\n"
        'x = ("é", QgsProcessing.SourceType.TypeVectorPolygon, '
        "Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)\n"
        "dialog.exec()\n"
        "button = Qt.MouseButton.MiddleButton\n"
    )
    assert checker.check_source(fixed) == ([], [])
    # The scoped spellings really exist on this QGIS 3.22 / PyQt5 (so the fixed code runs here).
    from qgis.core import QgsProcessing
    from qgis.PyQt.QtCore import Qt

    old_polygon = QgsProcessing.TypeVectorPolygon  # qt5-fallback: compared with the scoped form on Qt 5
    old_top = Qt.AlignTop  # qt5-fallback: compared with the scoped form on Qt 5
    assert QgsProcessing.SourceType.TypeVectorPolygon == old_polygon
    assert Qt.AlignmentFlag.AlignTop == old_top


def test_a_marked_qt5_fallback_line_is_listed_but_does_not_fail():
    checker = _checker()
    source = "from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String  # qt5-fallback: QGIS < 3.38\n"
    findings, waived = checker.check_source(source)
    assert findings == []
    assert [(finding.line, finding.code) for finding in waived] == [(2, "Q6QVAR")]


def test_the_plugin_scripts_tests_and_benchmarks_pass_the_check_and_metadata_says_qt6():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_qt6.py")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 findings," in result.stdout
    # supportsQt6 is claimed only because the check passes (QGIS 4's plugin manager reads this key).
    assert "\nsupportsQt6=True\n" in (ROOT / "metadata.txt").read_text(encoding="utf-8")
