"""Prognosed pressure worked out by hand for two toy municipalities, and the NAL 500 m rule.

Default method (plan §2.3): 1 (semi)public laadpunt per 5 electric cars over ALL electric cars; the
private-charging share p splits it into public EV*(1-p)/5 and semi-public EV*p/5."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.pressure.prognosed import DemandInput, run_prognosis
from ral_zuid_plugin.core.pressure.prognosis import (
    BASE_WITHOUT_PRIVATE,
    CARS_AND_VANS,
    LINEAR,
    SHARE_BY_URBANITY,
    MunicipalityInputs,
    PrognosisSettings,
    municipality_prognosis,
    nal_coverage,
    province_evs,
)
from ral_zuid_plugin.core.pressure.prognosis_surfaces import prognosis_surfaces
from tests.translations import report_language

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


def test_plan_numbers_on_a_geometric_growth_curve_and_spread_by_households():
    # Plan table (Noord-Brabant): "Personenvoertuigen 25.000 3.600 85.600 21.400 309.500 130.200"
    # (2020 NB, L; 2025 NB, L; 2030 NB, L).
    assert province_evs("Noord-Brabant", 2030, "personenautos") == 309_500
    # between plan years a constant yearly growth factor g = (309 500 / 85 600) ** (1/5) = 1.293116 (by hand):
    # 2027 = 85 600 * g**2 = 143 135.9; 2028 = 85 600 * g**3 = 185 091.3 (linear would give 219 940)
    assert province_evs("Noord-Brabant", 2027, "personenautos") == pytest.approx(143_135.9, abs=0.1)
    assert province_evs("Noord-Brabant", 2028, "personenautos") == pytest.approx(185_091.3, abs=0.1)
    # linear stays available: 85 600 + 3/5 * (309 500 - 85 600) = 219 940
    assert province_evs("Noord-Brabant", 2028, "personenautos", how=LINEAR) == pytest.approx(219_940)
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
    # by hand: A 600 EVs / 5 = 120 (semi)public needed: public 600 * 0.5 / 5 = 60, semi-public 60;
    #          45 exist -> gap 75. B 400 / 5 = 80 (40 + 40), 50 exist -> gap 30
    np.testing.assert_allclose(areas["ev_prognose"], [600, 400])
    np.testing.assert_allclose(areas["ev_publiek"], [300, 200])
    np.testing.assert_allclose(areas["laadpunten_nodig"], [120, 80])
    np.testing.assert_allclose(areas["nodig_publiek"], [60, 40])
    np.testing.assert_allclose(areas["nodig_semipubliek"], [60, 40])
    np.testing.assert_allclose(areas["laadpunten_bestaand"], [45, 50])
    np.testing.assert_allclose(areas["tekort"], [75, 30])
    assert areas["tekort_indicatie"].tolist() == [75, 30]
    # EVs per existing point: A 600 / 45 = 13.33, B 400 / 50 = 8.0, both above the 1:5 target
    np.testing.assert_allclose(areas["ev_per_laadpunt"], [13.3333, 8.0], atol=1e-4)
    assert areas["boven_doel"].tolist() == [True, True]
    assert "1 (semi-)public charge point per 5 electric cars over all electric cars" in result.method
    # in Dutch the numbers of the method line have a decimal comma: the default shares 0.3 ... 0.7 by stedelijkheid
    from ral_zuid_plugin.core.pressure.prognosis import method_line

    with report_language("nl"):
        dutch = method_line(PrognosisSettings())
    assert "aandeel privaat laden naar CBS-stedelijkheid 0,3/0,4/0,5/0,6/0,7 (aanname)" in dutch
    assert dutch.startswith("Methode: 1 (semi)publiek laadpunt per 5 elektrische auto's")


# One gemeente in a toy province of 10 000 electric cars and 2 000 vans in 2030
TEN_K_TABLE = {
    ("Noord-Brabant", "personenautos"): {2020: 2_500, 2025: 5_000, 2030: 10_000},
    ("Noord-Brabant", "bestelbussen"): {2020: 500, 2025: 1_000, 2030: 2_000},
}
ONE = TOY.iloc[[0]].assign(huishoudens=5_000).reset_index(drop=True)


def test_issue_example_10000_evs_and_600_public_points_need_2000_shortfall_1400():
    # Plan §2.3: "De samenwerkingsregio streeft ernaar om (uiteindelijk) één (semi)publiek laadpunt te hebben per
    # vijf elektrische personenvoertuigen" -- over all electric cars, not only those without private charging.
    # 300 locations of 2 laadpunten = 600 existing public points
    existing = existing_points([(150_000 + 5 * i, 381_000, 2) for i in range(300)])
    result = run_prognosis(None, ONE, existing, PrognosisSettings(), table=TEN_K_TABLE)
    row = result.areas.iloc[0]
    # by hand: 10 000 / 5 = 2 000 needed; 2 000 - 600 = 1 400 short
    assert row["laadpunten_nodig"] == pytest.approx(2_000) and row["laadpunten_bestaand"] == 600
    assert row["tekort"] == pytest.approx(1_400) and row["tekort_indicatie"] == 1_400
    # the old base (only cars without private charging, p = 0.5): 5 000 / 5 = 1 000 -> shortfall 400
    old = run_prognosis(None, ONE, existing, PrognosisSettings(base=BASE_WITHOUT_PRIVATE), table=TEN_K_TABLE)
    assert old.areas.iloc[0]["tekort"] == pytest.approx(400)


def test_types_of_points_and_grid_demand_per_gemeente():
    result = run_prognosis(None, ONE, existing_points([]), PrognosisSettings(), table=TEN_K_TABLE)
    row = result.areas.iloc[0]
    # fast: 10 000 / 650 = 15.38; vans: 2 000 * 0.5 (semi-public, plan §4.2) / 5 = 200
    assert row["nodig_snel"] == pytest.approx(15.3846, abs=1e-4)
    assert row["bestel_ev"] == pytest.approx(2_000) and row["nodig_bestel"] == pytest.approx(200)
    # grid: regular (2 000 + 200) * 11 kW + fast 15.3846 * 50 kW = 24 969.23 kW installed
    # peak * 0.3 simultaneity = 7 490.77 kW; per year * 8 760 h * 0.1 load factor = 21 873.05 MWh
    assert row["piek_kw"] == pytest.approx(7_490.77, abs=0.01)
    assert row["mwh_jaar"] == pytest.approx(21_873.05, abs=0.01)
    summary = result.municipalities.iloc[0]
    assert (summary["nodig_indicatie"], summary["publiek_indicatie"], summary["semipubliek_indicatie"]) == (
        2_000,
        1_000,
        1_000,
    )
    assert (summary["snel_indicatie"], summary["bestel_indicatie"], summary["piek_kw"]) == (15, 200, 7_491)


def test_private_share_by_stedelijkheid_and_the_gemeente_s_own_numbers():
    toy = TOY.assign(stedelijkheid=[1, 5])
    settings = PrognosisSettings(share_mode=SHARE_BY_URBANITY)
    areas = run_prognosis(None, toy, existing_points([]), settings, table=TOY_TABLE).areas.set_index("gemeentecode")
    # class 1 (very urban) 0.3, class 5 (not urban) 0.7: A 600 * 0.7 / 5 = 84 public, B 400 * 0.3 / 5 = 24
    np.testing.assert_allclose(areas["aandeel_prive"], [0.3, 0.7])
    np.testing.assert_allclose(areas["nodig_publiek"], [84, 24])
    np.testing.assert_allclose(areas["laadpunten_nodig"], [120, 80])
    # A gives its own share 0.45 and 1 000 registered electric cars in 2025: grown on the province curve
    # 1 000 * (1 000 / 500) = 2 000 cars in 2030 -> 400 needed, public 2 000 * 0.55 / 5 = 220
    own = MunicipalityInputs(private_share={"GM9001": 0.45}, registered={"GM9001": (1_000.0, 2025)})
    result = run_prognosis(None, toy, existing_points([]), settings, table=TOY_TABLE, own=own)
    a = result.areas.set_index("gemeentecode").loc["GM9001"]
    assert a["ev_prognose"] == pytest.approx(2_000) and a["laadpunten_nodig"] == pytest.approx(400)
    assert a["nodig_publiek"] == pytest.approx(220)
    assert "1 gemeente(n) start from their registered electric cars" in result.method


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
    # rate 1000 EVs / 10 000 households = 0.1: A1 400, A2 200, B1 400 EVs -> needed 80, 40, 80
    # public 400 * 0.4 / 5 = 32, 200 * 0.75 / 5 = 30, 400 * 0.5 / 5 = 40 (the field weighs where public
    # points go); semi-public 48, 10, 40. Existing 20, 31, 38 -> gap 60, 9, 42; EVs per point 20, 6.45, 10.53
    np.testing.assert_allclose(areas["ev_prognose"], [400, 200, 400])
    np.testing.assert_allclose(areas["laadpunten_nodig"], [80, 40, 80])
    np.testing.assert_allclose(areas["nodig_publiek"], [32, 30, 40])
    np.testing.assert_allclose(areas["nodig_semipubliek"], [48, 10, 40])
    np.testing.assert_allclose(areas["tekort"], [60, 9, 42])
    np.testing.assert_allclose(areas["ev_per_laadpunt"], [20.0, 200 / 31, 400 / 38])
    assert areas["boven_doel"].tolist() == [True, True, True]
    assert areas["gemeentecode"].tolist() == ["GM9001", "GM9001", "GM9002"]
    # the polygons' demand is spread over their area and kept in total: 80 + 40 + 80 = 200
    assert result.samples["laadpunten_nodig"].sum() == pytest.approx(200)
    grid, bands = prognosis_surfaces(result.samples, existing, radius=250.0, cell=25.0)
    needed = next(band for band in bands if band.name == "laadpunten_nodig").values
    assert needed.sum(dtype=np.float64) * grid.cell_area_km2 == pytest.approx(200, rel=1e-5)


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
    # 10 address points in one 500 m cell of A; rate 0.1 -> 1 EV -> 1 / 5 = 0.2 needed, kept fractional
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
        (10, 1.0, 0.2, 0.2)
    )
    # the gemeente's rounded gap is round(0.2) = 0: no whole point is indicated (a ceil would have made 1)
    assert row["tekort_indicatie"] == 0
    assert result.nal_cells.empty


def test_demand_fields_named_like_result_columns_are_recomputed_not_duplicated():
    cbs = gpd.GeoDataFrame(
        {"fid": [1], "cel_code": ["E1500N3800"], "huishoudens": [500], "tekort": ["?"]},
        geometry=[box(150_000, 380_000, 150_500, 380_500)],
        crs="EPSG:28992",
    )
    demand = DemandInput(cbs, "cbs_500m.gpkg", households_field="huishoudens")
    result = run_prognosis(demand, TOY, existing_points([]), PrognosisSettings(), table=TOY_TABLE)
    # 500 households * 0.1 = 50 cars / 5 = 10 needed, none exist -> gap 10
    assert list(result.areas.columns).count("huishoudens") == 1
    assert result.areas["tekort"].tolist() == [10] and result.areas["cel_code"].tolist() == ["E1500N3800"]


def test_ev_counts_given_directly_replace_the_plan_prognosis():
    areas = gpd.GeoDataFrame(
        {"fid": [1, 2], "ev": [120.0, 30.0]},
        geometry=[box(150_000, 380_000, 150_500, 380_500), box(152_000, 380_000, 152_500, 380_500)],
        crs="EPSG:28992",
    )
    existing = existing_points([(150_250, 380_250, 4)])
    demand = DemandInput(areas, "ev_per_wijk.gpkg", ev_field="ev")
    result = run_prognosis(demand, TOY, existing, PrognosisSettings(private_share=0.25), table=TOY_TABLE)
    # 120 cars / 5 = 24 needed (public 120 * 0.75 / 5 = 18), 4 exist -> gap 20; 30 / 5 = 6 -> gap 6
    np.testing.assert_allclose(result.areas["ev_prognose"], [120, 30])
    np.testing.assert_allclose(result.areas["laadpunten_nodig"], [24, 6])
    np.testing.assert_allclose(result.areas["nodig_publiek"], [18, 4.5])
    np.testing.assert_allclose(result.areas["tekort"], [20, 6])
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


def test_fractional_cells_summing_to_3_6_give_4_points_by_largest_remainder():
    # Plan §3.2: "Aantallen worden gebruikt als indicatie maar niet als exacte streefgetallen." -- fractional
    # need per cell, whole numbers only where the user reads them, adding up.
    # three cells of one gemeente with 6 electric cars each (given directly): 6 / 5 = 1.2 needed each, none
    # exist -> gaps 1.2 + 1.2 + 1.2 = 3.6 -> 4 points: each cell its whole 1, the one unit left to the first
    # of the equal remainders -> 2, 1, 1 (rounding each cell up would have given 6)
    cells = gpd.GeoDataFrame(
        {"fid": [1, 2, 3], "ev": [6.0, 6.0, 6.0]},
        geometry=[box(150_000 + 500 * i, 380_000, 150_500 + 500 * i, 380_500) for i in range(3)],
        crs="EPSG:28992",
    )
    result = run_prognosis(
        DemandInput(cells, "cellen.gpkg", ev_field="ev"), TOY, existing_points([]), PrognosisSettings(), table=TOY_TABLE
    )
    np.testing.assert_allclose(result.areas["tekort"], [1.2, 1.2, 1.2])
    assert result.areas["tekort_indicatie"].tolist() == [2, 1, 1]
    summary = result.municipalities.set_index("gemeentecode").loc["GM9001"]
    assert summary["tekort_indicatie"] == 4 and summary["nodig_indicatie"] == 4


def test_nal_rule_counts_public_points_only_and_shows_the_others():
    # cell E1500N3800: 130 households, one semi-public location (2 points) -> still listed, shown as semi-public
    # cell E1505N3800: 200 households, one location of unknown access -> listed only when unknown is not public
    points = gpd.GeoDataFrame(
        {"fid": [1, 2], "hh": [130.0, 200.0]},
        geometry=gpd.points_from_xy([150_250.0, 150_750.0], [380_250.0, 380_250.0]),
        crs="EPSG:28992",
    )
    existing = existing_points([(150_100, 380_100, 2), (150_700, 380_100, 3)]).assign(
        toegang=["semipubliek", "onbekend"]
    )
    demand = DemandInput(points, "adressen.gpkg", households_field="hh")
    strict = run_prognosis(demand, TOY, existing, PrognosisSettings(), table=TOY_TABLE, unknown_as_public=False)
    cells = strict.nal_cells.set_index("cel_code")
    assert sorted(cells.index) == ["E1500N3800", "E1505N3800"]
    assert cells.loc["E1500N3800", "semipublieke_laadpunten"] == 2
    assert cells.loc["E1505N3800", "onbekende_laadpunten"] == 3
    lenient = run_prognosis(demand, TOY, existing, PrognosisSettings(), table=TOY_TABLE, unknown_as_public=True)
    assert lenient.nal_cells["cel_code"].tolist() == ["E1500N3800"]
    # both kinds still count against the (semi)public need: 2 + 3 existing
    assert strict.areas["laadpunten_bestaand"].sum() == 5


def test_workbook_for_the_council_and_netbeheerder_has_types_grid_and_sources(tmp_path):
    from openpyxl import load_workbook

    from ral_zuid_plugin.core.pressure.prognosis_workbook import write_prognosis_workbook

    settings = PrognosisSettings()
    result = run_prognosis(None, ONE, existing_points([(150_100, 381_000, 600)]), settings, table=TEN_K_TABLE)
    with report_language("nl"):
        path = write_prognosis_workbook(
            result.municipalities, result.areas, settings, result.method, str(tmp_path / "prognose")
        )
    book = load_workbook(path)
    assert book.sheetnames == ["Per gemeente", "Per gebied", "Methode en aannames"]
    header, row = [list(r) for r in book["Per gemeente"].iter_rows(values_only=True)]
    values = dict(zip(header, row))
    # by hand (10 000 cars, 2 000 vans, 600 existing): 2 000 needed = 1 000 + 1 000, fast 15, vans 200,
    # gap 1 400, peak 7 490.77 -> 7 491 kW, 21 873.05 MWh
    assert values["(Semi)publieke laadpunten nodig (indicatie)"] == 2_000
    assert (values["waarvan publiek (indicatie)"], values["waarvan semipubliek (indicatie)"]) == (1_000, 1_000)
    assert (values["Snellaadpunten (indicatie)"], values["Laadpunten bestelbussen, semipubliek (indicatie)"]) == (
        15,
        200,
    )
    assert values["Tekort (indicatie)"] == 1_400 and values["Piekvermogen (kW)"] == 7_491
    assert values["Energie per jaar (MWh)"] == pytest.approx(21_873.0, abs=0.05)
    sources = {r[0]: r[2] for r in book["Methode en aannames"].iter_rows(min_row=2, values_only=True)}
    assert "één (semi)publiek laadpunt te hebben per vijf" in sources["Doel"]
    assert sources["Gelijktijdigheid avondpiek"] == "aanname"
    values = {r[0]: r[1] for r in book["Methode en aannames"].iter_rows(min_row=2, values_only=True)}
    assert values["Gelijktijdigheid avondpiek"] == "0,3"  # SIMULTANEITY = 0.3 (prognosis.py), decimal comma

    # the same workbook in English: sheet names, headers and method rows hand-written here
    with report_language("en"):
        path = write_prognosis_workbook(
            result.municipalities, result.areas, settings, result.method, str(tmp_path / "prognosis_en")
        )
    book = load_workbook(path)
    assert book.sheetnames == ["Per municipality", "Per area", "Method and assumptions"]
    header, row = [list(r) for r in book["Per municipality"].iter_rows(values_only=True)]
    values = dict(zip(header, row))
    assert values["(Semi-)public charge points needed (indication)"] == 2_000
    assert values["Shortfall (indication)"] == 1_400 and values["Peak power (kW)"] == 7_491
    method = {r[0]: r[1:] for r in book["Method and assumptions"].iter_rows(min_row=1, values_only=True)}
    assert method["Item"] == ("Value", "Source")
    assert method["Simultaneity at the evening peak"] == ("0.3", "assumption")
    assert method["Target"][0] == "1 (semi-)public charge point per 5 electric passenger cars"
    assert "Area" in next(book["Per area"].iter_rows(values_only=True))


def test_method_line_writes_the_urbanity_shares_with_the_readers_decimal_separator():
    # The default shares per CBS stedelijkheid 1-5 are 0.3, 0.4, 0.5, 0.6 and 0.7 (docs/charging-pressure.md).
    # Dutch text has decimal commas ("0,3/0,4/…"); the make demo summary printed "0.3/0.4/…" in Dutch.
    from ral_zuid_plugin.core.i18n import language_override
    from ral_zuid_plugin.core.pressure.prognosis import method_line

    with language_override("nl", lambda text: text):  # English words, Dutch numbers: only the separator is checked
        dutch = method_line(PrognosisSettings())
    english = method_line(PrognosisSettings())
    assert "0,3/0,4/0,5/0,6/0,7" in dutch and "0.3" not in dutch
    assert "0.3/0.4/0.5/0.6/0.7" in english
