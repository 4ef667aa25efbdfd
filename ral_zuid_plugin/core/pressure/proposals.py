"""Where to place points next: a ranked layer of areas needing public laadpunten.

Two kinds of evidence, each giving areas with a suggested number of extra laadpunten:

- ``gemeten`` (measured): laadpunten whose peak occupancy was above the threshold in at least
  ``min_weeks`` weeks (field ``weken_piek_boven_drempel`` of ``ralzuid:sessionindicators``; or,
  without it, ``piekbezetting_pct >= threshold``). Per 500 m cell: one extra laadpunt per such
  laadpunt (a full point at peak means a driver nearby found no free point).
- ``aanvragen`` (requests, measured demand): open requests for a public point (``ralzuid:requestregister``)
  with no existing public point within walking distance (``open`` and not ``bediend``). Per 500 m cell: one
  extra laadpunt per such request (a driver asked for a point and none is near).
- ``prognose`` (prognosis): areas whose prognosed need exceeds the existing (semi)public laadpunten.
  The gap is fractional per area; its whole number is ``tekort_indicatie`` of the prognosis table
  (largest remainder per gemeente, so the areas add up to the gemeente's rounded gap). Areas whose
  indication is 0 are left out.

Ranking (plan §3.2 "Sturen op laadzekerheid ... (1) de laaddruk actief te monitoren of (2) het proactief
plaatsen ... op basis van prognoses"): measured shortage first -- drivers find no free point today, or asked
for one and have none nearby -- then the prognosis. Within each: most extra laadpunten first, then the stronger
evidence (more weeks above the threshold, more weeks the oldest open request has waited / more EVs per existing
point). ``SEPARATE`` ranks each source on its own (``rang``
restarts at 1 for the prognosis). Fields the plankaart relies on: ``rang``, ``extra_laadpunten``,
``reden``, ``bron``; ``lijst`` says which ranking the rank belongs to; ``gegevensbron`` carries the attribution of
downloaded open data the prognosis areas were made from (their ``bron``, e.g. CBS buurten from ``ralzuid:opendata``)
so that the plankaart can print it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.pressure.inputs import numeric_column
from ral_zuid_plugin.core.pressure.prognosis import NAL_CELL, cell_frame, cells_of_points
from ral_zuid_plugin.core.pressure.rounding import largest_remainder_by_group

MEASURED = "gemeten"
REQUESTS = "aanvragen"
PROGNOSIS = "prognose"
MEASURED_KINDS = (MEASURED, REQUESTS)
MEASURED_FIRST = "gemeten_eerst"
SEPARATE = "apart"
RANKINGS = (MEASURED_FIRST, SEPARATE)
DEFAULT_THRESHOLD_PCT = 80.0
DEFAULT_MIN_WEEKS = 4
PEAK_FIELD = "piekbezetting_pct"
WEEKS_ABOVE_FIELD = "weken_piek_boven_drempel"
WEEKS_DATA_FIELD = "weken_met_data"
COLUMNS = ["rang", "extra_laadpunten", "reden", "bron", "lijst", "gebied", "gemeentecode", "score", "gegevensbron"]
DATA_SOURCE = "gegevensbron"


def measured_proposals(
    points: pd.DataFrame,
    source: str,
    *,
    threshold_pct: float = DEFAULT_THRESHOLD_PCT,
    min_weeks: int = DEFAULT_MIN_WEEKS,
    cell: float = NAL_CELL,
) -> gpd.GeoDataFrame:
    """500 m cells with laadpunten under measured pressure (columns of :data:`COLUMNS` without ``rang``)."""
    has_weeks = WEEKS_ABOVE_FIELD in points.columns
    if has_weeks:
        weeks = np.nan_to_num(numeric_column(points, WEEKS_ABOVE_FIELD, source), nan=0.0)
        flagged = weeks >= min_weeks
    else:
        peak = numeric_column(points, PEAK_FIELD, source)
        weeks = np.zeros(len(points))
        flagged = np.nan_to_num(peak, nan=-1.0) >= threshold_pct
    data_weeks = (
        np.nan_to_num(numeric_column(points, WEEKS_DATA_FIELD, source), nan=0.0)
        if WEEKS_DATA_FIELD in points.columns
        else np.zeros(len(points))
    )
    if not flagged.any():
        return _empty()
    x = points["x"].to_numpy(float)[flagged]
    y = points["y"].to_numpy(float)[flagged]
    cx, cy = cells_of_points(x, y, cell)
    codes = points["gemeentecode"].astype(str).to_numpy()[flagged] if "gemeentecode" in points.columns else ""
    frame = pd.DataFrame({"cx": cx, "cy": cy, "weeks": weeks[flagged], "data": data_weeks[flagged], "code": codes})
    grouped = frame.groupby(["cx", "cy"], as_index=False).agg(
        n=("weeks", "size"), weeks=("weeks", "max"), data=("data", "max"), code=("code", "first")
    )
    reasons = []
    for row in grouped.itertuples():
        if has_weeks:
            reasons.append(
                tr(
                    "{count} charge point(s) with peak occupancy above the threshold in {weeks} of {total} weeks "
                    "(at least {minimum} weeks counts as pressure)"
                ).format(count=int(row.n), weeks=int(row.weeks), total=int(row.data), minimum=min_weeks)
            )
        else:
            reasons.append(
                tr("{count} charge point(s) with peak occupancy of {threshold} % or more").format(
                    count=int(row.n), threshold=_decimal(f"{threshold_pct:g}")
                )
            )
    cells = cell_frame(grouped["cx"].to_numpy(), grouped["cy"].to_numpy(), cell)
    return _frame(
        extra=grouped["n"].to_numpy(np.int64),
        reasons=reasons,
        source=MEASURED,
        area=cells["cel_code"].tolist(),
        codes=grouped["code"].astype(str).tolist(),
        score=grouped["weeks"].to_numpy(float),
        geometry=cells.geometry.values,
    )


def request_proposals(requests: pd.DataFrame, cell: float = NAL_CELL) -> gpd.GeoDataFrame:
    """500 m cells with open requests that no existing public point within walking distance serves.

    ``requests``: ``x``, ``y`` (RD New), ``open`` and ``bediend`` (booleans of ``ralzuid:requestregister``),
    optional ``leeftijd_dagen`` and ``gemeentecode``.
    """
    is_open = requests["open"].fillna(False).astype(bool).to_numpy()
    served = requests["bediend"].fillna(False).astype(bool).to_numpy()
    wanted = is_open & ~served
    if not wanted.any():
        return _empty()
    cx, cy = cells_of_points(requests["x"].to_numpy(float)[wanted], requests["y"].to_numpy(float)[wanted], cell)
    age = (
        pd.to_numeric(requests["leeftijd_dagen"], errors="coerce").fillna(0).to_numpy(float)[wanted]
        if "leeftijd_dagen" in requests.columns
        else np.zeros(int(wanted.sum()))
    )
    codes = requests["gemeentecode"].astype(str).to_numpy()[wanted] if "gemeentecode" in requests.columns else ""
    frame = pd.DataFrame({"cx": cx, "cy": cy, "age": age, "code": codes})
    grouped = frame.groupby(["cx", "cy"], as_index=False).agg(n=("age", "size"), age=("age", "max"),
                                                              code=("code", "first"))  # fmt: skip
    reasons = [
        tr(
            "{count} open request(s) without a public charge point within walking distance; "
            "the oldest waits {days} days"
        ).format(count=int(row.n), days=int(row.age))
        for row in grouped.itertuples()
    ]  # fmt: skip
    cells = cell_frame(grouped["cx"].to_numpy(), grouped["cy"].to_numpy(), cell)
    return _frame(
        extra=grouped["n"].to_numpy(np.int64),
        reasons=reasons,
        source=REQUESTS,
        area=cells["cel_code"].tolist(),
        codes=grouped["code"].astype(str).tolist(),
        score=grouped["age"].to_numpy(float) / 7.0,  # weeks waited, comparable with weeks above the threshold
        geometry=cells.geometry.values,
    )


def _decimal(text: str) -> str:
    """A number written with ``.`` in the report language's notation (``51,5`` in Dutch text)."""
    return text.replace(".", ",") if language() == "nl" else text


def _fixed(value, decimals: int) -> str:
    return _decimal("{:.{d}f}".format(float(value), d=decimals))


def prognosis_indication(areas: pd.DataFrame) -> np.ndarray:
    """Whole extra laadpunten per area: ``tekort_indicatie`` when the table has it, else the fractional
    ``tekort`` rounded by largest remainder per gemeente (so that the areas add up)."""
    if "tekort_indicatie" in areas.columns:
        return pd.to_numeric(areas["tekort_indicatie"], errors="coerce").fillna(0).to_numpy(np.int64)
    gap = pd.to_numeric(areas["tekort"], errors="coerce").fillna(0).to_numpy(float)
    groups = areas["gemeentecode"].astype(str).to_numpy() if "gemeentecode" in areas.columns else np.zeros(len(gap))
    return largest_remainder_by_group(gap, groups)


def prognosis_proposals(areas: gpd.GeoDataFrame, area_field: str | None = None) -> gpd.GeoDataFrame:
    """Areas of a prognosis table (``ralzuid:prognosedpressure``) with an indicated gap of 1 or more."""
    if "tekort" not in areas.columns:
        return _empty()
    indication = prognosis_indication(areas)
    needed = areas[indication > 0].reset_index(drop=True)
    indication = indication[indication > 0]
    if needed.empty:
        return _empty()
    reasons = []
    for row, extra in zip(needed.itertuples(), indication):
        reasons.append(
            tr(
                "Prognosis {year}: {ev} electric cars need {needed} (semi-)public charge points (1 per {target}); "
                "{existing} exist; gap {gap}, indication {extra}"
            ).format(
                year=int(getattr(row, "jaar", 0) or 0),
                ev=_fixed(row.ev_prognose if hasattr(row, "ev_prognose") else row.ev_publiek, 0),
                needed=_fixed(row.laadpunten_nodig, 1),
                target=_decimal(f"{float(getattr(row, 'doel_ev_per_laadpunt', 5.0)):g}"),
                existing=_fixed(row.laadpunten_bestaand, 0),
                gap=_fixed(row.tekort, 1),
                extra=int(extra),
            )
        )
    field = area_field or next(
        (c for c in ("cel_code", "gemeentenaam", "buurtnaam", "naam") if c in needed.columns), None
    )
    area = needed[field].astype(str).tolist() if field else [str(i + 1) for i in range(len(needed))]
    codes = needed["gemeentecode"].astype(str).tolist() if "gemeentecode" in needed.columns else [""] * len(needed)
    ratio_field = next((c for c in ("ev_per_laadpunt", "ev_per_publiek_laadpunt") if c in needed.columns), None)
    ratio = (
        pd.to_numeric(needed[ratio_field], errors="coerce").fillna(np.inf).to_numpy(float)
        if ratio_field
        else np.full(len(needed), np.inf)
    )
    data_source = (
        needed["bron"].where(needed["bron"].notna(), "").astype(str).tolist() if "bron" in needed.columns else None
    )
    return _frame(
        extra=indication,
        reasons=reasons,
        source=PROGNOSIS,
        data_source=data_source,
        area=area,
        codes=codes,
        score=np.where(np.isinf(ratio), 1e9, ratio),
        geometry=needed.geometry.values,
    )


def rank_proposals(*parts: gpd.GeoDataFrame, ranking: str = MEASURED_FIRST) -> gpd.GeoDataFrame:
    """All proposal areas ranked: measured shortage first, then the prognosis; within each the most
    extra laadpunten first, then the stronger evidence. ``SEPARATE``: ``rang`` restarts per source."""
    frames = [part for part in parts if part is not None and not part.empty]
    if not frames:
        return _empty(with_rank=True)
    combined = pd.concat(frames, ignore_index=True)
    order = combined.assign(_measured=(~combined["bron"].isin(MEASURED_KINDS)).astype(int)).sort_values(
        ["_measured", "extra_laadpunten", "score", "gebied"], ascending=[True, False, False, True], kind="mergesort"
    )
    ranked = gpd.GeoDataFrame(order.drop(columns="_measured"), geometry="geometry", crs=RD_NEW).reset_index(drop=True)
    if ranking == SEPARATE:
        ranked["rang"] = ranked.groupby("bron").cumcount().to_numpy(np.int64) + 1
        labels = {MEASURED: tr("separate list: measured"), REQUESTS: tr("separate list: open requests")}
        ranked["lijst"] = [labels.get(b, tr("separate list: prognosis")) for b in ranked["bron"]]
    else:
        ranked["rang"] = np.arange(1, len(ranked) + 1, dtype=np.int64)
        ranked["lijst"] = tr("one list: measured shortage first, then prognosis")
    return ranked[[*COLUMNS, "geometry"]]


def _frame(*, extra, reasons, source, area, codes, score, geometry, data_source=None) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "rang": np.zeros(len(reasons), dtype=np.int64),
            "extra_laadpunten": np.asarray(extra, dtype=np.int64),
            "reden": reasons,
            "bron": [source] * len(reasons),
            "lijst": [""] * len(reasons),
            "gebied": area,
            "gemeentecode": codes,
            "score": np.asarray(score, dtype=float),
            DATA_SOURCE: data_source if data_source is not None else [""] * len(reasons),
        },
        geometry=list(geometry),
        crs=RD_NEW,
    )


def _empty(with_rank: bool = False) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "rang": pd.Series([], dtype=np.int64),
            "extra_laadpunten": pd.Series([], dtype=np.int64),
            "reden": pd.Series([], dtype=str),
            "bron": pd.Series([], dtype=str),
            "lijst": pd.Series([], dtype=str),
            "gebied": pd.Series([], dtype=str),
            "gemeentecode": pd.Series([], dtype=str),
            "score": pd.Series([], dtype=float),
            DATA_SOURCE: pd.Series([], dtype=str),
        },
        geometry=gpd.GeoSeries([], crs=RD_NEW),
        crs=RD_NEW,
    )
