"""Demo step: the expertisecentrum's side on the real submission server, started here and stopped after.

The server is the deployment of docs/submission-protocol.md section 5 (``ral_zuid_server``): a throwaway
PostgreSQL + PostGIS cluster with the schema, the roles and row level security, pygeoapi with the PostgreSQL provider
and the access gateway in front of it, on loopback, with one account for Eindhoven (GM0772) and one for a reviewer.
Both accounts go into the QGIS authentication database of the demo's own (temporary) profile, as a user would store
them, and every algorithm gets its ``AUTHCFG``. Eindhoven submits the package of step 60 (or the test fixture); the
reviewer reads the inbox, takes the first candidate into review and approves it with a motivation; a decision
written over an older version is refused (HTTP 412); the gemeente fetches the status; the monthly report and the
regional overview (plankaart of Noord-Brabant, PV30) are written. Whatever happens (an error, Ctrl-C, SIGTERM) the
server and the cluster are stopped before the step ends.

Without PostgreSQL (no ``/usr/lib/postgresql/*/bin/initdb``) the step says so and falls back to the zero-install
option, pygeoapi + TinyDB without accounts. The console lines are Dutch, numbers with a decimal comma.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import signal
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import format_number as number

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_PACKAGE_INPUT = ROOT / "tests" / "data" / "submission"  # data only: the demo imports nothing from tests/
GEMEENTE = "GM0772"


def _layer(value):
    from qgis.core import QgsVectorLayer

    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


@contextlib.contextmanager
def _without_qt_messages():
    """Qt's debug output swallowed: QGIS 3.22 prints the new master password's salt and hash when it is set."""
    from qgis.PyQt.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda _kind, _context, _message: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _store_basic(name: str, user: str, password: str) -> str:
    """A Basic-auth configuration in the QGIS authentication database (of the demo's own profile); its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        with _without_qt_messages():
            manager.setMasterPassword(secrets.token_urlsafe(24), True)
    if not manager.masterPasswordIsSet():  # a profile locked with another master password
        raise RuntimeError(
            tr("the QGIS authentication database ({path}) is locked with another master password").format(
                path=QgsApplication.qgisAuthDatabaseFilePath()
            )
        )
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    if not manager.storeAuthenticationConfig(config)[0]:
        raise RuntimeError(tr("the credentials could not be stored in the QGIS authentication database"))
    return config.id()


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """SIGTERM (e.g. a CI job stopped) ends the step like Ctrl-C, so its ``finally`` stops the server."""

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _package(demo, lines: list[str]) -> str:
    package = demo.results.get("submission_package")
    if package:
        return package
    lines.append(tr("note: no submission package from step 60; the demo uses the test package"))
    package = str(demo.output / "aanmelding_fixture.zip")
    demo.run(
        "ralzuid:submissionpackage",
        {
            "INPUT": str(FIXTURE_PACKAGE_INPUT / "kandidaten_gescreend.geojson"),
            "GEMEENTECODE": GEMEENTE,
            "GEMEENTENAAM": "Eindhoven",
            "CONTACT_NAAM": "Demo Analist (fictief)",
            "CONTACT_EMAIL": "demo.analist@eindhoven.example.nl",
            "REPORT_FOLDER": str(FIXTURE_PACKAGE_INPUT / "rapporten"),
            "OUTPUT": package,
        },
    )
    return package


def _anonymous_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url + "/collections/aanmeldingen/items?f=json", timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _stale_decision_status(url: str, reviewer: tuple[str, str], feature_id: str) -> int:
    """A reviewer's write with the ETag of a version that is no longer the stored one: the server answers 412."""
    from ral_zuid_server.stack import basic_header

    item_url = "{}/collections/aanmeldingen/items/{}".format(url, feature_id)
    auth = {"Authorization": basic_header(*reviewer), "Accept": "application/geo+json"}
    with urllib.request.urlopen(urllib.request.Request(item_url + "?f=json", headers=auth), timeout=10) as response:
        feature = json.loads(response.read())
        etag = response.headers.get("ETag", "")
    feature.pop("links", None)
    feature["properties"]["review_opmerking"] = "Besluit op een oude versie (mag niet overschrijven)"
    stale = '"{}"'.format(int(etag.strip('W/"') or 0) - 1)
    request = urllib.request.Request(
        item_url,
        data=json.dumps(feature).encode(),
        method="PUT",
        headers={**auth, "Content-Type": "application/geo+json", "If-Match": stale},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def run(demo) -> list[str]:
    from ral_zuid_plugin.adapters import submission_settings
    from ral_zuid_server.cluster import postgres_bindir

    profile = demo.output / "expertisecentrum_profiel"
    profile.mkdir(exist_ok=True)
    submission_settings.profile_dir = lambda: profile  # demo outboxes stay in the output folder
    lines: list[str] = []
    package = _package(demo, lines)
    try:
        postgres_bindir()
    except RuntimeError:
        lines.append(
            tr(
                "PostgreSQL is not installed (scripts/install_deps.sh installs postgresql and "
                "postgresql-15-postgis-3): the demo falls back to the zero-install option, pygeoapi + TinyDB, "
                "without accounts and without access control"
            )
        )
        return lines + _run_tinydb(demo, package)
    return lines + _run_postgis(demo, package)


def _run_postgis(demo, package: str) -> list[str]:
    from ral_zuid_server.stack import ServerStack

    lines: list[str] = []
    started = time.perf_counter()
    stack = ServerStack([GEMEENTE])
    with _sigterm_as_interrupt():
        try:
            stack.start()
            lines.append(
                tr(
                    "submission server started in {seconds} s: PostgreSQL {version} + PostGIS (temporary cluster), "
                    "pygeoapi with the PostgreSQL provider and the access gateway at {url}"
                ).format(
                    seconds=number(time.perf_counter() - started, 1),
                    version=stack.cluster.bindir.parent.name,
                    url=stack.url,
                )
            )
            gemeente_user, gemeente_password = stack.credentials(GEMEENTE)
            gemeente = _store_basic("RAL Zuid demo: Eindhoven", gemeente_user, gemeente_password)
            reviewer = _store_basic("RAL Zuid demo: beoordelaar", *stack.reviewer)
            lines.append(
                tr(
                    "accounts in the QGIS authentication database: gemeente Eindhoven ({user}) "
                    "and reviewer ({reviewer})"
                ).format(user=gemeente_user, reviewer=stack.reviewer[0])
            )
            lines.append(
                tr("anonymous reading of the submissions: refused (HTTP {status})").format(
                    status=_anonymous_status(stack.url)
                )
            )
            lines += _both_sides(
                demo,
                package,
                {"SERVICE_URL": stack.url, "COLLECTION": stack.collection, "AUTHCFG": gemeente},
                {"SERVICE_URL": stack.url, "COLLECTION": stack.collection, "AUTHCFG": reviewer},
                stale=lambda feature_id: _stale_decision_status(stack.url, stack.reviewer, feature_id),
            )
            rows = stack.cluster.query(
                "SELECT count(*), count(*) FILTER (WHERE review_status = 'akkoord') FROM aanmeldingen"
            )
            lines.append(
                tr("in PostGIS: {rows} rows, {approved} of them akkoord").format(rows=rows[0][0], approved=rows[0][1])
            )
        finally:
            stack.stop()
            lines.append(tr("submission server and PostgreSQL cluster stopped"))
    return lines


def _run_tinydb(demo, package: str) -> list[str]:
    from ral_zuid_server.tinydb import COLLECTION, PygeoapiServer

    lines: list[str] = []
    with tempfile.TemporaryDirectory() as folder, _sigterm_as_interrupt():
        server = PygeoapiServer(Path(folder))
        try:
            lines.append(tr("submission server started: pygeoapi + TinyDB at {url}").format(url=server.url))
            service = {"SERVICE_URL": server.url, "COLLECTION": COLLECTION}
            lines += _both_sides(demo, package, service, service, stale=None)
        finally:
            server.stop()
            lines.append(tr("submission server stopped"))
    return lines


def _both_sides(demo, package: str, gemeente: dict, reviewer: dict, stale) -> list[str]:
    from qgis.core import QgsFeatureRequest

    lines: list[str] = []
    sent = demo.run("ralzuid:submit", {"PACKAGE": package, "MAX_WAIT": 10, **gemeente})
    lines.append(tr("gemeente Eindhoven: {count} candidates received by the server").format(count=sent["RECEIVED"]))
    inbox_path = str(demo.output / "beoordelingsinbox.gpkg")
    inbox = _layer(demo.run("ralzuid:reviewinbox", {**reviewer, "OUTPUT": inbox_path})["OUTPUT"])
    features = list(inbox.getFeatures())
    lines.append(
        tr(
            "reviewer: inbox {file} with {count} candidates; advice changed under the current rules for {changed}; "
            "{conflicts} with a conflict"
        ).format(
            file=Path(inbox_path).name,
            count=len(features),
            changed=sum(1 for f in features if f["advies_gewijzigd"]),
            conflicts=sum(1 for f in features if f["aantal_conflicten"]),
        )
    )
    first = features[0]["feature_id"]
    chosen = inbox.materialize(QgsFeatureRequest().setFilterExpression("\"feature_id\" = '{}'".format(first)))
    common = {"REVIEWER": "Demo Beoordelaar (fictief)", "OUTPUT": "memory:", **reviewer}
    demo.run("ralzuid:reviewdecision", {"INPUT": chosen, "STATUS": 0, **common})
    again = _layer(demo.run("ralzuid:reviewinbox", {**reviewer, "STATUSES": [1], "OUTPUT": "memory:"})["OUTPUT"])
    motivation = tr("Fits the regional fast-charging advice; apply to Enexis for the grid connection in time.")
    decided = _layer(
        demo.run("ralzuid:reviewdecision", {"INPUT": again, "STATUS": 1, "MOTIVATION": motivation, **common})["OUTPUT"]
    )
    lines.append(
        tr("reviewer: {id} taken into review, then {decision} ({result})").format(
            id=first, decision=", ".join(f["besluit"] for f in decided.getFeatures()),
            result=", ".join(f["resultaat"] for f in decided.getFeatures()),
        )
    )  # fmt: skip
    if stale is not None:
        lines.append(
            tr(
                "reviewer: a decision on an older version of {id} is refused (HTTP {status}); nothing overwritten"
            ).format(id=first, status=stale(first))
        )
    status = _layer(
        demo.run(
            "ralzuid:reviewstatus", {"INPUT": inbox_path, "GEMEENTECODE": GEMEENTE, "OUTPUT": "memory:", **gemeente}
        )["OUTPUT"]
    )
    shown = [f for f in status.getFeatures() if f["feature_id"] == first]
    lines.append(
        tr("gemeente Eindhoven: the review status shows '{status}' with the motivation '{motivation}'").format(
            status=shown[0]["review_status"], motivation=shown[0]["review_opmerking"]
        )
    )
    month = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m")
    report = demo.run(
        "ralzuid:reviewreport",
        {"MONTH": month, "OUTPUT": str(demo.output / "beoordeling_{}.xlsx".format(month)), **reviewer},
    )
    lines.append(tr("reviewer: monthly report {file}").format(file=Path(report["OUTPUT"]).name))
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
        tr(
            "reviewer: regional overview {file} ({pages} page(s)): every candidate with its advice and review status"
        ).format(file=Path(overview["OUTPUT"]).name, pages=overview["PAGE_COUNT"])
    )
    return lines
