"""The DATEX II emission-zone parser on the bundled NDW feed of 7 July 2025 (a real fixture).

Expected values were read from the XML by hand and with a separate regular-expression pass over the
raw text (name, id, the top ValidityCondition's overallStartTime, gmlPolygon count), and agree with
``ndw_emissiezones_attributes.csv`` that the data curator built with his own script (build2.py).
"""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import geopandas as gpd
import pytest
from shapely.geometry import shape

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.logistics import emission_zones as ez
from ral_zuid_plugin.core.resources import resource_path

# The 8 zones of Noord-Brabant and Limburg: id -> (name as published, issuing gemeente, kind, valid_from,
# restricted EU categories). LEZ zones restrict "fuelType=diesel;vehicleType=anyVehicle" instead.
REGIONAL = {
    "NDW11_63a0104e-0b70-4b01-ad72-1ec692b41c47": ("LEZ Breda", "Breda", "LEZ", "2020-01-01", ()),
    "NDW11_60b9d60f-ba38-4049-b89b-94a6ab66f7bd": ("ZE Tilburg", "Tilburg", "ZE", "2025-01-01", ("n1", "n2", "n3")),
    "NDW11_5c04f070-6dff-42a5-bdc9-20448ac48722": ("LEZ Tilburg", "Tilburg", "LEZ", "2020-01-01", ()),
    "NDW11_d4b4b627-a1ad-492a-90b3-d35a1396be7f": (
        "LEZ 's-Hertogenbosch",
        "'s-Hertogenbosch",
        "LEZ",
        "2020-01-01",
        (),
    ),
    "NDW11_de06481f-e23e-4c9a-987b-978a4b67e0c0": (
        "ZE 's-Hertogenbosch",
        "'s-Hertogenbosch",
        "ZE",
        "2025-03-01",
        ("n1", "n2", "n3"),
    ),
    "NDW11_fae2120b-f287-424e-b3d2-35e146b85b41": ("ZE Zone", "Eindhoven", "ZE", "2025-01-01", ("n1", "n2", "n3")),
    "NDW11_c2fede9c-62e1-436e-916f-20a00f6fbfc9": (
        "ZES Maastricht",
        "Maastricht",
        "ZE",
        "2025-01-01",
        ("n1", "n2", "n3"),
    ),
    "NDW11_e13302e6-cbb5-409f-a3d7-8fbef57122ba": ("Milieuzone Maastricht", "Maastricht", "LEZ", "2020-01-01", ()),
}


@pytest.fixture(scope="module")
def feed():
    return ez.read_feed(ez.bundled_feed_path())


def test_the_feed_has_42_zones_28_ze_and_14_lez(feed):
    published, zones = feed
    assert published == datetime(2025, 7, 7, 4, 0, 0, 1404, tzinfo=timezone.utc)
    assert len(zones) == 42
    assert len({z.zone_id for z in zones}) == 42
    # 27 names start with ZE/ZES; the zone named "onbekend" (Amersfoort) also restricts N1-N3 only.
    kinds = [z.kind for z in zones]
    assert kinds.count("ZE") == 28 and kinds.count("LEZ") == 14
    onbekend = next(z for z in zones if z.name == "onbekend")
    assert onbekend.kind == "ZE" and onbekend.authority == "Amersfoort"


def test_the_eight_regional_zones(feed):
    _published, zones = feed
    by_id = {z.zone_id: z for z in zones}
    for zone_id, (name, authority, kind, start, categories) in REGIONAL.items():
        zone = by_id[zone_id]
        assert zone.name == name
        assert zone.authority == authority
        assert zone.kind == kind, name
        assert zone.valid_from == datetime.fromisoformat(start + "T00:00:00+00:00")
        assert zone.valid_to is None
        assert zone.status == "active" and zone.tro_status == "madeAndImplemented"
        assert zone.restricted_categories == categories
        if kind == "LEZ":
            assert zone.restrictions == ("fuelType=diesel;vehicleType=anyVehicle",)
        assert len(zone.polygons) == 1
    eindhoven = by_id["NDW11_fae2120b-f287-424e-b3d2-35e146b85b41"]
    assert eindhoven.regulation_id == "gmb-2024-241606"
    # Exemptions (negated sets): euro5 N1/N2 until 2026, euro6 N1/N2 until 2027, campers of residents, ...
    assert eindhoven.exemption_conditions == 15


def test_announced_zones_have_a_future_start(feed):
    _published, zones = feed
    on = datetime(2026, 1, 1, tzinfo=timezone.utc)
    announced = sorted(z.name for z in zones if z.announced(on))
    # overallStartTime after 2026-01-01 (the curator's CSV, filtered on valid_from, gives the same six).
    assert announced == [
        "ZE Amersfoort 2027",
        "ZE Apeldoorn",
        "ZE Arnhem",
        "ZE Deventer",
        "ZE Ede",
        "ZE zone Alphen aan den Rijn",
    ]
    ede = next(z for z in zones if z.name == "ZE Ede")
    assert not ede.in_force(on) and ede.in_force(datetime(2030, 1, 1, tzinfo=timezone.utc))


def test_poslist_is_latitude_longitude_and_geometry_matches_the_geojson(feed):
    _published, zones = feed
    eindhoven = next(z for z in zones if z.zone_id == "NDW11_fae2120b-f287-424e-b3d2-35e146b85b41")
    # First position in the XML: "51.44477045255663 5.449048309468295" (lat lon) -> lon 5.449, lat 51.445.
    assert eindhoven.polygons[0][0][0] == (5.449048309468295, 51.44477045255663)
    # Second method: the curator's GeoJSON (lon/lat swapped by his own script, coordinates rounded), same
    # polygon up to the rounding: the symmetric difference is below 0.01 % of the area.
    geojson = json.loads(
        resource_path("reference", "ndw_emission_zones", "ndw_emissiezones_nb_limburg_wgs84.geojson").read_text()
    )
    theirs = {f["properties"]["zone_id"]: shape(f["geometry"]) for f in geojson["features"]}
    assert set(theirs) == set(REGIONAL)
    for zone in zones:
        if zone.zone_id in theirs:
            assert zone.geometry().symmetric_difference(theirs[zone.zone_id]).area < 1e-4 * theirs[zone.zone_id].area


def test_zones_frame_in_rd_new_and_the_ze_zone_of_eindhoven():
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    frame = ez.load_zones(on=datetime(2025, 7, 7, tzinfo=timezone.utc))
    assert frame.crs.to_epsg() == 28992 and len(frame) == 42
    eindhoven = load_region_municipalities("GM0772")
    ze = ez.ze_zones_of_municipality(frame, eindhoven.geometry)
    assert list(ze["zone_id"]) == ["NDW11_fae2120b-f287-424e-b3d2-35e146b85b41"]
    # Eindhoven's centre is at about RD (161,500, 383,500); the zone is the inner city, a few km2.
    centroid = ze.geometry.iloc[0].centroid
    assert 159_000 < centroid.x < 164_000 and 381_000 < centroid.y < 386_000
    assert 1.0e6 < ze.geometry.iloc[0].area < 2.0e7
    # Haarlemmermeer starts 2026-01-01: announced on the publication day.
    assert bool(frame.loc[frame["zone_naam"] == "ZE Haarlemmermeer", "aangekondigd"].iloc[0])


def test_a_gzipped_feed_reads_the_same(tmp_path):
    path = tmp_path / "emissiezones.xml.gz"
    path.write_bytes(gzip.compress(ez.bundled_feed_path().read_bytes()))
    assert len(ez.read_feed(path)[1]) == 42


MINIMAL = """<?xml version="1.0" encoding="UTF-8"?>
<d2:payload xmlns:d2="http://datex2.eu/schema/3/d2Payload" xmlns:cz="http://datex2.eu/schema/3/controlledZone"
 xmlns:com="http://datex2.eu/schema/3/common" xmlns:tro="http://datex2.eu/schema/3/trafficRegulation"
 xmlns:loc="http://datex2.eu/schema/3/locationReferencing" xmlns:comx="http://datex2.eu/schema/3/commonExtension"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <cz:urbanVehicleAccessRegulation id="TEST_1" version="1">
  <cz:name><com:values><com:value lang="nl">ZE Proef</com:value></com:values></cz:name>
  <cz:status>active</cz:status>
  <cz:trafficRegulationOrder id="TEST_1_TRO" version="1">
   <tro:issuingAuthority><com:values><com:value lang="nl">Proefstad</com:value></com:values></tro:issuingAuthority>
   <tro:trafficRegulation id="TEST_1_TR" version="1">
    <tro:condition xsi:type="tro:ConditionSet" id="CS" version="1">
     <tro:conditions xsi:type="tro:ValidityCondition" id="V" version="1"><tro:validityByOrder>
      <com:validityTimeSpecification><com:overallStartTime>2031-01-01T00:00:00Z</com:overallStartTime>
      </com:validityTimeSpecification></tro:validityByOrder></tro:conditions>
     <tro:conditions xsi:type="tro:LocationCondition" id="A" version="1">
      <tro:locationByOrder xsi:type="loc:AreaLocation">
      <loc:gmlMultiPolygon><loc:gmlPolygon><loc:exterior srsName="WGS 84">
       <loc:posList>POSLIST</loc:posList></loc:exterior></loc:gmlPolygon></loc:gmlMultiPolygon>
     </tro:locationByOrder></tro:conditions>
     <tro:conditions xsi:type="tro:VehicleCondition" id="R" version="1"><tro:vehicleCharacteristics>
      <com:_vehicleCharacteristicsExtension><com:vehicleCharacteristicsExtended><comx:regulatedCharacteristics>
      <comx:euVehicleCategory>n2</comx:euVehicleCategory></comx:regulatedCharacteristics>
      </com:vehicleCharacteristicsExtended></com:_vehicleCharacteristicsExtension></tro:vehicleCharacteristics>
     </tro:conditions>
    </tro:condition>
   </tro:trafficRegulation>
  </cz:trafficRegulationOrder>
 </cz:urbanVehicleAccessRegulation>
</d2:payload>
"""
SQUARE = "51.0 5.0 51.0 5.1 51.1 5.1 51.1 5.0 51.0 5.0"


def test_another_namespace_uri_and_a_future_zone_read(tmp_path):
    path = tmp_path / "zones.xml"
    path.write_text(MINIMAL.replace("POSLIST", SQUARE), encoding="utf-8")
    _published, zones = ez.read_feed(path)
    (zone,) = zones
    assert zone.kind == "ZE" and zone.restricted_categories == ("n2",) and zone.authority == "Proefstad"
    assert zone.announced(datetime(2030, 12, 31, tzinfo=timezone.utc))
    assert zone.geometry().bounds == (5.0, 51.0, 5.1, 51.1)


def test_bad_input_names_file_row_zone_and_field(tmp_path):
    broken = tmp_path / "afgebroken.xml"
    broken.write_bytes(ez.bundled_feed_path().read_bytes()[:5000])
    with pytest.raises(InputDataError) as error:
        ez.read_feed(broken)
    assert error.value.path.endswith("afgebroken.xml") and error.value.row == 1

    odd = tmp_path / "oneven.xml"
    odd.write_text(MINIMAL.replace("POSLIST", "51.0 5.0 51.0 5.1 51.1"), encoding="utf-8")
    with pytest.raises(InputDataError) as error:
        ez.read_feed(odd)
    assert "TEST_1" in str(error.value) and error.value.column == "posList"

    swapped = tmp_path / "lonlat.xml"
    swapped.write_text(MINIMAL.replace("POSLIST", "95.0 5.0 95.0 5.1 95.1 5.1 95.0 5.0"), encoding="utf-8")
    with pytest.raises(InputDataError, match="latitude-longitude"):
        ez.read_feed(swapped)

    empty = tmp_path / "leeg.xml"
    empty.write_text("<payload/>", encoding="utf-8")
    with pytest.raises(InputDataError, match="no zones"):
        ez.read_feed(empty)


def test_classify_reads_restrictions_not_names():
    assert ez.classify(("euVehicleCategory=n1", "euVehicleCategory=n3")) == "ZE"
    assert ez.classify(("fuelType=diesel;vehicleType=anyVehicle",)) == "LEZ"
    assert ez.classify(("euVehicleCategory=m1",)) == "overig"
    assert ez.classify(()) == "overig"
    # Diesel vans (category with a fuel) are a milieuzone rule, not a zero-emission one.
    assert ez.classify(("euVehicleCategory=n1;fuelType=diesel",)) == "LEZ"
    assert ez.classify(("euVehicleCategory=n1", "euVehicleCategory=m1")) == "overig"


def test_a_validity_nested_one_set_deeper_is_read(tmp_path):
    nested = MINIMAL.replace(
        '<tro:conditions xsi:type="tro:ValidityCondition" id="V" version="1">',
        '<tro:conditions xsi:type="tro:ConditionSet" id="W" version="1">'
        '<tro:conditions xsi:type="tro:ValidityCondition" id="V" version="1">',
    ).replace(
        "</com:validityTimeSpecification></tro:validityByOrder></tro:conditions>",
        "</com:validityTimeSpecification></tro:validityByOrder></tro:conditions></tro:conditions>",
    )
    assert nested.count('id="W"') == 1 and nested.count("</tro:conditions></tro:conditions>") == 1
    path = tmp_path / "nested.xml"
    path.write_text(nested.replace("POSLIST", SQUARE), encoding="utf-8")
    (zone,) = ez.read_feed(path)[1]
    assert zone.valid_from == datetime(2031, 1, 1, tzinfo=timezone.utc)
    assert isinstance(gpd.GeoDataFrame(), gpd.GeoDataFrame)
