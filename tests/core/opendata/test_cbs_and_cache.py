"""CBS buurten and squares as prognosis layers; the cache with date and licence; offline behaviour."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import numpy as np
import pytest
from shapely.geometry import Point, shape

from ral_zuid_plugin.core.opendata import cbs
from ral_zuid_plugin.core.opendata.cache import CacheMeta, DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import cache_key, fetch_dataset
from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from tests.opendata_fakes import BUURTEN, SQUARES, FakeFeaturesService, FakeTransport, OfflineTransport

ATTRIBUTION = "CBS / Kadaster, Wijken en buurten 2024, via PDOK (CC BY 4.0)"


@pytest.fixture(scope="module")
def eindhoven():
    return load_region_municipalities("GM0772")


def test_buurten_of_one_gemeente_land_only_secret_values_empty(eindhoven):
    conversion = cbs.buurten_frame(BUURTEN, {"GM0772"}, ATTRIBUTION, "2026-11-29")
    frame = conversion.frame
    # GM0772 has 4 buurten in the list; BU07729999 is water (water = JA); Oirschot and Tilburg are other gemeenten
    assert frame["buurtcode"].tolist() == ["BU07720001", "BU07720002", "BU07720003"]
    # households 1200 + 800 + secret (-99997 -> NULL) = 2000
    assert frame["huishoudens"].tolist()[:2] == [1200.0, 800.0]
    assert math.isnan(frame["huishoudens"].iloc[2])
    assert np.nansum(frame["huishoudens"]) == 2000.0
    assert frame["inwoners"].tolist() == [2500.0, 1700.0, 30.0]
    assert frame["adressendichtheid"].tolist() == [2500.0] * 3 and frame["stedelijkheid"].tolist() == [1.0] * 3
    assert conversion.hidden == 1
    assert set(frame["bron"]) == {ATTRIBUTION} and set(frame["opgehaald"]) == {"2026-11-29"}
    assert frame.crs.to_epsg() == 28992
    assert frame.geometry.iloc[0].area == 400 * 400


def test_snake_case_property_names_are_read_too():
    feature = json.loads(json.dumps(BUURTEN[0]))
    properties = feature["properties"]
    properties["aantal_huishoudens"] = properties.pop("aantalHuishoudens")
    properties["aantal_inwoners"] = properties.pop("aantalInwoners")
    frame = cbs.buurten_frame([feature], {"GM0772"}, ATTRIBUTION, "2026-11-29").frame
    assert frame["huishoudens"].tolist() == [1200.0] and frame["inwoners"].tolist() == [2500.0]


def test_squares_belong_to_the_gemeente_of_their_centre_and_stay_whole(eindhoven):
    conversion = cbs.squares_frame(SQUARES, eindhoven, 500, "CBS", "2026-11-29")
    frame = conversion.frame
    # worked out beforehand with shapely's contains on each square's centre: (155500, 387000), (161250, 383250),
    # (161750, 383250) and (161250, 383750) lie in GM0772; (152750, 389750) lies in Oirschot (GM0823); the Tilburg
    # square far outside
    inside = [
        f["properties"]["crs28992res500m"]
        for f in SQUARES
        if eindhoven.geometry.iloc[0].contains(Point(shape(f["geometry"]).centroid))
    ]
    assert frame["vierkantcode"].tolist() == sorted(inside) == ["E1552N3867", "E1610N3830", "E1610N3835", "E1615N3830"]
    # households 40 + 310 + secret + 125 = 475
    assert np.nansum(frame["huishoudens"]) == 475.0 and conversion.hidden == 1
    assert (frame.geometry.area == 500 * 500).all()  # whole squares, not cut at the boundary
    assert set(frame["gemeentecode"]) == {"GM0772"}


def service() -> FakeFeaturesService:
    return FakeFeaturesService(
        "http://pdok.test", {"buurten": list(BUURTEN), "vierkantstatistieken500m": list(SQUARES)}
    )


def test_fetch_caches_with_date_and_licence_and_reuses_it(tmp_path, eindhoven):
    fake = service()
    cache = DownloadCache(tmp_path)
    first = fetch_dataset(FakeTransport(fake), cache, cbs.BUURTEN, 2024, eindhoven, SilentProgress(),
                          service_url="http://pdok.test/ogc")  # fmt: skip
    assert not first.from_cache and len(first.conversion.frame) == 3
    assert first.meta.licence == "CC BY 4.0" and first.meta.attribution == ATTRIBUTION
    assert first.meta.count == 5  # the 5 features in the bbox, as received
    meta = json.loads((tmp_path / "buurten_2024_GM0772.json").read_text(encoding="utf-8"))
    assert meta["licence"] == "CC BY 4.0" and meta["attribution"] == ATTRIBUTION and meta["count"] == 5
    assert meta["fetched_at"][:10] == datetime.now(timezone.utc).date().isoformat()
    requests = len(fake.requests)
    progress = SilentProgress()
    again = fetch_dataset(FakeTransport(fake), cache, cbs.BUURTEN, 2024, eindhoven, progress,
                          service_url="http://pdok.test/ogc")  # fmt: skip
    assert again.from_cache and len(fake.requests) == requests  # no request at all
    assert again.conversion.frame["buurtcode"].tolist() == first.conversion.frame["buurtcode"].tolist()
    assert any("from the cache" in m for m in progress.messages)


def test_offline_uses_an_older_download_and_says_so(tmp_path, eindhoven):
    cache = DownloadCache(tmp_path)
    meta = CacheMeta("buurten", "http://x", "2026-01-02T03:04:05+00:00", "CC BY 4.0", ATTRIBUTION, 1)
    cache.put(cache_key(cbs.BUURTEN, 2024, ["GM0772"]), [BUURTEN[0]], meta)
    progress = SilentProgress()
    offline = OfflineTransport()
    fetched = fetch_dataset(
        offline, cache, cbs.BUURTEN, 2024, eindhoven, progress, max_age_days=30, sleep=lambda s: None
    )
    assert fetched.stale and fetched.from_cache
    assert offline.calls == 1  # the cached copy is older than 30 days: the service was tried (unknown host: no retry)
    assert fetched.conversion.frame["opgehaald"].tolist() == ["2026-01-02"]
    assert any("Host api.pdok.nl not found" in w and "2026-01-02" in w for w in progress.warnings)


def test_offline_without_cache_is_an_offline_fetch_error(tmp_path, eindhoven):
    with pytest.raises(FetchError, match="could not reach") as raised:
        fetch_dataset(OfflineTransport(), DownloadCache(tmp_path), cbs.SQUARES_500, 2024, eindhoven, SilentProgress(),
                      sleep=lambda s: None)  # fmt: skip
    assert raised.value.offline
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_a_truncated_cache_entry_is_not_taken_for_a_whole_one(tmp_path):
    cache = DownloadCache(tmp_path)
    meta = CacheMeta("buurten", "http://x", "2026-11-29T00:00:00+00:00", "CC BY 4.0", ATTRIBUTION, 2)
    cache.put("k", [BUURTEN[0], BUURTEN[1]], meta)
    assert cache.get("k") is not None
    (tmp_path / "k.geojson").write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    assert cache.get("k") is None


def test_the_attribution_travels_from_the_prognosis_areas_into_proposals_and_the_plankaart_sources():
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import box

    from ral_zuid_plugin.core.planmap.sources import downloaded_sources
    from ral_zuid_plugin.core.pressure.proposals import prognosis_proposals

    areas = gpd.GeoDataFrame(
        {
            "buurtnaam": ["A", "B"],
            "gemeentecode": ["GM0772", "GM0772"],
            "bron": [ATTRIBUTION, ATTRIBUTION],
            "opgehaald": ["2026-11-29", "2026-11-29"],
            "ev_prognose": [100.0, 10.0],
            "laadpunten_nodig": [20.0, 2.0],
            "laadpunten_bestaand": [5.0, 2.0],
            "tekort": [15.0, 0.0],
            "tekort_indicatie": [15, 0],
            "jaar": [2030, 2030],
        },
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)],
        crs=28992,
    )
    proposals = prognosis_proposals(areas)
    # only A has a gap; its proposal carries the data's attribution in gegevensbron, bron stays "prognose"
    assert proposals["gegevensbron"].tolist() == [ATTRIBUTION] and proposals["bron"].tolist() == ["prognose"]
    own_layer = pd.DataFrame({"bron": ["eigen inventarisatie"]})  # a user's bron without opgehaald: not a download
    ndw_layer = pd.DataFrame({"bron": ["NDW, x (CC0)", "NDW, x (CC0)"], "opgehaald": ["2026-11-29"] * 2})
    assert downloaded_sources(proposals, own_layer, ndw_layer, None, areas) == [ATTRIBUTION, "NDW, x (CC0)"]


def test_squares_without_a_polygon_are_counted_and_left_out(eindhoven):
    broken = [dict(SQUARES[0], geometry=None), dict(SQUARES[1], geometry={"type": "Point", "coordinates": [1, 2]})]
    conversion = cbs.squares_frame([*broken, SQUARES[3]], eindhoven, 500, "CBS", "2026-11-29")
    assert conversion.skipped == 2 and conversion.frame["vierkantcode"].tolist() == ["E1552N3867"]
