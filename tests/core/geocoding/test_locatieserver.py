"""The Locatieserver client against a stand-in answering like PDOK's documentation (tests/locatieserver_fakes.py).

Expected coordinates are read off the fake's address list by hand (ADDRESSES in the fakes module)."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from ral_zuid_plugin.core.geocoding.addresses import HouseNumber, normalise_postcode, parse_house_number
from ral_zuid_plugin.core.geocoding.cache import MemoryAddressCache, SqliteAddressCache
from ral_zuid_plugin.core.geocoding.locatieserver import LocatieserverClient, locate_key
from ral_zuid_plugin.core.opendata.features import FetchError
from tests.locatieserver_fakes import FakeLocatieserver, FakeLocatieserverTransport
from tests.opendata_fakes import OfflineTransport

BASE = "http://127.0.0.1:9/bzk/locatieserver/search/v3_1"


def client(service=None, cache=None, **kwargs):
    service = service or FakeLocatieserver(BASE)
    slept: list[float] = []
    made = LocatieserverClient(FakeLocatieserverTransport(service), cache, base_url=BASE, sleep=slept.append, **kwargs)
    return made, service, slept


def query(url: str) -> list[tuple[str, str]]:
    return urllib.parse.parse_qsl(urllib.parse.urlparse(url).query)


def test_postcodes_and_house_numbers_as_people_type_them():
    assert normalise_postcode(" 5611 em ") == "5611EM"
    assert normalise_postcode("0611EM") is None  # a Dutch postcode never starts with 0
    assert normalise_postcode("5611E") is None
    assert parse_house_number("12a") == HouseNumber(12, "A", "")
    assert parse_house_number("12 A") == HouseNumber(12, "A", "")
    assert parse_house_number("3-2") == HouseNumber(3, "", "2")
    assert parse_house_number("12A-bis") == HouseNumber(12, "A", "BIS")
    assert parse_house_number(12.0) == HouseNumber(12)
    assert parse_house_number("0") is None
    assert parse_house_number("twaalf") is None


def test_lookup_address_asks_once_per_postcode_with_filters_and_reads_rd_coordinates():
    made, service, _ = client()
    found = made.lookup_address("5611 em", "10")
    # ADDRESSES: Stadhuisplein 10, 5611EM at POINT(161750.125 383250.5), gemeente 0772 -> GM0772
    assert (found.x, found.y, found.gemeentecode, found.huisletter) == (161750.125, 383250.5, "GM0772", "")
    letter = made.lookup_address("5611EM", "10a")
    assert (letter.x, letter.y) == (161752.0, 383251.0)  # 10A has its own point
    assert made.lookup_address("5611EM", "99") is None  # no such number in the postcode
    assert len(service.requests) == 1  # the postcode's addresses were fetched once, then matched locally
    params = query(service.requests[0])
    assert ("fq", "type:adres") in params and ("fq", "postcode:5611EM") in params
    assert ("rows", "100") in params and ("start", "0") in params
    assert urllib.parse.urlparse(service.requests[0]).path.endswith("/v3_1/free")


def test_an_addition_is_matched_and_without_it_the_lowest_addition_stands_in():
    made, _, _ = client()
    assert (made.lookup_address("5612AB", "3-2").x, made.lookup_address("5612AB", "3 2").x) == (162100.0, 162100.0)
    # Kruisstraat 3 has only 3-1 (x 162101) and 3-2 (x 162100): "3" alone takes 3-1
    assert made.lookup_address("5612AB", 3).x == 162101.0


def test_a_postcode_with_more_addresses_than_a_page_is_read_in_pages():
    made, service, _ = client()
    # 5611XX holds numbers 1..150 at x = 161000 + n: 150 addresses = a page of 100 and a page of 50
    assert made.lookup_address("5611XX", 150).x == 161150.0
    assert [dict(query(u))["start"] for u in service.requests] == ["0", "100"]


def test_locate_many_batches_per_postcode_and_lists_what_it_could_not_find():
    made, service, _ = client()
    pairs = [("5611EM", "10"), ("5611 EM", 12.0), ("5612AB", "3-1"), ("5611EM", "77"), ("nonsense", "1"), (None, "")]
    result = made.locate_many(pairs)
    # two distinct valid postcodes -> two calls; 10 and 12 (12.0 from a spreadsheet) found, 3-1 found
    assert result.calls == 2 and len(service.requests) == 2
    assert result.found[locate_key("5611 EM", 12.0)].x == 161760.0
    assert result.found[("5612AB", "3-1")].x == 162101.0
    assert sorted(result.not_found) == [("", ""), ("5611EM", "77"), ("nonsense", "1")]
    assert result.unreachable == []


def test_the_cache_answers_the_second_run_without_calls(tmp_path):
    cache = SqliteAddressCache(tmp_path / "profile")
    first, service, _ = client(cache=cache)
    first.locate_many([("5611EM", "10"), ("5612AB", "3-2")])
    assert len(service.requests) == 2
    again, service2, _ = client(cache=SqliteAddressCache(tmp_path / "profile"))
    result = again.locate_many([("5611EM", "10"), ("5612AB", "3-2")])
    assert (result.calls, result.from_cache, len(service2.requests)) == (0, 2, 0)
    assert result.found[("5612AB", "3-2")].y == 383900.0
    assert (tmp_path / "profile" / "locatieserver.sqlite").is_file()


def test_a_429_waits_as_retry_after_says_then_goes_on():
    service = FakeLocatieserver(BASE)
    service.faults.append(("status", 429, {"retry-after": "2", "content-type": "application/json"}, b"{}"))
    made, service, slept = client(service)
    assert made.lookup_address("5611EM", "12").x == 161760.0
    assert len(service.requests) == 2  # the refused call and the retry
    assert sum(slept) == pytest.approx(2.0)  # Retry-After: 2 seconds, slept in small steps


def test_a_429_asking_to_wait_too_long_is_a_clear_message():
    service = FakeLocatieserver(BASE)
    service.faults.append(("status", 429, {"retry-after": "600"}, b""))
    made, _, _ = client(service)
    with pytest.raises(FetchError, match="busy .HTTP 429. and asks to wait 600 s"):
        made.lookup_address("5611EM", "12")


def test_a_timeout_is_retried_and_repeated_timeouts_leave_addresses_unreachable():
    service = FakeLocatieserver(BASE)
    service.faults.append(("timeout",))
    made, service, slept = client(service)
    assert made.lookup_address("5611EM", "12").x == 161760.0
    assert slept and sum(slept) == pytest.approx(2.0)  # first back-off is 2 s
    service.faults.extend([("timeout",)] * 4)  # every try of the next postcode times out (1 + 3 retries)
    result = made.locate_many([("5612AB", "3-2"), ("5611EM", "10")])
    assert ("5612AB", "3-2") in result.unreachable and "did not answer in time" in result.reason
    # after the service failed, the batch went on offline: 5611EM was cached by the first lookup
    assert result.found[("5611EM", "10")].x == 161750.125


def test_offline_mode_uses_only_the_cache_and_reports_the_rest():
    cache = MemoryAddressCache()
    warm, _, _ = client(cache=cache)
    warm.lookup_address("5611EM", "10")
    made, service, _ = client(cache=cache, offline=True)
    result = made.locate_many([("5611EM", "10"), ("5612AB", "3-2")])
    assert service.requests == []
    assert list(result.found) == [("5611EM", "10")] and result.unreachable == [("5612AB", "3-2")]


def test_no_network_at_all_leaves_every_address_unreachable_with_the_reason():
    made = LocatieserverClient(OfflineTransport(), base_url=BASE, sleep=lambda s: None)
    result = made.locate_many([("5611EM", "10"), ("5612AB", "3-2")])
    assert sorted(result.unreachable) == [("5611EM", "10"), ("5612AB", "3-2")]
    assert "Host api.pdok.nl not found" in result.reason


def test_suggest_and_lookup_by_id_for_a_search_box():
    made, service, _ = client()
    suggestions = made.suggest("stadhuisplein 10", rows=5)
    # Stadhuisplein 10 and 10A contain both words; 12 does not contain "10"
    assert [s.id for s in suggestions] == ["adr-5611em10", "adr-5611em10a"]
    assert ("fq", "type:adres") in query(service.requests[-1]) and ("rows", "5") in query(service.requests[-1])
    point = made.lookup_id(suggestions[1].id)
    assert (point.x, point.y, point.weergavenaam) == (161752.0, 383251.0, "Stadhuisplein 10A, 5611EM Eindhoven")
    assert made.lookup_id("adr-unknown") is None
    assert made.suggest("   ") == []


def test_an_error_answer_names_the_service_and_its_reason():
    service = FakeLocatieserver(BASE)
    body = json.dumps({"title": "unknown query parameter(s): foo", "status": 400}).encode()
    service.faults.append(("status", 400, {"content-type": "application/problem+json"}, body))
    made, _, _ = client(service)
    with pytest.raises(FetchError, match="PDOK Locatieserver: the service answered HTTP 400 .*unknown query parameter"):
        made.locate_many([("5611EM", "10")])
