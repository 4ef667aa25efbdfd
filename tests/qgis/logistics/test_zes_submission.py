"""The ZES sites go into ``ralzuid:submissionpackage`` unchanged (same candidate fields as the screening output)."""

from __future__ import annotations

import json
import zipfile

from tests.qgis.submission.conftest import CONTACT, profile  # noqa: F401 (fixture)


def test_zes_sites_make_a_valid_submission_package(run_algorithm, profile, tmp_path):  # noqa: F811
    logistics = tmp_path / "bedrijven.geojson"
    logistics.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":[{"type":"Feature","properties":{"naam":"De Hurk","soort":"bedrijventerrein"},'
        '"geometry":{"type":"Polygon","coordinates":[[[158800,383200],[159400,383200],[159400,383800],'
        "[158800,383800],[158800,383200]]]}}]}",
        encoding="utf-8",
    )
    zes = run_algorithm(
        "ralzuid:zeslogistics",
        {
            "GEMEENTECODE": "GM0772",
            "LOGISTICS": str(logistics),
            "KIND_FIELD": "soort",
            "OUTPUT": str(tmp_path / "zes.gpkg"),
            "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
        },
    )
    output = tmp_path / "aanmelding_zes.zip"
    result = run_algorithm("ralzuid:submissionpackage", {"INPUT": zes["OUTPUT"], **CONTACT, "OUTPUT": str(output)})
    # One business park gives two sites: a van plaza and a truck site.
    assert result["CANDIDATES"] == 2
    with zipfile.ZipFile(output) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["submission_id"] == result["SUBMISSION_ID"]
