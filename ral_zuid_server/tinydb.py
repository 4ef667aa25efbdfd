"""The zero-install submission server: pygeoapi with its TinyDB provider on loopback (no accounts, no database).

For trying the protocol out, the tests of the submission side and ``make demo`` on a machine without PostgreSQL.
Anyone who can reach the port can read and write: never expose it; the real deployment is ``ral_zuid_server.stack``
(docs/submission-protocol.md, section 5). Runs pygeoapi from ``.venv-pygeoapi`` (``make pygeoapi-venv``), which
pulls numpy 2 and must stay out of the QGIS interpreter. Standard library only.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from ral_zuid_server.processes import end_process

ROOT = Path(__file__).resolve().parents[1]
PYGEOAPI_VENV = ROOT / ".venv-pygeoapi"
COLLECTION = "aanmeldingen"

_CONFIG = """
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: nl-NL
  limits: {{default_items: 500, max_items: 1000}}
  map: {{url: 'https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png', attribution: 'OpenStreetMap'}}
  admin: false
logging:
  level: ERROR
metadata:
  identification:
    title: RAL Zuid aanmeldingen (test)
    description: Aanmeldingen van snellaadlocaties
    keywords: [laadinfrastructuur]
    keywords_type: theme
    terms_of_service: https://creativecommons.org/licenses/by/4.0/
    url: https://example.org
  license: {{name: CC-BY 4.0, url: 'https://creativecommons.org/licenses/by/4.0/'}}
  provider: {{name: Expertisecentrum (test), url: 'https://example.org'}}
  contact: {{name: test, position: test, address: test, city: Eindhoven, stateorprovince: Noord-Brabant,
             postalcode: 5611 AA, country: NL, phone: '+31 40 000 0000', fax: '+31 40 000 0000',
             email: test@example.org, url: 'https://example.org', hours: 9-17, instructions: none,
             role: pointOfContact}}
resources:
  {collection}:
    type: collection
    title: Aanmeldingen snellaadlocaties
    description: Kandidaat-snellaadlocaties aangemeld door gemeenten
    keywords: [snellaadlocatie]
    extents:
      spatial: {{bbox: [3.2, 50.7, 7.3, 53.6], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - type: feature
        name: TinyDB
        editable: true
        data: {data}
        id_field: id
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


class PygeoapiServer:
    """pygeoapi with the TinyDB provider on a free loopback port."""

    def __init__(self, folder: Path, threaded: bool = True) -> None:
        """``threaded=False`` serialises requests: TinyDB is not safe for concurrent writers (two clients
        writing at once corrupt its JSON file), so a test with several clients at once uses that."""
        python = PYGEOAPI_VENV / "bin" / "python"
        if not python.exists():
            raise RuntimeError("pygeoapi venv missing: run `make pygeoapi-venv`")
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data = folder / "aanmeldingen.tinydb.json"
        self.data.write_text('{"_default": {}}')
        config = folder / "pygeoapi-config.yml"
        config.write_text(_CONFIG.format(port=self.port, collection=COLLECTION, data=self.data))
        openapi = folder / "pygeoapi-openapi.yml"
        env = dict(os.environ, PYGEOAPI_CONFIG=str(config), PYGEOAPI_OPENAPI=str(openapi))
        env.pop("PYTHONPATH", None)
        subprocess.run(
            [
                str(PYGEOAPI_VENV / "bin" / "pygeoapi"),
                "openapi",
                "generate",
                str(config),
                "--output-file",
                str(openapi),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        self.log = open(folder / "pygeoapi.log", "wb")  # noqa: SIM115 (closed in stop)
        runner = "from pygeoapi.flask_app import APP; APP.run(host='127.0.0.1', port={}, threaded={})"
        self.process = subprocess.Popen(
            [str(python), "-c", runner.format(self.port, threaded)], env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        wait_for(self.url + "/collections?f=json")

    def items(self) -> list[dict]:
        url = f"{self.url}/collections/{COLLECTION}/items?f=json&limit=1000"
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.loads(response.read())["features"]

    def item(self, feature_id: str) -> dict:
        with urllib.request.urlopen(f"{self.url}/collections/{COLLECTION}/items/{feature_id}?f=json") as response:
            return json.loads(response.read())

    def review(self, feature_id: str, status: str, remark: str) -> int:
        """What the expertisecentrum does: PUT the item back with a review status and remark."""
        feature = self.item(feature_id)
        feature.pop("links", None)
        feature["properties"].update(review_status=status, review_opmerking=remark)
        request = urllib.request.Request(
            f"{self.url}/collections/{COLLECTION}/items/{feature_id}",
            data=json.dumps(feature).encode(),
            method="PUT",
            headers={"Content-Type": "application/geo+json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def stop(self) -> None:
        end_process(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.log.close()
