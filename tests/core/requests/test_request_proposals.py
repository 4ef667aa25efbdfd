"""Open requests without a public point nearby as measured demand in the placement proposals (hand-worked)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from ral_zuid_plugin.core.pressure.proposals import SEPARATE, prognosis_proposals, rank_proposals, request_proposals

REQUESTS = pd.DataFrame(
    {
        # r1, r2 open and unserved in the 500 m cell (161000, 383000); r3 served; r4 in use; r5 open in (163000, 384000)
        "x": [161010.0, 161400.0, 162600.0, 162600.0, 163100.0],
        "y": [383010.0, 383400.0, 383100.0, 383100.0, 384100.0],
        "open": [True, True, True, False, True],
        "bediend": [False, False, True, False, False],
        "leeftijd_dagen": [200.0, 100.0, 30.0, float("nan"), 14.0],
        "gemeentecode": ["GM0772"] * 5,
    }
)


def test_one_extra_laadpunt_per_open_request_without_a_point_nearby_per_cell():
    cells = request_proposals(REQUESTS).sort_values("extra_laadpunten", ascending=False).reset_index(drop=True)
    assert cells["extra_laadpunten"].tolist() == [2, 1]
    assert cells["bron"].tolist() == ["aanvragen", "aanvragen"]
    # the cell of r1 and r2: lower-left (161000, 383000); score = weeks the oldest (200 days) waited
    assert cells.geometry.iloc[0].bounds == (161000.0, 383000.0, 161500.0, 383500.0)
    assert cells["score"].iloc[0] == 200.0 / 7.0
    assert "2 open request(s)" in cells["reden"].iloc[0] and "200 days" in cells["reden"].iloc[0]


def test_open_requests_rank_before_a_larger_prognosed_gap():
    areas = gpd.GeoDataFrame(
        {"tekort": [5.0], "tekort_indicatie": [5], "ev_publiek": [40.0], "laadpunten_nodig": [8.0],
         "laadpunten_bestaand": [3.0], "gemeentecode": ["GM0772"], "buurtnaam": ["Buurt"]},
        geometry=[box(150000, 380000, 151000, 381000)], crs="EPSG:28992",
    )  # fmt: skip
    ranked = rank_proposals(request_proposals(REQUESTS), prognosis_proposals(areas))
    # measured demand first (2, then 1 request), then the prognosis with 5 extra laadpunten
    assert list(zip(ranked["rang"], ranked["bron"], ranked["extra_laadpunten"])) == [
        (1, "aanvragen", 2), (2, "aanvragen", 1), (3, "prognose", 5)]  # fmt: skip
    separate = rank_proposals(request_proposals(REQUESTS), prognosis_proposals(areas), ranking=SEPARATE)
    assert separate["rang"].tolist() == [1, 2, 1]
    assert separate["lijst"].iloc[0] == "separate list: open requests"


def test_no_open_unserved_request_proposes_nothing():
    served = REQUESTS.assign(bediend=True)
    assert request_proposals(served).empty
