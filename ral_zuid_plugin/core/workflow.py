"""The analyst's workflow in the RAL Zuid panel: which steps, which algorithm, which output feeds which input.

sessies -> laaddruk -> voorstellen / snellaadtoets -> plankaart -> aanmelden. Each step opens its Processing
algorithm's dialog; :func:`prefill` says what the dialog starts with: the parameters the analyst used last
time in this project, with the inputs that come from an earlier step replaced by that step's newest output
(only when that output is newer than this step's last run, so a deliberate other choice is kept).
Plain Python (no QGIS): the panel stores :class:`StepResult` and the parameters as JSON in the project.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from ral_zuid_plugin.core.i18n import tr

CANDIDATES = "candidates"  # the panel's candidate-site layer (address search), a source like a step's output
CANDIDATE_OUTPUT = "OUTPUT"
SHARED_PARAMETERS = ("GEMEENTECODE",)  # the same gemeente in every step that asks for it


@dataclass(frozen=True)
class Link:
    """Parameter ``parameter`` of a step takes output ``output`` of step ``source``."""

    parameter: str
    source: str
    output: str


@dataclass(frozen=True)
class WorkflowStep:
    key: str
    algorithm: str
    title: Callable[[], str]
    links: tuple[Link, ...] = ()
    outputs: tuple[str, ...] = ()  # the outputs the panel shows (first = the main one)


def workflow_steps() -> tuple[WorkflowStep, ...]:
    return (
        WorkflowStep(
            "sessions",
            "ralzuid:sessionindicators",
            lambda: tr("1. Charging sessions"),
            outputs=("OUTPUT_POINTS", "OUTPUT_WORKBOOK", "OUTPUT_AREAS"),
        ),
        WorkflowStep(
            "pressure",
            "ralzuid:chargingpressure",
            lambda: tr("2. Charging pressure (laaddruk)"),
            (Link("INPUT", "sessions", "OUTPUT_POINTS"),),
            outputs=("OUTPUT", "OUTPUT_AREAS"),
        ),
        WorkflowStep(
            "proposals",
            "ralzuid:placementproposals",
            lambda: tr("3a. Proposals for new charge points"),
            (Link("SESSION_POINTS", "sessions", "OUTPUT_POINTS"),),
            outputs=("OUTPUT",),
        ),
        WorkflowStep(
            "screening",
            "ralzuid:fastchargescreening",
            lambda: tr("3b. Fast-charge screening"),
            (Link("CANDIDATES", CANDIDATES, CANDIDATE_OUTPUT),),
            outputs=("OUTPUT", "REPORT_FOLDER"),
        ),
        WorkflowStep(
            "planmap",
            "ralzuid:planmap",
            lambda: tr("4. Plan map (plankaart)"),
            (
                Link("PRESSURE", "pressure", "OUTPUT"),
                Link("PROPOSAL_AREAS", "proposals", "OUTPUT"),
                Link("LOCATIONS", "screening", "OUTPUT"),
            ),
            outputs=("OUTPUT", "PNG_FILES"),
        ),
        WorkflowStep(
            "submission",
            "ralzuid:submissionpackage",
            lambda: tr("5. Submit (aanmelden)"),
            (
                Link("INPUT", "screening", "OUTPUT"),
                Link("REPORT_FOLDER", "screening", "REPORT_FOLDER"),
                Link("PLANMAP_PDF", "planmap", "OUTPUT"),
            ),
            outputs=("OUTPUT", "SUBMISSION_ID"),
        ),
    )


def step_by_key(key: str) -> WorkflowStep:
    for step in workflow_steps():
        if step.key == key:
            return step
    raise KeyError(key)


@dataclass
class StepResult:
    """The last successful run of a step (or the candidate layer's last change)."""

    when: str  # ISO 8601, local time, seconds
    outputs: dict[str, Any] = field(default_factory=dict)
    summary: str = ""  # the key number in words, e.g. "12 laadpunten"

    def to_json(self) -> str:
        return json.dumps({"when": self.when, "outputs": self.outputs, "summary": self.summary}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> StepResult | None:
        """None for an empty or damaged entry (a project edited by hand must not break the panel)."""
        try:
            data = json.loads(text) if text else None
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("when"), str):
            return None
        outputs = data.get("outputs") if isinstance(data.get("outputs"), dict) else {}
        return cls(data["when"], outputs, str(data.get("summary") or ""))

    @property
    def moment(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.when)
        except ValueError:
            return None


def now_text(moment: dt.datetime | None = None) -> str:
    return (moment or dt.datetime.now()).replace(microsecond=0).isoformat()


def _newer(upstream: StepResult, this: StepResult | None) -> bool:
    if this is None:
        return True
    a, b = upstream.moment, this.moment
    return a is None or b is None or a > b


def prefill(
    step: WorkflowStep,
    remembered: dict[str, dict[str, Any]],
    results: dict[str, StepResult],
) -> dict[str, Any]:
    """The parameters the step's dialog opens with (see the module docstring).

    ``remembered``: per step key the parameters of its last run; ``results``: per step key (and
    :data:`CANDIDATES`) its last result. A gemeentecode given in any step fills the others that ask for one.
    """
    parameters = dict(remembered.get(step.key) or {})
    this = results.get(step.key)
    for link in step.links:
        upstream = results.get(link.source)
        if upstream is None:
            continue
        value = upstream.outputs.get(link.output)
        if value in (None, "") or not (_newer(upstream, this) or link.parameter not in parameters):
            continue
        parameters[link.parameter] = value
    for name in SHARED_PARAMETERS:
        if parameters.get(name):
            continue
        for other in remembered.values():
            if other and other.get(name):
                parameters[name] = other[name]
                break
    return parameters


def next_steps(key: str) -> list[str]:
    """The steps that take an output of step ``key``."""
    return [s.key for s in workflow_steps() if any(link.source == key for link in s.links)]


def json_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
    """Only what JSON can hold and a dialog can take back: text, numbers, booleans and lists of those."""
    kept: dict[str, Any] = {}
    for name, value in parameters.items():
        if isinstance(value, (str, int, float, bool)) or value is None:
            kept[name] = value
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float, bool)) for v in value):
            kept[name] = list(value)
    return kept
