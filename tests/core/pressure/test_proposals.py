"""Ranked proposal areas (rang, extra_laadpunten, reden, bron), ordered by hand."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from ral_zuid_plugin.core.pressure.proposals import SEPARATE, measured_proposals, prognosis_proposals, rank_proposals


def session_points():
    # cell E1500N3800: three laadpunten, peak above threshold in 6, 5 and 2 of 12 weeks -> 2 count (>= 4 weeks)
    # cell E1520N3810: one laadpunt with 10 of 12 weeks -> 1
    return pd.DataFrame(
        {
            "fid": [1, 2, 3, 4],
            "x": [150_100.0, 150_200.0, 150_300.0, 152_100.0],
            "y": [380_100.0, 380_100.0, 380_100.0, 381_100.0],
            "weken_piek_boven_drempel": [6, 5, 2, 10],
            "weken_met_data": [12, 12, 12, 12],
            "gemeentecode": ["GM0772"] * 4,
        }
    )


def prognosis_areas():
    return gpd.GeoDataFrame(
        {
            "buurtnaam": ["A1", "A2", "B1"],
            "gemeentecode": ["GM9001", "GM9001", "GM9002"],
            "ev_publiek": [160.0, 150.0, 200.0],
            "laadpunten_nodig": [32.0, 30.0, 40.0],
            "laadpunten_bestaand": [20.0, 31.0, 38.0],
            "tekort": [12, 0, 2],
            "ev_per_publiek_laadpunt": [8.0, 4.84, 5.26],
            "doel_ev_per_laadpunt": [5.0] * 3,
            "jaar": [2030] * 3,
        },
        geometry=[box(0, 0, 1, 1)] * 3,
        crs="EPSG:28992",
    )


def test_measured_cells_count_laadpunten_above_threshold_in_enough_weeks():
    cells = measured_proposals(session_points(), "sessies.gpkg", min_weeks=4)
    assert dict(zip(cells["gebied"], cells["extra_laadpunten"])) == {"E1500N3800": 2, "E1520N3810": 1}
    assert set(cells["bron"]) == {"gemeten"}
    assert "2 charge point(s)" in cells.set_index("gebied").loc["E1500N3800", "reden"]
    assert "6 of 12 weeks" in cells.set_index("gebied").loc["E1500N3800", "reden"]


def test_without_weeks_field_the_peak_threshold_is_used():
    points = session_points().drop(columns=["weken_piek_boven_drempel"]).assign(piekbezetting_pct=[85, 79, 90, 50])
    cells = measured_proposals(points, "sessies.gpkg", threshold_pct=80)
    assert cells["extra_laadpunten"].tolist() == [2]


def test_measured_shortage_is_ranked_before_the_prognosis():
    # Plan §3.2: "Sturen op laadzekerheid. [...] Dat kan door (1) de laaddruk actief te monitoren of (2) het
    # proactief plaatsen van laadinfrastructuur op basis van prognoses." -- measured pressure (1) first.
    ranked = rank_proposals(measured_proposals(session_points(), "s"), prognosis_proposals(prognosis_areas()))
    # by hand: measured first (laadzekerheid today): E1500N3800 +2, E1520N3810 +1; then prognosis A1 +12, B1 +2
    assert ranked["gebied"].tolist() == ["E1500N3800", "E1520N3810", "A1", "B1"]
    assert ranked["rang"].tolist() == [1, 2, 3, 4]
    assert ranked["extra_laadpunten"].tolist() == [2, 1, 12, 2]
    assert ranked["bron"].tolist() == ["gemeten", "gemeten", "prognose", "prognose"]
    assert set(ranked["lijst"]) == {"one list: measured shortage first, then prognosis"}
    reason = ranked["reden"].iloc[2]
    assert "need 32.0 (semi-)public charge points" in reason and "20 exist" in reason and "indication 12" in reason
    assert list(ranked.columns[:4]) == ["rang", "extra_laadpunten", "reden", "bron"]


def test_separate_lists_rank_each_source_from_1():
    ranked = rank_proposals(
        measured_proposals(session_points(), "s"), prognosis_proposals(prognosis_areas()), ranking=SEPARATE
    )
    assert list(zip(ranked["bron"], ranked["rang"], ranked["gebied"])) == [
        ("gemeten", 1, "E1500N3800"),
        ("gemeten", 2, "E1520N3810"),
        ("prognose", 1, "A1"),
        ("prognose", 2, "B1"),
    ]


def test_fractional_gaps_are_proposed_by_largest_remainder_per_gemeente():
    # GM9001: 1.2 + 1.2 + 1.2 = 3.6 -> 4 -> 2, 1, 1 (not 2 + 2 + 2 from rounding each up); GM9002 0.4 -> 0
    areas = prognosis_areas().assign(tekort=[1.2, 1.2, 0.4])
    areas = pd.concat([areas, areas.iloc[[0]].assign(buurtnaam="A3")], ignore_index=True)
    proposals = prognosis_proposals(gpd.GeoDataFrame(areas, geometry="geometry", crs="EPSG:28992"))
    assert dict(zip(proposals["gebied"], proposals["extra_laadpunten"])) == {"A1": 2, "A2": 1, "A3": 1}


def test_nothing_to_propose_gives_an_empty_layer_with_the_contract_fields():
    ranked = rank_proposals(prognosis_proposals(prognosis_areas().assign(tekort=0)))
    assert ranked.empty and {"rang", "extra_laadpunten", "reden", "bron"} <= set(ranked.columns)
