"""Every bundled data set carries its provenance: source, licence and date, each file named, listed in the docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA_SOURCES = ROOT / "docs" / "data-sources.md"

# A source names where the data came from: a host, a repository or a package index.
_SOURCE_LINE = re.compile(r"(?im)^.*\b(source|publisher|package)\b.*$")
_LOCATOR = re.compile(r"\b[\w-]+(\.[\w-]+)*\.(nl|nu|com|org|io|eu)\b|\bPyPI\b")
_LICENCE_LINE = re.compile(r"(?im)^.*\blicen[cs]e\b.*$")
_LICENCE_ID = re.compile(r"\bCC[ -]?BY(-SA)? \d\.\d\b|\bCC0\b|\bODbL\b|\bMIT\b|\bGPL-\d")
_ISO_DATE = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d\b")
# A path on the machine that made the data (the cause of issue 22): never part of the project.
_LOCAL_PATH = re.compile(r"`/(tmp|home|root|work|mnt|Users)/")


def dataset_folders() -> list[Path]:
    """Every folder of third-party data: each reference data set, and sample data that came with a licence."""
    folders = [path for path in sorted((ROOT / "resources" / "reference").iterdir()) if path.is_dir()]
    for path in sorted((ROOT / "sample_data").rglob("*")):
        if path.is_file() and (path.name == "PROVENANCE.md" or "LICENSE" in path.name.upper()):
            folders.append(path.parent)
    return sorted(set(folders))


def provenance_problems(folder: Path, data_sources_text: str, root: Path = ROOT) -> list[str]:
    """What is missing from a data folder's provenance, one short sentence each (empty when complete)."""
    relative = folder.relative_to(root).as_posix()
    problems = []
    if f"`{relative}`" not in data_sources_text:
        problems.append(f"{relative} is not listed in docs/data-sources.md")
    provenance = folder / "PROVENANCE.md"
    if not provenance.is_file():
        return [*problems, f"{relative} has no PROVENANCE.md"]
    text = provenance.read_text(encoding="utf-8")
    if not any(_LOCATOR.search(match.group(0)) for match in _SOURCE_LINE.finditer(text)):
        problems.append(f"{relative}/PROVENANCE.md names no source")
    if not any(_LICENCE_ID.search(match.group(0)) for match in _LICENCE_LINE.finditer(text)):
        problems.append(f"{relative}/PROVENANCE.md names no licence")
    if not _ISO_DATE.search(text):
        problems.append(f"{relative}/PROVENANCE.md has no date")
    if _LOCAL_PATH.search(text):
        problems.append(f"{relative}/PROVENANCE.md names a local path")
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != "PROVENANCE.md" and path.name not in text:
            problems.append(f"{relative}/PROVENANCE.md does not name {path.name}")
    return problems


def test_the_bundled_data_sets_are_the_five_known_folders():
    # Counted by hand: four reference data sets shipped in the plugin, one licensed sample set in the repository.
    names = [folder.relative_to(ROOT).as_posix() for folder in dataset_folders()]
    assert set(names) >= {
        "resources/reference/ndw_charging_locations_nb_limburg",
        "resources/reference/ndw_motorway_detector_sites",
        "resources/reference/nl_admin_boundaries",
        "resources/reference/nl_service_rest_areas_osm",
        "sample_data/sessions/distributions",
    }


@pytest.mark.parametrize("folder", dataset_folders(), ids=lambda folder: folder.name)
def test_every_data_set_has_source_licence_date_and_is_listed(folder: Path):
    assert provenance_problems(folder, DATA_SOURCES.read_text(encoding="utf-8")) == []


def test_the_check_reports_what_a_provenance_lacks(tmp_path: Path):
    # A folder whose PROVENANCE.md names a source but no licence, no date, a build script on a local machine, and
    # not the second data file; and the docs do not list it. Each of the five gaps must be reported.
    folder = tmp_path / "resources" / "reference" / "roads"
    folder.mkdir(parents=True)
    (folder / "roads.geojson").write_text("{}", encoding="utf-8")
    (folder / "roads.csv").write_text("", encoding="utf-8")
    (folder / "PROVENANCE.md").write_text(
        "# roads\n- Source: github.com/example/roads, file `roads.geojson`.\nBuild script: `/tmp/tools/build.py`.\n",
        encoding="utf-8",
    )
    assert provenance_problems(folder, "| roads | elsewhere |", root=tmp_path) == [
        "resources/reference/roads is not listed in docs/data-sources.md",
        "resources/reference/roads/PROVENANCE.md names no licence",
        "resources/reference/roads/PROVENANCE.md has no date",
        "resources/reference/roads/PROVENANCE.md names a local path",
        "resources/reference/roads/PROVENANCE.md does not name roads.csv",
    ]
    # Completed, the same folder passes; without a PROVENANCE.md only that is said.
    (folder / "PROVENANCE.md").write_text(
        "# roads\n- Source: github.com/example/roads, 2025-04-20, files `roads.geojson`, `roads.csv`.\n"
        "- Licence: CC BY 4.0.\n",
        encoding="utf-8",
    )
    assert provenance_problems(folder, "`resources/reference/roads`", root=tmp_path) == []
    (folder / "PROVENANCE.md").write_text(
        "# roads\n2025-04-20, files `roads.geojson`, `roads.csv`.\n- Licence: CC BY 4.0.\n", encoding="utf-8"
    )
    assert provenance_problems(folder, "`resources/reference/roads`", root=tmp_path) == [
        "resources/reference/roads/PROVENANCE.md names no source"
    ]
    (folder / "PROVENANCE.md").unlink()
    assert provenance_problems(folder, "`resources/reference/roads`", root=tmp_path) == [
        "resources/reference/roads has no PROVENANCE.md"
    ]
