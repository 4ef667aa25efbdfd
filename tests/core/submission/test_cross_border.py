"""Issue 13 point 4: a candidate outside the submitting gemeente is refused unless confirmed as a cross-border site."""

from __future__ import annotations

import json
import zipfile

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from ral_zuid_plugin.core.submission.candidates import (
    candidate_records,
    confirm_cross_border,
    cross_border_candidates,
)
from ral_zuid_plugin.core.submission.package import build_package
from ral_zuid_plugin.core.submission.validation import cross_border_problems
from tests.core.submission.conftest import CREATED


def _with_oeienbosch(candidates):
    """The fixture's three Eindhoven sites plus EHV-004 moved onto the Oeienbosch service area (RD 154560, 378480),
    which lies across the border in Veldhoven (GM0861) by the CBS 2023 boundaries."""
    frame = candidates.copy()
    extra = frame.iloc[[0]].copy()
    extra["kandidaat_id"] = "EHV-004"
    extra["opmerkingen"] = "Verzoek marktpartij"
    extra = extra.set_geometry([Point(154560, 378480)], crs=frame.crs)
    return gpd.GeoDataFrame(pd.concat([frame, extra], ignore_index=True), crs=frame.crs)


def test_a_site_in_another_gemeente_is_refused_with_its_gemeente_named(candidates):
    frame = _with_oeienbosch(candidates)
    assert cross_border_candidates(candidates, "GM0772") == []  # the three fixture sites lie in Eindhoven
    assert cross_border_candidates(frame, "gm0772") == [(4, "EHV-004", "GM0861", "Veldhoven")]
    problems = cross_border_problems(frame, "GM0772")
    assert [str(p) for p in problems] == [
        "Candidate EHV-004, field 'geometry': lies in Veldhoven (GM0861), not in GM0772: submit it through the "
        "gemeente it lies in, or confirm it as a cross-border site (option 'Confirm cross-border sites' of "
        "'Build submission package')"
    ]
    # Submitted by Veldhoven itself, the same site is no cross-border site; the Eindhoven ones are.
    assert [c[1] for c in cross_border_candidates(frame, "GM0861")] == ["EHV-001", "EHV-002", "EHV-003"]


def test_a_confirmed_cross_border_site_says_so_in_the_package(candidates, contact, tmp_path):
    frame = _with_oeienbosch(candidates)
    confirmed = confirm_cross_border(frame, cross_border_candidates(frame, "GM0772"), "GM0772")
    assert frame["opmerkingen"].iloc[3] == "Verzoek marktpartij"  # the user's frame is not changed
    assert cross_border_candidates(confirmed, "GM0772") == []
    note = "Cross-border site: lies in Veldhoven (GM0861), submitted by GM0772 with confirmation"
    assert confirmed["opmerkingen"].iloc[3] == note + "; Verzoek marktpartij"
    records = candidate_records(confirmed)
    assert records[3]["grensoverschrijdend"] == "Veldhoven (GM0861)"
    assert "grensoverschrijdend" not in records[0]
    package = build_package(
        confirmed,
        contact,
        tmp_path / "aanmelding.zip",
        plugin_version="0.1.0",
        reports_dir=None,
        planmap_pdf=None,
        created=CREATED,
    )
    with zipfile.ZipFile(package.path) as archive:
        document = json.loads(archive.read("aanmelding.json"))
    site = next(c for c in document["candidates"] if c["kandidaat_id"] == "EHV-004")
    assert site["grensoverschrijdend"] == "Veldhoven (GM0861)"
    assert site["opmerkingen"].startswith(note)


def test_a_confirmation_for_another_gemeente_is_asked_again(candidates):
    # EHV-004 was confirmed as lying in Veldhoven (GM0861), then moved to RD (157000, 392000), which lies in Best
    # (GM0753) by the CBS 2023 boundaries: the old confirmation names another gemeente, so it is asked again
    # (row 4), and confirming it again names Best.
    confirmed = confirm_cross_border(
        _with_oeienbosch(candidates), cross_border_candidates(_with_oeienbosch(candidates), "GM0772"), "GM0772"
    )
    moved = confirmed.copy()
    moved.loc[3, "geometry"] = Point(157000, 392000)
    assert cross_border_candidates(moved, "GM0772") == [(4, "EHV-004", "GM0753", "Best")]
    again = confirm_cross_border(moved, cross_border_candidates(moved, "GM0772"), "GM0772")
    assert again["grensoverschrijdend"].iloc[3] == "Best (GM0753)" and cross_border_candidates(again, "GM0772") == []


def test_a_site_on_the_border_is_in_the_submitting_gemeente(candidates):
    # RD (153363.509, 382926.019) is a vertex of the Eindhoven/Veldhoven border (CBS 2023). 2 m from it at 30
    # degrees lies in Veldhoven but 0.62 m from Eindhoven: within the 1 m of a border site, so not a crossing for
    # Eindhoven; 2 m at 240 degrees lies 2.0 m from Eindhoven: a crossing (Veldhoven). Veldhoven itself submitting
    # the 0.62 m site: it lies in Veldhoven, no crossing either.
    x, y = 153363.50945577412, 382926.0189496267
    frame = candidates.iloc[[0, 0]].copy().reset_index(drop=True)
    frame["kandidaat_id"] = ["GRENS-1", "GRENS-2"]
    frame = frame.set_geometry([Point(x + 1.7320508, y + 1.0), Point(x - 1.0, y - 1.7320508)], crs=candidates.crs)
    assert cross_border_candidates(frame, "GM0772") == [(2, "GRENS-2", "GM0861", "Veldhoven")]
    assert cross_border_candidates(frame.iloc[[0]], "GM0861") == []


def test_no_cross_border_check_without_a_valid_gemeentecode(candidates):
    # The contact validation reports a missing or malformed code; the location check waits for a valid one.
    frame = _with_oeienbosch(candidates)
    assert cross_border_candidates(frame, "") == []
    assert cross_border_problems(frame, "Eindhoven") == []
