"""The rule file: defaults load and validate, schema errors name criterion and field, a new file changes results."""

from __future__ import annotations

import hashlib
import json

import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.rules import TARGET_GROUPS, default_rules_path, load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from tests.core.screening.helpers import candidates, deep, points, write_rules

REQUIRED_TOPICS = {
    "snellaadlocaties",  # spacing to existing fast-charge sites
    "snelweg_afritten",  # access from the motorway (truck access)
    "hoofdwegen",  # access from the main road network
    "verzorgingsplaatsen",  # RWS concession
    "vraag",  # demand
    "logistiek",
    "taxistandplaatsen",
    "netcongestie",  # grid
    "onderstations",
    "zoekgebieden",
    "beschermde_gebieden",
    "verkeersintensiteit",  # traffic near the site (issue 13, point 8)
}


def _default_data() -> dict:
    return json.loads(default_rules_path().read_text(encoding="utf-8"))


def test_default_rules_load_validate_and_cover_every_required_topic():
    rules = load_rules()
    assert rules.file_name == "snellaadvisie_ral_zuid.json"
    assert rules.version == "2.0.0"
    assert [entry["version"] for entry in rules.changelog] == ["2.0.0", "1.0.0"]
    # Checksum by a second route: hashlib over the file's bytes.
    assert rules.sha256 == hashlib.sha256(default_rules_path().read_bytes()).hexdigest()
    assert set(rules.layers_needed()) >= REQUIRED_TOPICS
    kinds = {c.kind for c in rules.criteria}
    assert kinds == {"nearest_distance", "count_within", "sum_within", "max_within", "inside_polygon", "attribute"}
    ladder = rules.criterion("ladder_van_laden")
    # Plan par. 3.2: a fast charger in a residential street is referred to the regular procedure.
    assert ladder.categories["woonstraat"] == "voldoet niet"
    assert ladder.category_referrals == {"woonstraat": "reguliere procedure", "verzorgingsplaats": "rijkswaterstaat"}
    assert ladder.moot_when_excluded
    power = rules.criterion("vermogen_doelgroep")
    assert set(power.thresholds_per_group) == set(TARGET_GROUPS)
    assert power.thresholds_per_group["vrachtwagen"].voldoet == 350  # AFIR art. 4 / plan: 350-450 kW for trucks
    car = power.thresholds_per_group["personenauto"]
    assert car.inclusive and not car.aandachtspunt_inclusive  # NAL: 50 kW or more; plan: more than 43 kW
    # On a service area the site is referred to Rijkswaterstaat instead of failing a knock-out.
    service_area = rules.criterion("verzorgingsplaats_rws")
    assert not service_area.knockout
    assert service_area.referral == {"when": ["voldoet niet"], "advice": "rijkswaterstaat"}
    assert list(rules.advice.referrals) == ["rijkswaterstaat", "reguliere procedure"]
    assert rules.advice.knockouts_must_be_assessed


def test_every_default_threshold_cites_its_source_in_both_languages():
    for criterion in load_rules().criteria:
        for language in ("nl", "en"):
            assert len(criterion.source[language]) > 20, (criterion.id, language)
            assert criterion.text[language], (criterion.id, language)
    data = _default_data()
    assert {"plan", "afir", "nal", "nkl"} <= set(data["sources"])
    assert "2023/1804" in data["sources"]["afir"]["title"]


def test_schema_error_names_the_criterion_and_the_field(tmp_path):
    data = _default_data()
    data["criteria"][0]["thresholds"]["voldoet"] = "veel"
    with pytest.raises(InputDataError) as caught:
        load_rules(write_rules(tmp_path, data))
    message = str(caught.value)
    assert message.startswith("file regels.json: criterion afstand_snellaad, field thresholds.voldoet:")
    assert "'veel' is not of type 'number'" in message


def test_schema_error_without_id_names_the_criterion_by_position(tmp_path):
    data = _default_data()
    del data["criteria"][1]["id"]
    with pytest.raises(InputDataError, match=r"criterion number 2, field \(whole criterion\): 'id' is a required"):
        load_rules(write_rules(tmp_path, data))


def test_logic_errors_name_the_criterion_and_field(tmp_path):
    data = _default_data()
    data["criteria"][0]["thresholds"] = {"better": "higher", "voldoet": 100, "aandachtspunt": 500}
    with pytest.raises(
        InputDataError, match=r"criterion afstand_snellaad, field thresholds: better = 'higher', so voldoet 100"
    ):
        load_rules(write_rules(tmp_path, data))
    data = _default_data()
    position = [c["id"] for c in data["criteria"]].index("vraag_nabij")
    del data["criteria"][position]["measure"]["radius_m"]
    with pytest.raises(InputDataError, match=r"criterion vraag_nabij, field measure: a sum_within criterion needs"):
        load_rules(write_rules(tmp_path, data))
    data = _default_data()
    data["criteria"][2]["id"] = "afstand_snellaad"
    with pytest.raises(InputDataError, match=r"criterion afstand_snellaad, field id: the id is used twice"):
        load_rules(write_rules(tmp_path, data))


def test_unreadable_json_names_the_file_and_line(tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text('{\n  "id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(InputDataError, match=r"file kapot.json, row 3: the rule file is not valid JSON"):
        load_rules(path)


def test_a_replaced_rule_file_changes_the_outcome_and_the_recorded_version(tmp_path):
    # Candidate 640 m from an existing fast charger: default thresholds 1000/500 -> aandachtspunt.
    cands = prepare_candidates(candidates([(0, 640)]))
    refs = {"snellaadlocaties": prepare_reference("snellaadlocaties", points([(0, 0)]))}
    before = screen_candidates(cands, refs, load_rules()).frame
    assert before["afstand_snellaad_status"][0] == "aandachtspunt"
    assert before["regels_versie"][0] == "2.0.0"

    data = deep(_default_data())
    data["version"] = "2.1.0"
    data["criteria"][0]["thresholds"] = {"better": "higher", "voldoet": 600, "aandachtspunt": 300}
    path = write_rules(tmp_path, data, "snellaadvisie_2027.json")
    after = screen_candidates(cands, refs, load_rules(path)).frame
    assert after["afstand_snellaad_status"][0] == "voldoet"
    assert after["regels_versie"][0] == "2.1.0"
    assert after["regels_bestand"][0] == "snellaadvisie_2027.json"
    assert after["regels_sha256"][0] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert after["regels_sha256"][0] != before["regels_sha256"][0]


def test_default_power_thresholds_follow_nal_and_the_plan():
    # Cars: 50 kW is fast by NAL (voldoet); 43 kW is not "more than 43 kW" (voldoet niet); 44 kW in between.
    cands = prepare_candidates(candidates([(0, 0)] * 4, vermogen_kw=[50.0, 43.0, 44.0, 22.0]))
    frame = screen_candidates(cands, {}, load_rules()).frame
    assert frame["vermogen_doelgroep_status"].tolist() == ["voldoet", "voldoet niet", "aandachtspunt", "voldoet niet"]
    assert frame["vermogen_doelgroep_reden"][1] == (
        "Power for the target group: 43 kW (threshold 50 kW; attention point above 43 kW for passenger car): "
        "does not meet"
    )


def test_every_result_names_the_sources_of_the_reference_data_used():
    cands = prepare_candidates(candidates([(0, 640)]))
    layer = prepare_reference("snellaadlocaties", points([(0, 0)]), attribution="NDW (CC0)")
    frame = screen_candidates(cands, {"snellaadlocaties": layer}, load_rules()).frame
    assert frame["bronnen"].tolist() == ["NDW (CC0)"]
