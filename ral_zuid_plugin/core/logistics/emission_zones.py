"""Zero-emission (ZE) and low-emission zones from NDW's DATEX II v3 emission-zone feed.

The feed (``opendata.ndw.nu/emissiezones.xml.gz``) is a ``ControlledZoneTablePublication``: one
``urbanVehicleAccessRegulation`` per zone with a traffic regulation order whose top condition set
holds the zone's validity, its area and the vehicles it restricts. What this parser relies on:

- elements are matched by local name, so another namespace URI of the same model (``levelC`` in the
  NDW feed, ``datex2.eu`` elsewhere) reads the same;
- ``posList`` is **latitude longitude** (``srsName="WGS 84"``); coordinates are returned as lon/lat;
- the restricted vehicles are the vehicle conditions that are *not* inside a negated condition set
  (``negate = true`` sets are exemptions: euro-class transition rules, campers, ...);
- the zone's validity is the validity condition of the top condition set; a ``valid_from`` after the
  reference date makes the zone *announced* (aangekondigd), e.g. Amersfoort 2027 and Ede 2030;
- the kind is read from the restrictions, never from the name: only N1, N2 and/or N3 (vans and
  trucks) is a **ZE** zone for city logistics (zero-emissiezone stadslogistiek); a diesel restriction is a
  **LEZ** (milieuzone); anything else is ``overig``. (In the 2025-07-07 feed a zone named "onbekend"
  restricts N1-N3 and so is a ZE zone; Eindhoven's is named "ZE Zone".)
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import MultiPolygon, Polygon

from ral_zuid_plugin.core.crs import RD_NEW, WGS84
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "NDW, emissiezones DATEX II (publicatie 7 juli 2025, CC0)"
BUNDLED_FILE = "ndw_emissiezones_2025-07-07.xml"
ZE = "ZE"
LEZ = "LEZ"
OTHER = "overig"
LOGISTICS_CATEGORIES = frozenset({"n1", "n2", "n3"})


@dataclass(frozen=True)
class EmissionZone:
    """One zone of the feed, geometry as lon/lat rings (exterior first, then holes) per polygon."""

    zone_id: str
    name: str
    kind: str
    status: str
    authority: str
    regulation_id: str
    tro_status: str
    url: str
    record_version_time: str
    valid_from: datetime | None
    valid_to: datetime | None
    restrictions: tuple[str, ...]
    exemption_conditions: int
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...] = field(repr=False)

    @property
    def restricted_categories(self) -> tuple[str, ...]:
        """EU vehicle categories the zone restricts (``n1``...), sorted."""
        found = {_pairs(r).get("euVehicleCategory", "") for r in self.restrictions}
        return tuple(sorted(found - {""}))

    def announced(self, on: datetime) -> bool:
        """True when the zone only starts after ``on`` (aangekondigd)."""
        return self.valid_from is not None and self.valid_from > on

    def in_force(self, on: datetime) -> bool:
        started = self.valid_from is None or self.valid_from <= on
        ended = self.valid_to is not None and self.valid_to <= on
        return started and not ended

    def geometry(self) -> MultiPolygon:
        return MultiPolygon([Polygon(rings[0], rings[1:]) for rings in self.polygons])


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    for item in element:
        if _local(item.tag) == name:
            return item
    return None


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [item for item in element if _local(item.tag) == name]


def _descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [item for item in element.iter() if _local(item.tag) == name]


def _text(element: ET.Element | None, *path: str) -> str:
    for name in path:
        if element is None:
            return ""
        element = _child(element, name)
    return (element.text or "").strip() if element is not None else ""


def _multilingual(element: ET.Element | None) -> str:
    """The Dutch value of a ``values/value`` text (else the first)."""
    if element is None:
        return ""
    values = _descendants(element, "value")
    for value in values:
        if value.get("lang") == "nl":
            return (value.text or "").strip()
    return (values[0].text or "").strip() if values else ""


def _xsi_type(element: ET.Element) -> str:
    for key, value in element.attrib.items():
        if _local(key) == "type":
            return value.rsplit(":", 1)[-1]
    return ""


def _timestamp(text: str, path: str | Path, zone_id: str, field_name: str) -> datetime | None:
    if not text:
        return None
    cleaned = text.strip().replace("Z", "+00:00")
    # Python 3.9 reads exactly 3 or 6 decimals of a second: cut nanoseconds, pad tenths.
    if "." in cleaned:
        head, tail = cleaned.split(".", 1)
        digits = tail[: len(tail) - len(tail.lstrip("0123456789"))]  # the leading digits only, not the offset's
        cleaned = head + "." + digits[:6].ljust(6, "0") + tail[len(digits) :]  # 3.9 wants 3 or 6 digits
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InputDataError(
            tr("zone {zone}: '{value}' is not a date and time").format(zone=zone_id, value=text),
            path=path,
            column=field_name,
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _ring(pos_list: ET.Element, path: str | Path, zone_id: str) -> tuple[tuple[float, float], ...]:
    parts = (pos_list.text or "").split()
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise InputDataError(
            tr("zone {zone}: posList holds a value that is not a number").format(zone=zone_id),
            path=path,
            column="posList",
        ) from None
    dimension = int(pos_list.get("srsDimension") or 2)
    if dimension < 2 or len(numbers) % dimension or len(numbers) < 4 * dimension:
        raise InputDataError(
            tr("zone {zone}: posList needs pairs of latitude and longitude, at least 4 positions").format(zone=zone_id),
            path=path,
            column="posList",
        )
    lat = numbers[0::dimension]
    lon = numbers[1::dimension]
    if any(abs(v) > 90 for v in lat) or any(abs(v) > 180 for v in lon):
        raise InputDataError(
            tr("zone {zone}: posList is not in latitude-longitude order (WGS 84)").format(zone=zone_id),
            path=path,
            column="posList",
        )
    ring = tuple(zip(lon, lat))
    return ring if ring[0] == ring[-1] else (*ring, ring[0])


def _polygons(area: ET.Element, path: str | Path, zone_id: str) -> tuple:
    polygons = []
    for polygon in _descendants(area, "gmlPolygon"):
        rings = []
        for part in ("exterior", "interior"):
            for ring_element in _children(polygon, part):
                pos_list = _child(ring_element, "posList")
                if pos_list is None:
                    pos_list = next(iter(_descendants(ring_element, "posList")), None)
                if pos_list is not None:
                    rings.append(_ring(pos_list, path, zone_id))
        if rings:
            polygons.append(tuple(rings))
    return tuple(polygons)


def _characteristics(condition: ET.Element) -> list[str]:
    """``name=value`` for every leaf under a vehicle condition's characteristics."""
    characteristics = _child(condition, "vehicleCharacteristics")
    if characteristics is None:
        return []
    leaves = [e for e in characteristics.iter() if len(e) == 0 and (e.text or "").strip()]
    return ["{}={}".format(_local(e.tag), e.text.strip()) for e in leaves]


def _walk(condition_set: ET.Element, negated: bool, found: dict) -> None:
    """Collect restrictions (vehicle conditions outside negated sets), exemptions and areas."""
    for condition in _children(condition_set, "conditions"):
        kind = _xsi_type(condition)
        if kind == "ConditionSet":
            negate = _text(condition, "negate").lower() == "true"
            _walk(condition, negated or negate, found)
        elif kind == "VehicleCondition":
            if negated:
                found["exemptions"] += 1
            else:
                found["restrictions"].append(";".join(_characteristics(condition)))
        elif kind == "LocationCondition":
            found["areas"].append(condition)
        elif kind == "ValidityCondition" and not negated and found["nested_validity"] is None:
            found["nested_validity"] = condition


def parse_zone(element: ET.Element, path: str | Path) -> EmissionZone:
    zone_id = element.get("id") or ""
    if not zone_id:
        raise InputDataError(tr("a zone without an id"), path=path, column="urbanVehicleAccessRegulation")
    order = _child(element, "trafficRegulationOrder")
    regulation = _child(order, "trafficRegulation") if order is not None else None
    top = _child(regulation, "condition") if regulation is not None else None
    found: dict = {"restrictions": [], "exemptions": 0, "areas": [], "validity": None, "nested_validity": None}
    if top is not None:
        # The zone's own validity sits directly in the top set; deeper ones belong to exemptions.
        for condition in _children(top, "conditions"):
            if _xsi_type(condition) == "ValidityCondition" and found["validity"] is None:
                found["validity"] = condition
        _walk(top, _text(top, "negate").lower() == "true", found)
    polygons: tuple = ()
    for area in found["areas"]:
        polygons += _polygons(area, path, zone_id)
    if not polygons:
        raise InputDataError(
            tr("zone {zone} has no area (gmlPolygon with a posList)").format(zone=zone_id), path=path, column="area"
        )
    valid_from = valid_to = None
    # The zone's own validity sits in the top condition set; some feeds nest it one set deeper.
    validity = found["validity"] if found["validity"] is not None else found["nested_validity"]
    if validity is not None:
        spec = next(iter(_descendants(validity, "validityTimeSpecification")), None)
        valid_from = _timestamp(_text(spec, "overallStartTime"), path, zone_id, "overallStartTime")
        valid_to = _timestamp(_text(spec, "overallEndTime"), path, zone_id, "overallEndTime")
    restrictions = tuple(sorted(r for r in found["restrictions"] if r))
    return EmissionZone(
        zone_id=zone_id,
        name=_multilingual(_child(element, "name")),
        kind=classify(restrictions),
        status=_text(element, "status"),
        authority=_multilingual(_child(order, "issuingAuthority")) if order is not None else "",
        regulation_id=_text(order, "regulationId") if order is not None else "",
        tro_status=_text(order, "status") if order is not None else "",
        url=_text(element, "urlForFurtherInformation"),
        record_version_time=_text(element, "controlledZoneRecordVersionTime"),
        valid_from=valid_from,
        valid_to=valid_to,
        restrictions=restrictions,
        exemption_conditions=found["exemptions"],
        polygons=polygons,
    )


def _pairs(restriction: str) -> dict[str, str]:
    """``"fuelType=diesel;vehicleType=anyVehicle"`` as ``{"fuelType": "diesel", "vehicleType": "anyVehicle"}``."""
    return dict(part.split("=", 1) for part in restriction.split(";") if "=" in part)


def classify(restrictions: tuple[str, ...] | list[str]) -> str:
    """ZE when every restriction is only an EU category N1-N3, LEZ when one restricts diesel, else overig.

    A restriction that combines a category with a fuel (e.g. diesel N1) is not a zero-emission rule.
    """
    parsed = [_pairs(r) for r in restrictions]
    if parsed and all(
        set(p) == {"euVehicleCategory"} and p["euVehicleCategory"].lower() in LOGISTICS_CATEGORIES for p in parsed
    ):
        return ZE
    if any(p.get("fuelType", "").lower() == "diesel" for p in parsed):
        return LEZ
    return OTHER


def read_feed(path: str | Path) -> tuple[datetime | None, list[EmissionZone]]:
    """Publication time and zones of a DATEX II emission-zone file (``.xml`` or ``.xml.gz``)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputDataError(tr("the file cannot be read: {error}").format(error=error), path=path) from error
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise InputDataError(tr("the gzip file is damaged: {error}").format(error=error), path=path) from error
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        line, _column = error.position
        raise InputDataError(tr("not a readable XML file: {error}").format(error=error), path=path, row=line) from error
    zones = [parse_zone(element, path) for element in _descendants(root, "urbanVehicleAccessRegulation")]
    if not zones:
        raise InputDataError(
            tr("no zones found: expected a DATEX II ControlledZoneTablePublication with urbanVehicleAccessRegulation"),
            path=path,
        )
    published = _timestamp(_text(root, "publicationTime"), path, "-", "publicationTime")
    return published, zones


def bundled_feed_path() -> Path:
    return resource_path("reference", "ndw_emission_zones", BUNDLED_FILE)


def zones_frame(zones: list[EmissionZone], on: datetime | None = None) -> gpd.GeoDataFrame:
    """The zones as a GeoDataFrame in RD New (columns in Dutch, as the outputs use them)."""
    on = on or datetime.now(timezone.utc)

    def iso(value: datetime | None) -> str:
        return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else ""

    frame = pd.DataFrame(
        {
            "zone_id": [z.zone_id for z in zones],
            "zone_naam": [z.name for z in zones],
            "zone_soort": [z.kind for z in zones],
            "gemeente": [z.authority for z in zones],
            "besluit": [z.regulation_id for z in zones],
            "geldig_vanaf": [iso(z.valid_from) for z in zones],
            "geldig_tot": [iso(z.valid_to) for z in zones],
            "aangekondigd": [z.announced(on) for z in zones],
            "beperking": [" | ".join(z.restrictions) for z in zones],
            "url": [z.url for z in zones],
        }
    )
    geometry = gpd.GeoSeries([z.geometry() for z in zones], crs=WGS84).to_crs(RD_NEW)
    return gpd.GeoDataFrame(frame, geometry=geometry.values, crs=RD_NEW)


def load_zones(path: str | Path | None = None, on: datetime | None = None) -> gpd.GeoDataFrame:
    """All zones of a feed (the bundled 2025-07-07 feed when ``path`` is empty) in RD New."""
    _published, zones = read_feed(path or bundled_feed_path())
    return zones_frame(zones, on)


def ze_zones_of_municipality(zones: gpd.GeoDataFrame, municipality: gpd.GeoSeries) -> gpd.GeoDataFrame:
    """The ZE zones (N1-N3) whose inner point lies in the municipality's area (RD New)."""
    area = municipality.unary_union
    ze = zones[zones["zone_soort"] == ZE]
    inside = [area.contains(geometry.representative_point()) for geometry in ze.geometry]
    return ze[inside].reset_index(drop=True)
