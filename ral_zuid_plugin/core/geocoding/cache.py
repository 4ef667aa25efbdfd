"""The addresses of each postcode the Locatieserver returned, kept in one SQLite file in the user's profile.

One row per postcode (the client fetches a postcode's addresses at once): the JSON list of addresses and when
they were fetched. A postcode that has no addresses is kept too (an empty list), so it is not asked again.
Entries older than ``max_age_days`` are asked again when the service can be reached and used when it cannot.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr


class AddressCache(Protocol):
    def get(self, postcode: str) -> tuple[list[dict], float] | None:
        """(addresses, age in days) of a postcode, or None when it was never fetched."""

    def put(self, postcode: str, addresses: list[dict]) -> None: ...


class MemoryAddressCache:
    """A cache for one session (tests, the address search box)."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[list[dict], datetime]] = {}

    def get(self, postcode: str) -> tuple[list[dict], float] | None:
        entry = self.entries.get(postcode)
        if entry is None:
            return None
        return entry[0], (datetime.now(timezone.utc) - entry[1]).total_seconds() / 86400.0

    def put(self, postcode: str, addresses: list[dict]) -> None:
        self.entries[postcode] = (addresses, datetime.now(timezone.utc))


class SqliteAddressCache:
    """``<folder>/locatieserver.sqlite``; safe to use from several processes (SQLite locks the file)."""

    FILE_NAME = "locatieserver.sqlite"

    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / self.FILE_NAME

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(str(self.path), timeout=10)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS postcode (postcode TEXT PRIMARY KEY, fetched_at TEXT, addresses TEXT)"
            )
        except (OSError, sqlite3.Error) as error:
            raise RalZuidError(
                tr("The address cache {path} cannot be used: {error}").format(path=self.path, error=error)
            ) from error
        return connection

    def get(self, postcode: str) -> tuple[list[dict], float] | None:
        with closing(self._connect()) as connection:
            row = connection.execute(
                "SELECT fetched_at, addresses FROM postcode WHERE postcode = ?", (postcode,)
            ).fetchone()
        if row is None:
            return None
        try:
            fetched = datetime.fromisoformat(row[0])
            addresses = json.loads(row[1])
        except (TypeError, ValueError):
            return None
        return addresses, (datetime.now(timezone.utc) - fetched).total_seconds() / 86400.0

    def get_many(self, postcodes: list[str]) -> dict[str, tuple[list[dict], float]]:
        """All cached postcodes of ``postcodes`` in one query per 500."""
        found: dict[str, tuple[list[dict], float]] = {}
        now = datetime.now(timezone.utc)
        with closing(self._connect()) as connection:
            for start in range(0, len(postcodes), 500):
                part = postcodes[start : start + 500]
                rows = connection.execute(
                    "SELECT postcode, fetched_at, addresses FROM postcode WHERE postcode IN ({})".format(
                        ",".join("?" * len(part))
                    ),
                    part,
                ).fetchall()
                for postcode, fetched_at, addresses in rows:
                    try:
                        age = (now - datetime.fromisoformat(fetched_at)).total_seconds() / 86400.0
                        found[postcode] = (json.loads(addresses), age)
                    except (TypeError, ValueError):
                        continue
        return found

    def put(self, postcode: str, addresses: list[dict]) -> None:
        with closing(self._connect()) as connection, connection:
            connection.execute(
                "INSERT OR REPLACE INTO postcode VALUES (?, ?, ?)",
                (postcode, datetime.now(timezone.utc).isoformat(), json.dumps(addresses, ensure_ascii=False)),
            )
