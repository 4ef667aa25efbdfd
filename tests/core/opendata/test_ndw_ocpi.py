"""NDW's OCPI charging-point feed: gzip file or OCPI paging, access and EVSE counts, duplicates merged."""

from __future__ import annotations

import json
import math

import pytest

from ral_zuid_plugin.core.opendata import ndw
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import fetch_charging_points
from ral_zuid_plugin.core.pressure.existing import user_public_points
from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from tests.opendata_fakes import LOCATIONS, FakeOcpiService, FakeTransport, OfflineTransport


@pytest.fixture(scope="module")
def eindhoven():
    return load_region_municipalities("GM0772")


def test_the_gzip_file_and_the_ocpi_pages_give_the_same_locations():
    gz = ndw.fetch_locations(FakeTransport(FakeOcpiService("http://ndw.test", LOCATIONS)), "http://ndw.test/f.json.gz",
                             label="NDW")  # fmt: skip
    assert gz.pages == 1 and len(gz.features) == 7
    paged_service = FakeOcpiService("http://ndw.test", LOCATIONS, mode="paged", page_size=3)
    paged = ndw.fetch_locations(FakeTransport(paged_service), "http://ndw.test/ocpi/2.2.1/locations", label="NDW")
    # 7 locations, 3 per page: 3 pages, followed by the Link header; X-Total-Count 7 checked
    assert paged.pages == 3 and paged.number_matched == 7
    assert [x["id"] for x in paged.features] == [x["id"] for x in gz.features]
    assert "offset=3" in paged_service.requests[1] and "offset=6" in paged_service.requests[2]


def test_an_ocpi_error_status_is_reported():
    service = FakeOcpiService("http://ndw.test", LOCATIONS)
    body = json.dumps({"data": None, "status_code": 2001, "status_message": "Invalid or missing parameters"})
    service.faults.append(("status", 200, {}, body.encode()))
    with pytest.raises(FetchError, match="status 2001: Invalid or missing parameters"):
        ndw.fetch_locations(FakeTransport(service), "http://ndw.test/x", label="NDW")


def test_connector_power_from_watts_or_volts_and_amperes():
    assert ndw.connector_kw({"max_electric_power": 150000}) == 150.0
    # OCPI gives the line-to-neutral voltage for AC_3_PHASE: 3 x 230 V x 16 A = 11,040 W
    assert ndw.connector_kw({"power_type": "AC_3_PHASE", "max_voltage": 230, "max_amperage": 16}) == pytest.approx(
        11.04
    )
    assert ndw.connector_kw({"power_type": "AC_1_PHASE", "max_voltage": 230, "max_amperage": 32}) == pytest.approx(7.36)
    assert ndw.connector_kw({}) is None


def test_locations_of_the_gemeente_with_access_counts_and_duplicates_merged(eindhoven):
    frame, left_out = ndw.locations_frame(LOCATIONS, eindhoven, "2026-11-29")
    rows = {row.location_id: row for row in frame.itertuples()}
    # by hand: L4 unpublished and L7 without coordinates are left out; L6 lies in Tilburg; L1 and b1c2-uuid are the
    # same site (same coordinates and address) and merge into the 22 kW row
    assert left_out == 2
    assert sorted(rows) == ["NLTSTL2", "NLTSTL5", "b1c2-uuid"]
    merged = rows["b1c2-uuid"]
    assert (merged.laadpunten, merged.max_vermogen_kw, merged.bronrecords) == (2.0, 22.0, 2)
    assert (merged.parking_type, merged.twentyfourseven, merged.toegang) == ("ON_STREET", "true", "publiek")
    garage = rows["NLTSTL2"]
    assert (garage.toegang, garage.snelladen, garage.max_vermogen_kw, garage.laadpunten) == (
        "semipubliek",
        True,
        150.0,
        1,
    )
    unknown = rows["NLTSTL5"]
    assert unknown.toegang == "onbekend" and math.isclose(unknown.max_vermogen_kw, 11.04)
    assert set(frame["bron"]) == {"NDW, landelijke laadpuntdata (DOT-NL OCPI), opgehaald 2026-11-29 (CC0)"}
    assert frame.crs.to_epsg() == 28992


def test_the_layer_is_read_by_the_prognosis_as_existing_points(eindhoven):
    frame, _ = ndw.locations_frame(LOCATIONS, eindhoven, "2026-11-29")
    table = frame.drop(columns="geometry").assign(x=frame.geometry.x, y=frame.geometry.y, fid=range(1, len(frame) + 1))
    points = user_public_points(table, "laadpunten.gpkg", None, 2.0)
    # laadpunten from the field (not the 2-per-location assumption): 2 + 1 + 1; access as derived
    assert sorted(points["laadpunten"]) == [1.0, 1.0, 2.0]
    assert sorted(points["toegang"]) == ["onbekend", "publiek", "semipubliek"]


def test_cached_for_the_gemeente_and_offline_falls_back(tmp_path, eindhoven):
    cache = DownloadCache(tmp_path)
    service = FakeOcpiService("http://ndw.test", LOCATIONS)
    first = fetch_charging_points(FakeTransport(service), cache, eindhoven, SilentProgress(), url="http://ndw.test/f")
    assert not first.from_cache and len(first.frame) == 3
    # the cache keeps only what lies in the gemeente's bounds: L6 (Tilburg) and L7 (no coordinates) are not kept
    assert first.meta.count == 5 and first.meta.licence.startswith("CC0")
    progress = SilentProgress()
    again = fetch_charging_points(OfflineTransport(), cache, eindhoven, progress, max_age_days=0, sleep=lambda s: None)
    assert again.stale and len(again.frame) == 3
    assert any("Using the older download" in w for w in progress.warnings)
    with pytest.raises(FetchError) as raised:
        fetch_charging_points(OfflineTransport(), DownloadCache(tmp_path / "none"), eindhoven, SilentProgress())
    assert raised.value.offline
