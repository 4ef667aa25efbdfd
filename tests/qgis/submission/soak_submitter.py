"""One submitter of the soak test (run as its own process, so it can be SIGKILLed): queue packages, send all.

Usage: python soak_submitter.py <outbox.sqlite> <service url> <seed> <package.zip>...
Prints one line ``done <received> <superseded> <failed>`` when nothing is pending any more.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from ral_zuid_plugin.adapters.network import QgisTransport
    from ral_zuid_plugin.core.submission.ogcapi import FeaturesClient
    from ral_zuid_plugin.core.submission.outbox import PENDING, Outbox
    from ral_zuid_plugin.core.submission.package import read_package
    from ral_zuid_plugin.core.submission.sender import Backoff, send_until_done

    outbox_path, url, seed, *packages = sys.argv[1:]
    rng = random.Random(int(seed))
    rng.shuffle(packages)  # each submitter queues the packages in its own order
    outbox = Outbox(outbox_path)
    print("started", flush=True)
    for path in packages:
        package = read_package(Path(path))
        outbox.add_submission(package.submission_id, package.document["gemeentecode"], path, package.features)
    client = FeaturesClient(QgisTransport("", timeout_seconds=0.5), url, "aanmeldingen")
    totals = [0, 0, 0]
    give_up = time.monotonic() + float(os.environ.get("SOAK_BUDGET", "100"))
    while outbox.items(None, PENDING) and time.monotonic() < give_up:
        outbox.retry_now()
        report = send_until_done(outbox, client, max_wait=5, backoff=Backoff(base=0.02, cap=0.3), lease=3.0)
        totals[0] += len(report.received)
        totals[1] += len(report.superseded)
        totals[2] += len(report.failed)
    print("done", *totals, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
