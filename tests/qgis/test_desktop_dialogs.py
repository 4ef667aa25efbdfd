"""#18.2/4/8/9 in the real QGIS desktop under Xvfb, Dutch profile: menu icons and tooltips, the planmap and
session dialogs' widgets, the submission and rules dialogs; screenshots in tests/artefacts/ (one also in docs/images/
with `make docs-images`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.qgis.docs_images import retake
from tests.qgis.packaged_plugin import ROOT, build_package, install_into_fresh_profile

ARTEFACTS = ROOT / "tests" / "artefacts"
SCREENSHOTS = (
    "menu_nl.png",
    "dialog_planmap_nl.png",
    "dialog_sessionindicators_nl.png",
    "dialog_sessionindicators_months_nl.png",
    "dialog_prognosedpressure_nl.png",
    "dialog_reviewinbox_nl.png",
    "dialog_submission_nl.png",
    "dialog_rules_nl.png",
)


def test_dutch_desktop_dialogs_menu_and_widgets(tmp_path):
    config_root = tmp_path / "profiles-root"
    install_into_fresh_profile(build_package(), config_root, locale="nl_NL", number_locale="nl_NL")
    report_path = tmp_path / "report.json"
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.pop("QT_QPA_PLATFORM", None)
    env["RALZUID_REPORT"] = str(report_path)
    command = [
        *("xvfb-run", "-a", "-s", "-screen 0 1400x1000x24"),
        *("qgis.bin", "--nologo", "--noversioncheck"),
        *("--profiles-path", str(config_root)),
        *("--code", str(Path(__file__).with_name("desktop_dialogs_check.py"))),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    output = completed.stdout + completed.stderr
    assert report_path.is_file(), output[-3000:]
    report = json.loads(report_path.read_text())
    assert report["errors"] == [], report["errors"]
    ARTEFACTS.mkdir(exist_ok=True)
    for name in SCREENSHOTS:
        assert (tmp_path / name).is_file(), name
        shutil.copy(tmp_path / name, ARTEFACTS / name)
    retake(tmp_path / "dialog_planmap_nl.png", "dialog_planmap_nl.png")

    # 9: every menu entry its own icon and a tooltip that says what it does; names as in the toolbox (2)
    menu = report["menu"]
    assert all(entry["has_icon"] for entry in menu)
    assert len({entry["icon_key"] for entry in menu}) == len(menu)
    texts = [entry["text"] for entry in menu]
    assert "Snellaadlocaties toetsen…" in texts and "Laadsessie-indicatoren (NAL)…" in texts
    assert "Aanmelden bij het expertisecentrum…" in texts
    assert all(len(tip) > 30 for tip in report["toolbar"]), report["toolbar"]
    # 4: planmap's expert parameters folded away; the gemeente chosen by name
    assert "Geavanceerde parameters" in report["planmap"]["groups"]
    # "Geen: …", the region and the two provinces (the expertisecentrum's overview), then the 87 gemeenten
    assert report["planmap"]["municipality_items"] == 91
    assert report["planmap"]["municipality_first"] == "Geen: de gemeentelaag hieronder"
    labels = report["planmap"]["labels"]
    municipality = "Gemeente (CBS-code; of PV30 / PV31 voor een provincie, REGIO voor de regio; of een laag hieronder)"
    assert municipality + " [optioneel]" in labels
    assert "Datum van het raadsbesluit [optioneel]" in labels
    assert not any("[optional]" in label or label.count("ptione") > 1 for label in labels), labels
    # 4: numbers as a Dutch user sees them, with QGIS's number locale nl_NL (decimal comma): hours, percentages
    # and months are whole numbers (17, 21, 80, 50, 10, 6: the defaults), never 17.0 or 17.000000; the months to
    # leave out are twelve tick boxes with the Dutch month names
    assert report["decimal_point"] == ","
    assert {"17", "21", "80", "50", "10", "6"} <= set(report["sessions_integers"]), report["sessions_integers"]
    assert not any("0000" in n or "." in n for n in report["sessions_numbers"]), report["sessions_numbers"]
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]  # fmt: skip
    assert [c for c in report["sessions_checkboxes"] if c in months] == months, report["sessions_checkboxes"]
    sessions_labels = report["sessions_labels"]
    assert "Maanden die buiten de periode blijven, in elk jaar ervan (bijv. gaten in de data) [optioneel]" in (
        sessions_labels
    )
    assert not any("[optional]" in label or label.count("ptione") > 1 for label in sessions_labels), sessions_labels
    # the prognosis: a fraction with two decimals and a decimal comma (0,50), walking distance in whole metres, the
    # private-charging shares by stedelijkheid written the Dutch way
    assert "0,50" in report["prognosis_numbers"] and "250" in report["prognosis_numbers"], report["prognosis_numbers"]
    assert not any("." in n for n in report["prognosis_numbers"]), report["prognosis_numbers"]
    assert "0,3;0,4;0,5;0,6;0,7" in report["prognosis_strings"]
    # 2/7: the help panel in Dutch, with the Dutch word for an occupied but idle charge point
    assert "paalkleven" in report["sessions_help"] and "resources/" not in report["sessions_help"]
    # 4: the reviewer's inbox: the gemeenten ticked by name (none = all), dates from a calendar, not free text
    assert report["inbox_gemeenten"] == [87, "'s-Hertogenbosch (GM0796)", "Alle gemeenten van de regio"]
    assert report["inbox_dates"] == ["niet ingesteld", "niet ingesteld"]
    assert "Gemeenten (niets aangevinkt = alle) [optioneel]" in report["inbox_labels"]
    assert "Ingediend vanaf (leeg = alle) [optioneel]" in report["inbox_labels"]
    # 8: Sluiten and Help; the rules header without install path or checksum
    assert sorted(report["submission_buttons"]) == ["Help", "Sluiten"]
    # 8: the gemeente chosen by name from the 87 of the region; the code and the name are stored
    gemeenten = report["submission_gemeenten"]
    assert len(gemeenten) == 88 and gemeenten[0] == "Kies een gemeente…" and "Eindhoven (GM0772)" in gemeenten
    assert report["submission_contact"] == ["GM0772", "Eindhoven"]
    assert (
        "Gemeente" in report["submission_labels"]
        and "Kies een laag met getoetste kandidaten." in (report["submission_check"])
    )
    assert report["rules_header"].endswith("snellaadvisie_ral_zuid.json, versie 2.0.0")
    assert "/" not in report["rules_header"] and "sha256" not in report["rules_header"]
