"""The rule-file dialog shows the bundled rules, another file, and a broken file's error without crashing."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ral_zuid_plugin.gui.menu_entries import menu_entries
from ral_zuid_plugin.gui.rules_dialog import RulesDialog

RULES = Path(__file__).resolve().parents[3] / "resources" / "rules" / "snellaadvisie_ral_zuid.json"


def _laid_out_lines(document) -> list[str]:
    """The text of every line as Qt laid it out (a table cell's block wraps into several lines)."""
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_dialog_shows_bundled_then_other_then_broken_rule_file(qgis_app, tmp_path):
    dialog = RulesDialog()
    text = dialog.browser.toPlainText()
    assert "afstand_snellaad" in text and "beschermd_gebied" in text
    # #18.8: the header names the rules, the file and the version; no install path, no sha256
    assert dialog.path_label.text() == "{} – snellaadvisie_ral_zuid.json, version 2.0.0".format(
        json.loads(RULES.read_text(encoding="utf-8"))["title"]["en"]
    )
    assert "/" not in dialog.path_label.text() and "sha256" not in dialog.path_label.text()
    # identifiers are never broken inside the word: laid out at the dialog's size, each criterion id of the
    # rule file sits whole on one line of the table
    dialog.show()
    QCoreApplication.processEvents()
    lines = _laid_out_lines(dialog.browser.document())
    ids = [c["id"] for c in json.loads(RULES.read_text(encoding="utf-8"))["criteria"]]
    assert len(ids) == 16
    for identifier in ids:
        assert any(identifier in line for line in lines), identifier

    data = json.loads(RULES.read_text(encoding="utf-8"))
    data["version"] = "2.1.0"
    other = tmp_path / "nieuw.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    dialog.show_rules(str(other))
    assert dialog.rules.version == "2.1.0"
    assert "nieuw.json" in dialog.path_label.text()

    data["criteria"][0]["unit"] = 5
    broken = tmp_path / "kapot.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    dialog.show_rules(str(broken))
    assert dialog.rules is None
    assert "criterion afstand_snellaad, field unit" in dialog.browser.toPlainText()
    dialog.close()


def test_menu_entry_opens_the_dialog():
    entry = next(e for e in menu_entries() if e.key == "fastchargerules")
    assert entry.handler is not None and entry.algorithm is None
