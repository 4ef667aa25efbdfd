"""``ralzuid:submissionpackage`` end to end in QGIS."""

from __future__ import annotations

import json
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsSettings

from tests.qgis.submission.conftest import CONTACT, DATA


def test_package_is_written_and_contact_details_are_remembered(
    run_algorithm, profile, candidates_layer, reports, tmp_path
):
    output = tmp_path / "uit" / "aanmelding.zip"
    result = run_algorithm(
        "ralzuid:submissionpackage",
        {
            "INPUT": candidates_layer,
            **CONTACT,
            "REPORT_FOLDER": str(reports),
            "PLANMAP_PDF": str(DATA / "plankaart_test.pdf"),
            "OUTPUT": str(output),
        },
    )
    assert result["OUTPUT"] == str(output)
    assert result["CANDIDATES"] == 3
    assert result["SUBMISSION_ID"].startswith("GM0772-")
    with zipfile.ZipFile(output) as archive:
        assert "plankaart.pdf" in archive.namelist()
        assert "rapporten/EHV-003.html" in archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["submission_id"] == result["SUBMISSION_ID"]
    assert QgsSettings().value("ral_zuid/submission/contact/email") == "j.jansen@eindhoven.example.nl"
    assert not (profile / "ral_zuid" / "outbox.sqlite").exists()  # only saved, not put in the outbox


def test_invalid_candidates_are_listed_and_nothing_is_written(run_algorithm, profile, candidates_layer, tmp_path):
    candidates_layer.startEditing()
    feature = next(f for f in candidates_layer.getFeatures() if f["kandidaat_id"] == "EHV-002")
    candidates_layer.changeAttributeValue(feature.id(), candidates_layer.fields().indexOf("score"), 140.0)
    candidates_layer.changeAttributeValue(feature.id(), candidates_layer.fields().indexOf("advies"), "ja")
    candidates_layer.commitChanges()
    output = tmp_path / "aanmelding.zip"
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submissionpackage", {"INPUT": candidates_layer, **CONTACT, "OUTPUT": str(output)})
    message = str(raised.value)
    assert "The submission is not valid (2 problems)" in message
    assert "Candidate EHV-002, field 'score': 140.0 is larger than 100" in message
    assert "Candidate EHV-002, field 'advies': 'ja' is not one of: positief, nader onderzoek, negatief" in message
    assert not output.exists()
    assert list(tmp_path.glob(".ralzuid-package-*")) == []


def test_a_site_outside_the_gemeente_is_refused_unless_confirmed_as_cross_border(
    run_algorithm, profile, candidates_layer, tmp_path
):
    # Issue 13 point 4: move EHV-003 onto the Oeienbosch service area (RD 154560, 378480), in Veldhoven (GM0861).
    from qgis.core import QgsGeometry, QgsPointXY

    candidates_layer.startEditing()
    feature = next(f for f in candidates_layer.getFeatures() if f["kandidaat_id"] == "EHV-003")
    remark = feature["opmerkingen"]
    candidates_layer.changeGeometry(feature.id(), QgsGeometry.fromPointXY(QgsPointXY(154560.0, 378480.0)))
    candidates_layer.commitChanges()
    output = tmp_path / "aanmelding.zip"
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:submissionpackage", {"INPUT": candidates_layer, **CONTACT, "OUTPUT": str(output)})
    assert (
        "Candidate EHV-003, field 'geometry': lies in Veldhoven (GM0861), not in GM0772: submit it through the "
        "gemeente it lies in, or confirm it as a cross-border site"
    ) in str(raised.value)
    assert not output.exists()

    result = run_algorithm(
        "ralzuid:submissionpackage",
        {"INPUT": candidates_layer, **CONTACT, "CROSS_BORDER": True, "OUTPUT": str(output)},
    )
    assert result["CANDIDATES"] == 3
    with zipfile.ZipFile(output) as archive:
        document = json.loads(archive.read("aanmelding.json"))
    site = next(c for c in document["candidates"] if c["kandidaat_id"] == "EHV-003")
    assert site["grensoverschrijdend"] == "Veldhoven (GM0861)"
    assert site["opmerkingen"].startswith(
        "Cross-border site: lies in Veldhoven (GM0861), submitted by GM0772 with confirmation"
    )
    # The user's layer is not changed.
    after = next(f for f in candidates_layer.getFeatures() if f["kandidaat_id"] == "EHV-003")
    assert after["opmerkingen"] == remark
