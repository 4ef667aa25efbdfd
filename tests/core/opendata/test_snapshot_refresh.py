"""Refreshing the bundled charging-point snapshot from an NDW download, and going back to the bundled one."""

from __future__ import annotations

import pytest

from ral_zuid_plugin.core.opendata import ndw, snapshot_refresh
from ral_zuid_plugin.core.opendata.cache import CacheMeta
from ral_zuid_plugin.core.pressure.existing import bundled_public_points
from ral_zuid_plugin.core.reference import charging_locations
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from tests.opendata_fakes import LOCATIONS

ATTRIBUTION = "NDW, landelijke laadpuntdata (DOT-NL OCPI), opgehaald 2026-11-29 (CC0)"


@pytest.fixture()
def snapshot_folder(tmp_path):
    folder = tmp_path / "snapshot"
    previous = charging_locations.snapshot_folder()
    charging_locations.use_snapshot_folder(folder)
    yield folder
    charging_locations.use_snapshot_folder(previous)


@pytest.fixture(scope="module")
def region():
    return load_region_municipalities()


def refreshed_table(region):
    frame, _ = ndw.locations_frame(LOCATIONS, region, "2026-11-29")
    return snapshot_refresh.snapshot_table(frame, region, {"NLTSTL6"})


def meta(count):
    return CacheMeta("ndw_ocpi", "http://ndw.test/feed.json.gz", "2026-11-29T08:00:00+00:00", "CC0", ATTRIBUTION, count)


def test_the_snapshot_rows_by_hand(region):
    # tests/opendata_fakes.py: L1 merged into its 22 kW duplicate b1c2-uuid (2 EVSEs), L2 garage 150 kW, L5 11.04 kW
    # with unknown access, L6 in Tilburg (marked freight here, as the bundled file would); L4 unpublished and L7
    # without coordinates are left out.
    table = refreshed_table(region).set_index("locationId")
    assert sorted(table.index) == ["NLTSTL2", "NLTSTL5", "NLTSTL6", "b1c2-uuid"]
    assert table.loc["b1c2-uuid", ["maxPowerKw", "laadpunten", "toegang", "gemeentenaam", "provincie"]].tolist() == [
        22.0, 2.0, "publiek", "Eindhoven", "Noord-Brabant"]  # fmt: skip
    assert table.loc["NLTSTL5", "maxPowerKw"] == pytest.approx(11.04)  # 3 x 230 V x 16 A
    assert table.loc["NLTSTL2", "toegang"] == "semipubliek" and not table.loc["NLTSTL2", "isMegawatt"]
    assert table.loc["NLTSTL6", ["layer", "gemeentecode", "gemeentenaam"]].tolist() == ["freight", "GM0855", "Tilburg"]
    assert table.loc["NLTSTL2", "lat"] == pytest.approx(51.438, abs=1e-6)
    assert table.loc["NLTSTL2", "lon"] == pytest.approx(5.478, abs=1e-6)


def test_every_algorithm_reads_the_refreshed_snapshot_and_its_date(snapshot_folder, region):
    table = refreshed_table(region)
    snapshot_refresh.write_snapshot(table, snapshot_folder, meta(len(table)))
    assert charging_locations.attribution() == ATTRIBUTION
    loaded = charging_locations.load_public_charging_locations().set_index("location_id")
    assert sorted(loaded.index) == ["NLTSTL2", "NLTSTL5", "NLTSTL6", "b1c2-uuid"]
    assert loaded.loc["NLTSTL2", "snelladen"] and not loaded.loc["b1c2-uuid", "snelladen"]
    # the prognosis's existing points: passenger, not fast -> b1c2-uuid (2) and L5 (1); EVSE counts from the data
    points = bundled_public_points()
    assert sorted(points["laadpunten"].tolist()) == [1.0, 2.0]
    assert set(points["laadpunten_bron"]) == {"veld"}
    assert sorted(points["toegang"]) == ["onbekend", "publiek"]


def test_going_back_and_a_half_written_refresh_both_mean_the_bundled_snapshot(snapshot_folder, region):
    table = refreshed_table(region)
    snapshot_refresh.write_snapshot(table, snapshot_folder, meta(len(table)))
    assert snapshot_refresh.remove_snapshot(snapshot_folder)
    assert len(charging_locations.load_public_charging_locations(deduplicate=False)) == 15379
    assert charging_locations.attribution() == charging_locations.ATTRIBUTION
    table.to_csv(snapshot_folder / charging_locations.SNAPSHOT_FILE, index=False)  # table without its metadata
    assert charging_locations.refreshed_snapshot() is None
    assert len(charging_locations.load_public_charging_locations(deduplicate=False)) == 15379
    assert not snapshot_refresh.remove_snapshot(snapshot_folder / "elsewhere")


def test_the_bundled_file_marks_41_freight_locations():
    assert len(snapshot_refresh.bundled_freight_ids()) == 41  # PROVENANCE.md: layer freight 41
