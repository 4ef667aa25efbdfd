"""Formula neutralisation and file-name sanitising."""

from __future__ import annotations

import pytest

from ral_zuid_plugin.core.submission.safety import neutralise_formula, safe_filename, safe_identifier


@pytest.mark.parametrize("text", ["=1+1", "+31 40", "-2+3", "@SUM(A1)", "\tx", "\rcmd"])
def test_every_formula_trigger_is_prefixed_with_an_apostrophe(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["", "P+R Meerhoven", "a=b", "100 kW"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise_formula(text) == text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "etc_passwd"),
        ("..\\..\\windows\\win.ini", "windows_win.ini"),
        ("Station Strijp-S", "Station_Strijp-S"),
        ("Café 's-Hertogenbosch", "Cafe_s-Hertogenbosch"),
        ("CON", "_CON"),
        ("...", "bestand"),
        ("a/b:c*d?e", "a_b_c_d_e"),
    ],
)
def test_file_names_cannot_escape_the_folder(name, expected):
    assert safe_filename(name) == expected


def test_identifiers_keep_only_url_safe_characters():
    assert safe_identifier("GM0772-EHV 001/ä") == "GM0772-EHV_001_a"
