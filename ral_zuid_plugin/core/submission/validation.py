"""Validation of a submission document against the JSON Schema shipped in ``resources/schemas``.

Every problem is reported, each with its candidate (by ``kandidaat_id``, or row number when the id itself is
missing) and field, in the user's language, before anything is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jsonschema

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.submission.candidates import feature_id

SCHEMA_VERSION = "1.1"
"""The version this plugin writes. 1.1 added ``locatietype`` and ``grensoverschrijdend`` to each candidate."""
READABLE_VERSIONS = ("1.0", "1.1")
"""Packages of these versions are still read (and validated against their own schema)."""
SCHEMA_FILE = "submission-{}.schema.json"
# eMI3 contract ids of charge cards (e.g. NL-TNM-C01234567-X): personal data that must not be submitted
CARD_ID = re.compile(r"\b[A-Z]{2}-?[A-Z0-9]{3}-?C[A-Z0-9]{8}(?:-?[A-Z0-9])?\b", re.IGNORECASE)
_REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property")


@dataclass(frozen=True)
class ValidationProblem:
    """One thing wrong with a submission: which candidate (or '' for the submission), which field, what."""

    candidate: str
    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        if self.candidate:
            return tr("Candidate {candidate}, field '{field}': {message}").format(
                candidate=self.candidate, field=self.field, message=self.message
            )
        return tr("Field '{field}': {message}").format(field=self.field, message=self.message)


class SubmissionInvalidError(RalZuidError):
    """The submission does not meet the schema; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: list[ValidationProblem]) -> None:
        self.problems = problems
        lines = [str(problem) for problem in problems]
        shown = lines[:25]
        if len(lines) > len(shown):
            shown.append(tr("… and {count} more problems").format(count=len(lines) - len(shown)))
        if len(problems) == 1:
            message = tr("The submission is not valid (1 problem):")
        else:
            message = tr("The submission is not valid ({count} problems):").format(count=len(problems))
        super().__init__(message + "\n" + "\n".join(shown))


@lru_cache(maxsize=4)
def submission_schema(version: str = SCHEMA_VERSION) -> dict:
    """The JSON Schema a submission of ``version`` must meet."""
    return json.loads(resource_path("schemas", SCHEMA_FILE.format(version)).read_text(encoding="utf-8"))


def _message(error: jsonschema.ValidationError) -> str:
    keyword, expected, value = error.validator, error.validator_value, error.instance
    if value is None and keyword in ("type", "enum", "const"):
        return tr("is empty")
    if keyword == "required":
        return tr("is missing")
    if keyword == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        names = {"number": tr("a number"), "integer": tr("a whole number"), "string": tr("text")}
        wanted = " / ".join(names.get(kind, kind) for kind in kinds if kind != "null")
        return tr("{value!r} is not {wanted}").format(value=value, wanted=wanted)
    if keyword in ("enum", "const"):
        allowed = expected if isinstance(expected, list) else [expected]
        return tr("{value!r} is not one of: {allowed}").format(value=value, allowed=", ".join(map(str, allowed)))
    if keyword in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        templates = {
            "minimum": tr("{value} is smaller than {limit}"),
            "exclusiveMinimum": tr("{value} must be larger than {limit}"),
            "maximum": tr("{value} is larger than {limit}"),
            "exclusiveMaximum": tr("{value} must be smaller than {limit}"),
        }
        return templates[keyword].format(value=value, limit=expected)
    if keyword == "minLength":
        return tr("is empty") if not value else tr("is too short")
    if keyword == "maxLength":
        return tr("is longer than {limit} characters").format(limit=expected)
    if keyword == "pattern":
        if value == "":
            return tr("is empty")
        return tr("{value!r} does not have the expected form").format(value=value)
    if keyword == "minItems":
        return tr("needs at least {limit} value(s)").format(limit=expected)
    if keyword == "maxItems":
        return tr("allows at most {limit} values").format(limit=expected)
    if keyword == "uniqueItems":
        return tr("contains the same value twice")
    return error.message


def referral_message(advice: str) -> str | None:
    """Why a candidate with a referral or 'buiten regio' advice cannot be submitted, and what to do instead;
    ``None`` for any other advice. The codes are those of the snellaadvisie rule file 2.x."""
    code = advice.strip().lower()
    if code == "buiten regio":
        return tr(
            "has the advice 'buiten regio' (outside the region): the site lies outside Noord-Brabant and Limburg, so "
            "the RAL Zuid screening did not assess it and it cannot be submitted. Check its location and the "
            "coordinate reference system of the layer and screen it again; a site that really lies outside the "
            "region goes to the programme of its own region."
        )
    if code == "reguliere procedure":
        return tr(
            "has the advice 'verwijzen naar reguliere procedure' (refer to the regular procedure): under the "
            "charging ladder a fast charger in a residential street is no fast-charge site, so it cannot be "
            "submitted as one. Handle the request for a charge point in the street through the gemeente's regular "
            "application procedure, or choose a site outside the residential street (a hub, car park, filling "
            "station or business park) and screen it again."
        )
    if code == "rijkswaterstaat":
        return tr(
            "has the advice 'niet aan de gemeente: route Rijkswaterstaat': the site lies on a motorway service "
            "area or on Rijkswaterstaat land, where the gemeente does not decide, so it cannot be submitted. The "
            "initiator applies to Rijkswaterstaat; if the gemeente wants fast charging nearby, it screens and "
            "submits a site outside Rijkswaterstaat land."
        )
    return None


def _locate(error: jsonschema.ValidationError, document: dict) -> ValidationProblem:
    path = list(error.absolute_path)
    if error.validator == "required":
        match = _REQUIRED.match(error.message)
        if match:
            path.append(match.group("name"))
    message = _message(error)
    if len(path) >= 2 and path[0] == "candidates" and isinstance(path[1], int):
        index = path[1]
        row = index + 1
        candidates = document.get("candidates")
        entry = candidates[index] if isinstance(candidates, list) and index < len(candidates) else None
        candidate = entry.get("kandidaat_id") if isinstance(entry, dict) else None
        label = str(candidate) if candidate else tr("row {row}").format(row=row)
        rest = [str(part) for part in path[2:]]
        if rest[:1] == ["criteria"] and len(rest) >= 3:
            field = "{}_{}".format(rest[1], rest[2])
        elif rest[:1] == ["geometry"]:
            field = "geometry"
            if error.validator in ("minimum", "maximum"):
                message = tr("the location lies outside the Netherlands")
        else:
            field = rest[0] if rest else "candidate"
            if rest == ["advies"] and error.validator == "enum" and isinstance(error.instance, str):
                message = referral_message(error.instance) or message
        return ValidationProblem(label, field, message, row)
    return ValidationProblem("", ".".join(str(part) for part in path) or "submission", message)


def validation_problems(document: dict[str, Any]) -> list[ValidationProblem]:
    """Every problem of ``document`` against the schema, plus duplicate candidate ids, sorted by row."""
    version = document.get("schema_version") if isinstance(document, dict) else None
    validator = jsonschema.Draft7Validator(
        submission_schema(version if version in READABLE_VERSIONS else SCHEMA_VERSION)
    )  # an old package is judged by its own schema; an unknown version by the current one (which names it)
    problems = [_locate(error, document) for error in validator.iter_errors(document)]
    if any(p.field == "contact.gemeentecode" for p in problems):  # the code is used thrice: say it once
        problems = [p for p in problems if p.field not in ("gemeentecode", "submission_id")]
    problems += _duplicate_id_problems(document)
    problems += _personal_data_problems(document)
    problems.sort(key=lambda p: (p.row or 0, p.field))
    return problems


def _duplicate_id_problems(document: dict[str, Any]) -> list[ValidationProblem]:
    """Ids used twice, also after the mapping to the server's feature id (``EHV.1`` and ``EHV_1`` collide)."""
    gemeentecode = str(document.get("gemeentecode") or "")
    problems = []
    seen: dict[str, int] = {}
    mapped: dict[str, int] = {}
    candidates = document.get("candidates")
    for index, candidate in enumerate(candidates if isinstance(candidates, list) else []):
        if not isinstance(candidate, dict):
            continue
        raw = str(candidate.get("kandidaat_id") or "").strip()
        if not raw:
            continue
        key = raw.lower()
        server_key = feature_id(gemeentecode, raw).lower()  # the server may compare ids without case
        if key in seen:
            message = tr("is used twice (rows {first} and {second})").format(first=seen[key] + 1, second=index + 1)
        elif server_key in mapped:
            first = candidates[mapped[server_key]].get("kandidaat_id")
            message = tr(
                "becomes the same server id {server_id} as candidate {other} (row {first}), because every "
                "character other than a letter, digit, '_' or '-' becomes '_' there; rename one of them"
            ).format(server_id=feature_id(gemeentecode, raw), other=first, first=mapped[server_key] + 1)
        else:
            seen[key] = index
            mapped[server_key] = index
            continue
        problems.append(ValidationProblem(raw, "kandidaat_id", message, index + 1))
    return problems


def _texts(value: Any, path: str):
    """Every text in a JSON value (keys included) with the dotted path where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            yield inner, str(key)
            yield from _texts(item, inner)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item, path)


def _personal_data_problems(document: dict[str, Any]) -> list[ValidationProblem]:
    """Every text of the document (not only the free-text fields) scanned for charge card ids."""
    problems = []
    message = tr("contains what looks like a charge card id; remove personal data")
    candidates = document.get("candidates")
    candidates = candidates if isinstance(candidates, list) else []
    for index, candidate in enumerate(candidates):
        if not isinstance(candidate, dict):
            continue
        label = str(candidate.get("kandidaat_id") or tr("row {row}").format(row=index + 1))
        fields = set()
        for path, text in _texts(candidate, ""):
            if CARD_ID.search(text):
                parts = path.split(".")
                name = "{}_{}".format(parts[1], parts[2]) if parts[0] == "criteria" and len(parts) > 2 else parts[0]
                fields.add(name)
        problems += [ValidationProblem(label, name, message, index + 1) for name in sorted(fields)]
    rest = {key: value for key, value in document.items() if key != "candidates"}
    for name in sorted({path for path, text in _texts(rest, "") if CARD_ID.search(text)}):
        problems.append(ValidationProblem("", name or "submission", message))
    return problems


def validate_submission(document: dict[str, Any]) -> None:
    """Raise :class:`SubmissionInvalidError` listing every problem; return quietly when the document is valid."""
    problems = validation_problems(document)
    if problems:
        raise SubmissionInvalidError(problems)


def cross_border_problems(frame, gemeentecode: str) -> list[ValidationProblem]:
    """A problem for every candidate outside the submitting gemeente that was not confirmed as a cross-border site."""
    from ral_zuid_plugin.core.submission.candidates import cross_border_candidates

    problems = []
    for row, ident, code, name in cross_border_candidates(frame, gemeentecode):
        where = "{} ({})".format(name, code) if code else tr("outside Noord-Brabant and Limburg")
        problems.append(
            ValidationProblem(
                ident or tr("row {row}").format(row=row),
                "geometry",
                tr(
                    "lies in {where}, not in {gemeente}: submit it through the gemeente it lies in, or confirm it "
                    "as a cross-border site (option 'Confirm cross-border sites' of 'Build submission package')"
                ).format(where=where, gemeente=gemeentecode.strip().upper()),
                row,
            )
        )
    return problems
