"""The real QGIS desktop starts under Xvfb with the packaged plugin enabled and shows the RAL Zuid menu."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from tests.qgis.docs_images import retake
from tests.qgis.packaged_plugin import ROOT, build_package, install_into_fresh_profile

ARTEFACTS = ROOT / "tests" / "artefacts"


def test_qgis_desktop_loads_the_plugin_without_python_errors(tmp_path):
    config_root = tmp_path / "profiles-root"
    install_into_fresh_profile(build_package(), config_root)
    report = tmp_path / "report.json"
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X display, not offscreen
    env["RALZUID_REPORT"] = str(report)
    command = [
        *("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"),
        *("qgis.bin", "--nologo", "--noversioncheck"),
        *("--profiles-path", str(config_root)),
        *("--code", str(Path(__file__).with_name("desktop_startup_check.py"))),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240, check=False)
    output = completed.stdout + completed.stderr
    assert report.is_file(), output[-3000:]
    result = json.loads(report.read_text())
    assert result["plugin_loaded"] and result["plugin_active"], result
    assert "RAL Zuid" in result["menus"]
    assert "Municipalities of the region…" in result["menu_actions"]
    assert result["provider"]
    assert "ralzuid:regionmunicipalities" in result["algorithms"]
    assert "Traceback" not in output, output[-3000:]
    ARTEFACTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "qgis_desktop.png", ARTEFACTS / "qgis_desktop.png")


def test_the_panel_in_the_dutch_desktop(tmp_path):
    """#18.11/#18.12 in the real QGIS (nl_NL): the panel from its toolbar action, a sessions run recorded and its
    charts, the address search on a stand-in Locatieserver adding a candidate, the laaddruk dialog prefilled, and
    everything back after saving and reopening the project. Screenshots go to tests/artefacts/."""
    from tests.locatieserver_fakes import FakeLocatieserver, serve

    config_root = tmp_path / "profiles-root"
    install_into_fresh_profile(build_package(), config_root, locale="nl")
    work = tmp_path / "work"
    work.mkdir()
    report = work / "report.json"
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.pop("QT_QPA_PLATFORM", None)
    env["RALZUID_REPORT"] = str(report)
    env["RALZUID_DATA"] = str(ROOT)
    command = [
        *("xvfb-run", "-a", "-s", "-screen 0 1400x1100x24"),
        *("qgis.bin", "--nologo", "--noversioncheck"),
        *("--profiles-path", str(config_root)),
        *("--code", str(Path(__file__).with_name("desktop_panel_check.py"))),
    ]
    with serve(lambda base: FakeLocatieserver(base + "/v3_1")) as (base, service):
        env["RALZUID_LOCATIESERVER"] = base + "/v3_1"
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
        requests = list(service.requests)
    output = completed.stdout + completed.stderr
    assert report.is_file(), output[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["errors"] == [], result["errors"]
    assert result["action_text"] == "RAL Zuid-paneel (werkwijze, adres zoeken, grafieken)"
    assert result["panel_visible"]
    assert [t.replace("<b>", "").replace("</b>", "") for t in result["titles"]] == [
        "1. Laadsessies",
        "2. Laaddruk",
        "3a. Voorstellen nieuwe laadpunten",
        "3b. Snellaadlocaties toetsen",
        "4. Plankaart",
        "5. Aanmelden",
    ]
    assert "Nog niet uitgevoerd" in result["before"]
    # The points layer the run wrote, counted by QGIS itself, is the key number the panel shows.
    assert "Laatst uitgevoerd" in result["sessions_status"]
    assert "{} laadpunten".format(result["points_in_layer"]) in result["sessions_status"]
    assert result["charts"] == [
        "Bezettingsgraad per maand (regio)",
        "Bezettingsgraad per uur van de dag (regio)",
        "Geladen energie per gemeente",
    ]
    # The stand-in has Stadhuisplein 10 (and 10A) at RD (161750.125, 383250.5): the canvas centres on the first.
    assert result["suggestions"][:2] == ["Stadhuisplein 10, 5611EM Eindhoven", "Stadhuisplein 10A, 5611EM Eindhoven"]
    assert result["chosen"] and result["candidate"] == "K001"
    assert result["canvas_centre"] == [161750.1, 383250.5]
    assert any("/suggest?" in url for url in requests) and any("/lookup?" in url for url in requests)
    layer_id, layer_name, count = result["candidate_layer"]
    assert (layer_name, count) == ("Kandidaat-snellaadlocaties", 1) and result["screening_prefill"] == layer_id
    # The laaddruk dialog takes the session points: the file, or the layer of the project that holds that file.
    assert result["dialog_input"] in result["points_layer"], (result["dialog_input"], result["points_layer"])
    # Steps 2 and 3b run from their prefilled dialogs: each row shows its result in Dutch, and the outputs reach the
    # next steps (proposals take the session points, the plankaart the laaddruk raster and the getoetste candidates,
    # aanmelden the getoetste candidates). The stand-in's one candidate, Stadhuisplein 10, gets one advice.
    assert "Laatst uitgevoerd" in result["pressure_status"] and "gebieden" in result["pressure_status"]
    # the output by the name of its layer in the project, not the temporary file's name OUTPUT.tif
    assert "Laaddruk (gemeten)" in result["pressure_status"] and "OUTPUT.tif" not in result["pressure_status"]
    assert "Laatst uitgevoerd" in result["screening_status"], result["screening_status"]
    advice = re.search(r"(\d+) positief, (\d+) nader onderzoek, (\d+) negatief", result["screening_status"])
    assert advice and sum(int(n) for n in advice.groups()) <= 1, result["screening_status"]
    candidates_shown = result["screening_dialog_candidates"]
    assert candidates_shown == layer_id or candidates_shown.split("|")[0].endswith("ralzuid_kandidaten.gpkg")
    assert result["proposals_prefill"] in result["points_layer"]  # the points file, or its layer in the project
    assert result["planmap_prefill"] == result["step_outputs"]
    assert result["submission_prefill"] == result["step_outputs"][1]
    assert "Nog niet uitgevoerd" in result["after_clear"]
    assert result["after_reopen"] == result["sessions_status"]
    # what the laaddruk dialog ran with (the points layer of the project, saved with it) comes back after reopening
    assert result["after_reopen_prefill"] in result["points_layer"]
    assert "Traceback" not in output, output[-3000:]
    ARTEFACTS.mkdir(exist_ok=True)
    shots = ("panel_desktop_nl.png", "panel_dock_nl.png", "panel_chart_nl.png", "panel_step_dialog_nl.png")
    for name in (*shots, "panel_walkthrough_nl.png"):
        shutil.copy(work / name, ARTEFACTS / name)
    # The documentation shows these (README, docs/panel.md): retaken with `make docs-images`.
    retake(work / "panel_walkthrough_nl.png", "panel_nl.png")
    for name in ("panel_chart_nl.png", "panel_step_dialog_nl.png"):
        retake(work / name, name)
