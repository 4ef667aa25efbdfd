"""NAL usage indicators per EVSE, per day and per area, from the per-day time sums of :mod:`.timeline`.

Definitions (written out with a worked example in docs/session-indicators.md):

- bezetting_pct: connected time / length of the local days in the period x 100 (a day is 23, 24 or
  25 hours); laadbezetting_pct the same for charging time; stilstand_pct = 1 - charging/connected.
- piekbezetting_pct: connected time inside the daily peak window / window length x 100.
- sessions and kWh count on the local day the session starts.
- kaarten_uniek: distinct hashed card/token ids (a card is not a vehicle: one car may use several
  cards, one card may serve several cars).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.sessions.timeline import Calendar, DailyTime

PERIOD_LABEL = "periode"
LEVEL_POINT = "laadpunt"
LEVEL_MUNICIPALITY = "gemeente"
LEVEL_PROVINCE = "provincie"
LEVEL_REGION = "regio"
REGION_NAME = "Regio Zuid"

SUPPRESSIBLE = [
    "aandeel_laadpunten_vaak_vol_pct",
    "gemiddeld_aandeel_dagen_vol_pct",
    "kaarten_per_laadpunt_per_maand",
    "sessies",
    "kwh",
    "sessies_per_laadpunt_per_dag",
    "kwh_per_sessie",
    "bezetting_pct",
    "laadbezetting_pct",
    "stilstand_pct",
    "piekbezetting_pct",
    "aandeel_piek_boven_drempel_pct",
    "kaarten_uniek",
    "kaarten_per_laadpunt",
]


@dataclass
class CardIndex:
    """Sessions' hashed cards as integer codes (-1 = no card), with the EVSE and the start day."""

    evse: np.ndarray
    start_day: np.ndarray  # index into the calendar days; sessions starting outside the period are -1
    card: np.ndarray
    n_cards: int
    has_cards: bool
    _pairs: np.ndarray | None = None

    def period_pairs(self) -> np.ndarray:
        """Distinct ``evse * n_cards + card`` of sessions starting in the period (computed once)."""
        if self._pairs is None:
            valid = (self.start_day >= 0) & (self.card >= 0)
            n_cards = max(self.n_cards, 1)
            self._pairs = np.unique(self.evse[valid].astype(np.int64) * n_cards + self.card[valid])
        return self._pairs


def _safe_div(numerator, denominator):
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, numerator / np.where(denominator > 0, denominator, 1), np.nan)


def point_indicators(
    evses: pd.DataFrame, daily: DailyTime, calendar: Calendar, cards: CardIndex, settings: IndicatorSettings
) -> pd.DataFrame:
    """One row per EVSE with the period indicators of the contract (see module docstring)."""
    n_evse = len(evses)
    n_days = calendar.n_days
    n_counted = max(calendar.n_counted_days, 1)
    period_s = calendar.day_seconds.sum()
    window_s = calendar.peak_seconds
    connected = daily.connected_s.sum(axis=1)
    charging = daily.charging_s.sum(axis=1)
    peak = daily.peak_s.sum(axis=1)
    sessions = daily.sessions.sum(axis=1)
    kwh = daily.kwh.sum(axis=1)
    # peak_s / window x 100 > threshold, without a float copy of the [EVSE x day] array
    above_days = (daily.peak_s > window_s[None, :] * (settings.peak_threshold_pct / 100)).sum(axis=1)
    week, _labels = calendar.week_index()
    starts = np.flatnonzero(np.r_[True, week[1:] != week[:-1]])
    week_peak = np.add.reduceat(daily.peak_s, starts, axis=1) if n_days else np.zeros((n_evse, 0))
    week_window = np.add.reduceat(window_s, starts) if n_days else np.zeros(0)
    week_connected = np.add.reduceat(daily.connected_s, starts, axis=1) if n_days else np.zeros((n_evse, 0))
    week_pct = _safe_div(week_peak, week_window[None, :]) * 100
    with_data = week_connected > 0
    weeks_above = ((week_pct > settings.peak_threshold_pct) & with_data).sum(axis=1)
    n_cards = max(cards.n_cards, 1)
    per_evse_cards = np.bincount(cards.period_pairs() // n_cards, minlength=n_evse)[:n_evse]
    frame = evses.copy()
    frame["sessies"] = sessions.astype(np.int64)
    frame["sessies_per_dag"] = sessions / n_counted
    frame["kwh_totaal"] = kwh
    frame["kwh_per_dag"] = kwh / n_counted
    frame["kwh_per_sessie"] = _safe_div(kwh, daily.sessions_with_energy.sum(axis=1))
    frame["aansluituren_per_dag"] = connected / 3600.0 / n_counted
    frame["bezetting_pct"] = connected / period_s * 100
    known = daily.charging_known
    frame["laadbezetting_pct"] = np.where(known, charging / period_s * 100, np.nan)
    frame["stilstand_pct"] = np.where(known, (1 - _safe_div(charging, connected)) * 100, np.nan)
    frame["piekbezetting_pct"] = peak / window_s.sum() * 100
    frame["dagen_piek_boven_drempel"] = above_days.astype(np.int64)
    frame["aandeel_dagen_piek_boven_drempel_pct"] = above_days / n_counted * 100
    frame["piek_vaak_boven_drempel"] = above_days / n_counted * 100 > settings.peak_days_share_pct
    frame["weken_piek_boven_drempel"] = weeks_above.astype(np.int64)
    frame["weken_met_data"] = with_data.sum(axis=1).astype(np.int64)
    if cards.has_cards:
        month, labels = calendar.month_index()
        monthly = _monthly_evse_cards(cards, month, len(labels), n_evse)
        frame["kaarten_uniek"] = per_evse_cards.astype(float)
        frame["kaarten_per_maand"] = monthly[:, months_for_means(calendar)].mean(axis=1)
        small = per_evse_cards < settings.min_cards
        frame.loc[small, ["kaarten_uniek", "kaarten_per_maand"]] = np.nan
        frame["kaarten_onderdrukt"] = small
    else:
        frame["kaarten_uniek"] = np.nan
        frame["kaarten_per_maand"] = np.nan
        frame["kaarten_onderdrukt"] = False
    return frame


def months_for_means(calendar: Calendar) -> np.ndarray:
    """Months a per-month mean runs over: those wholly inside the period and counted; if there are none,
    every month with counted days (a period shorter than a month)."""
    month, labels = calendar.month_index()
    counted = np.zeros(calendar.n_days, dtype=bool)
    counted[calendar.counted_days] = True
    days = np.bincount(month, minlength=len(labels))
    counted_days = np.bincount(month, weights=counted, minlength=len(labels))
    length = np.array([pd.Period(label, freq="M").days_in_month for label in labels])
    full = (days == length) & (counted_days == days)
    return full if full.any() else counted_days > 0


def _monthly_evse_cards(cards: CardIndex, month: np.ndarray, n_months: int, n_evse: int) -> np.ndarray:
    """Distinct cards per EVSE per month [n_evse, n_months] (sessions counted on the month they start)."""
    valid = (cards.start_day >= 0) & (cards.card >= 0)
    n_cards = max(cards.n_cards, 1)
    triples = np.unique(
        (cards.evse[valid].astype(np.int64) * n_months + month[cards.start_day[valid]]) * n_cards
        + cards.card[valid].astype(np.int64)
    )
    return np.bincount(triples // n_cards, minlength=n_evse * n_months).reshape(n_evse, n_months).astype(float)


def daily_table(evses: pd.DataFrame, daily: DailyTime, calendar: Calendar, settings: IndicatorSettings) -> pd.DataFrame:
    """One row per EVSE per local day of the period (days without sessions included, at 0 %)."""
    n_evse = daily.connected_s.shape[0]
    days = calendar.counted_days  # days of months left out of the period have no row
    n_days = len(days)
    if n_days == calendar.n_days:
        pick = lambda values: values.ravel()  # noqa: E731 - no copy when every day counts
    else:
        pick = lambda values: values[:, days].ravel()  # noqa: E731
    day_s = np.tile(calendar.day_seconds[days], n_evse)
    window_s = np.tile(calendar.peak_seconds[days], n_evse)
    connected = pick(daily.connected_s)
    charging = pick(daily.charging_s)
    known = np.repeat(daily.charging_known, n_days)
    peak_pct = pick(daily.peak_s) / window_s * 100
    evse_rows = np.repeat(np.arange(n_evse), n_days)

    def per_evse(column: str) -> pd.Categorical:
        codes, labels = pd.factorize(evses[column].astype(str), sort=False)
        return pd.Categorical.from_codes(codes[evse_rows], categories=pd.Index(labels, dtype=object))

    dates = pd.Categorical.from_codes(
        np.tile(np.arange(n_days), n_evse), categories=pd.Index(list(calendar.dates.date[days]), dtype=object)
    )
    table = pd.DataFrame(
        {
            "evse_id": per_evse("evse_id"),
            "laadpunt_id": per_evse("laadpunt_id"),
            "gemeentecode": per_evse("gemeentecode"),
            "datum": dates,
            "daguren": day_s / 3600.0,
            "sessies": pick(daily.sessions).astype(np.int64),
            "kwh": pick(daily.kwh),
            "aansluituren": connected / 3600.0,
            "laaduren": np.where(known, charging / 3600.0, np.nan),
            "bezetting_pct": connected / day_s * 100,
            "laadbezetting_pct": np.where(known, charging / day_s * 100, np.nan),
            "piekbezetting_pct": peak_pct,
            "piek_boven_drempel": peak_pct > settings.peak_threshold_pct,
        }
    )
    return table


@dataclass
class _Buckets:
    """Per-EVSE sums per month and for the whole period (last column)."""

    labels: list[str]
    n_months: int
    days: np.ndarray
    period_s: np.ndarray
    window_s: np.ndarray
    connected: np.ndarray
    charging: np.ndarray
    peak: np.ndarray
    sessions: np.ndarray
    energy_sessions: np.ndarray
    kwh: np.ndarray
    above: np.ndarray
    days_above_share: np.ndarray  # per EVSE: share of the bucket's days with peak above the threshold (0-1)
    often_above: np.ndarray  # per EVSE: 1 when that share is above settings.peak_days_share_pct
    evse_cards: np.ndarray
    mean_months: np.ndarray  # months the per-month means of the period bucket run over
    monthly_triples: np.ndarray  # distinct (evse * n_months + month) * n_cards + card
    period_pairs: np.ndarray  # distinct evse * n_cards + card
    n_cards: int


def _group_sum(group: np.ndarray, n_groups: int, values: np.ndarray) -> np.ndarray:
    """Sum the rows of ``values`` per group (-1 = no group) with a sparse one-hot product."""
    from scipy import sparse

    inside = np.flatnonzero(group >= 0)
    onehot = sparse.csr_matrix((np.ones(len(inside)), (group[inside], inside)), shape=(n_groups, values.shape[0]))
    return np.asarray(onehot @ values)


def _buckets(daily: DailyTime, calendar: Calendar, cards: CardIndex, settings: IndicatorSettings) -> _Buckets:
    month, month_labels = calendar.month_index()
    n_months = len(month_labels)
    starts = np.flatnonzero(np.r_[True, month[1:] != month[:-1]])

    def by_month(values: np.ndarray) -> np.ndarray:
        monthly = np.add.reduceat(values, starts, axis=-1)
        return np.concatenate([monthly, values.sum(axis=-1, keepdims=True)], axis=-1)

    n_evse = daily.connected_s.shape[0]
    sessions = by_month(daily.sessions.astype(float))
    energy_sessions = sessions if daily.energy_sessions is None else by_month(daily.energy_sessions.astype(float))
    window = by_month(calendar.peak_seconds)
    peak = by_month(daily.peak_s)
    days = by_month(np.bincount(calendar.counted_days, minlength=calendar.n_days).astype(float))
    above_days = by_month(
        (daily.peak_s > calendar.peak_seconds[None, :] * (settings.peak_threshold_pct / 100)).astype(np.uint16)
    )
    days_above_share = _safe_div(above_days, days[None, :])
    often_above = (np.nan_to_num(days_above_share) * 100 > settings.peak_days_share_pct).astype(float)
    in_period = cards.start_day >= 0
    valid = in_period & (cards.card >= 0)
    n_cards = max(cards.n_cards, 1)
    evse_v = cards.evse[valid].astype(np.int64)
    bucket_v = month[cards.start_day[valid]]
    card_v = cards.card[valid].astype(np.int64)
    monthly_triples = np.unique((evse_v * n_months + bucket_v) * n_cards + card_v)
    period_pairs = cards.period_pairs()
    evse_cards = np.zeros((n_evse, n_months + 1))
    evse_cards[:, :n_months] = np.bincount(monthly_triples // n_cards, minlength=n_evse * n_months).reshape(
        n_evse, n_months
    )
    evse_cards[:, -1] = np.bincount(period_pairs // n_cards, minlength=n_evse)
    return _Buckets(
        labels=[*month_labels, PERIOD_LABEL],
        n_months=n_months,
        days=days,
        period_s=by_month(calendar.day_seconds),
        window_s=window,
        connected=by_month(daily.connected_s),
        charging=by_month(daily.charging_s),
        peak=peak,
        sessions=sessions,
        energy_sessions=energy_sessions,
        kwh=by_month(daily.kwh),
        above=(np.nan_to_num(_safe_div(peak, window[None, :])) * 100 > settings.peak_threshold_pct).astype(float),
        days_above_share=np.nan_to_num(days_above_share),
        often_above=often_above,
        evse_cards=evse_cards,
        mean_months=months_for_means(calendar),
        monthly_triples=monthly_triples,
        period_pairs=period_pairs,
        n_cards=n_cards,
    )


def _group_cards(b: _Buckets, group: np.ndarray, n_groups: int) -> np.ndarray:
    """Distinct cards per group and bucket, from the distinct (evse, month, card) triples."""
    n_cards, n_months = b.n_cards, b.n_months
    evse_month = b.monthly_triples // n_cards
    t_group = group[evse_month // n_months]
    ok = t_group >= 0
    keys = (t_group[ok].astype(np.int64) * n_months + evse_month[ok] % n_months) * n_cards
    keys = np.unique(keys + b.monthly_triples[ok] % n_cards)
    result = np.zeros((n_groups, n_months + 1))
    result[:, :n_months] = np.bincount(keys // n_cards, minlength=n_groups * n_months).reshape(n_groups, n_months)
    p_group = group[b.period_pairs // n_cards]
    ok = p_group >= 0
    keys = np.unique(p_group[ok].astype(np.int64) * n_cards + b.period_pairs[ok] % n_cards)
    result[:, -1] = np.bincount(keys // n_cards, minlength=n_groups)
    return result


def _level_frame(
    level: str, codes: np.ndarray, names: np.ndarray, usable: np.ndarray, b: _Buckets, daily: DailyTime, has_cards: bool
) -> pd.DataFrame | None:
    group, labels = pd.factorize(pd.Series(np.where(usable, codes, None)), sort=True)
    n_groups = len(labels)
    if n_groups == 0:
        return None
    n_buckets = len(b.labels)
    name_of = dict(zip(codes[usable][::-1], names[usable][::-1]))  # first name per code
    count = np.bincount(group[group >= 0], minlength=n_groups).astype(float)
    g_known = np.where(daily.charging_known, group, -1)
    known_count = np.bincount(g_known[g_known >= 0], minlength=n_groups).astype(float)
    charging_known = _group_sum(g_known, n_groups, b.charging)
    connected_known = _group_sum(g_known, n_groups, b.connected)
    connected = _group_sum(group, n_groups, b.connected)
    peak = _group_sum(group, n_groups, b.peak)
    sessions = _group_sum(group, n_groups, b.sessions)
    energy_sessions = _group_sum(group, n_groups, b.energy_sessions)
    kwh = _group_sum(group, n_groups, b.kwh)
    above = _group_sum(group, n_groups, b.above)
    often = _group_sum(group, n_groups, b.often_above)
    share_of_days = _group_sum(group, n_groups, b.days_above_share)
    per_evse_cards = _group_sum(group, n_groups, b.evse_cards)
    per_point = per_evse_cards / count[:, None]
    per_point_month = per_point.copy()  # months: the month's own value; period: mean over the months
    per_point_month[:, -1] = per_point[:, : b.n_months][:, b.mean_months].mean(axis=1)
    distinct = _group_cards(b, group, n_groups)
    codes_out = np.repeat(np.asarray(labels, dtype=object), n_buckets)
    unknown = np.full(n_groups * n_buckets, np.nan)
    return pd.DataFrame(
        {
            "niveau": level,
            "code": codes_out,
            "naam": [name_of.get(c, c) for c in codes_out],
            "periode": np.tile(np.asarray(b.labels, dtype=object), n_groups),
            "dagen": np.tile(b.days, n_groups).astype(np.int64),
            "laadpunten": np.repeat(count, n_buckets).astype(np.int64),
            "sessies": sessions.ravel(),
            "kwh": kwh.ravel(),
            "sessies_per_laadpunt_per_dag": (sessions / (count[:, None] * b.days[None, :])).ravel(),
            "kwh_per_sessie": _safe_div(kwh, energy_sessions).ravel(),
            "bezetting_pct": (connected / (count[:, None] * b.period_s[None, :]) * 100).ravel(),
            "laadbezetting_pct": _safe_div(charging_known * 100, known_count[:, None] * b.period_s[None, :]).ravel(),
            "stilstand_pct": ((1 - _safe_div(charging_known, connected_known)) * 100).ravel(),
            "piekbezetting_pct": (peak / (count[:, None] * b.window_s[None, :]) * 100).ravel(),
            "aandeel_piek_boven_drempel_pct": (above / count[:, None] * 100).ravel(),
            "aandeel_laadpunten_vaak_vol_pct": (often / count[:, None] * 100).ravel(),
            "gemiddeld_aandeel_dagen_vol_pct": (share_of_days / count[:, None] * 100).ravel(),
            "kaarten_uniek": distinct.ravel() if has_cards else unknown,
            "kaarten_per_laadpunt": per_point.ravel() if has_cards else unknown,
            "kaarten_per_laadpunt_per_maand": per_point_month.ravel() if has_cards else unknown,
            "geen_data": (sessions == 0).ravel(),
        }
    )


def area_table(
    evses: pd.DataFrame,
    daily: DailyTime,
    calendar: Calendar,
    cards: CardIndex,
    settings: IndicatorSettings,
) -> pd.DataFrame:
    """Indicators per laadpunt, gemeente, provincie and the region, per month and for the whole period.

    ``evses`` needs ``laadpunt_id``, ``gemeentecode``, ``gemeentenaam``, ``provincie`` and ``in_regio``
    (False for points outside every municipality: they count only at laadpunt level).
    """
    n_evse = len(evses)
    b = _buckets(daily, calendar, cards, settings)
    in_region = evses["in_regio"].to_numpy(dtype=bool)

    def present(values: np.ndarray) -> np.ndarray:
        return np.array([isinstance(v, str) and v != "" for v in values], dtype=bool)

    chargepoints = evses["laadpunt_id"].to_numpy(dtype=object)
    municipalities = evses["gemeentecode"].to_numpy(dtype=object)
    provinces = evses["provincie"].to_numpy(dtype=object)
    region = np.full(n_evse, "regio", dtype=object)
    levels = [
        (LEVEL_POINT, chargepoints, chargepoints, present(chargepoints)),
        (
            LEVEL_MUNICIPALITY,
            municipalities,
            evses["gemeentenaam"].to_numpy(dtype=object),
            present(municipalities) & in_region,
        ),
        (LEVEL_PROVINCE, provinces, provinces, present(provinces) & in_region),
        (LEVEL_REGION, region, np.full(n_evse, REGION_NAME, dtype=object), in_region),
    ]
    with np.errstate(divide="ignore", invalid="ignore"):  # months left out have 0 days; their rows go below
        frames = [_level_frame(lv, c, n, u, b, daily, cards.has_cards) for lv, c, n, u in levels]
    table = pd.concat([f for f in frames if f is not None], ignore_index=True)
    table["onderdrukt"] = False
    if (b.days[: b.n_months] == 0).any():  # months left out of the period have no rows
        table = table[table["dagen"] > 0].reset_index(drop=True)
    return table


def suppress_small_groups(table: pd.DataFrame, min_cards: int) -> pd.DataFrame:
    """Blank every aggregate of a row with fewer than ``min_cards`` distinct cards (privacy).

    Rows without card information (NaN) are left as they are: the workbook states that suppression
    could not be applied. Rows without any session (``geen_data``) are not suppressed: 0 sessions say
    nothing about anyone, and they must read as 0 / no data, not as hidden.
    """
    result = table.copy()
    small = result["kaarten_uniek"].notna() & (result["kaarten_uniek"] < min_cards) & (result["sessies"] > 0)
    for column in SUPPRESSIBLE:
        if column in result:
            result[column] = result[column].astype(float)
            result.loc[small, column] = np.nan
    result["onderdrukt"] = small.to_numpy()
    return result


def daily_area_peak_share(
    evses: pd.DataFrame, daily: DailyTime, calendar: Calendar, settings: IndicatorSettings
) -> pd.DataFrame:
    """Per local day: share of points whose peak occupancy was above the threshold, per gemeente and region."""
    days = calendar.counted_days  # days of months left out of the period have no row
    peak = daily.peak_s if len(days) == calendar.n_days else daily.peak_s[:, days]
    above = peak > calendar.peak_seconds[None, days] * (settings.peak_threshold_pct / 100)
    in_region = evses["in_regio"].to_numpy(dtype=bool)
    frames = []
    dates = calendar.dates.date[days]
    region_share = above[in_region].mean(axis=0) * 100 if in_region.any() else np.full(len(days), np.nan)
    frames.append(
        pd.DataFrame(
            {"niveau": LEVEL_REGION, "code": "regio", "datum": dates, "aandeel_piek_boven_drempel_pct": region_share}
        )
    )
    codes = evses["gemeentecode"].to_numpy(dtype=object)
    for code in sorted({c for c, inside in zip(codes, in_region) if inside and c}):
        mask = (codes == code) & in_region
        frames.append(
            pd.DataFrame(
                {
                    "niveau": LEVEL_MUNICIPALITY,
                    "code": code,
                    "datum": dates,
                    "aandeel_piek_boven_drempel_pct": above[mask].mean(axis=0) * 100,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


LOW_USAGE_COLUMNS = ["maanden_laag_gebruik", "laag_gebruik", "laag_gebruik_van", "laag_gebruik_tot"]


def low_usage(daily: DailyTime, calendar: Calendar, settings: IndicatorSettings) -> pd.DataFrame:
    """Per EVSE the longest run of consecutive months with occupancy under the low-usage threshold.

    Occupancy of a month = connected time / length of the month's days in the period (as ``bezetting_pct``).
    Months left out of the period are skipped (they neither break nor extend a run). ``laag_gebruik`` is
    True when the run lasts at least ``settings.low_usage_months`` months: the flag for the risk cover of
    proactively placed points with low usage.
    """
    month, labels = calendar.month_index()
    n_evse = daily.connected_s.shape[0]
    starts = np.flatnonzero(np.r_[True, month[1:] != month[:-1]]) if calendar.n_days else np.zeros(0, dtype=int)
    period_s = np.add.reduceat(calendar.day_seconds, starts) if len(starts) else np.zeros(0)
    counted = np.flatnonzero(period_s > 0)
    connected = np.add.reduceat(daily.connected_s, starts, axis=1)[:, counted] if len(counted) else None
    best = np.zeros(n_evse, dtype=np.int64)
    best_end = np.full(n_evse, -1, dtype=np.int64)
    run = np.zeros(n_evse, dtype=np.int64)
    for position in range(len(counted)):
        occupancy = connected[:, position] / period_s[counted[position]] * 100
        run = np.where(occupancy < settings.low_usage_threshold_pct, run + 1, 0)
        longer = run > best
        best = np.where(longer, run, best)
        best_end = np.where(longer, position, best_end)
    month_labels = np.asarray([labels[i] for i in counted] + [""], dtype=object)
    has_run = best > 0
    first = np.where(has_run, best_end - best + 1, -1)
    return pd.DataFrame(
        {
            "maanden_laag_gebruik": best,
            "laag_gebruik": best >= settings.low_usage_months,
            "laag_gebruik_van": month_labels[np.where(has_run, first, -1)],
            "laag_gebruik_tot": month_labels[np.where(has_run, best_end, -1)],
        }
    )


def low_usage_points(points: pd.DataFrame) -> pd.DataFrame:
    """The flagged points only, with what the risk-cover claim needs (a point layer when ``points`` has geometry)."""
    columns = [
        "evse_id",
        "laadpunt_id",
        "gemeentecode",
        "gemeentenaam",
        "bezetting_pct",
        *LOW_USAGE_COLUMNS,
    ]
    present = [c for c in columns if c in points.columns]
    if "geometry" in points.columns:
        present.append("geometry")
    return points.loc[points["laag_gebruik"].to_numpy(dtype=bool), present].reset_index(drop=True)
