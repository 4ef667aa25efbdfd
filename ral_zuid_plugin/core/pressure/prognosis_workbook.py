"""The prognosis as an XLSX workbook for the council and the netbeheerder (the plugin's one XLSX writer).

Dutch deliverable (headers in Dutch whatever the QGIS language), like the NAL monitoring workbook.
Sheets: "Per gemeente" (types of points, gap and grid demand as indications), "Per gebied" (the fractional
numbers and grid demand per area, for the netbeheerder's planning), "Methode en aannames" (every number
with its source sentence from the plan, or marked as an assumption). Written to a temporary file and
moved into place, so a failed run leaves no half-written workbook.
"""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.pressure.prognosis import BASE_ALL, GEOMETRIC, SHARE_BY_URBANITY, PrognosisSettings
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

MUNICIPALITY_COLUMNS = {
    "gemeentecode": ("Gemeentecode", None),
    "gemeentenaam": ("Gemeente", None),
    "jaar": ("Jaar", "0"),
    "ev_prognose": ("Elektrische personenauto's", "#,##0"),
    "nodig_indicatie": ("(Semi)publieke laadpunten nodig (indicatie)", "#,##0"),
    "publiek_indicatie": ("waarvan publiek (indicatie)", "#,##0"),
    "semipubliek_indicatie": ("waarvan semipubliek (indicatie)", "#,##0"),
    "snel_indicatie": ("Snellaadpunten (indicatie)", "#,##0"),
    "bestel_indicatie": ("Laadpunten bestelbussen, semipubliek (indicatie)", "#,##0"),
    "laadpunten_bestaand": ("Bestaande laadpunten", "#,##0"),
    "tekort_indicatie": ("Tekort (indicatie)", "#,##0"),
    "piek_kw": ("Piekvermogen (kW)", "#,##0"),
    "mwh_jaar": ("Energie per jaar (MWh)", "#,##0.0"),
    "laadpunten_nodig": ("Laadpunten nodig (onafgerond)", "#,##0.00"),
    "tekort": ("Tekort (onafgerond)", "#,##0.00"),
}
AREA_COLUMNS = {
    "gebied": ("Gebied", None),
    "gemeentecode": ("Gemeentecode", None),
    "huishoudens": ("Huishoudens", "#,##0.0"),
    "ev_prognose": ("Elektrische personenauto's", "#,##0.0"),
    "aandeel_prive": ("Aandeel privaat laden", "0.00"),
    "laadpunten_nodig": ("Laadpunten nodig", "#,##0.00"),
    "nodig_publiek": ("waarvan publiek", "#,##0.00"),
    "nodig_semipubliek": ("waarvan semipubliek", "#,##0.00"),
    "nodig_snel": ("Snellaadpunten", "#,##0.00"),
    "nodig_bestel": ("Laadpunten bestelbussen", "#,##0.00"),
    "laadpunten_bestaand": ("Bestaande laadpunten", "#,##0"),
    "tekort": ("Tekort", "#,##0.00"),
    "tekort_indicatie": ("Tekort (indicatie)", "#,##0"),
    "piek_kw": ("Piekvermogen (kW)", "#,##0.0"),
    "mwh_jaar": ("Energie per jaar (MWh)", "#,##0.0"),
}
AREA_NAME_FIELDS = ("cel_code", "gemeentenaam", "buurtnaam", "wijknaam", "naam")


def method_rows(settings: PrognosisSettings) -> list[tuple[str, str, str]]:
    """(what, value, source): the plan's sentence, or "aanname" for an assumption."""
    shares = "/".join(f"{settings.share_by_urbanity[k]:g}" for k in sorted(settings.share_by_urbanity))
    return [
        (
            "Doel",
            f"1 (semi)publiek laadpunt per {settings.evs_per_point:g} elektrische personenauto's",
            'Plan §2.3: "De samenwerkingsregio streeft ernaar om (uiteindelijk) één (semi)publiek laadpunt te hebben '
            'per vijf elektrische personenvoertuigen"',
        ),
        (
            "Basis",
            "alle elektrische auto's" if settings.base == BASE_ALL else "alleen auto's zonder eigen laadpunt",
            "Plan §2.3 (alle auto's)" if settings.base == BASE_ALL else "keuze van de gebruiker (niet het plan)",
        ),
        (
            "Aantallen",
            "indicatie",
            'Plan §3.2: "Aantallen worden gebruikt als indicatie maar niet als exacte streefgetallen"',
        ),
        (
            "Groei tussen planjaren",
            "geometrisch (vaste groeifactor)" if settings.interpolation == GEOMETRIC else "lineair",
            "aanname (het plan geeft 2020, 2025 en 2030)",
        ),
        ("Verdeling naar gemeenten", "naar huishoudens (CBS 2023), of het geregistreerde aantal", "aanname"),
        (
            "Aandeel privaat laden",
            f"naar CBS-stedelijkheid 1-5: {shares}"
            if settings.share_mode == SHARE_BY_URBANITY
            else f"{settings.private_share:g} voor elke gemeente",
            'aanname; richting uit plan §4.1: "In landelijkere gemeenten met veel woningen met eigen oprit zal '
            'thuisladen kunnen voorzien in een groot deel van de laadbehoefte"',
        ),
        ("Publiek / semipubliek", "publiek = EV x (1 - p) / 5, semipubliek = EV x p / 5", "aanname"),
        (
            "Snelladen",
            f"1 snellaadpunt per {settings.evs_per_fast_point:g} elektrische auto's",
            "aanname (plan §4.4 noemt alleen TNO: 2.900 snellaadpunten rond het hoofdwegennet in 2030, landelijk)",
        ),
        (
            "Bestelbussen",
            f"{settings.van_semi_public_share:g} van de bestelbussen laadt semipubliek, "
            f"{settings.evs_per_point:g} per laadpunt",
            'Plan §4.2: "zal ongeveer de helft van de bestelvoertuigen gebruik maken van semipublieke laadpunten"; '
            "het aantal per laadpunt is een aanname",
        ),
        (
            "Vermogen gewoon laadpunt",
            f"{settings.point_power_kw:g} kW",
            'Plan §4.2: "meestal gaat het om 3,7, 11 of 22 kW"',
        ),
        (
            "Vermogen snellaadpunt",
            f"{settings.fast_power_kw:g} kW",
            'Plan §4.4: "regulier snelladen voor personenvervoer met een vermogen rond de 50 kW"',
        ),
        ("Gelijktijdigheid avondpiek", f"{settings.simultaneity:g}", "aanname"),
        ("Benuttingsgraad per jaar", f"{settings.load_factor:g} (x 8.760 uur)", "aanname"),
        ("Afronding", "gemeentetotaal half naar boven, verdeeld over gebieden met de grootste overschotten", "methode"),
    ]


def write_prognosis_workbook(
    municipalities: pd.DataFrame, areas: pd.DataFrame, settings: PrognosisSettings, method: str, path: str
) -> str:
    book = XlsxBook()
    write_table(
        book,
        "Per gemeente",
        pd.DataFrame(municipalities.drop(columns="geometry", errors="ignore")),
        MUNICIPALITY_COLUMNS,
    )
    table = pd.DataFrame(areas.drop(columns="geometry", errors="ignore"))
    name = next((c for c in AREA_NAME_FIELDS if c in table.columns), None)
    table.insert(0, "gebied", table[name].astype(str) if name else [str(i + 1) for i in range(len(table))])
    write_table(book, "Per gebied", table, AREA_COLUMNS)
    notes = book.sheet("Methode en aannames").widths([28, 60, 100])
    notes.append(["Onderdeel", "Waarde", "Bron"], bold=True)
    notes.append(["Methode", method, ""])
    for row in method_rows(settings):
        notes.append(list(row))
    return save_workbook(book, path)
