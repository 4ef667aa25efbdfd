"""Names and paths Windows accepts: the functions that make output, report and package names."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ral_zuid_plugin.core.atomic_files import publish
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.filenames import (
    check_output_path,
    output_path_problem,
    report_filename,
    windows_name_problem,
    windows_path_length,
    windows_safe_stem,
)
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.report import write_candidate_reports
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from ral_zuid_plugin.core.submission.safety import safe_filename
from tests.core.screening.helpers import candidates, points


def sha8(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


# The names Windows refuses (Microsoft's "Naming Files, Paths, and Namespaces"), each checked by hand.
@pytest.mark.parametrize(
    "name",
    ["CON.html", "aux.gpkg", "con", "Nul.tar.gz", "COM1.pdf", "lpt9", "AUX .txt", "a:b.html", "wat?.pdf",
     "rapport.", "rapport ", "a<b", "a|b", "a*b", 'a"b', "a\\b", "a/b", "tab\there", "", "x" * 256],
)  # fmt: skip
def test_windows_refuses_these_names(name):
    assert windows_name_problem(name) is not None


@pytest.mark.parametrize(
    "name", ["CONSOLE.html", "auxiliary.gpkg", "COM10.pdf", "kandidaat_1.html", "a.b-c_d", "é.html"]
)
def test_windows_accepts_these_names(name):
    # CONSOLE, auxiliary and COM10 only start like a device name; accents are allowed on NTFS.
    assert windows_name_problem(name) is None


def test_a_portable_id_keeps_its_name_and_others_get_a_distinct_safe_one():
    assert windows_safe_stem("EHV01") == "EHV01"
    assert windows_safe_stem("kandidaat_3.b") == "kandidaat_3.b"
    # Device names, forbidden characters, trailing dots: cleaned, plus 8 hex digits of the SHA-1 of the original.
    assert windows_safe_stem("CON") == "_CON_" + sha8("CON")
    assert windows_safe_stem("aux") == "_aux_" + sha8("aux")
    assert windows_safe_stem("EHV:01") == "EHV_01_" + sha8("EHV:01")
    assert windows_safe_stem("EHV?01") == "EHV_01_" + sha8("EHV?01")
    assert windows_safe_stem("EHV:01") != windows_safe_stem("EHV?01")
    assert windows_safe_stem("EHV01.") == "EHV01_" + sha8("EHV01.")
    assert windows_safe_stem("...") == "bestand_" + sha8("...")
    assert windows_safe_stem("Ça va") == "Ca_va_" + sha8("Ça va")
    long_id = "x" * 100
    assert windows_safe_stem(long_id) == "x" * 71 + "_" + sha8(long_id)  # 71 + 1 + 8 = 80 characters


def test_report_names_are_windows_safe():
    assert report_filename("EHV01") == "EHV01.html"
    assert report_filename("CON") == "_CON_{}.html".format(sha8("CON"))
    assert report_filename("a:b?") == "a_b_{}.html".format(sha8("a:b?"))
    for kandidaat_id in ["CON", "aux", "a:b", "x?", "trailing.", "nul.gpkg", "LPT1", "ok"]:
        assert windows_name_problem(report_filename(kandidaat_id)) is None


def test_the_screening_reports_use_those_names(tmp_path):
    # Candidate ids as a user may type them: a device name, a trailing dot, a plain one.
    cands = prepare_candidates(candidates([(0, 640), (0, 900), (0, 1200)], kandidaat_id=["CON", "EHV01.", "EHV02"]))
    refs = {"snellaadlocaties": prepare_reference("snellaadlocaties", points([(0, 0)]))}
    result = screen_candidates(cands, refs, load_rules())
    written = write_candidate_reports(result.records(), tmp_path)
    assert sorted(p.name for p in written) == sorted(
        ["_CON_{}.html".format(sha8("CON")), "EHV01_{}.html".format(sha8("EHV01.")), "EHV02.html"]
    )
    assert all(windows_name_problem(p.name) is None for p in written)


def test_submission_package_file_names_are_windows_safe():
    # safe_filename makes the package's zip and inner names.
    assert safe_filename("CON") == "_CON"
    assert safe_filename("aux.gpkg") == "_aux.gpkg"
    assert safe_filename("GM0772:2026?") == "GM0772_2026"
    assert safe_filename("plan...") == "plan"
    assert safe_filename("COM1.zip") == "_COM1.zip"
    for name in ["CON", "aux.gpkg", "a:b", "x?", "trailing.", "nul", "LPT1.txt"]:
        assert windows_name_problem(safe_filename(name)) is None


def test_path_length_counts_as_windows_does(tmp_path):
    folder = Path("/" + "d" * 200)
    assert windows_path_length(folder / ("f" * 58)) == 1 + 200 + 1 + 58  # 260
    # A character outside the BMP counts twice in UTF-16.
    assert windows_path_length("/" + "\U0001f50c") == 3


def test_long_or_refused_output_paths_are_reported_on_windows(tmp_path):
    ok = Path("/" + "d" * 200) / ("f" * 57)  # 259 characters: the longest Windows opens
    too_long = Path("/" + "d" * 200) / ("f" * 58)  # 260
    assert output_path_problem(ok) is None
    assert "260 characters long" in output_path_problem(too_long)
    assert "device name" in output_path_problem(tmp_path / "aux.gpkg")
    with pytest.raises(RalZuidError, match="260 characters long"):
        check_output_path(too_long, on_windows=True)
    check_output_path(too_long, on_windows=False)  # elsewhere: the user's choice, left alone
    check_output_path(ok, on_windows=True)


def test_publish_reports_a_path_windows_cannot_open_before_moving(tmp_path, monkeypatch):
    monkeypatch.setattr("ral_zuid_plugin.core.filenames.ON_WINDOWS", True)
    temporary = tmp_path / ".tmp_x"
    temporary.write_text("x", encoding="utf-8")
    target = tmp_path / "CON.html"
    with pytest.raises(RalZuidError, match="device name"):
        publish(temporary, target)
    assert temporary.exists() and not target.exists()
