"""CBS vierkantstatistieken from PDOK's WFS: the feature type from the capabilities, GeoJSON pages in RD New."""

from __future__ import annotations

import pytest

from ral_zuid_plugin.core.opendata import cbs, wfs
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import fetch_dataset
from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from tests.opendata_fakes import SQUARES, FakeWfsService, RoutingTransport

DEFAULT_500 = "https://service.pdok.nl/cbs/vierkantstatistieken500m/2024/wfs/v1_0"
TYPES = ["vierkantstatistieken500m:vierkant_500m"]


@pytest.fixture(scope="module")
def eindhoven():
    return load_region_municipalities("GM0772")


@pytest.fixture()
def pages_of_two(monkeypatch):
    monkeypatch.setattr(wfs, "PAGE_COUNT", 2)


def fetch(service, municipalities, tmp_path, **kwargs):
    transport = RoutingTransport({DEFAULT_500: service})
    return fetch_dataset(transport, DownloadCache(tmp_path), cbs.SQUARES_500, 2024, municipalities, SilentProgress(),
                         sleep=lambda s: None, **kwargs)  # fmt: skip


def test_the_default_is_pdoks_wfs_of_the_edition():
    assert cbs.DATASETS[cbs.SQUARES_500].service(2024) == DEFAULT_500
    assert cbs.DATASETS[cbs.SQUARES_100].service(2023).endswith("/cbs/vierkantstatistieken100m/2023/wfs/v1_0")
    assert wfs.is_wfs(DEFAULT_500) and not wfs.is_wfs("https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1")


def test_squares_over_wfs_paged_by_start_index(tmp_path, eindhoven, pages_of_two):
    # 5 squares lie in Eindhoven's bbox (4 with their centre in Eindhoven, 1 in Oirschot): pages of 2, 2, 1
    service = FakeWfsService(TYPES, SQUARES)
    fetched = fetch(service, eindhoven, tmp_path)
    assert sorted(fetched.conversion.frame["vierkantcode"]) == ["E1552N3867", "E1610N3830", "E1610N3835", "E1615N3830"]
    assert fetched.meta.count == 5
    assert "GetCapabilities" in service.requests[0]
    assert [r.split("startIndex=")[1] for r in service.requests[1:]] == ["0", "2", "4"]
    assert "typeNames=vierkantstatistieken500m%3Avierkant_500m" in service.requests[1]
    assert "outputFormat=application%2Fjson" in service.requests[1]
    # households by hand: 310 + 125 + (secret -> NULL) + 40
    assert fetched.conversion.frame["huishoudens"].sum() == 475
    assert fetched.conversion.hidden == 1


def test_the_feature_type_is_found_whatever_the_edition_calls_it(tmp_path, eindhoven):
    service = FakeWfsService(["cbs:vierkant_500m_2024", "cbs:metadata"], SQUARES)
    fetched = fetch(service, eindhoven, tmp_path)
    assert len(fetched.conversion.frame) == 4
    assert "typeNames=cbs%3Avierkant_500m_2024" in service.requests[1]


def test_no_such_feature_type_names_what_the_service_offers(tmp_path, eindhoven):
    with pytest.raises(FetchError, match="no feature type like 'vierkant'.*it offers: cbs:buurten"):
        fetch(FakeWfsService(["cbs:buurten", "cbs:wijken"], SQUARES), eindhoven, tmp_path)


@pytest.mark.parametrize("status", [200, 400])
def test_an_ows_exception_is_an_error_with_its_text_even_with_http_200(tmp_path, eindhoven, status):
    service = FakeWfsService(TYPES, SQUARES, error_status=status)
    service.type_names = ["vierkantstatistieken500m:vierkant_500m"]
    original = service.answer

    def wrong_srs(url):  # the service refuses the request as MapServer does
        return original(url.replace("EPSG%3A%3A28992", "EPSG%3A%3A4326"))

    service.answer = wrong_srs
    with pytest.raises(FetchError, match="(answered with an error|HTTP 400).*srsName and bbox must be in EPSG::28992"):
        fetch(service, eindhoven, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_number_matched_must_equal_what_arrived(tmp_path, eindhoven, pages_of_two):
    service = FakeWfsService(TYPES, SQUARES, number_matched=True)
    assert fetch(service, eindhoven, tmp_path).meta.count == 5
    repeated = [SQUARES[0], SQUARES[1], SQUARES[0], *SQUARES[2:]]  # unstable paging: one square twice, one lost
    with pytest.raises(FetchError, match="announced 6 features but sent 5"):
        fetch(FakeWfsService(TYPES, repeated, number_matched=True), eindhoven, tmp_path / "b")


def test_a_square_repeated_across_pages_counts_once(tmp_path, eindhoven, pages_of_two):
    repeated = [SQUARES[0], SQUARES[1], SQUARES[0], *SQUARES[2:]]
    fetched = fetch(FakeWfsService(TYPES, repeated), eindhoven, tmp_path)
    assert fetched.meta.count == 5 and len(fetched.conversion.frame) == 4


def test_a_429_waits_then_reads(tmp_path, eindhoven):
    service = FakeWfsService(TYPES, SQUARES, faults=[("status", 429, {"retry-after": "2"}, b"busy")])
    fetched = fetch(service, eindhoven, tmp_path)
    assert len(fetched.conversion.frame) == 4 and len(service.requests) == 3
