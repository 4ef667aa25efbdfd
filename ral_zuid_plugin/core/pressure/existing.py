"""Existing (semi)public laadpunten: the bundled NDW locations or the user's own layer.

Result columns: ``x``, ``y`` (RD New), ``laadpunten`` (points per location), ``toegang``
(publiek / semipubliek / onbekend) and ``laadpunten_bron`` (where the count comes from: a field of the
data, or the assumption of a fixed number per location).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.pressure.inputs import check_in_region, numeric_column
from ral_zuid_plugin.core.reference.charging_locations import (
    PUBLIC,
    UNKNOWN,
    derive_access,
    load_public_charging_locations,
)

COUNT_FIELDS = ("laadpunten", "aantal_laadpunten", "evses", "aantal_evses", "evse_count", "number_of_evses", "quantity")
"""Fields that hold the number of laadpunten (EVSEs) of a location, looked for in this order (case-insensitive)."""
COUNT_FROM_FIELD = "veld"
COUNT_ASSUMED = "aanname"


def count_field_of(columns) -> str | None:
    lower = {str(c).lower(): c for c in columns}
    return next((lower[name] for name in COUNT_FIELDS if name in lower), None)


def bundled_public_points(points_per_location: float = 2.0, include_fast: bool = False) -> pd.DataFrame:
    """Passenger-car locations from NDW; each counts as ``points_per_location`` laadpunten (an assumption:
    the bundled extract has no EVSE counts) and their access is ``onbekend`` (it has no access fields). A
    snapshot refreshed by ``ralzuid:opendata`` has both: its EVSE count and access are used.

    Fast-charging locations are left out by default: on the ladder van laden they complement,
    not replace, the normal (semi)public points the 1:5 target is about.
    """
    locations = load_public_charging_locations()
    keep = locations["laag"] == "passenger"
    if not include_fast:
        keep &= ~locations["snelladen"]
    chosen = locations[keep]
    counted = chosen["laadpunten"].to_numpy(float) if "laadpunten" in chosen.columns else np.full(len(chosen), np.nan)
    return pd.DataFrame(
        {
            "x": chosen.geometry.x.to_numpy(float),
            "y": chosen.geometry.y.to_numpy(float),
            "laadpunten": np.where(np.isnan(counted), float(points_per_location), counted),
            "toegang": derive_access(pd.DataFrame(chosen.drop(columns="geometry")), default=UNKNOWN).to_numpy(),
            "laadpunten_bron": np.where(np.isnan(counted), COUNT_ASSUMED, COUNT_FROM_FIELD),
        }
    )


def user_public_points(
    points: pd.DataFrame, source: str, count_field: str | None, points_per_location: float
) -> pd.DataFrame:
    """The user's points (``x``, ``y`` in RD New, ``fid``): the gemeente's own list of public points.

    Laadpunten per location from ``count_field``, else from a recognised field (:data:`COUNT_FIELDS`),
    else ``points_per_location``; an empty value also falls back to that number. Access from the
    layer's access fields (:func:`derive_access`); without any, every point counts as public.
    """
    check_in_region(points, source)
    field = count_field or count_field_of(points.columns)
    if field:
        values = numeric_column(points, field, source)
        counts = np.where(np.isnan(values), float(points_per_location), values)
        origin = np.where(np.isnan(values), COUNT_ASSUMED, COUNT_FROM_FIELD)
    else:
        counts = np.full(len(points), float(points_per_location))
        origin = np.full(len(points), COUNT_ASSUMED)
    return pd.DataFrame(
        {
            "x": points["x"].to_numpy(float),
            "y": points["y"].to_numpy(float),
            "laadpunten": counts,
            "toegang": derive_access(points, default=PUBLIC).to_numpy(),
            "laadpunten_bron": origin,
        }
    )


def access_summary(existing: pd.DataFrame) -> dict[str, float]:
    """Laadpunten per access kind, and how many were counted from the data (not assumed)."""
    counts = existing.groupby("toegang")["laadpunten"].sum() if len(existing) else pd.Series(dtype=float)
    summary = {kind: float(counts.get(kind, 0.0)) for kind in ("publiek", "semipubliek", "onbekend")}
    summary["uit_data"] = float(existing.loc[existing["laadpunten_bron"] == COUNT_FROM_FIELD, "laadpunten"].sum())
    return summary
