"""`make release` output is a QGIS plugin repository: QGIS's installer installs from it and upgrades 0.1.0 -> 0.2.0.

The real QGIS desktop (Xvfb) runs tests/qgis/desktop_upgrade_check.py with a fresh profile; the repositories are
served over HTTP on 127.0.0.1 by this test, and the outbox sends to a real OGC API - Features server (pygeoapi).
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.qgis.packaged_plugin import ROOT, build_package
from tests.qgis.submission.servers import PygeoapiServer


def _release_module():
    spec = importlib.util.spec_from_file_location("make_release", ROOT / "scripts" / "make_release.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_release"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def http_folder(tmp_path):
    """A folder served read-only over HTTP on 127.0.0.1 (a plugin repository host)."""
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, "http://127.0.0.1:{}/".format(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_release_writes_a_repository_with_the_changelog(tmp_path):
    release = _release_module()
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## Unreleased\n- not yet\n\n## 0.2.0 - 2026-11-29\n- Upgrade test.\n- Second line.\n\n"
        "## 0.1.0 - 2026-11-27\n- First release.\n",
        encoding="utf-8",
    )
    xml, target = release.make_release(
        build_package(), tmp_path / "repo", "http://intranet.example/qgis", "0.2.0", changelog
    )
    assert target.name == "ral_zuid_plugin.0.2.0.zip"  # the installer takes the folder name up to the first dot
    node = ET.parse(xml).getroot().find("pyqgis_plugin")
    assert node.get("version") == "0.2.0" and node.get("name") == "RAL Zuid"
    assert node.findtext("download_url") == "http://intranet.example/qgis/ral_zuid_plugin.0.2.0.zip"
    assert node.findtext("qgis_minimum_version") == "3.22.0"
    assert node.findtext("update_date") == "2026-11-29T00:00:00Z"
    assert node.findtext("create_date") == "2026-11-27T00:00:00Z"
    expected_changelog = "0.2.0 (2026-11-29)\n- Upgrade test.\n- Second line.\n0.1.0 (2026-11-27)\n- First release."
    assert node.findtext("changelog") == expected_changelog
    with zipfile.ZipFile(target) as archive:
        metadata = archive.read("ral_zuid_plugin/metadata.txt").decode("utf-8")
    meta = release.read_metadata(metadata)
    assert meta["version"] == "0.2.0"
    assert meta["changelog"] == expected_changelog
    # A version without a CHANGELOG section is refused.
    with pytest.raises(release.ReleaseError, match="no section '## 0.3.0"):
        release.make_release(build_package(), tmp_path / "repo3", "http://x/", "0.3.0", changelog)


@pytest.mark.desktop
def test_qgis_installs_from_the_repository_and_upgrades_keeping_settings_salt_and_outbox(tmp_path, http_folder):
    folder, base_url = http_folder
    release = _release_module()
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "## 0.2.0 - 2026-11-29\n- The next version.\n\n" + (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    package = build_package()
    release.make_release(package, folder / "old", base_url + "old/", "0.1.0", changelog)
    release.make_release(package, folder / "new", base_url + "new/", "0.2.0", changelog)
    (tmp_path / "pygeoapi").mkdir()
    service = PygeoapiServer(tmp_path / "pygeoapi")
    try:
        config_root = tmp_path / "profiles-root"
        settings = config_root / "profiles" / "default" / "QGIS"
        settings.mkdir(parents=True)
        (settings / "QGIS3.ini").write_text("[locale]\noverrideFlag=true\nuserLocale=en\n")
        report = tmp_path / "report.json"
        env = dict(os.environ)
        env.pop("QGIS_OPTS", None)
        env.pop("QT_QPA_PLATFORM", None)
        env.update(
            {
                "RALZUID_REPORT": str(report),
                "RALZUID_REPO_OLD": base_url + "old/plugins.xml",
                "RALZUID_REPO_NEW": base_url + "new/plugins.xml",
                "RALZUID_SERVICE_URL": service.url,
                "NO_PROXY": "127.0.0.1,localhost",
            }
        )
        command = [
            *("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"),
            *("qgis.bin", "--nologo", "--noversioncheck"),
            *("--profiles-path", str(config_root)),
            *("--code", str(Path(__file__).with_name("desktop_upgrade_check.py"))),
        ]
        completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
        output = completed.stdout + completed.stderr
        assert report.is_file(), output[-3000:]
        result = json.loads(report.read_text())
        received = [feature["id"] for feature in service.items()]
    finally:
        service.stop()
    assert "error" not in result, result.get("error")
    install, upgrade = result["steps"]
    assert (install["status_before"], install["version_available"], install["installed_version"]) == (
        "not installed",
        "0.1.0",
        "0.1.0",
    )
    assert install["active"]
    assert (upgrade["status_before"], upgrade["version_available"], upgrade["installed_version"]) == (
        "upgradeable",
        "0.2.0",
        "0.2.0",
    )
    assert upgrade["active"] and upgrade["changelog"].startswith("0.2.0 (2026-11-29)\n- The next version.")
    before, after = result["before_upgrade"], result["after_upgrade"]
    assert before["code_version"] == "0.1.0" and after["code_version"] == "0.2.0"  # the new code really runs
    assert str(config_root) in after["code_file"]  # from the profile's plugin folder, not the source tree
    for key in ("service_url", "collection", "contact_email", "salt_hex", "outbox"):
        assert after[key] == before[key], key
    assert before["service_url"] == service.url and before["contact_email"] == "mobiliteit@eindhoven.example"
    assert len(bytes.fromhex(before["salt_hex"])) >= 16
    assert before["outbox"] == [["GM0772-UPG01", "queued"]]  # queued before the upgrade, not sent yet
    assert result["due_after_upgrade"] == 1
    assert result["after_send"]["outbox"] == [["GM0772-UPG01", "received"]]
    assert received == ["GM0772-UPG01"]
    assert "Traceback" not in output, output[-3000:]
