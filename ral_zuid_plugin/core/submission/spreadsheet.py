"""The XLSX intake form (aanmeldformulier) the expertisecentrum imports.

Headers are Dutch and fixed (they are the form's format, not interface text). Numbers are written as real
numbers; text a spreadsheet would run as a formula is neutralised by the plugin's one XLSX writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ral_zuid_plugin.core.xlsx import SheetWriter, XlsxBook

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


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _number(value: Any) -> Any:
    """A number stays a number; anything else is written as (neutralised) text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _text(value)
    return value


def _header(sheet: SheetWriter, headers: list[str]) -> None:
    sheet.widths([max(12, min(40, len(header) + 4)) for header in headers])


def write_intake_form(
    path: Path, records: list[dict[str, Any]], contact: dict[str, str], submission: dict[str, str]
) -> None:
    """Write the intake form: one row per candidate (with every criterion) and a municipality/contact sheet.

    Written with the plugin's one XLSX writer (:mod:`ral_zuid_plugin.core.xlsx`), which neutralises text a
    spreadsheet would run as a formula.
    """
    book = XlsxBook()
    sheet = book.sheet(CANDIDATE_SHEET)
    criteria = list(records[0].get("criteria", {})) if records else []
    headers = [header for header, _key, _fmt in CANDIDATE_COLUMNS]
    formats: list[str | None] = [fmt for _header, _key, fmt in CANDIDATE_COLUMNS]
    for criterion in criteria:
        headers += [f"{criterion} waarde", f"{criterion} status", f"{criterion} reden"]
        formats += ["0.###", None, None]
    _header(sheet, headers)
    sheet.freeze("B2").auto_filter(len(headers), len(records))
    sheet.append(headers, bold=True)
    for record in records:
        coordinates = (record.get("geometry") or {}).get("coordinates") or [None, None]
        values = dict(record, lon=coordinates[0], lat=coordinates[1])
        values["doelgroepen"] = ", ".join(record.get("doelgroepen") or [])
        row: list[Any] = []
        for _header_text, key, number_format in CANDIDATE_COLUMNS:
            value = values.get(key)
            if number_format is None:
                row.append(_text(value))
            else:
                value = _number(value)
                row.append(int(value) if number_format == "0" and not isinstance(value, str) else value)
        for criterion in criteria:
            result = record.get("criteria", {}).get(criterion, {})
            row += [_number(result.get("waarde")), _text(result.get("status")), _text(result.get("reden"))]
        sheet.append(row, formats)

    info = book.sheet(CONTACT_SHEET)
    _header(info, ["Gegeven", "Waarde"])
    info.widths({2: 45})
    info.append(["Gegeven", "Waarde"], bold=True)
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
    for label, value in rows:
        if isinstance(value, int) and not isinstance(value, bool):
            info.append([label, value], [None, "0"])
        else:
            info.append([label, _text(value)])
    book.save(str(path))
