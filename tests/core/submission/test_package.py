"""The package zip: contents, manifest checksums, intake form, GeoPackage, atomic writing."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import fiona
import pytest
from openpyxl import load_workbook

from ral_zuid_plugin.core.submission.package import build_package
from ral_zuid_plugin.core.submission.validation import SubmissionInvalidError
from tests.core.submission.conftest import CREATED, DATA


def rd_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """Second method: the RD -> WGS84 polynomial of Schreutelkamp & Strang van Hees (about 1 m accurate)."""
    dx, dy = (x - 155000) * 1e-5, (y - 463000) * 1e-5
    k = {
        (0, 1): 3235.65389,
        (2, 0): -32.58297,
        (0, 2): -0.24750,
        (2, 1): -0.84978,
        (0, 3): -0.06550,
        (2, 2): -0.01709,
        (1, 0): -0.00738,
        (4, 0): 0.00530,
        (2, 3): -0.00039,
        (4, 1): 0.00033,
        (1, 1): -0.00012,
    }
    l_ = {(1, 0): 5260.52916, (1, 1): 105.94684, (1, 2): 2.45656, (3, 0): -0.81885, (1, 3): 0.05594,
          (3, 1): -0.05607, (0, 1): 0.01199, (3, 2): -0.00256, (1, 4): 0.00128, (0, 2): 0.00022, (2, 0): -0.00022,
          (5, 0): 0.00026}  # fmt: skip
    lat = 52.15517440 + sum(c * dx**p * dy**q for (p, q), c in k.items()) / 3600
    lon = 5.38720621 + sum(c * dx**p * dy**q for (p, q), c in l_.items()) / 3600
    return lon, lat


@pytest.fixture()
def package(candidates, contact, tmp_path):
    return build_package(
        candidates,
        contact,
        tmp_path / "aanmelding.zip",
        plugin_version="0.1.0",
        reports_dir=DATA / "rapporten",
        planmap_pdf=DATA / "plankaart_test.pdf",
        created=CREATED,
    )


def test_zip_holds_every_part_and_the_manifest_checksums_are_right(package):
    with zipfile.ZipFile(package.path) as archive:
        names = set(archive.namelist())
        assert names == {
            "kandidaten.gpkg",
            "aanmeldformulier.xlsx",
            "aanmelding.json",
            "plankaart.pdf",
            "rapporten/EHV-001.html",
            "rapporten/EHV-002.html",
            "rapporten/EHV-003.html",
            "manifest.json",
        }
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            data = archive.read(entry["path"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["bytes"]
        assert archive.read("plankaart.pdf") == (DATA / "plankaart_test.pdf").read_bytes()
    assert {e["path"] for e in manifest["files"]} == names - {"manifest.json"}
    assert manifest["schema_version"] == "1.1"
    assert manifest["plugin_version"] == "0.1.0"
    assert manifest["gemeentecode"] == "GM0772"
    assert manifest["submission_id"] == "GM0772-20261127T090000Z"
    assert manifest["created"] == "2026-11-27T09:00:00Z"
    # sha256 of b"snellaadregels-test-1.0\n", computed with `printf 'snellaadregels-test-1.0\n' | sha256sum`
    assert manifest["rules"] == [
        {
            "bestand": "snellaadregels_test.yaml",
            "versie": "1.0",
            "sha256": "ea9229a0471c6985d9e05b20292e324feda0f61736f5691247cae32ba6b43056",
        }
    ]


def test_geopackage_keeps_every_screening_result(package, tmp_path):
    with zipfile.ZipFile(package.path) as archive:
        archive.extract("kandidaten.gpkg", tmp_path)
    with fiona.open(tmp_path / "kandidaten.gpkg", layer="kandidaten") as layer:
        rows = {f["properties"]["kandidaat_id"]: f for f in layer}
        assert layer.crs_wkt and "Amersfoort" in layer.crs_wkt
    assert set(rows) == {"EHV-001", "EHV-002", "EHV-003"}
    second = rows["EHV-002"]["properties"]
    assert second["afstand_snelweg_status"] == "aandachtspunt"
    assert second["netcapaciteit_waarde"] == 2.0
    assert second["regels_versie"] == "1.0"
    assert second["submission_id"] == "GM0772-20261127T090000Z"
    assert rows["EHV-002"]["geometry"]["coordinates"] == (156900.0, 385800.0)


def test_intake_form_has_dutch_headers_real_numbers_and_no_formulas(package):
    with zipfile.ZipFile(package.path) as archive:
        workbook = load_workbook(io.BytesIO(archive.read("aanmeldformulier.xlsx")))
    sheet = workbook["Kandidaten"]
    headers = [c.value for c in sheet[1]]
    assert headers[:4] == ["Kandidaat-id", "Naam", "Vermogen (kW)", "Aantal laadpunten"]
    assert "netcapaciteit status" in headers
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    first = dict(zip(headers, rows["EHV-001"]))
    assert first["Vermogen (kW)"] == 300.0 and isinstance(first["Vermogen (kW)"], (int, float))  # a number, not text
    assert first["Aantal laadpunten"] == 4 and isinstance(first["Aantal laadpunten"], int)
    assert first["Score (0-100)"] == 82.5
    assert first["Doelgroepen"] == "personenauto, taxi"
    lon, lat = rd_to_wgs84(154200.0, 384100.0)
    assert first["Lengtegraad (WGS84)"] == pytest.approx(lon, abs=2e-5)
    assert first["Breedtegraad (WGS84)"] == pytest.approx(lat, abs=2e-5)
    # Shown as written, in a string cell with Excel's text mark (quotePrefix): never run as a formula.
    remarks = {r[0].value: r[headers.index("Opmerkingen")] for r in sheet.iter_rows(min_row=2)}
    assert remarks["EHV-002"].value == "@SUM(A1:A9)" and remarks["EHV-002"].quotePrefix
    assert remarks["EHV-003"].value == '=HYPERLINK("http://example.invalid","klik")' and remarks["EHV-003"].quotePrefix
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    contact = {r[0]: r[1] for r in workbook["Gemeente en contact"].iter_rows(min_row=2, values_only=True)}
    assert contact["Gemeentecode"] == "GM0772"
    assert contact["Contactpersoon"] == "J. Jansen"
    assert contact["Telefoon"] == "040-1234567"
    assert contact["Aantal kandidaten"] == 3


def test_features_for_the_service_have_stable_ids_and_wgs84_points(package):
    ids = [f["id"] for f in package.features]
    assert ids == ["GM0772-EHV-001", "GM0772-EHV-002", "GM0772-EHV-003"]
    lon, lat = rd_to_wgs84(158700.0, 384600.0)
    assert package.features[2]["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=2e-5)
    assert package.features[0]["properties"]["review_status"] == "ontvangen"


def test_an_invalid_submission_writes_nothing_and_leaves_an_old_package_alone(candidates, contact, tmp_path):
    target = tmp_path / "aanmelding.zip"
    target.write_bytes(b"previous package")
    candidates.loc[1, "score"] = 140.0
    with pytest.raises(SubmissionInvalidError) as raised:
        build_package(candidates, contact, target, plugin_version="0.1.0", created=CREATED)
    assert raised.value.problems[0].candidate == "EHV-002"
    assert raised.value.problems[0].field == "score"
    assert target.read_bytes() == b"previous package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aanmelding.zip"]


def test_reading_a_package_back_checks_every_checksum(package, tmp_path):
    from ral_zuid_plugin.core.errors import RalZuidError
    from ral_zuid_plugin.core.submission.package import read_package

    again = read_package(package.path)
    assert again.submission_id == package.submission_id
    assert again.features == package.features
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "aanmelding.json":
                data = data.replace(b'"vermogen_kw": 300.0', b'"vermogen_kw": 3000.0')
            target.writestr(name, data)
    with pytest.raises(RalZuidError) as raised:
        read_package(tampered)
    assert str(raised.value) == "The package tampered.zip is damaged: aanmelding.json does not match its checksum."
    not_a_zip = tmp_path / "brief.zip"
    not_a_zip.write_text("geen zip")
    with pytest.raises(RalZuidError) as raised:
        read_package(not_a_zip)
    assert str(raised.value).startswith("brief.zip is not a RAL Zuid submission package")


def test_location_type_and_a_confirmed_cross_border_site_travel_with_the_candidate(candidates, contact, tmp_path):
    """Schema 1.1: ``locatietype`` (lower case, empty -> null) and ``grensoverschrijdend`` in the document and in
    the features for the service, so the expertisecentrum re-screens the ladder van laden and sees the
    confirmation."""
    candidates["locatietype"] = [" Hub ", "", "woonwijk"]
    candidates["grensoverschrijdend"] = [None, "Veldhoven (GM0861)", None]
    built = build_package(candidates, contact, tmp_path / "aanmelding.zip", plugin_version="0.1.0", created=CREATED)
    assert built.document["schema_version"] == "1.1"
    sent = [(f["properties"]["locatietype"], f["properties"]["grensoverschrijdend"]) for f in built.features]
    assert sent == [("hub", None), (None, "Veldhoven (GM0861)"), ("woonwijk", None)]
    stored = [(c["locatietype"], c.get("grensoverschrijdend")) for c in built.document["candidates"]]
    assert stored == sent


def test_a_package_of_schema_1_0_is_still_read(package, tmp_path):
    """A package made by plugin 1.0 (schema 1.0, no locatietype / grensoverschrijdend) is validated against the 1.0
    schema and sent with both fields empty."""
    from ral_zuid_plugin.core.submission.package import read_package

    old = tmp_path / "oud.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(old, "w") as target:
        document = json.loads(source.read("aanmelding.json"))
        document["schema_version"] = "1.0"
        for candidate in document["candidates"]:
            candidate.pop("locatietype", None)
            candidate.pop("grensoverschrijdend", None)
        data = json.dumps(document).encode()
        manifest = json.loads(source.read("manifest.json"))
        manifest["schema_version"] = "1.0"
        for entry in manifest["files"]:
            if entry["path"] == "aanmelding.json":
                entry.update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
        for name in source.namelist():
            if name not in ("aanmelding.json", "manifest.json"):
                target.writestr(name, source.read(name))
        target.writestr("aanmelding.json", data)
        target.writestr("manifest.json", json.dumps(manifest))
    again = read_package(old)
    assert [f["id"] for f in again.features] == ["GM0772-EHV-001", "GM0772-EHV-002", "GM0772-EHV-003"]
    assert {(f["properties"]["locatietype"], f["properties"]["grensoverschrijdend"]) for f in again.features} == {
        (None, None)
    }
    # a version this plugin does not know is refused, naming the field
    document["schema_version"] = "9.9"
    from ral_zuid_plugin.core.submission.validation import validation_problems

    assert [(p.field, p.message) for p in validation_problems(document)] == [
        ("schema_version", "'9.9' is not one of: 1.1")
    ]
