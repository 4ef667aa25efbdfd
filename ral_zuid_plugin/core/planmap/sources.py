"""The data sources and licences printed on a plankaart."""

from __future__ import annotations

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import Translate
from ral_zuid_plugin.core.reference import charging_locations, municipalities

PDOK_BRT = "Kadaster / PDOK, BRT-Achtergrondkaart (CC BY 4.0)"


def source_lines(
    *,
    locations_source: str,
    ndw_points: bool = False,
    online_background: bool = False,
    pressure: str = "",
    proposal_areas: bool = False,
    roads: bool = False,
    extra: str = "",
    tr: Translate = tr,
) -> list[str]:
    """One line per source, in the order a reader meets them on the map; empty inputs are left out."""
    lines = [tr("Locations: {source}").format(source=locations_source)]
    if ndw_points:
        lines.append(tr("Existing charging points: {source}").format(source=charging_locations.attribution()))
    if pressure:
        lines.append(tr("Charging pressure: {source}").format(source=pressure))
    if proposal_areas:
        lines.append(
            tr("Proposal areas: RAL Zuid charging pressure analysis; counts are an indication, not exact targets")
        )
    if roads:
        lines.append(tr("Roads: layer supplied by the municipality"))
    lines.append(tr("Boundaries: {source}").format(source=municipalities.ATTRIBUTION))
    if online_background:
        lines.append(tr("Background map: {source}").format(source=PDOK_BRT))
    if extra.strip():
        lines.append(extra.strip())
    return lines


DATA_SOURCE_FIELD = "gegevensbron"
DOWNLOAD_MARK_FIELD = "opgehaald"


def downloaded_sources(*frames) -> list[str]:
    """The attribution of downloaded open data that map layers were made from, each once, in order of appearance:
    the ``gegevensbron`` field (proposal areas made from a prognosis on CBS data), and the ``bron`` field of layers
    written by ``ralzuid:opendata`` (recognised by their ``opgehaald`` download-date field)."""
    lines: list[str] = []
    for frame in frames:
        if frame is None or len(frame) == 0:
            continue
        columns = [DATA_SOURCE_FIELD] if DATA_SOURCE_FIELD in frame.columns else []
        if DOWNLOAD_MARK_FIELD in frame.columns and "bron" in frame.columns:
            columns.append("bron")
        for column in columns:
            for value in frame[column].tolist():
                text = "" if value is None else str(value).strip()
                if text and text.lower() not in ("nan", "null") and text not in lines:
                    lines.append(text)
    return lines


def sources_text(lines: list[str], tr: Translate = tr) -> str:
    return tr("Sources") + ": " + "; ".join(lines) + "."
