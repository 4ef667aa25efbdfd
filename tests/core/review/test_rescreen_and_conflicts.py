"""Re-screening with two rule versions, conflicts and filters, against values worked out by hand.

The rule numbers quoted come from resources/rules/versions/snellaadvisie_ral_zuid-1.0.0.json (1.0.0) and
resources/rules/snellaadvisie_ral_zuid.json (2.0.0).
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.review.conflicts import find_conflicts
from ral_zuid_plugin.core.review.inbox import build_inbox
from ral_zuid_plugin.core.review.rescreen import ReferenceCache
from ral_zuid_plugin.core.review.rule_archive import RuleArchive
from ral_zuid_plugin.core.review.submissions import InboxFilter, parse_gemeenten, submissions_frame
from ral_zuid_plugin.core.screening.region import bundled_region
from tests.core.review.conftest import feature

EINDHOVEN = (5.4697, 51.4416)  # Eindhoven centre, in GM0772
ARCHIVE_SHA_1_0_0 = "e2c9cd8d6d678ab1eb84aab6b4fc5cf0276067ce5cfd5ed444af4b4d2b4dc8f1"  # sha256sum of the archived file


@pytest.fixture(scope="module")
def archive():
    return RuleArchive.bundled()


@pytest.fixture(scope="module")
def region():
    return bundled_region()


def test_every_earlier_rule_version_is_archived(archive):
    changelog = json.loads(resource_path("rules", "snellaadvisie_ral_zuid.json").read_text(encoding="utf-8"))
    versions = {entry["version"] for entry in changelog["changelog"]}
    assert versions <= set(archive.versions())
    assert archive.by_version["1.0.0"].sha256 == ARCHIVE_SHA_1_0_0


def test_rule_file_is_matched_by_bytes_or_by_regional_version(archive):
    assert archive.match("eigen.json", "9", ARCHIVE_SHA_1_0_0).exact  # the same bytes under any name
    found = archive.match("snellaadvisie_ral_zuid.json", "1.0.0", "0" * 64)
    assert found.rules.version == "1.0.0" and not found.exact
    # another file that happens to carry version 1.0.0 is another rule set
    assert archive.match("snellaadregels_test.yaml", "1.0.0", "0" * 64).rules is None


def test_rescreen_with_the_old_and_the_current_version(archive, region):
    # K1, personenauto, 150 kW x 2 points, ownership gemeente, screened with 1.0.0; the gemeente measured
    # afstand_snellaad = 300 m and beschermd_gebied = inside (1), nothing else.
    # 1.0.0: afstand_snellaad (higher, voldoet 1000, aandachtspunt 500): 300 -> voldoet niet (weight 3);
    #   beschermd_gebied inside -> voldoet niet (knock-out, weight 2); vermogen_doelgroep 150 >= 50 -> voldoet (2);
    #   every other criterion has no value -> niet beoordeeld. Score 100 * 2 / (3 + 2 + 2) = 28.57 -> 28.6;
    #   a knock-out fails -> negatief.
    # 2.0.0: afstand_snellaad (voldoet 1000, aandachtspunt 0): aandachtspunt, weight 0; beschermd_gebied inside
    #   -> aandachtspunt (2); grondeigendom gemeente -> voldoet (1, new); netaansluiting 150 x 2 = 300 kW
    #   (lower, voldoet 55, aandachtspunt 10000) -> aandachtspunt (1, new); vermogen_doelgroep voldoet (2);
    #   verkeersintensiteit new on a user layer -> niet beoordeeld. Score (0.5*2 + 1 + 0.5 + 2) / 6 * 100 = 75.0;
    #   a knock-out (beschermd_gebied) is not voldoet -> not positief; not negatief -> nader onderzoek.
    k1 = feature(
        "K1", "GM0772", *EINDHOVEN, advies="negatief", score=28.6,
        criteria={"afstand_snellaad": {"waarde": 300}, "beschermd_gebied": {"waarde": 1.0}},
    )  # fmt: skip
    inbox = build_inbox(submissions_frame([k1]), InboxFilter(), archive, region, references=ReferenceCache())
    row = inbox.frame.iloc[0]
    assert (row["regels_herkend"], row["advies_eigen_versie"], row["score_eigen_versie"]) == (
        "versie",
        "negatief",
        28.6,
    )
    assert (row["huidige_versie"], row["advies_huidig"], row["score_huidig"]) == ("2.0.0", "nader onderzoek", 75.0)
    assert bool(row["advies_gewijzigd"])
    assert row["aantal_verschillen"] == 5
    assert row["verschil_afstand_snellaad"] == "voldoet niet → aandachtspunt"
    assert row["verschil_beschermd_gebied"] == "voldoet niet → aandachtspunt"
    assert row["verschil_grondeigendom"] == "- → voldoet"
    assert row["verschil_netaansluiting"] == "- → aandachtspunt"
    assert row["verschil_verkeersintensiteit"] == "- → niet beoordeeld"
    assert row["verschil_vermogen_doelgroep"] == ""  # voldoet in both
    assert row["ligt_in"] == "Eindhoven (GM0772)" and not row["buiten_gemeente"]


def test_unknown_rule_file_gets_only_the_current_version(archive, region):
    # A gemeente's own rule file: no re-screening with it; with 2.0.0 only attribute criteria (no layer measured:
    # the reference cache is empty on purpose, so bundled-layer criteria would be 'not given'):
    # grondeigendom gemeente voldoet (1), netaansluiting 300 kW aandachtspunt (1), vermogen_doelgroep 150 voldoet (2)
    # -> (1 + 0.5 + 2) / 4 = 87.5; knock-out beschermd_gebied not assessed -> nader onderzoek.
    own = feature("K2", "GM0772", *EINDHOVEN, regels_bestand="snellaadregels_test.yaml", regels_versie="1.0")
    empty = ReferenceCache()
    empty.layers = {}
    empty.get = lambda keys: {}  # no bundled layers: only what the submission carries
    inbox = build_inbox(submissions_frame([own]), InboxFilter(), archive, region, references=empty)
    row = inbox.frame.iloc[0]
    assert (row["regels_herkend"], row["advies_eigen_versie"], row["aantal_verschillen"]) == ("onbekend", "", 0)
    assert (row["advies_huidig"], row["score_huidig"]) == ("nader onderzoek", 87.5)


def test_conflicts_by_hand():
    # A (GM0772) at 0,0; B (GM0861) 300 m east; C (GM0772) 10 m east of A; D (GM0861) 2 km east.
    # Different gemeenten within 500 m: A-B (300), C-B (290). Within 25 m: A-C (10). D none.
    xy = np.array([[0.0, 0.0], [300.0, 0.0], [10.0, 0.0], [2000.0, 0.0]])
    ids = np.array(["A", "B", "C", "D"], dtype=object)
    codes = np.array(["GM0772", "GM0861", "GM0772", "GM0861"], dtype=object)
    located = np.array(["GM0772", "GM0861", "GM0861", ""], dtype=object)  # C lies across the border, D outside
    found = find_conflicts(xy, ids, codes, located, located, near_m=500, same_site_m=25)
    assert found.near_other == [["B"], ["C", "A"], ["B"], []]  # nearest first: C-B 290 m before A-B 300 m
    assert found.same_site == [["C"], [], ["A"], []]
    assert found.outside.tolist() == [False, False, True, True]
    assert found.count().tolist() == [2, 1, 3, 1]


def test_a_filtered_inbox_still_sees_conflicts_with_other_gemeenten(archive, region):
    # Veldhoven (GM0861) candidate 200 m from the Eindhoven one; the inbox shows only GM0772.
    here = feature("E1", "GM0772", *EINDHOVEN)
    there = feature("V1", "GM0861", EINDHOVEN[0] + 0.0029, EINDHOVEN[1])  # 0.0029 deg lon at 51.44 N = 201 m
    inbox = build_inbox(
        submissions_frame([here, there]), InboxFilter(gemeenten=("GM0772",)), archive, region,
        near_m=250, references=ReferenceCache(),
    )  # fmt: skip
    assert inbox.frame["feature_id"].tolist() == ["GM0772-E1"]
    assert inbox.frame["nabij_andere_gemeente"].tolist() == ["GM0861-V1"]
    assert inbox.frame["buiten_gemeente"].tolist() == [False]


def test_filters_and_unreadable_features():
    features = [
        feature("A", "GM0772", *EINDHOVEN, created="2026-11-01T09:00:00Z"),
        feature("B", "GM0772", *EINDHOVEN, created="2026-11-30T23:59:59Z", status="akkoord"),
        feature("C", "GM0935", 5.69, 50.85, created="2026-12-01T00:00:00Z"),
        {"type": "Feature", "id": "GM0772-X", "geometry": None, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5, 51]}, "properties": {}},
    ]
    found = submissions_frame(features)
    assert found.frame["feature_id"].tolist() == ["GM0772-A", "GM0772-B", "GM0935-C"]
    assert [ident for ident, _ in found.skipped] == ["GM0772-X", "5"]
    november = InboxFilter(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))
    assert november.mask(found.frame).tolist() == [True, True, False]  # the last second of 30 Nov counts
    assert InboxFilter(statuses=("akkoord",)).mask(found.frame).tolist() == [False, True, False]
    assert InboxFilter(gemeenten=("gm0935",)).mask(found.frame).tolist() == [False, False, True]
    assert parse_gemeenten("GM0772, gm0935;GM0861") == ("GM0772", "GM0935", "GM0861")
    with pytest.raises(RalZuidError, match="GM772"):
        parse_gemeenten("GM772")
    with pytest.raises(RalZuidError, match="geweigerd|refused|Unknown"):
        InboxFilter(statuses=("geweigerd",))
    with pytest.raises(RalZuidError):
        InboxFilter(start=dt.date(2026, 12, 1), end=dt.date(2026, 11, 1))


def test_the_rescreen_reproduces_the_ladder_van_laden_from_the_submitted_location_type(archive, region):
    # Three personenauto candidates of 50 kW x 1 point, ownership gemeente, screened with 2.0.0, nothing measured
    # in the submission and no bundled layer measured (empty reference cache), so only the attribute criteria count:
    #   grondeigendom gemeente -> voldoet (weight 1); netaansluiting 50 x 1 = 50 kW <= 55 -> voldoet (1);
    #   vermogen_doelgroep 50 >= 50 -> voldoet (2, knock-out); ladder_van_laden from locatietype (1).
    # W1 woonstraat: ladder 'voldoet niet' with the referral 'reguliere procedure', which goes before the score;
    #   score (1 + 1 + 0 + 2) / 5 * 100 = 80.0 -> advice 'reguliere procedure', as the gemeente's screening said.
    # W2 no locatietype (a submission of schema 1.0): ladder 'niet beoordeeld'; score (1 + 1 + 2) / 4 = 100.0,
    #   but only 4 of the 18 weight points for personenauto are assessed (< half) and the knock-out
    #   beschermd_gebied is not -> 'nader onderzoek'. Without the field the re-screen could not reproduce W1.
    # W3 woonwijk: ladder 'aandachtspunt'; (1 + 1 + 0.5 + 2) / 5 = 90.0 -> 'nader onderzoek' (same reasons as W2).
    common = {"vermogen_kw": 50.0, "aantal_laadpunten": 1, "regels_versie": "2.0.0"}
    features = [
        feature("W1", "GM0772", *EINDHOVEN, locatietype="woonstraat", advies="reguliere procedure", score=80.0,
                **common),
        feature("W2", "GM0772", *EINDHOVEN, advies="nader onderzoek", score=100.0, **common),
        feature("W3", "GM0772", *EINDHOVEN, locatietype="woonwijk", advies="nader onderzoek", score=90.0, **common),
    ]  # fmt: skip
    nothing = ReferenceCache()
    nothing.get = lambda keys: {}
    inbox = build_inbox(submissions_frame(features), InboxFilter(), archive, region, references=nothing)
    frame = inbox.frame.set_index("kandidaat_id")
    assert frame["locatietype"].to_dict() == {"W1": "woonstraat", "W2": "", "W3": "woonwijk"}
    assert frame["regels_herkend"].tolist() == ["versie"] * 3
    assert frame["advies_eigen_versie"].to_dict() == {
        "W1": "reguliere procedure",
        "W2": "nader onderzoek",
        "W3": "nader onderzoek",
    }
    assert frame["score_eigen_versie"].to_dict() == {"W1": 80.0, "W2": 100.0, "W3": 90.0}
    # the re-screen with its own version says what the gemeente submitted: nothing changed
    assert (frame["advies_eigen_versie"] == frame["advies_ingediend"]).all()
    assert not frame["advies_gewijzigd"].any()


def test_a_candidate_on_its_own_gemeentes_border_lies_in_it(archive, region):
    # RD (153363.509, 382926.019) is a vertex of the CBS 2023 border of Eindhoven (GM0772) and Veldhoven (GM0861).
    # Sent as WGS84 with 7 decimals it becomes 5.3636662 E 51.4354361 N, which lies 3 mm inside Veldhoven.
    # A site on the border belongs to both gemeenten; the rule is: within 1 m of its own gemeente it lies in it.
    # B1 (Eindhoven, on the vertex): Eindhoven, not outside. B4 (Veldhoven, same point): Veldhoven, not outside.
    # B3 (Eindhoven) 2 m from the vertex at 30 degrees: inside Veldhoven, 0.62 m from Eindhoven -> Eindhoven.
    # B2 (Eindhoven) 2 m from the vertex at 240 degrees: inside Veldhoven, 2.0 m from Eindhoven -> outside.
    # (distances measured in RD New on the bundled boundaries.) Conflicts: all four lie within 25 m of each other
    # (same site: 1 each), B4 is another gemeente's candidate within 500 m of B1-B3 and they of it (1 each);
    # so B1 2, B3 2, B4 2 and B2 3 (also outside its gemeente).
    sites = [
        feature("B1", "GM0772", 5.3636662, 51.4354361),
        feature("B2", "GM0772", 5.3636518, 51.4354205),
        feature("B3", "GM0772", 5.3636911, 51.4354451),
        feature("B4", "GM0861", 5.3636662, 51.4354361),
    ]
    inbox = build_inbox(submissions_frame(sites), InboxFilter(), archive, region, references=ReferenceCache())
    frame = inbox.frame.set_index("kandidaat_id")
    assert frame["ligt_in"].to_dict() == {
        "B1": "Eindhoven (GM0772)", "B2": "Veldhoven (GM0861)", "B3": "Eindhoven (GM0772)", "B4": "Veldhoven (GM0861)",
    }  # fmt: skip
    assert frame["buiten_gemeente"].to_dict() == {"B1": False, "B2": True, "B3": False, "B4": False}
    assert frame["aantal_conflicten"].to_dict() == {"B1": 2, "B2": 3, "B3": 2, "B4": 2}


def test_a_confirmed_cross_border_site_is_reported_as_confirmed_not_as_a_conflict(archive, region):
    # Two Eindhoven (GM0772) candidates at 5.405 E 51.42 N, which lies in Veldhoven (GM0861) (CBS 2023 boundaries);
    # X1 was confirmed by the gemeente as a cross-border site, X2 was not. Same point: each is the other's
    # 'same site' conflict (0 m < 25 m); same gemeente: no 'near another gemeente' conflict.
    # X1: conflicts = same site only -> 1, buiten_gemeente False, grensoverschrijdend 'Veldhoven (GM0861)'.
    # X2: conflicts = same site + outside its gemeente -> 2, buiten_gemeente True, grensoverschrijdend ''.
    x1 = feature("X1", "GM0772", 5.405, 51.42, grensoverschrijdend="Veldhoven (GM0861)")
    x2 = feature("X2", "GM0772", 5.405, 51.42)
    inbox = build_inbox(submissions_frame([x1, x2]), InboxFilter(), archive, region, references=ReferenceCache())
    frame = inbox.frame.set_index("kandidaat_id")
    assert frame["ligt_in"].to_dict() == {"X1": "Veldhoven (GM0861)", "X2": "Veldhoven (GM0861)"}
    assert frame["buiten_gemeente"].to_dict() == {"X1": False, "X2": True}
    assert frame["grensoverschrijdend"].to_dict() == {"X1": "Veldhoven (GM0861)", "X2": ""}
    assert frame["aantal_conflicten"].to_dict() == {"X1": 1, "X2": 2}
    # A stale or wrong confirmation confirms nothing. X3 (Veldhoven, GM0861) lies at 5.4697 E 51.4416 N, in
    # Eindhoven (GM0772), but its confirmation names Best (GM0753), e.g. made before the point was moved:
    # buiten_gemeente True, grensoverschrijdend '', conflicts 1 (outside; no other candidate within 500 m).
    # X4 (Eindhoven) lies at 4.40 E 51.22 N (Antwerpen, outside every gemeente of the region): a confirmation
    # without a code ('buiten Noord-Brabant en Limburg') holds -> confirmed, 0 conflicts; X5 at the same spot
    # confirmed as 'Veldhoven (GM0861)' -> outside, and X4/X5 are each other's same site (0 m): X4 1, X5 2.
    x3 = feature("X3", "GM0861", 5.4697, 51.4416, grensoverschrijdend="Best (GM0753)")
    x4 = feature("X4", "GM0772", 4.40, 51.22, grensoverschrijdend="buiten Noord-Brabant en Limburg")
    x5 = feature("X5", "GM0772", 4.40, 51.22, grensoverschrijdend="Veldhoven (GM0861)")
    stale = build_inbox(submissions_frame([x3, x4, x5]), InboxFilter(), archive, region, references=ReferenceCache())
    frame = stale.frame.set_index("kandidaat_id")
    assert frame["ligt_in"].to_dict() == {"X3": "Eindhoven (GM0772)", "X4": "", "X5": ""}
    assert frame["buiten_gemeente"].to_dict() == {"X3": True, "X4": False, "X5": True}
    assert frame["grensoverschrijdend"].to_dict() == {"X3": "", "X4": "buiten Noord-Brabant en Limburg", "X5": ""}
    assert frame["aantal_conflicten"].to_dict() == {"X3": 1, "X4": 1, "X5": 2}
    # the same in find_conflicts directly: a confirmation only matters where the point lies elsewhere
    xy = np.array([[0.0, 0.0], [5000.0, 0.0]])
    found = find_conflicts(
        xy, np.array(["P", "Q"], dtype=object), np.array(["GM0772", "GM0772"], dtype=object),
        np.array(["GM0861", "GM0772"], dtype=object), np.array(["Veldhoven", "Eindhoven"], dtype=object),
        cross_border=np.array([True, True]),
    )  # fmt: skip
    assert found.outside.tolist() == [False, False]
    assert found.confirmed_cross_border.tolist() == [True, False]
    assert found.count().tolist() == [0, 0]
