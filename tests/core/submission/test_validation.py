"""Schema validation: every problem listed per candidate and field."""

from __future__ import annotations

import pytest

from ral_zuid_plugin.core.submission.package import prepare_submission
from ral_zuid_plugin.core.submission.validation import SubmissionInvalidError, validate_submission
from tests.core.submission.conftest import CREATED, DATA


def test_the_fixture_is_a_valid_submission(candidates, contact):
    _records, document, problems = prepare_submission(
        candidates, contact, reports_dir=DATA / "rapporten", planmap_pdf=DATA / "plankaart_test.pdf", created=CREATED
    )
    assert problems == []
    assert document["submission_id"] == "GM0772-20261127T090000Z"
    assert document["candidates"][0]["doelgroepen"] == ["personenauto", "taxi"]
    assert document["candidates"][2]["criteria"]["netcapaciteit"] == {
        "waarde": None,
        "status": "niet beoordeeld",
        "reden": None,
    }


def test_every_problem_is_named_by_candidate_and_field(candidates, contact):
    candidates.loc[0, "vermogen_kw"] = -50.0
    candidates.loc[0, "advies"] = "misschien"
    candidates.loc[1, "naam"] = None
    candidates.loc[1, "doelgroepen"] = "personenauto, boot"
    candidates.loc[2, "kandidaat_id"] = "EHV-001"
    candidates.loc[2, "regels_sha256"] = "abc"
    candidates.loc[2, "netcapaciteit_status"] = "prima"
    _records, _document, problems = prepare_submission(candidates, contact, created=CREATED)
    found = {(p.candidate, p.field) for p in problems}
    assert found == {
        ("EHV-001", "vermogen_kw"),
        ("EHV-001", "advies"),
        ("EHV-002", "naam"),
        ("EHV-002", "doelgroepen"),
        ("EHV-001", "kandidaat_id"),  # row 3 reuses the id of row 1
        ("EHV-001", "regels_sha256"),
        ("EHV-001", "netcapaciteit_status"),
    }
    by_field = {p.field: p for p in problems if p.row in (1, 2)}
    assert by_field["vermogen_kw"].message == "-50.0 must be larger than 0"
    assert by_field["advies"].message == "'misschien' is not one of: positief, nader onderzoek, negatief"
    assert by_field["naam"].message == "is empty"
    duplicate = next(p for p in problems if p.field == "kandidaat_id")
    assert duplicate.row == 3 and "rows 1 and 3" in duplicate.message


def test_contact_and_location_problems(candidates, contact):
    from dataclasses import replace

    from shapely.geometry import Point

    candidates.loc[1, "geometry"] = Point(300000, 300000)  # RD New: about 7.4 E, 50.7 N, in Germany
    bad_contact = replace(contact, email="geen-adres", gemeentecode="772")
    _records, document, problems = prepare_submission(candidates, bad_contact, created=CREATED)
    fields = {(p.candidate, p.field) for p in problems}
    assert ("", "contact.email") in fields
    assert ("", "contact.gemeentecode") in fields
    location = next(p for p in problems if p.field == "geometry")
    assert location.candidate == "EHV-002" and location.message == "the location lies outside the Netherlands"
    with pytest.raises(SubmissionInvalidError) as raised:
        validate_submission(document)
    assert "Candidate EHV-002, field 'geometry'" in str(raised.value)


def test_missing_reports_and_a_fake_pdf_are_problems(candidates, contact, tmp_path):
    (tmp_path / "EHV-001.html").write_text("<html></html>")
    fake = tmp_path / "plankaart.pdf"
    fake.write_text("not a pdf")
    _records, _document, problems = prepare_submission(
        candidates, contact, reports_dir=tmp_path, planmap_pdf=fake, created=CREATED
    )
    assert {(p.candidate, p.field) for p in problems} == {
        ("EHV-002", "rapport"),
        ("EHV-003", "rapport"),
        ("", "plankaart"),
    }


def test_a_charge_card_id_in_free_text_is_refused(candidates, contact):
    candidates.loc[0, "opmerkingen"] = "Melding van pashouder NL-TNM-C01234567-X over storing"
    candidates.loc[2, "netcapaciteit_reden"] = "zie sessie van nlabcc12345678"
    _records, _document, problems = prepare_submission(candidates, contact, created=CREATED)
    assert [(p.candidate, p.field, p.message) for p in problems] == [
        ("EHV-001", "opmerkingen", "contains what looks like a charge card id; remove personal data"),
        ("EHV-003", "netcapaciteit_reden", "contains what looks like a charge card id; remove personal data"),
    ]
