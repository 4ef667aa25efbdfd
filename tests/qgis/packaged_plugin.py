"""Helpers for tests that install the packaged zip into a fresh, temporary QGIS profile."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "ral_zuid_plugin"


def build_package() -> Path:
    output = subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, capture_output=True, text=True)
    zip_path = ROOT / output.stdout.strip().splitlines()[-1]
    assert zip_path.is_file(), output.stdout
    return zip_path


def install_into_fresh_profile(zip_path: Path, config_root: Path, locale: str = "en", number_locale: str = "") -> Path:
    """Unzip into ``<config_root>/profiles/default/python/plugins`` and enable the plugin there. ``number_locale``
    (e.g. ``nl_NL``) is QGIS's own "locale for numbers and dates" override (decimal comma), else the system's."""
    profile = config_root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)
    settings = profile / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(
        "[PythonPlugins]\n{plugin}=true\n\n[locale]\noverrideFlag=true\nuserLocale={locale}\n".format(
            plugin=PLUGIN, locale=locale
        )
        + ("globalLocale={}\n".format(number_locale) if number_locale else "")
    )
    return plugins / PLUGIN


def qgis_process(config_root: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``qgis_process.bin`` (the Debian wrapper breaks on QGIS_OPTS) with the given profile root."""
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.update({"QGIS_CUSTOM_CONFIG_PATH": str(config_root), "QT_QPA_PLATFORM": "offscreen"})
    return subprocess.run(
        ["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
