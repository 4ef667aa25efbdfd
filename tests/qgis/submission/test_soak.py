"""Soak test of issue 11: 300 candidates in 12 packages, 30 % faults, two submitters on one outbox, SIGKILLs.

The server must end with every candidate exactly once, in its newest version. The counts are printed
(``pytest -s``). Runs in well under 3 minutes.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.outbox import Outbox
from ral_zuid_plugin.core.submission.package import build_package
from tests.qgis.submission.conftest import DATA
from tests.qgis.submission.servers import FaultProxy, PygeoapiServer

SUBMITTER = Path(__file__).with_name("soak_submitter.py")
PACKAGES, PER_PACKAGE, DISTINCT = 12, 25, 200
START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.timezone.utc)


def candidates_of(package: int) -> list[int]:
    """Package k holds candidates (25k .. 25k+24) mod 200: packages 8-11 re-submit candidates 0-99."""
    return [(package * PER_PACKAGE + j) % DISTINCT for j in range(PER_PACKAGE)]


def newest_package(candidate: int) -> int:
    """By hand from candidates_of: 0-99 were last in package 8 + n // 25, 100-199 only in package n // 25."""
    return 8 + candidate // 25 if candidate < 100 else candidate // 25


def build_packages(folder: Path) -> list:
    template = gpd.read_file(DATA / "kandidaten_gescreend.geojson").iloc[[0]]
    contact = ContactDetails("GM0772", "Eindhoven", "J. Jansen", "j.jansen@eindhoven.example.nl")
    packages = []
    for package in range(PACKAGES):
        rows = []
        for number in candidates_of(package):
            row = template.iloc[0].copy()
            row["kandidaat_id"] = f"S{number:03d}"
            row["vermogen_kw"] = 100.0 + package  # the version marker
            row["geometry"] = Point(150000 + 100 * number, 390000 + 50 * package)
            rows.append(row)
        frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs=template.crs)
        created = START + dt.timedelta(days=package)
        packages.append(
            build_package(frame, contact, folder / f"pakket{package:02d}.zip", plugin_version="soak", created=created)
        )
    return packages


def start_submitter(outbox: Path, url: str, seed: int, packages: list, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SUBMITTER), str(outbox), url, str(seed), *[str(p.path) for p in packages]],
        env=env, stdout=subprocess.PIPE, stderr=open(outbox.with_name(f"submitter{seed}.log"), "w"), text=True,
    )  # fmt: skip


@pytest.fixture()
def serial_server(tmp_path_factory):
    """pygeoapi answering one request at a time: its TinyDB file does not survive two writers at once."""
    server = PygeoapiServer(tmp_path_factory.mktemp("pygeoapi-serial"), threaded=False)
    yield server
    server.stop()


def test_soak_two_submitters_faults_and_kills(serial_server, tmp_path):
    server = serial_server
    started = time.monotonic()
    packages = build_packages(tmp_path)
    assert sum(len(p.features) for p in packages) == 300
    proxy = FaultProxy(server.port, seed=2026, stall_seconds=0.6)
    proxy.mode = "random"
    proxy.weights = {"ok": 0.70, "reset": 0.06, "500": 0.06, "503": 0.06, "stall": 0.04, "drop": 0.08}  # 30 % faults
    outbox = tmp_path / "outbox.sqlite"
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    rng = random.Random(11)
    kills = 0
    finished: list[str] = []
    try:
        # the first life of each submitter ends with a SIGKILL at a random moment
        submitters = [start_submitter(outbox, proxy.url, seed, packages, env) for seed in (1, 2)]
        for process in submitters:
            assert first_protocol_line(process) == "started"
        deadline = [time.monotonic() + rng.uniform(2.0, 8.0) for _ in submitters]
        while any(time.monotonic() < d for d in deadline):
            time.sleep(0.05)
            for index, process in enumerate(submitters):
                if deadline[index] and time.monotonic() >= deadline[index]:
                    deadline[index] = 0
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                        kills += 1
                    process.wait()
        # each submitter starts again on the same outbox and runs until nothing is pending
        submitters = [start_submitter(outbox, proxy.url, seed, packages, env) for seed in (3, 4)]
        for process in submitters:
            try:
                out, _err = process.communicate(timeout=150)
            except subprocess.TimeoutExpired:
                process.kill()
                out, _err = process.communicate()
                print(out[-3000:])
                raise
            finished.append(out.strip().splitlines()[-1])
    finally:
        for process in submitters:
            if process.poll() is None:
                process.kill()
        proxy.stop()
    elapsed = time.monotonic() - started

    documents = list(json.loads(server.data.read_text())["_default"].values())
    per_id = collections.Counter(d["id"] for d in documents)
    wrong_version = [
        d["id"] for d in documents
        if d["properties"]["submission_id"] != packages[newest_package(int(d["id"][-3:]))].submission_id
    ]  # fmt: skip
    counts = Outbox(outbox).counts()
    faults = sum(n for name, n in proxy.counts.items() if name != "ok")
    print(
        f"\nsoak: {sum(len(p.features) for p in packages)} candidates in {len(packages)} packages, "
        f"{len(per_id)} distinct on the server ({len(documents)} documents), {len(wrong_version)} not newest; "
        f"outbox {counts}; {sum(proxy.counts.values())} requests, {faults} faults {dict(proxy.counts)}; "
        f"{kills} SIGKILLs; submitters {finished}; {elapsed:.0f} s"
    )
    if len(per_id) != DISTINCT or set(per_id.values()) != {1}:
        print([d for d in documents if per_id[d["id"]] > 1][:4])
    assert kills == 2
    assert len(per_id) == DISTINCT and set(per_id.values()) == {1}, per_id.most_common(3)  # exactly once
    assert wrong_version == []  # the newest version of every candidate
    assert counts["queued"] == counts["sent"] == 0
    # 300 items: every candidate's newest item is on the service; the other 100 are superseded, or were
    # received before their newer version was queued and then replaced on the server
    assert counts["received"] + counts["superseded"] == 300 and counts["superseded"] <= 100
    assert faults / sum(proxy.counts.values()) > 0.2
    assert elapsed < 180


def first_protocol_line(process, limit: int = 20) -> str:
    """The submitter's first line of its own; QGIS may print warnings on stdout first (two processes creating the
    same profile's auth database at once: "WARNING: Auth db query exec() FAILED")."""
    for _ in range(limit):
        line = process.stdout.readline().strip()
        if not line.startswith("WARNING:") and line:
            return line
    return ""
