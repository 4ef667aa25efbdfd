"""Registered electric cars per gemeente: RDW's PC4 counts summed over the gemeente's CBS postcode4 areas."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd
import pytest

from ral_zuid_plugin.core.opendata import rdw
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import fetch_registered_evs
from ral_zuid_plugin.core.pressure.own_numbers import municipality_inputs_from_frame
from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from tests.opendata_fakes import (
    PC4_AREAS,
    RDW_ROWS,
    FakeFeaturesService,
    FakeSocrataService,
    OfflineTransport,
    RoutingTransport,
)

PDOK = "http://pdok.test/pc4"
RDW = "http://rdw.test/resource/8wbe-pu7d.json"


@pytest.fixture(scope="module")
def eindhoven():
    return load_region_municipalities("GM0772")


def services(rdw_faults=None):
    pc4 = FakeFeaturesService(PDOK, {"postcode4": PC4_AREAS}, page_size=2)
    socrata = FakeSocrataService(RDW_ROWS, faults=list(rdw_faults or []))
    return pc4, socrata, RoutingTransport({PDOK: pc4, RDW: socrata})


def fetch(transport, cache, municipalities, **kwargs):
    return fetch_registered_evs(transport, cache, municipalities, SilentProgress(), rdw_url=RDW,
                                pc4_service_url=PDOK, sleep=lambda s: None, **kwargs)  # fmt: skip


def test_each_pc4_belongs_to_the_gemeente_holding_a_point_inside_it(eindhoven):
    # 5611-5613 lie in Eindhoven; 5688 (152500, 389500) lies in Oirschot, which was not asked for.
    assert rdw.pc4_by_municipality(PC4_AREAS, eindhoven) == {"5611": "GM0772", "5612": "GM0772", "5613": "GM0772"}
    both = load_region_municipalities()
    both = both[both["gemeentecode"].isin(["GM0772", "GM0823"])]
    assert rdw.pc4_by_municipality(PC4_AREAS, both)["5688"] == "GM0823"


def test_counts_by_hand(tmp_path, eindhoven):
    # Eindhoven, passenger cars: electric 120 (5611, "E") + 75 (5612, "Elektriciteit") = 195; plug-in hybrid:
    # 30 (5611, petrol, extern oplaadbaar J). The van on 5611 (Bedrijfsauto) and petrol/diesel rows do not
    # count. 5613 has no electric row: 1 of the 3 PC4 areas without an electric count. 5688 (Oirschot) is not asked.
    pc4, socrata, transport = services()
    fetched = fetch(transport, DownloadCache(tmp_path), eindhoven)
    row = fetched.frame.iloc[0].to_dict()
    today = datetime.now(timezone.utc).date()
    assert len(fetched.frame) == 1
    assert row["gemeentecode"] == "GM0772" and row["gemeentenaam"] == "Eindhoven"
    assert (row["ev_geregistreerd"], row["phev_geregistreerd"]) == (195, 30)
    assert (row["pc4_gebieden"], row["pc4_zonder_ev"]) == (3, 1)
    assert row["peiljaar"] == today.year and row["opgehaald"] == today.isoformat()
    assert "RDW" in row["bron"] and "8wbe-pu7d" in row["bron"] and "CBS postcode4" in row["bron"]
    # one SoQL request, for passenger cars on the three Eindhoven codes only
    assert len(socrata.requests) == 1
    assert "postcode+in%285611%2C5612%2C5613%29" in socrata.requests[0]
    assert "PERSONENAUTO" in socrata.requests[0]
    # two PC4 pages of 2 features (the fourth, Oirschot's, is in the bbox too)
    assert len(pc4.requests) == 2


def test_the_table_is_the_prognosis_own_numbers_table(tmp_path, eindhoven):
    _, _, transport = services()
    frame = fetch(transport, DownloadCache(tmp_path), eindhoven).frame
    inputs = municipality_inputs_from_frame(pd.DataFrame(frame), "rdw.csv", {"GM0772"})
    assert inputs.registered["GM0772"] == (195.0, datetime.now(timezone.utc).year)


def test_paging_with_offset_until_a_short_page(tmp_path, eindhoven, monkeypatch):
    # 6 passenger-car rows on Eindhoven's codes; pages of 2: offsets 0, 2, 4 full, then 6 gives an empty page.
    monkeypatch.setattr(rdw, "PAGE_LIMIT", 2)
    _, socrata, transport = services()
    fetched = fetch(transport, DownloadCache(tmp_path), eindhoven)
    assert fetched.frame["ev_geregistreerd"].tolist() == [195]
    assert len(socrata.requests) == 4
    assert socrata.requests[1].endswith("&$offset=2") and socrata.requests[3].endswith("&$offset=6")


def test_a_429_waits_and_a_timeout_retries(tmp_path, eindhoven):
    faults = [("status", 429, {"retry-after": "1"}, b'{"message": "Too many requests"}'), ("timeout",)]
    _, socrata, transport = services(faults)
    fetched = fetch(transport, DownloadCache(tmp_path), eindhoven)
    assert fetched.frame["ev_geregistreerd"].tolist() == [195]
    assert len(socrata.requests) == 3


def test_a_soql_error_is_reported_with_the_service_reason(tmp_path, eindhoven):
    body = {"message": "query.soql.no-such-column: voertuigsoort", "errorCode": "query.soql"}
    faults = [("status", 400, {"content-type": "application/json"}, json.dumps(body).encode())]
    _, _, transport = services(faults)
    with pytest.raises(FetchError, match="HTTP 400.*no-such-column"):
        fetch(transport, DownloadCache(tmp_path), eindhoven)
    assert list(tmp_path.iterdir()) == []  # nothing cached


def test_cached_table_is_reused_and_offline_falls_back_on_it(tmp_path, eindhoven):
    _, socrata, transport = services()
    cache = DownloadCache(tmp_path)
    first = fetch(transport, cache, eindhoven)
    meta = json.loads((tmp_path / "rdw_ev_0_GM0772.json").read_text(encoding="utf-8"))
    assert meta["licence"] == rdw.LICENCE and meta["count"] == 1
    again = fetch(OfflineTransport(), cache, eindhoven)
    assert again.from_cache and not again.stale
    assert again.frame.to_dict("records") == first.frame.to_dict("records")
    stale = fetch(OfflineTransport(), cache, eindhoven, max_age_days=0)
    assert stale.stale and stale.frame["ev_geregistreerd"].tolist() == [195]


def test_offline_without_cache_is_an_offline_error(tmp_path, eindhoven):
    with pytest.raises(FetchError) as raised:
        fetch(OfflineTransport(), DownloadCache(tmp_path), eindhoven)
    assert raised.value.offline


def test_unreadable_rows_are_counted_not_guessed(eindhoven):
    rows = [*RDW_ROWS, {"postcode": "56xx", "voertuigsoort": "Personenauto", "brandstof": "E", "aantal": "9"},
            {"postcode": "5612", "voertuigsoort": "Personenauto", "brandstof": "E", "aantal": "veel"}]  # fmt: skip
    mapping = {"5611": "GM0772", "5612": "GM0772", "5613": "GM0772"}
    counts = rdw.counts_per_municipality(rows, mapping, eindhoven, "bron", "2026-11-29")
    assert counts.unreadable == 2
    assert counts.frame["ev_geregistreerd"].tolist() == [195]


def test_query_urls_batch_the_postcodes():
    codes = ["{:04d}".format(1000 + i) for i in range(rdw.POSTCODES_PER_QUERY + 1)]
    urls = rdw.query_urls(RDW, codes)
    assert len(urls) == 2 and all(len(url) < 8000 for url in urls)
    assert "%281150%29" in urls[1]  # the 151st code alone in the second batch
