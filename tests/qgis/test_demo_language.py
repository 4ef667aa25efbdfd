"""``make demo`` prints its summary in Dutch (the users' language) by default and in English on request (#18.7).

The demo runs for real, twice (about 15 s each): once without a language option, once with ``--taal en``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A number written with a decimal point (27.4) but not a version (2.0.0), an address (127.0.0.1) or a
# Dutch thousands separator (1.754) or a section of the plan (§2.3).
DECIMAL_POINT = re.compile(r"(?<![\w.§])\d+\.\d{1,2}(?![\d.])")
# A number with a decimal comma (27,4), not an English thousands separator (1,754).
DECIMAL_COMMA = re.compile(r"(?<![\w,])\d+,\d{1,2}(?![\d,])")
ENGLISH_WORDS = re.compile(r"\b(the|with|cells|sheets|requests|candidates|electric cars|median|sites|report)\b")
DUTCH_WORDS = re.compile(r"\b(de|met|cellen|tabbladen|aanvragen behouden|kandidaten|mediaan|locaties|rapport)\b")


def _summary(tmp_path: Path, *options: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PREFIX_PATH="/usr")
    env.pop("RALZUID_DEMO_LANGUAGE", None)
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), str(tmp_path), *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    # QGIS 3.22 prints a new master password's salt and hash on Qt's debug channel: the demo swallows them
    for secret_line in ("salt hex", "hash hex", "cipheriv hex"):
        assert secret_line not in completed.stdout + completed.stderr
    return completed.stdout.splitlines()


def _without_paths(line: str) -> str:
    """The line without file names and paths (``sample_data/requests``, ``laadpunten_bezetting.gpkg``)."""
    return re.sub(r"\S*[/_]\S*|\S+\.(gpkg|xlsx|tif|pdf|html|zip|png|json)", "", line)


def _number_after(lines: list[str], label: str) -> str:
    text = "\n".join(lines)
    match = re.search(re.escape(label) + r" ([\d.,]+) %", text)
    assert match, (label, text[:2000])
    return match.group(1)


def test_demo_summary_is_dutch_by_default_and_english_with_taal_en(tmp_path):
    dutch = _summary(tmp_path / "nl")
    english = _summary(tmp_path / "en", "--taal", "en")

    # The region has 87 gemeenten: 56 in Noord-Brabant and 31 in Limburg (CBS 2023, counted by hand from the
    # CBS list in resources/reference/municipalities).
    assert "    gemeenten_regio.gpkg: 87 gemeenten (56 Noord-Brabant, 31 Limburg)" in dutch
    assert "    gemeenten_regio.gpkg: 87 municipalities (56 Noord-Brabant, 31 Limburg)" in english
    assert dutch[0].startswith("Uitvoermap van de RAL Zuid-demo: ") and "(taal: Nederlands;" in dutch[0]
    assert english[0].startswith("RAL Zuid demo output folder: ") and "(language: English;" in english[0]
    # Every step ran, each with a heading in the chosen language.
    assert "] laadsessies" in "\n".join(dutch) and "] charging sessions" in "\n".join(english)
    assert not any("MISLUKT" in line or "FAILED" in line for line in dutch + english)

    # The same occupancy, once with a decimal comma and once with a decimal point: the separator is the only
    # difference (the value itself comes from the same sample data both times).
    median_nl = _number_after(dutch, "bezettingsgraad mediaan")
    median_en = _number_after(english, "occupancy median")
    assert "," in median_nl and median_nl == median_en.replace(".", ",")

    for line in dutch:
        assert not DECIMAL_POINT.search(line), line
        # Dutch lines carry no English sentence words (file names and data values are not words of the summary)
        assert not ENGLISH_WORDS.search(_without_paths(line)), line
    # Every step, the expertisecentrum's on the PostGIS server included, speaks the chosen language.
    assert "    anoniem lezen van de aanmeldingen: geweigerd (HTTP 401)" in dutch
    assert "    anonymous reading of the submissions: refused (HTTP 401)" in english
    for line in english:
        assert not DECIMAL_COMMA.search(line), line
        assert not DUTCH_WORDS.search(_without_paths(line)), line
