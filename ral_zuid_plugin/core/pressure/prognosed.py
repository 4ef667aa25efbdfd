"""The prognosis pipeline: demand layer -> areas with EVs, needed points and gap; samples for surfaces; NAL cells."""

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
    NAL_CELL,
    PLAN_PROGNOSIS,
    PrognosisSettings,
    assign_municipality,
    cell_frame,
    cells_of_points,
    evs_per_household,
    nal_coverage,
    needed_and_gap,
    private_shares,
    spread_polygon,
)
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled

RESULT_COLUMNS = (
    "gemeentecode",
    "huishoudens",
    "ev_prognose",
    "aandeel_prive",
    "ev_publiek",
    "laadpunten_nodig",
    "laadpunten_bestaand",
    "tekort",
    "ev_per_publiek_laadpunt",
    "doel_ev_per_laadpunt",
    "boven_doel",
    "laadpunten_loopafstand",
    "jaar",
    "scenario",
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
    progress: Progress | None = None,
) -> PrognosisResult:
    """Areas with prognosed EVs, needed public laadpunten and the gap with ``existing`` (x, y, laadpunten).

    ``municipalities`` are the ones to report on (without a demand layer they are the areas);
    ``all_municipalities`` (default: the same) give the households per province for the spread.
    """
    progress = progress or SilentProgress()
    rates = evs_per_household(all_municipalities if all_municipalities is not None else municipalities, settings, table)
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
        nal = nal_coverage(
            samples["x"].to_numpy(),
            samples["y"].to_numpy(),
            samples["huishoudens"].to_numpy(),
            existing["x"].to_numpy(float),
            existing["y"].to_numpy(float),
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
        settings.evs_per_point,
    )
    result = areas.drop(columns=["ev_prognose", "aandeel_prive"])
    for column in arithmetic.columns:
        result.insert(len(result.columns) - 1, column, arithmetic[column].to_numpy())
    result.insert(len(result.columns) - 1, "laadpunten_loopafstand", near)
    result.insert(len(result.columns) - 1, "jaar", int(settings.year))
    result.insert(len(result.columns) - 1, "scenario", settings.scenario)
    return PrognosisResult(areas=result, samples=samples, nal_cells=nal, notes=notes)


def area_index_of_points_buffered(
    areas: gpd.GeoDataFrame, x: np.ndarray, y: np.ndarray, counts: np.ndarray, distance: float
) -> np.ndarray:
    """Laadpunten inside each area or within ``distance`` of its edge (a point may count for several areas)."""
    if len(x) == 0 or len(areas) == 0:
        return np.zeros(len(areas))
    points, grown = point_area_pairs(list(areas.geometry.buffer(distance).values), x, y)
    return np.bincount(grown, weights=np.asarray(counts, dtype=float)[points], minlength=len(areas))


def _private(demand: DemandInput, frame: pd.DataFrame, settings: PrognosisSettings) -> np.ndarray:
    if not demand.private_field:
        return np.full(len(frame), settings.private_share)
    values = numeric_column(frame, demand.private_field, demand.source, allow_missing=True)
    values = np.where(np.isnan(values), settings.private_share, values)
    return private_shares(values, demand.source, demand.private_field, frame["fid"].tolist())


def _households_and_evs(
    demand: DemandInput, frame: pd.DataFrame, province: np.ndarray, rates: dict, default_households: float | None
) -> tuple[np.ndarray, np.ndarray]:
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
    if demand.ev_field:
        evs = np.nan_to_num(numeric_column(frame, demand.ev_field, demand.source))
    else:
        rate = np.array([rates.get(str(p), np.nan) for p in province])
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
    return households, evs


def _point_areas(demand: DemandInput, municipalities, rates, settings):
    frame = demand.frame
    if "MultiPoint" in set(frame.geom_type.unique()):
        frame = frame.explode(index_parts=False).reset_index(drop=True)
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    table["x"] = frame.geometry.x.to_numpy(float)
    table["y"] = frame.geometry.y.to_numpy(float)
    check_in_region(table, demand.source)
    code, province = assign_municipality(municipalities, table["x"].to_numpy(), table["y"].to_numpy())
    households, evs = _households_and_evs(demand, table, province, rates, default_households=1.0)
    share = _private(demand, table, settings)
    public = evs * (1 - share)
    cx, cy = cells_of_points(table["x"].to_numpy(), table["y"].to_numpy(), NAL_CELL)
    grouped = (
        pd.DataFrame(
            {"cx": cx, "cy": cy, "gemeentecode": code, "huishoudens": households, "ev": evs, "ev_publiek": public}
        )
        .groupby(["cx", "cy"], as_index=False)
        .agg(
            gemeentecode=("gemeentecode", "first"),
            huishoudens=("huishoudens", "sum"),
            ev=("ev", "sum"),
            ev_publiek=("ev_publiek", "sum"),
        )
    )
    areas = cell_frame(grouped["cx"].to_numpy(), grouped["cy"].to_numpy(), NAL_CELL)
    areas.insert(1, "gemeentecode", grouped["gemeentecode"].astype(str).to_numpy())
    areas.insert(2, "huishoudens", grouped["huishoudens"].to_numpy())
    areas.insert(3, "ev_prognose", grouped["ev"].to_numpy())
    with np.errstate(invalid="ignore", divide="ignore"):
        share_per_cell = np.where(grouped["ev"] > 0, 1 - grouped["ev_publiek"] / grouped["ev"], settings.private_share)
    areas.insert(4, "aandeel_prive", share_per_cell)
    samples = pd.DataFrame(
        {
            "x": table["x"],
            "y": table["y"],
            "huishoudens": households,
            "ev_prognose": evs,
            "ev_publiek": public,
            "laadpunten_nodig": public / settings.evs_per_point,
        }
    )
    return areas, samples


def _polygon_areas(demand: DemandInput, municipalities, rates, settings, cell, progress):
    frame = demand.frame.reset_index(drop=True)
    anchor = frame.geometry.representative_point()
    code, province = assign_municipality(municipalities, anchor.x.to_numpy(), anchor.y.to_numpy())
    check_in_region(pd.DataFrame({"x": anchor.x, "y": anchor.y, "fid": frame["fid"]}), demand.source)
    households, evs = _households_and_evs(demand, frame, province, rates, default_households=None)
    share = _private(demand, frame, settings)
    # the user's attributes are kept, except those the table recomputes under the same name
    dropped = [c for c in ("fid", *RESULT_COLUMNS) if c in frame.columns]
    areas = gpd.GeoDataFrame(frame.drop(columns=dropped), geometry=frame.geometry.name, crs=RD_NEW)
    areas.insert(len(areas.columns) - 1, "gemeentecode", code.astype(str))
    areas.insert(len(areas.columns) - 1, "huishoudens", households)
    areas.insert(len(areas.columns) - 1, "ev_prognose", evs)
    areas.insert(len(areas.columns) - 1, "aandeel_prive", share)
    samples = _polygon_samples(frame.geometry, households, evs, share, settings, cell, progress)
    return areas, samples


def _municipality_areas(municipalities, rates, settings, cell):
    evs = municipalities["huishoudens"].astype(float).to_numpy() * municipalities["provincienaam"].map(rates).to_numpy(
        float
    )
    share = np.full(len(municipalities), settings.private_share)
    areas = gpd.GeoDataFrame(
        {
            "gemeentecode": municipalities["gemeentecode"].to_numpy(),
            "gemeentenaam": municipalities["gemeentenaam"].to_numpy(),
            "huishoudens": municipalities["huishoudens"].astype(float).to_numpy(),
            "ev_prognose": evs,
            "aandeel_prive": share,
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
        parts.append(
            pd.DataFrame(
                {
                    "x": xs,
                    "y": ys,
                    "huishoudens": households[position] / n,
                    "ev_prognose": evs[position] / n,
                    "ev_publiek": public / n,
                    "laadpunten_nodig": public / settings.evs_per_point / n,
                }
            )
        )
    if not parts:
        return pd.DataFrame(columns=["x", "y", "huishoudens", "ev_prognose", "ev_publiek", "laadpunten_nodig"])
    return pd.concat(parts, ignore_index=True)
