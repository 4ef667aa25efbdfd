"""Bundled NDW charging locations: duplicates merged, unknown power kept unknown, RD New."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from ral_zuid_plugin.core.reference.charging_locations import (
    NAL_DEFINITION,
    PLAN_DEFINITION,
    charging_locations_file,
    load_public_charging_locations,
)


@pytest.fixture(scope="module")
def source_rows():
    with open(charging_locations_file(), encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_raw_load_keeps_all_15379_rows(source_rows):
    assert len(source_rows) == 15379
    assert len(load_public_charging_locations(deduplicate=False)) == 15379


def test_duplicates_are_merged_by_place_and_address(source_rows):
    # Second method: group the CSV rows in plain Python on (lon, lat in whole 1e-5 degrees, normalised address).
    groups: dict[tuple, list[dict]] = {}
    for row in source_rows:
        key = (round(float(row["lon"]) * 1e5), round(float(row["lat"]) * 1e5), " ".join(row["address"].lower().split()))
        groups.setdefault(key, []).append(row)
    merged = load_public_charging_locations()
    assert len(merged) == len(groups)
    assert merged["bronrecords"].sum() == 15379
    assert (merged["bronrecords"] > 1).sum() == sum(1 for rows in groups.values() if len(rows) > 1)
    # A merged site keeps the highest known power of its rows.
    best = {key: max(float(r["maxPowerKw"]) for r in rows) for key, rows in groups.items()}
    assert sum(1 for power in best.values() if power == 0) == merged["max_vermogen_kw"].isna().sum()


def test_unknown_power_is_never_counted_as_fast_or_slow():
    frame = load_public_charging_locations(deduplicate=False)
    assert frame["max_vermogen_kw"].isna().sum() == 2749  # PROVENANCE.md: 2,749 rows with power 0
    assert not frame.loc[frame["max_vermogen_kw"].isna(), "snelladen"].any()
    assert frame.crs.to_epsg() == 28992
    assert frame.geometry.x.between(0, 300_000).all() and frame.geometry.y.between(300_000, 625_000).all()


def test_fast_charge_definitions_differ_at_the_boundaries():
    power = pd.Series([43.0, 44.0, 49.9, 50.0, None])
    assert list(PLAN_DEFINITION.is_fast(power)) == [False, True, True, True, False]
    assert list(NAL_DEFINITION.is_fast(power)) == [False, False, False, True, False]
