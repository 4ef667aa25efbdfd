"""Run inside the real QGIS desktop (``qgis --code``): install the plugin from a plugin repository, upgrade it.

Through QGIS's own plugin installer (the code behind *Plugins ▸ Manage and Install Plugins*):
1. the repository RALZUID_REPO_OLD (``plugins.xml`` served on 127.0.0.1) is the only one enabled; install;
2. with the installed plugin's own code: save the submission service and contact, make the card-hash salt,
   queue one candidate in the outbox;
3. point the repository at RALZUID_REPO_NEW (the next version), reload, upgrade;
4. read settings, salt and outbox back with the upgraded code, and let the upgraded plugin's outbox watcher send.
Everything observed goes to the JSON report RALZUID_REPORT; then QGIS quits.
"""

import json
import os
import sys
import time
import traceback

import pyplugin_installer
import qgis.utils
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTimer

REPORT = os.environ["RALZUID_REPORT"]
KEY = "ral_zuid_plugin"
REPOSITORY = "RAL Zuid test repository"
REPOS_GROUP = "app/plugin_repositories"
report = {"steps": []}


def _write_and_quit():
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    QgsApplication.exit(0)


def _use_only_repository(url):
    settings = QgsSettings()
    settings.beginGroup(REPOS_GROUP)
    for name in settings.childGroups():
        settings.setValue(name + "/enabled", False)
    settings.endGroup()
    settings.setValue(f"{REPOS_GROUP}/{REPOSITORY}/url", url)
    settings.setValue(f"{REPOS_GROUP}/{REPOSITORY}/enabled", True)
    settings.setValue("app/plugin_installer/allowExperimental", True)


def _fetch_and_install(url, step):
    from pyplugin_installer.installer_data import plugins, repositories

    _use_only_repository(url)
    installer = pyplugin_installer.installer.pluginInstaller
    installer.fetchAvailablePlugins(True)
    plugin = plugins.all().get(KEY)
    entry = {
        "step": step,
        "repository_state": repositories.all()[REPOSITORY]["state"],
        "repository_error": repositories.all()[REPOSITORY].get("error", ""),
        "found": plugin is not None,
    }
    report["steps"].append(entry)
    if plugin is None:
        return
    stable = not plugin["experimental"]
    entry.update(
        {
            "version_available": plugin["version_available"],
            "status_before": plugin["status" if stable else "status_exp"],
            "changelog": plugin["changelog"],
        }
    )
    installer.installPlugin(KEY, quiet=True, stable=stable)
    entry["installed_version"] = qgis.utils.pluginMetadata(KEY, "version")
    entry["active"] = KEY in qgis.utils.active_plugins
    entry["plugin_folder"] = qgis.utils.home_plugin_path + "/" + KEY


def _state_with_current_code():
    """Settings, salt and outbox as the currently imported plugin code sees them."""
    from ral_zuid_plugin.__about__ import plugin_version
    from ral_zuid_plugin.adapters.sessions_salt_store import profile_salt_path
    from ral_zuid_plugin.adapters.submission_settings import load_contact, load_service_settings, open_outbox

    service = load_service_settings()
    salt_path = profile_salt_path()
    return {
        "code_version": plugin_version(),
        "code_file": sys.modules["ral_zuid_plugin"].__file__,
        "service_url": service.service_url,
        "collection": service.collection,
        "contact_email": load_contact().email,
        "salt_hex": salt_path.read_bytes().hex() if salt_path.is_file() else None,
        "outbox": [(item.feature_id, item.state) for item in open_outbox().items()],
    }


def _prepare_before_upgrade():
    from ral_zuid_plugin.adapters.sessions_salt_store import profile_salt_store
    from ral_zuid_plugin.adapters.submission_settings import (
        ServiceSettings,
        open_outbox,
        save_contact,
        save_service_settings,
    )
    from ral_zuid_plugin.core.submission.contact import ContactDetails

    save_service_settings(ServiceSettings(os.environ["RALZUID_SERVICE_URL"], "aanmeldingen", "", 10.0))
    save_contact(ContactDetails("GM0772", "Eindhoven", "A. Ambtenaar", "mobiliteit@eindhoven.example"))
    profile_salt_store().salt()  # made on first use, like a first session-indicators run
    feature = {
        "type": "Feature",
        "id": "GM0772-UPG01",
        "geometry": {"type": "Point", "coordinates": [5.47, 51.44]},
        "properties": {"kandidaat_id": "UPG01", "submission_id": "GM0772-20261129T000000Z"},
    }
    open_outbox().add_submission("GM0772-20261129T000000Z", "GM0772", "/tmp/p.zip", [feature])


def _wait_for_sending(deadline):
    watcher = qgis.utils.plugins[KEY].outbox_watcher
    if (watcher.sending() or QgsApplication.taskManager().countActiveTasks()) and time.monotonic() < deadline:
        QTimer.singleShot(200, lambda: _wait_for_sending(deadline))
        return
    QCoreApplication.processEvents()
    report["after_send"] = _state_with_current_code()
    _write_and_quit()


def _run():
    try:
        _fetch_and_install(os.environ["RALZUID_REPO_OLD"], "install")
        _prepare_before_upgrade()
        report["before_upgrade"] = _state_with_current_code()
        _fetch_and_install(os.environ["RALZUID_REPO_NEW"], "upgrade")
        report["after_upgrade"] = _state_with_current_code()
        report["due_after_upgrade"] = qgis.utils.plugins[KEY].outbox_watcher.due_count()
        qgis.utils.plugins[KEY].outbox_watcher.look()  # what its timer does 30 s after start-up
        _wait_for_sending(time.monotonic() + 60)
    except Exception:  # noqa: BLE001 (the report carries the traceback to the test)
        report["error"] = traceback.format_exc()
        _write_and_quit()


def _watchdog():
    report["error"] = report.get("error") or "watchdog: no result within 200 s"
    _write_and_quit()


QTimer.singleShot(200_000, _watchdog)
QTimer.singleShot(1000, _run)
