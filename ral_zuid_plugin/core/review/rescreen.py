"""Re-screening submitted candidates: with the rule version they were screened with, and with the current one.

What a gemeente measured travels in its submission (``criteria.<id>.waarde``); the expertisecentrum does not
have the gemeente's own layers (hoofdwegen, netcongestie, ...). So re-screening *classifies the submitted values
again* with the engine of ``core/screening``:

- a criterion the submission's rule version measured in the same way (same layer, kind, radius and field) gets
  the submitted value; a missing value is *niet beoordeeld* ("not measured in the submission");
- attribute criteria read the candidate's own fields (power, number of points, ownership, ...);
- a criterion that is new or measured differently in the current version is measured on the bundled layers when
  it uses one (snellaadlocaties, verzorgingsplaatsen, snelweg_afritten), else it is *niet beoordeeld*;
- a candidate whose rule version the archive does not know (a gemeente's own rule file) gets no re-screening with
  its own version, and for the current version only attribute criteria and bundled layers.

The differences per criterion are the status changes between the two re-screenings.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, SubProgress, check_cancelled
from ral_zuid_plugin.core.review.rule_archive import RuleArchive
from ral_zuid_plugin.core.review.submissions import Submissions
from ral_zuid_plugin.core.screening.references import BUNDLED_KEYS, ReferenceLayer, bundled_references
from ral_zuid_plugin.core.screening.region import Region
from ral_zuid_plugin.core.screening.rules import CANDIDATE_LAYER, Criterion, RuleSet
from ral_zuid_plugin.core.screening.screening import GivenValues, screen_candidates

ABSENT = "-"
"""Status shown for a criterion that a rule version does not have."""


@dataclass
class Rescreening:
    """Per candidate (in the order of the submissions)."""

    rules_match: np.ndarray
    """``exact`` (same sha256), ``versie`` (same version, other bytes) or ``onbekend``."""
    own_version: np.ndarray
    own_advice: np.ndarray
    own_score: np.ndarray
    current_advice: np.ndarray
    current_score: np.ndarray
    own_statuses: dict[str, np.ndarray]
    """criterion id -> status per candidate with its own version (:data:`ABSENT` where the version lacks it)."""
    current_statuses: dict[str, np.ndarray]
    """criterion id -> status per candidate with the current version."""
    criterion_ids: list[str]
    """Every criterion id of the current and the archived versions that were used, current ones first."""


def same_measure(a: Criterion, b: Criterion) -> bool:
    """Whether two versions of a criterion measure the same thing, so one's value serves the other."""
    return (a.layer, a.kind, a.radius_m, a.value_field, a.multiply_field) == (
        b.layer,
        b.kind,
        b.radius_m,
        b.value_field,
        b.multiply_field,
    )


def candidate_frame(submissions: Submissions, rows: np.ndarray) -> gpd.GeoDataFrame:
    """The rows as :func:`~ral_zuid_plugin.core.screening.screening.screen_candidates` wants them."""
    source = submissions.frame.iloc[rows]
    points = source["aantal_laadpunten"].to_numpy(dtype=float)
    frame = pd.DataFrame(
        {
            "kandidaat_id": source["kandidaat_id"].to_numpy(dtype=object),
            "naam": source["naam"].to_numpy(dtype=object),
            "vermogen_kw": source["vermogen_kw"].to_numpy(dtype=float),
            "aantal_laadpunten": np.where(np.isnan(points), 1, points).round().astype(np.int64),
            "doelgroepen": source["doelgroepen"].str.replace(" ", "", regex=False).to_numpy(dtype=object),
            "grondeigendom": source["grondeigendom"].to_numpy(dtype=object),
            "opmerkingen": source["opmerkingen"].to_numpy(dtype=object),
            "locatietype": [value.lower() or None for value in source["locatietype"].tolist()],
            "notities": "",
            "x_rd": source["x_rd"].to_numpy(dtype=float),
            "y_rd": source["y_rd"].to_numpy(dtype=float),
        }
    )
    return gpd.GeoDataFrame(frame, geometry=source.geometry.values, crs=source.crs)


def _submitted_values(submissions: Submissions, rows: np.ndarray) -> dict[str, np.ndarray]:
    """Per criterion id the submitted ``waarde`` of ``rows`` (NaN where missing or not a number), in one pass."""
    values: dict[str, np.ndarray] = {}
    for position, row in enumerate(rows.tolist()):
        for ident, entry in submissions.criteria[row].items():
            if not isinstance(entry, dict):
                continue
            with contextlib.suppress(TypeError, ValueError):
                number = float(entry.get("waarde"))
                if ident not in values:
                    values[ident] = np.full(len(rows), np.nan)
                values[ident][position] = number
    return values


def _given(
    rules: RuleSet, measured_by: RuleSet | None, submitted: dict[str, np.ndarray], count: int
) -> tuple[dict[str, GivenValues], set[str]]:
    """Given values per criterion of ``rules`` from a submission screened with ``measured_by``, and the bundled
    layers still to measure."""
    given: dict[str, GivenValues] = {}
    to_measure: set[str] = set()
    by_id = {c.id: c for c in measured_by.criteria} if measured_by is not None else {}
    for criterion in rules.criteria:
        if criterion.layer == CANDIDATE_LAYER:
            continue
        before = by_id.get(criterion.id)
        if before is not None and same_measure(before, criterion):
            given[criterion.id] = GivenValues(
                submitted.get(criterion.id, np.full(count, np.nan)),
                tr("{subject}: not assessed, not measured in the submission").format(subject=criterion.label()),
            )
        elif criterion.layer in BUNDLED_KEYS:
            to_measure.add(criterion.layer)
        else:
            reason = (
                tr("{subject}: not assessed, the rule file of the submission is not in the archive").format(
                    subject=criterion.label()
                )
                if measured_by is None
                else tr("{subject}: not assessed, new or measured differently since rule version {version}").format(
                    subject=criterion.label(), version=measured_by.version
                )
            )
            given[criterion.id] = GivenValues(np.full(count, np.nan), reason)
    return given, to_measure


class _Located:
    """Stands in for :class:`Region` when the gemeente of every candidate is known already (located once)."""

    def __init__(self, codes: np.ndarray, names: np.ndarray) -> None:
        self.codes = codes
        self.names = names

    def locate(self, xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if len(xy) != len(self.codes):
            raise ValueError("located for other candidates")
        return self.codes, self.names


def _screen(
    candidates: gpd.GeoDataFrame,
    rules: RuleSet,
    given: dict[str, GivenValues],
    references: dict[str, ReferenceLayer],
    region: Region | _Located | None,
    progress: Progress,
):
    inside = region if region is not None and (region.locate(_xy(candidates))[0] != "").any() else None
    return screen_candidates(candidates, references, rules, progress=progress, region=inside, given=given)


def _xy(candidates: gpd.GeoDataFrame) -> np.ndarray:
    return np.column_stack([candidates["x_rd"].to_numpy(dtype=float), candidates["y_rd"].to_numpy(dtype=float)])


class ReferenceCache:
    """The bundled reference layers, loaded on first need only."""

    def __init__(self, preloaded: dict[str, ReferenceLayer] | None = None) -> None:
        self.layers: dict[str, ReferenceLayer] = dict(preloaded or {})

    def get(self, keys: set[str]) -> dict[str, ReferenceLayer]:
        missing = [key for key in sorted(keys) if key not in self.layers]
        if missing:
            self.layers.update(bundled_references(missing))
        return {key: self.layers[key] for key in keys if key in self.layers}


def rescreen(
    submissions: Submissions,
    archive: RuleArchive,
    region: Region | None = None,
    references: ReferenceCache | None = None,
    progress: Progress | None = None,
    located: tuple[np.ndarray, np.ndarray] | None = None,
) -> Rescreening:
    """Re-screen every candidate with its own rule version and with the current one (see module doc).

    ``located``: the gemeente code and name of every candidate when the caller looked them up already.
    """
    progress = progress or SilentProgress()
    references = references or ReferenceCache()
    frame = submissions.frame
    count = len(frame)
    current = archive.current
    match = np.full(count, "onbekend", dtype=object)
    own_version = np.full(count, "", dtype=object)
    own_advice = np.full(count, "", dtype=object)
    own_score = np.full(count, np.nan)
    current_advice = np.full(count, "", dtype=object)
    current_score = np.full(count, np.nan)
    own_statuses: dict[str, np.ndarray] = {}
    current_statuses: dict[str, np.ndarray] = {}
    groups: dict[str, list[int]] = {}
    matched: dict[str, RuleSet] = {}
    files = frame["regels_bestand"].tolist()
    versions = frame["regels_versie"].tolist()
    shas = frame["regels_sha256"].tolist()
    for row, key in enumerate(zip(files, versions, shas)):
        found = archive.match(*key)
        if found.rules is not None:
            match[row] = "exact" if found.exact else "versie"
            own_version[row] = found.rules.version
            matched[found.rules.version] = found.rules
            groups.setdefault(found.rules.version, []).append(row)
        else:
            groups.setdefault("", []).append(row)
    used: list[RuleSet] = [current, *[matched[v] for v in sorted(matched) if v != current.version]]
    steps = 2 * len(groups) or 1
    step = 0
    for version, row_list in sorted(groups.items()):
        check_cancelled(progress)
        rows = np.asarray(row_list, dtype=np.int64)
        candidates = candidate_frame(submissions, rows)
        where = _Located(located[0][rows], located[1][rows]) if located is not None else region
        submitted = _submitted_values(submissions, rows)
        own = matched.get(version)
        passes = [
            (own, own_statuses, own_advice, own_score),
            (current, current_statuses, current_advice, current_score),
        ]
        result = None
        for rules, statuses, advice, score in passes:
            sub = SubProgress(progress, 100.0 * step / steps, 100.0 * (step + 1) / steps)
            step += 1
            if rules is None:
                continue
            if result is None or rules is not own:  # own version == current: the same screening, done once
                given, to_measure = _given(rules, own, submitted, len(rows))
                result = _screen(candidates, rules, given, references.get(to_measure), where, sub)
            advice[rows] = result.frame["advies"].to_numpy(dtype=object)
            score[rows] = result.frame["score"].to_numpy(dtype=float)
            for outcome in result.outcomes:
                column = statuses.setdefault(outcome.criterion.id, np.full(count, ABSENT, dtype=object))
                column[rows] = outcome.statuses
    ids: list[str] = []
    for rules in used:
        ids += [c.id for c in rules.criteria if c.id not in ids]
    absent = np.full(count, ABSENT, dtype=object)
    for ident in ids:
        own_statuses.setdefault(ident, absent)
        current_statuses.setdefault(ident, absent)
    progress.set_progress(100.0)
    return Rescreening(
        match, own_version, own_advice, own_score, current_advice, current_score, own_statuses, current_statuses, ids
    )
