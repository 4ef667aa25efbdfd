"""The pygeoapi configuration of the submission server: one hidden collection per gemeente and one for reviewers.

``pygeoapi_config(...)`` returns the configuration as a dict; ``write_config`` writes it as YAML (in JSON
notation, which YAML reads as well). Every collection is the same table ``aanmeldingen`` through another
database login role, so PostgreSQL's row level security decides what each sees (``sql/security.sql``). No
password is in the file: libpq takes them from ``PGPASSFILE``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ral_zuid_server.gate import PUBLIC_COLLECTION, REVIEWER_COLLECTION, gemeente_collection

PROVIDER = "ral_zuid_server.provider.PostgreSQLProvider"
REVIEWER_ROLE = "ralzuid_beoordeling"


def _collection(title: str, database: dict[str, Any], role: str) -> dict[str, Any]:
    return {
        "type": "collection",
        "visibility": "hidden",
        "title": title,
        "description": "Kandidaat-snellaadlocaties aangemeld door gemeenten",
        "keywords": ["snellaadlocatie"],
        "extents": {"spatial": {"bbox": [3.2, 50.7, 7.3, 53.6], "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},
        "providers": [
            {
                "type": "feature",
                "name": PROVIDER,
                "editable": True,
                "data": {**database, "user": role, "search_path": ["public"]},
                "id_field": "id",
                "table": "aanmeldingen",
                "geom_field": "geom",
            }
        ],
    }


def pygeoapi_config(
    public_url: str, port: int, database: dict[str, Any], gemeenten: list[str], log_level: str = "WARNING"
) -> dict[str, Any]:
    """``database``: ``host`` (name, address or unix socket folder), ``port``, ``dbname``."""
    from ral_zuid_server.database import gemeente_role

    resources = {
        gemeente_collection(code): _collection(f"Aanmeldingen {code}", database, gemeente_role(code))
        for code in sorted(gemeenten)
    }
    resources[REVIEWER_COLLECTION] = _collection("Aanmeldingen (beoordeling)", database, REVIEWER_ROLE)
    contact = {
        "name": "Servicedesk", "position": "Beheer", "address": "-", "city": "Eindhoven",
        "stateorprovince": "Noord-Brabant", "postalcode": "-", "country": "NL", "phone": "-", "fax": "-",
        "email": "servicedesk@example.nl", "url": "https://expertisecentrum.example.nl", "hours": "9-17",
        "instructions": "-", "role": "pointOfContact",
    }  # fmt: skip
    return {
        "server": {
            "bind": {"host": "127.0.0.1", "port": port},
            "url": public_url.rstrip("/"),
            "mimetype": "application/json; charset=UTF-8",
            "encoding": "utf-8",
            "language": "nl-NL",
            "limits": {"default_items": 500, "max_items": 10000},
            "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "attribution": "OpenStreetMap"},
            "admin": False,
        },
        "logging": {"level": log_level},
        "metadata": {
            "identification": {
                "title": "Aanmeldingen snellaadlocaties",
                "description": "Kandidaat-snellaadlocaties aangemeld door gemeenten in Noord-Brabant en Limburg; "
                f"de collectie heet {PUBLIC_COLLECTION} (na aanmelden)",
                "keywords": ["laadinfrastructuur", "snellaadlocatie"],
                "keywords_type": "theme",
                "terms_of_service": "https://creativecommons.org/licenses/by/4.0/",
                "url": "https://expertisecentrum.example.nl",
            },
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": "Expertisecentrum", "url": "https://expertisecentrum.example.nl"},
            "contact": contact,
        },
        "resources": resources,
    }


def write_config(path: Path, config: dict[str, Any]) -> Path:
    path.write_text(json.dumps(config, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    """``python3 -m ral_zuid_server.config --url https://... --accounts accounts.json > aanmeldingen.yml``."""
    import argparse
    import sys

    from ral_zuid_server.gate import Accounts

    parser = argparse.ArgumentParser(prog="python3 -m ral_zuid_server.config")
    parser.add_argument("--url", required=True, help="the public address, e.g. https://aanmelden.example.nl")
    parser.add_argument("--port", type=int, default=5000, help="pygeoapi's port on 127.0.0.1")
    parser.add_argument("--db-host", default="localhost", help="database host or unix socket folder")
    parser.add_argument("--db-port", type=int, default=5432)
    parser.add_argument("--db-name", default="aanmeldingen")
    parser.add_argument("--accounts", type=Path, required=True, help="the gemeenten are those of its accounts")
    args = parser.parse_args(argv)
    database = {"host": args.db_host, "port": args.db_port, "dbname": args.db_name}
    gemeenten = Accounts.load(args.accounts).gemeenten()
    sys.stdout.write(json.dumps(pygeoapi_config(args.url, args.port, database, gemeenten), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
