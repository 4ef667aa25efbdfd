"""1,000 submissions from 20 gemeenten at the same time, through the fault proxy, into the PostgreSQL/PostGIS server.

Each gemeente (its own outbox, its own QGIS Basic-auth configuration, its own sender thread on the plugin's
client) queues two submissions: A (created 27 Nov, candidates 0-29) and B (created 28 Nov, candidates 15-34, i.e.
newer versions of 15-29), half of them B first. 20 x (30 + 20) = 1,000 submitted candidates, of which
20 x 35 = 700 distinct. Worked out by hand: every one of the 700 is on the server once, candidates 0-14 with A's
submission id and 15-34 with B's; in each outbox received + superseded = 50, nothing left to send. The counts
are printed (``pytest -s``).
"""

from __future__ import annotations

import random
import time

from qgis.PyQt.QtCore import QThread

from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.core.submission.candidates import BASE_FIELDS, as_feature
from ral_zuid_plugin.core.submission.ogcapi import FeaturesClient
from ral_zuid_plugin.core.submission.outbox import PENDING, Outbox
from ral_zuid_plugin.core.submission.sender import Backoff, send_until_done
from tests.qgis.server_stack import GEMEENTEN, gemeente_authcfg
from tests.qgis.submission.servers import FaultProxy

VERSIONS = {"A": ("2026-11-27T09:00:00Z", range(0, 30)), "B": ("2026-11-28T09:00:00Z", range(15, 35))}


def submission(code: str, version: str) -> tuple[str, list[dict]]:
    created, numbers = VERSIONS[version]
    submission_id = f"{code}-{created.replace('-', '').replace(':', '')}"
    contact = {"gemeentenaam": code, "naam": "Analist", "email": f"analist@{code.lower()}.example.nl"}
    features = []
    for number in numbers:
        record = {name: None for name in BASE_FIELDS}
        record.update(
            kandidaat_id=f"K{number:02d}", naam=f"Kandidaat {number}", vermogen_kw=150.0 if version == "A" else 350.0,
            aantal_laadpunten=4, doelgroepen=["personenauto"], advies="positief", score=80.0,
            criteria={"afstand_snelweg": {"waarde": 1.0, "status": "voldoet", "reden": "1 km"}},
            geometry={"type": "Point", "coordinates": [5.0 + number * 1e-3, 51.5 + GEMEENTEN.index(code) * 1e-2]},
        )  # fmt: skip
        features.append(as_feature(record, code, submission_id, contact, created))
    return submission_id, features


class Sender(QThread):
    def __init__(self, function, *args) -> None:
        super().__init__()
        self.function, self.args = function, args

    def run(self) -> None:
        self.function(*self.args)


def test_1000_submissions_from_20_gemeenten_concurrently_through_faults(postgis_server, tmp_path):
    stack = postgis_server
    proxy = FaultProxy(stack.port, seed=17, stall_seconds=3.5)
    proxy.mode = "random"
    proxy.weights = {"ok": 0.82, "reset": 0.04, "500": 0.03, "503": 0.03, "stall": 0.01, "drop": 0.07}
    authcfgs = {code: gemeente_authcfg(stack, code) for code in GEMEENTEN}  # made here, on the main thread
    outboxes = {code: Outbox(tmp_path / f"outbox-{code}.sqlite") for code in GEMEENTEN}
    errors: list[str] = []
    order = random.Random(29)

    def gemeente(code: str, first: str) -> None:
        try:
            outbox = outboxes[code]
            client = FeaturesClient(QgisTransport(authcfgs[code], timeout_seconds=3.0), proxy.url, "aanmeldingen")
            backoff = Backoff(base=0.05, cap=0.5)
            for version in (first, "B" if first == "A" else "A"):
                submission_id, features = submission(code, version)
                outbox.add_submission(submission_id, code, str(tmp_path / f"{submission_id}.zip"), features)
                send_until_done(outbox, client, max_wait=2, backoff=backoff)  # the second arrives mid-sending
            deadline = time.monotonic() + 150
            while outbox.items(None, PENDING) and time.monotonic() < deadline:
                outbox.retry_now()
                send_until_done(outbox, client, max_wait=10, backoff=backoff)
        except Exception as error:  # noqa: BLE001 (reported by the test)
            errors.append(f"{code}: {error!r}")

    started = time.monotonic()
    threads = [Sender(gemeente, code, order.choice("AB")) for code in GEMEENTEN]  # QThreads, as QGIS tasks use
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.wait(240_000)
    finally:
        proxy.stop()
    elapsed = time.monotonic() - started
    assert errors == [] and not any(t.isRunning() for t in threads), errors

    rows = stack.cluster.query("SELECT id, gemeentecode, submission_id, vermogen_kw FROM aanmeldingen")
    per_id: dict[str, int] = {}
    for row in rows:
        per_id[row[0]] = per_id.get(row[0], 0) + 1
    expected = {f"{code}-K{n:02d}" for code in GEMEENTEN for n in range(35)}
    newest = {
        f"{code}-K{n:02d}": (f"{code}-20261127T090000Z", "150") if n < 15 else (f"{code}-20261128T090000Z", "350")
        for code in GEMEENTEN
        for n in range(35)
    }
    wrong = [row[0] for row in rows if (row[2], row[3]) != newest[row[0]] or row[1] != row[0][:6]]
    counts = {code: outboxes[code].counts() for code in GEMEENTEN}
    faults = sum(n for name, n in proxy.counts.items() if name != "ok")
    print(
        f"\npostgis concurrency: 1000 submitted by {len(GEMEENTEN)} gemeenten, {len(rows)} rows "
        f"({len(per_id)} distinct), {len(wrong)} not newest; {sum(proxy.counts.values())} requests, {faults} faults "
        f"{dict(proxy.counts)}; received {sum(c['received'] for c in counts.values())}, superseded "
        f"{sum(c['superseded'] for c in counts.values())}; {elapsed:.0f} s"
    )
    assert set(per_id) == expected and set(per_id.values()) == {1}  # all 700, each once
    assert wrong == []  # each in its newest version
    for code, count in counts.items():
        assert count["queued"] == count["sent"] == 0, (code, count)
        assert count["received"] + count["superseded"] == 50, (code, count)
    assert faults > 50 and proxy.counts["drop"] > 20  # the faults really happened
