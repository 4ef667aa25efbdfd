"""Screened candidates (output of ``ralzuid:fastchargescreening``) as plain submission records.

The screening output contract: fields ``kandidaat_id``, ``naam``, ``vermogen_kw``, ``aantal_laadpunten``,
``doelgroepen`` (comma separated), ``grondeigendom``, ``opmerkingen``, ``advies``, ``score``,
``regels_bestand``, ``regels_versie``, ``regels_sha256`` and per criterion ``<id>_waarde``, ``<id>_status``
and ``<id>_reden``; point geometry. ``locatietype`` (the ladder van laden reads it) and ``grensoverschrijdend`` (a
confirmed cross-border site) travel with the candidate since submission schema 1.1, so the expertisecentrum's
re-screening and conflict check see what the gemeente's screening saw.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.submission.safety import safe_identifier

BASE_FIELDS = (
    "kandidaat_id",
    "naam",
    "vermogen_kw",
    "aantal_laadpunten",
    "doelgroepen",
    "grondeigendom",
    "opmerkingen",
    "advies",
    "score",
    "regels_bestand",
    "regels_versie",
    "regels_sha256",
)
CRITERION_SUFFIXES = ("_waarde", "_status", "_reden")
LOCATION_TYPE_FIELD = "locatietype"
"""The candidate's location type (woonstraat, hub, ...): the ladder van laden of the rule file reads it."""
CROSS_BORDER_FIELD = "grensoverschrijdend"
"""Set on a candidate outside the submitting gemeente once the user confirmed it as a cross-border site."""
WGS84 = "EPSG:4326"


def plain(value: Any) -> Any:
    """A JSON-friendly Python value: NaN/NaT/None become ``None``, numpy scalars become Python ones."""
    if value is None:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(float(value)) else float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if value is pd.NaT:
        return None
    if isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def criterion_ids(columns) -> list[str]:
    """Criterion ids found as ``<id>_status`` columns, in column order."""
    names = [str(c) for c in columns]
    return [name[: -len("_status")] for name in names if name.endswith("_status") and name != "_status"]


def split_doelgroepen(value: Any) -> Any:
    """``"personenauto, taxi"`` → ``["personenauto", "taxi"]``; other values are left for the schema to judge."""
    value = plain(value)
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def feature_id(gemeentecode: str, kandidaat_id: str) -> str:
    """The client-chosen id of a candidate on the server: stable, so a retry never makes a duplicate."""
    return safe_identifier("{}-{}".format(gemeentecode.strip().upper(), str(kandidaat_id).strip()))


def candidate_records(frame) -> list[dict[str, Any]]:
    """One submission record per row of a GeoDataFrame (any CRS; coordinates become WGS84 lon/lat)."""
    lonlat = frame.to_crs(WGS84) if frame.crs is not None else frame
    criteria = criterion_ids(frame.columns)
    records = []
    geometry_name = frame.geometry.name
    attributes = pd.DataFrame(frame.drop(columns=[geometry_name]))
    attributes = attributes.loc[:, ~attributes.columns.duplicated()]  # QGIS adds 'fid' next to a GeoPackage's own
    rows = attributes.to_dict("records")
    for index, row in enumerate(rows):
        record: dict[str, Any] = {name: plain(row.get(name)) for name in BASE_FIELDS}
        if record["kandidaat_id"] is not None:
            record["kandidaat_id"] = str(record["kandidaat_id"]).strip()
        record["doelgroepen"] = split_doelgroepen(record["doelgroepen"])
        location_type = plain(row.get(LOCATION_TYPE_FIELD))
        location_type = "" if location_type is None else str(location_type).strip().lower()
        record[LOCATION_TYPE_FIELD] = location_type or None
        if plain(row.get(CROSS_BORDER_FIELD)):  # a confirmed cross-border site says so in the package
            record[CROSS_BORDER_FIELD] = str(row.get(CROSS_BORDER_FIELD))
        record["criteria"] = {
            criterion: {
                "waarde": plain(row.get(criterion + "_waarde")),
                "status": plain(row.get(criterion + "_status")),
                "reden": plain(row.get(criterion + "_reden")),
            }
            for criterion in criteria
        }
        shape = lonlat.geometry.iloc[index]
        if shape is None or shape.is_empty:
            record["geometry"] = None
        else:
            point = shape if shape.geom_type == "Point" else shape.representative_point()
            record["geometry"] = {"type": "Point", "coordinates": [round(point.x, 7), round(point.y, 7)]}
        records.append(record)
    return records


def as_feature(
    record: dict[str, Any], gemeentecode: str, submission_id: str, contact: dict[str, str], created: str = ""
) -> dict:
    """A candidate as the GeoJSON Feature POSTed to ``collections/<collection>/items``.

    ``submission_created`` (the submission's UTC creation time) orders versions of one candidate: the server
    never gets an older version over a newer one (see :func:`ral_zuid_plugin.core.submission.ogcapi.version_of`).
    """
    properties = {name: record.get(name) for name in BASE_FIELDS}
    properties["doelgroepen"] = ",".join(record.get("doelgroepen") or [])
    properties.update(
        {
            "gemeentecode": gemeentecode,
            "gemeentenaam": contact.get("gemeentenaam", ""),
            "contact_naam": contact.get("naam", ""),
            "contact_email": contact.get("email", ""),
            "submission_id": submission_id,
            "submission_created": created,
            "criteria": record.get("criteria", {}),
            LOCATION_TYPE_FIELD: record.get(LOCATION_TYPE_FIELD),
            CROSS_BORDER_FIELD: record.get(CROSS_BORDER_FIELD),
            "review_status": "ontvangen",
            "review_opmerking": "",
        }
    )
    return {
        "type": "Feature",
        "id": feature_id(gemeentecode, record["kandidaat_id"]),
        "geometry": record.get("geometry"),
        "properties": properties,
    }


def candidate_gemeenten(frame, claimed: str = "") -> tuple[list[str], list[str]]:
    """The CBS gemeentecode and name of the gemeente each candidate lies in (``""`` outside Noord-Brabant/Limburg);
    with ``claimed`` (the submitting gemeente) a candidate on its border lies in it (``Region.locate_claimed``)."""
    from ral_zuid_plugin.core.screening.region import bundled_region

    rd = frame.to_crs(RD_NEW) if frame.crs is not None else frame
    points = [None if shape is None or shape.is_empty else shape.representative_point() for shape in rd.geometry]
    xy = np.array([[-1e9, -1e9] if p is None else [p.x, p.y] for p in points], dtype=float).reshape(-1, 2)
    region = bundled_region()
    codes, names = region.locate_claimed(xy, np.full(len(xy), claimed, dtype=object)) if claimed else region.locate(xy)
    return [str(c) for c in codes], [str(n) for n in names]


def confirmation_holds(mark: Any, located_code: str) -> bool:
    """Whether a cross-border confirmation (:data:`CROSS_BORDER_FIELD`, e.g. ``'Veldhoven (GM0861)'``) confirms
    where the point lies now: it names that gemeente's code, or, for a point outside every gemeente of the
    region (``located_code`` empty), names no code. A confirmation made before the point was moved, or one naming
    another gemeente, confirms nothing (the gemeente is asked again, the reviewer sees the conflict)."""
    text = plain(mark)
    if not text:
        return False
    named = re.findall(r"\((GM[0-9]{4})\)", str(text))
    return named == [located_code] if located_code else not named


def cross_border_candidates(frame, gemeentecode: str) -> list[tuple[int, str, str, str]]:
    """``(row, kandidaat_id, gemeentecode, gemeentenaam)`` of every candidate outside the submitting gemeente
    that is not confirmed as a cross-border site where it lies now (rows numbered from 1)."""
    wanted = gemeentecode.strip().upper()
    if not re.fullmatch(r"GM[0-9]{4}", wanted):  # no valid code yet: the contact validation reports that
        return []
    codes, names = candidate_gemeenten(frame, wanted)
    confirmed = frame[CROSS_BORDER_FIELD].tolist() if CROSS_BORDER_FIELD in frame.columns else [None] * len(frame)
    ids = frame["kandidaat_id"].tolist() if "kandidaat_id" in frame.columns else [None] * len(frame)
    return [
        (row + 1, str(ident if plain(ident) is not None else ""), code, name)
        for row, (ident, code, name, mark) in enumerate(zip(ids, codes, names, confirmed))
        if code != wanted and not confirmation_holds(mark, code)
    ]


def confirm_cross_border(frame, crossings: list[tuple[int, str, str, str]], gemeentecode: str):
    """A copy of ``frame`` in which each crossing candidate carries :data:`CROSS_BORDER_FIELD` and a remark."""
    from ral_zuid_plugin.core.i18n import tr

    result = frame.copy()
    if CROSS_BORDER_FIELD not in result.columns:
        result[CROSS_BORDER_FIELD] = None
    if "opmerkingen" not in result.columns:
        result["opmerkingen"] = None
    for row, _ident, code, name in crossings:
        where = "{} ({})".format(name, code) if code else tr("outside Noord-Brabant and Limburg")
        note = tr("Cross-border site: lies in {where}, submitted by {gemeente} with confirmation").format(
            where=where, gemeente=gemeentecode
        )
        index = result.index[row - 1]
        result.at[index, CROSS_BORDER_FIELD] = where
        remark = plain(result.at[index, "opmerkingen"]) or ""
        result.at[index, "opmerkingen"] = (note + ("; " + remark if remark else ""))[:2000]
    return result
