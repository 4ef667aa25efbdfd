"""Location rows of the plankaart table and their map categories (expected values worked out by hand)."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point, Polygon, box

from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.planmap.locations import (
    EXISTING,
    FAST,
    PLANNED,
    PROPOSED,
    FieldMapping,
    category_counts,
    category_of,
    inside,
    locations_in_municipality,
    plan_locations,
)
from ral_zuid_plugin.core.progress import SilentProgress


def frame(rows: list[dict]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry=[Point(r.pop("x"), r.pop("y")) for r in rows], crs="EPSG:28992")


@pytest.mark.parametrize(
    ("status", "kind", "expected"),
    [
        ("gepland", "normaal", PLANNED),
        ("Vergund", "", PLANNED),
        ("voorgesteld", "normaal", PROPOSED),
        ("kandidaat", None, PROPOSED),
        ("Bestaand (uitbreiding)", "normaal", EXISTING),
        ("in gebruik", "", EXISTING),
        ("gepland", "snellader", FAST),
        ("bestaand", "DC 150 kW", FAST),
        ("planned", "Fast charging hub", FAST),
        ("", "normaal", None),
        ("onbekend", "normaal", None),
    ],
)
def test_category_fast_wins_then_status_words(status, kind, expected):
    assert category_of(status, kind) == expected


def test_rows_take_the_users_field_names_and_sort_ids_naturally():
    source = frame(
        [
            {
                "code": "L10",
                "straat": "Kerkstraat 1",
                "soort": "normaal",
                "aantal": 2.0,
                "fase": "gepland",
                "vb": "VVB-1",
                "x": 100,
                "y": 100,
            },
            {
                "code": "L2",
                "straat": "Markt",
                "soort": "snellader",
                "aantal": None,
                "fase": "voorgesteld",
                "vb": None,
                "x": 200,
                "y": 200,
            },
            {
                "code": "L1",
                "straat": "Dorpsweg 3",
                "soort": "normaal",
                "aantal": "4",
                "fase": "raar",
                "vb": "",
                "x": 300,
                "y": 300,
            },
        ]
    )
    mapping = FieldMapping(id="code", address="straat", type="soort", points="aantal", status="fase", decree="vb")
    progress = SilentProgress()
    rows = plan_locations(source, mapping, source="plan.gpkg", progress=progress)
    # Natural order: L1, L2, L10 (plain text order would put L10 before L2).
    assert list(rows["nummer"]) == ["L1", "L2", "L10"]
    assert list(rows["adres"]) == ["Dorpsweg 3", "Markt", "Kerkstraat 1"]
    # "4" (text) -> 4, None -> missing, 2.0 -> 2.
    assert [None if v is None or str(v) == "<NA>" else int(v) for v in rows["laadpunten"]] == [4, None, 2]
    # "raar" is no known status -> proposed with a warning; the snellader is fast whatever its status.
    assert list(rows["categorie"]) == [PROPOSED, FAST, PLANNED]
    assert list(rows["verkeersbesluit"]) == ["", "", "VVB-1"]
    assert progress.warnings == ["Status values not recognised, drawn as proposed locations: 'raar'"]
    assert category_counts(rows) == {EXISTING: 0, PLANNED: 1, PROPOSED: 1, FAST: 1}


def test_missing_optional_fields_leave_columns_empty_and_ids_become_row_numbers():
    source = frame([{"status": "gepland", "x": 1, "y": 1}, {"status": "bestaand", "x": 2, "y": 2}])
    mapping = FieldMapping(id=None, address=None, type=None, points=None, status="status", decree=None)
    rows = plan_locations(source, mapping, source="plan.gpkg")
    assert list(rows["nummer"]) == ["1", "2"]
    assert list(rows["adres"]) == ["", ""]
    assert list(rows["categorie"]) == [PLANNED, EXISTING]


@pytest.mark.parametrize("bad", ["-1", "2.5", "twee"])
def test_bad_number_of_points_names_file_row_and_column(bad):
    source = frame(
        [
            {"laadpunten": "2", "status": "gepland", "x": 1, "y": 1},
            {"laadpunten": bad, "status": "gepland", "x": 2, "y": 2},
        ]
    )
    mapping = FieldMapping(id=None, address=None, type=None, points="laadpunten", status="status", decree=None)
    with pytest.raises(InputDataError) as caught:
        plan_locations(source, mapping, source="/data/plan.gpkg")
    assert str(caught.value) == (
        "file plan.gpkg, row 2, column 'laadpunten': the number of charge points '{}' is not a whole number "
        "of 0 or more".format(bad)
    )


def test_missing_field_is_named():
    source = frame([{"status": "gepland", "x": 1, "y": 1}])
    with pytest.raises(InputDataError, match="the field 'id' does not exist"):
        plan_locations(source, FieldMapping(), source="plan.gpkg")


def test_polygon_locations_become_a_point_inside():
    source = gpd.GeoDataFrame(
        {"status": ["gepland"]}, geometry=[Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])], crs="EPSG:28992"
    )
    mapping = FieldMapping(id=None, address=None, type=None, points=None, status="status", decree=None)
    rows = plan_locations(source, mapping, source="vlakken.gpkg")
    point = rows.geometry.iloc[0]
    assert point.geom_type == "Point" and 0 < point.x < 10 and 0 < point.y < 10


def test_only_locations_inside_the_municipality_and_none_inside_is_an_error():
    source = frame(
        [
            {"status": "gepland", "x": 5, "y": 5},
            {"status": "gepland", "x": 10, "y": 3},  # on the edge counts as inside
            {"status": "gepland", "x": 50, "y": 50},
        ]
    )
    mapping = FieldMapping(id=None, address=None, type=None, points=None, status="status", decree=None)
    rows = plan_locations(source, mapping, source="plan.gpkg")
    area = box(0, 0, 10, 10)
    assert len(inside(rows, area)) == 2
    assert list(locations_in_municipality(rows, area, "Best", "plan")["nummer"]) == ["1", "2"]
    with pytest.raises(RalZuidError, match="None of the 3 locations in 'plan' lies inside Waalre"):
        locations_in_municipality(rows, box(100, 100, 110, 110), "Waalre", "plan")
