"""Paged OGC API - Features reading against a stand-in that answers like PDOK (never the real network)."""

from __future__ import annotations

import json
import math
import urllib.parse

import pytest

from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.opendata.features import RD_NEW_URI, FetchError, fetch_collection, items_url
from ral_zuid_plugin.core.progress import SilentProgress
from tests.opendata_fakes import BUURTEN, FakeFeaturesService, FakeTransport

BASE = "http://pdok.test"
# RD New bounds of Eindhoven (GM0772) rounded outwards, as the algorithm asks for it
BBOX = "152894.000,379007.000,166229.000,389776.000"


def first_url() -> str:
    return items_url(
        BASE + "/cbs/wijken-en-buurten-2024/ogc/v1",
        "buurten",
        {"f": "json", "limit": 1000, "crs": RD_NEW_URI, "bbox": BBOX, "bbox-crs": RD_NEW_URI},
    )


def service(**kwargs) -> FakeFeaturesService:
    return FakeFeaturesService(BASE, {"buurten": list(BUURTEN)}, **kwargs)


class Sleeps:
    def __init__(self) -> None:
        self.total = 0.0

    def __call__(self, seconds: float) -> None:
        self.total += seconds


def test_follows_next_links_over_pages_and_checks_number_matched():
    fake = service(page_size=2)
    progress = SilentProgress()
    result = fetch_collection(FakeTransport(fake), first_url(), label="buurten", progress=progress)
    # 6 buurten, the Tilburg one lies outside the bbox: 5 match; 2 per page -> pages of 2, 2, 1
    assert result.number_matched == 5
    assert len(result.features) == 5
    assert result.pages == 3
    assert [f["id"] for f in result.features] == ["BU07720001", "BU07720002", "BU07720003", "BU07729999", "BU08230001"]
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(fake.requests[0]).query))
    assert query["crs"] == query["bbox-crs"] == "http://www.opengis.net/def/crs/EPSG/0/28992"
    assert query["bbox"] == BBOX
    assert "cursor=2" in fake.requests[1] and "cursor=4" in fake.requests[2]
    assert progress.percent == 100.0


def test_pages_without_number_matched_until_no_next_link():
    fake = service(page_size=4, number_matched=False)
    result = fetch_collection(FakeTransport(fake), first_url(), label="buurten")
    assert result.number_matched is None
    assert len(result.features) == 5 and result.pages == 2  # 4 + 1


def test_429_waits_as_long_as_retry_after_says_then_goes_on():
    problem = json.dumps({"title": "Too Many Requests", "status": 429}).encode()
    fake = service(faults=[("status", 429, {"retry-after": "7"}, problem)])
    sleeps = Sleeps()
    progress = SilentProgress()
    result = fetch_collection(FakeTransport(fake), first_url(), label="buurten", progress=progress, sleep=sleeps)
    assert math.isclose(sleeps.total, 7.0)  # exactly the 7 s the service asked for
    assert result.retries == 1 and len(result.features) == 5
    assert any("HTTP 429" in w and "7 s" in w for w in progress.warnings)


def test_a_retry_after_longer_than_a_minute_is_reported_not_waited():
    fake = service(faults=[("status", 429, {"retry-after": "3600"}, b"")])
    sleeps = Sleeps()
    with pytest.raises(FetchError, match="3600 s"):
        fetch_collection(FakeTransport(fake), first_url(), label="buurten", sleep=sleeps)
    assert sleeps.total == 0.0


def test_a_timeout_is_retried_and_four_in_a_row_mean_offline():
    fake = service(faults=[("timeout",)])
    sleeps = Sleeps()
    result = fetch_collection(FakeTransport(fake), first_url(), label="buurten", sleep=sleeps)
    assert len(result.features) == 5 and result.retries == 1
    assert math.isclose(sleeps.total, 2.0)  # first back-off: 2 s

    fake = service(faults=[("timeout",)] * 4)
    sleeps = Sleeps()
    with pytest.raises(FetchError, match="did not answer in time") as raised:
        fetch_collection(FakeTransport(fake), first_url(), label="buurten", sleep=sleeps)
    assert raised.value.offline
    assert len(fake.requests) == 4  # 1 try + 3 retries
    assert math.isclose(sleeps.total, 2.0 + 4.0 + 8.0)


def test_a_500_is_retried_with_back_off():
    fake = service(faults=[("status", 502, {}, b"<html>Bad gateway</html>")])
    sleeps = Sleeps()
    result = fetch_collection(FakeTransport(fake), first_url(), label="buurten", sleep=sleeps)
    assert len(result.features) == 5 and math.isclose(sleeps.total, 2.0)


@pytest.mark.parametrize(
    "body, reason",
    [
        ({"title": "Bad Request", "status": 400, "detail": "bbox-crs not supported"}, "bbox-crs not supported"),
        ({"code": "InvalidParameterValue", "description": "Invalid bbox"}, "Invalid bbox"),
    ],
)
def test_an_error_answer_gives_the_services_own_reason(body, reason):
    fake = service(faults=[("status", 400, {"content-type": "application/problem+json"}, json.dumps(body).encode())])
    with pytest.raises(FetchError) as raised:
        fetch_collection(FakeTransport(fake), first_url(), label="CBS buurten")
    assert "HTTP 400" in raised.value.message and reason in raised.value.message
    assert raised.value.message.startswith("CBS buurten:")
    assert not raised.value.offline
    assert len(fake.requests) == 1  # a 400 is not retried


def test_coordinates_in_another_crs_than_asked_are_refused():
    with pytest.raises(FetchError, match="CRS84"):
        fetch_collection(FakeTransport(service(wrong_crs=True)), first_url(), label="buurten")


def test_fewer_features_than_number_matched_is_an_incomplete_download():
    fake = service()
    original = fake.answer

    def lying(url):
        status, headers, body = original(url)
        page = json.loads(body)
        page["numberMatched"] = 9
        return status, headers, json.dumps(page).encode()

    fake.answer = lying
    with pytest.raises(FetchError, match="announced 9 features but sent 5"):
        fetch_collection(FakeTransport(fake), first_url(), label="buurten")


def test_a_next_link_pointing_back_stops_instead_of_looping():
    fake = service()
    url = first_url()

    def looping(request_url):
        fake.requests.append(request_url)
        page = {"type": "FeatureCollection", "features": [BUURTEN[0]], "links": [{"rel": "next", "href": url}]}
        return 200, {}, json.dumps(page).encode()

    fake.answer = looping
    with pytest.raises(FetchError, match="same next page"):
        fetch_collection(FakeTransport(fake), url, label="buurten")
    assert len(fake.requests) == 1


def test_cancel_between_pages():
    class CancelAfterFirst(SilentProgress):
        def is_cancelled(self) -> bool:
            return self.percent > 0

    fake = service(page_size=2)
    with pytest.raises(CancelledError):
        fetch_collection(FakeTransport(fake), first_url(), label="buurten", progress=CancelAfterFirst())
    assert len(fake.requests) == 1  # 2 of 5 fetched (40 %), then stopped
