"""Build small session frames for the core tests without going through a file."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, box

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.privacy import hash_cards

TZ = "Europe/Amsterdam"


def ns(local: str) -> int:
    """UTC nanoseconds of a local Europe/Amsterdam wall-clock time 'yyyy-mm-dd HH:MM'."""
    return int(pd.Timestamp(local).tz_localize(TZ, ambiguous=True).tz_convert("UTC").value)


def sessions(rows: list[dict]) -> pd.DataFrame:
    """Rows with keys evse, start, end (local texts) and optional kwh, card, laaduren, chargepoint, lon, lat."""
    records = []
    for number, row in enumerate(rows, start=1):
        records.append(
            {
                schema.SOURCE: "test.csv",
                schema.ROW: number + 1,
                schema.SESSION_ID: str(row.get("id", number)),
                schema.EVSE_ID: row["evse"],
                schema.CHARGEPOINT_ID: row.get("chargepoint", row["evse"]),
                schema.START: ns(row["start"]),
                schema.END: ns(row["end"]),
                schema.KWH: float(row.get("kwh", 10.0)),
                schema.CHARGING_HOURS: float(row.get("laaduren", np.nan)),
                schema.MAX_KW: float(row.get("max_kw", np.nan)),
                schema.CARD_HASH: row.get("card", "kaart-{}".format(number)),
                schema.LON: float(row.get("lon", np.nan)),
                schema.LAT: float(row.get("lat", np.nan)),
                schema.CDR_KIND: row.get("kind", ""),
            }
        )
    frame = pd.DataFrame.from_records(records)
    frame[schema.CARD_HASH] = hash_cards(frame[schema.CARD_HASH], b"test-salt-0123456789")
    return frame


def two_squares() -> gpd.GeoDataFrame:
    """Two 1 km squares in RD New: GM9001 'West' (0-1000) and GM9002 'Oost' (1000-2000), both in 'Testland'."""
    return gpd.GeoDataFrame(
        {
            "gemeentecode": ["GM9001", "GM9002"],
            "gemeentenaam": ["West", "Oost"],
            "provincienaam": ["Testland", "Testland"],
        },
        geometry=[box(100_000, 400_000, 101_000, 401_000), box(101_000, 400_000, 102_000, 401_000)],
        crs=RD_NEW,
    )


def points_layer(coordinates: dict[str, tuple[float, float]]) -> gpd.GeoDataFrame:
    """A locations layer in RD New with field 'paal'."""
    return gpd.GeoDataFrame(
        {"paal": list(coordinates)}, geometry=[Point(xy) for xy in coordinates.values()], crs=RD_NEW
    )
