-- RAL Zuid submission server, schema 1.0: the table as first documented in docs/submission-protocol.md.
-- Idempotent: on a database that already has the table (a deployment made from the 1.0 documentation) it only
-- records the version. Run as the database owner (a superuser for CREATE EXTENSION).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE IF NOT EXISTS schema_version (
    version text PRIMARY KEY,
    applied timestamptz NOT NULL DEFAULT now(),
    description text NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS aanmeldingen (
    id text PRIMARY KEY,                       -- GM0772-EHV-001, chosen by the plugin
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

INSERT INTO schema_version (version, description)
VALUES ('1.0', 'aanmeldingen as documented for plugin 1.0')
ON CONFLICT (version) DO NOTHING;
