"""The real QGIS desktop starts under Xvfb with the packaged plugin enabled and shows the RAL Zuid menu."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

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
