"""Demo step: the submission package for Eindhoven (GM0772), saved, not sent.

Uses the screened candidates, screening reports and plankaart of steps 40 and 50 when they exist; otherwise the
synthetic fixture in ``tests/data/submission`` (with a note).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from qgis.core import QgsProcessingException

from ral_zuid_plugin.core.i18n import tr

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "data" / "submission"
CONTACT = {
    "GEMEENTECODE": "GM0772",
    "GEMEENTENAAM": "Eindhoven",
    "CONTACT_NAAM": "Demo Analist (fictief)",
    "CONTACT_EMAIL": "demo.analist@eindhoven.example.nl",
    "CONTACT_TELEFOON": "040-0000000",
    "AFDELING": "Mobiliteit",
}


SCORED = "('positief', 'nader onderzoek', 'negatief')"


def _submittable(path: str):
    """The screened candidates Eindhoven can submit: scored (not referred elsewhere) and inside GM0772.

    A site referred to Rijkswaterstaat or the regular procedure is not a gemeente's fast-charge candidate, and a
    site in another gemeente would need the cross-border confirmation (CROSS_BORDER).
    """
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "gescreend", "ogr")
    layer.setSubsetString('"advies" IN {} AND "locatie_gemeentecode" = \'{}\''.format(SCORED, CONTACT["GEMEENTECODE"]))
    return layer


def _build(demo, candidates, reports, planmap) -> dict:
    parameters = {"INPUT": candidates, **CONTACT, "OUTPUT": str(demo.output / "aanmelding_GM0772.zip")}
    if reports:
        parameters["REPORT_FOLDER"] = str(reports)
    if planmap:
        parameters["PLANMAP_PDF"] = str(planmap)
    return demo.run("ralzuid:submissionpackage", parameters)


def run(demo) -> list[str]:
    lines = []
    candidates = demo.results.get("screened_candidates")
    reports = demo.results.get("screening_reports")
    planmap = demo.results.get("planmap_pdf")
    result = None
    if candidates:
        try:
            layer = _submittable(candidates)
            result = _build(demo, layer, reports, planmap)
            lines.append(
                tr("candidates from step 40 (fast-charge screening): the {count} scored ones inside GM0772").format(
                    count=layer.featureCount()
                )
                + (tr(", plankaart from step 50") if planmap else "")
            )
        except QgsProcessingException as error:
            lines.append(
                tr("note: the screening output could not be packaged ({error}); using the synthetic fixture").format(
                    error=error
                )
            )
    else:
        lines.append(tr("note: no screening output from step 40; using the synthetic fixture tests/data/submission"))
    if result is None:
        result = _build(
            demo,
            str(FIXTURE / "kandidaten_gescreend.geojson"),
            FIXTURE / "rapporten",
            planmap or FIXTURE / "plankaart_test.pdf",
        )
    package = Path(result["OUTPUT"])
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    demo.results["submission_package"] = str(package)
    lines.append(
        tr("{name}: submission {sid}, {n} candidates, {files} files (saved, not sent)").format(
            name=package.name,
            sid=manifest["submission_id"],
            n=manifest["candidate_count"],
            files=len(manifest["files"]) + 1,
        )
    )
    return lines
