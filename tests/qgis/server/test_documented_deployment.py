"""The deployment as docs/submission-protocol.md section 5 ("Setting it up") and the README describe it, command by
command, on a throwaway PostgreSQL cluster: a database owned by a non-superuser owner with CREATEROLE, the
migration CLI, the two role procedures, the accounts CLI (password from standard input), the configuration CLI,
a pgpass file, ``pygeoapi openapi generate`` and ``python -m ral_zuid_server.app``. Only what the documentation
does as root with apt-get and ``su postgres`` is done here with the cluster's superuser.

Then the deployed server must behave as documented: the gemeente creates its item (201), the reviewer sets a
review (204), anonymous reads are refused (401), a stale If-Match is refused (412).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from ral_zuid_server.cluster import LocalCluster, free_port, wait_port
from ral_zuid_server.processes import end_process
from ral_zuid_server.stack import PYGEOAPI_VENV, ROOT, basic_header
from tests.qgis.server.test_access import feature

OWNER = "ralzuid_beheer"
DATABASE = "aanmeldingen_doc"


def _run(command: list[str], env: dict[str, str], stdin: str = "") -> str:
    result = subprocess.run(command, input=stdin, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, (command, result.stderr[-2000:])
    return result.stdout


def _request(url: str, method: str = "GET", body: dict | None = None, headers: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    all_headers = {"Accept": "application/json", **(headers or {})}
    if data is not None:
        all_headers["Content-Type"] = "application/geo+json"
    request = urllib.request.Request(url, data=data, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


@pytest.fixture()
def deployed(tmp_path):
    cluster = LocalCluster().start()
    process = None
    try:
        # apt-get install ...; su postgres -c "createuser ralzuid_admin --createrole --pwprompt && createdb -O ..."
        owner_password = secrets.token_urlsafe(18)
        cluster.psql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{owner_password}'", database="postgres")
        cluster.psql(f"CREATE DATABASE {DATABASE} OWNER {OWNER}", database="postgres", transaction=False)
        cluster.psql("CREATE EXTENSION postgis", database=DATABASE)  # su postgres -c "psql ... CREATE EXTENSION"
        libpq = cluster.environment(OWNER, owner_password)
        libpq["PGDATABASE"] = DATABASE
        env = {**libpq, "PYTHONPATH": str(ROOT)}
        # python3 -m ral_zuid_server.database migrate
        out = _run([sys.executable, "-m", "ral_zuid_server.database", "migrate"], env)
        assert out.strip() == "schema 1.2 applied now: 1.0, 1.1, 1.2"
        # CALL ralzuid_gemeente_rol(...) / ralzuid_beoordelaar_rol(...) typed in psql as the owner
        gemeente_db, reviewer_db = secrets.token_urlsafe(18), secrets.token_urlsafe(18)
        _run(["psql", "-X", "-v", "ON_ERROR_STOP=1", "-f", "-"], libpq,
             f"CALL ralzuid_gemeente_rol('GM0772', '{gemeente_db}');\n"
             f"CALL ralzuid_beoordelaar_rol('ralzuid_beoordeling', '{reviewer_db}');\n")  # fmt: skip
        # python3 -m ral_zuid_server.accounts ... password eindhoven --gemeente GM0772 (and the reviewer)
        accounts = tmp_path / "accounts.json"
        gemeente_password, reviewer_password = secrets.token_urlsafe(18), secrets.token_urlsafe(18)
        _run([sys.executable, "-m", "ral_zuid_server.accounts", str(accounts), "password", "eindhoven",
              "--gemeente", "GM0772"], env, gemeente_password + "\n")  # fmt: skip
        _run([sys.executable, "-m", "ral_zuid_server.accounts", str(accounts), "password", "beoordelaar",
              "--reviewer"], env, reviewer_password + "\n")  # fmt: skip
        assert oct(accounts.stat().st_mode & 0o777) == "0o600"
        assert gemeente_password not in accounts.read_text() and reviewer_password not in accounts.read_text()
        # python3 -m ral_zuid_server.config --url ... --accounts ... > aanmeldingen.yml
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        config = tmp_path / "aanmeldingen.yml"
        config.write_text(
            _run([sys.executable, "-m", "ral_zuid_server.config", "--url", url, "--port", str(port),
                  "--db-host", str(cluster.socket_dir), "--db-port", str(cluster.port), "--db-name", DATABASE,
                  "--accounts", str(accounts)], env)
        )  # fmt: skip
        assert gemeente_db not in config.read_text() and reviewer_db not in config.read_text()
        # the pgpass file: host:port:aanmeldingen:<role>:<password>, mode 0600
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(
            f"{cluster.socket_dir}:{cluster.port}:{DATABASE}:ralzuid_gm0772:{gemeente_db}\n"
            f"{cluster.socket_dir}:{cluster.port}:{DATABASE}:ralzuid_beoordeling:{reviewer_db}\n"
        )
        pgpass.chmod(0o600)
        server_env = {k: v for k, v in os.environ.items() if not k.startswith("PG") and k != "PYTHONPATH"}
        server_env.update(
            PYGEOAPI_CONFIG=str(config), PYGEOAPI_OPENAPI=str(tmp_path / "openapi.yml"),
            RALZUID_ACCOUNTS=str(accounts), PGPASSFILE=str(pgpass), PYTHONPATH=str(ROOT),
        )  # fmt: skip
        _run([str(PYGEOAPI_VENV / "bin" / "pygeoapi"), "openapi", "generate", str(config), "--output-file",
              str(tmp_path / "openapi.yml")], server_env)  # fmt: skip
        log = open(tmp_path / "server.log", "wb")  # noqa: SIM115 (closed below)
        process = subprocess.Popen(
            [str(PYGEOAPI_VENV / "bin" / "python"), "-m", "ral_zuid_server.app", str(port)],
            env=server_env, cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_port(port)
        yield url, ("eindhoven", gemeente_password), ("beoordelaar", reviewer_password), cluster
    finally:
        if process is not None:
            end_process(process)
            log.close()
        cluster.stop()


def test_the_documented_deployment_works_as_documented(deployed):
    url, gemeente, reviewer, cluster = deployed
    items = url + "/collections/aanmeldingen/items"
    assert _request(items + "?f=json")[0] == 401  # anonymous
    item = feature("GM0772", "EHV-001")
    assert _request(items, "POST", item, {"Authorization": basic_header(*gemeente)})[0] == 201
    status, headers = _request(items + "/GM0772-EHV-001?f=json", headers={"Authorization": basic_header(*reviewer)})
    assert (status, headers["ETag"]) == (200, '"1"')
    item["properties"].update(review_status="in behandeling", review_beoordelaar="R. de Vries",
                              review_datum="2026-11-29", rijversie=1)  # fmt: skip
    auth = {"Authorization": basic_header(*reviewer)}
    assert _request(items + "/GM0772-EHV-001", "PUT", item, {**auth, "If-Match": '"1"'})[0] == 204
    assert _request(items + "/GM0772-EHV-001", "PUT", item, {**auth, "If-Match": '"1"'})[0] == 412  # now 2
    # Tilburg's item with Eindhoven's account: refused by the gateway
    assert _request(items, "POST", feature("GM0855", "TB-1"), {"Authorization": basic_header(*gemeente)})[0] == 403
    rows = cluster.query(
        "SELECT id, review_status, review_beoordelaar, rijversie FROM aanmeldingen ORDER BY id", database=DATABASE
    )
    assert rows == [["GM0772-EHV-001", "in behandeling", "R. de Vries", "2"]]
