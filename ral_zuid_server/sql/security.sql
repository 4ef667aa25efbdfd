-- Who may write what: the database's line of defence (the gateway, ral_zuid_server/gate.py, is the first one).
-- Applied after every migration; idempotent. Run as the table owner.
--
--  ralzuid_gemeente     group of the per-gemeente login roles (ralzuid_gm0772, ...; see ralzuid_gemeente_rol):
--                       reads, creates and updates only rows of its own gemeente (row level security), the
--                       feature id must start with its code, never deletes, and sets no review: status
--                       'ontvangen' and an empty remark only (a re-submission resets the review, the trigger
--                       clears reviewer and date; INSERT covers them only because pygeoapi's provider lists
--                       every column in its INSERT, the trigger sets them NULL).
--  ralzuid_beoordelaar  group of the reviewers' login role(s): reads every row, updates only the review columns
--                       (column privileges), never inserts or deletes.
--  anyone else          nothing (PUBLIC has no privileges on the table).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ralzuid_gemeente') THEN
        CREATE ROLE ralzuid_gemeente NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ralzuid_beoordelaar') THEN
        CREATE ROLE ralzuid_beoordelaar NOLOGIN;
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS gemeente_rollen (
    rolname name PRIMARY KEY,
    gemeentecode text NOT NULL CHECK (gemeentecode ~ '^GM[0-9]{4}$')
);
REVOKE ALL ON gemeente_rollen FROM PUBLIC;
REVOKE ALL ON schema_version FROM PUBLIC;
GRANT SELECT ON schema_version TO ralzuid_gemeente, ralzuid_beoordelaar;

-- The gemeentecode of the connected login role (session_user: inside this SECURITY DEFINER function current_user
-- is the owner), NULL for any other role.
CREATE OR REPLACE FUNCTION ralzuid_eigen_gemeente() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT gemeentecode FROM gemeente_rollen WHERE rolname = session_user $$;
REVOKE ALL ON FUNCTION ralzuid_eigen_gemeente() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ralzuid_eigen_gemeente() TO ralzuid_gemeente, ralzuid_beoordelaar;

REVOKE ALL ON aanmeldingen FROM PUBLIC, ralzuid_gemeente, ralzuid_beoordelaar;
GRANT SELECT ON aanmeldingen TO ralzuid_gemeente, ralzuid_beoordelaar;
GRANT INSERT (id, kandidaat_id, naam, vermogen_kw, aantal_laadpunten, doelgroepen, grondeigendom, opmerkingen, advies,
              score, regels_bestand, regels_versie, regels_sha256, criteria, gemeentecode, gemeentenaam, contact_naam,
              contact_email, submission_id, submission_created, review_status, review_opmerking, review_beoordelaar,
              review_datum, locatietype, grensoverschrijdend, rijversie, geom),
      UPDATE (kandidaat_id, naam, vermogen_kw, aantal_laadpunten, doelgroepen, grondeigendom, opmerkingen, advies,
              score, regels_bestand, regels_versie, regels_sha256, criteria, gemeentenaam, contact_naam,
              contact_email, submission_id, submission_created, review_status, review_opmerking, locatietype,
              grensoverschrijdend, rijversie, geom)
    ON aanmeldingen TO ralzuid_gemeente;
-- rijversie: writing it is how a writer names the version it read; the trigger compares and sets the value
GRANT UPDATE (review_status, review_opmerking, review_beoordelaar, review_datum, rijversie) ON aanmeldingen
    TO ralzuid_beoordelaar;

ALTER TABLE aanmeldingen ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS gemeente_eigen ON aanmeldingen;
CREATE POLICY gemeente_eigen ON aanmeldingen TO ralzuid_gemeente
    USING (gemeentecode = ralzuid_eigen_gemeente())
    WITH CHECK (gemeentecode = ralzuid_eigen_gemeente() AND starts_with(id, gemeentecode || '-'));
DROP POLICY IF EXISTS beoordelaar_lezen ON aanmeldingen;
CREATE POLICY beoordelaar_lezen ON aanmeldingen FOR SELECT TO ralzuid_beoordelaar USING (true);
DROP POLICY IF EXISTS beoordelaar_beoordelen ON aanmeldingen;
CREATE POLICY beoordelaar_beoordelen ON aanmeldingen FOR UPDATE TO ralzuid_beoordelaar
    USING (true) WITH CHECK (true);

-- The review guard (a gemeente sets no review) and the row version: an UPDATE that writes another rijversie than
-- the stored one was made on an older version and is refused (SQLSTATE RZ412, HTTP 412 through the provider, which
-- locks the row before it compares); every accepted write sets rijversie itself (1 on insert, +1 on update).
CREATE OR REPLACE FUNCTION aanmeldingen_bewaking() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.rijversie IS DISTINCT FROM OLD.rijversie THEN
            RAISE EXCEPTION 'item % changed since it was read: version % was read, version % is stored',
                OLD.id, NEW.rijversie, OLD.rijversie USING ERRCODE = 'RZ412';
        END IF;
        NEW.rijversie := OLD.rijversie + 1;
    ELSE
        NEW.rijversie := 1;
    END IF;
    IF ralzuid_eigen_gemeente() IS NOT NULL THEN
        IF NEW.review_status IS DISTINCT FROM 'ontvangen' OR coalesce(NEW.review_opmerking, '') <> '' THEN
            RAISE EXCEPTION 'a gemeente sets no review (review_status %)', NEW.review_status
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.review_beoordelaar := NULL;
        NEW.review_datum := NULL;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS aanmeldingen_bewaking ON aanmeldingen;
CREATE TRIGGER aanmeldingen_bewaking BEFORE INSERT OR UPDATE ON aanmeldingen
    FOR EACH ROW EXECUTE FUNCTION aanmeldingen_bewaking();

-- A login role for one gemeente (created once, password set every call).
CREATE OR REPLACE PROCEDURE ralzuid_gemeente_rol(code text, wachtwoord text)
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
DECLARE
    rol name := 'ralzuid_' || lower(code);
BEGIN
    IF code !~ '^GM[0-9]{4}$' THEN
        RAISE EXCEPTION 'not a CBS gemeentecode: %', code;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = rol) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', rol);
    END IF;
    EXECUTE format('GRANT ralzuid_gemeente TO %I', rol);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', rol, wachtwoord);
    INSERT INTO gemeente_rollen (rolname, gemeentecode) VALUES (rol, code)
    ON CONFLICT (rolname) DO UPDATE SET gemeentecode = EXCLUDED.gemeentecode;
END
$$;

-- The login role of the reviewers' collection.
CREATE OR REPLACE PROCEDURE ralzuid_beoordelaar_rol(rol name, wachtwoord text)
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = rol) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', rol);
    END IF;
    EXECUTE format('GRANT ralzuid_beoordelaar TO %I', rol);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', rol, wachtwoord);
END
$$;
