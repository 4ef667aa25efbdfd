"""The prognosis pipeline: demand layer -> areas with EVs, needed points by type, gap and grid demand;
samples for surfaces; NAL cells; a summary per gemeente with whole numbers that add up."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.point_in_area import point_area_pairs
from ral_zuid_plugin.core.pressure.areas import area_index_of_points
from ral_zuid_plugin.core.pressure.inputs import check_in_region, numeric_column
from ral_zuid_plugin.core.pressure.prognosis import (
    BASE_ALL,
    NAL_CELL,
    PLAN_PROGNOSIS,
    MunicipalityInputs,
    PrognosisSettings,
    Rates,
    assign_municipality,
    cell_frame,
    cells_of_points,
    method_line,
    municipality_rates,
    nal_coverage,
    needed_and_gap,
    private_shares,
    spread_polygon,
)
from ral_zuid_plugin.core.pressure.rounding import largest_remainder, largest_remainder_by_group, round_half_up
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled

RESULT_COLUMNS = (
    "gemeentecode",
    "huishoudens",
    "ev_prognose",
    "aandeel_prive",
    "ev_publiek",
    "laadpunten_nodig",
    "nodig_publiek",
    "nodig_semipubliek",
    "laadpunten_bestaand",
    "tekort",
    "ev_per_laadpunt",
    "doel_ev_per_laadpunt",
    "boven_doel",
    "nodig_snel",
    "bestel_ev",
    "nodig_bestel",
    "piek_kw",
    "mwh_jaar",
    "nodig_indicatie",
    "tekort_indicatie",
    "laadpunten_loopafstand",
    "jaar",
    "scenario",
    "methode",
)
SUMMED = (
    "huishoudens",
    "ev_prognose",
    "ev_publiek",
    "laadpunten_nodig",
    "nodig_publiek",
    "nodig_semipubliek",
    "laadpunten_bestaand",
    "tekort",
    "nodig_snel",
    "bestel_ev",
    "nodig_bestel",
    "piek_kw",
    "mwh_jaar",
)


@dataclass
class DemandInput:
    """The user's demand layer in RD New (GeoDataFrame with ``fid``) and which fields mean what."""

    frame: gpd.GeoDataFrame
    source: str
    households_field: str | None = None
    ev_field: str | None = None
    private_field: str | None = None


@dataclass
class PrognosisResult:
    areas: gpd.GeoDataFrame
    samples: pd.DataFrame
    """Points carrying the demand (columns x, y, huishoudens, ev_prognose, ev_publiek, laadpunten_nodig)."""
    nal_cells: gpd.GeoDataFrame | None
    notes: list[str] = field(default_factory=list)
    municipalities: gpd.GeoDataFrame | None = None
    """One row per gemeente in the areas: sums, and whole numbers (indicatie) that add up."""
    method: str = ""


def run_prognosis(
    demand: DemandInput | None,
    municipalities: gpd.GeoDataFrame,
    existing: pd.DataFrame,
    settings: PrognosisSettings,
    *,
    walk_distance: float = 250.0,
    cell: float = 25.0,
    table: dict = PLAN_PROGNOSIS,
    all_municipalities: gpd.GeoDataFrame | None = None,
    own: MunicipalityInputs | None = None,
    unknown_as_public: bool = True,
    progress: Progress | None = None,
) -> PrognosisResult:
    """Areas with prognosed EVs, needed (semi)public laadpunten and the gap with ``existing``.

    ``existing``: columns x, y, laadpunten and optionally toegang (publiek/semipubliek/onbekend; missing =
    publiek). All existing points count against the (semi)public need; the NAL 500 m rule counts public
    points only (and those of unknown access when ``unknown_as_public``).
    ``municipalities`` are the ones to report on (without a demand layer they are the areas);
    ``all_municipalities`` (default: the same) give the households per province for the spread.
    """
    progress = progress or SilentProgress()
    rates = municipality_rates(
        all_municipalities if all_municipalities is not None else municipalities, settings, table, own
    )
    existing = existing if "toegang" in existing.columns else existing.assign(toegang="publiek")
    if demand is None:
        areas, samples = _municipality_areas(municipalities, rates, settings, cell)
        nal = None
        notes = [tr("No demand layer: the prognosis is per municipality and the NAL 500 m rule is not checked.")]
    else:
        if demand.frame.empty:
            raise InputDataError(tr("the layer has no features with a geometry"), path=demand.source)
        kinds = set(demand.frame.geom_type.unique())
        if kinds <= {"Point", "MultiPoint"}:
            areas, samples = _point_areas(demand, municipalities, rates, settings)
        elif kinds <= {"Polygon", "MultiPolygon"}:
            areas, samples = _polygon_areas(demand, municipalities, rates, settings, cell, progress)
        else:
            raise InputDataError(
                tr("the demand layer must have points or polygons, not {kinds}").format(kinds=", ".join(sorted(kinds))),
                path=demand.source,
            )
        counted = {"publiek", "onbekend"} if unknown_as_public else {"publiek"}
        is_public = existing["toegang"].isin(counted).to_numpy()
        nal = nal_coverage(
            samples["x"].to_numpy(),
            samples["y"].to_numpy(),
            samples["huishoudens"].to_numpy(),
            existing["x"].to_numpy(float)[is_public],
            existing["y"].to_numpy(float)[is_public],
            others=existing[~is_public],
        )
        if len(nal):
            codes, _ = assign_municipality(
                municipalities, nal.geometry.centroid.x.to_numpy(), nal.geometry.centroid.y.to_numpy()
            )
            nal.insert(1, "gemeentecode", codes.astype(str))
        else:
            nal.insert(1, "gemeentecode", pd.Series([], dtype=str))
        notes = []
    check_cancelled(progress)
    ex = existing["x"].to_numpy(float)
    ey = existing["y"].to_numpy(float)
    counts = existing["laadpunten"].to_numpy(float)
    inside = area_index_of_points(areas, ex, ey)
    existing_in_area = np.bincount(inside[inside >= 0], weights=counts[inside >= 0], minlength=len(areas))
    near = area_index_of_points_buffered(areas, ex, ey, counts, walk_distance)
    arithmetic = needed_and_gap(
        areas["ev_prognose"].to_numpy(float),
        areas["aandeel_prive"].to_numpy(float),
        existing_in_area,
        settings,
        vans=areas["bestel_ev"].to_numpy(float),
    )
    method = method_line(settings, len(rates.registered & set(areas["gemeentecode"].astype(str))))
    result = areas.drop(columns=["ev_prognose", "aandeel_prive", "bestel_ev"])
    for column in arithmetic.columns:
        result.insert(len(result.columns) - 1, column, arithmetic[column].to_numpy())
    codes = result["gemeentecode"].astype(str).to_numpy()
    # whole numbers where a person reads them: per gemeente they add up to the rounded total
    result.insert(
        len(result.columns) - 1, "nodig_indicatie", largest_remainder_by_group(arithmetic["laadpunten_nodig"], codes)
    )
    result.insert(len(result.columns) - 1, "tekort_indicatie", largest_remainder_by_group(arithmetic["tekort"], codes))
    result.insert(len(result.columns) - 1, "laadpunten_loopafstand", near)
    result.insert(len(result.columns) - 1, "jaar", int(settings.year))
    result.insert(len(result.columns) - 1, "scenario", settings.scenario)
    result.insert(len(result.columns) - 1, "methode", method)
    summary = municipality_summary(result, all_municipalities if all_municipalities is not None else municipalities)
    return PrognosisResult(
        areas=result, samples=samples, nal_cells=nal, notes=notes, municipalities=summary, method=method
    )


def municipality_summary(areas: gpd.GeoDataFrame, municipalities: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Per gemeente: the fractional sums, and whole numbers ("indicatie") rounded half up on the totals.

    The public and semi-public parts are split from the rounded total by largest remainder, so they add up.
    """
    frame = pd.DataFrame(areas.drop(columns=areas.geometry.name))
    frame["gemeentecode"] = frame["gemeentecode"].astype(str)
    sums = frame.groupby("gemeentecode", sort=True)[list(SUMMED)].sum()
    gap = frame.groupby("gemeentecode", sort=True)["tekort_indicatie"].sum()
    lookup = municipalities.set_index(municipalities["gemeentecode"].astype(str))
    codes = [code for code in sums.index if code in lookup.index]
    sums = sums.loc[codes]
    rows = []
    for code, row in sums.iterrows():
        total = round_half_up(row["laadpunten_nodig"])
        public, semi = largest_remainder([row["nodig_publiek"], row["nodig_semipubliek"]], total)
        rows.append(
            {
                "gemeentecode": code,
                "gemeentenaam": str(lookup.loc[code, "gemeentenaam"]),
                "ev_prognose": round_half_up(row["ev_prognose"]),
                "nodig_indicatie": total,
                "publiek_indicatie": int(public),
                "semipubliek_indicatie": int(semi),
                "snel_indicatie": round_half_up(row["nodig_snel"]),
                "bestel_indicatie": round_half_up(row["nodig_bestel"]),
                "laadpunten_bestaand": round_half_up(row["laadpunten_bestaand"]),
                "tekort_indicatie": int(gap.loc[code]),
                "piek_kw": round(float(row["piek_kw"]), 0),
                "mwh_jaar": round(float(row["mwh_jaar"]), 1),
                "laadpunten_nodig": float(row["laadpunten_nodig"]),
                "tekort": float(row["tekort"]),
            }
        )
    columns = list(rows[0]) if rows else ["gemeentecode"]
    table = pd.DataFrame(rows, columns=columns)
    if len(areas):
        table["jaar"] = int(areas["jaar"].iloc[0])
        table["methode"] = str(areas["methode"].iloc[0])
    geometry = [lookup.loc[code, lookup.geometry.name] for code in table["gemeentecode"]] if rows else []
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs=RD_NEW), crs=RD_NEW)


def area_index_of_points_buffered(
    areas: gpd.GeoDataFrame, x: np.ndarray, y: np.ndarray, counts: np.ndarray, distance: float
) -> np.ndarray:
    """Laadpunten inside each area or within ``distance`` of its edge (a point may count for several areas)."""
    if len(x) == 0 or len(areas) == 0:
        return np.zeros(len(areas))
    points, grown = point_area_pairs(list(areas.geometry.buffer(distance).values), x, y)
    return np.bincount(grown, weights=np.asarray(counts, dtype=float)[points], minlength=len(areas))


def _private(demand: DemandInput, frame: pd.DataFrame, code: np.ndarray, rates: Rates) -> np.ndarray:
    """The per-area field where it has a value, else the gemeente's share (own table, stedelijkheid or single)."""
    default = np.array([rates.share.get(str(c), np.nan) for c in code], dtype=float)
    if not demand.private_field:
        return default
    values = numeric_column(frame, demand.private_field, demand.source, allow_missing=True)
    values = np.where(np.isnan(values), default, values)
    return private_shares(values, demand.source, demand.private_field, frame["fid"].tolist())


def _households_and_evs(
    demand: DemandInput, frame: pd.DataFrame, code: np.ndarray, rates: Rates, default_households: float | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if demand.households_field:
        households = np.nan_to_num(numeric_column(frame, demand.households_field, demand.source))
    elif default_households is not None:
        households = np.full(len(frame), default_households)
    elif demand.ev_field:
        households = np.zeros(len(frame))
    else:
        raise InputDataError(
            tr("choose the field with the number of households (or the field with electric cars)"),
            path=demand.source,
        )
    rate = np.array([rates.ev.get(str(c), np.nan) for c in code])
    van_rate = np.nan_to_num(np.array([rates.vans.get(str(c), np.nan) for c in code]))
    if demand.ev_field:
        evs = np.nan_to_num(numeric_column(frame, demand.ev_field, demand.source))
    else:
        missing = np.isnan(rate) & (households > 0)
        if missing.any():
            first = int(np.flatnonzero(missing)[0])
            raise InputDataError(
                tr("{count} feature(s) lie outside the municipalities of the region, so no prognosis applies").format(
                    count=int(missing.sum())
                ),
                path=demand.source,
                row=int(frame["fid"].iloc[first]),
            )
        evs = households * np.nan_to_num(rate)
    return households, evs, households * van_rate


def _needed_per_sample(evs, share, settings: PrognosisSettings) -> np.ndarray:
    base = evs if settings.base == BASE_ALL else evs * (1 - share)
    return base / settings.evs_per_point


def _point_areas(demand: DemandInput, municipalities, rates: Rates, settings: PrognosisSettings):
    frame = demand.frame
    if "MultiPoint" in set(frame.geom_type.unique()):
        frame = frame.explode(index_parts=False).reset_index(drop=True)
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    table["x"] = frame.geometry.x.to_numpy(float)
    table["y"] = frame.geometry.y.to_numpy(float)
    check_in_region(table, demand.source)
    code, _province = assign_municipality(municipalities, table["x"].to_numpy(), table["y"].to_numpy())
    households, evs, vans = _households_and_evs(demand, table, code, rates, default_households=1.0)
    share = np.nan_to_num(_private(demand, table, code, rates), nan=settings.private_share)
    public = evs * (1 - share)
    cx, cy = cells_of_points(table["x"].to_numpy(), table["y"].to_numpy(), NAL_CELL)
    grouped = (
        pd.DataFrame(
            {
                "cx": cx,
                "cy": cy,
                "gemeentecode": code,
                "huishoudens": households,
                "ev": evs,
                "ev_publiek": public,
                "vans": vans,
            }
        )
        .groupby(["cx", "cy"], as_index=False)
        .agg(
            gemeentecode=("gemeentecode", "first"),
            huishoudens=("huishoudens", "sum"),
            ev=("ev", "sum"),
            ev_publiek=("ev_publiek", "sum"),
            vans=("vans", "sum"),
        )
    )
    areas = cell_frame(grouped["cx"].to_numpy(), grouped["cy"].to_numpy(), NAL_CELL)
    areas.insert(1, "gemeentecode", grouped["gemeentecode"].astype(str).to_numpy())
    areas.insert(2, "huishoudens", grouped["huishoudens"].to_numpy())
    areas.insert(3, "ev_prognose", grouped["ev"].to_numpy())
    with np.errstate(invalid="ignore", divide="ignore"):
        share_per_cell = np.where(grouped["ev"] > 0, 1 - grouped["ev_publiek"] / grouped["ev"], settings.private_share)
    areas.insert(4, "aandeel_prive", share_per_cell)
    areas.insert(5, "bestel_ev", grouped["vans"].to_numpy())
    samples = pd.DataFrame(
        {
            "x": table["x"],
            "y": table["y"],
            "huishoudens": households,
            "ev_prognose": evs,
            "ev_publiek": public,
            "laadpunten_nodig": _needed_per_sample(evs, share, settings),
        }
    )
    return areas, samples


def _polygon_areas(demand: DemandInput, municipalities, rates: Rates, settings: PrognosisSettings, cell, progress):
    frame = demand.frame.reset_index(drop=True)
    anchor = frame.geometry.representative_point()
    code, _province = assign_municipality(municipalities, anchor.x.to_numpy(), anchor.y.to_numpy())
    check_in_region(pd.DataFrame({"x": anchor.x, "y": anchor.y, "fid": frame["fid"]}), demand.source)
    households, evs, vans = _households_and_evs(demand, frame, code, rates, default_households=None)
    share = np.nan_to_num(_private(demand, frame, code, rates), nan=settings.private_share)
    # the user's attributes are kept, except those the table recomputes under the same name
    dropped = [c for c in ("fid", *RESULT_COLUMNS) if c in frame.columns]
    areas = gpd.GeoDataFrame(frame.drop(columns=dropped), geometry=frame.geometry.name, crs=RD_NEW)
    areas.insert(len(areas.columns) - 1, "gemeentecode", code.astype(str))
    areas.insert(len(areas.columns) - 1, "huishoudens", households)
    areas.insert(len(areas.columns) - 1, "ev_prognose", evs)
    areas.insert(len(areas.columns) - 1, "aandeel_prive", share)
    areas.insert(len(areas.columns) - 1, "bestel_ev", vans)
    samples = _polygon_samples(frame.geometry, households, evs, share, settings, cell, progress)
    return areas, samples


def _municipality_areas(municipalities, rates: Rates, settings: PrognosisSettings, cell):
    codes = municipalities["gemeentecode"].astype(str).to_numpy()
    households = municipalities["huishoudens"].astype(float).to_numpy()
    evs = households * np.array([rates.ev[c] for c in codes])
    vans = households * np.array([rates.vans[c] for c in codes])
    share = np.array([rates.share[c] for c in codes])
    areas = gpd.GeoDataFrame(
        {
            "gemeentecode": codes,
            "gemeentenaam": municipalities["gemeentenaam"].to_numpy(),
            "huishoudens": households,
            "ev_prognose": evs,
            "aandeel_prive": share,
            "bestel_ev": vans,
        },
        geometry=municipalities.geometry.values,
        crs=RD_NEW,
    )
    samples = _polygon_samples(
        areas.geometry, areas["huishoudens"].to_numpy(), evs, share, settings, max(cell, 100.0), SilentProgress()
    )
    return areas, samples


def _polygon_samples(geometries, households, evs, share, settings, cell, progress) -> pd.DataFrame:
    """Each polygon's households and EVs spread evenly over lattice points inside it."""
    parts = []
    total = max(len(geometries), 1)
    for position, shape in enumerate(geometries):
        if position % 50 == 0:
            check_cancelled(progress)
            progress.set_progress(100.0 * position / total)
        if shape is None or shape.is_empty:
            continue
        xs, ys = spread_polygon(shape, cell)
        n = len(xs)
        public = evs[position] * (1 - share[position])
        needed = float(_needed_per_sample(evs[position], share[position], settings))
        parts.append(
            pd.DataFrame(
                {
                    "x": xs,
                    "y": ys,
                    "huishoudens": households[position] / n,
                    "ev_prognose": evs[position] / n,
                    "ev_publiek": public / n,
                    "laadpunten_nodig": needed / n,
                }
            )
        )
    if not parts:
        return pd.DataFrame(columns=["x", "y", "huishoudens", "ev_prognose", "ev_publiek", "laadpunten_nodig"])
    return pd.concat(parts, ignore_index=True)
