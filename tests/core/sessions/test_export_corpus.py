"""Every export layout in tests/data/sessions/exports/ read with no parameters, against hand-worked totals.

The expected values are in manifest.json beside the files, each with the arithmetic ('how'). Where a
file cannot be read without a choice, the reader must stop with the message in 'stop', and following
that message's advice ('advice') must then give the hand-worked totals.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.readers import read_session_file
from ral_zuid_plugin.core.sessions.tabular import TableOptions
from tests.core.sessions.helpers import ns

EXPORTS = Path(__file__).resolve().parents[2] / "data" / "sessions" / "exports"
MANIFEST = json.loads((EXPORTS / "manifest.json").read_text(encoding="utf-8"))["files"]
SALT = bytes(range(32))


def test_the_corpus_has_at_least_fifteen_layouts_and_every_file_is_in_the_manifest():
    files = sorted(p.name for p in EXPORTS.iterdir() if p.name != "manifest.json")
    assert len(files) >= 15
    assert sorted(MANIFEST) == files


def _check(frame, report, expect: dict) -> None:
    assert len(frame) == expect["sessions"]
    assert frame[schema.KWH].sum() == pytest.approx(expect["kwh"], abs=1e-6)
    hours = (frame[schema.END] - frame[schema.START]).sum() / 3.6e12
    assert hours == pytest.approx(expect["connected_hours"], abs=1e-5)
    if "date_order" in expect:
        assert report.date_order == expect["date_order"]
    if "first_start" in expect:
        assert frame[schema.START].iloc[0] == ns(expect["first_start"])
    if "energy_unit" in expect:
        assert report.options.energy_unit == expect["energy_unit"]
    if "header_row" in expect:
        assert report.options.header_row == expect["header_row"]
    if "first_row" in expect:
        assert frame[schema.ROW].iloc[0] == expect["first_row"]
    if "evse_ids" in expect:
        assert list(frame[schema.EVSE_ID].astype(str)) == expect["evse_ids"]
    set_aside = {key: sum(len(p) for p in parts) for key, parts in report.set_aside.items()}
    assert set_aside == expect.get("set_aside", {})


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_export_is_read_right_or_stops_with_advice_that_works(name):
    entry = MANIFEST[name]
    path = str(EXPORTS / name)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)  # the file is closed also when reading stops
        if "stop" in entry:
            with pytest.raises(InputDataError) as info:
                read_session_file(path, SALT, TableOptions())
            assert entry["stop"] in str(info.value)
            assert str(info.value).startswith("file {}, row ".format(name))
        frame, report = read_session_file(path, SALT, TableOptions(**entry.get("advice", {})))
    _check(frame, report, entry["expect"])
