"""Texts printed on a plankaart: title, subtitle, status, dates, footer.

Every function takes a ``tr`` argument (default: the plugin's :func:`~ral_zuid_plugin.core.i18n.tr`) so
the map can be printed in another language than the user interface: a council gets Dutch text even when
the analyst runs QGIS in English. The strings stay literal ``tr("...")`` calls, so pylupdate finds them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

Translate = Callable[[str], str]

STATUS_CONCEPT = "concept"
STATUS_ADOPTED = "adopted"
STATUSES = (STATUS_CONCEPT, STATUS_ADOPTED)


def month_names(tr: Translate = tr) -> list[str]:
    """Month names January..December in the map language."""
    return [
        tr("January"),
        tr("February"),
        tr("March"),
        tr("April"),
        tr("May"),
        tr("June"),
        tr("July"),
        tr("August"),
        tr("September"),
        tr("October"),
        tr("November"),
        tr("December"),
    ]


def long_date(day: dt.date, tr: Translate = tr) -> str:
    """``12 March 2026`` (Dutch: ``12 maart 2026``)."""
    return "{day} {month} {year}".format(day=day.day, month=month_names(tr)[day.month - 1], year=day.year)


_DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), ("d", "m", "y")),
)


def parse_date(text: str) -> dt.date:
    """A date typed by a Dutch user: ``12-03-2026``, ``2026-03-12`` or ``12/03/2026``."""
    cleaned = str(text).strip()
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups())))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                break
    raise _date_error(text)


# Errors go to the user in the interface language, so they use the module-level tr, not the map language.
def _date_error(text: str) -> RalZuidError:
    return RalZuidError(tr("'{text}' is not a date; write it as day-month-year, e.g. 12-03-2026.").format(text=text))


def _missing_date_error() -> RalZuidError:
    return RalZuidError(tr("An adopted plan map needs the date of the council decision."))


def _status_error(status: str) -> RalZuidError:
    return RalZuidError(tr("Unknown plan status '{status}'.").format(status=status))


def plan_title(municipality: str, tr: Translate = tr) -> str:
    """``Plankaart laadinfrastructuur <gemeente>`` in Dutch."""
    return tr("Charging infrastructure plan map {municipality}").format(municipality=municipality)


def subtitle(scenario: str = "", year: str = "", phase: str = "", tr: Translate = tr) -> str:
    """Scenario, year and phase joined by middle dots; a neutral description when all are empty."""
    parts = [str(part).strip() for part in (scenario, year, phase) if str(part or "").strip()]
    if not parts:
        return tr("Public charging points: existing, planned and proposed")
    return " \u00b7 ".join(parts)


def status_text(status: str, adopted_on: dt.date | None = None, tr: Translate = tr) -> str:
    """``Concept`` or ``Vastgesteld door de raad op 12 maart 2026``."""
    if status == STATUS_CONCEPT:
        return tr("Draft (concept), not adopted by the council")
    if status == STATUS_ADOPTED:
        if adopted_on is None:
            raise _missing_date_error()
        return tr("Adopted by the council on {date}").format(date=long_date(adopted_on, tr))
    raise _status_error(status)


def footer_text(made_on: dt.date, version: str, tr: Translate = tr) -> str:
    """Date and plugin version, printed at the bottom of every page."""
    return tr("Made on {date} with the RAL Zuid QGIS plugin {version}").format(
        date=long_date(made_on, tr), version=version
    )


def overview_page_name(municipality: str, tr: Translate = tr) -> str:
    return tr("Overview: municipality of {municipality}").format(municipality=municipality)


def area_page_name(area: str, number: int, total: int, tr: Translate = tr) -> str:
    return tr("Sheet {number} of {total}: {area}").format(number=number, total=total, area=area)


def area_name(number: int, tr: Translate = tr) -> str:
    """Name of an atlas area whose name field is empty."""
    return tr("Area {number}").format(number=number)


def table_note(shown: int, total: int, tr: Translate = tr) -> str:
    """Printed under every table: the counts are an indication (plan §3.2); and when rows were left out, how many."""
    indication = tr("Points: an indication, not an exact target (regional plan).")
    if total <= shown:
        return indication
    return (
        indication
        + " "
        + tr("The table lists {shown} of the {total} locations on this sheet; see the detail sheets.").format(
            shown=shown, total=total
        )
    )


def table_headers(tr: Translate = tr) -> dict[str, str]:
    """Column headings of the location table, keyed by the column names of :mod:`locations`."""
    return {
        "nummer": tr("No."),
        "adres": tr("Address"),
        "soort": tr("Type"),
        "laadpunten": tr("Points"),
        "status": tr("Status"),
        "verkeersbesluit": tr("Traffic decree"),
    }


def proposal_areas_label(top: int, tr: Translate = tr) -> str:
    """Legend name of the proposal areas; says when only the most urgent ones are drawn."""
    if top > 0:
        return tr("Proposal areas, rank 1-{top} (charging pressure analysis; numbers are an indication)").format(
            top=top
        )
    return tr("Proposal areas (charging pressure analysis; numbers are an indication)")


def legend_title(tr: Translate = tr) -> str:
    return tr("Legend")


def empty_table_text(tr: Translate = tr) -> str:
    return tr("No plan locations on this sheet.")


def legend_labels(tr: Translate = tr) -> dict[str, str]:
    """Legend names of the location categories and the other map layers."""
    return {
        "existing": tr("Existing public charging location"),
        "planned": tr("Planned location"),
        "proposed": tr("Proposed location"),
        "fast": tr("Fast-charge location"),
        "ndw": tr("Existing charging points (NDW)"),
        "plan_locations": tr("Locations in this plan"),
        "municipality": tr("Municipal boundary"),
        "sheet": tr("Boundary of this sheet"),
        "neighbours": tr("Neighbouring municipalities"),
        "region": tr("Municipalities of Noord-Brabant and Limburg"),
        "pressure": tr("Charging pressure (laaddruk)"),
        "proposal_areas": tr("Proposal areas (charging pressure analysis; numbers are an indication)"),
        "roads": tr("Roads"),
        "places": tr("Place names"),
        "motorways": tr("Motorways"),
        "background": tr("Background map PDOK BRT-Achtergrondkaart"),
    }


def decimal_separator(language: str) -> str:
    """The decimal separator of the map language: Dutch writes "0,8 km", English "0.8 km"."""
    return "," if language == "nl" else "."


def pdf_keywords(municipality: str, tr: Translate = tr) -> str:
    """The PDF's keywords (document information), in the map language."""
    return tr("charging infrastructure; plan map; {municipality}").format(municipality=municipality)
