"""Page planning of a plankaart: sheets, map extents and how many table rows fit (hand-worked numbers)."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point, box

from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.planmap.pages import DETAIL, OVERVIEW, fit_extent, plan_pages, table_rows_that_fit


def test_fit_extent_grows_the_short_side_to_the_frame_aspect():
    # Bounds 100 x 50 m, margin 10 %: 120 x 60 m from (-10, -5) to (110, 55).
    # Frame 200 x 200 mm (aspect 1): height grows to 120 m, centred: y from -35 to 85.
    assert fit_extent((0, 0, 100, 50), 200, 200, margin=0.1) == pytest.approx((-10, -35, 110, 85))
    # Frame 300 x 100 (aspect 3): width grows to 180 m, centred on x = 50: -40 .. 140.
    assert fit_extent((0, 0, 100, 50), 300, 100, margin=0.1) == pytest.approx((-40, -5, 140, 55))


def test_fit_extent_of_a_point_is_a_500_m_window():
    # A point at (1000, 2000): 500 x 500 m window, no margin, aspect 1 -> (750, 1750, 1250, 2250).
    assert fit_extent((1000, 2000, 1000, 2000), 100, 100, margin=0.0) == pytest.approx((750, 1750, 1250, 2250))


def test_table_rows_that_fit_by_hand():
    # 6.5 pt = 6.5 x 25.4 / 72 = 2.293 mm; + 2 x 0.8 margin + 0.1 grid = 3.993 mm per row.
    # Frame 68 mm: (68 - 0.1 - 3.993 header) / 3.993 = 16.0 -> 16 rows.
    assert table_rows_that_fit(68, 6.5, 0.8, 0.1) == 16
    # A4: 6 pt = 2.117 mm -> 3.817 mm per row; (33 - 0.1 - 3.817) / 3.817 = 7.6 -> 7 rows.
    assert table_rows_that_fit(33, 6.0, 0.8, 0.1) == 7
    assert table_rows_that_fit(2, 6.0, 0.8, 0.1) == 1


def _locations(points):
    return gpd.GeoDataFrame({"nummer": [str(i) for i in range(len(points))]}, geometry=points, crs="EPSG:28992")


def test_overview_first_then_one_sheet_per_coverage_feature():
    municipality = box(0, 0, 100, 100)
    locations = _locations([Point(10, 10), Point(20, 80), Point(60, 60), Point(90, 90)])
    coverage = gpd.GeoDataFrame(
        {"naam": ["Zuid", None, "Noordoost"]},
        geometry=[box(0, 0, 100, 50), box(0, 50, 50, 100), box(50, 50, 100, 100)],
        crs="EPSG:28992",
    )
    pages = plan_pages("Best", municipality, locations, table_capacity=2, coverage=coverage, name_field="naam")
    assert [page.number for page in pages] == [1, 2, 3, 4]
    assert [page.kind for page in pages] == [OVERVIEW, DETAIL, DETAIL, DETAIL]
    # Zuid holds (10,10); the unnamed west-north sheet (20,80); Noordoost (60,60) and (90,90).
    assert [page.location_count for page in pages] == [4, 1, 1, 2]
    assert pages[0].name == "Overview: municipality of Best"
    assert [page.name for page in pages[1:]] == [
        "Sheet 1 of 3: Zuid",
        "Sheet 2 of 3: Area 2",
        "Sheet 3 of 3: Noordoost",
    ]
    # Capacity 2: the overview (4 locations) gets a note, the sheets (1, 1, 2) do not.
    indication = "Points: an indication, not an exact target (regional plan)."
    assert pages[0].note == indication + " The table lists 2 of the 4 locations on this sheet; see the detail sheets."
    assert [page.note for page in pages[1:]] == [indication] * 3


def test_sheets_sorted_by_name_when_asked():
    coverage = gpd.GeoDataFrame(
        {"naam": ["Woensel", "Gestel", "Strijp"]}, geometry=[box(0, 0, 1, 1)] * 3, crs="EPSG:28992"
    )
    pages = plan_pages(
        "Eindhoven",
        box(0, 0, 1, 1),
        _locations([]),
        table_capacity=5,
        coverage=coverage,
        name_field="naam",
        sort_by_name=True,
    )
    assert [page.name.split(": ")[1] for page in pages[1:]] == ["Gestel", "Strijp", "Woensel"]


def test_empty_coverage_and_empty_geometry_are_clear_errors():
    empty = gpd.GeoDataFrame({"naam": []}, geometry=[], crs="EPSG:28992")
    with pytest.raises(RalZuidError, match="The atlas coverage layer 'wijken' has no features"):
        plan_pages("Best", box(0, 0, 1, 1), _locations([]), table_capacity=5, coverage=empty, coverage_source="wijken")
    broken = gpd.GeoDataFrame({"naam": ["a", "b"]}, geometry=[box(0, 0, 1, 1), None], crs="EPSG:28992")
    with pytest.raises(InputDataError, match="file wijken.gpkg, row 2: the area has no geometry"):
        plan_pages(
            "Best", box(0, 0, 1, 1), _locations([]), table_capacity=5, coverage=broken, coverage_source="wijken.gpkg"
        )
