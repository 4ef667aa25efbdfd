"""The expertisecentrum's regional overview: ``ralzuid:planmap`` for a province (PV31) or the region (REGIO) from
the review inbox, every candidate with its advice and review status in the table."""

from __future__ import annotations

from ral_zuid_plugin.core.review.inbox import build_inbox
from ral_zuid_plugin.core.review.rule_archive import RuleArchive
from ral_zuid_plugin.core.review.submissions import InboxFilter, submissions_frame
from ral_zuid_plugin.core.screening.region import bundled_region
from tests.core.review.conftest import feature
from tests.qgis.planmap.test_plan_map import pdf_text, run_planmap  # noqa: F401 (fixture)


def _inbox(tmp_path) -> str:
    current = RuleArchive.bundled().current
    rules = {"regels_versie": current.version, "regels_sha256": current.sha256}
    features = [
        feature("M1", "GM0935", 5.6909, 50.8514, status="akkoord", **rules),  # Maastricht, Limburg
        feature("V1", "GM0983", 6.1724, 51.3704, status="in behandeling", **rules),  # Venlo, Limburg
        feature("E1", "GM0772", 5.4697, 51.4416, **rules),  # Eindhoven, Noord-Brabant
    ]
    inbox = build_inbox(submissions_frame(features), InboxFilter(), RuleArchive.bundled(), bundled_region())
    path = tmp_path / "inbox.gpkg"
    inbox.frame.to_file(path, driver="GPKG")
    return str(path)


def test_province_overview_shows_each_candidate_with_advice_and_status(run_planmap, tmp_path):  # noqa: F811
    output = tmp_path / "limburg.pdf"
    fields = {"ID_FIELD": "feature_id", "ADDRESS_FIELD": "naam", "TYPE_FIELD": "plankaart_soort",
              "POINTS_FIELD": "aantal_laadpunten", "STATUS_FIELD": "plankaart_status", "DECREE_FIELD": ""}  # fmt: skip
    result = run_planmap(
        {"GEMEENTECODE": "PV31", "LOCATIONS": _inbox(tmp_path), **fields, "USE_NDW": False, "OUTPUT": str(output)}
    )
    assert result["PAGE_COUNT"] == 1
    text = pdf_text(output)
    assert "Plankaart laadinfrastructuur Limburg" in text and "Overzicht: Limburg" in text
    assert "gemeente Limburg" not in text  # a province is no gemeente
    # the two Limburg candidates, not the Eindhoven one (outside the province)
    assert "GM0935-M1" in text and "GM0983-V1" in text and "GM0772-E1" not in text
    assert "kandidaat, akkoord" in text and "kandidaat, in behandeling" in text
    assert "snellaadlocatie, advies" in text
