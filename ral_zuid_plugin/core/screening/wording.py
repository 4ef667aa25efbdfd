"""The words of a screening result: numbers, statuses and the one-sentence reason per criterion.

Stored status and advice values are stable Dutch codes (``voldoet``, ``nader onderzoek`` …);
the sentences are in the user's language ("Dichtstbijzijnde snellaadlocatie op 640 m (drempel
1.000 m): aandachtspunt" in Dutch, "Nearest fast-charge site at 640 m (threshold 1,000 m):
attention point" in English).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.screening.rules import NOT_ASSESSED, Criterion, RuleSet, Thresholds, localized


def status_label(status: str) -> str:
    """A status code in the user's language."""
    labels = {
        "voldoet": tr("meets"),
        "aandachtspunt": tr("attention point"),
        "voldoet niet": tr("does not meet"),
        "niet beoordeeld": tr("not assessed"),
    }
    return labels.get(status, status)


def advice_label(advice: str, rules: RuleSet | None = None) -> str:
    """An advice code in the user's language; referral advices take their text from the rule file."""
    labels = {
        "positief": tr("positive"),
        "nader onderzoek": tr("further study"),
        "negatief": tr("negative"),
        "buiten regio": tr("outside the region"),
    }
    if advice in labels:
        return labels[advice]
    if rules is not None and advice in rules.advice.referrals:
        return localized(rules.advice.referrals[advice]["text"])
    return advice


def kind_label(kind: str) -> str:
    """What a criterion measures, in the user's language."""
    labels = {
        "nearest_distance": tr("distance to the nearest feature"),
        "count_within": tr("number of features within"),
        "sum_within": tr("sum of a field within"),
        "max_within": tr("highest value of a field within"),
        "inside_polygon": tr("inside a polygon"),
        "attribute": tr("field of the candidate"),
    }
    return labels.get(kind, kind)


def group_label(group: str) -> str:
    labels = {
        "personenauto": tr("passenger car"),
        "taxi": tr("taxi"),
        "bestelbus": tr("van"),
        "vrachtwagen": tr("truck"),
    }
    return labels.get(group, group)


def format_number(value: float, decimals: int = 0) -> str:
    """``1234.5`` as ``1.234,5`` (Dutch) or ``1,234.5`` (English); trailing decimal zeros dropped."""
    text = "{:,.{d}f}".format(value, d=decimals)
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".")
    if language() == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_quantity(value: float, unit: str) -> str:
    """A measured value with its unit; distances of 10 km or more in km."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if unit == "m":
        if abs(value) >= 10_000:
            return "{} km".format(format_number(value / 1000.0, 1))
        return "{} m".format(format_number(round(value)))
    decimals = 0 if float(value).is_integer() else 1
    text = format_number(value, decimals)
    return "{} {}".format(text, unit) if unit else text


_DUTCH_SEPARATORS = str.maketrans({",": ".", ".": ","})


def format_quantities(values, unit: str) -> list[str]:
    """:func:`format_quantity` for many values (fast paths for metres and whole numbers)."""
    dutch = language() == "nl"
    result = []
    known: dict[float, str] = {}  # other units: values repeat (powers, counts), format each once
    for value in np.asarray(values, dtype=float).tolist():
        if value != value:  # NaN
            result.append("-")
            continue
        if unit == "m" and abs(value) < 10_000:
            text = "{:,.0f}".format(round(value))
            result.append((text.translate(_DUTCH_SEPARATORS) if dutch else text) + " m")
        else:
            if value not in known:
                known[value] = format_quantity(value, unit)
            result.append(known[value])
    return result


def threshold_text(thresholds: Thresholds, unit: str, status: str) -> str:
    """The boundary that explains ``status``: the *voldoet* one, plus the attention bound when it fails."""
    strict = "" if thresholds.inclusive else (">" if thresholds.better == "higher" else "<") + " "
    main = strict + format_quantity(thresholds.voldoet, unit)
    if status != "voldoet niet" or thresholds.aandachtspunt == thresholds.voldoet:
        return main
    bound = format_quantity(thresholds.aandachtspunt, unit)
    if thresholds.better == "higher":
        if thresholds.aandachtspunt_inclusive:
            return tr("{threshold}; attention point from {bound}").format(threshold=main, bound=bound)
        return tr("{threshold}; attention point above {bound}").format(threshold=main, bound=bound)
    if thresholds.aandachtspunt_inclusive:
        return tr("{threshold}; attention point up to {bound}").format(threshold=main, bound=bound)
    return tr("{threshold}; attention point below {bound}").format(threshold=main, bound=bound)


VALUE_TOKEN = "\x00value\x00"


def measured_template(criterion: Criterion, status: str, thresholds: Thresholds, group: str | None, caveat: str) -> str:
    """The whole reason sentence with the measured number left as :data:`VALUE_TOKEN` (built once, reused)."""
    threshold = threshold_text(thresholds, criterion.unit, status)
    if criterion.kind == "nearest_distance":
        if group:
            text = tr("{subject} at {value} (threshold {threshold} for {group}): {status}")
        else:
            text = tr("{subject} at {value} (threshold {threshold}): {status}")
    elif group:
        text = tr("{subject}: {value} (threshold {threshold} for {group}): {status}")
    else:
        text = tr("{subject}: {value} (threshold {threshold}): {status}")
    sentence = text.format(
        subject=criterion.label(),
        value=VALUE_TOKEN,
        threshold=threshold,
        group=group_label(group) if group else "",
        status=status_label(status),
    )
    return with_caveat(sentence, criterion, caveat)


def inside_reason(criterion: Criterion, inside: bool, status: str) -> str:
    if inside:
        text = tr("{subject}: the candidate lies inside: {status}")
    else:
        text = tr("{subject}: the candidate lies outside: {status}")
    return text.format(subject=criterion.label(), status=status_label(status))


def category_reason(criterion: Criterion, category: str, status: str) -> str:
    explanation = criterion.category_reasons.get(category)
    if explanation:
        return tr("{subject}: '{category}': {explanation}: {status}").format(
            subject=criterion.label(),
            category=category,
            explanation=localized(explanation),
            status=status_label(status),
        )
    return tr("{subject}: '{category}': {status}").format(
        subject=criterion.label(), category=category, status=status_label(status)
    )


def missing_layer_reason(criterion: Criterion) -> str:
    return tr("{subject}: not assessed, the reference layer '{layer}' was not given").format(
        subject=criterion.label(), layer=criterion.layer
    )


def empty_layer_reason(criterion: Criterion) -> str:
    return tr("{subject}: not assessed, the reference layer '{layer}' has no features").format(
        subject=criterion.label(), layer=criterion.layer
    )


def not_applicable_reason(criterion: Criterion, groups: list[str]) -> str:
    return tr("{subject}: not assessed, does not apply to target group(s) {groups}").format(
        subject=criterion.label(), groups=", ".join(group_label(g) for g in groups) or "-"
    )


def missing_value_reason(criterion: Criterion) -> str:
    return tr("{subject}: not assessed, the field '{field}' is empty").format(
        subject=criterion.label(), field=criterion.value_field
    )


def with_caveat(reason: str, criterion: Criterion, layer_caveat: str = "") -> str:
    """``reason`` with the data caveat of the layer (or else of the rule file) appended."""
    caveat = layer_caveat or localized(criterion.caveat)
    if not caveat:
        return reason
    return tr("{reason} (note: {caveat})").format(reason=reason, caveat=caveat)


def per_group_template(criterion: Criterion, status: str, per_group: list, caveat: str) -> str:
    """One sentence naming every target group's status and threshold, e.g. for a car + truck site."""
    parts = [
        tr("{group}: {status} (threshold {threshold})").format(
            group=group_label(group),
            status=status_label(group_status),
            threshold=threshold_text(table, criterion.unit, group_status),
        )
        for group, group_status, table in per_group
    ]
    if criterion.kind == "nearest_distance":
        text = tr("{subject} at {value}; {groups}: {status}")
    else:
        text = tr("{subject}: {value}; {groups}: {status}")
    sentence = text.format(
        subject=criterion.label(), value=VALUE_TOKEN, groups="; ".join(parts), status=status_label(status)
    )
    return with_caveat(sentence, criterion, caveat)


def moot_reason(criterion: Criterion, deciders: list[str]) -> str:
    return tr("{subject}: not weighed, {deciders} already decides this site").format(
        subject=criterion.label(), deciders=", ".join(deciders)
    )


def outside_region_reason(criterion: Criterion) -> str:
    return tr("{subject}: not assessed, the site lies outside Noord-Brabant and Limburg").format(
        subject=criterion.label()
    )


def goal_text(criterion: Criterion, thresholds: Thresholds | None, group: str | None = None) -> str:
    """What *voldoet* means for this criterion, e.g. 'at least 350 kW for truck' or 'outside the layer'."""
    if thresholds is not None:
        value = format_quantity(thresholds.voldoet, criterion.unit)
        if thresholds.better == "higher":
            text = tr("at least {value}") if thresholds.inclusive else tr("more than {value}")
        else:
            text = tr("at most {value}") if thresholds.inclusive else tr("less than {value}")
        text = text.format(value=value)
        if group:
            text = tr("{goal} for {group}").format(goal=text, group=group_label(group))
        return text
    if criterion.outcomes:
        if criterion.outcomes.get("outside") == "voldoet":
            return tr("a site outside the layer '{layer}'").format(layer=criterion.layer)
        return tr("a site inside the layer '{layer}'").format(layer=criterion.layer)
    if criterion.categories:
        good = [name for name, status in criterion.categories.items() if status == "voldoet"]
        return tr("a location type that meets ({types})").format(types=", ".join(good))
    return status_label("voldoet")


def _assess_text(criterion: Criterion) -> str:
    if criterion.layer == "kandidaat":
        return tr("{subject}: fill in the candidate field '{field}'.").format(
            subject=criterion.label(), field=criterion.value_field
        )
    return tr("{subject}: give the layer '{layer}' so it can be assessed.").format(
        subject=criterion.label(), layer=criterion.layer
    )


def _improve_text(criterion: Criterion, outcome, index: int) -> str:
    if criterion.needed:
        return tr("{subject}: needs {goal}.").format(subject=criterion.label(), goal=localized(criterion.needed))
    groups = outcome.group_statuses[index] if outcome.group_statuses else None
    if groups:
        goals = [goal_text(criterion, table, group) for group, status, table in groups if status != "voldoet"]
        goal = "; ".join(goals)
    else:
        goal = goal_text(criterion, outcome.thresholds_used[index] if outcome.thresholds_used else None)
    return tr("{subject}: needs {goal}.").format(subject=criterion.label(), goal=goal)


def _score_text(value: float) -> str:
    return "-" if value != value else format_number(float(value), 1)


def advice_texts(outcomes: list, rules: RuleSet, score, share, advice) -> tuple[list[str], list[list[str]]]:
    """Per candidate the sentence that explains the advice, and what is needed to become *positief*.

    Candidates in the same situation (advice, every criterion's status, applicability, referral and per-group
    statuses, score and assessed share) share their sentences: each distinct situation is worded once.
    """
    rule = rules.advice
    count = len(advice)
    if count == 0:
        return [], []
    columns = [pd.factorize(pd.Series(np.asarray(advice, dtype=object)))[0]]
    status_codes = {name: number for number, name in enumerate(("voldoet", "aandachtspunt", "voldoet niet"), 1)}
    for outcome in outcomes:
        statuses = pd.Series(outcome.statuses, dtype=object)
        columns.append(statuses.map(status_codes).fillna(0).to_numpy(dtype=np.int64))
        columns.append(np.asarray(outcome.applicable, dtype=np.int64))
        if outcome.referrals is not None:
            columns.append(pd.factorize(pd.Series(outcome.referrals, dtype=object))[0])
        if outcome.group_code is not None:
            columns.append(np.asarray(outcome.group_code, dtype=np.int64))
    score = np.asarray(score, dtype=float)
    share = np.asarray(share, dtype=float)
    columns.append(np.where(np.isnan(score), -1, np.round(score * 10)).astype(np.int64))
    columns.append(np.round(share * 1000).astype(np.int64))
    _, first, inverse = np.unique(np.column_stack(columns), axis=0, return_index=True, return_inverse=True)
    worded = [
        _advice_text(outcomes, rules, rule, int(i), str(advice[i]), float(score[i]), float(share[i]))
        for i in first.tolist()
    ]
    explanations = [worded[k][0] for k in np.asarray(inverse).reshape(-1).tolist()]
    needed = [list(worded[k][1]) for k in np.asarray(inverse).reshape(-1).tolist()]
    return explanations, needed


def _advice_text(outcomes: list, rules: RuleSet, rule, i: int, code: str, score: float, share: float):
    if code == "buiten regio":
        return (
            tr(
                "Outside the region: the site lies outside Noord-Brabant and Limburg and is not screened against the "
                "regional snellaadvisie."
            ),
            [
                tr(
                    "Check the location and the coordinate reference system of the layer; a site in another region "
                    "belongs to that region's charging vision."
                )
            ],
        )
    if code in rule.referrals:
        referral = rule.referrals[code]
        deciders = [o.criterion.label() for o in outcomes if o.referrals is not None and o.referrals[i] == code]
        label = advice_label(code, rules)
        explanation = tr("{advice}: {explanation} (decided by: {criteria}).").format(
            advice=label[:1].upper() + label[1:],
            explanation=localized(referral["explanation"]).rstrip("."),
            criteria=", ".join(deciders),
        )
        return explanation, [localized(referral["needed"])]
    failing_knockouts = [o for o in outcomes if o.criterion.knockout and o.statuses[i] == "voldoet niet"]
    open_knockouts = [o for o in outcomes if o.criterion.knockout and o.applicable[i] and o.statuses[i] == NOT_ASSESSED]
    weak_knockouts = [
        o for o in outcomes if o.criterion.knockout and o.applicable[i] and o.statuses[i] == "aandachtspunt"
    ]
    failing = [o for o in outcomes if o.statuses[i] == "voldoet niet" and not o.criterion.knockout]
    attention = [o for o in outcomes if o.statuses[i] == "aandachtspunt" and not o.criterion.knockout]
    unassessed = [o for o in outcomes if o.applicable[i] and o.statuses[i] == NOT_ASSESSED and not o.criterion.knockout]
    names = lambda items: ", ".join(o.criterion.label() for o in items)  # noqa: E731
    score_text = _score_text(score)
    items: list[str] = []
    if code == "positief":
        return (
            tr(
                "Positive: every knock-out criterion is met, no criterion fails and the score is {score} "
                "(at least {minimum})."
            ).format(score=score_text, minimum=format_number(rule.positief_min_score)),
            [],
        )
    if code == "negatief":
        if failing_knockouts:
            explanation = tr("Negative: the knock-out criterion {criteria} is not met.").format(
                criteria=names(failing_knockouts)
            )
        else:
            explanation = tr("Negative: the score is {score}, below {minimum}.").format(
                score=score_text, minimum=format_number(rule.negatief_below_score)
            )
        items += [_improve_text(o.criterion, o, i) for o in failing_knockouts + failing + weak_knockouts]
        items += [_assess_text(o.criterion) for o in open_knockouts]
        if not failing_knockouts:
            items += [_improve_text(o.criterion, o, i) for o in attention]
        return explanation, items
    reasons = []
    if open_knockouts:
        reasons.append(tr("not fully assessed: {criteria}").format(criteria=names(open_knockouts)))
    if weak_knockouts:
        reasons.append(
            tr("knock-out criterion only an attention point: {criteria}").format(criteria=names(weak_knockouts))
        )
    if failing:
        reasons.append(tr("does not meet: {criteria}").format(criteria=names(failing)))
    if score != score:
        reasons.append(tr("nothing could be assessed"))
    elif score < rule.positief_min_score:
        reasons.append(
            tr("score {score} below {minimum}").format(score=score_text, minimum=format_number(rule.positief_min_score))
        )
    if share < rule.min_assessed_weight_share:
        reasons.append(
            tr("only {share} % of the weight assessed (at least {minimum} % needed)").format(
                share=format_number(100 * share), minimum=format_number(100 * rule.min_assessed_weight_share)
            )
        )
    explanation = tr("Further study: {reasons}.").format(reasons="; ".join(reasons) or "-")
    items += [_assess_text(o.criterion) for o in open_knockouts]
    items += [_improve_text(o.criterion, o, i) for o in weak_knockouts + failing]
    if score == score and score < rule.positief_min_score:
        items += [_improve_text(o.criterion, o, i) for o in attention]
    if share < rule.min_assessed_weight_share or score != score:
        items += [_assess_text(o.criterion) for o in unassessed]
    return explanation, items
