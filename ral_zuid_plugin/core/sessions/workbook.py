"""The XLSX monitoring workbook for the yearly NAL progress report (openpyxl).

The workbook is a Dutch deliverable (it goes to the region and the ministry), so its headers and
definitions are Dutch whatever the user's QGIS language. Numbers are written as numbers with a
number format; aggregates over fewer than the minimum number of distinct cards are left empty
and marked. The file is written to a temporary name and moved into place, so a failed run never
leaves a half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.atomic_files import publish
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions.indicators import (
    LEVEL_MUNICIPALITY,
    LEVEL_POINT,
    LEVEL_PROVINCE,
    LEVEL_REGION,
    PERIOD_LABEL,
    suppress_small_groups,
)
from ral_zuid_plugin.core.sessions.pipeline import SessionResult
from ral_zuid_plugin.core.sessions.quality import CORRECTED, EXCLUDED, KEPT

# Column -> (Dutch header with unit, number format)
AREA_COLUMNS = {
    "code": ("Code", None),
    "naam": ("Naam", None),
    "periode": ("Periode (maand of hele periode)", None),
    "dagen": ("Dagen", "0"),
    "laadpunten": ("Laadpunten (EVSE)", "#,##0"),
    "sessies": ("Laadsessies", "#,##0"),
    "kwh": ("Geladen energie (kWh)", "#,##0"),
    "sessies_per_laadpunt_per_dag": ("Sessies per laadpunt per dag", "0.00"),
    "kwh_per_sessie": ("kWh per sessie", "0.0"),
    "bezetting_pct": ("Bezettingsgraad aangesloten (% van de dag)", "0.0"),
    "laadbezetting_pct": ("Bezettingsgraad laden (% van de dag)", "0.0"),
    "stilstand_pct": ("Stilstand: aangesloten zonder laden (% van aansluittijd)", "0.0"),
    "piekbezetting_pct": ("Piekbezetting (% van het piekvenster)", "0.0"),
    "aandeel_piek_boven_drempel_pct": ("Aandeel laadpunten met piekbezetting boven drempel (%)", "0.0"),
    "kaarten_uniek": ("Unieke laadpassen (aantal)", "#,##0"),
    "kaarten_per_laadpunt": ("Gemiddeld unieke laadpassen per laadpunt", "0.0"),
    "onderdrukt": ("Onderdrukt (< minimum unieke passen)", None),
}
POINT_COLUMNS = {
    "evse_id": ("EVSE-id", None),
    "laadpunt_id": ("Laadpaal / locatie-id", None),
    "gemeentecode": ("Gemeentecode", None),
    "gemeentenaam": ("Gemeente", None),
    "sessies": ("Laadsessies", "#,##0"),
    "sessies_per_dag": ("Sessies per dag", "0.00"),
    "kwh_totaal": ("Geladen energie (kWh)", "#,##0.0"),
    "kwh_per_dag": ("kWh per dag", "0.0"),
    "kwh_per_sessie": ("kWh per sessie", "0.0"),
    "aansluituren_per_dag": ("Aansluituren per dag (uur)", "0.00"),
    "bezetting_pct": ("Bezettingsgraad aangesloten (%)", "0.0"),
    "laadbezetting_pct": ("Bezettingsgraad laden (%)", "0.0"),
    "stilstand_pct": ("Stilstand (%)", "0.0"),
    "piekbezetting_pct": ("Piekbezetting (%)", "0.0"),
    "dagen_piek_boven_drempel": ("Dagen piek boven drempel", "0"),
    "weken_piek_boven_drempel": ("Weken piek boven drempel", "0"),
    "weken_met_data": ("Weken met data", "0"),
    "kaarten_uniek": ("Unieke laadpassen", "0"),
    "onderdrukt": ("Onderdrukt (< minimum unieke passen)", None),
}
POINT_SUPPRESSIBLE = [c for c in POINT_COLUMNS if c not in ("evse_id", "laadpunt_id", "gemeentecode", "gemeentenaam")]


# The workbook is Dutch whatever the QGIS language: Dutch names of the quality checks and actions.
CHECK_TITLES_NL = {
    "duplicate_id": "Dubbel sessie-id",
    "end_before_start": "Einde voor of op het begin",
    "negative_energy": "Negatieve energie",
    "zero_energy": "Nul energie",
    "impossible_energy": "Energie onmogelijk voor de duur",
    "too_long": "Sessie langer dan het maximum",
    "implausible_date": "Datum buiten het plausibele bereik",
    "outside_period": "Sessie buiten de dataperiode",
    "partly_outside_period": "Sessie deels buiten de dataperiode",
    "credit_cdr": "Credit-CDR",
    "home_charging": "CDR thuislaadvergoeding",
    "charging_longer_than_connected": "Laadtijd langer dan aansluittijd",
    "unlocated": "Onbekend of niet te plaatsen laadpunt",
    "outside_region": "Laadpunt buiten de gemeenten",
    "overlap": "Overlappende sessies op één EVSE",
    "dst_ambiguous": "Lokale tijd in het dubbele uur van de wintertijdwissel",
    "dst_nonexistent": "Lokale tijd in het overgeslagen uur van de zomertijdwissel",
    "no_card": "Geen pas- of token-id",
    "date_order": "Volgorde van dag en maand",
    "skipped_rows": "Lege rijen en totaalrijen",
    "open_session": "Open sessie (geen eindtijd, of status ACTIVE/PENDING)",
    "invalid_session": "Sessie met status INVALID",
    "reservation": "Reservering (status RESERVATION, geen laden)",
}
CHECK_NOTES_NL = {
    "duplicate_id": "eerste behouden, latere kopieën uitgesloten",
    "end_before_start": "uitgesloten: de duur is niet te bepalen",
    "negative_energy": "uitgesloten",
    "zero_energy": "behouden: de auto bezette het laadpunt; telt mee voor bezetting, voegt 0 kWh toe",
    "impossible_energy": "uitgesloten: meer kWh dan het maximale vermogen in de aansluittijd toelaat",
    "too_long": "uitgesloten: langer dan de parameter maximale sessieduur",
    "implausible_date": "uitgesloten: voor 2010 of na vandaag",
    "outside_period": "uitgesloten: geen overlap met de gekozen periode",
    "partly_outside_period": "aansluittijd buiten de periode telt niet mee",
    "credit_cdr": "uitgesloten van publieke KPI's (OCPI credit-CDR)",
    "home_charging": "uitgesloten van publieke KPI's (OCPI home_charging_compensation)",
    "charging_longer_than_connected": "laadtijd begrensd op de aansluittijd",
    "unlocated": "uitgesloten: het laadpunt heeft geen locatie",
    "outside_region": "behouden op de puntenlaag, telt niet mee in gemeente-, provincie- of regiototalen",
    "overlap": "behouden; bezette tijd telt één keer (vereniging van de sessies)",
    "dst_ambiguous": "gelezen als zomertijd (het eerste van de twee kloguren)",
    "dst_nonexistent": "verschoven naar 03:00 zomertijd",
    "no_card": "behouden; telt niet mee bij unieke passen",
    "date_order": "gelezen zoals per bestand vermeld; aantal = rijen waarin dag en maand verwisseld konden zijn",
    "skipped_rows": "weggelaten: geen sessies",
    "open_session": "uitgesloten: laadde nog bij de export, het einde is onbekend (geen bezetting, geen kWh)",
    "invalid_session": "uitgesloten: door de CPO als ongeldig gemarkeerd (geen bezetting, geen kWh)",
    "reservation": "uitgesloten: een reservering, geen laadsessie (geen bezetting, geen kWh)",
}
ACTIONS_NL = {KEPT: "behouden", CORRECTED: "gecorrigeerd", EXCLUDED: "uitgesloten"}


def definitions(peak_label: str, threshold: float, min_cards: int) -> list[tuple[str, str, str]]:
    """(indicator, eenheid, definitie) rows of the Definities sheet."""
    return [
        ("Laadpunt", "-", "Eén EVSE: één voertuig tegelijk; de NAL-telleenheid. Een laadpaal heeft er meestal 2."),
        (
            "Dag",
            "-",
            "Kalenderdag in Europe/Amsterdam lokale tijd: 24 uur, 23 uur (laatste zondag van maart) "
            "of 25 uur (laatste zondag van oktober).",
        ),
        (
            "Bezettingsgraad aangesloten",
            "% van de dag",
            "Tijd dat een voertuig aangesloten is / lengte van de dag(en) x 100. Overlappende sessies op één EVSE "
            "tellen één keer (vereniging van de intervallen).",
        ),
        (
            "Bezettingsgraad laden",
            "% van de dag",
            "Laadtijd / lengte van de dag x 100; laden wordt aan het begin van de sessie verondersteld. "
            "Alleen voor laadpunten waarvan elke sessie een laadtijd heeft.",
        ),
        ("Stilstand", "% van aansluittijd", "1 - laadtijd / aansluittijd: aangesloten maar niet aan het laden."),
        ("Piekvenster", "uur", "Dagelijks venster {} lokale tijd.".format(peak_label)),
        ("Piekbezetting", "%", "Aangesloten tijd binnen het piekvenster / lengte van het piekvenster x 100."),
        (
            "Aandeel boven drempel",
            "%",
            "Aandeel laadpunten waarvan de gemiddelde piekbezetting in de periode (of maand, of dag) hoger is dan "
            "{:g} %.".format(threshold),
        ),
        (
            "Weken piek boven drempel",
            "aantal",
            "ISO-weken waarin de gemiddelde piekbezetting van het laadpunt boven {:g} % lag.".format(threshold),
        ),
        ("Sessies, kWh", "aantal, kWh", "Geteld op de lokale dag waarop de sessie begint."),
        (
            "Unieke laadpassen",
            "aantal",
            "Verschillende gehashte pas- of token-id's. Een pas is geen voertuig: één auto kan meerdere passen "
            "gebruiken en één pas meerdere auto's (lease, deelauto).",
        ),
        (
            "Privacy",
            "-",
            "Pas-id's zijn direct bij het inlezen gehasht (BLAKE2b met een geheime sleutel in het QGIS-profiel). "
            "Cijfers over minder dan {} unieke passen zijn onderdrukt (leeg).".format(min_cards),
        ),
        (
            "Uitgesloten",
            "-",
            "Credit-CDR's en thuislaadvergoedingen tellen niet mee in publieke KPI's; " "zie het tabblad Kwaliteit.",
        ),
    ]


def write_workbook(result: SessionResult, path: str, generated: dt.datetime | None = None) -> str:
    """Write the monitoring workbook to ``path`` (atomically) and return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    settings = result.settings
    book = Workbook()
    bold = Font(bold=True)
    summary = book.active
    summary.title = "Samenvatting"
    generated = generated or dt.datetime.now().replace(microsecond=0)
    areas = suppress_small_groups(result.areas, settings.min_cards)
    region = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] == "periode")]
    rows: list[tuple] = [
        ("Laadsessies: NAL-gebruiksindicatoren RAL Zuid", None),
        ("Periode vanaf", result.first_day),
        ("Periode tot en met", result.last_day),
        ("Dagen", (result.last_day - result.first_day).days + 1),
        ("Aangemaakt", generated),
        ("Piekvenster (lokale tijd)", settings.peak_label),
        ("Drempel piekbezetting (%)", settings.peak_threshold_pct),
        ("Minimum unieke passen per cijfer", settings.min_cards),
        ("Sessies gebruikt", result.sessions_used),
        ("Sessies uitgesloten", int(len(result.quality.excluded_table()))),
        ("Laadpunten (EVSE)", int(len(result.points))),
    ]
    if not region.empty:
        first = region.iloc[0]
        rows += [
            ("Regio: geladen energie (kWh)", _number(first["kwh"])),
            ("Regio: bezettingsgraad (%)", _number(first["bezetting_pct"])),
            ("Regio: aandeel laadpunten piek boven drempel (%)", _number(first["aandeel_piek_boven_drempel_pct"])),
            ("Regio: gemiddeld unieke passen per laadpunt", _number(first["kaarten_per_laadpunt"])),
        ]
    if result.has_cards:
        privacy = (
            "Cijfers over minder dan {} unieke laadpassen zijn onderdrukt (lege cel, kolom 'Onderdrukt' = ja)."
        ).format(settings.min_cards)
    else:
        privacy = "De data bevat geen pas-id's: onderdrukking op aantal unieke passen kon niet worden toegepast."
    rows.append(("Privacy", privacy))
    for row in rows:
        summary.append(list(row))
        summary.cell(summary.max_row, 1).font = bold
        if isinstance(row[1], dt.datetime):
            summary.cell(summary.max_row, 2).number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(row[1], dt.date):
            summary.cell(summary.max_row, 2).number_format = "yyyy-mm-dd"
    summary.append([])
    summary.append(["Bronbestand", "Soort", "Rijen", "SHA-256", "Herkende instellingen"])
    for cell in summary[summary.max_row]:
        cell.font = bold
    for read in result.reads:
        settings_text = read.options.describe() if read.options is not None else "OCPI JSON, UTC"
        kind = {"table": "tabel (CSV/XLSX-export)"}.get(read.kind, read.kind)
        summary.append([Path(read.path).name, kind, read.rows, read.sha256, settings_text])
    summary.append([])
    summary.append(["Kwaliteit (samenvatting)", "Aantal", "Actie"])
    for cell in summary[summary.max_row]:
        cell.font = bold
    for check in result.quality.checks:
        summary.append([CHECK_TITLES_NL[check.key], check.count, ACTIONS_NL[check.action]])
    summary.column_dimensions["A"].width = 48
    summary.column_dimensions["B"].width = 40
    summary.column_dimensions["D"].width = 66

    sheet = book.create_sheet("Definities")
    sheet.append(["Indicator", "Eenheid", "Definitie"])
    for cell in sheet[1]:
        cell.font = bold
    for row in definitions(settings.peak_label, settings.peak_threshold_pct, settings.min_cards):
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["C"].width = 110
    for row in sheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True)

    quality = result.quality.table()
    quality["omschrijving"] = [CHECK_TITLES_NL[key] for key in quality["controle"]]
    quality["actie"] = [ACTIONS_NL[check.action] for check in result.quality.checks]
    quality["toelichting"] = [
        CHECK_NOTES_NL[check.key] + (" " + check.detail if check.detail else "") for check in result.quality.checks
    ]
    _write_frame(
        book.create_sheet("Kwaliteit"),
        quality,
        {
            "omschrijving": ("Controle", None),
            "aantal": ("Aantal rijen", "#,##0"),
            "voorbeeldrijen": ("Voorbeeldrijen (bestand, rij)", None),
            "actie": ("Actie", None),
            "toelichting": ("Toelichting", None),
        },
    )
    for level, title in (
        (LEVEL_REGION, "Regio"),
        (LEVEL_PROVINCE, "Provincies"),
        (LEVEL_MUNICIPALITY, "Gemeenten"),
        (LEVEL_POINT, "Laadpalen"),
    ):
        rows = areas["niveau"] == level
        if level == LEVEL_POINT:  # thousands of posts: the whole period only, months are in the area table
            rows &= areas["periode"] == PERIOD_LABEL
        _write_frame(book.create_sheet(title), areas[rows], AREA_COLUMNS)
    points = result.points.drop(columns="geometry").copy()
    small = points["kaarten_onderdrukt"].to_numpy(dtype=bool) if result.has_cards else np.zeros(len(points), bool)
    points["onderdrukt"] = small
    for column in POINT_SUPPRESSIBLE:
        if column != "onderdrukt":
            points[column] = points[column].astype(float)
            points.loc[small, column] = np.nan
    _write_frame(book.create_sheet("Laadpunten"), points, POINT_COLUMNS)
    share = result.daily_peak_share
    _write_frame(
        book.create_sheet("Piek per dag"),
        share,
        {
            "niveau": ("Niveau", None),
            "code": ("Code", None),
            "datum": ("Datum", "yyyy-mm-dd"),
            "aandeel_piek_boven_drempel_pct": ("Aandeel laadpunten piek boven drempel (%)", "0.0"),
        },
    )
    return _save_atomically(book, path)


def _number(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return float(value)


def _cell_value(value):
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)):
        return "ja" if value else "nee"
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _write_frame(sheet, frame: pd.DataFrame, columns: dict[str, tuple[str, str | None]]) -> None:
    from openpyxl.styles import Font

    present = [c for c in columns if c in frame.columns]
    sheet.append([columns[c][0] for c in present])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for record in frame[present].itertuples(index=False, name=None):
        sheet.append([_cell_value(v) for v in record])
    for index, column in enumerate(present, start=1):
        fmt = columns[column][1]
        letter = sheet.cell(1, index).column_letter
        sheet.column_dimensions[letter].width = max(12, min(45, len(columns[column][0]) + 2))
        if fmt:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
    sheet.freeze_panes = "A2"


def _save_atomically(book, path: str) -> str:
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=str(target.parent))
    os.close(handle)
    try:
        book.save(temporary)
        publish(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise RalZuidError(
            tr("The workbook cannot be written to {path}: {error}").format(path=target, error=error)
        ) from error
    return str(target)
