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
from ral_zuid_plugin.core.screening.region import Region, check_any_inside
from ral_zuid_plugin.core.screening.rules import (
    CANDIDATE_LAYER,
    NOT_ASSESSED,
    OUTSIDE_REGION,
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
    referrals: np.ndarray | None = None
    """Per candidate the referral advice code this criterion triggers, or ``""``."""
    group_statuses: list = field(default_factory=list)
    """Per candidate ``[(group, status, thresholds), ...]`` for criteria with thresholds per target group."""
    thresholds_used: list = field(default_factory=list)
    """Per candidate the :class:`Thresholds` its status was decided by (``None`` when not by thresholds)."""
    group_code: np.ndarray | None = None
    """Per candidate a number that differs exactly when the per-group statuses differ (0 without groups)."""


@dataclass(frozen=True)
class GivenValues:
    """Values of one criterion measured before (e.g. carried in a submission), classified instead of measured.

    NaN means "not measured"; such candidates get ``missing_reason``. Used by the expertisecentrum's re-screening
    (``core/review/rescreen.py``) to apply another rule version to what the gemeente measured.
    """

    values: np.ndarray
    missing_reason: str


@dataclass
class ScreeningResult:
    frame: gpd.GeoDataFrame
    """Candidates with the contract fields, per criterion ``<id>_waarde/_status/_reden``, in RD New."""
    rules: RuleSet
    outcomes: list[CriterionOutcome] = field(default_factory=list)
    needed: list[list[str]] = field(default_factory=list)
    """Per candidate: what is needed to become *positief* (empty when it is)."""

    @property
    def outside_region(self) -> list[str]:
        """kandidaat_id of every candidate outside Noord-Brabant and Limburg (advice *buiten regio*)."""
        return self.frame.loc[self.frame["advies"] == OUTSIDE_REGION, "kandidaat_id"].astype(str).tolist()

    def record(self, index: int) -> dict:
        """The JSON-able result of candidate number ``index`` (see :func:`candidate_record`)."""
        record = candidate_record(self.frame.iloc[index], self.outcomes, index, self.rules)
        record["nodig_voor_positief"] = list(self.needed[index]) if self.needed else []
        return record

    def records(self) -> list[dict]:
        return [self.record(index) for index in range(len(self.frame))]


def screen_candidates(
    candidates: gpd.GeoDataFrame,
    references: dict[str, ReferenceLayer],
    rules: RuleSet,
    progress: Progress | None = None,
    region: Region | None = None,
    given: dict[str, GivenValues] | None = None,
) -> ScreeningResult:
    """Screen prepared candidates (:func:`~ral_zuid_plugin.core.screening.candidates.prepare_candidates`).

    With a ``region`` (:func:`~ral_zuid_plugin.core.screening.region.bundled_region`) every candidate gets the
    gemeente it lies in; candidates outside it get *buiten regio* and no score, and a layer with no candidate
    inside stops with a message about its coordinate reference system. Without a region nothing is checked.
    ``given`` holds values measured before, by criterion id (:class:`GivenValues`); those criteria are not measured
    again (categorical criteria always read the candidate's field).
    """
    progress = progress or SilentProgress()
    count = len(candidates)
    xy = measures.point_coordinates(candidates.geometry)
    codes = np.full(count, "", dtype=object)
    names = np.full(count, "", dtype=object)
    outside = np.zeros(count, dtype=bool)
    if region is not None:
        codes, names = region.locate(xy)
        check_any_inside(codes, candidates.attrs.get("source_crs"), candidates.attrs.get("source_name"))
        outside = codes == ""
    groups = [str(text).split(",") for text in candidates["doelgroepen"]]
    membership = np.array([[g in gs for g in TARGET_GROUPS] for gs in groups], dtype=bool).reshape(count, -1)
    outcomes: list[CriterionOutcome] = []
    total = len(rules.criteria)
    for number, criterion in enumerate(rules.criteria):
        check_cancelled(progress)
        covered = np.array([g in criterion.target_groups for g in TARGET_GROUPS], dtype=bool)
        applicable = (membership & covered).any(axis=1)
        layer = references.get(criterion.layer)
        known = (given or {}).get(criterion.id)
        outcomes.append(_evaluate(criterion, candidates, xy, groups, membership, applicable, layer, known))
        progress.set_progress(90.0 * (number + 1) / total)
    _set_referrals(outcomes, candidates)
    _set_moot(outcomes)
    if outside.any():
        _set_outside(outcomes, outside)
    score, share = _score(outcomes, rules, count)
    advice = advise(outcomes, rules, score, share, outside=outside)
    explanations, needed = wording.advice_texts(outcomes, rules, score, share, advice)
    frame = _result_frame(
        candidates,
        outcomes,
        rules,
        score,
        advice,
        location={"locatie_gemeentecode": codes.astype(object), "locatie_gemeentenaam": names.astype(object)},
        explanation={
            "advies_reden": np.array(explanations, dtype=object),
            "nodig_voor_positief": np.array([" ".join(items) for items in needed], dtype=object),
        },
    )
    progress.set_progress(100.0)
    return ScreeningResult(frame=frame, rules=rules, outcomes=outcomes, needed=needed)


def _set_referrals(outcomes: list[CriterionOutcome], candidates: gpd.GeoDataFrame) -> None:
    """Per criterion, the referral advice its status (or category) triggers for each candidate."""
    for outcome in outcomes:
        criterion = outcome.criterion
        referrals = np.full(len(outcome.statuses), "", dtype=object)
        if criterion.category_referrals:
            raw = pd.Series(_candidate_column(candidates, criterion.value_field), dtype=object)
            keys = raw.where(raw.notna(), "").astype(str).str.strip().str.lower()
            codes = keys.map(criterion.category_referrals).fillna("").to_numpy(dtype=object)
            assessed = outcome.statuses != NOT_ASSESSED
            referrals[assessed] = codes[assessed]
        if criterion.referral:
            hit = np.isin(outcome.statuses, list(criterion.referral["when"]))
            referrals[hit] = criterion.referral["advice"]
        outcome.referrals = referrals


def _excluded_by(outcome: CriterionOutcome) -> np.ndarray:
    """Candidates this criterion decides on its own: a knock-out that fails, or a referral."""
    excluded = outcome.referrals != ""
    if outcome.criterion.knockout:
        excluded = excluded | (outcome.statuses == "voldoet niet")
    return excluded


def _set_moot(outcomes: list[CriterionOutcome]) -> None:
    """Criteria marked ``moot_when_excluded`` are not weighed where another criterion already decides."""
    marked = [o for o in outcomes if o.criterion.moot_when_excluded]
    if not marked:
        return
    deciders = [(o, _excluded_by(o)) for o in outcomes]
    for outcome in marked:
        others = [(o, flags) for o, flags in deciders if o is not outcome and flags.any()]
        if not others:
            continue
        decided = np.logical_or.reduce([flags for _, flags in others])
        rows = np.flatnonzero(decided & (outcome.statuses != NOT_ASSESSED) & (outcome.referrals == ""))
        sentences: dict[tuple, str] = {}
        for i in rows.tolist():
            by = tuple(o.criterion.label() for o, flags in others if flags[i])
            if by not in sentences:
                sentences[by] = wording.moot_reason(outcome.criterion, list(by))
            outcome.statuses[i] = NOT_ASSESSED
            outcome.reasons[i] = sentences[by]


def _set_outside(outcomes: list[CriterionOutcome], outside: np.ndarray) -> None:
    """Candidates outside the region are not screened: every criterion *niet beoordeeld*, no referral."""
    for outcome in outcomes:
        reason = wording.outside_region_reason(outcome.criterion)
        outcome.statuses[outside] = NOT_ASSESSED
        outcome.referrals[outside] = ""
        for i in np.flatnonzero(outside).tolist():
            outcome.reasons[i] = reason


def _evaluate(
    criterion: Criterion,
    candidates: gpd.GeoDataFrame,
    xy: np.ndarray,
    groups: list[list[str]],
    membership: np.ndarray,
    applicable: np.ndarray,
    layer: ReferenceLayer | None,
    given: GivenValues | None = None,
) -> CriterionOutcome:
    """One criterion for all candidates: value, status and reason per candidate (``given``: measured before)."""
    count = len(candidates)
    outcome = CriterionOutcome(
        criterion=criterion,
        values=np.full(count, np.nan),
        statuses=np.full(count, NOT_ASSESSED, dtype=object),
        reasons=_not_applicable_reasons(criterion, groups),
        applicable=applicable,
        attribution=layer.attribution if layer is not None else "",
        referrals=np.full(count, "", dtype=object),
        group_statuses=[None] * count,
        thresholds_used=[None] * count,
    )
    rows = np.flatnonzero(applicable)
    if criterion.categorical:
        given = None
    if given is None and criterion.layer != CANDIDATE_LAYER and (layer is None or len(layer.frame) == 0):
        missing = wording.missing_layer_reason(criterion) if layer is None else wording.empty_layer_reason(criterion)
        for i in rows:
            outcome.reasons[i] = missing
        return outcome
    if criterion.categorical:
        _evaluate_categories(outcome, _candidate_column(candidates, criterion.value_field), rows)
        return outcome

    if given is not None:
        outcome.values = np.asarray(given.values, dtype=float).copy()
    else:
        outcome.values = _measure(criterion, candidates, xy, layer)
    known = ~np.isnan(outcome.values[rows])
    if not known.all():
        missing_reason = given.missing_reason if given is not None else wording.missing_value_reason(criterion)
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
    sentences: dict[str, tuple[str, str]] = {}  # category -> (status, reason), built once per category
    for i in rows:
        value = raw[i]
        category = None if value is None or str(value).strip() == "" else str(value).strip().lower()
        if category is None:
            outcome.reasons[i] = wording.missing_value_reason(criterion)
            continue
        if category not in sentences:
            status = criterion.categories.get(category, criterion.other_category or "aandachtspunt")
            sentences[category] = (status, wording.category_reason(criterion, category, status))
        outcome.statuses[i], outcome.reasons[i] = sentences[category]


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
    ranks, tables, chosen_groups, per_group, codes = _classify_rows(criterion, values, membership[rows])
    if codes is not None:
        if outcome.group_code is None:
            outcome.group_code = np.zeros(len(outcome.statuses), dtype=np.int64)
        outcome.group_code[rows] = codes
    quantities = wording.format_quantities(values, criterion.unit)
    templates: dict[tuple, str] = {}  # one sentence per (status, groups) with the number left open
    for position, (i, rank, table, group, quantity) in enumerate(
        zip(rows.tolist(), ranks.tolist(), tables, chosen_groups, quantities)
    ):
        status = _STATUSES[rank]
        outcome.statuses[i] = status
        outcome.thresholds_used[i] = table
        groups = per_group[position] if per_group is not None else None
        if groups is not None:
            outcome.group_statuses[i] = [(g, _STATUSES[r], t) for g, r, t in groups]
        if groups is not None and len(groups) > 1:
            key = (rank, tuple((g, r) for g, r, _ in groups))
            if key not in templates:
                templates[key] = wording.per_group_template(criterion, status, outcome.group_statuses[i], caveat)
        else:
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
) -> tuple[np.ndarray, list[Thresholds], list[str | None], list | None, np.ndarray | None]:
    """Rank per row; with thresholds per group the worst over the row's covered groups (first group on ties).

    The fourth item lists per row ``(group, rank, thresholds)`` for every covered group, the fifth encodes those
    ranks in one number per row (both ``None`` without groups).
    """
    if criterion.thresholds is not None:
        count = len(values)
        return _ranks(values, criterion.thresholds), [criterion.thresholds] * count, [None] * count, None, None
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
    per_group = [
        [(group, rank, criterion.thresholds_per_group[group]) for (_, group), rank in zip(columns, row) if rank >= 0]
        for row in stacked.T.tolist()
    ]
    codes = ((stacked + 1) * (4 ** np.arange(len(columns)))[:, None]).sum(axis=0)
    return ranks, [criterion.thresholds_per_group[g] for g in chosen], chosen, per_group, codes


def _candidate_column(candidates: gpd.GeoDataFrame, name: str | None) -> list:
    if name and name in candidates.columns:
        return list(candidates[name])
    return [None] * len(candidates)


def _measure(
    criterion: Criterion, candidates: gpd.GeoDataFrame, xy: np.ndarray, layer: ReferenceLayer | None
) -> np.ndarray:
    if criterion.kind == "attribute":
        raw = _candidate_column(candidates, criterion.value_field)
        values = pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce").to_numpy(dtype=float)
        if criterion.multiply_field:
            factor = _candidate_column(candidates, criterion.multiply_field)
            values = values * pd.to_numeric(pd.Series(factor, dtype=object), errors="coerce").to_numpy(dtype=float)
        return values
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
    if criterion.kind == "max_within":
        field_name = criterion.value_field or VALUE_FIELD
        if field_name not in layer.frame.columns:
            return np.full(len(xy), np.nan)
        values = pd.to_numeric(layer.frame[field_name], errors="coerce").to_numpy(dtype=float)
        return measures.max_within(xy, geometry, values, criterion.radius_m)
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


def advise(
    outcomes: list[CriterionOutcome],
    rules: RuleSet,
    score: np.ndarray,
    share: np.ndarray,
    outside: np.ndarray | None = None,
) -> np.ndarray:
    """The documented advice rule, in this order.

    1. *buiten regio* where ``outside`` (not screened, no score).
    2. A referral advice (``advice.referrals`` of the rule file, in the order given there) when a criterion
       refers the candidate to another route (e.g. Rijkswaterstaat, the regular procedure).
    3. *negatief*: a knock-out criterion is *voldoet niet*, or the score is below ``negatief_below_score``.
    4. *positief*: every applicable knock-out criterion is assessed and *voldoet* (with
       ``knockouts_must_be_assessed``, the default), no criterion is *voldoet niet*, the score is at least
       ``positief_min_score`` and the assessed criteria carry at least ``min_assessed_weight_share`` of the
       weight of the applicable criteria.
    5. Otherwise *nader onderzoek* (also when nothing could be assessed).
    """
    count = len(score)
    knocked_out = np.zeros(count, dtype=bool)
    any_fail = np.zeros(count, dtype=bool)
    knockouts_open = np.zeros(count, dtype=bool)
    referral = np.full(count, "", dtype=object)
    order = list(rules.advice.referrals)
    for outcome in outcomes:
        fails = outcome.statuses == "voldoet niet"
        any_fail |= fails
        if outcome.criterion.knockout:
            knocked_out |= fails
            knockouts_open |= outcome.applicable & (outcome.statuses != "voldoet")
        if outcome.referrals is not None:
            for i in np.flatnonzero(outcome.referrals != "").tolist():
                code = outcome.referrals[i]
                if not referral[i] or order.index(code) < order.index(referral[i]):
                    referral[i] = code
    rule = rules.advice
    valid = ~np.isnan(score)
    safe = np.where(valid, score, 0.0)
    negative = knocked_out | (valid & (safe < rule.negatief_below_score))
    positive = (
        ~negative & ~any_fail & valid & (safe >= rule.positief_min_score) & (share >= rule.min_assessed_weight_share)
    )
    if rule.knockouts_must_be_assessed:
        positive &= ~knockouts_open
    advice = np.where(negative, "negatief", np.where(positive, "positief", "nader onderzoek")).astype(object)
    advice = np.where(referral != "", referral, advice).astype(object)
    if outside is not None:
        advice[np.asarray(outside, dtype=bool)] = OUTSIDE_REGION
    return advice


def _result_frame(
    candidates: gpd.GeoDataFrame,
    outcomes: list[CriterionOutcome],
    rules: RuleSet,
    score: np.ndarray,
    advice: np.ndarray,
    location: dict | None = None,
    explanation: dict | None = None,
) -> gpd.GeoDataFrame:
    columns: dict[str, object] = {name: candidates[name].to_numpy() for name in CANDIDATE_FIELDS}
    columns.update(location or {})
    columns["vermogen_kw"] = candidates["vermogen_kw"].to_numpy(dtype=float)
    columns["aantal_laadpunten"] = candidates["aantal_laadpunten"].to_numpy(dtype=np.int64)
    columns["advies"] = advice
    columns["score"] = np.round(score, 1)
    columns.update(explanation or {})
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
                "per_group": [
                    {"group": group, "status": status, "threshold": table.voldoet}
                    for group, status, table in (outcome.group_statuses[index] or [])
                ]
                if outcome.group_statuses
                else [],
                "referral": str(outcome.referrals[index]) if outcome.referrals is not None else "",
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
        "advies_label": wording.advice_label(str(row["advies"]), rules),
        "advies_reden": str(row["advies_reden"]),
        "score": _plain(row["score"]),
        "locatie_gemeentecode": str(row["locatie_gemeentecode"]),
        "locatie_gemeentenaam": str(row["locatie_gemeentenaam"]),
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
            advice=wording.advice_label(str(row["advies"]), rules),
            score="-" if _plain(row["score"]) is None else wording.format_number(float(row["score"]), 1),
        ),
    }
