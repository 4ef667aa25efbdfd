"""Candidate fast-charge sites as the screening reads them: fields found, defaults filled, notes kept.

Field names are matched case-insensitively, with English aliases. Missing fields get these
documented defaults and a note on every candidate (field ``notities``):

=====================  =====================================  ========================================
field                  aliases                                default when missing or empty
=====================  =====================================  ========================================
``kandidaat_id``       ``id``                                 no field: ``kandidaat_<feature id>`` (stable);
                                                             a field with empty values: an error naming the rows
``naam``               ``name``                               the kandidaat_id
``vermogen_kw``        ``vermogen``, ``power_kw``, ``power``  empty: the power criterion is *niet beoordeeld*
``aantal_laadpunten``  ``laadpunten``, ``points``             1
``doelgroepen``        ``doelgroep``, ``target_groups``       ``personenauto``
``grondeigendom``      ``eigendom``, ``ownership``            ``onbekend``
``opmerkingen``        ``opmerking``, ``remarks``             empty
``locatietype``        ``location_type``                      empty: the ladder criterion is *niet beoordeeld*
=====================  =====================================  ========================================
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.geometry_arrays import MISSING, MULTIPOLYGON, POLYGON, repair, shapes_of, type_ids
from ral_zuid_plugin.core.screening.rules import TARGET_GROUPS

ALIASES = {
    "kandidaat_id": ("kandidaat_id", "id"),
    "naam": ("naam", "name"),
    "vermogen_kw": ("vermogen_kw", "vermogen", "power_kw", "power"),
    "aantal_laadpunten": ("aantal_laadpunten", "laadpunten", "points", "n_points"),
    "doelgroepen": ("doelgroepen", "doelgroep", "target_groups"),
    "grondeigendom": ("grondeigendom", "eigendom", "ownership"),
    "opmerkingen": ("opmerkingen", "opmerking", "remarks"),
    "locatietype": ("locatietype", "location_type"),
}

GROUP_SYNONYMS = {
    "personenauto": "personenauto",
    "personenautos": "personenauto",
    "personenauto's": "personenauto",
    "auto": "personenauto",
    "car": "personenauto",
    "cars": "personenauto",
    "taxi": "taxi",
    "taxis": "taxi",
    "taxi's": "taxi",
    "bestelbus": "bestelbus",
    "bestelbussen": "bestelbus",
    "bestelauto": "bestelbus",
    "van": "bestelbus",
    "vans": "bestelbus",
    "vrachtwagen": "vrachtwagen",
    "vrachtwagens": "vrachtwagen",
    "vrachtauto": "vrachtwagen",
    "truck": "vrachtwagen",
    "trucks": "vrachtwagen",
}

DEFAULT_GROUPS = "personenauto"
DEFAULT_POINTS = 1
DEFAULT_OWNERSHIP = "onbekend"


def find_column(frame: pd.DataFrame, field_name: str) -> str | None:
    """The frame's column for ``field_name`` (or one of its aliases), case-insensitively."""
    lowered = {str(column).lower(): column for column in frame.columns}
    for alias in ALIASES.get(field_name, (field_name,)):
        if alias in lowered:
            return lowered[alias]
    return None


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == ""


def parse_groups(text: str, *, path: str | None, row: int, column: str) -> list[str]:
    """``"Personenauto, taxi"`` as ``["personenauto", "taxi"]``; an unknown group is an input error."""
    groups: list[str] = []
    for part in re.split(r"[,;/]", str(text)):
        key = part.strip().lower()
        if not key:
            continue
        group = GROUP_SYNONYMS.get(key)
        if group is None:
            raise InputDataError(
                tr("unknown target group '{value}'; use {known}").format(
                    value=part.strip(), known=", ".join(TARGET_GROUPS)
                ),
                path=path,
                row=row,
                column=column,
            )
        if group not in groups:
            groups.append(group)
    return groups


def prepare_candidates(frame: gpd.GeoDataFrame, source_name: str | None = None) -> gpd.GeoDataFrame:
    """Normalise a candidate layer (any CRS) to the screening fields in RD New; the input is not changed.

    Rows are numbered from 1 in messages. Raises :class:`InputDataError` for an empty layer, a
    feature without geometry, a duplicate id, an unreadable number or an unknown target group.
    """
    path = source_name
    if frame is None or len(frame) == 0:
        raise InputDataError(tr("the candidate layer has no features: add at least one candidate site"), path=path)
    work = frame.copy()
    if work.crs is not None and str(work.crs).upper() != RD_NEW and work.crs.to_epsg() != 28992:
        work = work.to_crs(RD_NEW)
    work = work.reset_index(drop=True)
    # A GeoPackage's own "fid" field arrives next to the feature id the QGIS adapter adds: keep the first.
    work = work.loc[:, ~work.columns.duplicated()]
    rows = np.arange(1, len(work) + 1)
    notes: list[list[str]] = [[] for _ in rows]

    geometries = work.geometry
    types = type_ids(shapes_of(geometries))
    missing = np.flatnonzero(types == MISSING)
    if len(missing):
        raise InputDataError(tr("the candidate has no geometry"), path=path, row=int(rows[missing[0]]))
    polygons = np.isin(types, [POLYGON, MULTIPOLYGON])
    invalid = np.zeros(len(work), dtype=bool)
    if polygons.any():
        invalid[polygons] = ~geometries[polygons].is_valid.to_numpy()
    invalid_positions = np.flatnonzero(invalid)
    if len(invalid_positions):
        shapes = list(geometries.values)
        for position in invalid_positions:
            fixed = repair(shapes[position])
            if fixed.is_empty:
                raise InputDataError(
                    tr("the candidate geometry is invalid and cannot be repaired"), path=path, row=int(rows[position])
                )
            shapes[position] = fixed
            notes[position].append(tr("invalid geometry repaired"))
        geometries = gpd.GeoSeries(shapes, crs=geometries.crs)

    out = pd.DataFrame(index=work.index)
    out["kandidaat_id"] = _candidate_ids(work, path)

    naam_column = find_column(work, "naam")
    names = []
    raw_names = work[naam_column].tolist() if naam_column else [None] * len(work)
    for candidate_id, value in zip(out["kandidaat_id"], raw_names):
        names.append(candidate_id if _blank(value) else str(value).strip())
    out["naam"] = names
    if naam_column is None:
        _note_all(notes, tr("no name field: the kandidaat_id is used as name"))

    out["vermogen_kw"] = _numbers(work, "vermogen_kw", path, notes, None, tr("no power: power not assessed"))
    points = _numbers(work, "aantal_laadpunten", path, notes, float(DEFAULT_POINTS), None)
    out["aantal_laadpunten"] = points.round().astype(np.int64)

    groups_column = find_column(work, "doelgroepen")
    group_lists = []
    raw_groups = work[groups_column].tolist() if groups_column else [None] * len(work)
    parsed_cache: dict[str, list[str]] = {}
    for position, value in enumerate(raw_groups):
        if _blank(value):
            group_lists.append([DEFAULT_GROUPS])
            notes[position].append(tr("no target group given: personenauto assumed"))
        else:
            text = str(value)
            if text not in parsed_cache:
                parsed_cache[text] = parse_groups(text, path=path, row=int(rows[position]), column=groups_column)
            group_lists.append(parsed_cache[text] or [DEFAULT_GROUPS])
    out["doelgroepen"] = [",".join(groups) for groups in group_lists]

    out["grondeigendom"] = _texts(work, "grondeigendom", DEFAULT_OWNERSHIP)
    out["opmerkingen"] = _texts(work, "opmerkingen", "")
    location_column = find_column(work, "locatietype")
    out["locatietype"] = (
        [None if _blank(v) else str(v).strip().lower() for v in work[location_column]]
        if location_column
        else [None] * len(work)
    )
    out["notities"] = ["; ".join(items) for items in notes]
    result = gpd.GeoDataFrame(out, geometry=geometries.values, crs=RD_NEW)
    result.attrs["source_crs"] = _crs_label(frame.crs)
    result.attrs["source_name"] = path
    return result


def _crs_label(crs) -> str | None:
    if crs is None:
        return None
    epsg = crs.to_epsg()
    return "EPSG:{} {}".format(epsg, crs.name) if epsg else str(crs.name)


def _note_all(notes: list[list[str]], note: str) -> None:
    for items in notes:
        items.append(note)


def _candidate_ids(work: pd.DataFrame, path: str | None) -> list[str]:
    column = find_column(work, "kandidaat_id")
    if column is not None:
        blank_rows = [position + 1 for position, value in enumerate(work[column]) if _blank(value)]
        if blank_rows:
            shown = ", ".join(str(row) for row in blank_rows[:20])
            if len(blank_rows) > 20:
                shown += tr(" and {count} more").format(count=len(blank_rows) - 20)
            raise InputDataError(
                tr("the candidate id is empty in {count} row(s): {rows}; give every candidate an id").format(
                    count=len(blank_rows), rows=shown
                ),
                path=path,
                column=column,
            )
        ids = [re.sub(r"[^A-Za-z0-9_.-]+", "_", str(v).strip()) for v in work[column]]
        seen: dict[str, int] = {}
        for position, ident in enumerate(ids):
            if ident in seen:
                raise InputDataError(
                    tr("the id '{value}' is also used in row {other}").format(value=ident, other=seen[ident] + 1),
                    path=path,
                    row=position + 1,
                    column=column,
                )
            seen[ident] = position
        return ids
    if "fid" in work.columns and work["fid"].notna().all() and work["fid"].is_unique:
        return ["kandidaat_{}".format(int(v)) for v in work["fid"]]
    return ["kandidaat_{}".format(position + 1) for position in range(len(work))]


def _numbers(
    work: pd.DataFrame,
    field_name: str,
    path: str | None,
    notes: list[list[str]],
    default: float | None,
    missing_note: str | None,
) -> pd.Series:
    column = find_column(work, field_name)
    values = np.full(len(work), np.nan if default is None else default, dtype=float)
    if column is None:
        if missing_note:
            _note_all(notes, missing_note)
        return pd.Series(values)
    for position, raw in enumerate(work[column].tolist()):
        if _blank(raw):
            if missing_note:
                notes[position].append(missing_note)
            continue
        try:
            number = float(str(raw).strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
        except (TypeError, ValueError):
            raise InputDataError(
                tr("'{value}' is not a number").format(value=raw), path=path, row=position + 1, column=column
            ) from None
        if np.isnan(number) or number < 0:
            raise InputDataError(
                tr("'{value}' must be zero or more").format(value=raw), path=path, row=position + 1, column=column
            )
        values[position] = number
    return pd.Series(values)


def _texts(work: pd.DataFrame, field_name: str, default: str) -> list[str]:
    column = find_column(work, field_name)
    if column is None:
        return [default] * len(work)
    return [default if _blank(v) else str(v).strip() for v in work[column]]


def source_label(path: str | Path | None) -> str | None:
    return None if path is None else Path(str(path)).name
