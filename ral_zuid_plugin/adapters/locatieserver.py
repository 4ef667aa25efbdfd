"""The PDOK Locatieserver client on the QGIS network stack, with its cache in the user's QGIS profile.

``locatieserver_client()`` is what algorithms and the GUI use (the request register's geocoding, the dock panel's
address search box): requests go through ``QgsNetworkAccessManager`` (the user's proxy and certificate settings,
an optional ``authcfg`` from the QGIS authentication database), answers are cached per postcode in
``<profile>/ral_zuid/geocoding/locatieserver.sqlite``.

    client = locatieserver_client()
    address = client.lookup_address("5611 EM", "10")      # Address(x, y in RD New, gemeentecode, ...) or None
    for suggestion in client.suggest("stadhuispl 10"):     # Suggestion(id, weergavenaam, type, score)
        point = client.lookup_id(suggestion.id)
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication

from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.core.geocoding.cache import SqliteAddressCache
from ral_zuid_plugin.core.geocoding.locatieserver import LOCATIESERVER_URL, LocatieserverClient

SUBFOLDER = ("ral_zuid", "geocoding")


def default_geocoding_folder() -> Path:
    """``<profile>/ral_zuid/geocoding`` of the running QGIS (desktop or qgis_process)."""
    return Path(QgsApplication.qgisSettingsDirPath()).joinpath(*SUBFOLDER)


def locatieserver_client(
    *,
    authcfg: str = "",
    offline: bool = False,
    cache_folder: str | Path | None = None,
    base_url: str = "",
    timeout_seconds: float = 15.0,
) -> LocatieserverClient:
    """A client on the QGIS network stack; ``offline`` answers from the cache only."""
    cache = SqliteAddressCache(cache_folder or default_geocoding_folder())
    transport = QgisTransport(authcfg, timeout_seconds=timeout_seconds)
    return LocatieserverClient(transport, cache, base_url=base_url or LOCATIESERVER_URL, offline=offline)
