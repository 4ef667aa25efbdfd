"""The XLSX monitoring workbook for the yearly NAL progress report (written with core.xlsx).

The workbook is written in the report language (``tr``, evaluated when it is written: the algorithm's
REPORT_LANGUAGE, Dutch for the region and the ministry, or English): sheet names, headers, definitions,
quality notes and summary lines. Numbers are written as numbers with a number format; aggregates over
fewer than the minimum number of distinct cards are left empty and marked. The file is written to a
temporary name and moved into place, so a failed run never leaves a half-written workbook.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.charts import ChartData, clean_values, write_chart_sheet
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.requests.workbook import add_request_sheets
from ral_zuid_plugin.core.screening.wording import format_number
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
from ral_zuid_plugin.core.sessions.quality import action_label, check_notes, check_titles
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

Columns = dict[str, tuple[str, "str | None"]]


def area_columns() -> Columns:
    """Column -> (header with unit in the report language, number format) of the area sheets."""
    return {
        "code": (tr("Code"), None),
        "naam": (tr("Name"), None),
        "periode": (tr("Period (month or whole period)"), None),
        "dagen": (tr("Days"), "0"),
        "laadpunten": (tr("Charge points (EVSE)"), "#,##0"),
        "sessies": (tr("Charging sessions"), "#,##0"),
        "kwh": (tr("Energy charged (kWh)"), "#,##0"),
        "sessies_per_laadpunt_per_dag": (tr("Sessions per charge point per day"), "0.00"),
        "kwh_per_sessie": (tr("kWh per session"), "0.0"),
        "bezetting_pct": (tr("Occupancy, connected (% of the day)"), "0.0"),
        "laadbezetting_pct": (tr("Occupancy, charging (% of the day)"), "0.0"),
        "stilstand_pct": (tr("Idle time: connected without charging (% of connected time)"), "0.0"),
        "piekbezetting_pct": (tr("Peak occupancy (% of the peak window)"), "0.0"),
        "aandeel_laadpunten_vaak_vol_pct": (
            tr("Share of charge points often full: peak above threshold on > X % of the days (%)"),
            "0.0",
        ),
        "gemiddeld_aandeel_dagen_vol_pct": (tr("Mean share of days with the peak above the threshold (%)"), "0.0"),
        "aandeel_piek_boven_drempel_pct": (
            tr("Share of charge points with mean peak occupancy above the threshold (%)"),
            "0.0",
        ),
        "kaarten_uniek": (tr("Distinct charging cards (number)"), "#,##0"),
        "kaarten_per_laadpunt_per_maand": (tr("Distinct charging cards per charge point per month"), "0.0"),
        "kaarten_per_laadpunt": (tr("Distinct charging cards per charge point over the whole period or month"), "0.0"),
        "geen_data": (tr("No sessions (0 / no data)"), None),
        "onderdrukt": (tr("Suppressed (< minimum distinct cards)"), None),
    }


def point_columns() -> Columns:
    return {
        "evse_id": (tr("EVSE id"), None),
        "laadpunt_id": (tr("Charging post / location id"), None),
        "gemeentecode": (tr("Municipality code"), None),
        "gemeentenaam": (tr("Municipality"), None),
        "sessies": (tr("Charging sessions"), "#,##0"),
        "sessies_per_dag": (tr("Sessions per day"), "0.00"),
        "kwh_totaal": (tr("Energy charged (kWh)"), "#,##0.0"),
        "kwh_per_dag": (tr("kWh per day"), "0.0"),
        "kwh_per_sessie": (tr("kWh per session"), "0.0"),
        "aansluituren_per_dag": (tr("Connected hours per day (hours)"), "0.00"),
        "bezetting_pct": (tr("Occupancy, connected (%)"), "0.0"),
        "laadbezetting_pct": (tr("Occupancy, charging (%)"), "0.0"),
        "stilstand_pct": (tr("Idle time (%)"), "0.0"),
        "piekbezetting_pct": (tr("Peak occupancy (%)"), "0.0"),
        "dagen_piek_boven_drempel": (tr("Days with the peak above the threshold"), "0"),
        "aandeel_dagen_piek_boven_drempel_pct": (tr("Share of days with the peak above the threshold (%)"), "0.0"),
        "piek_vaak_boven_drempel": (tr("Often full (peak above threshold on > X % of the days)"), None),
        "weken_piek_boven_drempel": (tr("Weeks with the peak above the threshold"), "0"),
        "weken_met_data": (tr("Weeks with data"), "0"),
        "kaarten_uniek": (tr("Distinct charging cards"), "0"),
        "kaarten_per_maand": (tr("Distinct charging cards per month"), "0.0"),
        "maanden_laag_gebruik": (tr("Longest run of months with low usage"), "0"),
        "onderdrukt": (tr("Suppressed (< minimum distinct cards)"), None),
    }


POINT_SUPPRESSIBLE = [
    "sessies", "sessies_per_dag", "kwh_totaal", "kwh_per_dag", "kwh_per_sessie", "aansluituren_per_dag",
    "bezetting_pct", "laadbezetting_pct", "stilstand_pct", "piekbezetting_pct", "dagen_piek_boven_drempel",
    "aandeel_dagen_piek_boven_drempel_pct", "weken_piek_boven_drempel", "weken_met_data", "kaarten_uniek",
    "kaarten_per_maand", "onderdrukt",
]  # fmt: skip


def low_usage_sheet_columns() -> Columns:
    return {
        "evse_id": (tr("EVSE id"), None),
        "laadpunt_id": (tr("Charging post / location id"), None),
        "gemeentecode": (tr("Municipality code"), None),
        "gemeentenaam": (tr("Municipality"), None),
        "bezetting_pct": (tr("Occupancy, connected over the period (%)"), "0.0"),
        "maanden_laag_gebruik": (tr("Longest run of months under the threshold"), "0"),
        "laag_gebruik_van": (tr("From (month)"), None),
        "laag_gebruik_tot": (tr("Up to and including (month)"), None),
    }


DISTRIBUTION_BINS = (0.0, 10.0, 25.0, 50.0, 75.0, 100.0)


def chart_sheet_title() -> str:
    return tr("Charts")


def definitions(
    peak_label: str, threshold: float, min_cards: int, settings: IndicatorSettings | None = None
) -> list[tuple[str, str, str]]:
    """(indicator, unit, definition) rows of the Definitions sheet, in the report language."""
    settings = settings or IndicatorSettings(peak_threshold_pct=threshold, min_cards=min_cards)
    n = format_number  # numbers in the text with the report language's decimal separator
    return [
        (
            tr("Charge point"),
            "-",
            tr("One EVSE: one vehicle at a time; the NAL counting unit. A charging post usually has 2."),
        ),
        (
            tr("Day"),
            "-",
            tr(
                "Calendar day in Europe/Amsterdam local time: 24 hours, 23 hours (last Sunday of March) "
                "or 25 hours (last Sunday of October)."
            ),
        ),
        (
            tr("Occupancy, connected"),
            tr("% of the day"),
            tr(
                "Time a vehicle is connected / length of the day(s) x 100. Overlapping sessions on one EVSE "
                "count once (the intervals merged)."
            ),
        ),
        (
            tr("Occupancy, charging"),
            tr("% of the day"),
            tr(
                "Charging time / length of the day x 100; charging is assumed at the start of the session. "
                "Only for charge points where every session has a charging time."
            ),
        ),
        (
            tr("Idle time"),
            tr("% of connected time"),
            tr("1 - charging time / connected time: connected but not charging."),
        ),
        (tr("Peak window"), tr("hour"), tr("Daily window {window} local time.").format(window=peak_label)),
        (
            tr("Peak occupancy"),
            "%",
            tr("Connected time within the peak window / length of the peak window x 100."),
        ),
        (
            tr("Share of charge points often full (headline figure)"),
            "%",
            tr(
                "Share of charge points whose peak occupancy is above {threshold} % on more than {days} % of the "
                "days in the period (or month). A charge point counts per day: peak occupancy of that day = "
                "connected time in the peak window / length of the window. The distribution of the charge points "
                "by share of days above the threshold is on the sheet Summary."
            ).format(days=n(settings.peak_days_share_pct, 2), threshold=n(threshold, 2)),
        ),
        (
            tr("Mean share of days above the threshold"),
            "%",
            tr(
                "Mean over the charge points of their share of days with peak occupancy above {threshold} %; "
                "equal to the mean over the days of the sheet Peak per day."
            ).format(threshold=n(threshold, 2)),
        ),
        (
            tr("Share with mean peak above the threshold"),
            "%",
            tr(
                "Share of charge points whose mean peak occupancy over the whole period (or month) is above "
                "{threshold} %. Stricter than the headline figure: a charge point that is full 3 evenings of 4 "
                "has 75 % on average."
            ).format(threshold=n(threshold, 2)),
        ),
        (
            tr("Weeks with the peak above the threshold"),
            tr("number"),
            tr("ISO weeks in which the charge point's mean peak occupancy was above {threshold} %.").format(
                threshold=n(threshold, 2)
            ),
        ),
        (tr("Sessions, kWh"), tr("number, kWh"), tr("Counted on the local day on which the session starts.")),
        (
            tr("Distinct charging cards per charge point per month"),
            tr("number"),
            tr(
                "Per charge point and calendar month the number of different cards, averaged over the charge "
                "points and over the months entirely within the period (without a whole month, over all months). "
                "Does not depend on the length of the period, unlike the number over the whole period."
            ),
        ),
        (
            tr("Low usage (risk cover)"),
            "-",
            tr(
                "Charge point whose monthly occupancy stayed under {threshold} % for at least {months} consecutive "
                "months; see the sheet Low usage."
            ).format(months=settings.low_usage_months, threshold=n(settings.low_usage_threshold_pct, 2)),
        ),
        (
            tr("Month without sessions"),
            "-",
            tr(
                "Counts as 0 sessions and 0 % occupancy (column 'No sessions' = yes) and is not suppressed. A month "
                "with almost no sessions between busier months is probably a gap in the data: the sheet Quality "
                "reports it and the period can leave such months out (their days and sessions then do not count)."
            ),
        ),
        (
            tr("Distinct charging cards"),
            tr("number"),
            tr(
                "Different hashed card or token ids. A card is not a vehicle: one car can use several cards and "
                "one card several cars (lease, car sharing)."
            ),
        ),
        (
            tr("Privacy"),
            "-",
            tr(
                "Card ids are hashed as soon as they are read (BLAKE2b with a secret key in the QGIS profile). "
                "Figures over fewer than {count} distinct cards are suppressed (empty)."
            ).format(count=min_cards),
        ),
        (
            tr("Excluded"),
            "-",
            tr(
                "Credit CDRs and home charging compensations do not count in public KPIs; see the sheet Quality. "
                "With negative energy only the energy does not count: the session and its connected time do."
            ),
        ),
    ]


def _level_titles() -> tuple[tuple[str, str], ...]:
    return (
        (LEVEL_REGION, tr("Region")),
        (LEVEL_PROVINCE, tr("Provinces")),
        (LEVEL_MUNICIPALITY, tr("Municipalities")),
        (LEVEL_POINT, tr("Charging posts")),
    )


def write_workbook(
    result: SessionResult,
    path: str,
    generated: dt.datetime | None = None,
    request_indicators: pd.DataFrame | None = None,
) -> str:
    """Write the monitoring workbook to ``path`` (atomically) and return the path.

    ``request_indicators`` (the indicator table of ``ralzuid:requestregister``) adds the NAL placement sheet
    ``Aanvragen``/``Requests`` (lead times and requests by herkomst per gemeente and quarter).
    """
    settings = result.settings
    n = format_number
    book = XlsxBook()
    summary = book.sheet(tr("Summary")).widths({1: 48, 2: 40, 4: 66})
    generated = generated or dt.datetime.now().replace(microsecond=0)
    areas = suppress_small_groups(result.areas, settings.min_cards)
    region = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] == PERIOD_LABEL)]
    rows: list[tuple] = [
        (tr("Charging sessions: NAL usage indicators RAL Zuid"), None),
        (tr("Period from"), result.first_day),
        (tr("Period up to and including"), result.last_day),
        (tr("Days"), (result.last_day - result.first_day).days + 1),
        (tr("Months left out"), ", ".join(result.excluded_months) or tr("none")),
        (tr("Days that count"), result.calendar.n_counted_days),
        (tr("Created"), generated),
        (tr("Peak window (local time)"), settings.peak_label),
        (tr("Peak occupancy threshold (%)"), settings.peak_threshold_pct),
        (tr("Minimum distinct cards per figure"), settings.min_cards),
        (tr("Sessions used"), result.sessions_used),
        (tr("Sessions excluded"), result.quality.sessions_excluded()),
        (tr("Charge points (EVSE)"), int(len(result.points))),
    ]
    if not region.empty:
        first = region.iloc[0]
        rows += [
            (tr("Region: energy charged (kWh)"), _number(first["kwh"])),
            (tr("Region: occupancy (%)"), _number(first["bezetting_pct"])),
            (
                tr("Region: share of charge points with the peak above {threshold} % on more than {days} % of the "
                   "days (%)").format(threshold=n(settings.peak_threshold_pct, 2),
                                      days=n(settings.peak_days_share_pct, 2)),
                _number(first["aandeel_laadpunten_vaak_vol_pct"]),
            ),
            (
                tr("Region: mean share of days with the peak above the threshold (%)"),
                _number(first["gemiddeld_aandeel_dagen_vol_pct"]),
            ),
            (tr("Region: distinct cards per charge point per month"), _number(first["kaarten_per_laadpunt_per_maand"])),
            (tr("Region: charge points with low usage"), int(result.points["laag_gebruik"].sum())),
        ]  # fmt: skip
    if result.has_cards:
        privacy = tr(
            "Figures over fewer than {count} distinct charging cards are suppressed (empty cell, column "
            "'Suppressed' = yes)."
        ).format(count=settings.min_cards)
    else:
        privacy = tr("The data has no card ids: suppression by the number of distinct cards could not be applied.")
    rows.append((tr("Privacy"), privacy))
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
        [tr("Charge points (region) by share of days with the peak above the threshold"), tr("Charge points"),
         tr("Share (%)")],
        bold=True,
    )  # fmt: skip
    for label, count, share in peak_days_distribution(result.points):
        summary.append([label, count, share], [None, "0", "0.0"])
    summary.append([])
    summary.append([tr("Source file"), tr("Kind"), tr("Rows"), "SHA-256", tr("Settings recognised")], bold=True)
    for read in result.reads:
        settings_text = read.options.describe() if read.options is not None else "OCPI JSON, UTC"
        kind = {"table": tr("table (CSV/XLSX export)")}.get(read.kind, read.kind)
        summary.append([Path(read.path).name, kind, read.rows, read.sha256, settings_text])
    summary.append([])
    summary.append([tr("Quality (summary)"), tr("Count"), tr("Action")], bold=True)
    titles, notes = check_titles(), check_notes()
    for check in result.quality.checks:
        summary.append([titles[check.key], check.count, action_label(check.action)])

    write_chart_sheet(
        book,
        chart_sheet_title(),
        session_charts(result, areas),
        tr("Region: charge points within the municipalities of RAL Zuid. Empty values: no data or suppressed."),
    )
    sheet = book.sheet(tr("Definitions")).widths({1: 30, 3: 110})
    sheet.append([tr("Indicator"), tr("Unit"), tr("Definition")], bold=True)
    for row in definitions(settings.peak_label, settings.peak_threshold_pct, settings.min_cards, settings):
        sheet.append(list(row))

    quality = result.quality.table()
    quality["omschrijving"] = [titles[key] for key in quality["controle"]]
    quality["actie"] = [action_label(check.action) for check in result.quality.checks]
    quality["toelichting"] = [
        (notes[c.key].format(**c.params) if c.params is not None else notes[c.key])
        + (" " + c.detail if c.detail else "")
        for c in result.quality.checks
    ]
    write_table(
        book,
        tr("Quality"),
        quality,
        {
            "omschrijving": (tr("Quality check"), None),
            "aantal": (tr("Number of rows"), "#,##0"),
            "voorbeeldrijen": (tr("Example rows (file, row)"), None),
            "actie": (tr("Action"), None),
            "toelichting": (tr("Explanation"), None),
        },
    )
    shown = areas.assign(periode=areas["periode"].replace({PERIOD_LABEL: tr("whole period")}))
    for level, title in _level_titles():
        rows = areas["niveau"] == level
        if level == LEVEL_POINT:  # thousands of posts: the whole period only, months are in the area table
            rows &= areas["periode"] == PERIOD_LABEL
        write_table(book, title, shown[rows], area_columns())
    points = pd.DataFrame(result.points.drop(columns="geometry"))
    small = points["kaarten_onderdrukt"].to_numpy(dtype=bool) if result.has_cards else np.zeros(len(points), bool)
    points["onderdrukt"] = small
    for column in POINT_SUPPRESSIBLE:
        if column != "onderdrukt":
            points[column] = points[column].astype(float)
            points.loc[small, column] = np.nan
    write_table(book, tr("Charge points"), points, point_columns())
    low = low_usage_points(pd.DataFrame(result.points.drop(columns="geometry")))
    sheet = book.sheet(tr("Low usage")).widths([24, 24, 14, 24, 20, 20, 14, 14])
    sheet.append(
        [
            tr(
                "Charge points with an occupancy under {threshold} % in at least {months} consecutive months: "
                "{count} of {total}."
            ).format(
                threshold=n(settings.low_usage_threshold_pct, 2),
                months=settings.low_usage_months,
                count=len(low),
                total=len(result.points),
            )
        ]
    )
    low_columns = low_usage_sheet_columns()
    sheet.append([header for header, _format in low_columns.values()], bold=True)
    formats = [number_format for _header, number_format in low_columns.values()]
    for record in low[list(low_columns)].itertuples(index=False, name=None):
        sheet.append(list(record), formats)
    level_names = {
        LEVEL_REGION: tr("region"),
        LEVEL_PROVINCE: tr("province"),
        LEVEL_MUNICIPALITY: tr("municipality"),
        LEVEL_POINT: tr("charge point"),
    }
    share = result.daily_peak_share
    write_table(
        book,
        tr("Peak per day"),
        share.assign(niveau=share["niveau"].map(level_names).fillna(share["niveau"])),
        {
            "niveau": (tr("Level"), None),
            "code": (tr("Code"), None),
            "datum": (tr("Date"), "yyyy-mm-dd"),
            "aandeel_piek_boven_drempel_pct": (tr("Share of charge points with the peak above the threshold (%)"),
                                               "0.0"),
        },
    )  # fmt: skip
    if request_indicators is not None:
        add_request_sheets(book, request_indicators, None, [])
    return save_workbook(book, path)


def session_charts(result: SessionResult, areas: pd.DataFrame) -> list[ChartData]:
    """Occupancy per month and per hour of the day (region) and energy charged per gemeente.

    ``areas`` is the area table after suppression, so a suppressed figure stays out of the charts too.
    """
    charts = []
    region = areas[(areas["niveau"] == LEVEL_REGION) & (areas["periode"] != PERIOD_LABEL)]
    if not region.empty:
        charts.append(
            ChartData(
                tr("Occupancy per month (region)"),
                tr("Month"),
                tr("Occupancy, connected (%)"),
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
                tr("Occupancy per hour of the day (region)"),
                tr("Hour of the day (local time)"),
                tr("Occupancy, connected (%)"),
                tuple("{:02d}:00".format(int(h)) for h in hourly["uur"]),
                clean_values([None] * len(hourly) if suppressed else hourly["bezetting_pct"]),
            )
        )
    municipalities = areas[(areas["niveau"] == LEVEL_MUNICIPALITY) & (areas["periode"] == PERIOD_LABEL)]
    if not municipalities.empty:
        ordered = municipalities.sort_values(["kwh", "naam"], ascending=[False, True], na_position="last")
        charts.append(
            ChartData(
                tr("Energy charged per municipality"),
                tr("Municipality"),
                tr("Energy charged (kWh)"),
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
    rows = [(tr("0 % of the days"), int((share == 0).sum()), (share == 0).sum() / total * 100)]
    for low, high in zip(DISTRIBUTION_BINS[:-1], DISTRIBUTION_BINS[1:]):
        count = int(((share > low) & (share <= high)).sum())
        label = tr("more than {low} up to and including {high} % of the days").format(
            low=format_number(low), high=format_number(high)
        )
        rows.append((label, count, count / total * 100))
    return rows


def _number(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return float(value)
