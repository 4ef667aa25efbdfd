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


def test_referred_and_outside_region_candidates_get_a_clear_dutch_reason(candidates, contact):
    """Schema 1.0 allows only positief / nader onderzoek / negatief. A referral or 'buiten regio' is no typo: the
    message names the candidate, says why it cannot be submitted and what to do (written from the rule file 2.0.0's
    referral texts: 'reguliere procedure' = ladder van laden, woonstraat; 'rijkswaterstaat' = RWS route)."""
    from ral_zuid_plugin.core import i18n
    from tests.core.screening.test_advice_and_candidates import _dutch_translator

    candidates.loc[0, "advies"] = "reguliere procedure"
    candidates.loc[1, "advies"] = "buiten regio"
    candidates.loc[2, "advies"] = "rijkswaterstaat"
    i18n.set_translator(_dutch_translator(), "nl")
    try:
        _records, _document, problems = prepare_submission(candidates, contact, created=CREATED)
        lines = [str(problem) for problem in problems]
    finally:
        i18n.set_translator(None)
    assert [(p.candidate, p.field, p.row) for p in problems] == [
        ("EHV-001", "advies", 1),
        ("EHV-002", "advies", 2),
        ("EHV-003", "advies", 3),
    ]
    assert lines[0] == (
        "Kandidaat EHV-001, veld 'advies': heeft het advies 'verwijzen naar reguliere procedure': volgens de ladder "
        "van laden is een snellader in een woonstraat geen snellaadlocatie, dus kan hij niet als snellaadlocatie "
        "worden aangemeld. Behandel het verzoek voor een laadpunt in de straat via de reguliere aanvraagprocedure van "
        "de gemeente, of kies een locatie buiten de woonstraat (een hub, parkeerterrein, tankstation of "
        "bedrijventerrein) en toets die opnieuw."
    )
    assert lines[1] == (
        "Kandidaat EHV-002, veld 'advies': heeft het advies 'buiten regio': de locatie ligt buiten Noord-Brabant en "
        "Limburg, daarom heeft de RAL Zuid-toets haar niet beoordeeld en kan zij niet worden aangemeld. Controleer de "
        "ligging en het coördinatenstelsel van de laag en toets opnieuw; een locatie die echt buiten de regio ligt, "
        "hoort bij het programma van haar eigen regio."
    )
    assert lines[2] == (
        "Kandidaat EHV-003, veld 'advies': heeft het advies 'niet aan de gemeente: route Rijkswaterstaat': de locatie "
        "ligt op een verzorgingsplaats of op grond van Rijkswaterstaat, waar de gemeente niet beslist, dus kan zij "
        "niet worden aangemeld. De initiatiefnemer meldt zich bij Rijkswaterstaat; wil de gemeente snelladen in de "
        "buurt, dan toetst en meldt zij een locatie buiten de grond van Rijkswaterstaat aan."
    )
    # a plain typo keeps the generic message
    candidates.loc[0, "advies"] = "misschien"
    _records, _document, problems = prepare_submission(candidates, contact, created=CREATED)
    assert problems[0].message == "'misschien' is not one of: positief, nader onderzoek, negatief"
