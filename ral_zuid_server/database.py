"""The submission database: schema migrations, the security setup and login roles, through ``psql``.

``migrate(run)`` applies the files ``sql/NNNN-schema-<version>.sql`` in order, each in one transaction and only
when its version is not yet in ``schema_version``; every file is idempotent as well, so a file run twice (or
on a database set up by hand from the 1.0 documentation) changes nothing. ``secure(run)`` then applies
``sql/security.sql`` (roles, privileges, row level security). ``run`` is any callable that executes SQL text
in one transaction as the table owner: :meth:`ral_zuid_server.cluster.LocalCluster.psql`, or, for a real
server, :func:`psql_runner` (``python3 -m ral_zuid_server.database migrate`` uses libpq's PG* variables).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Callable

SQL = Path(__file__).resolve().parent / "sql"
CURRENT_VERSION = "1.2"
_MIGRATION = re.compile(r"^\d{4}-schema-(\d+\.\d+)\.sql$")

Runner = Callable[[str], "subprocess.CompletedProcess"]


def migrations() -> list[tuple[str, Path]]:
    """(version, file) of every migration, oldest first."""
    found = []
    for path in sorted(SQL.glob("*.sql")):
        match = _MIGRATION.match(path.name)
        if match:
            found.append((match.group(1), path))
    return found


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def applied_versions(run: Runner) -> list[str]:
    if run("SELECT to_regclass('public.schema_version') IS NULL").stdout.strip() == "t":
        return []
    output = run("SELECT string_agg(version, ',') FROM schema_version").stdout.strip()
    return sorted((v for v in output.split(",") if v), key=_version_key)


def migrate(run: Runner, target: str = CURRENT_VERSION) -> list[str]:
    """Bring the database to ``target``; returns the versions applied now (empty when it already was)."""
    done = set(applied_versions(run))
    applied = []
    for version, path in migrations():
        if _version_key(version) > _version_key(target) or version in done:
            continue
        # one transaction per file; the advisory lock keeps two migrating processes apart
        run("SELECT pg_advisory_xact_lock(20261129);\n" + path.read_text(encoding="utf-8"))
        applied.append(version)
    return applied


def secure(run: Runner) -> None:
    """Roles, privileges, row level security and the review guard (idempotent)."""
    run((SQL / "security.sql").read_text(encoding="utf-8"))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def gemeente_role(gemeentecode: str) -> str:
    """The database login role of one gemeente: ``ralzuid_gm0772``."""
    if not re.fullmatch(r"GM[0-9]{4}", gemeentecode):
        raise ValueError(f"not a CBS gemeentecode: {gemeentecode!r}")
    return "ralzuid_" + gemeentecode.lower()


def add_gemeente_role(run: Runner, gemeentecode: str, password: str) -> str:
    gemeente_role(gemeentecode)
    run(f"CALL ralzuid_gemeente_rol({_literal(gemeentecode)}, {_literal(password)})")
    return gemeente_role(gemeentecode)


def add_reviewer_role(run: Runner, role: str, password: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"not a plain role name: {role!r}")
    run(f"CALL ralzuid_beoordelaar_rol({_literal(role)}, {_literal(password)})")
    return role


def psql_runner(sql: str) -> subprocess.CompletedProcess:
    """SQL through ``psql`` with libpq's environment (PGHOST, PGDATABASE, PGUSER, PGPASSFILE...)."""
    result = subprocess.run(
        ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-"],
        input=sql, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result


def main(argv: list[str]) -> int:
    if argv[:1] != ["migrate"]:
        print("usage: python3 -m ral_zuid_server.database migrate   (connection from PGHOST, PGDATABASE, ...)")
        return 2
    applied = migrate(psql_runner)
    secure(psql_runner)
    print("schema", CURRENT_VERSION, "applied now:", ", ".join(applied) or "nothing (already current)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
