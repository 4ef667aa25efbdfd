#!/usr/bin/env python3
"""Refresh ``i18n/ral_zuid_nl.ts`` from the sources, and optionally merge Dutch translations.

    python3 scripts/update_translations.py                    # extract new strings
    python3 scripts/update_translations.py --merge nl.tsv     # and fill translations
    python3 scripts/update_translations.py --list-unfinished  # what still needs Dutch

A merge file has one ``English<TAB>Dutch`` pair per line. Strings are extracted with
pylupdate5 from every ``tr("...")`` in ``ral_zuid_plugin/`` and the demo; obsolete entries are dropped
and source locations are stripped so the file only changes when texts change. The file is
locked while it is rewritten, so parallel runs do not lose each other's translations.
"""

from __future__ import annotations

import argparse
import fcntl
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "i18n" / "ral_zuid_nl.ts"
LOCK_FILE = ROOT / "i18n" / ".ts.lock"
EMPTY_TS = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">\n</TS>\n'


def python_sources() -> list[str]:
    """The plugin's modules and the demo's (``make demo`` prints its summary in the chosen language)."""
    plugin = list((ROOT / "ral_zuid_plugin").rglob("*.py"))
    demo = [ROOT / "scripts" / "demo.py", *(ROOT / "scripts" / "demo_steps").glob("*.py")]
    return sorted(str(p.relative_to(ROOT)) for p in plugin + demo)


def extract() -> None:
    if not TS_FILE.exists():
        TS_FILE.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">\n</TS>\n'
        )
    subprocess.run(
        ["pylupdate5", "-noobsolete", *python_sources(), "-ts", str(TS_FILE.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        stderr=subprocess.DEVNULL,
    )


def read_pairs(path: Path) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            sys.exit("{}:{}: expected 'English<TAB>Dutch'".format(path, number))
        english, dutch = line.split("\t", 1)
        pairs[english] = dutch
    return pairs


def rewrite(merge: dict[str, str]) -> list[str]:
    """Strip locations, apply ``merge``; return the sources that are still unfinished."""
    tree = ET.parse(TS_FILE)
    root = tree.getroot()
    root.set("language", "nl_NL")
    unfinished = []
    for message in root.iter("message"):
        for location in message.findall("location"):
            message.remove(location)
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in merge:
            translation.text = merge[source]
            translation.attrib.pop("type", None)
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(source)
    ET.indent(tree, space="    ")
    with tempfile.NamedTemporaryFile("wb", dir=TS_FILE.parent, delete=False) as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    Path(handle.name).replace(TS_FILE)
    return unfinished


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merge", type=Path, help="TSV file with English<TAB>Dutch pairs")
    parser.add_argument("--list-unfinished", action="store_true", help="print strings without a translation")
    args = parser.parse_args()
    LOCK_FILE.touch()
    with LOCK_FILE.open() as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        extract()
        unfinished = rewrite(read_pairs(args.merge) if args.merge else {})
    if args.list_unfinished:
        for source in unfinished:
            print(source)
    name = TS_FILE.relative_to(ROOT)
    print(f"{name}: {len(unfinished)} strings without a Dutch translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
