"""The prognosis as an XLSX workbook for the council and the netbeheerder (the plugin's one XLSX writer).

In the report language (``tr``, evaluated when the workbook is written), like the NAL monitoring workbook.
Sheets: "Per gemeente"/"Per municipality" (types of points, gap and grid demand as indications), "Per
gebied"/"Per area" (the fractional numbers and grid demand per area, for the netbeheerder's planning),
"Methode en aannames"/"Method and assumptions" (every number with its source sentence from the plan, or
marked as an assumption). Written to a temporary file and moved into place, so a failed run leaves no
half-written workbook.
"""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.prognosis import BASE_ALL, GEOMETRIC, SHARE_BY_URBANITY, PrognosisSettings
from ral_zuid_plugin.core.screening.wording import format_number
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table


def municipality_columns() -> dict[str, tuple[str, str | None]]:
    """Column -> (header in the report language, number format) of the sheet per gemeente."""
    return {
        "gemeentecode": (tr("Municipality code"), None),
        "gemeentenaam": (tr("Municipality"), None),
        "jaar": (tr("Year"), "0"),
        "ev_prognose": (tr("Electric passenger cars"), "#,##0"),
        "nodig_indicatie": (tr("(Semi-)public charge points needed (indication)"), "#,##0"),
        "publiek_indicatie": (tr("of which public (indication)"), "#,##0"),
        "semipubliek_indicatie": (tr("of which semi-public (indication)"), "#,##0"),
        "snel_indicatie": (tr("Fast-charge points (indication)"), "#,##0"),
        "bestel_indicatie": (tr("Charge points for vans, semi-public (indication)"), "#,##0"),
        "laadpunten_bestaand": (tr("Existing charge points"), "#,##0"),
        "tekort_indicatie": (tr("Shortfall (indication)"), "#,##0"),
        "piek_kw": (tr("Peak power (kW)"), "#,##0"),
        "mwh_jaar": (tr("Energy per year (MWh)"), "#,##0.0"),
        "laadpunten_nodig": (tr("Charge points needed (unrounded)"), "#,##0.00"),
        "tekort": (tr("Shortfall (unrounded)"), "#,##0.00"),
    }


def area_columns() -> dict[str, tuple[str, str | None]]:
    return {
        "gebied": (tr("Area"), None),
        "gemeentecode": (tr("Municipality code"), None),
        "huishoudens": (tr("Households"), "#,##0.0"),
        "ev_prognose": (tr("Electric passenger cars"), "#,##0.0"),
        "aandeel_prive": (tr("Share of private charging"), "0.00"),
        "laadpunten_nodig": (tr("Charge points needed"), "#,##0.00"),
        "nodig_publiek": (tr("of which public"), "#,##0.00"),
        "nodig_semipubliek": (tr("of which semi-public"), "#,##0.00"),
        "nodig_snel": (tr("Fast-charge points"), "#,##0.00"),
        "nodig_bestel": (tr("Charge points for vans"), "#,##0.00"),
        "laadpunten_bestaand": (tr("Existing charge points"), "#,##0"),
        "tekort": (tr("Shortfall"), "#,##0.00"),
        "tekort_indicatie": (tr("Shortfall (indication)"), "#,##0"),
        "piek_kw": (tr("Peak power (kW)"), "#,##0.0"),
        "mwh_jaar": (tr("Energy per year (MWh)"), "#,##0.0"),
    }


AREA_NAME_FIELDS = ("cel_code", "gemeentenaam", "buurtnaam", "wijknaam", "naam")


def _g(value: float) -> str:
    """A setting as text with the report language's decimal separator (0.5 -> 0,5 in Dutch)."""
    return format_number(value, 3)


def method_rows(settings: PrognosisSettings) -> list[tuple[str, str, str]]:
    """(what, value, source): the plan's sentence, or "assumption" for an assumption; in the report language."""
    shares = "/".join(_g(settings.share_by_urbanity[k]) for k in sorted(settings.share_by_urbanity))
    assumption = tr("assumption")
    return [
        (
            tr("Target"),
            tr("1 (semi-)public charge point per {count} electric passenger cars").format(
                count=_g(settings.evs_per_point)
            ),
            tr(
                'Plan §2.3: "The partnership region aims to have (eventually) one (semi-)public charge point per '
                'five electric passenger vehicles"'
            ),
        ),
        (
            tr("Basis"),
            tr("all electric cars")
            if settings.base == BASE_ALL
            else tr("only cars without a charge point of their own"),
            tr("Plan §2.3 (all cars)") if settings.base == BASE_ALL else tr("the user's choice (not the plan)"),
        ),
        (
            tr("Numbers"),
            tr("indication"),
            tr('Plan §3.2: "Numbers are used as an indication but not as exact targets"'),
        ),
        (
            tr("Growth between plan years"),
            tr("geometric (constant growth factor)") if settings.interpolation == GEOMETRIC else tr("linear"),
            tr("assumption (the plan gives 2020, 2025 and 2030)"),
        ),
        (
            tr("Distribution over municipalities"),
            tr("by households (CBS 2023), or the registered number"),
            assumption,
        ),
        (
            tr("Share of private charging"),
            tr("by CBS urbanity 1-5: {shares}").format(shares=shares)
            if settings.share_mode == SHARE_BY_URBANITY
            else tr("{share} for every municipality").format(share=_g(settings.private_share)),
            tr(
                'assumption; direction from plan §4.1: "In more rural municipalities with many homes with their own '
                'driveway, home charging will be able to meet a large part of the charging need"'
            ),
        ),
        (tr("Public / semi-public"), tr("public = EV x (1 - p) / 5, semi-public = EV x p / 5"), assumption),
        (
            tr("Fast charging"),
            tr("1 fast-charge point per {count} electric cars").format(count=_g(settings.evs_per_fast_point)),
            tr(
                "assumption (plan §4.4 only mentions TNO: 2,900 fast-charge points around the trunk road network in "
                "2030, nationally)"
            ),
        ),
        (
            tr("Vans"),
            tr("{share} of the vans charge semi-publicly, {count} per charge point").format(
                share=_g(settings.van_semi_public_share), count=_g(settings.evs_per_point)
            ),
            tr(
                'Plan §4.2: "about half of the vans will use semi-public charge points"; the number per charge '
                "point is an assumption"
            ),
        ),
        (
            tr("Power of a regular charge point"),
            "{} kW".format(_g(settings.point_power_kw)),
            tr('Plan §4.2: "mostly it is 3.7, 11 or 22 kW"'),
        ),
        (
            tr("Power of a fast-charge point"),
            "{} kW".format(_g(settings.fast_power_kw)),
            tr('Plan §4.4: "regular fast charging for passenger transport with a power of around 50 kW"'),
        ),
        (tr("Simultaneity at the evening peak"), _g(settings.simultaneity), assumption),
        (
            tr("Utilisation per year"),
            tr("{factor} (x 8,760 hours)").format(factor=_g(settings.load_factor)),
            assumption,
        ),
        (
            tr("Rounding"),
            tr("municipal total half up, distributed over the areas with the largest remainders"),
            tr("method"),
        ),
    ]


def write_prognosis_workbook(
    municipalities: pd.DataFrame, areas: pd.DataFrame, settings: PrognosisSettings, method: str, path: str
) -> str:
    book = XlsxBook()
    write_table(
        book,
        tr("Per municipality"),
        pd.DataFrame(municipalities.drop(columns="geometry", errors="ignore")),
        municipality_columns(),
    )
    table = pd.DataFrame(areas.drop(columns="geometry", errors="ignore"))
    name = next((c for c in AREA_NAME_FIELDS if c in table.columns), None)
    table.insert(0, "gebied", table[name].astype(str) if name else [str(i + 1) for i in range(len(table))])
    write_table(book, tr("Per area"), table, area_columns())
    notes = book.sheet(tr("Method and assumptions")).widths([28, 60, 100])
    notes.append([tr("Item"), tr("Value"), tr("Source")], bold=True)
    notes.append([tr("Method"), method, ""])
    for row in method_rows(settings):
        notes.append(list(row))
    return save_workbook(book, path)
