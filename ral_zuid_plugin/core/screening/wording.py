"""The words of a screening result: numbers, statuses and the one-sentence reason per criterion.

Stored status and advice values are stable Dutch codes (``voldoet``, ``nader onderzoek`` …);
the sentences are in the user's language ("Dichtstbijzijnde snellaadlocatie op 640 m (drempel
1.000 m): aandachtspunt" in Dutch, "Nearest fast-charge site at 640 m (threshold 1,000 m):
attention point" in English).
"""

from __future__ import annotations

import math

import numpy as np

from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.screening.rules import Criterion, Thresholds, localized


def status_label(status: str) -> str:
    """A status code in the user's language."""
    labels = {
        "voldoet": tr("meets"),
        "aandachtspunt": tr("attention point"),
        "voldoet niet": tr("does not meet"),
        "niet beoordeeld": tr("not assessed"),
    }
    return labels.get(status, status)


def advice_label(advice: str) -> str:
    labels = {
        "positief": tr("positive"),
        "nader onderzoek": tr("further study"),
        "negatief": tr("negative"),
    }
    return labels.get(advice, advice)


def kind_label(kind: str) -> str:
    """What a criterion measures, in the user's language."""
    labels = {
        "nearest_distance": tr("distance to the nearest feature"),
        "count_within": tr("number of features within"),
        "sum_within": tr("sum of a field within"),
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
    for value in np.asarray(values, dtype=float).tolist():
        if value != value:  # NaN
            result.append("-")
            continue
        if unit == "m" and abs(value) < 10_000:
            text = "{:,.0f}".format(round(value))
            result.append((text.translate(_DUTCH_SEPARATORS) if dutch else text) + " m")
        else:
            result.append(format_quantity(value, unit))
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
