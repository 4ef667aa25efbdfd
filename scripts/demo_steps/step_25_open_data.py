"""Demo step: real CBS households for Eindhoven when a download is cached in the QGIS profile.

The demo never fetches: ``ralzuid:opendata`` run once online (in QGIS or with qgis_process) leaves the download in
the profile, and from then on the demo's prognosis uses it instead of the synthetic households, and says so.
"""

from __future__ import annotations

from ral_zuid_plugin.adapters.opendata_cache import default_profile_cache_folders
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.names import algorithm_name
from ral_zuid_plugin.core.opendata import cbs
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.fetch import cache_key

GEMEENTE = "GM0772"


def run(demo) -> list[str]:
    folders = default_profile_cache_folders()
    for folder in folders:
        lines = _from_cache(demo, DownloadCache(folder))
        if lines:
            return lines
    return [
        tr(
            "no cached CBS download for Eindhoven ({code}) in the QGIS profile ({folder}): the prognosis uses "
            "SYNTHETIC households; run '{algorithm}' once online to use real data"
        ).format(code=GEMEENTE, folder=folders[1], algorithm=algorithm_name("opendata"))
    ]


def _from_cache(demo, cache: DownloadCache) -> list[str]:
    for year in range(2030, 2019, -1):
        for key, output, squares in ((cbs.SQUARES_500, "OUTPUT_SQUARES", 1), (cbs.BUURTEN, "OUTPUT_BUURTEN", 0)):
            entry = cache.get(cache_key(key, year, [GEMEENTE]))
            if entry is None:
                continue
            path = demo.output / "open_data_{}_{}.gpkg".format(key, GEMEENTE)
            result = demo.run(
                "ralzuid:opendata",
                {
                    "GEMEENTECODE": GEMEENTE,
                    "BUURTEN": key == cbs.BUURTEN,
                    "SQUARES": squares,
                    "EDITION": year,
                    "MAX_AGE_DAYS": 1_000_000,  # any cached download: the demo never goes online
                    "CACHE_FOLDER": str(cache.folder),
                    output: str(path),
                },
            )
            label = tr("{attribution} (cached download of {date})").format(
                attribution=entry[1].attribution, date=entry[1].fetched_date()
            )
            demo.results["open_data_demand"] = (result[output], label)
            return [tr("{file}: prognosis demand from {source}").format(file=path.name, source=label)]
    return []
