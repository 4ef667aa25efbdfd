"""Shared fixtures for the pure submission tests (no QGIS)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import pytest

from ral_zuid_plugin.core.submission.contact import ContactDetails

DATA = Path(__file__).resolve().parents[2] / "data" / "submission"
CREATED = dt.datetime(2026, 11, 27, 9, 0, 0, tzinfo=dt.timezone.utc)


@pytest.fixture()
def candidates() -> gpd.GeoDataFrame:
    return gpd.read_file(DATA / "kandidaten_gescreend.geojson")


@pytest.fixture()
def contact() -> ContactDetails:
    return ContactDetails(
        "GM0772", "Eindhoven", "J. Jansen", "j.jansen@eindhoven.example.nl", "040-1234567", "Mobiliteit"
    )
