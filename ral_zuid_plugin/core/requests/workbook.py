"""The request sheets of the NAL monitoring workbook (through the one XLSX writer, :mod:`ral_zuid_plugin.core.xlsx`).

``Aanvragen`` holds the indicators per gemeente and quarter; ``Aanvragen uitgesloten`` the rows left out or not
located, with their reason. The sheets go into the session indicators' monitoring workbook when that algorithm is
given the request indicators table, and into the request register's own workbook. Sheet names, headers and
explanations are in the report language (``tr``, evaluated when the sheets are written); the column keys are the
documented field names of the indicator and excluded layers.
"""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import format_number
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

DAYS = "0.0"


def indicator_columns() -> dict[str, tuple[str, str | None]]:
    """Column -> (header in the report language, number format) of the sheet with the indicators."""
    return {
        "gemeentecode": (tr("Municipality code"), None),
        "gemeentenaam": (tr("Municipality"), None),
        "kwartaal": (tr("Quarter (date of request)"), None),
        "aanvragen": (tr("Requests"), "0"),
        "herkomst_ev_rijder": (tr("Origin: EV driver"), "0"),
        "herkomst_datagedreven": (tr("Origin: data-driven"), "0"),
        "herkomst_proactief": (tr("Origin: proactive"), "0"),
        "herkomst_bedrijf": (tr("Origin: company"), "0"),
        "herkomst_onbekend": (tr("Origin unknown (column missing)"), "0"),
        "in_gebruik": (tr("In use"), "0"),
        "open": (tr("Open"), "0"),
        "open_met_besluit": (tr("Open, traffic decree taken"), "0"),
        "afgewezen": (tr("Rejected / withdrawn"), "0"),
        "n_besluit": (tr("Number with lead time request-traffic decree"), "0"),
        "mediaan_besluit": (tr("Median request-traffic decree (days)"), DAYS),
        "p90_besluit": (tr("P90 request-traffic decree (days)"), DAYS),
        "n_ingebruik": (tr("Number with lead time traffic decree-in use"), "0"),
        "mediaan_ingebruik": (tr("Median traffic decree-in use (days)"), DAYS),
        "p90_ingebruik": (tr("P90 traffic decree-in use (days)"), DAYS),
        "n_totaal": (tr("Number with lead time request-in use"), "0"),
        "mediaan_totaal": (tr("Median request-in use (days)"), DAYS),
        "p90_totaal": (tr("P90 request-in use (days)"), DAYS),
        "binnen_norm_pct": (tr("Realised within the target (%)"), "0.0"),
        "open_0_90d": (tr("Open 0-90 days"), "0"),
        "open_91_182d": (tr("Open 91-182 days"), "0"),
        "open_183_365d": (tr("Open 183-365 days"), "0"),
        "open_meer_365d": (tr("Open more than 365 days"), "0"),
        "open_boven_norm": (tr("Open and already longer than the target"), "0"),
        "open_zonder_laadpunt": (tr("Open without a public charge point within walking distance"), "0"),
    }


def excluded_columns() -> dict[str, tuple[str, str | None]]:
    return {
        "bron": (tr("File"), None),
        "rij": (tr("Row"), "0"),
        "kolom": (tr("Column"), None),
        "reden": (tr("Reason"), None),
        "gevolg": (tr("Consequence"), None),
    }


def add_request_sheets(book: XlsxBook, indicators: pd.DataFrame, excluded: pd.DataFrame | None,
                       settings_lines: list[tuple[str, str]]) -> list[str]:  # fmt: skip
    """The request sheets; ``settings_lines`` (label, value) go above nothing else: a short explanation sheet."""
    titles = []
    if settings_lines:
        about = book.sheet(tr("Requests explained")).widths({1: 46, 2: 90})
        for label, value in settings_lines:
            about.append([label, value], bold=[True, False])
        titles.append(about.title)
    titles += write_table(book, tr("Requests"), indicators, indicator_columns())
    if excluded is not None:
        titles += write_table(book, tr("Requests left out"), excluded, excluded_columns())
    return titles


def explanation(
    unit_label: str, target_days: float, walking_m: float, reference: str, source: str
) -> list[tuple[str, str]]:
    return [
        (tr("Charge point requests: register and lead times"), ""),
        (tr("Source file"), source),
        (tr("Reference date (age of open requests)"), reference),
        (tr("Lead times in"), unit_label),
        (tr("Target request-in use (days)"), format_number(target_days, 2)),
        (tr("Walking distance 'already served' (m, as the crow flies)"), format_number(walking_m, 2)),
        (tr("Percentiles"), tr("median and P90 with linear interpolation (as Excel's PERCENTILE.INC)")),
        (tr("Privacy"), tr("names, e-mail, telephone, licence plate and addresses are not read or not kept; "
                           "request numbers only as a keyed hash")),
    ]  # fmt: skip


def write_request_workbook(indicators: pd.DataFrame, excluded: pd.DataFrame, settings_lines: list[tuple[str, str]],
                           path: str) -> str:  # fmt: skip
    book = XlsxBook()
    try:
        add_request_sheets(book, indicators, excluded, settings_lines)
        return save_workbook(book, path)
    finally:
        book.close()
