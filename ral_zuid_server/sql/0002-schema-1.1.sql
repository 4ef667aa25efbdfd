-- RAL Zuid submission server, schema 1.0 -> 1.1. Existing rows stay as they are; running it again changes nothing.
--  * submission_created: sent by the plugin since 1.1 (orders the versions of a candidate). Without the column the
--    PostgreSQL provider refuses every feature of plugin 1.1 (unknown property).
--  * review fields of the expertisecentrum: review_beoordelaar (who decided), review_datum (decision date,
--    yyyy-mm-dd) and the status 'aangehouden'; review_opmerking is the motivation.
--  * checks on new rows (NOT VALID: rows of 1.0 are kept even if they would fail): the gemeentecode is a CBS
--    code and the feature id starts with it, which the row level security of security.sql relies on.
--  * indexes for the reviewer's filters (gemeente, status, period) and for bounding-box queries.
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS submission_created text;
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS review_beoordelaar text;
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS review_datum date;

ALTER TABLE aanmeldingen DROP CONSTRAINT IF EXISTS aanmeldingen_review_status_check;
ALTER TABLE aanmeldingen ADD CONSTRAINT aanmeldingen_review_status_check
    CHECK (review_status IN ('ontvangen', 'in behandeling', 'akkoord', 'afgewezen', 'aangehouden'));

ALTER TABLE aanmeldingen DROP CONSTRAINT IF EXISTS aanmeldingen_gemeentecode_check;
ALTER TABLE aanmeldingen ADD CONSTRAINT aanmeldingen_gemeentecode_check
    CHECK (gemeentecode ~ '^GM[0-9]{4}$') NOT VALID;
ALTER TABLE aanmeldingen DROP CONSTRAINT IF EXISTS aanmeldingen_id_gemeente_check;
ALTER TABLE aanmeldingen ADD CONSTRAINT aanmeldingen_id_gemeente_check
    CHECK (starts_with(id, gemeentecode || '-')) NOT VALID;

CREATE INDEX IF NOT EXISTS aanmeldingen_gemeentecode_idx ON aanmeldingen (gemeentecode);
CREATE INDEX IF NOT EXISTS aanmeldingen_review_status_idx ON aanmeldingen (review_status);
CREATE INDEX IF NOT EXISTS aanmeldingen_submission_created_idx ON aanmeldingen (submission_created);
CREATE INDEX IF NOT EXISTS aanmeldingen_geom_idx ON aanmeldingen USING gist (geom);

INSERT INTO schema_version (version, description)
VALUES ('1.1', 'submission_created, review_beoordelaar, review_datum, status aangehouden, checks, indexes')
ON CONFLICT (version) DO NOTHING;
