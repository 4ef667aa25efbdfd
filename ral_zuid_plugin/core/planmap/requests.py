"""Open requests for a public charge point on the plankaart (the register of ``ralzuid:requestregister``)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import Translate

OPEN_STATES = ("open", "besluit")


def open_requests_to_draw(requests: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The open requests (``status`` open or besluit; or the ``open`` field); all rows when neither field is there."""
    if "status" in requests.columns:
        return requests[requests["status"].astype(str).isin(OPEN_STATES)]
    if "open" in requests.columns:
        return requests[pd.Series(requests["open"]).fillna(False).astype(bool).to_numpy()]
    return requests


def open_requests_label(tr: Translate = tr) -> str:
    return tr("Open requests for a public charge point")
