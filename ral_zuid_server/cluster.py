"""A throwaway PostgreSQL + PostGIS cluster in a temporary folder, for the tests and ``make demo``.

Debian's PostgreSQL (``postgresql`` and ``postgresql-15-postgis-3`` from ``scripts/install_deps.sh``): ``initdb``
into a fresh folder under /tmp, then ``pg_ctl`` with the server listening on 127.0.0.1 only (a free port) and its
unix socket in the same folder. Password authentication (scram-sha-256) for every connection, also the
superuser's. PostgreSQL refuses to run as root: when run as root (CI), the cluster runs as the ``postgres`` user
that Debian's package creates. ``stop()`` stops the server and removes the folder.

Standard library only: it runs in the QGIS Python (tests, demo) and in the pygeoapi venv.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ADMIN = "ralzuid_admin"
DATABASE = "aanmeldingen"


def postgres_bindir() -> Path:
    """The newest Debian PostgreSQL's bin folder (``/usr/lib/postgresql/<major>/bin``)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not candidates:
        raise RuntimeError("PostgreSQL is not installed: run `make deps` (scripts/install_deps.sh installs it)")
    return Path(candidates[-1]).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalCluster:
    """One PostgreSQL server with the database ``aanmeldingen`` (PostGIS enabled), owned by ``ralzuid_admin``."""

    def __init__(self, folder: Path | None = None) -> None:
        self.bindir = postgres_bindir()
        self.folder = Path(folder or tempfile.mkdtemp(prefix="ralzuid-pg-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log_path = self.folder / "postgresql.log"
        self.port = free_port()
        self.admin_password = secrets.token_urlsafe(24)
        self.running = False

    # -- running programs, as the postgres user when we are root --------------------------------------------
    def _as_owner(self, command: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return command

    def _own(self, path: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(path, "postgres", "postgres")

    def start(self) -> LocalCluster:
        self.folder.chmod(0o755)  # the postgres user must reach its folders
        self._own(self.folder)
        self.socket_dir.mkdir(mode=0o700, exist_ok=True)
        self._own(self.socket_dir)
        password_file = self.folder / "initdb.pw"
        password_file.write_text(self.admin_password + "\n")
        password_file.chmod(0o600)
        self._own(password_file)
        try:
            subprocess.run(
                self._as_owner(
                    [
                        str(self.bindir / "initdb"),
                        "-D", str(self.data),
                        "-U", ADMIN,
                        "--pwfile", str(password_file),
                        "--auth-local=scram-sha-256",
                        "--auth-host=scram-sha-256",
                        "--encoding=UTF8",
                        "--locale=C",
                    ]
                ),
                check=True, capture_output=True, text=True,
            )  # fmt: skip
        except subprocess.CalledProcessError as error:
            raise RuntimeError("initdb failed: " + (error.stderr or error.stdout)[-2000:]) from None
        finally:
            password_file.unlink()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c log_min_messages=warning -c log_min_error_statement=error"
        )  # fsync off: a throwaway cluster; never in production
        self.log_path.touch()
        self._own(self.log_path)
        result = subprocess.run(
            self._as_owner(
                [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log_path), "-o", options, "-w",
                 "-t", "60", "start"]
            ),
            capture_output=True, text=True,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError("PostgreSQL did not start: " + self.log_path.read_text(errors="replace")[-2000:])
        self.running = True
        self.psql(f"CREATE DATABASE {DATABASE}", database="postgres", transaction=False)
        self.psql("CREATE EXTENSION IF NOT EXISTS postgis")
        return self

    # -- SQL -------------------------------------------------------------------------------------------------
    def environment(self, user: str = ADMIN, password: str | None = None) -> dict[str, str]:
        """libpq's environment for a connection over the unix socket (the password never on a command line)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(
            PGHOST=str(self.socket_dir),
            PGPORT=str(self.port),
            PGUSER=user,
            PGPASSWORD=self.admin_password if password is None else password,
            PGDATABASE=DATABASE,
            PGCONNECT_TIMEOUT="10",
        )
        return env

    def psql(
        self,
        sql: str,
        *,
        database: str = DATABASE,
        user: str = ADMIN,
        password: str | None = None,
        check: bool = True,
        transaction: bool = True,
    ) -> subprocess.CompletedProcess:
        """Run SQL (from stdin, so nothing secret shows in the process list) in one transaction.

        Output is unaligned, tab-separated, without headers (``-At``). With ``check`` a failure raises
        ``RuntimeError`` with psql's message.
        """
        env = self.environment(user, password)
        env["PGDATABASE"] = database
        single = ["--single-transaction"] if transaction else []
        result = subprocess.run(
            [str(self.bindir / "psql"), "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", *single, "-f", "-"],
            input=sql, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(f"psql failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def query(self, sql: str, **kwargs) -> list[list[str]]:
        """Rows of a query as lists of text (NULL as '')."""
        output = self.psql(sql, **kwargs).stdout
        return [line.split("\t") for line in output.splitlines()]

    def stop(self) -> None:
        """Stop the server (also one whose start was interrupted: its pid file is there) and remove the folder."""
        if self.running or (self.data / "postmaster.pid").exists():
            subprocess.run(
                self._as_owner([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]),
                capture_output=True,
            )
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.time() + timeout
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        if time.time() > deadline:
            raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")
        time.sleep(0.1)
