"""Translation round trip: extract every tr() string, compile, load under nl, get Dutch back."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "i18n" / "ral_zuid_nl.ts"


def _messages(ts_file: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {m.findtext("source"): m for m in root.iter("message")}


def test_committed_ts_holds_every_source_string_and_all_are_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    # the plugin and the demo, whose console summary is in the chosen language (scripts/update_translations.py)
    demo = [ROOT / "scripts" / "demo.py", *(ROOT / "scripts" / "demo_steps").glob("*.py")]
    sources = sorted(str(p) for p in [*(ROOT / "ral_zuid_plugin").rglob("*.py"), *demo])
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    extracted = set(_messages(fresh))
    committed = _messages(TS_FILE)
    missing = sorted(extracted - set(committed))
    assert missing == [], "strings not in i18n/ral_zuid_nl.ts (run `make ts`): {}".format(missing)
    unfinished = [
        source
        for source, message in committed.items()
        if message.find("translation").get("type") == "unfinished" or not (message.findtext("translation") or "")
    ]
    assert unfinished == []
    assert len(extracted) > 20
    contexts = {c.findtext("name") for c in ET.parse(fresh).getroot().iter("context")}
    assert contexts == {"@default"}, "tr() must be the module-level helper, not self.tr()"


def test_compiled_translations_load_and_give_dutch(tmp_path):
    copied = tmp_path / "nl.ts"
    shutil.copy(TS_FILE, copied)
    qm_file = tmp_path / "nl.qm"
    subprocess.run(["lrelease", "-silent", str(copied), "-qm", str(qm_file)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("@default", "Charging pressure") == "Laaddruk"
        assert QCoreApplication.translate("@default", "Reference data") == "Referentiedata"
        formatted = QCoreApplication.translate("@default", "row {row}").format(row=7)
        assert formatted == "rij 7"
        # Placeholders survive translation: every {name} in the source is in the Dutch text.
        for source, message in _messages(TS_FILE).items():
            dutch = message.findtext("translation") or ""
            assert _placeholders(dutch) == _placeholders(source), "placeholders differ for {!r}".format(source)
    finally:
        QCoreApplication.removeTranslator(translator)


def _placeholders(text: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
