"""One dataset for some gemeenten: from the cache when fresh enough, else from the service (and cached), and
from an older cached download when the service cannot be reached."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, TypeVar

import geopandas as gpd
import pandas as pd

from ral_zuid_plugin.core.crs import WGS84
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata import cbs, ndw, rdw, wfs
from ral_zuid_plugin.core.opendata.cache import CacheMeta, DownloadCache, now_iso
from ral_zuid_plugin.core.opendata.features import (
    RD_NEW_URI,
    FetchError,
    FetchResult,
    bbox_parameter,
    fetch_collection,
    items_url,
)
from ral_zuid_plugin.core.progress import Progress, SubProgress
from ral_zuid_plugin.core.submission.transport import Transport

PAGE_LIMIT = 1000
Downloaded = TypeVar("Downloaded")


@dataclass
class Fetched:
    conversion: cbs.Conversion
    meta: CacheMeta
    from_cache: bool
    stale: bool = False
    """Taken from an older download because the service could not be read."""


def is_fresh(cached, max_age_days: float, label: str, progress: Progress) -> bool:
    """Whether the cached download is young enough to use without asking the service (and says so)."""
    if cached is None or max_age_days <= 0 or cached[1].age_days() > max_age_days:
        return False
    progress.info(
        tr("{label}: using the download of {date} from the cache ({count} features).").format(
            label=label, date=cached[1].fetched_date(), count=cached[1].count
        )
    )
    return True


def cache_key(key: str, year: int, codes: list[str]) -> str:
    region = codes[0] if len(codes) == 1 else "regio{}".format(len(codes))
    return "{}_{}_{}".format(key, year, region)


def fetch_dataset(
    transport: Transport,
    cache: DownloadCache,
    key: str,
    year: int,
    municipalities: gpd.GeoDataFrame,
    progress: Progress,
    *,
    service_url: str = "",
    collection: str = "",
    max_age_days: float = 30.0,
    sleep=None,
) -> Fetched:
    """Raises :class:`FetchError` when neither the service nor the cache has it."""
    dataset = cbs.DATASETS[key]
    label = cbs.dataset_label(key)
    codes = sorted(municipalities["gemeentecode"].astype(str))
    entry_key = cache_key(key, year, codes)
    cached = cache.get(entry_key)
    if is_fresh(cached, max_age_days, label, progress):
        return Fetched(_convert(key, cached[0], municipalities, cached[1]), cached[1], True)
    service = service_url or dataset.service(year)
    extra = {"sleep": sleep} if sleep is not None else {}
    bbox = cbs.request_bbox(municipalities)
    if wfs.is_wfs(service):
        url = service
        progress.info(tr("{label}: reading the WFS {url}").format(label=label, url=url))

        def download() -> FetchResult:
            return wfs.fetch_feature_type(
                transport, service, collection or dataset.wfs_type, bbox, label=label, progress=progress,
                **extra,
            )  # fmt: skip
    else:
        url = items_url(
            service,
            collection or dataset.collection(year),
            {"f": "json", "limit": PAGE_LIMIT, "crs": RD_NEW_URI, "bbox": bbox_parameter(bbox), "bbox-crs": RD_NEW_URI},
        )
        progress.info(tr("{label}: reading {url}").format(label=label, url=url))

        def download() -> FetchResult:
            return fetch_collection(transport, url, label=label, progress=progress, **extra)

    result = _fetch_or_cached(download, cached, progress)
    if result is None:
        return Fetched(_convert(key, cached[0], municipalities, cached[1]), cached[1], True, stale=True)
    meta = CacheMeta(
        dataset=key,
        url=result.url or url,
        fetched_at=now_iso(),
        licence=cbs.LICENCE,
        attribution=dataset.attribution(year),
        count=len(result.features),
    )
    cache.put(entry_key, result.features, meta)
    progress.info(
        tr("{label}: {count} features in {pages} page(s) downloaded.").format(
            label=label, count=len(result.features), pages=result.pages
        )
    )
    return Fetched(_convert(key, result.features, municipalities, meta), meta, False)


def _convert(key: str, features, municipalities: gpd.GeoDataFrame, meta: CacheMeta) -> cbs.Conversion:
    fetched = meta.fetched_date()
    if key == cbs.BUURTEN:
        codes = set(municipalities["gemeentecode"].astype(str))
        return cbs.buurten_frame(features, codes, meta.attribution, fetched)
    return cbs.squares_frame(features, municipalities, cbs.DATASETS[key].size, meta.attribution, fetched)


@dataclass
class FetchedPoints:
    frame: gpd.GeoDataFrame
    left_out: int
    meta: CacheMeta
    from_cache: bool
    stale: bool = False


def _wgs84_bounds(municipalities: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = (float(v) for v in municipalities.to_crs(WGS84).total_bounds)
    return minx - 0.001, miny - 0.001, maxx + 0.001, maxy + 0.001


def _in_bounds(location: dict, bounds: tuple[float, float, float, float]) -> bool:
    coordinates = location.get("coordinates") or {}
    try:
        lat, lon = float(coordinates.get("latitude")), float(coordinates.get("longitude"))
    except (TypeError, ValueError):
        return False
    return bounds[0] <= lon <= bounds[2] and bounds[1] <= lat <= bounds[3]


def fetch_charging_points(
    transport: Transport,
    cache: DownloadCache,
    municipalities: gpd.GeoDataFrame,
    progress: Progress,
    *,
    url: str = "",
    max_age_days: float = 30.0,
    sleep=None,
) -> FetchedPoints:
    """NDW's OCPI locations of the chosen gemeenten; the cache keeps those within their bounds."""
    label = tr("NDW charging points (OCPI)")
    codes = sorted(municipalities["gemeentecode"].astype(str))
    entry_key = cache_key("ndw_ocpi", 0, codes)
    cached = cache.get(entry_key)

    def convert(locations, meta: CacheMeta, from_cache: bool, stale: bool = False) -> FetchedPoints:
        frame, left_out = ndw.locations_frame(locations, municipalities, meta.fetched_date())
        return FetchedPoints(frame, left_out, meta, from_cache, stale)

    if is_fresh(cached, max_age_days, label, progress):
        return convert(cached[0], cached[1], True)
    url = url or ndw.NDW_OCPI_URL
    progress.info(tr("{label}: reading {url}").format(label=label, url=url))
    extra = {"sleep": sleep} if sleep is not None else {}
    result = _fetch_or_cached(
        lambda: ndw.fetch_locations(transport, url, label=label, progress=progress, **extra), cached, progress
    )
    if result is None:
        return convert(cached[0], cached[1], True, stale=True)
    bounds = _wgs84_bounds(municipalities)
    nearby = [location for location in result.features if _in_bounds(location, bounds)]
    fetched_at = now_iso()
    meta = CacheMeta(
        dataset="ndw_ocpi",
        url=url,
        fetched_at=fetched_at,
        licence=ndw.LICENCE,
        attribution=ndw.ATTRIBUTION.format(date=fetched_at[:10]),
        count=len(nearby),
    )
    cache.put(entry_key, nearby, meta)
    progress.info(
        tr("{label}: {count} features in {pages} page(s) downloaded.").format(
            label=label, count=len(result.features), pages=result.pages
        )
    )
    return convert(nearby, meta, False)


def _fetch_or_cached(fetch: Callable[[], Downloaded], cached, progress: Progress) -> Downloaded | None:
    """What ``fetch()`` downloads; ``None`` when it failed and the older ``cached`` download stands in (logged)."""
    try:
        return fetch()
    except FetchError as error:
        if cached is None:
            raise
        progress.warning(
            tr("{reason} Using the older download of {date} from the cache instead.").format(
                reason=error.message, date=cached[1].fetched_date()
            )
        )
        return None


@dataclass
class FetchedCounts:
    frame: pd.DataFrame
    meta: CacheMeta
    from_cache: bool
    stale: bool = False
    unreadable: int = 0


def fetch_registered_evs(
    transport: Transport,
    cache: DownloadCache,
    municipalities: gpd.GeoDataFrame,
    progress: Progress,
    *,
    rdw_url: str = "",
    pc4_service_url: str = "",
    max_age_days: float = 30.0,
    sleep=None,
) -> FetchedCounts:
    """Registered electric passenger cars per gemeente (RDW by PC4, PC4 areas from CBS via PDOK); cached per
    gemeente set as the finished table."""
    label = tr("RDW registered electric cars")
    codes = sorted(municipalities["gemeentecode"].astype(str))
    entry_key = cache_key("rdw_ev", 0, codes)
    cached = cache.get(entry_key)

    def from_records(records, meta: CacheMeta, stale: bool = False) -> FetchedCounts:
        frame = pd.DataFrame.from_records(records, columns=list(rdw.COLUMNS))
        return FetchedCounts(frame, meta, True, stale)

    if is_fresh(cached, max_age_days, label, progress):
        return from_records(cached[0], cached[1])
    extra = {"sleep": sleep} if sleep is not None else {}
    pc4_url = items_url(
        pc4_service_url or rdw.PC4_SERVICE,
        rdw.PC4_COLLECTION,
        {
            "f": "json",
            "limit": PAGE_LIMIT,
            "crs": RD_NEW_URI,
            "bbox": bbox_parameter(cbs.request_bbox(municipalities)),
            "bbox-crs": RD_NEW_URI,
        },
    )
    pc4_label = tr("CBS postcode4 areas")
    half = SubProgress(progress, 0.0, 40.0)
    progress.info(tr("{label}: reading {url}").format(label=pc4_label, url=pc4_url))

    def download():
        areas = fetch_collection(transport, pc4_url, label=pc4_label, progress=half, **extra)
        mapping = rdw.pc4_by_municipality(areas.features, municipalities)
        if not mapping:
            raise FetchError(
                tr("{label}: no postcode area of the chosen municipalities was found.").format(label=pc4_label)
            )
        urls = rdw.query_urls(rdw_url or rdw.RDW_PC4_URL, list(mapping))
        progress.info(
            tr("{label}: reading {count} postcode areas from {url}").format(
                label=label, count=len(mapping), url=rdw_url or rdw.RDW_PC4_URL
            )
        )
        rows = rdw.fetch_rows(transport, urls, label=label, progress=SubProgress(progress, 40.0, 100.0), **extra)
        return mapping, rows.features

    downloaded = _fetch_or_cached(download, cached, progress)
    if downloaded is None:
        return from_records(cached[0], cached[1], stale=True)
    mapping, rows = downloaded
    fetched_at = now_iso()
    attribution = rdw.ATTRIBUTION.format(date=fetched_at[:10])
    counts = rdw.counts_per_municipality(rows, mapping, municipalities, attribution, fetched_at[:10])
    records = counts.frame.to_dict("records")
    meta = CacheMeta(
        dataset="rdw_ev",
        url=rdw_url or rdw.RDW_PC4_URL,
        fetched_at=fetched_at,
        licence=rdw.LICENCE,
        attribution=attribution,
        count=len(records),
    )
    cache.put(entry_key, records, meta)
    return FetchedCounts(counts.frame, meta, False, unreadable=counts.unreadable)
