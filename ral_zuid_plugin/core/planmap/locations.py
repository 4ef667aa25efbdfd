"""The locations of a plankaart: categories for the map symbols and the rows of the location table.

The user's layer may call its fields anything (``FieldMapping``) and write status and type in Dutch or
English; this module turns it into one tidy frame with the columns

``nummer, adres, soort, laadpunten, status, verkeersbesluit, categorie, geometry``

where ``categorie`` is one of :data:`CATEGORIES` and drives the map symbol (``locations_plan.qml``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress

EXISTING = "existing"
PLANNED = "planned"
PROPOSED = "proposed"
FAST = "fast"
CATEGORIES = (EXISTING, PLANNED, PROPOSED, FAST)

TABLE_COLUMNS = ["nummer", "adres", "soort", "laadpunten", "status", "verkeersbesluit", "categorie"]

# Words in a status value, checked in this order (first hit wins). Lower case, Dutch and English.
_STATUS_WORDS = (
    (EXISTING, ("bestaand", "gerealiseerd", "in gebruik", "in bedrijf", "operationeel", "existing", "built")),
    (PLANNED, ("gepland", "vergund", "besloten", "in voorbereiding", "in aanbouw", "planned", "approved")),
    (PROPOSED, ("voorgesteld", "voorstel", "kandidaat", "potentieel", "onderzoek", "proposed", "candidate")),
)
_FAST_WORDS = ("snel", "fast", "hpc", "dc")


@dataclass(frozen=True)
class FieldMapping:
    """Which field of the user's layer holds what; ``None`` when the layer has no such field."""

    id: str | None = "id"
    address: str | None = "adres"
    type: str | None = "type"
    points: str | None = "laadpunten"
    status: str | None = "status"
    decree: str | None = "verkeersbesluit"

    def used_fields(self) -> list[str]:
        return [name for name in (self.id, self.address, self.type, self.points, self.status, self.decree) if name]


def category_of(status: str, kind: str) -> str | None:
    """Map symbol category of a location: fast charging wins, else the status; ``None`` when unknown."""
    kind_text = str(kind or "").strip().lower()
    if any(re.search(r"\b" + re.escape(word), kind_text) for word in _FAST_WORDS):
        return FAST
    status_text = str(status or "").strip().lower()
    for category, words in _STATUS_WORDS:
        if any(word in status_text for word in words):
            return category
    return None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _points(value, *, source: str, row: int, column: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = float("nan")
    if math.isnan(number) or number < 0 or not number.is_integer():
        raise InputDataError(
            tr("the number of charge points '{value}' is not a whole number of 0 or more").format(value=text),
            path=source,
            row=row,
            column=column,
        )
    return int(number)


def plan_locations(
    frame: gpd.GeoDataFrame,
    mapping: FieldMapping,
    *,
    source: str,
    progress: Progress | None = None,
) -> gpd.GeoDataFrame:
    """The user's locations as plankaart rows (see module doc); row numbers in errors start at 1.

    Raises :class:`InputDataError` naming ``source``, the row and the column for a missing field, an empty
    geometry or a bad number of points. Values of unknown status get category ``proposed`` and a warning.
    """
    progress = progress or SilentProgress()
    for name in mapping.used_fields():
        if name not in frame.columns:
            raise InputDataError(tr("the field '{field}' does not exist").format(field=name), path=source)
    rows = []
    unknown_status: set[str] = set()
    for position, (_, record) in enumerate(frame.iterrows(), start=1):
        geometry = record.geometry
        if geometry is None or geometry.is_empty:
            raise InputDataError(tr("the location has no geometry"), path=source, row=position)
        status = _text(record[mapping.status]) if mapping.status else ""
        kind = _text(record[mapping.type]) if mapping.type else ""
        category = category_of(status, kind)
        if category is None:
            category = PROPOSED
            unknown_status.add(status)
        rows.append(
            {
                "nummer": _text(record[mapping.id]) if mapping.id else str(position),
                "adres": _text(record[mapping.address]) if mapping.address else "",
                "soort": kind,
                "laadpunten": _points(record[mapping.points], source=source, row=position, column=mapping.points)
                if mapping.points
                else None,
                "status": status,
                "verkeersbesluit": _text(record[mapping.decree]) if mapping.decree else "",
                "categorie": category,
                "geometry": geometry.representative_point() if geometry.geom_type != "Point" else geometry,
            }
        )
    if unknown_status:
        shown = ", ".join("'{}'".format(value) for value in sorted(unknown_status))
        progress.warning(tr("Status values not recognised, drawn as proposed locations: {values}").format(values=shown))
    result = gpd.GeoDataFrame(rows, columns=[*TABLE_COLUMNS, "geometry"], geometry="geometry", crs=frame.crs)
    result["laadpunten"] = result["laadpunten"].astype("Int64")
    return sort_rows(result)


def _natural_key(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", text))


def sort_rows(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Rows in natural order of their id (L2 before L10)."""
    order = sorted(range(len(frame)), key=lambda i: _natural_key(str(frame["nummer"].iloc[i])))
    return frame.iloc[order].reset_index(drop=True)


def inside(frame: gpd.GeoDataFrame, area) -> gpd.GeoDataFrame:
    """The rows whose point lies in (or on the edge of) polygon ``area``."""
    mask = frame.geometry.apply(lambda point: area.intersects(point))
    return frame[mask.astype(bool)].reset_index(drop=True)


def locations_in_municipality(frame: gpd.GeoDataFrame, area, municipality: str, source: str) -> gpd.GeoDataFrame:
    """Keep the locations inside the municipality; none inside is an error the user must fix."""
    kept = inside(frame, area)
    if kept.empty:
        raise RalZuidError(
            tr(
                "None of the {count} locations in '{source}' lies inside {municipality}; "
                "check the municipality and the layer's coordinate reference system."
            ).format(count=len(frame), source=source, municipality=municipality)
        )
    return kept


def category_counts(frame: pd.DataFrame) -> dict[str, int]:
    counts = frame["categorie"].value_counts()
    return {category: int(counts.get(category, 0)) for category in CATEGORIES}
