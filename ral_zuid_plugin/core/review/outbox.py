"""The reviewer's outbox: decisions wait here (SQLite in the QGIS profile) until the service has them.

A decision is ``queued`` until it is ``done`` (written, or found on the service) or ``refused`` (the candidate
changed, the transition is not allowed, ...). Decisions are sent in the order they were made, so two decisions
on one candidate taken while the service was down (``in behandeling``, then ``akkoord``) arrive in that order; when
one is refused, the later ones on the same candidate are refused too. No credentials are stored.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.review.client import ReviewClient
from ral_zuid_plugin.core.review.decision import Decision, DecisionRefusedError, apply_decision
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError

QUEUED = "queued"
DONE = "done"
REFUSED = "refused"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    decision_id TEXT NOT NULL UNIQUE,
    feature_id TEXT NOT NULL,
    decision_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'done', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_state ON decisions(state, number);
"""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class DecisionReport:
    written: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    waiting: dict[str, str] = field(default_factory=dict)
    """feature id -> why the decision still waits (service down)."""


class DecisionOutbox:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as connection, connection:
            connection.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), timeout=30)
        connection.execute("PRAGMA synchronous = FULL")
        connection.row_factory = sqlite3.Row
        return connection

    def add(self, decision: Decision) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT OR IGNORE INTO decisions (decision_id, feature_id, decision_json, state, updated) "
                "VALUES (?, ?, ?, ?, ?)",
                (decision.decision_id, decision.feature_id, json.dumps(decision.as_dict()), QUEUED, _now()),
            )

    def rows(self, state: str | None = None) -> list[dict]:
        sql = "SELECT * FROM decisions" + (" WHERE state = ?" if state else "") + " ORDER BY number"
        with closing(self._connect()) as connection:
            return [dict(r) for r in connection.execute(sql, (state,) if state else ())]

    def queued(self) -> list[Decision]:
        return [Decision(**json.loads(row["decision_json"])) for row in self.rows(QUEUED)]

    def latest_queued(self, feature_id: str) -> Decision | None:
        found = [d for d in self.queued() if d.feature_id == feature_id]
        return found[-1] if found else None

    def state_of(self, decision_id: str) -> tuple[str, str]:
        with closing(self._connect()) as connection:
            row = connection.execute(
                "SELECT state, last_error FROM decisions WHERE decision_id = ?", (decision_id,)
            ).fetchone()
        return (row["state"], row["last_error"]) if row else ("", "")

    def _set(self, decision: Decision, state: str, error: str = "", attempt: bool = True) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "UPDATE decisions SET state = ?, last_error = ?, attempts = attempts + ?, updated = ? "
                "WHERE decision_id = ?",
                (state, error, 1 if attempt else 0, _now(), decision.decision_id),
            )


def send_decisions(outbox: DecisionOutbox, client: ReviewClient, progress: Progress | None = None) -> DecisionReport:
    """Send every queued decision in order (see module doc). A problem of the service or the credentials stops
    the run and leaves the rest queued."""
    progress = progress or SilentProgress()
    report = DecisionReport()
    queued = outbox.queued()
    blocked: dict[str, str] = {}
    for number, decision in enumerate(queued):
        check_cancelled(progress)
        if decision.feature_id in blocked:
            outbox._set(decision, REFUSED, blocked[decision.feature_id], attempt=False)
            report.refused[decision.feature_id] = blocked[decision.feature_id]
            continue
        if decision.feature_id in report.waiting:
            continue  # keep the order: a later decision never overtakes an earlier one that waits
        try:
            outcome = apply_decision(client, decision)
        except DecisionRefusedError as error:
            outbox._set(decision, REFUSED, error.message)
            report.refused[decision.feature_id] = error.message
            blocked[decision.feature_id] = tr("An earlier decision on this candidate was refused: {reason}").format(
                reason=error.message
            )
            continue
        except DeliveryError as error:
            outbox._set(decision, QUEUED, error.message)
            if error.retryable or error.affects_all:
                report.waiting[decision.feature_id] = error.message
                for later in queued[number + 1 :]:
                    report.waiting.setdefault(later.feature_id, error.message)
                break
            outbox._set(decision, REFUSED, error.message, attempt=False)
            report.refused[decision.feature_id] = error.message
            continue
        outbox._set(decision, DONE)
        (report.written if outcome == "written" else report.already).append(decision.feature_id)
        progress.set_progress(100.0 * (number + 1) / max(len(queued), 1))
    return report
