"""Write a QGIS plugin repository: ``plugins.xml`` plus the plugin zip, as plugins.qgis.org serves them.

``make release`` runs this on the zip ``make package`` built. The zip's ``metadata.txt`` gets the changelog from
CHANGELOG.md (every version up to the released one, newest first); ``plugins.xml`` describes the plugin with the
fields QGIS's plugin installer reads (``pyplugin_installer/installer_data.py``). Serve the output folder over
HTTP(S) and add ``<base-url>/plugins.xml`` as a repository in *Plugins ▸ Manage and Install Plugins ▸ Settings*.

The installer takes the plugin's folder name from ``file_name`` up to the first dot, so the zip is named
``ral_zuid_plugin.<version>.zip``; icon and download URLs are absolute because the installer joins a relative
icon path to the host without its port.

Usage: python scripts/make_release.py --zip dist/ral_zuid_plugin-0.1.0.zip --output dist
       [--base-url http://127.0.0.1:8000/] [--version 0.2.0] [--changelog CHANGELOG.md]
"""

from __future__ import annotations

import argparse
import configparser
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "ral_zuid_plugin"
_SECTION = re.compile(r"^##\s+\[?(?P<version>\d+(?:\.\d+)+[\w.-]*)\]?\s*(?:[-–]\s*(?P<date>\d{4}-\d{2}-\d{2}))?\s*$")


class ReleaseError(Exception):
    pass


@dataclass(frozen=True)
class ChangelogEntry:
    version: str
    date: str
    lines: tuple[str, ...]

    def text(self) -> str:
        heading = f"{self.version} ({self.date})" if self.date else self.version
        return "\n".join([heading, *self.lines])


def parse_changelog(text: str) -> list[ChangelogEntry]:
    """The ``## <version> - <date>`` sections of a CHANGELOG.md, in file order (newest first)."""
    entries: list[ChangelogEntry] = []
    current: dict | None = None
    for raw in text.splitlines():
        match = _SECTION.match(raw.strip())
        if match:
            if current is not None:
                entries.append(ChangelogEntry(current["version"], current["date"], tuple(current["lines"])))
            current = {"version": match["version"], "date": match["date"] or "", "lines": []}
        elif raw.startswith("## "):
            if current is not None:
                entries.append(ChangelogEntry(current["version"], current["date"], tuple(current["lines"])))
            current = None  # e.g. "## Unreleased": not part of any release
        elif current is not None and raw.strip():
            current["lines"].append(raw.rstrip())
    if current is not None:
        entries.append(ChangelogEntry(current["version"], current["date"], tuple(current["lines"])))
    return entries


def changelog_for(entries: list[ChangelogEntry], version: str) -> tuple[str, list[ChangelogEntry]]:
    """The changelog text of ``version`` and all earlier versions; the released section must exist."""
    versions = [entry.version for entry in entries]
    if version not in versions:
        raise ReleaseError(f"CHANGELOG.md has no section '## {version} - <date>': write what changed first")
    released = entries[versions.index(version) :]
    return "\n".join(entry.text() for entry in released), released


def metadata_with(metadata: str, version: str, changelog: str) -> str:
    """``metadata.txt`` text with ``version`` and a multi-line ``changelog`` (continuation lines indented)."""
    lines = metadata.splitlines()
    out: list[str] = []
    skipping = False
    for line in lines:
        if skipping and line[:1] in (" ", "\t") and line.strip():
            continue
        skipping = False
        if line.startswith("version="):
            out.append(f"version={version}")
        elif line.startswith("changelog="):
            skipping = True
        else:
            out.append(line)
    changelog_lines = changelog.splitlines()
    out.append("changelog=" + changelog_lines[0])
    out.extend("    " + line for line in changelog_lines[1:])
    return "\n".join(out) + "\n"


def read_metadata(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser["general"]


def _element(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def plugins_xml(meta: configparser.SectionProxy, file_name: str, base_url: str, icon_name: str, dates: tuple) -> str:
    """The repository listing for one plugin version, in the element layout of plugins.qgis.org."""
    created, updated = dates
    version = meta["version"]
    root = ET.Element("plugins")
    node = ET.SubElement(root, "pyqgis_plugin", {"name": meta["name"], "version": version})
    minimum = meta.get("qgisMinimumVersion", "3.22")
    fields = [
        ("description", meta.get("description", "")),
        ("about", meta.get("about", "")),
        ("version", version),
        ("trusted", "False"),
        ("qgis_minimum_version", minimum if minimum.count(".") == 2 else minimum + ".0"),
        ("qgis_maximum_version", meta.get("qgisMaximumVersion", minimum.split(".")[0] + ".99")),
        ("homepage", meta.get("homepage", "")),
        ("file_name", file_name),
        ("icon", base_url + icon_name if icon_name else ""),
        ("author_name", meta.get("author", "")),
        ("download_url", base_url + file_name),
        ("uploaded_by", meta.get("author", "")),
        ("create_date", created),
        ("update_date", updated),
        ("experimental", str(meta.get("experimental", "False")).strip().lower() in ("true", "yes", "1")),
        ("deprecated", str(meta.get("deprecated", "False")).strip().lower() in ("true", "yes", "1")),
        ("tracker", meta.get("tracker", "")),
        ("repository", meta.get("repository", "")),
        ("tags", meta.get("tags", "")),
        ("category", meta.get("category", "")),
        ("changelog", meta.get("changelog", "")),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", ""),
        ("server", str(meta.get("server", "False")).strip().lower() in ("true", "yes", "1")),
    ]
    for tag, value in fields:
        _element(node, tag, str(value))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def make_release(
    package_zip: Path, output: Path, base_url: str, version: str | None = None, changelog_path: Path | None = None
) -> tuple[Path, Path]:
    """Write ``<output>/plugins.xml`` and ``<output>/ral_zuid_plugin.<version>.zip``; return both paths."""
    if not base_url.endswith("/"):
        base_url += "/"
    changelog_path = changelog_path or ROOT / "CHANGELOG.md"
    with zipfile.ZipFile(package_zip) as source:
        metadata = source.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
        version = version or read_metadata(metadata)["version"]
        changelog, entries = changelog_for(parse_changelog(changelog_path.read_text(encoding="utf-8")), version)
        new_metadata = metadata_with(metadata, version, changelog)
        meta = read_metadata(new_metadata)
        output.mkdir(parents=True, exist_ok=True)
        file_name = f"{PLUGIN}.{version}.zip"
        target = output / file_name
        temporary = output / (file_name + ".tmp")
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as release:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == f"{PLUGIN}/metadata.txt":
                    data = new_metadata.encode("utf-8")
                copy = zipfile.ZipInfo(info.filename, info.date_time)  # a copy: writestr changes the ZipInfo
                copy.external_attr = info.external_attr
                release.writestr(copy, data, compress_type=zipfile.ZIP_DEFLATED)
        temporary.replace(target)
        icon_name = ""
        icon = meta.get("icon", "")
        if icon and f"{PLUGIN}/{icon}" in source.namelist():
            icon_name = f"{PLUGIN}{Path(icon).suffix}"
            (output / icon_name).write_bytes(source.read(f"{PLUGIN}/{icon}"))
    dated = [entry.date for entry in entries if entry.date]
    dates = (dated[-1] + "T00:00:00Z" if dated else "", dated[0] + "T00:00:00Z" if dated else "")
    xml = output / "plugins.xml"
    xml.write_text(plugins_xml(meta, file_name, base_url, icon_name, dates), encoding="utf-8")
    return xml, target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", required=True, type=Path, help="the zip `make package` built")
    parser.add_argument("--output", required=True, type=Path)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000/", help="where the output folder is served")
    parser.add_argument("--version", help="release under this version (default: metadata.txt's)")
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    args = parser.parse_args(argv)
    try:
        xml, target = make_release(args.zip, args.output, args.base_url, args.version, args.changelog)
    except ReleaseError as error:
        print(f"make_release: {error}", file=sys.stderr)
        return 1
    print(xml)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
