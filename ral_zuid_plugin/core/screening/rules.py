"""The snellaadvisie as data: load, validate and describe a rule file.

A rule file is JSON validated against ``resources/rules/snellaadvisie.schema.json``. Every
problem names the criterion (by id, or by position when the id itself is broken) and the
field, so the expertisecentrum can fix a new version without reading Python.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.resources import resource_path

STATUSES = ("voldoet", "aandachtspunt", "voldoet niet")
NOT_ASSESSED = "niet beoordeeld"
ADVICES = ("positief", "nader onderzoek", "negatief")
"""The scored advices; a rule file may add referral advices (``advice.referrals``); see :data:`OUTSIDE_REGION`."""
OUTSIDE_REGION = "buiten regio"
TARGET_GROUPS = ("personenauto", "taxi", "bestelbus", "vrachtwagen")
CANDIDATE_LAYER = "kandidaat"
DEFAULT_RULES_NAME = "snellaadvisie_ral_zuid.json"
SCHEMA_NAME = "snellaadvisie.schema.json"


@dataclass(frozen=True)
class Thresholds:
    """Two boundaries on a measured value: *voldoet* from ``voldoet``, *aandachtspunt* from ``aandachtspunt``.

    ``better`` says which way is good. With ``inclusive`` (default) a value equal to the voldoet
    boundary reaches it; without, it must pass it. ``aandachtspunt_inclusive`` does the same for the
    aandachtspunt boundary and defaults to ``inclusive`` (e.g. voldoet from 50 kW, aandachtspunt
    above 43 kW: ``inclusive`` true, ``aandachtspunt_inclusive`` false).
    """

    better: str
    voldoet: float
    aandachtspunt: float
    inclusive: bool = True
    aandachtspunt_inclusive: bool = True

    @classmethod
    def from_dict(cls, data: dict) -> Thresholds:
        return cls(
            better=data["better"],
            voldoet=float(data["voldoet"]),
            aandachtspunt=float(data["aandachtspunt"]),
            inclusive=bool(data.get("inclusive", True)),
            aandachtspunt_inclusive=bool(data.get("aandachtspunt_inclusive", data.get("inclusive", True))),
        )


@dataclass(frozen=True)
class Criterion:
    id: str
    text: dict
    layer: str
    kind: str
    unit: str
    target_groups: tuple[str, ...]
    weight: float
    source: dict
    description: dict = field(default_factory=dict)
    radius_m: float | None = None
    value_field: str | None = None
    knockout: bool = False
    thresholds: Thresholds | None = None
    thresholds_per_group: dict[str, Thresholds] = field(default_factory=dict)
    outcomes: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    other_category: str | None = None
    caveat: dict = field(default_factory=dict)
    referral: dict = field(default_factory=dict)
    """``{"when": [statuses], "advice": code}``: these statuses refer the candidate to another route."""
    category_referrals: dict[str, str] = field(default_factory=dict)
    """category -> referral advice code (categorical criteria)."""
    category_reasons: dict[str, dict] = field(default_factory=dict)
    """category -> the reason sentence (nl/en) the rule file gives for it."""
    moot_when_excluded: bool = False
    """When another criterion knocks the candidate out or refers it elsewhere, this one is not weighed."""
    needed: dict = field(default_factory=dict)
    """What the rule file says is needed when this criterion does not meet (nl/en); else a generic goal."""
    multiply_field: str | None = None
    """Attribute criteria: the value is ``field`` times this candidate field (e.g. power x number of points)."""

    def label(self) -> str:
        """The criterion's text in the user's language."""
        return localized(self.text)

    @property
    def categorical(self) -> bool:
        return self.kind == "attribute" and bool(self.categories)


@dataclass(frozen=True)
class AdviceRule:
    positief_min_score: float
    negatief_below_score: float
    min_assessed_weight_share: float
    description: dict = field(default_factory=dict)
    knockouts_must_be_assessed: bool = True
    """*positief* needs every applicable knock-out criterion assessed and *voldoet*."""
    referrals: dict[str, dict] = field(default_factory=dict)
    """referral advice code -> ``{"text", "explanation", "needed"}`` (nl/en), in order of precedence."""


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    title: dict
    published: str
    publisher: str
    file_name: str
    sha256: str
    status_scores: dict[str, float]
    advice: AdviceRule
    criteria: tuple[Criterion, ...]
    sources: dict = field(default_factory=dict)
    description: dict = field(default_factory=dict)
    path: str = ""
    changelog: tuple[dict, ...] = ()

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def layers_needed(self) -> list[str]:
        """Reference layer keys the criteria use (without the candidate layer itself)."""
        return sorted({c.layer for c in self.criteria if c.layer != CANDIDATE_LAYER})


def localized(text: dict) -> str:
    """The ``nl`` or ``en`` entry of a two-language text, by the UI language."""
    if not text:
        return ""
    return text.get(language(), text.get("en", ""))


def default_rules_path() -> Path:
    return resource_path("rules", DEFAULT_RULES_NAME)


def schema() -> dict:
    return json.loads(resource_path("rules", SCHEMA_NAME).read_text(encoding="utf-8"))


def read_rule_json(path: Path) -> tuple[bytes, object]:
    """The bytes (for the sha256) and the parsed JSON of a rule or assumptions file; located errors."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputDataError(tr("the rule file cannot be read: {error}").format(error=error), path=path) from error
    try:
        return raw, json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputDataError(
            tr("the rule file is not valid JSON: {error}").format(error=error),
            path=path,
            row=getattr(error, "lineno", None),
        ) from error


def load_rules(path: str | Path | None = None) -> RuleSet:
    """Read and validate a rule file (the bundled default when ``path`` is empty)."""
    path = Path(path) if path else default_rules_path()
    raw, data = read_rule_json(path)
    validate_rules(data, path)
    return _build(data, path, hashlib.sha256(raw).hexdigest())


def validate_rules(data: Any, path: str | Path) -> None:
    """Raise :class:`InputDataError` naming criterion and field for the first schema or logic problem."""
    import jsonschema

    validator = jsonschema.Draft7Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        raise InputDataError(_describe(data, list(error.absolute_path), error.message), path=path)
    seen: set[str] = set()
    referrals = set(data["advice"].get("referrals", {}))
    for index, item in enumerate(data["criteria"]):
        where = ["criteria", index]
        if item["id"] in seen:
            raise InputDataError(_describe(data, [*where, "id"], tr("the id is used twice")), path=path)
        seen.add(item["id"])
        for problem, field_name in _logic_problems(item):
            raise InputDataError(_describe(data, [*where, field_name], problem), path=path)
        used = [item["referral"]["advice"]] if "referral" in item else []
        used += [v["referral"] for v in item.get("categories", {}).values() if isinstance(v, dict) and "referral" in v]
        for code in used:
            if code not in referrals:
                raise InputDataError(
                    _describe(
                        data,
                        [*where, "referral"],
                        tr("the referral '{code}' is not defined under advice.referrals").format(code=code),
                    ),
                    path=path,
                )


def _logic_problems(item: dict) -> list[tuple[str, str]]:
    kind = item["measure"]["kind"]
    rules = [key for key in ("thresholds", "thresholds_per_group", "outcomes", "categories") if key in item]
    problems: list[tuple[str, str]] = []
    if len(rules) != 1:
        problems.append(
            (tr("give exactly one of thresholds, thresholds_per_group, outcomes or categories"), "thresholds")
        )
        return problems
    rule = rules[0]
    if kind == "inside_polygon" and rule != "outcomes":
        problems.append((tr("an inside_polygon criterion needs 'outcomes'"), rule))
    if kind != "inside_polygon" and rule == "outcomes":
        problems.append((tr("'outcomes' only fits an inside_polygon criterion"), rule))
    if "multiply_field" in item["measure"] and (kind != "attribute" or rule == "categories"):
        problems.append((tr("'multiply_field' only fits a numeric attribute criterion"), "measure"))
    if rule == "categories" and kind != "attribute":
        problems.append((tr("'categories' only fits an attribute criterion"), rule))
    if kind in ("count_within", "sum_within", "max_within") and "radius_m" not in item["measure"]:
        problems.append((tr("a {kind} criterion needs a radius_m").format(kind=kind), "measure"))
    if kind in ("sum_within", "max_within", "attribute") and "field" not in item["measure"]:
        problems.append((tr("a {kind} criterion needs a field").format(kind=kind), "measure"))
    if kind == "attribute" and item["layer"] != CANDIDATE_LAYER:
        problems.append((tr("an attribute criterion reads the candidate: its layer must be 'kandidaat'"), "layer"))
    if kind != "attribute" and item["layer"] == CANDIDATE_LAYER:
        problems.append((tr("only attribute criteria can use the layer 'kandidaat'"), "layer"))
    if "thresholds_per_group" in item:
        missing = [g for g in item["target_groups"] if g not in item["thresholds_per_group"]]
        if missing:
            problems.append(
                (tr("thresholds are missing for target group(s) {groups}").format(groups=", ".join(missing)), rule)
            )
    tables = [item["thresholds"]] if "thresholds" in item else list(item.get("thresholds_per_group", {}).values())
    for table in tables:
        higher = table["better"] == "higher"
        if (higher and table["voldoet"] < table["aandachtspunt"]) or (
            not higher and table["voldoet"] > table["aandachtspunt"]
        ):
            problems.append(
                (
                    tr(
                        "better = '{better}', so voldoet {voldoet} must not be worse than aandachtspunt {attention}"
                    ).format(better=table["better"], voldoet=table["voldoet"], attention=table["aandachtspunt"]),
                    rule,
                )
            )
    return problems


def _describe(data: Any, location: list, message: str) -> str:
    """'criterion afstand_snellaad, field thresholds.voldoet: <message>' from a JSON path."""
    if len(location) >= 2 and location[0] == "criteria" and isinstance(location[1], int):
        index = location[1]
        item = data["criteria"][index] if isinstance(data, dict) else {}
        ident = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
        name = ident or tr("number {number}").format(number=index + 1)
        field_path = ".".join(str(p) for p in location[2:]) or tr("(whole criterion)")
        return tr("criterion {criterion}, field {field}: {message}").format(
            criterion=name, field=field_path, message=message
        )
    field_path = ".".join(str(p) for p in location) or tr("(top level)")
    return tr("field {field}: {message}").format(field=field_path, message=message)


def _build(data: dict, path: Path, sha256: str) -> RuleSet:
    criteria = []
    for item in data["criteria"]:
        measure = item["measure"]
        criteria.append(
            Criterion(
                id=item["id"],
                text=item["text"],
                layer=item["layer"],
                kind=measure["kind"],
                unit=item["unit"],
                target_groups=tuple(item["target_groups"]),
                weight=float(item["weight"]),
                source=item["source"],
                description=item.get("description", {}),
                radius_m=float(measure["radius_m"]) if "radius_m" in measure else None,
                value_field=measure.get("field"),
                knockout=bool(item.get("knockout", False)),
                thresholds=Thresholds.from_dict(item["thresholds"]) if "thresholds" in item else None,
                thresholds_per_group={
                    group: Thresholds.from_dict(table) for group, table in item.get("thresholds_per_group", {}).items()
                },
                outcomes=dict(item.get("outcomes", {})),
                categories={
                    str(k).strip().lower(): (v["status"] if isinstance(v, dict) else v)
                    for k, v in item.get("categories", {}).items()
                },
                other_category=item.get("other_category"),
                caveat=item.get("caveat", {}),
                referral=dict(item.get("referral", {})),
                category_referrals={
                    str(k).strip().lower(): v["referral"]
                    for k, v in item.get("categories", {}).items()
                    if isinstance(v, dict) and v.get("referral")
                },
                category_reasons={
                    str(k).strip().lower(): v["reason"]
                    for k, v in item.get("categories", {}).items()
                    if isinstance(v, dict) and v.get("reason")
                },
                moot_when_excluded=bool(item.get("moot_when_excluded", False)),
                needed=item.get("needed", {}),
                multiply_field=measure.get("multiply_field"),
            )
        )
    advice = data["advice"]
    return RuleSet(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        published=data["published"],
        publisher=data["publisher"],
        file_name=path.name,
        sha256=sha256,
        status_scores={k: float(v) for k, v in data["status_scores"].items()},
        advice=AdviceRule(
            positief_min_score=float(advice["positief_min_score"]),
            negatief_below_score=float(advice["negatief_below_score"]),
            min_assessed_weight_share=float(advice["min_assessed_weight_share"]),
            description=advice.get("description", {}),
            knockouts_must_be_assessed=bool(advice.get("knockouts_must_be_assessed", True)),
            referrals=dict(advice.get("referrals", {})),
        ),
        criteria=tuple(criteria),
        sources=data.get("sources", {}),
        description=data.get("description", {}),
        path=str(path),
        changelog=tuple(data.get("changelog", [])),
    )
