"""Submissions as the expertisecentrum reads them from the service: one row per candidate, filters.

The service holds one feature per candidate (id ``<gemeentecode>-<kandidaat_id>``, newest version; see
docs/submission-protocol.md). :func:`submissions_frame` turns the features into a GeoDataFrame in RD New; a
feature that cannot be read (no point, no id) is left out and named in ``skipped`` with the reason.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.submission.ogcapi import REVIEW_STATUSES, version_of

TEXT_FIELDS = (
    "kandidaat_id",
    "naam",
    "gemeentecode",
    "gemeentenaam",
    "submission_id",
    "doelgroepen",
    "grondeigendom",
    "opmerkingen",
    "locatietype",
    "grensoverschrijdend",
    "advies",
    "regels_bestand",
    "regels_versie",
    "regels_sha256",
    "review_status",
    "review_opmerking",
    "review_beoordelaar",
    "review_datum",
)
NUMBER_FIELDS = ("vermogen_kw", "aantal_laadpunten", "score")


@dataclass
class Submissions:
    """The readable candidates (``frame``, RD New, with ``x_rd``/``y_rd``) and, per row, the submitted criteria."""

    frame: gpd.GeoDataFrame
    criteria: list[dict[str, dict]]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(feature id or position, reason) of every feature left out."""

    def xy(self) -> np.ndarray:
        """RD New coordinates, one row per candidate (without shapely's per-point cost)."""
        return np.column_stack([self.frame["x_rd"].to_numpy(dtype=float), self.frame["y_rd"].to_numpy(dtype=float)])

    def subset(self, mask: np.ndarray) -> Submissions:
        rows = np.flatnonzero(mask)
        frame = self.frame.iloc[rows].reset_index(drop=True)
        return Submissions(frame, [self.criteria[i] for i in rows.tolist()], list(self.skipped))


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


def created_time(properties: dict[str, Any]) -> pd.Timestamp:
    """When the submission was made (UTC, naive), from ``submission_created`` or the submission id; NaT if neither."""
    stamp = version_of(properties)[0]
    try:
        return pd.Timestamp(dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ"))
    except ValueError:
        return pd.NaT


def decision_time(text: str) -> pd.Timestamp:
    """``review_datum`` (a date or a UTC time) as a timestamp; NaT when empty or unreadable."""
    text = _text(text).replace("Z", "")
    if not text:
        return pd.NaT
    try:
        return pd.Timestamp(dt.datetime.fromisoformat(text)).tz_localize(None)
    except ValueError:
        return pd.NaT


def submissions_frame(features: list[dict[str, Any]]) -> Submissions:
    """The features of the collection as a GeoDataFrame in RD New (see module doc)."""
    from pyproj import Transformer

    rows: list[dict[str, Any]] = []
    criteria: list[dict[str, dict]] = []
    lon: list[float] = []
    lat: list[float] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for position, feature in enumerate(features, start=1):
        if not isinstance(feature, dict):
            skipped.append((str(position), tr("not a feature")))
            continue
        ident = _text(feature.get("id"))
        properties = feature.get("properties")
        geometry = feature.get("geometry")
        if not ident:
            skipped.append((str(position), tr("the feature has no id")))
            continue
        if ident in seen:
            skipped.append((ident, tr("the id occurs twice in the answer of the service")))
            continue
        if not isinstance(properties, dict):
            skipped.append((ident, tr("the feature has no properties")))
            continue
        try:
            x, y = (float(c) for c in geometry["coordinates"][:2])
            if geometry.get("type") != "Point" or not (math.isfinite(x) and math.isfinite(y)):
                raise ValueError
        except (TypeError, ValueError, KeyError, IndexError):
            skipped.append((ident, tr("the feature has no point geometry")))
            continue
        seen.add(ident)
        row: dict[str, Any] = {"feature_id": ident}
        for name in TEXT_FIELDS:
            row[name] = _text(properties.get(name))
        for name in NUMBER_FIELDS:
            row[name] = _number(properties.get(name))
        status = row["review_status"].lower() or "ontvangen"
        row["review_status"] = status if status in REVIEW_STATUSES else "ontvangen"
        row["gemeentecode"] = row["gemeentecode"].upper()
        stamp, submission_id = version_of(properties)
        row["ingediend"] = stamp
        row["version"] = stamp + "|" + submission_id
        rows.append(row)
        raw = properties.get("criteria")
        criteria.append(raw if isinstance(raw, dict) else {})
        lon.append(x)
        lat.append(y)
    columns = ["feature_id", *TEXT_FIELDS, *NUMBER_FIELDS, "ingediend", "version"]
    frame = pd.DataFrame(rows, columns=columns)
    # one vectorised parse (strptime per row costs ~75 us); unreadable stamps become NaT
    frame["ingediend"] = pd.to_datetime(frame["ingediend"], format="%Y%m%dT%H%M%SZ", errors="coerce")
    transformer = Transformer.from_crs("EPSG:4326", RD_NEW, always_xy=True)
    x_rd, y_rd = transformer.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    frame["x_rd"] = np.asarray(x_rd, dtype=float)
    frame["y_rd"] = np.asarray(y_rd, dtype=float)
    geometry = gpd.points_from_xy(frame["x_rd"].to_numpy(), frame["y_rd"].to_numpy(), crs=RD_NEW)
    return Submissions(gpd.GeoDataFrame(frame, geometry=geometry, crs=RD_NEW), criteria, skipped)


@dataclass(frozen=True)
class InboxFilter:
    """Which submissions the reviewer wants: gemeenten and statuses (empty = all) and a period (inclusive dates)."""

    gemeenten: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        unknown = [s for s in self.statuses if s not in REVIEW_STATUSES]
        if unknown:
            raise RalZuidError(
                tr("Unknown review status {status}; use one of: {statuses}.").format(
                    status=", ".join(unknown), statuses=", ".join(REVIEW_STATUSES)
                )
            )
        if self.start and self.end and self.start > self.end:
            raise RalZuidError(
                tr("The period starts ({start}) after it ends ({end}).").format(start=self.start, end=self.end)
            )

    def mask(self, frame: pd.DataFrame) -> np.ndarray:
        keep = np.ones(len(frame), dtype=bool)
        if self.gemeenten:
            keep &= frame["gemeentecode"].isin([g.strip().upper() for g in self.gemeenten]).to_numpy()
        if self.statuses:
            keep &= frame["review_status"].isin(list(self.statuses)).to_numpy()
        created = frame["ingediend"]
        if self.start is not None:
            keep &= (created >= pd.Timestamp(self.start)).fillna(False).to_numpy(dtype=bool)
        if self.end is not None:
            keep &= (created < pd.Timestamp(self.end) + pd.Timedelta(days=1)).fillna(False).to_numpy(dtype=bool)
        return keep


def parse_gemeenten(text: str) -> tuple[str, ...]:
    """``"GM0772, gm0935"`` → ``("GM0772", "GM0935")``; a message naming a code that is not ``GM`` + 4 digits."""
    import re

    codes = tuple(part.strip().upper() for part in re.split(r"[,;\s]+", text or "") if part.strip())
    bad = [code for code in codes if not re.fullmatch(r"GM[0-9]{4}", code)]
    if bad:
        raise RalZuidError(
            tr("'{code}' is not a CBS municipality code (GM followed by 4 digits, e.g. GM0772).").format(code=bad[0])
        )
    return codes
