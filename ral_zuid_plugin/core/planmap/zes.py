"""The ZES layers a plankaart can show (output of ``ralzuid:zeslogistics``): which sites, legend names, source."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import Translate

TOP_WITHOUT_POINTS = 10


def zes_sites_to_draw(sites: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The proposed ZES sites: those with charge points allocated; when none has points, rank 1-10 per zone."""
    if "aantal_laadpunten" in sites.columns:
        proposed = sites[pd.to_numeric(sites["aantal_laadpunten"], errors="coerce").fillna(0) > 0]
        if not proposed.empty:
            return proposed
    if "rang" in sites.columns:
        return sites[pd.to_numeric(sites["rang"], errors="coerce") <= TOP_WITHOUT_POINTS]
    return sites


def zes_sites_label(tr: Translate = tr) -> str:
    return tr("ZES charging sites (proposed)")


def zes_zones_label(tr: Translate = tr) -> str:
    return tr("Zero-emission zone city logistics (ZES)")


def zes_source_line(tr: Translate = tr) -> str:
    return tr("ZES: NDW emission zones (DATEX II) and RAL Zuid ZES analysis")
