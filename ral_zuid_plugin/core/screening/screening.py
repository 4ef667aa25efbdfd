"""Screen candidate fast-charge sites criterion by criterion, then give a score and an advice.

For each criterion and candidate the result holds the measured value, a status (``voldoet``,
``aandachtspunt``, ``voldoet niet`` or ``niet beoordeeld``) and one sentence with the number.

Status rules:

- a criterion that does not apply to any of the candidate's target groups, whose reference
  layer is missing or empty, or whose candidate field is empty is *niet beoordeeld* (never
  *voldoet*);
- with ``thresholds``: ``better = higher`` gives *voldoet* from the voldoet threshold,
  *aandachtspunt* from the aandachtspunt threshold, else *voldoet niet* (``lower`` mirrored;
  ``inclusive: false`` / ``aandachtspunt_inclusive: false`` make a comparison strict);
- with ``thresholds_per_group``: every applicable target group of the candidate is tested and
  the worst status counts (its threshold is quoted);
- with ``outcomes`` (inside polygon): the status given for inside or outside;
- with ``categories`` (attribute text): the status of the category, else ``other_category``.

Score and advice: see :func:`advise` (the rule is also written in the rule file).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.screening import measures, wording
from ral_zuid_plugin.core.screening.references import VALUE_FIELD, ReferenceLayer
from ral_zuid_plugin.core.screening.rules import (
    CANDIDATE_LAYER,
    NOT_ASSESSED,
    TARGET_GROUPS,
    Criterion,
    RuleSet,
    Thresholds,
)

_STATUSES = ("voldoet", "aandachtspunt", "voldoet niet")
CANDIDATE_FIELDS = (
    "kandidaat_id",
    "naam",
    "vermogen_kw",
    "aantal_laadpunten",
    "doelgroepen",
    "grondeigendom",
    "opmerkingen",
    "locatietype",
)


@dataclass
class CriterionOutcome:
    """One criterion for all candidates (arrays in candidate order)."""

    criterion: Criterion
    values: np.ndarray
    statuses: np.ndarray
    reasons: list[str]
    applicable: np.ndarray
    attribution: str = ""


@dataclass
class ScreeningResult:
    frame: gpd.GeoDataFrame
    """Candidates with the contract fields, per criterion ``<id>_waarde/_status/_reden``, in RD New."""
    rules: RuleSet
    outcomes: list[CriterionOutcome] = field(default_factory=list)

    def record(self, index: int) -> dict:
        """The JSON-able result of candidate number ``index`` (see :func:`candidate_record`)."""
        return candidate_record(self.frame.iloc[index], self.outcomes, index, self.rules)

    def records(self) -> list[dict]:
        return [self.record(index) for index in range(len(self.frame))]


def screen_candidates(
    candidates: gpd.GeoDataFrame,
    references: dict[str, ReferenceLayer],
    rules: RuleSet,
    progress: Progress | None = None,
) -> ScreeningResult:
    """Screen prepared candidates (:func:`~ral_zuid_plugin.core.screening.candidates.prepare_candidates`)."""
    progress = progress or SilentProgress()
    count = len(candidates)
    xy = measures.point_coordinates(candidates.geometry)
    groups = [str(text).split(",") for text in candidates["doelgroepen"]]
    membership = np.array([[g in gs for g in TARGET_GROUPS] for gs in groups], dtype=bool).reshape(count, -1)
    outcomes: list[CriterionOutcome] = []
    total = len(rules.criteria)
    for number, criterion in enumerate(rules.criteria):
        check_cancelled(progress)
        covered = np.array([g in criterion.target_groups for g in TARGET_GROUPS], dtype=bool)
        applicable = (membership & covered).any(axis=1)
        layer = references.get(criterion.layer)
        outcomes.append(_evaluate(criterion, candidates, xy, groups, membership, applicable, layer))
        progress.set_progress(90.0 * (number + 1) / total)
    score, share = _score(outcomes, rules, count)
    advice = advise(outcomes, rules, score, share)
    frame = _result_frame(candidates, outcomes, rules, score, advice)
    progress.set_progress(100.0)
    return ScreeningResult(frame=frame, rules=rules, outcomes=outcomes)


def _evaluate(
    criterion: Criterion,
    candidates: gpd.GeoDataFrame,
    xy: np.ndarray,
    groups: list[list[str]],
    membership: np.ndarray,
    applicable: np.ndarray,
    layer: ReferenceLayer | None,
) -> CriterionOutcome:
    """One criterion for all candidates: value, status and reason per candidate."""
    count = len(candidates)
    outcome = CriterionOutcome(
        criterion=criterion,
        values=np.full(count, np.nan),
        statuses=np.full(count, NOT_ASSESSED, dtype=object),
        reasons=_not_applicable_reasons(criterion, groups),
        applicable=applicable,
        attribution=layer.attribution if layer is not None else "",
    )
    rows = np.flatnonzero(applicable)
    if criterion.layer != CANDIDATE_LAYER and (layer is None or len(layer.frame) == 0):
        missing = wording.missing_layer_reason(criterion) if layer is None else wording.empty_layer_reason(criterion)
        for i in rows:
            outcome.reasons[i] = missing
        return outcome
    if criterion.categorical:
        _evaluate_categories(outcome, _candidate_column(candidates, criterion.value_field), rows)
        return outcome

    outcome.values = _measure(criterion, candidates, xy, layer)
    known = ~np.isnan(outcome.values[rows])
    if not known.all():
        missing_reason = wording.missing_value_reason(criterion)
        for i in rows[~known]:
            outcome.reasons[i] = missing_reason
    caveat = layer.caveat if layer is not None else ""
    if criterion.kind == "inside_polygon":
        _evaluate_inside(outcome, rows[known], caveat)
    else:
        _evaluate_thresholds(outcome, rows[known], membership, caveat)
    return outcome


def _not_applicable_reasons(criterion: Criterion, groups: list[list[str]]) -> list[str]:
    """The default reason per candidate (does not apply to its target groups), one sentence per group set."""
    sentences: dict[tuple[str, ...], str] = {}
    reasons = []
    for candidate_groups in groups:
        key = tuple(candidate_groups)
        if key not in sentences:
            sentences[key] = wording.not_applicable_reason(criterion, candidate_groups)
        reasons.append(sentences[key])
    return reasons


def _evaluate_categories(outcome: CriterionOutcome, raw: list, rows: np.ndarray) -> None:
    criterion = outcome.criterion
    for i in rows:
        value = raw[i]
        category = None if value is None or str(value).strip() == "" else str(value).strip().lower()
        if category is None:
            outcome.reasons[i] = wording.missing_value_reason(criterion)
            continue
        status = criterion.categories.get(category, criterion.other_category or "aandachtspunt")
        outcome.statuses[i] = status
        outcome.reasons[i] = wording.category_reason(criterion, category, status)


def _evaluate_inside(outcome: CriterionOutcome, rows: np.ndarray, caveat: str) -> None:
    criterion = outcome.criterion
    inside = outcome.values[rows] >= 0.5
    for flag in (True, False):
        status = criterion.outcomes["inside" if flag else "outside"]
        reason = wording.with_caveat(wording.inside_reason(criterion, flag, status), criterion, caveat)
        chosen = rows[inside == flag]
        outcome.statuses[chosen] = status
        for i in chosen:
            outcome.reasons[i] = reason


def _evaluate_thresholds(outcome: CriterionOutcome, rows: np.ndarray, membership: np.ndarray, caveat: str) -> None:
    criterion = outcome.criterion
    values = outcome.values[rows]
    ranks, tables, chosen_groups = _classify_rows(criterion, values, membership[rows])
    quantities = wording.format_quantities(values, criterion.unit)
    templates: dict[tuple, str] = {}  # one sentence per (status, group) with the number left open
    for i, rank, table, group, quantity in zip(rows.tolist(), ranks.tolist(), tables, chosen_groups, quantities):
        status = _STATUSES[rank]
        outcome.statuses[i] = status
        key = (rank, group)
        if key not in templates:
            templates[key] = wording.measured_template(criterion, status, table, group, caveat)
        outcome.reasons[i] = templates[key].replace(wording.VALUE_TOKEN, quantity)


def _ranks(values: np.ndarray, thresholds: Thresholds) -> np.ndarray:
    """0 voldoet, 1 aandachtspunt, 2 voldoet niet, for an array of values."""

    def reach(inclusive: bool):
        if thresholds.better == "higher":
            return np.greater_equal if inclusive else np.greater
        return np.less_equal if inclusive else np.less

    meets = reach(thresholds.inclusive)(values, thresholds.voldoet)
    attention = reach(thresholds.aandachtspunt_inclusive)(values, thresholds.aandachtspunt)
    return np.where(meets, 0, np.where(attention, 1, 2))


def _classify_rows(
    criterion: Criterion, values: np.ndarray, membership: np.ndarray
) -> tuple[np.ndarray, list[Thresholds], list[str | None]]:
    """Rank per row; with thresholds per group the worst over the row's covered groups (first group on ties)."""
    if criterion.thresholds is not None:
        return _ranks(values, criterion.thresholds), [criterion.thresholds] * len(values), [None] * len(values)
    columns = [
        (position, group)
        for position, group in enumerate(TARGET_GROUPS)
        if group in criterion.target_groups and group in criterion.thresholds_per_group
    ]
    stacked = np.stack(
        [
            np.where(membership[:, position], _ranks(values, criterion.thresholds_per_group[group]), -1)
            for position, group in columns
        ]
    )
    worst = stacked.argmax(axis=0)
    ranks = stacked.max(axis=0)
    chosen = [columns[w][1] for w in worst.tolist()]
    return ranks, [criterion.thresholds_per_group[g] for g in chosen], chosen


def _candidate_column(candidates: gpd.GeoDataFrame, name: str | None) -> list:
    if name and name in candidates.columns:
        return list(candidates[name])
    return [None] * len(candidates)


def _measure(
    criterion: Criterion, candidates: gpd.GeoDataFrame, xy: np.ndarray, layer: ReferenceLayer | None
) -> np.ndarray:
    if criterion.kind == "attribute":
        raw = _candidate_column(candidates, criterion.value_field)
        return pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce").to_numpy(dtype=float)
    geometry = layer.geometry()
    if criterion.kind == "nearest_distance":
        return measures.nearest_distance(xy, geometry)
    if criterion.kind == "count_within":
        return measures.count_within(xy, geometry, criterion.radius_m)
    if criterion.kind == "sum_within":
        field_name = criterion.value_field or VALUE_FIELD
        column = layer.frame[field_name] if field_name in layer.frame.columns else None
        weights = (
            pd.to_numeric(column, errors="coerce").to_numpy(dtype=float)
            if column is not None
            else np.ones(len(layer.frame))
        )
        return measures.sum_within(xy, geometry, weights, criterion.radius_m)
    if criterion.kind == "inside_polygon":
        return measures.inside_polygon(candidates.geometry, geometry)
    raise ValueError(criterion.kind)


def _score(outcomes: list[CriterionOutcome], rules: RuleSet, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean status score (0-100) over assessed criteria, and the assessed share of applicable weight."""
    earned = np.zeros(count)
    assessed_weight = np.zeros(count)
    applicable_weight = np.zeros(count)
    for outcome in outcomes:
        weight = outcome.criterion.weight
        assessed = outcome.statuses != NOT_ASSESSED
        points = np.array([rules.status_scores.get(s, 0.0) for s in outcome.statuses])
        earned += np.where(assessed, weight * points, 0.0)
        assessed_weight += np.where(assessed, weight, 0.0)
        applicable_weight += np.where(outcome.applicable, weight, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(assessed_weight > 0, 100.0 * earned / assessed_weight, np.nan)
        share = np.where(applicable_weight > 0, assessed_weight / applicable_weight, 0.0)
    return score, share


def advise(outcomes: list[CriterionOutcome], rules: RuleSet, score: np.ndarray, share: np.ndarray) -> np.ndarray:
    """The documented advice rule.

    *negatief*: a knock-out criterion is *voldoet niet*, or the score is below
    ``negatief_below_score``. *positief*: no criterion is *voldoet niet*, the score is at least
    ``positief_min_score`` and the assessed criteria carry at least ``min_assessed_weight_share``
    of the weight of the applicable criteria. Otherwise *nader onderzoek* (also when nothing
    could be assessed).
    """
    count = len(score)
    knocked_out = np.zeros(count, dtype=bool)
    any_fail = np.zeros(count, dtype=bool)
    for outcome in outcomes:
        fails = outcome.statuses == "voldoet niet"
        any_fail |= fails
        if outcome.criterion.knockout:
            knocked_out |= fails
    rule = rules.advice
    valid = ~np.isnan(score)
    safe = np.where(valid, score, 0.0)
    negative = knocked_out | (valid & (safe < rule.negatief_below_score))
    positive = (
        ~negative & ~any_fail & valid & (safe >= rule.positief_min_score) & (share >= rule.min_assessed_weight_share)
    )
    return np.where(negative, "negatief", np.where(positive, "positief", "nader onderzoek")).astype(object)


def _result_frame(
    candidates: gpd.GeoDataFrame,
    outcomes: list[CriterionOutcome],
    rules: RuleSet,
    score: np.ndarray,
    advice: np.ndarray,
) -> gpd.GeoDataFrame:
    columns: dict[str, object] = {name: candidates[name].to_numpy() for name in CANDIDATE_FIELDS}
    columns["vermogen_kw"] = candidates["vermogen_kw"].to_numpy(dtype=float)
    columns["aantal_laadpunten"] = candidates["aantal_laadpunten"].to_numpy(dtype=np.int64)
    columns["advies"] = advice
    columns["score"] = np.round(score, 1)
    for outcome in outcomes:
        ident = outcome.criterion.id
        columns[ident + "_waarde"] = np.round(outcome.values.astype(float), 2)
        columns[ident + "_status"] = outcome.statuses
        columns[ident + "_reden"] = np.array(outcome.reasons, dtype=object)
    columns["notities"] = candidates["notities"].to_numpy()
    # Attribution of every reference data set used (ODbL and CC BY require it on derived results).
    columns["bronnen"] = "; ".join(sorted({o.attribution for o in outcomes if o.attribution}))
    columns["regels_bestand"] = rules.file_name
    columns["regels_versie"] = rules.version
    columns["regels_sha256"] = rules.sha256
    frame = pd.DataFrame(columns)
    frame["locatietype"] = frame["locatietype"].astype(object).where(frame["locatietype"].notna(), "")
    return gpd.GeoDataFrame(frame, geometry=candidates.geometry.values, crs=candidates.crs)


def _plain(value: float) -> float | None:
    return None if value is None or np.isnan(value) else float(value)


def candidate_record(row: pd.Series, outcomes: list[CriterionOutcome], index: int, rules: RuleSet) -> dict:
    """The JSON-able result of one candidate, for reports and submission packages."""
    criteria = []
    for outcome in outcomes:
        criterion = outcome.criterion
        criteria.append(
            {
                "id": criterion.id,
                "text": criterion.label(),
                "kind": criterion.kind,
                "value": _plain(outcome.values[index]),
                "unit": criterion.unit,
                "status": str(outcome.statuses[index]),
                "reason": outcome.reasons[index],
                "source": wording.localized(criterion.source),
                "weight": criterion.weight,
                "knockout": criterion.knockout,
                "applies": bool(outcome.applicable[index]),
                "data_attribution": outcome.attribution,
            }
        )
    return {
        "kandidaat_id": str(row["kandidaat_id"]),
        "naam": str(row["naam"]),
        "vermogen_kw": _plain(row["vermogen_kw"]),
        "aantal_laadpunten": int(row["aantal_laadpunten"]),
        "doelgroepen": str(row["doelgroepen"]),
        "grondeigendom": str(row["grondeigendom"]),
        "opmerkingen": str(row["opmerkingen"]),
        "locatietype": str(row["locatietype"]),
        "notities": str(row["notities"]),
        "advies": str(row["advies"]),
        "score": _plain(row["score"]),
        "x_rd": round(float(row.geometry.representative_point().x), 1),
        "y_rd": round(float(row.geometry.representative_point().y), 1),
        "regels": {
            "bestand": rules.file_name,
            "id": rules.id,
            "versie": rules.version,
            "sha256": rules.sha256,
            "titel": wording.localized(rules.title),
            "advies_regel": wording.localized(rules.advice.description),
        },
        "criteria": criteria,
        "summary": tr("Advice {advice}, score {score}").format(
            advice=wording.advice_label(str(row["advies"])),
            score="-" if _plain(row["score"]) is None else wording.format_number(float(row["score"]), 1),
        ),
    }
