"""The panel's workflow: what a step's dialog opens with, and what survives in the project."""

from __future__ import annotations

from ral_zuid_plugin.core.workflow import (
    CANDIDATES,
    StepResult,
    json_parameters,
    next_steps,
    prefill,
    step_by_key,
    workflow_steps,
)


def test_the_chain_of_steps():
    assert [s.key for s in workflow_steps()] == [
        "sessions",
        "pressure",
        "proposals",
        "screening",
        "planmap",
        "submission",
    ]
    assert next_steps("sessions") == ["pressure", "proposals"]
    assert next_steps("screening") == ["planmap", "submission"]
    assert next_steps(CANDIDATES) == ["screening"]


def test_a_step_never_run_takes_the_earlier_outputs_and_the_gemeente():
    results = {
        "screening": StepResult("2026-11-29T10:00:00", {"OUTPUT": "/p/gescreend.gpkg", "REPORT_FOLDER": "/p/rap"}),
        "planmap": StepResult("2026-11-29T10:05:00", {"OUTPUT": "/p/plankaart.pdf"}),
    }
    remembered = {"planmap": {"GEMEENTECODE": "GM0772", "YEAR": "2030"}}
    parameters = prefill(step_by_key("submission"), remembered, results)
    assert parameters == {
        "INPUT": "/p/gescreend.gpkg",
        "REPORT_FOLDER": "/p/rap",
        "PLANMAP_PDF": "/p/plankaart.pdf",
        "GEMEENTECODE": "GM0772",  # shared: given in the plankaart step
    }


def test_an_older_upstream_output_does_not_undo_a_deliberate_other_choice():
    # The laaddruk step ran at 11:00 with its own input after the sessions step of 10:00: its remembered INPUT
    # stays. Once the sessions step runs again (12:00) its new output is newer, so it replaces the input.
    remembered = {"pressure": {"INPUT": "/p/eigen_punten.gpkg", "RADIUS": 250}}
    results = {
        "sessions": StepResult("2026-11-29T10:00:00", {"OUTPUT_POINTS": "/p/laadpunten.gpkg"}),
        "pressure": StepResult("2026-11-29T11:00:00", {"OUTPUT": "/p/laaddruk.tif"}),
    }
    assert prefill(step_by_key("pressure"), remembered, results) == {"INPUT": "/p/eigen_punten.gpkg", "RADIUS": 250}
    results["sessions"] = StepResult("2026-11-29T12:00:00", {"OUTPUT_POINTS": "/p/laadpunten_2.gpkg"})
    assert prefill(step_by_key("pressure"), remembered, results) == {"INPUT": "/p/laadpunten_2.gpkg", "RADIUS": 250}


def test_results_and_parameters_round_trip_as_json_and_damage_is_ignored():
    result = StepResult("2026-11-29T10:00:00", {"OUTPUT": "/p/a.gpkg", "PAGE_COUNT": 5}, "5 kaartbladen")
    assert StepResult.from_json(result.to_json()) == result
    assert StepResult.from_json("") is None
    assert StepResult.from_json("{niet json") is None
    assert StepResult.from_json('{"outputs": {}}') is None  # no time
    assert json_parameters({"A": "x", "B": 2.5, "C": [1, "y"], "D": object(), "E": [object()], "F": None}) == {
        "A": "x",
        "B": 2.5,
        "C": [1, "y"],
        "F": None,
    }
