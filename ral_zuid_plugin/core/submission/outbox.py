"""The outbox: every submission and the state of each of its candidates, in an SQLite file in the QGIS profile.

States of a candidate: ``queued`` (package written, not yet sent), ``sent`` (a request went out, outcome not yet
confirmed), ``received`` (the server holds it) and ``reviewed`` (the expertisecentrum decided: akkoord or
afgewezen). Every change is one committed transaction, so the outbox survives a crash or restart of QGIS. The
outbox stores no credentials: only the features, the package path and the last error message.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ral_zuid_plugin.core.submission.ogcapi import version_of

QUEUED = "queued"
SENT = "sent"
RECEIVED = "received"
REVIEWED = "reviewed"
SUPERSEDED = "superseded"
STATES = (QUEUED, SENT, RECEIVED, REVIEWED, SUPERSEDED)
PENDING = (QUEUED, SENT)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    submission_id TEXT PRIMARY KEY,
    gemeentecode TEXT NOT NULL,
    package_path TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
    feature_id TEXT NOT NULL,
    submission_id TEXT NOT NULL REFERENCES submissions(submission_id),
    kandidaat_id TEXT NOT NULL,
    feature_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'received', 'reviewed', 'superseded')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    review_status TEXT NOT NULL DEFAULT '',
    review_remark TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL,
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until REAL NOT NULL DEFAULT 0,
    superseded_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (submission_id, feature_id)
);
CREATE INDEX IF NOT EXISTS items_state ON items(state, next_attempt);
CREATE INDEX IF NOT EXISTS items_feature ON items(feature_id);
"""


@dataclass(frozen=True)
class OutboxItem:
    submission_id: str
    feature_id: str
    kandidaat_id: str
    feature: dict[str, Any]
    state: str
    attempts: int
    next_attempt: float
    last_error: str
    review_status: str
    review_remark: str
    updated: str
    lease_owner: str = ""
    lease_until: float = 0.0
    superseded_by: str = ""

    @property
    def version(self) -> tuple[str, str]:
        return version_of(self.feature.get("properties") or {})


def _now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Outbox:
    """SQLite outbox. Each method opens its own connection, so it is safe from a QgsTask thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as connection, connection:
            connection.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Outboxes of plugin 1.0 lack the ``superseded`` state and the lease columns: rebuild the table once."""
        query = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'items'"
        with closing(self._connect()) as connection:
            if "superseded" in connection.execute(query).fetchone()["sql"]:
                return
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")
            try:
                if "superseded" not in connection.execute(query).fetchone()["sql"]:  # not migrated meanwhile
                    columns = ", ".join(r["name"] for r in connection.execute("PRAGMA table_info(items)"))
                    connection.execute("ALTER TABLE items RENAME TO items_1_0")
                    connection.execute("DROP INDEX IF EXISTS items_state")
                    connection.execute("DROP INDEX IF EXISTS items_feature")
                    for statement in _SCHEMA.split(";"):
                        if "EXISTS items" in statement:
                            connection.execute(statement)
                    connection.execute(f"INSERT INTO items ({columns}) SELECT {columns} FROM items_1_0")
                    connection.execute("DROP TABLE items_1_0")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(str(self.path), timeout=30)
        connection.execute("PRAGMA synchronous = FULL")
        connection.row_factory = sqlite3.Row
        return connection

    def _execute(self, sql: str, parameters: tuple = ()) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(sql, parameters)

    def add_submission(self, submission_id: str, gemeentecode: str, package_path: str, features: list[dict]) -> None:
        """Queue every feature of a submission whose package is already on disk (idempotent)."""
        now = _now_text()
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT OR IGNORE INTO submissions VALUES (?, ?, ?, ?)",
                (submission_id, gemeentecode, str(package_path), now),
            )
            for feature in features:
                connection.execute(
                    "INSERT OR IGNORE INTO items"
                    " (feature_id, submission_id, kandidaat_id, feature_json, state, updated)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        feature["id"],
                        submission_id,
                        str(feature["properties"]["kandidaat_id"]),
                        json.dumps(feature, ensure_ascii=False),
                        QUEUED,
                        now,
                    ),
                )

    def items(
        self, submission_id: str | None = None, states: tuple[str, ...] = STATES, feature_id: str | None = None
    ) -> list[OutboxItem]:
        marks = ",".join("?" * len(states))
        sql = f"SELECT * FROM items WHERE state IN ({marks})"
        parameters: tuple = tuple(states)
        if submission_id is not None:
            sql += " AND submission_id = ?"
            parameters += (submission_id,)
        if feature_id is not None:
            sql += " AND feature_id = ?"
            parameters += (feature_id,)
        sql += " ORDER BY submission_id, feature_id"
        with closing(self._connect()) as connection:
            rows = connection.execute(sql, parameters).fetchall()
        return [
            OutboxItem(
                r["submission_id"],
                r["feature_id"],
                r["kandidaat_id"],
                json.loads(r["feature_json"]),
                r["state"],
                r["attempts"],
                r["next_attempt"],
                r["last_error"],
                r["review_status"],
                r["review_remark"],
                r["updated"],
                r["lease_owner"],
                r["lease_until"],
                r["superseded_by"],
            )
            for r in rows
        ]

    def item(self, item: OutboxItem) -> OutboxItem | None:
        """The item as it is stored now (another process may have moved it on)."""
        found = self.items(item.submission_id, feature_id=item.feature_id)
        return found[0] if found else None

    def claim(self, item: OutboxItem, owner: str, now: float, seconds: float) -> bool:
        """Take the lease on a pending item for ``seconds``; ``False`` when another sender holds this candidate.

        The lease covers the feature id across submissions, so two senders on one outbox (the submit
        algorithm and the background watcher, or two QGIS windows) never work on the same candidate at
        once: one version's read-back and PUT cannot interleave with another's. A killed sender's lease
        simply runs out.
        """
        with closing(self._connect()) as connection:
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")
            try:
                busy = connection.execute(
                    "SELECT 1 FROM items WHERE feature_id = ? AND lease_owner NOT IN ('', ?) AND lease_until > ?",
                    (item.feature_id, owner, now),
                ).fetchone()
                claimed = 0
                if busy is None:
                    claimed = connection.execute(
                        "UPDATE items SET lease_owner = ?, lease_until = ? "
                        "WHERE submission_id = ? AND feature_id = ? AND state IN ('queued', 'sent')",
                        (owner, now + seconds, item.submission_id, item.feature_id),
                    ).rowcount
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return claimed == 1

    def release(self, item: OutboxItem, owner: str) -> None:
        self._execute(
            "UPDATE items SET lease_owner = '', lease_until = 0 "
            "WHERE submission_id = ? AND feature_id = ? AND lease_owner = ?",
            (item.submission_id, item.feature_id, owner),
        )

    def newer_version(self, item: OutboxItem) -> OutboxItem | None:
        """The newest other submission of the same candidate in the outbox, when it is newer than ``item``."""
        with closing(self._connect()) as connection:
            rows = connection.execute(
                "SELECT submission_id, feature_json FROM items WHERE feature_id = ? AND submission_id != ?",
                (item.feature_id, item.submission_id),
            ).fetchall()
        best = None
        for row in rows:
            version = version_of(json.loads(row["feature_json"]).get("properties") or {})
            if version > item.version and (best is None or version > best[0]):
                best = (version, row["submission_id"])
        if best is None:
            return None
        found = self.items(best[1], feature_id=item.feature_id)
        return found[0] if found else None

    def mark_superseded(self, item: OutboxItem, newer_submission: str, reason: str) -> None:
        """A newer version of this candidate is in the outbox or on the server: this one is never sent."""
        self._execute(
            "UPDATE items SET state = ?, superseded_by = ?, last_error = ?, lease_owner = '', lease_until = 0, "
            "updated = ? WHERE submission_id = ? AND feature_id = ?",
            (SUPERSEDED, newer_submission, reason, _now_text(), item.submission_id, item.feature_id),
        )

    def due(self, now: float, submission_id: str | None = None) -> list[OutboxItem]:
        """Pending items whose next attempt time has come."""
        return [item for item in self.items(submission_id, PENDING) if item.next_attempt <= now]

    def submissions(self) -> list[dict[str, Any]]:
        with closing(self._connect()) as connection:
            return [dict(r) for r in connection.execute("SELECT * FROM submissions ORDER BY created DESC")]

    def mark_sent(self, item: OutboxItem) -> None:
        """Record that a request is about to go out (before sending, so a crash leaves ``sent``)."""
        self._execute(
            "UPDATE items SET state = ?, attempts = attempts + 1, updated = ? "
            "WHERE submission_id = ? AND feature_id = ?",
            (SENT, _now_text(), item.submission_id, item.feature_id),
        )

    def mark_received(self, item: OutboxItem) -> None:
        self._execute(
            "UPDATE items SET state = ?, last_error = '', review_status = CASE WHEN review_status = '' "
            "THEN 'ontvangen' ELSE review_status END, lease_owner = '', lease_until = 0, updated = ? "
            "WHERE submission_id = ? AND feature_id = ?",
            (RECEIVED, _now_text(), item.submission_id, item.feature_id),
        )

    def mark_failed(self, item: OutboxItem, reason: str, next_attempt: float, state: str = SENT) -> None:
        """Keep the item pending with the reason and the earliest time to try again.

        ``state`` stays ``sent`` when the outcome is unknown (timeout, dropped reply) and goes back to ``queued``
        when the server clearly did not store the candidate (401, 403, 4xx, TLS failure, no URL).
        """
        self._execute(
            "UPDATE items SET state = ?, last_error = ?, next_attempt = ?, lease_owner = '', lease_until = 0, "
            "updated = ? WHERE submission_id = ? AND feature_id = ?",
            (state, reason, next_attempt, _now_text(), item.submission_id, item.feature_id),
        )

    def note_problem(self, reason: str, submission_id: str | None = None) -> None:
        """Record why pending items could not be sent at all (no service URL, bad settings)."""
        sql = "UPDATE items SET last_error = ?, updated = ? WHERE state IN ('queued', 'sent')"
        parameters: tuple = (reason, _now_text())
        if submission_id is not None:
            sql += " AND submission_id = ?"
            parameters += (submission_id,)
        self._execute(sql, parameters)

    def retry_now(self, submission_id: str | None = None, at: float = 0.0) -> None:
        """Make every pending item due immediately (the user pressed 'send again'), or by the time ``at``."""
        sql = "UPDATE items SET next_attempt = ? WHERE state IN ('queued', 'sent') AND next_attempt > ?"
        parameters: tuple = (at, at)
        if submission_id is not None:
            sql += " AND submission_id = ?"
            parameters += (submission_id,)
        self._execute(sql, parameters)

    def set_review(self, item: OutboxItem, status: str, remark: str, final: bool) -> None:
        state = REVIEWED if final else RECEIVED
        self._execute(
            "UPDATE items SET state = ?, review_status = ?, review_remark = ?, updated = ? "
            "WHERE submission_id = ? AND feature_id = ?",
            (state, status, remark, _now_text(), item.submission_id, item.feature_id),
        )

    def counts(self, submission_id: str | None = None) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for item in self.items(submission_id):
            counts[item.state] += 1
        return counts
