"""One run of the session indicators: read, check, locate, split over days, aggregate."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, SubProgress, check_cancelled
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.indicators import (
    CardIndex,
    area_table,
    daily_area_peak_share,
    daily_table,
    low_usage,
    point_indicators,
)
from ral_zuid_plugin.core.sessions.locate import KEY_AUTO, assign_areas, evse_table, locate_evses
from ral_zuid_plugin.core.sessions.quality import (
    EXCLUDED,
    KEPT,
    QualityCheck,
    QualityReport,
    add_localisation_checks,
    check_sessions,
    take_rows,
)
from ral_zuid_plugin.core.sessions.readers import (
    ReadReport,
    concat_sessions,
    read_ocpi_locations,
    read_session_file,
)
from ral_zuid_plugin.core.sessions.reading_checks import add_reading_checks
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.sessions.tabular import TableOptions
from ral_zuid_plugin.core.sessions.timeline import (
    Calendar,
    DailyTime,
    daily_time,
    data_gap_months,
    hourly_profile,
    leave_out_months,
)


@dataclass
class SessionInputs:
    """Files and locations of one run."""

    session_files: list[str]
    table_options: TableOptions = field(default_factory=TableOptions)
    ocpi_locations_file: str | None = None
    locations_layer: gpd.GeoDataFrame | None = None
    locations_id_field: str | None = None
    locations_layer_name: str = ""
    locations_key: str = KEY_AUTO  # what the id field holds: see core.sessions.locate.LOCATION_KEYS
    municipalities: gpd.GeoDataFrame | None = None
    municipality_code_field: str = "gemeentecode"
    municipality_name_field: str = "gemeentenaam"
    municipality_province_field: str | None = "provincienaam"


@dataclass
class SessionResult:
    points: gpd.GeoDataFrame
    daily_time: DailyTime
    calendar: Calendar
    areas: pd.DataFrame
    daily_peak_share: pd.DataFrame
    quality: QualityReport
    reads: list[ReadReport]
    first_day: dt.date
    last_day: dt.date
    settings: IndicatorSettings
    sessions_used: int
    has_cards: bool
    excluded_months: list[str] = field(default_factory=list)
    hourly_occupancy: pd.DataFrame | None = None  # region: uur 0-23, bezetting_pct (connected share of that hour)

    @property
    def daily(self) -> pd.DataFrame:
        """One row per EVSE per day (built on demand: 20,000 EVSEs over two years are 14.6 million rows)."""
        return daily_table(self.points, self.daily_time, self.calendar, self.settings)


def _as_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Id columns as categoricals (files of different kinds concatenate to plain objects)."""
    for column in (schema.SOURCE, schema.EVSE_ID, schema.CHARGEPOINT_ID, schema.CDR_KIND):
        if not isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype("category")
    return frame


def read_all(inputs: SessionInputs, salt: bytes, progress: Progress) -> tuple[pd.DataFrame, list[ReadReport]]:
    """Read every session file (each with its own detected options) into one frame."""
    if not inputs.session_files:
        raise RalZuidError(tr("Choose at least one session file."))
    locations = read_ocpi_locations(inputs.ocpi_locations_file) if inputs.ocpi_locations_file else None
    frames, reports = [], []
    for number, path in enumerate(inputs.session_files):
        check_cancelled(progress)
        options = dataclasses.replace(
            inputs.table_options, column_mapping=dict(inputs.table_options.column_mapping), notes=[]
        )
        frame, report = read_session_file(path, salt, options, locations)
        progress.info(report.describe())
        frames.append(frame)
        reports.append(report)
        progress.set_progress(100.0 * (number + 1) / len(inputs.session_files))
    sessions = concat_sessions(frames)
    return sessions, reports


def compute_indicators(
    sessions: pd.DataFrame,
    inputs: SessionInputs,
    settings: IndicatorSettings,
    quality: QualityReport,
    progress: Progress,
) -> SessionResult:
    """Checks and every indicator on an already read session frame."""
    settings.validate()
    kept, first_day, last_day = check_sessions(sessions, settings, quality)
    return indicators_of_kept(kept, first_day, last_day, inputs, settings, quality, progress)


def indicators_of_kept(
    kept: pd.DataFrame,
    first_day: dt.date,
    last_day: dt.date,
    inputs: SessionInputs,
    settings: IndicatorSettings,
    quality: QualityReport,
    progress: Progress,
) -> SessionResult:
    """Every indicator on the sessions the checks kept (:func:`check_sessions`) in the period they resolved."""
    check_cancelled(progress)
    progress.set_progress(20)
    if kept.empty:
        raise RalZuidError(
            tr("No usable sessions remain after the quality checks; see the quality table and excluded rows.")
        )
    kept = _as_categories(kept)
    evses = evse_table(kept)
    points, join = locate_evses(
        evses,
        layer=inputs.locations_layer,
        layer_id_field=inputs.locations_id_field,
        layer_name=inputs.locations_layer_name,
        ocpi_locations=None if inputs.ocpi_locations_file is None else read_ocpi_locations(inputs.ocpi_locations_file),
        layer_key=inputs.locations_key,
    )
    if join is not None:
        quality.checks.append(
            QualityCheck("locations_join", join.matched, join.unmatched_examples, KEPT, params=join.params())
        )
        progress.info(quality.checks[-1].title + ": " + quality.checks[-1].note)
    located = points.geometry.notna().to_numpy()
    unlocated_ids = set(points.loc[~located, "evse_id"])
    unlocated_rows = kept[schema.EVSE_ID].isin(unlocated_ids).to_numpy()
    quality.add("unlocated", unlocated_rows, kept, EXCLUDED)
    quality.exclude("unlocated", take_rows(kept, np.flatnonzero(unlocated_rows)))
    if unlocated_rows.any():
        kept = take_rows(kept, np.flatnonzero(~unlocated_rows))
    points = points[located].reset_index(drop=True)
    if kept.empty:
        if inputs.locations_layer is not None:
            raise RalZuidError(
                tr(
                    "No charge point could be located: the locations layer {layer} matched no EVSE with a usable "
                    "point; check its field '{field}' and the locations key."
                ).format(layer=inputs.locations_layer_name, field=inputs.locations_id_field)
            )
        raise RalZuidError(tr("No charge point could be located; give a locations layer or an OCPI Locations file."))
    municipalities = inputs.municipalities
    if municipalities is None:
        from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

        municipalities = load_region_municipalities()
    points = assign_areas(
        points,
        municipalities,
        inputs.municipality_code_field,
        inputs.municipality_name_field,
        inputs.municipality_province_field,
    )
    outside = ~points["in_regio"].to_numpy()
    outside_rows = kept[schema.EVSE_ID].isin(set(points.loc[outside, "evse_id"])).to_numpy()
    quality.add("outside_region", outside_rows, kept, "kept")
    check_cancelled(progress)
    progress.set_progress(30)

    calendar = Calendar.build(first_day, last_day, settings.peak_start_hour, settings.peak_end_hour, settings.time_zone)
    evse_codes = codes_in(kept[schema.EVSE_ID], points["evse_id"])
    start = kept[schema.START].to_numpy(dtype=np.int64)
    end = kept[schema.END].to_numpy(dtype=np.int64)
    daily = daily_time(
        evse_codes,
        start,
        end,
        kept[schema.CHARGING_HOURS].to_numpy(dtype=float),
        kept[schema.KWH].to_numpy(dtype=float),
        len(points),
        calendar,
        SubProgress(progress, 30, 75),
        hourly_evses=points["in_regio"].to_numpy(dtype=bool),
    )
    quality.add("overlap", daily.overlapping, kept, "corrected")
    excluded_months = _months_out(daily, calendar, settings, quality, progress)
    check_cancelled(progress)
    card_hashes = kept[schema.CARD_HASH].to_numpy(dtype=np.int64)
    with_card = card_hashes >= 0
    card_codes = np.full(len(card_hashes), -1, dtype=np.int64)
    card_codes[with_card], card_uniques = pd.factorize(card_hashes[with_card], sort=False)
    start_day = np.searchsorted(calendar.midnights, start, side="right") - 1
    start_day = np.where((start_day >= 0) & (start_day < calendar.n_days), start_day, -1)
    if calendar.counted is not None:  # sessions starting in a month left out count for nothing
        start_day = np.where(calendar.counted[np.clip(start_day, 0, None)], start_day, -1)
    has_cards = len(card_uniques) > 0
    cards = CardIndex(evse_codes, start_day, card_codes.astype(np.int64), len(card_uniques), has_cards)
    point_frame = point_indicators(points, daily, calendar, cards, settings)
    for column, values in low_usage(daily, calendar, settings).items():
        point_frame[column] = values.to_numpy()
    progress.set_progress(85)
    check_cancelled(progress)
    areas = area_table(points, daily, calendar, cards, settings)
    progress.set_progress(95)
    share = daily_area_peak_share(points, daily, calendar, settings)
    hourly = hourly_profile(daily.hourly_s, calendar, int(points["in_regio"].sum()), settings.time_zone)
    progress.set_progress(100)
    return SessionResult(
        points=_point_layer(point_frame),
        daily_time=daily,
        calendar=calendar,
        areas=areas,
        daily_peak_share=share,
        quality=quality,
        reads=[],
        first_day=first_day,
        last_day=last_day,
        settings=settings,
        sessions_used=len(kept),
        has_cards=has_cards,
        excluded_months=excluded_months,
        hourly_occupancy=hourly,
    )


def _months_out(
    daily: DailyTime, calendar: Calendar, settings: IndicatorSettings, quality: QualityReport, progress: Progress
) -> list[str]:
    """Warn about data gaps and leave the chosen months (and the gaps, when asked) out of the period."""
    gaps = data_gap_months(daily, calendar, settings.data_gap_fraction)
    if gaps:
        action = EXCLUDED if settings.exclude_data_gaps else KEPT
        params = {"months": ", ".join(gaps), "pct": "{:g}".format(settings.data_gap_fraction * 100)}
        quality.checks.append(QualityCheck("data_gap", len(gaps), gaps[:5], action, params=params))
        progress.warning(quality.checks[-1].title + ": " + quality.checks[-1].note)
    wanted = set(settings.excluded_months) | (set(gaps) if settings.exclude_data_gaps else set())
    if settings.excluded_calendar_months:  # a calendar month chosen by name: that month in every year of the period
        _index, labels = calendar.month_index()
        chosen = {int(number) for number in settings.excluded_calendar_months}
        wanted |= {label for label in labels if int(label[5:7]) in chosen}
    left_out = leave_out_months(daily, calendar, wanted) if wanted else []
    for month in sorted(set(settings.excluded_months) - set(left_out)):
        progress.warning(tr("Excluded month {month} is not in the period; ignored.").format(month=month))
    if left_out:
        progress.info(
            tr("Months left out of the period: {months} ({days} days remain).").format(
                months=", ".join(left_out), days=calendar.n_counted_days
            )
        )
        if calendar.n_counted_days == 0:
            raise RalZuidError(tr("Every month of the period is excluded; nothing is left to compute."))
    return left_out


def codes_in(values: pd.Series, labels: pd.Series) -> np.ndarray:
    """Position of every value in ``labels`` (-1 when absent), fast for categoricals."""
    index = pd.Index(labels.astype(str))
    if isinstance(values.dtype, pd.CategoricalDtype):
        lookup = index.get_indexer(values.cat.categories.astype(str))
        codes = values.cat.codes.to_numpy()
        return np.where(codes >= 0, lookup[np.clip(codes, 0, None)], -1).astype(np.int64)
    return index.get_indexer(values.astype(str)).astype(np.int64)


def _point_layer(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    ordered = [c for c in frame.columns if c not in ("geometry", "in_regio")] + ["in_regio", "geometry"]
    return frame[ordered]


def run_session_indicators(
    inputs: SessionInputs, salt: bytes, settings: IndicatorSettings, progress: Progress | None = None
) -> SessionResult:
    """Read the files, check them and compute every indicator."""
    progress = progress or SilentProgress()
    sessions, reports = read_all(inputs, salt, SubProgress(progress, 0, 40))
    quality = QualityReport()
    add_localisation_checks(
        quality,
        [(r.path.split("/")[-1], column, loc) for r in reports for column, loc in r.localisation],
    )
    add_reading_checks(quality, reports)
    settings.validate()
    kept, first_day, last_day = check_sessions(sessions, settings, quality)
    # The read frame is not needed once the kept rows are copied out of it: 0.9 GB for 1e7 sessions that
    # would otherwise stay alive under every indicator below (issue 14: 1e7 sessions within 4 GiB).
    del sessions
    result = indicators_of_kept(kept, first_day, last_day, inputs, settings, quality, SubProgress(progress, 40, 100))
    result.reads = reports
    for line in quality.summary_lines():
        progress.info(line)
    return result
