"""The Locatieserver client over real HTTP on 127.0.0.1 through QGIS's network stack (QgsNetworkAccessManager),
against the stand-in that answers like PDOK's documentation. Never a real network call."""

from __future__ import annotations

import time

import pytest

from ral_zuid_plugin.adapters.locatieserver import locatieserver_client
from tests.http_fakes import serve
from tests.locatieserver_fakes import FakeLocatieserver


@pytest.fixture()
def locatieserver():
    with serve(lambda base: FakeLocatieserver(base + "/bzk/locatieserver/search/v3_1")) as (base, service):
        yield base + "/bzk/locatieserver/search/v3_1", service


def test_lookup_and_suggest_through_the_qgis_network_stack(locatieserver, tmp_path):
    base, service = locatieserver
    client = locatieserver_client(base_url=base, cache_folder=tmp_path)
    address = client.lookup_address("5611 EM", "10")
    # fakes ADDRESSES: Stadhuisplein 10, 5611EM at POINT(161750.125 383250.5) in gemeente 0772
    assert (address.x, address.y, address.gemeentecode) == (161750.125, 383250.5, "GM0772")
    assert [s.weergavenaam for s in client.suggest("kruisstraat 3")] == [
        "Kruisstraat 3-2, 5612AB Eindhoven",
        "Kruisstraat 3-1, 5612AB Eindhoven",
    ]
    assert (tmp_path / "locatieserver.sqlite").is_file()
    offline = locatieserver_client(base_url=base, cache_folder=tmp_path, offline=True)
    calls = len(service.requests)
    assert offline.lookup_address("5611EM", "12").x == 161760.0  # from the profile cache, no call
    assert len(service.requests) == calls


def test_a_429_and_a_timeout_over_http(locatieserver, tmp_path):
    base, service = locatieserver
    service.faults.append(("status", 429, {"Retry-After": "1", "content-type": "application/json"}, b"{}"))
    service.faults.append(("timeout",))
    client = locatieserver_client(base_url=base, cache_folder=tmp_path, timeout_seconds=1)
    started = time.monotonic()
    result = client.locate_many([("5612AB", "3-2"), ("5611EM", "12")])
    # 429 -> wait 1 s, retry -> no answer within 1 s -> back off 2 s, retry -> answers; then 5611EM
    assert result.found[("5612AB", "3-2")].x == 162100.0 and result.found[("5611EM", "12")].x == 161760.0
    assert len(service.requests) == 4
    assert time.monotonic() - started < 10


def test_a_closed_port_leaves_the_addresses_unreachable_with_the_reason(tmp_path):
    from tests.qgis.submission.servers import free_port

    client = locatieserver_client(base_url="http://127.0.0.1:{}/v3_1".format(free_port()), cache_folder=tmp_path)
    result = client.locate_many([("5611EM", "10")])
    assert result.unreachable == [("5611EM", "10")] and "PDOK Locatieserver: could not reach" in result.reason
