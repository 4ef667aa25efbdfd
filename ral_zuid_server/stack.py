"""The whole submission server on loopback, for the tests and ``make demo``: PostgreSQL + PostGIS, the schema,
the roles, pygeoapi with the PostgreSQL provider and the gateway in front of it.

    with ServerStack(["GM0772", "GM0855"]) as stack:
        stack.url                          # http://127.0.0.1:<port>, collection "aanmeldingen"
        stack.credentials("GM0772")        # (user, password) of the gemeente's account
        stack.reviewer                     # (user, password) of the reviewer's account
        stack.token("GM0772")              # a Bearer token of the gemeente
        stack.cluster.query("SELECT ...")  # SQL as the table owner

Standard library only (runs in the QGIS Python); the server itself runs in ``.venv-pygeoapi``
(``make pygeoapi-venv``). Every secret is random per start and stays in the stack's temporary folder (mode 0700).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from ral_zuid_server import database
from ral_zuid_server.cluster import DATABASE, LocalCluster, free_port
from ral_zuid_server.config import REVIEWER_ROLE, pygeoapi_config, write_config
from ral_zuid_server.gate import hash_password, new_token
from ral_zuid_server.processes import end_process

ROOT = Path(__file__).resolve().parents[1]
PYGEOAPI_VENV = ROOT / ".venv-pygeoapi"
COLLECTION = "aanmeldingen"
REVIEWER_USER = "beoordelaar"
TEST_ITERATIONS = 20_000  # PBKDF2 rounds of the throwaway accounts (production: 600,000)


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class ServerStack:
    def __init__(self, gemeenten: list[str], folder: Path | None = None, log_level: str = "WARNING") -> None:
        python = PYGEOAPI_VENV / "bin" / "python"
        if not python.exists():
            raise RuntimeError("pygeoapi venv missing: run `make pygeoapi-venv`")
        self.python = python
        self.gemeenten = sorted(set(gemeenten))
        self.folder = Path(folder or tempfile.mkdtemp(prefix="ralzuid-server-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o700)
        self.log_level = log_level
        self.cluster = LocalCluster()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.collection = COLLECTION
        self._passwords = {code: secrets.token_urlsafe(18) for code in self.gemeenten}
        self._tokens: dict[str, str] = {}
        self.reviewer = (REVIEWER_USER, secrets.token_urlsafe(18))
        self.process: subprocess.Popen | None = None
        self.log_path = self.folder / "server.log"

    # -- accounts --------------------------------------------------------------------------------------------
    def credentials(self, gemeentecode: str) -> tuple[str, str]:
        return gemeentecode.lower(), self._passwords[gemeentecode]

    def token(self, gemeentecode: str) -> str:
        return self._tokens[gemeentecode]

    def all_secrets(self) -> list[str]:
        """Every password and token of the accounts (to check that none is ever logged)."""
        return [*self._passwords.values(), *self._tokens.values(), self.reviewer[1]]

    def _write_accounts(self) -> Path:
        accounts = []
        for code in self.gemeenten:
            user, password = self.credentials(code)
            token, token_hash = new_token()
            self._tokens[code] = token
            accounts.append(
                {"user": user, "role": "gemeente", "gemeentecode": code,
                 "password": hash_password(password, TEST_ITERATIONS)}
            )  # fmt: skip
            accounts.append({"user": user + "-token", "role": "gemeente", "gemeentecode": code,
                             "token_sha256": token_hash})  # fmt: skip
        reviewer_hash = hash_password(self.reviewer[1], TEST_ITERATIONS)
        accounts.append({"user": self.reviewer[0], "role": "beoordelaar", "password": reviewer_hash})
        path = self.folder / "accounts.json"
        path.write_text(json.dumps({"accounts": accounts}, indent=1))
        path.chmod(0o600)
        return path

    # -- life ------------------------------------------------------------------------------------------------
    def start(self) -> ServerStack:
        """Start everything; on any failure or interruption (Ctrl-C) whatever was started is stopped again."""
        try:
            return self._start()
        except BaseException:
            self.stop(keep_log=True)
            raise

    def _start(self) -> ServerStack:
        self.cluster.start()
        run = self.cluster.psql
        database.migrate(run)
        database.secure(run)
        pgpass_lines = []
        socket_dir, port = str(self.cluster.socket_dir), self.cluster.port
        for code in self.gemeenten:
            role_password = secrets.token_urlsafe(18)
            role = database.add_gemeente_role(run, code, role_password)
            pgpass_lines.append(f"{socket_dir}:{port}:{DATABASE}:{role}:{role_password}")
        role_password = secrets.token_urlsafe(18)
        database.add_reviewer_role(run, REVIEWER_ROLE, role_password)
        pgpass_lines.append(f"{socket_dir}:{port}:{DATABASE}:{REVIEWER_ROLE}:{role_password}")
        pgpass = self.folder / "pgpass"
        pgpass.write_text("\n".join(pgpass_lines) + "\n")
        pgpass.chmod(0o600)
        accounts = self._write_accounts()
        config = write_config(
            self.folder / "pygeoapi-config.yml",
            pygeoapi_config(
                self.url, self.port, {"host": socket_dir, "port": port, "dbname": DATABASE}, self.gemeenten,
                self.log_level,
            ),
        )  # fmt: skip
        openapi = self.folder / "pygeoapi-openapi.yml"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "PYTHONPATH"}
        env.update(
            PYGEOAPI_CONFIG=str(config), PYGEOAPI_OPENAPI=str(openapi), RALZUID_ACCOUNTS=str(accounts),
            PGPASSFILE=str(pgpass), PYTHONPATH=str(ROOT),
        )  # fmt: skip
        generate = subprocess.run(
            [str(PYGEOAPI_VENV / "bin" / "pygeoapi"), "openapi", "generate", str(config), "--output-file",
             str(openapi)],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        if generate.returncode != 0:
            raise RuntimeError("pygeoapi openapi generate failed: " + generate.stderr[-2000:])
        self._log = open(self.log_path, "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [str(self.python), "-m", "ral_zuid_server.app", str(self.port)],
            env=env, cwd=str(self.folder), stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/collections?f=json", timeout=2):
                    break
            except (OSError, urllib.error.URLError):
                if time.time() > deadline or self.process.poll() is not None:
                    raise RuntimeError("the submission server did not start; see " + str(self.log_path)) from None
                time.sleep(0.2)
        return self

    def reset(self) -> None:
        """An empty table (as the owner; row level security does not apply to it)."""
        self.cluster.psql("DELETE FROM aanmeldingen")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, keep_log: bool = False) -> None:
        if self.process is not None:
            end_process(self.process)
            self.process = None
            self._log.close()
        self.cluster.stop()
        if not keep_log:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> ServerStack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str]) -> int:
    """``python3 -m ral_zuid_server.stack GM0772 GM0855 ...``: start a stack, print its accounts, stop on Enter."""
    with ServerStack(argv or ["GM0772"]) as stack:
        print("server:", stack.url, "collection:", stack.collection)
        for code in stack.gemeenten:
            print(code, *stack.credentials(code))
        print("reviewer", *stack.reviewer)
        with contextlib.suppress(EOFError):
            input("Enter stops the server ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
