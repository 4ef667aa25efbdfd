"""Prognosed charging pressure: electric cars -> needed (semi)public laadpunten by type -> gap -> grid demand.

Steps (formulas and their source sentences in ``docs/charging-pressure.md``):

1. Electric vehicles per province for the year from the plan (§4, table of EVs per modality):
   passenger cars, optionally plus half of the vans (which also use the passenger-car network, §4).
   Between the plan years 2020, 2025 and 2030 the counts grow on a geometric curve (a constant
   yearly growth factor per 5-year step); linear interpolation remains an option.
2. Spread to municipalities by households: ``EV_m = EV_province * households_m / households_province``,
   or, when the gemeente gives its registered EV count ``R`` in year ``Y0`` (RDW), that count grown
   along the province curve: ``EV_m(Y) = R * EV_province(Y) / EV_province(Y0)``.
3. Target (plan §2.3): one (semi)public laadpunt per 5 electric passenger cars, over **all** electric
   cars: ``needed = EV / 5``. The older base (cars without private charging) stays a choice.
4. The private-charging share ``p`` (ladder van laden, §3.2; by CBS stedelijkheid, per gemeente or per
   area) splits the need: ``public = EV * (1 - p) / 5`` (drivers without a driveway charge near home),
   ``semi-public = EV * p / 5``; so public points are placed where the EVs without private charging are.
5. Existing (semi)public laadpunten per area; ``gap = max(0, needed - existing)``, kept fractional;
   whole numbers only where a person reads them (largest remainder per gemeente, :mod:`rounding`).
6. Types to 2030 (§4.1-§4.4 and the support offer "prognose over aantal en type benodigde laadpunten
   tot 2030"): regular public, semi-public, fast, vans; and the grid demand of the prognosed points
   (peak kW with a stated simultaneity, MWh per year) for the netbeheerder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.pressure.areas import area_index_of_points

PASSENGER_CARS = "personenautos"
CARS_AND_VANS = "personenautos_bestelbussen"
SCENARIOS = (PASSENGER_CARS, CARS_AND_VANS)
VAN_SHARE_ON_PASSENGER_NETWORK = 0.5

BASE_ALL = "alle_ev"
BASE_WITHOUT_PRIVATE = "ev_zonder_prive"
BASES = (BASE_ALL, BASE_WITHOUT_PRIVATE)

GEOMETRIC = "geometrisch"
LINEAR = "lineair"
INTERPOLATIONS = (GEOMETRIC, LINEAR)

SHARE_BY_URBANITY = "stedelijkheid"
SHARE_FIXED = "vast"
SHARE_MODES = (SHARE_BY_URBANITY, SHARE_FIXED)

PLAN_PROGNOSIS: dict[tuple[str, str], dict[int, float]] = {
    ("Noord-Brabant", "personenautos"): {2020: 25_000, 2025: 85_600, 2030: 309_500},
    ("Limburg", "personenautos"): {2020: 3_600, 2025: 21_400, 2030: 130_200},
    ("Noord-Brabant", "bestelbussen"): {2020: 1_300, 2025: 7_900, 2030: 49_200},
    ("Limburg", "bestelbussen"): {2020: 400, 2025: 2_800, 2030: 17_300},
}
"""Electric vehicles per province from the Plan van Aanpak RAL Zuid (rounded)."""

DEFAULT_YEAR = 2030
DEFAULT_PRIVATE_SHARE = 0.5
PRIVATE_SHARE_BY_URBANITY: dict[int, float] = {1: 0.3, 2: 0.4, 3: 0.5, 4: 0.6, 5: 0.7}
"""Assumption (not a plan number): private-charging share per CBS stedelijkheid class, 1 = very strongly
urban ... 5 = not urban. The plan only says the direction: "In landelijkere gemeenten met veel woningen met
eigen oprit zal thuisladen kunnen voorzien in een groot deel van de laadbehoefte" (§4.1)."""
EVS_PER_PUBLIC_POINT = 5.0
EVS_PER_FAST_POINT = 650.0
"""Assumption: electric cars per fast-charging point (> 43 kW); order of magnitude of TNO's 2,900 fast points
on and around the trunk roads in 2030 (plan §4.4) for the Dutch electric fleet of 2030. Not a plan number."""
VAN_SEMI_PUBLIC_SHARE = 0.5
"""Plan §4.2: "zal ongeveer de helft van de bestelvoertuigen gebruik maken van semipublieke laadpunten"."""
POINT_POWER_KW = 11.0
"""Plan §4.2/§4.3: (semi)public points "meestal 3,7, 11 of 22 kW"; 11 kW taken as the typical one."""
FAST_POWER_KW = 50.0
"""Plan §4.4: "regulier snelladen voor personenvervoer met een vermogen rond de 50 kW"."""
SIMULTANEITY = 0.3
"""Assumption: share of the installed power drawn at the same time at the evening peak."""
LOAD_FACTOR = 0.1
"""Assumption: energy drawn per year as a share of power x 8,760 h (11 kW -> 9.6 MWh per point per year)."""
DEFAULT_POINTS_PER_LOCATION = 2.0
NAL_CELL = 500.0
NAL_MIN_HOUSEHOLDS = 125.0


@dataclass
class PrognosisSettings:
    year: int = DEFAULT_YEAR
    scenario: str = PASSENGER_CARS
    private_share: float = DEFAULT_PRIVATE_SHARE
    evs_per_point: float = EVS_PER_PUBLIC_POINT
    base: str = BASE_ALL
    interpolation: str = GEOMETRIC
    share_mode: str = SHARE_BY_URBANITY
    share_by_urbanity: dict[int, float] = field(default_factory=lambda: dict(PRIVATE_SHARE_BY_URBANITY))
    evs_per_fast_point: float = EVS_PER_FAST_POINT
    van_semi_public_share: float = VAN_SEMI_PUBLIC_SHARE
    point_power_kw: float = POINT_POWER_KW
    fast_power_kw: float = FAST_POWER_KW
    simultaneity: float = SIMULTANEITY
    load_factor: float = LOAD_FACTOR

    def __post_init__(self) -> None:
        if self.base not in BASES:
            raise RalZuidError(tr("Unknown base '{base}'.").format(base=self.base))
        if self.interpolation not in INTERPOLATIONS:
            raise RalZuidError(tr("Unknown interpolation '{name}'.").format(name=self.interpolation))
        if self.share_mode not in SHARE_MODES:
            raise RalZuidError(tr("Unknown private-share mode '{name}'.").format(name=self.share_mode))
        if self.evs_per_point <= 0 or self.evs_per_fast_point <= 0:
            raise RalZuidError(tr("The number of electric cars per charge point must be more than 0."))


def _interpolate(series: dict[int, float], year: float, how: str = GEOMETRIC) -> float:
    """The plan count in ``year``: geometric (constant growth factor) or linear between plan years."""
    years = sorted(series)
    if year < years[0] or year > years[-1]:
        raise RalZuidError(
            tr("The plan prognosis covers {first} to {last}; {year} is outside it.").format(
                first=years[0], last=years[-1], year=year
            )
        )
    if year in series:
        return float(series[int(year)])
    upper = next(y for y in years if y > year)
    lower = years[years.index(upper) - 1]
    a, b = float(series[lower]), float(series[upper])
    t = (year - lower) / (upper - lower)
    if how == GEOMETRIC and a > 0 and b > 0:
        return a * (b / a) ** t
    return a + t * (b - a)


def province_evs(
    province: str,
    year: float,
    scenario: str,
    table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS,
    how: str = GEOMETRIC,
) -> float:
    """Electric vehicles counted for ``province`` in ``year`` under ``scenario``."""
    if scenario not in SCENARIOS:
        raise RalZuidError(tr("Unknown scenario '{scenario}'.").format(scenario=scenario))
    if (province, PASSENGER_CARS) not in table:
        raise RalZuidError(tr("There is no prognosis for province '{province}'.").format(province=province))
    total = _interpolate(table[(province, PASSENGER_CARS)], year, how)
    if scenario == CARS_AND_VANS:
        total += VAN_SHARE_ON_PASSENGER_NETWORK * _interpolate(table[(province, "bestelbussen")], year, how)
    return total


def province_vans(
    province: str, year: float, table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS, how: str = GEOMETRIC
) -> float:
    key = (province, "bestelbussen")
    return _interpolate(table[key], year, how) if key in table else 0.0


@dataclass
class MunicipalityInputs:
    """The gemeente's own numbers, all optional: private-charging share and registered EVs (RDW) in a year."""

    private_share: dict[str, float] = field(default_factory=dict)
    registered: dict[str, tuple[float, int]] = field(default_factory=dict)


@dataclass
class Rates:
    """Per gemeentecode: electric cars and vans per household, and the private-charging share."""

    ev: dict[str, float]
    vans: dict[str, float]
    share: dict[str, float]
    registered: set[str] = field(default_factory=set)


def municipality_rates(
    municipalities: pd.DataFrame,
    settings: PrognosisSettings,
    table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS,
    own: MunicipalityInputs | None = None,
) -> Rates:
    """Rates per gemeente: the province rate ``EV_province / households_province``, or the registered
    count grown on the province curve divided by the gemeente's households."""
    own = own or MunicipalityInputs()
    ev, vans, share = {}, {}, {}
    registered = set()
    households = municipalities.groupby("provincienaam")["huishoudens"].sum()
    province_rate = {
        str(p): province_evs(str(p), settings.year, settings.scenario, table, settings.interpolation) / float(h)
        for p, h in households.items()
    }
    van_rate = {
        str(p): province_vans(str(p), settings.year, table, settings.interpolation) / float(h)
        for p, h in households.items()
    }
    for row in municipalities.itertuples():
        code, province = str(row.gemeentecode), str(row.provincienaam)
        ev[code] = province_rate[province]
        vans[code] = van_rate[province]
        if code in own.registered:
            count, year = own.registered[code]
            growth = province_evs(province, settings.year, settings.scenario, table, settings.interpolation) / (
                province_evs(province, year, settings.scenario, table, settings.interpolation)
            )
            ev[code] = count * growth / max(float(row.huishoudens), 1.0)
            registered.add(code)
        share[code] = default_private_share(code, getattr(row, "stedelijkheid", None), settings, own)
    return Rates(ev=ev, vans=vans, share=share, registered=registered)


def default_private_share(code: str, urbanity, settings: PrognosisSettings, own: MunicipalityInputs) -> float:
    """The gemeente's own share, else the share of its stedelijkheid class, else the single share."""
    if code in own.private_share:
        return float(own.private_share[code])
    if settings.share_mode == SHARE_BY_URBANITY and urbanity is not None and not pd.isna(urbanity):
        return float(settings.share_by_urbanity.get(int(urbanity), settings.private_share))
    return float(settings.private_share)


def evs_per_household(
    municipalities: pd.DataFrame,
    settings: PrognosisSettings,
    table: dict[tuple[str, str], dict[int, float]] = PLAN_PROGNOSIS,
) -> dict[str, float]:
    """Per province: EVs / households of all its municipalities (the rate the spread by households gives)."""
    rates = {}
    for province, households in municipalities.groupby("provincienaam")["huishoudens"].sum().items():
        rates[str(province)] = province_evs(
            str(province), settings.year, settings.scenario, table, settings.interpolation
        ) / float(households)
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


def needed_points(ev: np.ndarray, private_share: np.ndarray, settings: PrognosisSettings) -> dict[str, np.ndarray]:
    """Fractional need per area: total (semi)public, and its public and semi-public parts."""
    ev = np.asarray(ev, float)
    share = np.asarray(private_share, float)
    if settings.base == BASE_ALL:
        needed = ev / settings.evs_per_point
        public = ev * (1.0 - share) / settings.evs_per_point
        semi = ev * share / settings.evs_per_point
    else:
        needed = ev * (1.0 - share) / settings.evs_per_point
        public = needed
        semi = np.zeros_like(needed)
    return {"laadpunten_nodig": needed, "nodig_publiek": public, "nodig_semipubliek": semi}


def needed_and_gap(
    ev: np.ndarray,
    private_share: np.ndarray,
    existing: np.ndarray,
    evs_per_point: float | PrognosisSettings = EVS_PER_PUBLIC_POINT,
    vans: np.ndarray | None = None,
) -> pd.DataFrame:
    """The arithmetic per area (all arrays of equal length); the gap stays fractional."""
    settings = (
        evs_per_point
        if isinstance(evs_per_point, PrognosisSettings)
        else PrognosisSettings(evs_per_point=float(evs_per_point))
    )
    ev = np.asarray(ev, float)
    share = np.asarray(private_share, float)
    ev_public = ev * (1.0 - share)
    need = needed_points(ev, share, settings)
    existing = np.asarray(existing, float)
    gap = np.round(need["laadpunten_nodig"] - existing, 9).clip(min=0)
    base = ev if settings.base == BASE_ALL else ev_public
    with np.errstate(divide="ignore", invalid="ignore"):
        per_point = np.where(existing > 0, base / np.maximum(existing, 1e-300), np.nan)
    above = np.where(existing > 0, per_point > settings.evs_per_point, base > 0)
    vans = np.zeros_like(ev) if vans is None else np.asarray(vans, float)
    fast = ev / settings.evs_per_fast_point
    van_points = vans * settings.van_semi_public_share / settings.evs_per_point
    grid = grid_demand(need["laadpunten_nodig"] + van_points, fast, settings)
    return pd.DataFrame(
        {
            "ev_prognose": ev,
            "aandeel_prive": share,
            "ev_publiek": ev_public,
            "laadpunten_nodig": need["laadpunten_nodig"],
            "nodig_publiek": need["nodig_publiek"],
            "nodig_semipubliek": need["nodig_semipubliek"],
            "laadpunten_bestaand": existing,
            "tekort": gap,
            "ev_per_laadpunt": per_point,
            "doel_ev_per_laadpunt": settings.evs_per_point,
            "boven_doel": above.astype(bool),
            "nodig_snel": fast,
            "bestel_ev": vans,
            "nodig_bestel": van_points,
            "piek_kw": grid["piek_kw"],
            "mwh_jaar": grid["mwh_jaar"],
        }
    )


def grid_demand(regular_points, fast_points, settings: PrognosisSettings) -> dict[str, np.ndarray]:
    """Peak kW (installed power x simultaneity) and MWh per year (power x 8,760 h x load factor)."""
    regular = np.asarray(regular_points, float) * settings.point_power_kw
    fast = np.asarray(fast_points, float) * settings.fast_power_kw
    return {
        "piek_kw": (regular + fast) * settings.simultaneity,
        "mwh_jaar": (regular + fast) * 8760.0 * settings.load_factor / 1000.0,
    }


def method_line(settings: PrognosisSettings, registered: int = 0) -> str:
    """One sentence naming the method, for logs, the demo and the output metadata."""
    base = (
        tr("all electric cars (plan RAL Zuid §2.3)")
        if settings.base == BASE_ALL
        else tr("electric cars without private charging")
    )
    if settings.share_mode == SHARE_BY_URBANITY:
        share = tr("private-charging share by CBS stedelijkheid {table} (assumption)").format(
            table="/".join(_number(settings.share_by_urbanity[k]) for k in sorted(settings.share_by_urbanity))
        )
    else:
        share = tr("private-charging share {share}").format(share=_number(settings.private_share))
    curve = (
        tr("geometric growth between the plan years")
        if settings.interpolation == GEOMETRIC
        else tr("linear interpolation between the plan years")
    )
    text = tr(
        "Method: 1 (semi-)public charge point per {n} electric cars over {base}; {share} splits public and "
        "semi-public; {curve}; counts are an indication, not exact targets (plan §3.2)."
    ).format(n=_number(settings.evs_per_point), base=base, share=share, curve=curve)
    if registered:
        text += " " + tr("{count} gemeente(n) start from their registered electric cars.").format(count=registered)
    return text


def _number(value: float) -> str:
    """``{:g}`` in the report language's notation: 0.3 in English, 0,3 in Dutch."""
    text = "{:g}".format(value)
    return text.replace(".", ",") if language() == "nl" else text


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
    others: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """500 m cells with at least ``min_households`` households and no public charging location.

    ``others`` (columns x, y, toegang, laadpunten): the points that do not count as public; their
    laadpunten per listed cell are shown as ``semipublieke_laadpunten`` and ``onbekende_laadpunten``.
    """
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
    for position, (kind, column) in enumerate(
        (("semipubliek", "semipublieke_laadpunten"), ("onbekend", "onbekende_laadpunten"))
    ):
        counts = np.zeros(len(cells))
        if others is not None and len(others) and len(cells):
            chosen = others[others["toegang"] == kind]
            ox, oy = cells_of_points(chosen["x"].to_numpy(float), chosen["y"].to_numpy(float), size)
            summed = (
                pd.DataFrame({"cx": ox, "cy": oy, "n": chosen["laadpunten"].to_numpy(float)})
                .groupby(["cx", "cy"])["n"]
                .sum()
            )
            lookup = summed.to_dict()
            counts = np.array([lookup.get((cx, cy), 0.0) for cx, cy in zip(uncovered["cx"], uncovered["cy"])])
        cells.insert(3 + position, column, counts)
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
