-- RAL Zuid submission server, schema 1.1 -> 1.2. Existing rows stay as they are; running it again changes nothing.
--  * locatietype: the candidate's location type (woonstraat, hub, ...), sent by the plugin since submission schema
--    1.1; the reviewer's re-screening needs it for the ladder van laden. Empty on older rows (then that criterion is
--    'niet beoordeeld' in the re-screening, as it was for the gemeente without a location type).
--  * grensoverschrijdend: set when the gemeente confirmed a candidate outside its own territory as a cross-border
--    site (the gemeente the point lies in, e.g. 'Veldhoven (GM0861)'); empty otherwise.
--  * rijversie: the row's version, 1 on insert and one more on every update (trigger in security.sql). The gateway
--    sends it as the item's ETag and takes If-Match as the version the writer read; an update naming another
--    version is refused with HTTP 412, atomically (the provider locks the row, the trigger compares).
--    Existing rows start at 1.
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS locatietype text;
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS grensoverschrijdend text;
ALTER TABLE aanmeldingen ADD COLUMN IF NOT EXISTS rijversie bigint NOT NULL DEFAULT 1;

INSERT INTO schema_version (version, description)
VALUES ('1.2', 'locatietype, grensoverschrijdend, rijversie (ETag / If-Match)')
ON CONFLICT (version) DO NOTHING;
