"""The request sheets of the NAL monitoring workbook (through the one XLSX writer, :mod:`ral_zuid_plugin.core.xlsx`).

``Aanvragen`` holds the indicators per gemeente and quarter; ``Aanvragen uitgesloten`` the rows left out or not
located, with their reason. The sheets go into the session indicators' monitoring workbook when that algorithm is
given the request indicators table, and into the request register's own workbook. Sheet texts are Dutch, as in the
rest of the monitoring workbook (it goes to the ministry).
"""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

DAYS = "0.0"
INDICATOR_COLUMNS: dict[str, tuple[str, str | None]] = {
    "gemeentecode": ("Gemeentecode", None),
    "gemeentenaam": ("Gemeente", None),
    "kwartaal": ("Kwartaal (datum aanvraag)", None),
    "aanvragen": ("Aanvragen", "0"),
    "herkomst_ev_rijder": ("Herkomst EV-rijder", "0"),
    "herkomst_datagedreven": ("Herkomst datagedreven", "0"),
    "herkomst_proactief": ("Herkomst proactief", "0"),
    "herkomst_bedrijf": ("Herkomst bedrijf", "0"),
    "herkomst_onbekend": ("Herkomst onbekend (kolom ontbreekt)", "0"),
    "in_gebruik": ("In gebruik", "0"),
    "open": ("Open", "0"),
    "open_met_besluit": ("Open, verkeersbesluit genomen", "0"),
    "afgewezen": ("Afgewezen / ingetrokken", "0"),
    "n_besluit": ("Aantal met doorlooptijd aanvraag-verkeersbesluit", "0"),
    "mediaan_besluit": ("Mediaan aanvraag-verkeersbesluit (dagen)", DAYS),
    "p90_besluit": ("P90 aanvraag-verkeersbesluit (dagen)", DAYS),
    "n_ingebruik": ("Aantal met doorlooptijd verkeersbesluit-ingebruikname", "0"),
    "mediaan_ingebruik": ("Mediaan verkeersbesluit-ingebruikname (dagen)", DAYS),
    "p90_ingebruik": ("P90 verkeersbesluit-ingebruikname (dagen)", DAYS),
    "n_totaal": ("Aantal met doorlooptijd aanvraag-ingebruikname", "0"),
    "mediaan_totaal": ("Mediaan aanvraag-ingebruikname (dagen)", DAYS),
    "p90_totaal": ("P90 aanvraag-ingebruikname (dagen)", DAYS),
    "binnen_norm_pct": ("Gerealiseerd binnen de norm (%)", "0.0"),
    "open_0_90d": ("Open 0-90 dagen", "0"),
    "open_91_182d": ("Open 91-182 dagen", "0"),
    "open_183_365d": ("Open 183-365 dagen", "0"),
    "open_meer_365d": ("Open meer dan 365 dagen", "0"),
    "open_boven_norm": ("Open en al langer dan de norm", "0"),
    "open_zonder_laadpunt": ("Open zonder publiek laadpunt op loopafstand", "0"),
}
EXCLUDED_COLUMNS: dict[str, tuple[str, str | None]] = {
    "bron": ("Bestand", None),
    "rij": ("Rij", "0"),
    "kolom": ("Kolom", None),
    "reden": ("Reden", None),
    "gevolg": ("Gevolg", None),
}


def add_request_sheets(book: XlsxBook, indicators: pd.DataFrame, excluded: pd.DataFrame | None,
                       settings_lines: list[tuple[str, str]]) -> list[str]:  # fmt: skip
    """The request sheets; ``settings_lines`` (label, value) go above nothing else: a short explanation sheet."""
    titles = []
    if settings_lines:
        about = book.sheet("Aanvragen toelichting").widths({1: 46, 2: 90})
        for label, value in settings_lines:
            about.append([label, value], bold=[True, False])
        titles.append(about.title)
    titles += write_table(book, "Aanvragen", indicators, INDICATOR_COLUMNS)
    if excluded is not None:
        titles += write_table(book, "Aanvragen uitgesloten", excluded, EXCLUDED_COLUMNS)
    return titles


def explanation(
    unit_label: str, target_days: float, walking_m: float, reference: str, source: str
) -> list[tuple[str, str]]:
    return [
        ("Aanvragen laadpunten: register en doorlooptijd", ""),
        ("Bronbestand", source),
        ("Peildatum (leeftijd open aanvragen)", reference),
        ("Doorlooptijden in", unit_label),
        ("Norm aanvraag-ingebruikname (dagen)", "{:g}".format(target_days)),
        ("Loopafstand 'al bediend' (m, hemelsbreed)", "{:g}".format(walking_m)),
        ("Percentielen", "mediaan en P90 met lineaire interpolatie (als Excel PERCENTIEL.INC)"),
        ("Privacy", "namen, e-mail, telefoon, kenteken en adressen zijn niet ingelezen of niet bewaard; "
                    "aanvraagnummers alleen als sleutel-hash"),
    ]  # fmt: skip


def write_request_workbook(indicators: pd.DataFrame, excluded: pd.DataFrame, settings_lines: list[tuple[str, str]],
                           path: str) -> str:  # fmt: skip
    book = XlsxBook()
    try:
        add_request_sheets(book, indicators, excluded, settings_lines)
        return save_workbook(book, path)
    finally:
        book.close()
