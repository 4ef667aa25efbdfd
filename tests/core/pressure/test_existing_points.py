"""Existing points: public / semi-public / unknown from the data's own fields, and laadpunten per location."""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.pressure.existing import access_summary, bundled_public_points, user_public_points
from ral_zuid_plugin.core.reference.charging_locations import derive_access


def test_access_from_ocpi_osm_and_ocm_fields():
    frame = pd.DataFrame(
        {
            # OCPI parking_type: on the street -> public; garage -> semi-public; lot -> says nothing
            "parking_type": ["ON_STREET", "PARKING_GARAGE", "PARKING_LOT", "ON_STREET", None, None, None],
            # OCPI twentyfourseven false: not 24/7 -> semi-public, even on the street (plan §4.3: public = 24/7)
            "twentyfourseven": [True, True, True, False, None, None, None],
            # OSM access and OCM usage type
            "access": [None, None, None, None, "customers", "yes", None],
            "usage_type_id": [None, None, None, None, None, None, 6],
        }
    )
    assert derive_access(frame).tolist() == [
        "publiek",
        "semipubliek",
        "onbekend",
        "semipubliek",
        "semipubliek",
        "publiek",
        "semipubliek",
    ]


def test_an_explicit_toegang_field_wins_and_no_fields_give_the_default():
    assert derive_access(pd.DataFrame({"Toegang": ["Semipubliek", "publiek"]})).tolist() == ["semipubliek", "publiek"]
    assert derive_access(pd.DataFrame({"naam": ["x"]})).tolist() == ["onbekend"]


def test_the_gemeente_s_own_list_counts_evses_from_the_data_and_is_public_by_default():
    points = pd.DataFrame({"fid": [1, 2, 3], "x": [155_000.0] * 3, "y": [385_000.0] * 3, "EVSES": [4, None, 1]})
    existing = user_public_points(points, "eigen_lijst.gpkg", None, 2.0)
    # 4 and 1 from the EVSE field, the empty one falls back to the assumed 2 per location
    assert existing["laadpunten"].tolist() == [4.0, 2.0, 1.0]
    assert existing["laadpunten_bron"].tolist() == ["veld", "aanname", "veld"]
    assert set(existing["toegang"]) == {"publiek"}
    assert access_summary(existing) == {"publiek": 7.0, "semipubliek": 0.0, "onbekend": 0.0, "uit_data": 5.0}


def test_bundled_ndw_locations_have_unknown_access_and_an_assumed_count():
    existing = bundled_public_points()
    assert set(existing["toegang"]) == {"onbekend"} and set(existing["laadpunten_bron"]) == {"aanname"}
    assert set(existing["laadpunten"]) == {2.0}


def test_own_numbers_table_is_validated_with_file_row_and_column():
    import pytest

    from ral_zuid_plugin.core.errors import InputDataError
    from ral_zuid_plugin.core.pressure.own_numbers import municipality_inputs_from_frame

    known = {"GM0772", "GM0743"}
    table = pd.DataFrame(
        {
            "Gemeentecode": ["GM0772", "743"],
            "aandeel_prive": [0.35, None],
            "ev_geregistreerd": [None, 900],
            "peiljaar": [None, 2024],
        }
    )
    inputs = municipality_inputs_from_frame(table, "eigen.csv", known)
    assert inputs.private_share == {"GM0772": 0.35} and inputs.registered == {"GM0743": (900.0, 2024)}
    bad = table.assign(aandeel_prive=[35, None])
    with pytest.raises(InputDataError, match="fraction") as caught:
        municipality_inputs_from_frame(bad, "eigen.csv", known)
    assert (caught.value.row, caught.value.column, caught.value.path) == (1, "aandeel_prive", "eigen.csv")
    late = table.assign(peiljaar=[None, 2031])
    with pytest.raises(InputDataError, match="2020 to 2030") as caught:
        municipality_inputs_from_frame(late, "eigen.csv", known)
    assert (caught.value.row, caught.value.column) == (2, "peiljaar")
    with pytest.raises(InputDataError, match="GM0999 is not a municipality"):
        municipality_inputs_from_frame(table.assign(Gemeentecode=["GM0999", "743"]), "eigen.csv", known)
