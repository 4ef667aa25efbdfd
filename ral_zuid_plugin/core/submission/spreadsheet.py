"""The XLSX intake form (aanmeldformulier) the expertisecentrum imports.

Headers are Dutch and fixed (they are the form's format, not interface text). Numbers are written as real
numbers; text a spreadsheet would run as a formula is neutralised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ral_zuid_plugin.core.submission.safety import neutralise_formula

CANDIDATE_SHEET = "Kandidaten"
CONTACT_SHEET = "Gemeente en contact"

# (header, record key, number format or None for text)
CANDIDATE_COLUMNS = (
    ("Kandidaat-id", "kandidaat_id", None),
    ("Naam", "naam", None),
    ("Vermogen (kW)", "vermogen_kw", "0.0"),
    ("Aantal laadpunten", "aantal_laadpunten", "0"),
    ("Doelgroepen", "doelgroepen", None),
    ("Grondeigendom", "grondeigendom", None),
    ("Advies", "advies", None),
    ("Score (0-100)", "score", "0.0"),
    ("Opmerkingen", "opmerkingen", None),
    ("Lengtegraad (WGS84)", "lon", "0.000000"),
    ("Breedtegraad (WGS84)", "lat", "0.000000"),
    ("Regelbestand", "regels_bestand", None),
    ("Regelversie", "regels_versie", None),
    ("Regels SHA-256", "regels_sha256", None),
)


def _text_cell(cell, value: Any) -> None:
    text = "" if value is None else str(value)
    cell.value = neutralise_formula(text)
    cell.data_type = "s"  # openpyxl would otherwise store a text starting with '=' as a formula


def _number_cell(cell, value: Any, number_format: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _text_cell(cell, value)
        return
    cell.value = int(value) if number_format == "0" else float(value)
    cell.number_format = number_format


def _write_header(sheet, headers: list[str]) -> None:
    bold = Font(bold=True)
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = bold
        sheet.column_dimensions[get_column_letter(column)].width = max(12, min(40, len(header) + 4))


def write_intake_form(
    path: Path, records: list[dict[str, Any]], contact: dict[str, str], submission: dict[str, str]
) -> None:
    """Write the intake form: one row per candidate (with every criterion) and a municipality/contact sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = CANDIDATE_SHEET
    criteria = list(records[0].get("criteria", {})) if records else []
    headers = [header for header, _key, _fmt in CANDIDATE_COLUMNS]
    for criterion in criteria:
        headers += [f"{criterion} waarde", f"{criterion} status", f"{criterion} reden"]
    _write_header(sheet, headers)
    for row_number, record in enumerate(records, start=2):
        coordinates = (record.get("geometry") or {}).get("coordinates") or [None, None]
        values = dict(record, lon=coordinates[0], lat=coordinates[1])
        values["doelgroepen"] = ", ".join(record.get("doelgroepen") or [])
        for column, (_header, key, number_format) in enumerate(CANDIDATE_COLUMNS, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if number_format is None:
                _text_cell(cell, values.get(key))
            else:
                _number_cell(cell, values.get(key), number_format)
        column = len(CANDIDATE_COLUMNS) + 1
        for criterion in criteria:
            result = record.get("criteria", {}).get(criterion, {})
            _number_cell(sheet.cell(row=row_number, column=column), result.get("waarde"), "0.###")
            _text_cell(sheet.cell(row=row_number, column=column + 1), result.get("status"))
            _text_cell(sheet.cell(row=row_number, column=column + 2), result.get("reden"))
            column += 3
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions

    info = workbook.create_sheet(CONTACT_SHEET)
    _write_header(info, ["Gegeven", "Waarde"])
    info.column_dimensions["B"].width = 45
    rows = (
        ("Gemeentecode", contact.get("gemeentecode")),
        ("Gemeente", contact.get("gemeentenaam")),
        ("Contactpersoon", contact.get("naam")),
        ("Afdeling", contact.get("afdeling")),
        ("E-mail", contact.get("email")),
        ("Telefoon", contact.get("telefoon")),
        ("Aanmelding-id", submission.get("submission_id")),
        ("Aangemaakt (UTC)", submission.get("created")),
        ("Schemaversie", submission.get("schema_version")),
        ("Pluginversie", submission.get("plugin_version")),
        ("Aantal kandidaten", len(records)),
    )
    for row_number, (label, value) in enumerate(rows, start=2):
        _text_cell(info.cell(row=row_number, column=1), label)
        if isinstance(value, int):
            _number_cell(info.cell(row=row_number, column=2), value, "0")
        else:
            _text_cell(info.cell(row=row_number, column=2), value)
    workbook.save(str(path))
