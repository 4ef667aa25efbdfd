"""Prognosed pressure worked out by hand for two toy municipalities, and the NAL 500 m rule."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.pressure.prognosed import DemandInput, run_prognosis
from ral_zuid_plugin.core.pressure.prognosis import (
    CARS_AND_VANS,
    PrognosisSettings,
    municipality_prognosis,
    nal_coverage,
    province_evs,
)
from ral_zuid_plugin.core.pressure.prognosis_surfaces import prognosis_surfaces

# Toy province: 1000 electric cars in 2030, split over municipality A (6000 households) and B (4000).
TOY_TABLE = {
    ("Noord-Brabant", "personenautos"): {2020: 0, 2025: 500, 2030: 1000},
    ("Noord-Brabant", "bestelbussen"): {2020: 0, 2025: 0, 2030: 0},
}
A = box(150_000, 380_000, 152_000, 382_000)
B = box(152_000, 380_000, 154_000, 382_000)
TOY = gpd.GeoDataFrame(
    {
        "gemeentecode": ["GM9001", "GM9002"],
        "gemeentenaam": ["A", "B"],
        "provincienaam": ["Noord-Brabant", "Noord-Brabant"],
        "huishoudens": [6000, 4000],
    },
    geometry=[A, B],
    crs="EPSG:28992",
)


def existing_points(spec):
    """spec: list of (x, y, laadpunten)."""
    return pd.DataFrame(spec, columns=["x", "y", "laadpunten"]).astype(float)


def test_plan_numbers_and_spread_by_households():
    # DOMAIN.md: Noord-Brabant 2030 309 500 cars; 2027 interpolated: 85 600 + 2/5 * (309 500 - 85 600) = 175 160
    assert province_evs("Noord-Brabant", 2030, "personenautos") == 309_500
    assert province_evs("Noord-Brabant", 2027, "personenautos") == pytest.approx(175_160)
    # with half the vans: 309 500 + 0.5 * 49 200 = 334 100
    assert province_evs("Noord-Brabant", 2030, CARS_AND_VANS) == pytest.approx(334_100)
    assert province_evs("Limburg", 2025, "personenautos") == 21_400
    # toy: A 1000 * 6000 / 10000 = 600, B 400
    np.testing.assert_allclose(municipality_prognosis(TOY, PrognosisSettings(), TOY_TABLE).to_numpy(), [600.0, 400.0])


def test_eindhoven_2030_from_bundled_municipalities():
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    region = load_region_municipalities()
    evs = municipality_prognosis(region, PrognosisSettings(year=2030))
    # by hand: 309 500 * 126 791 households / 1 200 786 households in Noord-Brabant = 32 680.1
    assert evs[region["gemeentecode"] == "GM0772"].iloc[0] == pytest.approx(32_680.1, abs=0.05)
    # the spread keeps the province totals
    assert evs[region["provincienaam"] == "Limburg"].sum() == pytest.approx(130_200)


def test_two_toy_municipalities_households_to_gap():
    # A: 45 existing laadpunten, B: 50 (locations with several laadpunten each)
    existing = existing_points([(151_000, 381_000, 40), (151_500, 380_500, 5), (153_000, 381_000, 50)])
    result = run_prognosis(None, TOY, existing, PrognosisSettings(private_share=0.5), table=TOY_TABLE)
    areas = result.areas.set_index("gemeentecode")
    # by hand: A 600 EVs, half charge privately -> 300 public -> 300 / 5 = 60 needed, 45 exist -> gap 15
    #          B 400 -> 200 -> 40 needed, 50 exist -> gap 0 (surplus)
    np.testing.assert_allclose(areas["ev_prognose"], [600, 400])
    np.testing.assert_allclose(areas["ev_publiek"], [300, 200])
    np.testing.assert_allclose(areas["laadpunten_nodig"], [60, 40])
    np.testing.assert_allclose(areas["laadpunten_bestaand"], [45, 50])
    assert areas["tekort"].tolist() == [15, 0]
    # EVs per public point: A 300 / 45 = 6.67 above the 1:5 target, B 200 / 50 = 4.0 within it
    np.testing.assert_allclose(areas["ev_per_publiek_laadpunt"], [6.6667, 4.0], atol=1e-4)
    assert areas["boven_doel"].tolist() == [True, False]


def test_buurt_polygons_with_households_and_private_share_field():
    buurten = gpd.GeoDataFrame(
        {
            "fid": [1, 2, 3],
            "buurt": ["A1", "A2", "B1"],
            "hh": [4000, 2000, 4000],
            "prive": [0.6, 0.25, 0.5],
        },
        geometry=[box(150_000, 380_000, 151_000, 382_000), box(151_000, 380_000, 152_000, 382_000), B],
        crs="EPSG:28992",
    )
    existing = existing_points([(150_500, 381_000, 20), (151_500, 381_000, 31), (153_000, 381_000, 38)])
    demand = DemandInput(buurten, "buurten.gpkg", households_field="hh", private_field="prive")
    result = run_prognosis(demand, TOY, existing, PrognosisSettings(), table=TOY_TABLE)
    areas = result.areas.set_index("buurt")
    # rate 1000 EVs / 10 000 households = 0.1: A1 400, A2 200, B1 400 EVs
    # public: 400 * 0.4 = 160, 200 * 0.75 = 150, 400 * 0.5 = 200 -> needed 32, 30, 40
    # existing 20, 31, 38 -> gap 12, 0, 2; EVs per point 8.0, 4.84, 5.26
    np.testing.assert_allclose(areas["ev_prognose"], [400, 200, 400])
    np.testing.assert_allclose(areas["laadpunten_nodig"], [32, 30, 40])
    assert areas["tekort"].tolist() == [12, 0, 2]
    np.testing.assert_allclose(areas["ev_per_publiek_laadpunt"], [8.0, 150 / 31, 200 / 38])
    assert areas["boven_doel"].tolist() == [True, False, True]
    assert areas["gemeentecode"].tolist() == ["GM9001", "GM9001", "GM9002"]
    # the polygons' demand is spread over their area and kept in total
    assert result.samples["laadpunten_nodig"].sum() == pytest.approx(102)
    grid, bands = prognosis_surfaces(result.samples, existing, radius=250.0, cell=25.0)
    needed = next(band for band in bands if band.name == "laadpunten_nodig").values
    assert needed.sum(dtype=np.float64) * grid.cell_area_km2 == pytest.approx(102, rel=1e-5)


def test_private_share_outside_0_1_names_row_and_column():
    buurten = gpd.GeoDataFrame(
        {"fid": [7], "hh": [100], "prive": [60.0]}, geometry=[box(150_000, 380_000, 150_500, 380_500)], crs="EPSG:28992"
    )
    demand = DemandInput(buurten, "buurten.gpkg", households_field="hh", private_field="prive")
    with pytest.raises(InputDataError, match="fraction") as caught:
        run_prognosis(demand, TOY, existing_points([]), PrognosisSettings(), table=TOY_TABLE)
    assert caught.value.row == 7 and caught.value.column == "prive"


def test_nal_rule_lists_cells_with_125_households_and_no_public_point():
    rng = np.random.default_rng(3)
    # cell E1500N3800 (150 000-150 500, 380 000-380 500): 130 addresses, no point -> listed
    # cell E1505N3800: 200 addresses and one public point -> covered
    # cell E1510N3800: 124 addresses, no point -> below the rule
    xs = np.concatenate([rng.uniform(150_000, 150_500, 130), rng.uniform(150_500, 151_000, 200)])
    xs = np.concatenate([xs, rng.uniform(151_000, 151_500, 124)])
    ys = rng.uniform(380_000, 380_500, len(xs))
    cells = nal_coverage(xs, ys, np.ones(len(xs)), np.array([150_700.0]), np.array([380_200.0]))
    assert cells["cel_code"].tolist() == ["E1500N3800"]
    assert cells["huishoudens"].tolist() == [130]
    assert cells.geometry.iloc[0].bounds == (150_000, 380_000, 150_500, 380_500)


def test_address_points_are_grouped_in_500_m_cells():
    # 10 address points in one 500 m cell of A; rate 0.1 -> 1 EV; private 0.5 -> 0.5 public -> 0.1 needed
    points = gpd.GeoDataFrame(
        {"fid": range(1, 11)},
        geometry=gpd.points_from_xy(np.linspace(150_010, 150_490, 10), np.full(10, 380_250)),
        crs="EPSG:28992",
    )
    result = run_prognosis(
        DemandInput(points, "adressen.gpkg"), TOY, existing_points([]), PrognosisSettings(), table=TOY_TABLE
    )
    row = result.areas.iloc[0]
    assert len(result.areas) == 1 and row["cel_code"] == "E1500N3800"
    assert (row["huishoudens"], row["ev_prognose"], row["laadpunten_nodig"], row["tekort"]) == pytest.approx(
        (10, 1.0, 0.1, 1)
    )
    assert result.nal_cells.empty


def test_demand_fields_named_like_result_columns_are_recomputed_not_duplicated():
    cbs = gpd.GeoDataFrame(
        {"fid": [1], "cel_code": ["E1500N3800"], "huishoudens": [500], "tekort": ["?"]},
        geometry=[box(150_000, 380_000, 150_500, 380_500)],
        crs="EPSG:28992",
    )
    demand = DemandInput(cbs, "cbs_500m.gpkg", households_field="huishoudens")
    result = run_prognosis(demand, TOY, existing_points([]), PrognosisSettings(), table=TOY_TABLE)
    # 500 households * 0.1 = 50 cars, half public = 25, / 5 = 5 needed, none exist -> gap 5
    assert list(result.areas.columns).count("huishoudens") == 1
    assert result.areas["tekort"].tolist() == [5] and result.areas["cel_code"].tolist() == ["E1500N3800"]


def test_ev_counts_given_directly_replace_the_plan_prognosis():
    areas = gpd.GeoDataFrame(
        {"fid": [1, 2], "ev": [120.0, 30.0]},
        geometry=[box(150_000, 380_000, 150_500, 380_500), box(152_000, 380_000, 152_500, 380_500)],
        crs="EPSG:28992",
    )
    existing = existing_points([(150_250, 380_250, 4)])
    demand = DemandInput(areas, "ev_per_wijk.gpkg", ev_field="ev")
    result = run_prognosis(demand, TOY, existing, PrognosisSettings(private_share=0.25), table=TOY_TABLE)
    # 120 cars * 0.75 = 90 public -> 18 needed, 4 exist -> gap 14; 30 * 0.75 = 22.5 -> 4.5 needed -> gap 5
    np.testing.assert_allclose(result.areas["ev_prognose"], [120, 30])
    np.testing.assert_allclose(result.areas["laadpunten_nodig"], [18, 4.5])
    assert result.areas["tekort"].tolist() == [14, 5]
    # no households field: the NAL rule sees 0 households and lists nothing
    assert result.nal_cells.empty


def test_existing_points_at_the_grid_edge_do_not_break_the_surfaces():
    from ral_zuid_plugin.core.pressure.grid import grid_for_points

    samples = pd.DataFrame(
        {"x": [150_250.0], "y": [380_250.0], "huishoudens": [10.0], "ev_prognose": [5.0], "ev_publiek": [2.5]}
    ).assign(laadpunten_nodig=0.5)
    grid = grid_for_points(samples["x"].to_numpy(), samples["y"].to_numpy(), 25.0, 500.0)
    # one point 5 m inside the grid's west edge, one near the demand
    existing = existing_points([(grid.x_min + 5, 380_250, 2), (150_300, 380_250, 2)])
    grid2, bands = prognosis_surfaces(samples, existing, radius=500.0, cell=25.0)
    assert grid2 == grid
    gap = bands[0].values
    # at the demand: 0.5 needed, 2 existing within 250 m -> -1.5 (surplus)
    row = int((grid.y_max - 380_250) // 25)
    col = int((150_250 - grid.x_min) // 25)
    assert gap[row, col] == pytest.approx(-1.5)
