"""The rule-file dialog shows the bundled rules, another file, and a broken file's error without crashing."""

from __future__ import annotations

import json
from pathlib import Path

from ral_zuid_plugin.gui.menu_entries import menu_entries
from ral_zuid_plugin.gui.rules_dialog import RulesDialog

RULES = Path(__file__).resolve().parents[3] / "resources" / "rules" / "snellaadvisie_ral_zuid.json"


def test_dialog_shows_bundled_then_other_then_broken_rule_file(qgis_app, tmp_path):
    dialog = RulesDialog()
    text = dialog.browser.toPlainText()
    assert "afstand_snellaad" in text and "beschermd_gebied" in text
    assert "version 2.0.0" in dialog.path_label.text()

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
