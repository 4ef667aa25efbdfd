"""Data-quality checks on sessions, before any number is computed.

Every check reports how many rows it found, a few example rows (file and row number) and what was
done: kept, corrected or excluded. Excluded rows go to their own table with the reason, so nothing
disappears silently. Checks that make a file unreadable (missing columns, unreadable or mixed date
formats) stop the run with an error before this point (see :mod:`.readers`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.settings import EARLIEST_PLAUSIBLE_DATE, IndicatorSettings
from ral_zuid_plugin.core.sessions.timeparse import LocalisationReport, local_midnights

KEPT = "kept"
CORRECTED = "corrected"
EXCLUDED = "excluded"
MAX_EXAMPLES = 5
ENERGY_ONLY = {"negative_energy"}  # checks that exclude a row's energy but keep its connected time
NS_PER_HOUR = 3_600_000_000_000


def action_label(action: str) -> str:
    return {KEPT: tr("kept"), CORRECTED: tr("corrected"), EXCLUDED: tr("excluded")}[action]


def check_titles() -> dict[str, str]:
    """Readable name of every check, in the user's language."""
    return {
        "duplicate_id": tr("Duplicate session id"),
        "end_before_start": tr("End before or at start"),
        "negative_energy": tr("Negative energy"),
        "zero_energy": tr("Zero energy"),
        "impossible_energy": tr("Energy impossible for the duration"),
        "too_long": tr("Session longer than the maximum"),
        "implausible_date": tr("Date outside the plausible range"),
        "outside_period": tr("Session outside the data period"),
        "partly_outside_period": tr("Session partly outside the data period"),
        "credit_cdr": tr("Credit CDR"),
        "home_charging": tr("Home-charging compensation CDR"),
        "charging_longer_than_connected": tr("Charging time longer than connected time"),
        "unlocated": tr("Unknown or unlocated charge point"),
        "outside_region": tr("Charge point outside the municipalities"),
        "overlap": tr("Overlapping sessions on one EVSE"),
        "dst_ambiguous": tr("Local time in the repeated autumn DST hour"),
        "dst_nonexistent": tr("Local time in the skipped spring DST hour"),
        "no_card": tr("No card or token id"),
        "locations_join": tr("EVSEs matched to the locations layer"),
        "data_gap": tr("Months with almost no sessions between busier months (data gap)"),
        "date_order": tr("Order of day and month"),
        "time_zone": tr("Local time or UTC"),
        "skipped_rows": tr("Empty and totals rows"),
        "open_session": tr("Open session (no end time, or status ACTIVE/PENDING)"),
        "invalid_session": tr("Session with status INVALID"),
        "reservation": tr("Reservation (status RESERVATION, no charging)"),
    }


def check_notes() -> dict[str, str]:
    """What was done for each check, in words."""
    return {
        "duplicate_id": tr("first occurrence kept, later copies excluded"),
        "end_before_start": tr("excluded: the duration cannot be known"),
        "negative_energy": tr(
            "energy excluded (not in kWh or kWh per session); the session and its connected time still count"
        ),
        "zero_energy": tr("kept: the car occupied the point; counts for occupancy, adds 0 kWh"),
        "impossible_energy": tr("excluded: more kWh than the maximum power allows in the connected time"),
        "too_long": tr("excluded: longer than the maximum session length parameter"),
        "implausible_date": tr("excluded: before 2010 or after today"),
        "outside_period": tr("excluded: no overlap with the chosen period"),
        "partly_outside_period": tr("connected time outside the period is not counted"),
        "credit_cdr": tr("excluded from public KPIs (OCPI credit CDR)"),
        "home_charging": tr("excluded from public KPIs (OCPI home_charging_compensation)"),
        "charging_longer_than_connected": tr("charging time limited to the connected time"),
        "unlocated": tr("excluded: the charge point has no location"),
        "outside_region": tr("kept on the point layer, not counted in gemeente, provincie or regio totals"),
        "overlap": tr("kept; occupied time is counted once (union of the sessions)"),
        "dst_ambiguous": tr("read as summer time (the first of the two clock hours)"),
        "dst_nonexistent": tr("moved forward to 03:00 summer time"),
        "no_card": tr("kept; not counted in distinct cards"),
        "locations_join": tr(
            "matched {matched} of {total} EVSEs on field '{field}' of {layer}: {evse} on the EVSE id, "
            "{chargepoint} on the charge point or location id, {normalised} of them after normalising the id "
            "form; unmatched EVSEs are placed from other sources or excluded as unlocated"
        ),
        "data_gap": tr(
            "{months}: fewer sessions per day than {pct} % of the median month's; occupancy there would read as "
            "an empty street. Check the data, or leave these months out (parameters EXCLUDE_DATA_GAPS or "
            "EXCLUDED_MONTHS)"
        ),
        "date_order": tr("read as stated per file; rows = rows where day and month could be exchanged"),
        "time_zone": tr(
            "read as stated per file; rows = sessions across a daylight-saving change or in its skipped hour"
        ),
        "skipped_rows": tr("left out: not sessions"),
        "open_session": tr("excluded: still charging when exported, the end is unknown (no occupancy, no kWh)"),
        "invalid_session": tr("excluded: the CPO marked the session invalid (no occupancy, no kWh)"),
        "reservation": tr("excluded: a reservation, not a charging session (no occupancy, no kWh)"),
    }


@dataclass
class QualityCheck:
    key: str
    count: int
    examples: list[str]
    action: str
    detail: str = ""  # what this run found, added to the fixed note (e.g. which date reading and why)
    params: dict | None = None  # numbers the note is formatted with (checks whose note depends on the run)

    @property
    def title(self) -> str:
        return check_titles()[self.key]

    @property
    def note(self) -> str:
        note = check_notes()[self.key]
        if self.params is not None:
            note = note.format(**self.params)
        return note + (" " + self.detail if self.detail else "")


@dataclass
class QualityReport:
    """Checks in the order they ran, and every excluded row with its reason."""

    checks: list[QualityCheck] = field(default_factory=list)
    excluded: list[pd.DataFrame] = field(default_factory=list)

    def add(self, key: str, mask_or_count, frame: pd.DataFrame | None, action: str) -> None:
        if isinstance(mask_or_count, (int, np.integer)):
            count, examples = int(mask_or_count), []
        else:
            positions = np.flatnonzero(np.asarray(mask_or_count, dtype=bool))
            count = len(positions)
            examples = example_rows(take_rows(frame, positions[:MAX_EXAMPLES])) if frame is not None and count else []
        self.checks.append(QualityCheck(key, count, examples, action))

    def exclude(self, key: str, frame: pd.DataFrame) -> None:
        """List ``frame``'s rows in the excluded table (for ENERGY_ONLY checks: only their energy)."""
        if frame.empty:
            return
        reason = check_titles()[key]
        if key in ENERGY_ONLY:
            reason = tr("{title}: only the energy is excluded, the connected time counts").format(title=reason)
        self.excluded.append(
            pd.DataFrame(
                {
                    "bron": frame[schema.SOURCE].to_numpy(),
                    "rij": frame[schema.ROW].to_numpy(),
                    "sessie_id": frame[schema.SESSION_ID].to_numpy(),
                    "evse_id": frame[schema.EVSE_ID].to_numpy(),
                    "controle": key,
                    "reden": reason,
                }
            )
        )

    def sessions_excluded(self) -> int:
        """Rows excluded as a whole (rows of which only the energy was excluded not counted)."""
        return int(sum(len(frame) for frame in self.excluded if not set(frame["controle"].unique()) <= ENERGY_ONLY))

    def excluded_table(self) -> pd.DataFrame:
        if not self.excluded:
            return pd.DataFrame(
                {c: pd.Series(dtype=object) for c in ("bron", "rij", "sessie_id", "evse_id", "controle", "reden")}
            )
        return pd.concat(self.excluded, ignore_index=True)

    def table(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "controle": [c.key for c in self.checks],
                "omschrijving": [c.title for c in self.checks],
                "aantal": np.array([c.count for c in self.checks], dtype=np.int64),
                "voorbeeldrijen": ["; ".join(c.examples) for c in self.checks],
                "actie": [action_label(c.action) for c in self.checks],
                "toelichting": [c.note for c in self.checks],
            }
        )

    def summary_lines(self) -> list[str]:
        return [
            tr("{title}: {count} ({action})").format(title=c.title, count=c.count, action=action_label(c.action))
            for c in self.checks
            if c.count
        ]


def take_rows(frame: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    """The rows at ``positions`` as a new frame numbered from 0, taken column by column.

    A frame-level ``take`` (``frame[mask]``, ``frame.iloc[...]``) first consolidates the source frame's columns
    into one block per dtype, in place: for a session frame built column by column without copying (as the
    readers build it) that is a second copy of every column while the first is still referenced (0.9 GB for
    1e7 sessions). Column by column, only the taken rows are copied.
    """
    columns = {}
    for name in frame.columns:
        column = frame[name]
        values = column.to_numpy() if isinstance(column.dtype, np.dtype) else column.array  # categoricals stay
        columns[name] = values.take(positions)
    return pd.DataFrame(columns, columns=frame.columns, copy=False)


def example_rows(frame: pd.DataFrame) -> list[str]:
    head = frame.head(MAX_EXAMPLES)
    return ["{} r{}".format(s, r) for s, r in zip(head[schema.SOURCE], head[schema.ROW])]


def add_localisation_checks(report: QualityReport, localisations: list[tuple[str, str, LocalisationReport]]) -> None:
    """DST notes from reading: (file name, column, report) per parsed time column."""
    ambiguous = sum(r.ambiguous for _, _, r in localisations)
    nonexistent = sum(r.nonexistent for _, _, r in localisations)
    amb_examples = ["{} r{}".format(n, row) for n, _, r in localisations for row in (r.ambiguous_rows or [])]
    non_examples = ["{} r{}".format(n, row) for n, _, r in localisations for row in (r.nonexistent_rows or [])]
    report.checks.append(QualityCheck("dst_ambiguous", ambiguous, amb_examples[:MAX_EXAMPLES], CORRECTED))
    report.checks.append(QualityCheck("dst_nonexistent", nonexistent, non_examples[:MAX_EXAMPLES], CORRECTED))


def _local_date(ns: np.ndarray, time_zone: str) -> pd.Series:
    return pd.Series(pd.to_datetime(ns).tz_localize("UTC").tz_convert(time_zone).date)


def resolve_period_from(starts: np.ndarray, ends: np.ndarray, settings: IndicatorSettings) -> tuple[dt.date, dt.date]:
    """The period: as chosen, or from the local day of the first session start to that of the last start."""
    first, last = settings.period_start, settings.period_end
    if first is None:
        first = _local_date(np.array([starts.min()]), settings.time_zone)[0]
    if last is None:  # the last day a session starts; later connected time counts as partly outside
        last = _local_date(np.array([starts.max()]), settings.time_zone)[0]
    return first, last


def check_sessions(
    sessions: pd.DataFrame, settings: IndicatorSettings, report: QualityReport
) -> tuple[pd.DataFrame, dt.date, dt.date]:
    """Run the row checks; return the kept sessions (charging time corrected) and the period."""
    # A shallow copy when the index is already 0..n-1: a deep one would double memory for 1e7 sessions.
    if isinstance(sessions.index, pd.RangeIndex) and sessions.index.start == 0 and sessions.index.step == 1:
        frame = sessions.copy(deep=False)
    else:
        frame = sessions.reset_index(drop=True)
    today = settings.latest_plausible_date or dt.date.today()
    start = frame[schema.START].to_numpy()
    end = frame[schema.END].to_numpy()
    kwh = frame[schema.KWH].to_numpy()
    hours = (end - start) / NS_PER_HOUR
    excluded = np.zeros(len(frame), dtype=bool)

    def exclude(key: str, mask: np.ndarray) -> None:
        nonlocal excluded
        new = mask & ~excluded
        report.add(key, new, frame, EXCLUDED)
        if new.any():
            report.exclude(key, take_rows(frame, np.flatnonzero(new)))
            excluded |= new

    kinds = frame[schema.CDR_KIND]
    exclude("credit_cdr", (kinds == "credit").to_numpy())
    exclude("home_charging", (kinds == "thuisladen").to_numpy())
    ids = frame[schema.SESSION_ID]
    exclude("duplicate_id", ids.duplicated(keep="first").to_numpy())
    exclude("end_before_start", end <= start)
    earliest = local_midnights(EARLIEST_PLAUSIBLE_DATE, EARLIEST_PLAUSIBLE_DATE, settings.time_zone)[0]
    latest = local_midnights(today, today, settings.time_zone)[1]
    exclude("implausible_date", (start < earliest) | (end > latest + 7 * 24 * NS_PER_HOUR))
    exclude("too_long", hours > settings.max_session_hours)
    # A wrong meter reading does not mean the car was not there: keep the session, drop only its energy.
    negative = (kwh < 0) & ~excluded
    report.add("negative_energy", negative, frame, CORRECTED)
    max_kw = frame[schema.MAX_KW].to_numpy()
    power = np.where(np.isfinite(max_kw) & (max_kw > 0), np.minimum(max_kw * 1.1, settings.max_power_kw), np.nan)
    power = np.where(np.isnan(power), settings.max_power_kw, power)
    exclude("impossible_energy", kwh > power * np.maximum(hours, 0) + 0.5)
    report.add("zero_energy", (kwh == 0) & ~excluded, frame, KEPT)

    if excluded.all():
        return frame.iloc[:0], settings.period_start or today, settings.period_end or today
    first, last = resolve_period_from(start[~excluded], end[~excluded], settings)
    bounds = local_midnights(first, last, settings.time_zone)
    outside = ~excluded & ((end <= bounds[0]) | (start >= bounds[-1]))
    exclude("outside_period", outside)
    partly = ~excluded & ((start < bounds[0]) | (end > bounds[-1]))
    report.add("partly_outside_period", partly, frame, CORRECTED)
    negative &= ~excluded
    report.exclude("negative_energy", take_rows(frame, np.flatnonzero(negative)))
    if excluded.any():
        kept = take_rows(frame, np.flatnonzero(~excluded))
    else:
        kept = frame
    if negative.any():
        energy = kept[schema.KWH].to_numpy(dtype=float).copy()
        energy[negative[~excluded]] = np.nan  # unknown energy: not in kWh sums nor in kWh per session
        kept[schema.KWH] = energy

    connected = (kept[schema.END] - kept[schema.START]).to_numpy() / NS_PER_HOUR
    charging = kept[schema.CHARGING_HOURS].to_numpy()
    too_much = charging > connected + 1 / 60  # CPOs round times to the minute
    report.add("charging_longer_than_connected", too_much, kept, CORRECTED)
    charging = np.where(too_much, connected, charging)
    charging = np.where(charging < 0, np.nan, charging)
    kept[schema.CHARGING_HOURS] = charging
    report.add("no_card", kept[schema.CARD_HASH].to_numpy() < 0, kept, KEPT)
    return kept, first, last
