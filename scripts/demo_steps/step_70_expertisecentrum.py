"""Demo step: the expertisecentrum's side on a local submission server, started here and stopped after.

The server is pygeoapi with TinyDB on loopback (the zero-install option; ``tests/qgis/submission/servers.py``).
Eindhoven submits the package of step 60 (or the test fixture); the reviewer reads the inbox, takes the first
candidate into review and approves it with a motivation; the gemeente fetches the status; the monthly report and
the regional overview (plankaart of Noord-Brabant, PV30) are written. The outboxes live in a demo profile folder
inside the output folder, not in the user's QGIS profile.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_PACKAGE_INPUT = ROOT / "tests" / "data" / "submission"


def _layer(value):
    from qgis.core import QgsVectorLayer

    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def run(demo) -> list[str]:
    from qgis.core import QgsFeatureRequest

    from ral_zuid_plugin.adapters import submission_settings
    from tests.qgis.submission.servers import COLLECTION, PygeoapiServer

    profile = demo.output / "expertisecentrum_profiel"
    profile.mkdir(exist_ok=True)
    submission_settings.profile_dir = lambda: profile  # demo outboxes stay in the output folder
    package = demo.results.get("submission_package")
    lines = []
    if not package:
        lines.append("note: no package from step 60; using the test fixture")
        package = str(demo.output / "aanmelding_fixture.zip")
        demo.run(
            "ralzuid:submissionpackage",
            {
                "INPUT": str(FIXTURE_PACKAGE_INPUT / "kandidaten_gescreend.geojson"),
                "GEMEENTECODE": "GM0772",
                "GEMEENTENAAM": "Eindhoven",
                "CONTACT_NAAM": "Demo Analist (fictief)",
                "CONTACT_EMAIL": "demo.analist@eindhoven.example.nl",
                "REPORT_FOLDER": str(FIXTURE_PACKAGE_INPUT / "rapporten"),
                "OUTPUT": package,
            },
        )
    with tempfile.TemporaryDirectory() as folder:
        server = PygeoapiServer(Path(folder))
        try:
            service = {"SERVICE_URL": server.url, "COLLECTION": COLLECTION}
            lines.append("submission server started: pygeoapi + TinyDB at {}".format(server.url))
            sent = demo.run("ralzuid:submit", {"PACKAGE": package, "MAX_WAIT": 10, **service})
            lines.append("gemeente: {} candidates received by the server".format(sent["RECEIVED"]))
            inbox_path = str(demo.output / "beoordelingsinbox.gpkg")
            inbox = _layer(demo.run("ralzuid:reviewinbox", {**service, "OUTPUT": inbox_path})["OUTPUT"])
            features = list(inbox.getFeatures())
            lines.append(
                "reviewer: inbox {} with {} candidates; advice under the current rules changed for {}; {} with a "
                "conflict".format(
                    Path(inbox_path).name,
                    len(features),
                    sum(1 for f in features if f["advies_gewijzigd"]),
                    sum(1 for f in features if f["aantal_conflicten"]),
                )
            )
            first = features[0]["feature_id"]
            chosen = inbox.materialize(QgsFeatureRequest().setFilterExpression("\"feature_id\" = '{}'".format(first)))
            common = {"REVIEWER": "Demo Beoordelaar (fictief)", "OUTPUT": "memory:", **service}
            demo.run("ralzuid:reviewdecision", {"INPUT": chosen, "STATUS": 0, **common})
            again = _layer(demo.run("ralzuid:reviewinbox", {**service, "STATUSES": [1], "OUTPUT": "memory:"})["OUTPUT"])
            motivation = "Past in de regionale snellaadvisie; netaansluiting tijdig aanvragen bij Enexis."
            decided = _layer(
                demo.run("ralzuid:reviewdecision", {"INPUT": again, "STATUS": 1, "MOTIVATION": motivation, **common})[
                    "OUTPUT"
                ]
            )
            lines.append(
                "reviewer: {} in behandeling, then {} ({})".format(
                    first, ", ".join(f["besluit"] for f in decided.getFeatures()),
                    ", ".join(f["resultaat"] for f in decided.getFeatures()),
                )
            )  # fmt: skip
            status = _layer(
                demo.run(
                    "ralzuid:reviewstatus",
                    {"INPUT": inbox_path, "GEMEENTECODE": "GM0772", "OUTPUT": "memory:", **service},
                )["OUTPUT"]
            )
            shown = [f for f in status.getFeatures() if f["feature_id"] == first]
            lines.append(
                "gemeente: reviewstatus shows '{}' with the motivation '{}'".format(
                    shown[0]["review_status"], shown[0]["review_opmerking"]
                )
            )
            month = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m")
            report = demo.run(
                "ralzuid:reviewreport",
                {"MONTH": month, "OUTPUT": str(demo.output / "beoordeling_{}.xlsx".format(month)), **service},
            )
            lines.append("reviewer: monthly report {}".format(Path(report["OUTPUT"]).name))
            overview = demo.run(
                "ralzuid:planmap",
                {
                    "GEMEENTECODE": "PV30",
                    "LOCATIONS": inbox_path,
                    "ID_FIELD": "feature_id",
                    "ADDRESS_FIELD": "naam",
                    "TYPE_FIELD": "plankaart_soort",
                    "POINTS_FIELD": "aantal_laadpunten",
                    "STATUS_FIELD": "plankaart_status",
                    "DECREE_FIELD": "",
                    "USE_NDW": False,
                    "OUTPUT": str(demo.output / "overzicht_noord-brabant.pdf"),
                },
            )
            lines.append(
                "reviewer: regional overview {} ({} page(s)): every candidate with advice and review status".format(
                    Path(overview["OUTPUT"]).name, overview["PAGE_COUNT"]
                )
            )
        finally:
            server.stop()
            lines.append("submission server stopped")
    return lines
