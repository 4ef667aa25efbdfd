"""The XLSX monitoring workbook for the yearly NAL progress report (written with core.xlsx).

The workbook is a Dutch deliverable (it goes to the region and the ministry), so its headers and
definitions are Dutch whatever the user's QGIS language. Numbers are written as numbers with a
number format; aggregates over fewer than the minimum number of distinct cards are left empty
and marked. The file is written to a temporary name and moved into place, so a failed run never
leaves a half-written workbook.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.charts import ChartData, clean_values, write_chart_sheet
from ral_zuid_plugin.core.requests.workbook import add_request_sheets
from ral_zuid_plugin.core.sessions.indicators import (
    LEVEL_MUNICIPALITY,
    LEVEL_POINT,
    LEVEL_PROVINCE,
    LEVEL_REGION,
    PERIOD_LABEL,
    low_usage_points,
    suppress_small_groups,
)
from ral_zuid_plugin.core.sessions.pipeline import SessionResult
from ral_zuid_plugin.core.sessions.quality import CORRECTED, EXCLUDED, KEPT
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

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
    "aandeel_laadpunten_vaak_vol_pct": (
        "Aandeel laadpunten vaak vol: piek boven drempel op > X % van de dagen (%)",
        "0.0",
    ),
    "gemiddeld_aandeel_dagen_vol_pct": ("Gemiddeld aandeel dagen met piek boven drempel (%)", "0.0"),
    "aandeel_piek_boven_drempel_pct": ("Aandeel laadpunten met gemiddelde piekbezetting boven drempel (%)", "0.0"),
    "kaarten_uniek": ("Unieke laadpassen (aantal)", "#,##0"),
    "kaarten_per_laadpunt_per_maand": ("Unieke laadpassen per laadpunt per maand", "0.0"),
    "kaarten_per_laadpunt": ("Unieke laadpassen per laadpunt over de hele periode of maand", "0.0"),
    "geen_data": ("Geen sessies (0 / geen data)", None),
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
    "aandeel_dagen_piek_boven_drempel_pct": ("Aandeel dagen piek boven drempel (%)", "0.0"),
    "piek_vaak_boven_drempel": ("Vaak vol (piek boven drempel op > X % van de dagen)", None),
    "weken_piek_boven_drempel": ("Weken piek boven drempel", "0"),
    "weken_met_data": ("Weken met data", "0"),
    "kaarten_uniek": ("Unieke laadpassen", "0"),
    "kaarten_per_maand": ("Unieke laadpassen per maand", "0.0"),
    "maanden_laag_gebruik": ("Langste reeks maanden laag gebruik", "0"),
    "onderdrukt": ("Onderdrukt (< minimum unieke passen)", None),
}
POINT_SUPPRESSIBLE = [
    c
    for c in POINT_COLUMNS
    if c
    not in ("evse_id", "laadpunt_id", "gemeentecode", "gemeentenaam", "piek_vaak_boven_drempel", "maanden_laag_gebruik")
]
LOW_USAGE_SHEET_COLUMNS = {
    "evse_id": ("EVSE-id", None),
    "laadpunt_id": ("Laadpaal / locatie-id", None),
    "gemeentecode": ("Gemeentecode", None),
    "gemeentenaam": ("Gemeente", None),
    "bezetting_pct": ("Bezettingsgraad aangesloten over de periode (%)", "0.0"),
    "maanden_laag_gebruik": ("Langste reeks maanden onder de drempel", "0"),
    "laag_gebruik_van": ("Van (maand)", None),
    "laag_gebruik_tot": ("Tot en met (maand)", None),
}
DISTRIBUTION_BINS = (0.0, 10.0, 25.0, 50.0, 75.0, 100.0)
CHART_SHEET = "Grafieken"


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
    "locations_join": "EVSE's gekoppeld aan de locatielaag",
    "data_gap": "Maanden met bijna geen sessies tussen drukkere maanden (gat in de data)",
    "date_order": "Volgorde van dag en maand",
    "time_zone": "Lokale tijd of UTC",
    "skipped_rows": "Lege rijen en totaalrijen",
    "open_session": "Open sessie (geen eindtijd, of status ACTIVE/PENDING)",
    "invalid_session": "Sessie met status INVALID",
    "reservation": "Reservering (status RESERVATION, geen laden)",
}
CHECK_NOTES_NL = {
    "duplicate_id": "eerste behouden, latere kopieën uitgesloten",
    "end_before_start": "uitgesloten: de duur is niet te bepalen",
    "negative_energy": "energie uitgesloten (niet in kWh en kWh per sessie); de sessie en haar aansluittijd tellen mee",
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
    "locations_join": "{matched} van {total} EVSE's gekoppeld op veld '{field}' van {layer}: {evse} op het EVSE-id, "
    "{chargepoint} op het laadpaal- of locatie-id, waarvan {normalised} na het gelijktrekken van de schrijfwijze; "
    "niet gekoppelde EVSE's worden uit andere bronnen geplaatst of als niet te plaatsen uitgesloten",
    "data_gap": "{months}: minder sessies per dag dan {pct} % van de mediane maand; de bezetting zou daar als een lege "
    "straat lezen. Controleer de data of laat deze maanden weg (parameters EXCLUDE_DATA_GAPS of EXCLUDED_MONTHS)",
    "date_order": "gelezen zoals per bestand vermeld; aantal = rijen waarin dag en maand verwisseld konden zijn",
    "time_zone": "gelezen zoals per bestand vermeld; aantal = sessies over een zomer-/wintertijdwissel of in het "
    "overgeslagen uur",
    "skipped_rows": "weggelaten: geen sessies",
    "open_session": "uitgesloten: laadde nog bij de export, het einde is onbekend (geen bezetting, geen kWh)",
    "invalid_session": "uitgesloten: door de CPO als ongeldig gemarkeerd (geen bezetting, geen kWh)",
    "reservation": "uitgesloten: een reservering, geen laadsessie (geen bezetting, geen kWh)",
}
ACTIONS_NL = {KEPT: "behouden", CORRECTED: "gecorrigeerd", EXCLUDED: "uitgesloten"}


def definitions(
    peak_label: str, threshold: float, min_cards: int, settings: IndicatorSettings | None = None
) -> list[tuple[str, str, str]]:
    """(indicator, eenheid, definitie) rows of the Definities sheet."""
    settings = settings or IndicatorSettings(peak_threshold_pct=threshold, min_cards=min_cards)
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
            "Aandeel laadpunten vaak vol (kopcijfer)",
            "%",
            "Aandeel laadpunten waarvan de piekbezetting op meer dan {:g} % van de dagen in de periode (of maand) "
            "hoger is dan {:g} %. Een laadpunt telt per dag: piekbezetting van die dag = aangesloten tijd in het "
            "piekvenster / lengte van het venster. De verdeling van de laadpunten naar aandeel dagen boven de drempel "
            "staat op het tabblad Samenvatting.".format(settings.peak_days_share_pct, threshold),
        ),
        (
            "Gemiddeld aandeel dagen boven drempel",
            "%",
            "Gemiddelde over de laadpunten van hun aandeel dagen met piekbezetting boven {:g} %; gelijk aan het "
            "gemiddelde over de dagen van het tabblad Piek per dag.".format(threshold),
        ),
        (
            "Aandeel gemiddelde piek boven drempel",
            "%",
            "Aandeel laadpunten waarvan de gemiddelde piekbezetting over de hele periode (of maand) hoger is dan "
            "{:g} %. Strenger dan het kopcijfer: een laadpunt dat 3 van de 4 avonden vol staat, "
            "heeft gemiddeld 75 %.".format(threshold),
        ),
        (
            "Weken piek boven drempel",
            "aantal",
            "ISO-weken waarin de gemiddelde piekbezetting van het laadpunt boven {:g} % lag.".format(threshold),
        ),
        ("Sessies, kWh", "aantal, kWh", "Geteld op de lokale dag waarop de sessie begint."),
        (
            "Unieke laadpassen per laadpunt per maand",
            "aantal",
            "Per laadpunt en kalendermaand het aantal verschillende passen, gemiddeld over de laadpunten en over "
            "de maanden die helemaal in de periode vallen (is er geen hele maand, dan over alle maanden). Hangt niet "
            "af van de lengte van de periode, anders dan het aantal over de hele periode.",
        ),
        (
            "Laag gebruik (risicodekking)",
            "-",
            "Laadpunt waarvan de bezettingsgraad per maand minstens {} opeenvolgende maanden onder {:g} % bleef; "
            "zie het tabblad Laag gebruik.".format(settings.low_usage_months, settings.low_usage_threshold_pct),
        ),
        (
            "Maand zonder sessies",
            "-",
            "Telt als 0 sessies en 0 % bezetting (kolom 'Geen sessies' = ja) en wordt niet onderdrukt. Een maand met "
            "bijna geen sessies tussen drukkere maanden is waarschijnlijk een gat in de data: het tabblad Kwaliteit "
            "meldt het en de periode kan zulke maanden weglaten (dagen en sessies van die maanden tellen dan niet).",
        ),
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
            "Credit-CDR's en thuislaadvergoedingen tellen niet mee in publieke KPI's; zie het tabblad Kwaliteit. "
            "Bij negatieve energie telt alleen de energie niet mee: de sessie en haar aansluittijd tellen wel.",
        ),
    ]


def write_workbook(
    result: SessionResult,
    path: str,
    generated: dt.datetime | None = None,
    request_indicators: pd.DataFrame | None = None,
) -> str:
    """Write the monitoring workbook to ``path`` (atomically) and return the path.

    ``request_indicators`` (the indicator table of ``ralzuid:requestregister``) adds the NAL placement sheet
    ``Aanvragen`` (lead times and requests by herkomst per gemeente and quarter).
    """
    settings = result.settings
    book = XlsxBook()
    summary = book.sheet("Samenvatting").widths({1: 48, 2: 40, 4: 66})
    generated = generated or dt.datetime.now().replace(microsecond=0)
    areas = suppress_small_groups(result.areas, settings.min_cards)
    region = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] == "periode")]
    rows: list[tuple] = [
        ("Laadsessies: NAL-gebruiksindicatoren RAL Zuid", None),
        ("Periode vanaf", result.first_day),
        ("Periode tot en met", result.last_day),
        ("Dagen", (result.last_day - result.first_day).days + 1),
        ("Weggelaten maanden", ", ".join(result.excluded_months) or "geen"),
        ("Dagen die meetellen", result.calendar.n_counted_days),
        ("Aangemaakt", generated),
        ("Piekvenster (lokale tijd)", settings.peak_label),
        ("Drempel piekbezetting (%)", settings.peak_threshold_pct),
        ("Minimum unieke passen per cijfer", settings.min_cards),
        ("Sessies gebruikt", result.sessions_used),
        ("Sessies uitgesloten", result.quality.sessions_excluded()),
        ("Laadpunten (EVSE)", int(len(result.points))),
    ]
    if not region.empty:
        first = region.iloc[0]
        rows += [
            ("Regio: geladen energie (kWh)", _number(first["kwh"])),
            ("Regio: bezettingsgraad (%)", _number(first["bezetting_pct"])),
            (
                "Regio: aandeel laadpunten met piek boven {:g} % op meer dan {:g} % van de dagen (%)".format(
                    settings.peak_threshold_pct, settings.peak_days_share_pct
                ),
                _number(first["aandeel_laadpunten_vaak_vol_pct"]),
            ),
            (
                "Regio: gemiddeld aandeel dagen met piek boven drempel (%)",
                _number(first["gemiddeld_aandeel_dagen_vol_pct"]),
            ),
            ("Regio: unieke passen per laadpunt per maand", _number(first["kaarten_per_laadpunt_per_maand"])),
            ("Regio: laadpunten met laag gebruik", int(result.points["laag_gebruik"].sum())),
        ]
    if result.has_cards:
        privacy = (
            "Cijfers over minder dan {} unieke laadpassen zijn onderdrukt (lege cel, kolom 'Onderdrukt' = ja)."
        ).format(settings.min_cards)
    else:
        privacy = "De data bevat geen pas-id's: onderdrukking op aantal unieke passen kon niet worden toegepast."
    rows.append(("Privacy", privacy))
    for label, value in rows:
        if isinstance(value, dt.datetime):
            number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, dt.date):
            number_format = "yyyy-mm-dd"
            value = dt.datetime.combine(value, dt.time())
        else:
            number_format = None
        summary.append([label, value], [None, number_format], bold=[True, False])
    summary.append([])
    summary.append(
        ["Verdeling laadpunten (regio) naar aandeel dagen met piek boven drempel", "Laadpunten", "Aandeel (%)"],
        bold=True,
    )
    for label, count, share in peak_days_distribution(result.points):
        summary.append([label, count, share], [None, "0", "0.0"])
    summary.append([])
    summary.append(["Bronbestand", "Soort", "Rijen", "SHA-256", "Herkende instellingen"], bold=True)
    for read in result.reads:
        settings_text = read.options.describe() if read.options is not None else "OCPI JSON, UTC"
        kind = {"table": "tabel (CSV/XLSX-export)"}.get(read.kind, read.kind)
        summary.append([Path(read.path).name, kind, read.rows, read.sha256, settings_text])
    summary.append([])
    summary.append(["Kwaliteit (samenvatting)", "Aantal", "Actie"], bold=True)
    for check in result.quality.checks:
        summary.append([CHECK_TITLES_NL[check.key], check.count, ACTIONS_NL[check.action]])

    write_chart_sheet(
        book,
        CHART_SHEET,
        session_charts(result, areas),
        "Regio: laadpunten binnen de gemeenten van RAL Zuid. Lege waarden: geen data of onderdrukt.",
    )
    sheet = book.sheet("Definities").widths({1: 30, 3: 110})
    sheet.append(["Indicator", "Eenheid", "Definitie"], bold=True)
    for row in definitions(settings.peak_label, settings.peak_threshold_pct, settings.min_cards, settings):
        sheet.append(list(row))

    quality = result.quality.table()
    quality["omschrijving"] = [CHECK_TITLES_NL[key] for key in quality["controle"]]
    quality["actie"] = [ACTIONS_NL[check.action] for check in result.quality.checks]
    quality["toelichting"] = [
        (CHECK_NOTES_NL[c.key].format(**c.params) if c.params is not None else CHECK_NOTES_NL[c.key])
        + (" " + c.detail if c.detail else "")
        for c in result.quality.checks
    ]
    write_table(
        book,
        "Kwaliteit",
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
        write_table(book, title, areas[rows], AREA_COLUMNS)
    points = pd.DataFrame(result.points.drop(columns="geometry"))
    small = points["kaarten_onderdrukt"].to_numpy(dtype=bool) if result.has_cards else np.zeros(len(points), bool)
    points["onderdrukt"] = small
    for column in POINT_SUPPRESSIBLE:
        if column != "onderdrukt":
            points[column] = points[column].astype(float)
            points.loc[small, column] = np.nan
    write_table(book, "Laadpunten", points, POINT_COLUMNS)
    low = low_usage_points(pd.DataFrame(result.points.drop(columns="geometry")))
    sheet = book.sheet("Laag gebruik").widths([24, 24, 14, 24, 20, 20, 14, 14])
    sheet.append(
        [
            "Laadpunten met een bezettingsgraad onder {:g} % in minstens {} opeenvolgende maanden: {} van {}.".format(
                settings.low_usage_threshold_pct, settings.low_usage_months, len(low), len(result.points)
            )
        ]
    )
    sheet.append([LOW_USAGE_SHEET_COLUMNS[c][0] for c in LOW_USAGE_SHEET_COLUMNS], bold=True)
    formats = [LOW_USAGE_SHEET_COLUMNS[c][1] for c in LOW_USAGE_SHEET_COLUMNS]
    for record in low[list(LOW_USAGE_SHEET_COLUMNS)].itertuples(index=False, name=None):
        sheet.append(list(record), formats)
    share = result.daily_peak_share
    write_table(
        book,
        "Piek per dag",
        share,
        {
            "niveau": ("Niveau", None),
            "code": ("Code", None),
            "datum": ("Datum", "yyyy-mm-dd"),
            "aandeel_piek_boven_drempel_pct": ("Aandeel laadpunten piek boven drempel (%)", "0.0"),
        },
    )
    if request_indicators is not None:
        add_request_sheets(book, request_indicators, None, [])
    return save_workbook(book, path)


def session_charts(result: SessionResult, areas: pd.DataFrame) -> list[ChartData]:
    """Bezettingsgraad per maand and per uur van de dag (regio) and geladen energie per gemeente.

    ``areas`` is the area table after suppression, so a suppressed figure stays out of the charts too.
    """
    charts = []
    region = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] != PERIOD_LABEL)]
    if not region.empty:
        charts.append(
            ChartData(
                "Bezettingsgraad per maand (regio)",
                "Maand",
                "Bezettingsgraad aangesloten (%)",
                tuple(region["periode"].astype(str)),
                clean_values(region["bezetting_pct"]),
                kind="line",
            )
        )
    if result.hourly_occupancy is not None:
        hourly = result.hourly_occupancy
        whole = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] == PERIOD_LABEL)]
        suppressed = bool(whole["onderdrukt"].any()) if not whole.empty else True  # privacy as the region row
        charts.append(
            ChartData(
                "Bezettingsgraad per uur van de dag (regio)",
                "Uur van de dag (lokale tijd)",
                "Bezettingsgraad aangesloten (%)",
                tuple("{:02d}:00".format(int(h)) for h in hourly["uur"]),
                clean_values([None] * len(hourly) if suppressed else hourly["bezetting_pct"]),
            )
        )
    municipalities = areas[(areas["niveau"] == LEVEL_MUNICIPALITY) & (areas["periode"] == PERIOD_LABEL)]
    if not municipalities.empty:
        ordered = municipalities.sort_values(["kwh", "naam"], ascending=[False, True], na_position="last")
        charts.append(
            ChartData(
                "Geladen energie per gemeente",
                "Gemeente",
                "Geladen energie (kWh)",
                tuple(ordered["naam"].astype(str)),
                clean_values(ordered["kwh"]),
                kind="bar",
                number_format="#,##0",
            )
        )
    return charts


def peak_days_distribution(points: pd.DataFrame) -> list[tuple[str, int, float]]:
    """Region points by their share of days with the peak above the threshold: 0 %, (0-10], (10-25] ... (75-100]."""
    inside = points["in_regio"].to_numpy(dtype=bool) if "in_regio" in points else np.ones(len(points), bool)
    share = points["aandeel_dagen_piek_boven_drempel_pct"].to_numpy(dtype=float)[inside]
    total = max(len(share), 1)
    rows = [("0 % van de dagen", int((share == 0).sum()), (share == 0).sum() / total * 100)]
    for low, high in zip(DISTRIBUTION_BINS[:-1], DISTRIBUTION_BINS[1:]):
        count = int(((share > low) & (share <= high)).sum())
        rows.append(("meer dan {:g} tot en met {:g} % van de dagen".format(low, high), count, count / total * 100))
    return rows


def _number(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return float(value)
