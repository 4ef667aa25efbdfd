"""Texts printed on a plankaart, and the source list (worked out by hand beside each assertion)."""

from __future__ import annotations

import datetime as dt

import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.planmap import sources, texts

DUTCH = {
    "Charging infrastructure plan map {municipality}": "Plankaart laadinfrastructuur {municipality}",
    "Adopted by the council on {date}": "Vastgesteld door de raad op {date}",
    "March": "maart",
    "Sources": "Bronnen",
    "Locations: {source}": "Locaties: {source}",
    "Boundaries: {source}": "Grenzen: {source}",
}


def dutch(text: str) -> str:
    return DUTCH.get(text, text)


def test_title_and_adopted_status_in_the_map_language():
    assert texts.plan_title("Eindhoven", dutch) == "Plankaart laadinfrastructuur Eindhoven"
    assert texts.plan_title("Eindhoven") == "Charging infrastructure plan map Eindhoven"
    # 12 March 2026 -> "12 maart 2026" (day without leading zero, month name in lower case Dutch).
    adopted = texts.status_text(texts.STATUS_ADOPTED, dt.date(2026, 3, 12), dutch)
    assert adopted == "Vastgesteld door de raad op 12 maart 2026"
    assert texts.status_text(texts.STATUS_CONCEPT) == "Draft (concept), not adopted by the council"


def test_adopted_without_date_and_unknown_status_are_user_errors():
    with pytest.raises(RalZuidError, match="date of the council decision"):
        texts.status_text(texts.STATUS_ADOPTED, None)
    with pytest.raises(RalZuidError, match="Unknown plan status 'final'"):
        texts.status_text("final")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12-03-2026", dt.date(2026, 3, 12)),
        ("2026-03-12", dt.date(2026, 3, 12)),
        ("1/7/2025", dt.date(2025, 7, 1)),
        (" 05-11-2024 ", dt.date(2024, 11, 5)),
    ],
)
def test_dates_as_dutch_users_type_them(typed, expected):
    assert texts.parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["31-02-2026", "maart 2026", "2026/03/12", ""])
def test_impossible_or_unreadable_dates_are_rejected(typed):
    with pytest.raises(RalZuidError, match="is not a date"):
        texts.parse_date(typed)


def test_subtitle_joins_what_is_given_and_has_a_neutral_default():
    assert texts.subtitle("Scenario hoog", "2030", "Fase B2") == "Scenario hoog \u00b7 2030 \u00b7 Fase B2"
    assert texts.subtitle("", "2030", " ") == "2030"
    assert texts.subtitle() == "Public charging points: existing, planned and proposed"


def test_table_note_says_indication_and_counts_rows_left_out():
    indication = "Points: an indication, not an exact target (regional plan)."
    assert texts.table_note(shown=16, total=16) == indication
    assert texts.table_note(shown=16, total=3) == indication
    assert texts.table_note(shown=7, total=14) == (
        indication + " The table lists 7 of the 14 locations on this sheet; see the detail sheets."
    )


def test_footer_has_date_and_version():
    assert texts.footer_text(dt.date(2026, 11, 27), "0.1.0") == (
        "Made on 27 November 2026 with the RAL Zuid QGIS plugin 0.1.0"
    )


def test_sources_list_only_what_is_on_the_map():
    lines = sources.source_lines(locations_source="locaties_eindhoven", tr=dutch)
    # Without NDW points, raster, areas, roads or online background: locations and boundaries only.
    assert lines == [
        "Locaties: locaties_eindhoven",
        "Grenzen: CBS / Kadaster, Wijk- en buurtkaart 2023 (CC BY 4.0)",
    ]
    full = sources.source_lines(
        locations_source="plan",
        ndw_points=True,
        online_background=True,
        pressure="laaddruk.tif",
        proposal_areas=True,
        roads=True,
        extra="Logo: gemeente Eindhoven",
    )
    assert len(full) == 8
    assert "Existing charging points: NDW, landelijke laadpuntdata (DOT-NL OCPI), juni 2026 (CC0)" in full
    assert full[-2] == "Background map: Kadaster / PDOK, BRT-Achtergrondkaart (CC BY 4.0)"
    assert full[-1] == "Logo: gemeente Eindhoven"
    assert sources.sources_text(["a", "b"], dutch) == "Bronnen: a; b."


def test_legend_table_and_sources_call_the_counts_an_indication_in_dutch():
    # plan §3.2: "Aantallen worden gebruikt als indicatie maar niet als exacte streefgetallen"
    import xml.etree.ElementTree as ET
    from pathlib import Path

    tree = ET.parse(Path(__file__).resolve().parents[3] / "i18n" / "ral_zuid_nl.ts")
    pairs = {
        m.find("source").text: m.find("translation").text
        for m in tree.iter("message")
        if m.find("translation") is not None and m.find("translation").text
    }

    def nl(text: str) -> str:
        return pairs.get(text, text)

    assert texts.table_note(5, 5, nl) == "Laadpunten: een indicatie, geen exact streefgetal (regionaal plan)."
    assert "indicatie" in texts.proposal_areas_label(10, nl) and "rang 1-10" in texts.proposal_areas_label(10, nl)
    assert "indicatie" in texts.legend_labels(nl)["proposal_areas"]
    assert "indication" in texts.proposal_areas_label(0)
    lines = sources.source_lines(locations_source="Gemeente", proposal_areas=True, tr=nl)
    assert any("indicatie" in line for line in lines)
