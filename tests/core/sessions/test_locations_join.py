"""Joining EVSEs to a locations layer (issue 10.4): id forms, the key, the report, and 0 matches."""

from __future__ import annotations

import datetime as dt

import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.sessions.locate import (
    KEY_CHARGEPOINT,
    KEY_EVSE,
    KEY_LOCATION,
    normalise_id,
    station_of,
)
from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, compute_indicators
from ral_zuid_plugin.core.sessions.quality import QualityReport
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from tests.core.sessions.helpers import points_layer, sessions, two_squares

WEST = (100_500.0, 400_500.0)
OOST = (101_500.0, 400_500.0)


@pytest.mark.parametrize(
    "written", ["NL*ABC*E123*1", "NL-ABC-E123-1", "nl*abc*e123*1", "E123*1", "123-1", "0123_1", " 123 * 1 "]
)
def test_common_evse_id_forms_normalise_to_one_key(written):
    # eMI3 country NL + operator ABC dropped, the E of the EVSE part dropped, separators -> '*', zeros dropped
    assert normalise_id(written) == "123*1"


def test_plain_numbers_and_the_station_part():
    assert normalise_id("123") == "123"
    assert normalise_id(50230.0) == "50230"  # a number field read as float
    assert station_of("NL*ABC*E50230*1") == "50230"
    assert station_of("50230") == ""  # no connector part: no station to derive


def _run(rows, layer, key, field="paal"):
    inputs = SessionInputs(
        session_files=[],
        locations_layer=layer,
        locations_id_field=field,
        locations_layer_name="palen.gpkg",
        locations_key=key,
        municipalities=two_squares(),
    )
    settings = IndicatorSettings(
        period_start=dt.date(2024, 7, 2), period_end=dt.date(2024, 7, 2), latest_plausible_date=dt.date(2026, 1, 1)
    )
    return compute_indicators(sessions(rows), inputs, settings, QualityReport(), SilentProgress())


ROWS = [
    {"evse": "NL*ABC*E50230*1", "chargepoint": "NL*ABC*E50230", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00"},
    {"evse": "NL*ABC*E50230*2", "chargepoint": "NL*ABC*E50230", "start": "2024-07-02 08:00", "end": "2024-07-02 12:00"},
    {"evse": "NL*ABC*E50231*1", "chargepoint": "NL*ABC*E50231", "start": "2024-07-02 08:00", "end": "2024-07-02 09:00"},
]


def test_layer_keyed_by_charge_point_number_matches_by_key_and_reports_k_of_n():
    # The layer holds charge point numbers "50230" (West) and "77777": EVSEs *50230*1 and *50230*2 match
    # (normalised charge point id NL*ABC*E50230 -> 50230), *50231*1 does not: matched 2 of 3.
    layer = points_layer({"50230": WEST, "77777": OOST})
    result = _run(ROWS, layer, KEY_CHARGEPOINT)
    check = next(c for c in result.quality.checks if c.key == "locations_join")
    assert check.count == 2
    assert "matched 2 of 3 EVSEs on field 'paal' of palen.gpkg" in check.note
    assert "2 of them after normalising" in check.note
    assert sorted(result.points["evse_id"]) == ["NL*ABC*E50230*1", "NL*ABC*E50230*2"]
    assert set(result.points["gemeentecode"]) == {"GM9001"}
    unlocated = next(c for c in result.quality.checks if c.key == "unlocated")
    assert unlocated.count == 1  # the one session on *50231*1


def test_layer_keyed_by_short_evse_form_matches_on_the_evse_key():
    # "50230-1" and "E50231*1" are the same EVSEs as NL*ABC*E50230*1 and NL*ABC*E50231*1; *50230*2 is missing.
    layer = points_layer({"50230-1": WEST, "E50231*1": OOST})
    result = _run(ROWS, layer, KEY_EVSE)
    located = dict(zip(result.points["evse_id"], result.points["gemeentecode"]))
    assert located == {"NL*ABC*E50230*1": "GM9001", "NL*ABC*E50231*1": "GM9002"}
    check = next(c for c in result.quality.checks if c.key == "locations_join")
    assert check.count == 2 and check.examples == ["NL*ABC*E50230*2"]


def test_zero_matches_stop_with_the_field_the_key_and_examples():
    layer = points_layer({"50230": WEST})
    with pytest.raises(InputDataError) as error:
        _run(ROWS, layer, KEY_EVSE)  # the layer holds charge point numbers, compared as EVSE ids: nothing
    text = str(error.value)
    assert "none of the 3 EVSEs" in text and "'paal'" in text and "palen.gpkg" in text
    assert "NL*ABC*E50230*1" in text and "50230" in text and "LOCATIONS_KEY" in text
    assert "give a locations layer" not in text


def test_location_key_does_not_use_the_station_part_of_the_evse_id():
    # chargepoint ids are full ids here ("LOC-1"); the layer holds "loc_1" -> same after normalising
    rows = [{"evse": "NL*ABC*E1*1", "chargepoint": "LOC-1", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00"}]
    result = _run(rows, points_layer({"loc_1": OOST}), KEY_LOCATION)
    assert list(result.points["gemeentecode"]) == ["GM9002"]
    with pytest.raises(InputDataError):
        _run(rows, points_layer({"1": OOST}), KEY_LOCATION)  # "1" is the station of the EVSE id, not the location


def test_two_layer_ids_with_one_normalised_form_are_not_guessed():
    # "E5-1" and "5-1" both normalise to 5*1: neither is used through normalising; the exact id still joins.
    rows = [
        {"evse": "NL*ABC*E5*1", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00"},
        {"evse": "5-1", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00"},
    ]
    result = _run(rows, points_layer({"E5-1": WEST, "5-1": OOST}), KEY_EVSE)
    assert list(result.points["evse_id"]) == ["5-1"]
