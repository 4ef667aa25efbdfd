"""The schema migrations 1.0 -> 1.1 -> 1.2 on a real PostgreSQL + PostGIS: existing rows survive, running them
again changes nothing, and a database set up by hand from the 1.0 documentation (no schema_version) is migrated
too."""

from __future__ import annotations

import pytest

from ral_zuid_server import database
from ral_zuid_server.cluster import LocalCluster

# Two rows as a 1.0 server stored them (no submission_created; one already reviewed 'akkoord').
ROWS_1_0 = """
INSERT INTO aanmeldingen (id, kandidaat_id, naam, vermogen_kw, aantal_laadpunten, doelgroepen, advies, score,
                          criteria, gemeentecode, gemeentenaam, submission_id, review_status, review_opmerking, geom)
VALUES ('GM0772-EHV-001', 'EHV-001', 'P+R Meerhoven', 300, 4, 'personenauto,taxi', 'positief', 82.5,
        '{"afstand_snelweg": {"waarde": 1.2, "status": "voldoet"}}', 'GM0772', 'Eindhoven',
        'GM0772-20261127T090000Z', 'akkoord', 'Past in het plan',
        ST_SetSRID(ST_MakePoint(5.3756933, 51.4459904), 4326)),
       ('GM0855-TB-7', 'TB-7', 'Stappegoor', 150, 2, 'personenauto', 'nader onderzoek', 61,
        '{}', 'GM0855', 'Tilburg', 'GM0855-20261120T080000Z', 'ontvangen', '',
        ST_SetSRID(ST_MakePoint(5.0838, 51.5433), 4326));
"""
SNAPSHOT = (
    "SELECT id, kandidaat_id, naam, vermogen_kw, aantal_laadpunten, doelgroepen, advies, score, criteria::text, "
    "gemeentecode, gemeentenaam, submission_id, review_status, review_opmerking, ST_AsText(geom) "
    "FROM aanmeldingen ORDER BY id"
)
SCHEMA = (
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'aanmeldingen' "
    "UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE conrelid = 'aanmeldingen'::regclass "
    "UNION ALL SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'aanmeldingen' ORDER BY 1"
)
DOCUMENTED_1_0_DDL = """
CREATE TABLE aanmeldingen (
    id text PRIMARY KEY,
    kandidaat_id text NOT NULL, naam text, vermogen_kw double precision, aantal_laadpunten integer,
    doelgroepen text, grondeigendom text, opmerkingen text, advies text, score double precision,
    regels_bestand text, regels_versie text, regels_sha256 text, criteria jsonb,
    gemeentecode text NOT NULL, gemeentenaam text, contact_naam text, contact_email text,
    submission_id text NOT NULL,
    review_status text NOT NULL DEFAULT 'ontvangen'
        CHECK (review_status IN ('ontvangen', 'in behandeling', 'akkoord', 'afgewezen')),
    review_opmerking text DEFAULT '',
    geom geometry(Point, 4326) NOT NULL
);
"""


@pytest.fixture()
def cluster():
    with LocalCluster() as running:
        yield running


def test_migration_keeps_rows_and_is_idempotent(cluster):
    run = cluster.psql
    assert database.migrate(run, target="1.0") == ["1.0"]
    run(ROWS_1_0)
    before = cluster.query(SNAPSHOT)
    assert len(before) == 2
    # 1.0 refuses what 1.1 allows: the new status and the new columns
    refused = run("UPDATE aanmeldingen SET review_status = 'aangehouden'", check=False)
    assert "aanmeldingen_review_status_check" in refused.stderr

    assert database.migrate(run, target="1.1") == ["1.1"]
    assert cluster.query(SNAPSHOT) == before  # every 1.0 value unchanged
    assert cluster.query("SELECT version FROM schema_version ORDER BY version") == [["1.0"], ["1.1"]]
    new_columns = cluster.query(
        "SELECT count(*) FROM aanmeldingen WHERE submission_created IS NULL AND review_beoordelaar IS NULL "
        "AND review_datum IS NULL"
    )
    assert new_columns == [["2"]]  # added empty on the old rows
    run("UPDATE aanmeldingen SET review_status = 'aangehouden', review_datum = '2026-11-29' WHERE id = 'GM0855-TB-7'")
    assert cluster.query("SELECT review_status, review_datum FROM aanmeldingen WHERE id = 'GM0855-TB-7'") == [
        ["aangehouden", "2026-11-29"]
    ]
    # the checks of 1.1 hold for new rows: an id that does not start with its gemeentecode is refused
    wrong = run(
        "INSERT INTO aanmeldingen (id, kandidaat_id, gemeentecode, submission_id, geom) VALUES "
        "('GM0855-X', 'X', 'GM0772', 's', ST_SetSRID(ST_MakePoint(5, 51), 4326))",
        check=False,
    )
    assert "aanmeldingen_id_gemeente_check" in wrong.stderr

    # 1.1 -> 1.2: locatietype and grensoverschrijdend empty on the old rows, every row at version 1
    rows_1_1 = cluster.query(SNAPSHOT)
    assert database.migrate(run) == ["1.2"]
    assert cluster.query(SNAPSHOT) == rows_1_1
    assert cluster.query(
        "SELECT id, coalesce(locatietype, '-'), coalesce(grensoverschrijdend, '-'), rijversie FROM aanmeldingen "
        "ORDER BY id"
    ) == [["GM0772-EHV-001", "-", "-", "1"], ["GM0855-TB-7", "-", "-", "1"]]
    assert cluster.query("SELECT version FROM schema_version ORDER BY version") == [["1.0"], ["1.1"], ["1.2"]]

    # idempotent: the runner applies nothing the second time, and the files run again by hand change nothing
    schema, rows = cluster.query(SCHEMA), cluster.query(SNAPSHOT)
    assert database.migrate(run) == []
    run((database.SQL / "0003-schema-1.2.sql").read_text())
    run((database.SQL / "0002-schema-1.1.sql").read_text())
    run((database.SQL / "0001-schema-1.0.sql").read_text())
    assert cluster.query(SCHEMA) == schema and cluster.query(SNAPSHOT) == rows
    assert [name for name, _ in cluster.query(SCHEMA) if name.endswith("_idx")] == [
        "aanmeldingen_gemeentecode_idx", "aanmeldingen_geom_idx", "aanmeldingen_review_status_idx",
        "aanmeldingen_submission_created_idx",
    ]  # fmt: skip
    # and security.sql may be applied any number of times
    database.secure(run)
    database.secure(run)
    assert cluster.query(SNAPSHOT) == rows


def test_a_database_made_from_the_1_0_documentation_is_migrated(cluster):
    """A server set up by hand from the old docs: the table without schema_version, rows in it."""
    run = cluster.psql
    run(DOCUMENTED_1_0_DDL)
    run(ROWS_1_0)
    before = cluster.query(SNAPSHOT)
    assert database.applied_versions(run) == []
    assert database.migrate(run) == ["1.0", "1.1", "1.2"]
    database.secure(run)
    assert cluster.query(SNAPSHOT) == before
    assert database.applied_versions(run) == ["1.0", "1.1", "1.2"]
