"""Prognosed charging pressure: electric cars -> public demand -> needed laadpunten -> gap.

Steps (formulas in ``docs/charging-pressure.md``):

1. Electric vehicles per province for the year and scenario from the plan (DOMAIN.md):
   passenger cars, optionally plus half of the vans (which also use the passenger-car network).
   Years between the plan years are interpolated linearly.
2. Spread to municipalities by households: ``EV_m = EV_province * households_m / households_province``.
   That is one rate per household per province, ``EV_province / households_province``, which
   is then applied to the households of every demand feature (address point, buurt, CBS square).
   Or the user gives EV counts per area directly.
3. Ladder van laden: ``EV_public = EV * (1 - private share)`` (a global share, or a field per area).
4. Target: one (semi-)public laadpunt per 5 electric cars: ``needed = EV_public / 5``.
5. Existing public laadpunten in the area (NDW locations times laadpunten per location),
   ``gap = max(0, ceil(needed - existing))`` and ``EV_public / existing`` against the target 5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.areas import area_index_of_points

PASSENGER_CARS = "personenautos"
CARS_AND_VANS = "personenautos_bestelbussen"
SCENARIOS = (PASSENGER_CARS, CARS_AND_VANS)
VAN_SHARE_ON_PASSENGER_NETWORK = 0.5

PLAN_PROGNOSIS: dict[tuple[str, str], dict[int, float]] = {
    ("Noord-Brabant", "personenautos"): {2020: 25_000, 2025: 85_600, 2030: 309_500},
    ("Limburg", "personenautos"): {2020: 3_600, 2025: 21_400, 2030: 130_200},
    ("Noord-Brabant", "bestelbussen"): {2020: 1_300, 2025: 7_900, 2030: 49_200},
    ("Limburg", "bestelbussen"): {2020: 400, 2025: 2_800, 2030: 17_300},
}
"""Electric vehicles per province from the Plan van Aanpak RAL Zuid (rounded)."""

DEFAULT_YEAR = 2030
DEFAULT_PRIVATE_SHARE = 0.5
EVS_PER_PUBLIC_POINT = 5.0
DEFAULT_POINTS_PER_LOCATION = 2.0
NAL_CELL = 500.0
NAL_MIN_HOUSEHOLDS = 125.0


@dataclass
class PrognosisSettings:
    year: int = DEFAULT_YEAR
    scenario: str = PASSENGER_CARS
    private_share: float = DEFAULT_PRIVATE_SHARE
    evs_per_point: float = EVS_PER_PUBLIC_POINT


def _interpolate(series: dict[int, float], year: int) -> float:
    years = sorted(series)
    if year < years[0] or year > years[-1]:
        raise RalZuidError(
            tr("The plan prognosis covers {first} to {last}; {year} is outside it.").format(
                first=years[0], last=years[-1], year=year
            )
        )
    return float(np.interp(year, years, [series[y] for y in years]))


def province_evs(
    province: str, year: int, scenario: str, table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS
) -> float:
    """Electric vehicles counted for ``province`` in ``year`` under ``scenario``."""
    if scenario not in SCENARIOS:
        raise RalZuidError(tr("Unknown scenario '{scenario}'.").format(scenario=scenario))
    if (province, PASSENGER_CARS) not in table:
        raise RalZuidError(tr("There is no prognosis for province '{province}'.").format(province=province))
    total = _interpolate(table[(province, PASSENGER_CARS)], year)
    if scenario == CARS_AND_VANS:
        total += VAN_SHARE_ON_PASSENGER_NETWORK * _interpolate(table[(province, "bestelbussen")], year)
    return total


def evs_per_household(
    municipalities: pd.DataFrame,
    settings: PrognosisSettings,
    table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS,
) -> dict[str, float]:
    """Per province: EVs / households of all its municipalities (the rate the spread by households gives)."""
    rates = {}
    for province, households in municipalities.groupby("provincienaam")["huishoudens"].sum().items():
        rates[str(province)] = province_evs(str(province), settings.year, settings.scenario, table) / float(households)
    return rates


def municipality_prognosis(
    municipalities: pd.DataFrame,
    settings: PrognosisSettings,
    table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS,
) -> pd.Series:
    """``EV_m = EV_province * households_m / households_province`` per municipality (index as given)."""
    rates = evs_per_household(municipalities, settings, table)
    return municipalities["huishoudens"].astype(float) * municipalities["provincienaam"].map(rates).astype(float)


def private_shares(values: np.ndarray, source: str, column: str, rows: list) -> np.ndarray:
    """Validate private-charging shares: fractions from 0 to 1."""
    for value, row in zip(values, rows):
        if not (0.0 <= value <= 1.0):
            raise InputDataError(
                tr("the private-charging share {value} is not a fraction from 0 to 1 (e.g. 0.6 for 60 %)").format(
                    value=value
                ),
                path=source,
                row=row,
                column=column,
            )
    return values


def needed_and_gap(
    ev: np.ndarray, private_share: np.ndarray, existing: np.ndarray, evs_per_point: float = EVS_PER_PUBLIC_POINT
) -> pd.DataFrame:
    """The ladder-van-laden arithmetic per area (all arrays of equal length)."""
    ev = np.asarray(ev, float)
    ev_public = ev * (1.0 - np.asarray(private_share, float))
    needed = ev_public / evs_per_point
    existing = np.asarray(existing, float)
    gap = np.ceil(np.round(needed - existing, 9)).clip(min=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_point = np.where(existing > 0, ev_public / np.maximum(existing, 1e-300), np.nan)
    above = np.where(existing > 0, per_point > evs_per_point, ev_public > 0)
    return pd.DataFrame(
        {
            "ev_prognose": ev,
            "aandeel_prive": np.asarray(private_share, float),
            "ev_publiek": ev_public,
            "laadpunten_nodig": needed,
            "laadpunten_bestaand": existing,
            "tekort": gap.astype(np.int64),
            "ev_per_publiek_laadpunt": per_point,
            "doel_ev_per_laadpunt": evs_per_point,
            "boven_doel": above.astype(bool),
        }
    )


def nal_cell_code(x_min: float, y_min: float) -> str:
    """CBS-style code of a grid cell from its lower-left corner in hectometres, e.g. ``E1545N3850``."""
    return "E{:04d}N{:04d}".format(int(round(x_min / 100)), int(round(y_min / 100)))


def cells_of_points(x: np.ndarray, y: np.ndarray, size: float) -> tuple[np.ndarray, np.ndarray]:
    """Lower-left corners of the aligned ``size`` m cells containing the points."""
    return np.floor(np.asarray(x, float) / size) * size, np.floor(np.asarray(y, float) / size) * size


def cell_frame(corners_x: np.ndarray, corners_y: np.ndarray, size: float) -> gpd.GeoDataFrame:
    shapes = [box(cx, cy, cx + size, cy + size) for cx, cy in zip(corners_x, corners_y)]
    codes = [nal_cell_code(cx, cy) for cx, cy in zip(corners_x, corners_y)]
    return gpd.GeoDataFrame({"cel_code": codes}, geometry=shapes, crs=RD_NEW)


def nal_coverage(
    households_x: np.ndarray,
    households_y: np.ndarray,
    households: np.ndarray,
    public_x: np.ndarray,
    public_y: np.ndarray,
    min_households: float = NAL_MIN_HOUSEHOLDS,
    size: float = NAL_CELL,
) -> gpd.GeoDataFrame:
    """500 m cells with at least ``min_households`` households and no public charging location."""
    hx, hy = cells_of_points(households_x, households_y, size)
    frame = pd.DataFrame({"cx": hx, "cy": hy, "huishoudens": np.asarray(households, float)})
    per_cell = frame.groupby(["cx", "cy"], as_index=False)["huishoudens"].sum()
    px, py = cells_of_points(public_x, public_y, size)
    with_point = set(zip(px.tolist(), py.tolist()))
    has_point = np.array([(cx, cy) in with_point for cx, cy in zip(per_cell["cx"], per_cell["cy"])], dtype=bool)
    # households are summed from fractions (polygons spread over their area): round to 1e-6 before comparing
    uncovered = per_cell[(np.round(per_cell["huishoudens"].to_numpy(), 6) >= min_households) & ~has_point]
    uncovered = uncovered.sort_values("huishoudens", ascending=False).reset_index(drop=True)
    cells = cell_frame(uncovered["cx"].to_numpy(), uncovered["cy"].to_numpy(), size)
    cells.insert(1, "huishoudens", uncovered["huishoudens"].round(1).to_numpy())
    cells.insert(2, "publieke_laadpunten", np.zeros(len(cells), dtype=np.int64))
    return cells


def _contains_xy(shape, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Which points lie inside the polygon (shapely 2 ``contains_xy``, shapely 1.8 ``vectorized.contains``)."""
    try:
        from shapely import contains_xy
    except ImportError:
        from shapely.vectorized import contains

        return np.asarray(contains(shape, x, y), dtype=bool)
    return np.asarray(contains_xy(shape, x, y), dtype=bool)


def spread_polygon(shape, cell: float, max_samples: int = 4000) -> tuple[np.ndarray, np.ndarray]:
    """Sample points on an aligned lattice inside a polygon (its area spread evenly); at least one point."""
    x_min, y_min, x_max, y_max = shape.bounds
    spacing = max(cell, math.sqrt(max(shape.area, 1.0) / max_samples))
    spacing = math.ceil(spacing / cell) * cell
    xs = np.arange(math.floor(x_min / spacing) * spacing + spacing / 2, x_max, spacing)
    ys = np.arange(math.floor(y_min / spacing) * spacing + spacing / 2, y_max, spacing)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    inside = _contains_xy(shape, gx, gy) if gx.size else np.zeros(0, dtype=bool)
    if not inside.any():
        point = shape.representative_point()
        return np.array([point.x]), np.array([point.y])
    return gx[inside], gy[inside]


def assign_municipality(
    municipalities: gpd.GeoDataFrame, x: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """gemeentecode and provincienaam of the municipality containing each point ('' outside the region)."""
    index = area_index_of_points(municipalities, x, y)
    codes = municipalities["gemeentecode"].to_numpy(object)
    provinces = municipalities["provincienaam"].to_numpy(object)
    found = index >= 0
    code = np.full(len(x), "", dtype=object)
    province = np.full(len(x), "", dtype=object)
    code[found] = codes[index[found]]
    province[found] = provinces[index[found]]
    return code, province
