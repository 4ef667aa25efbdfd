"""Who may write what on the PostgreSQL/PostGIS submission server: each forbidden write, and the allowed ones.

Two lines of defence, each tested on its own: the gateway in front of pygeoapi (HTTP answers below) and
PostgreSQL itself (row level security, column privileges and the review guard of
ral_zuid_server/sql/security.sql, tested by connecting as the database roles pygeoapi uses). After every
refused write the stored row is read back as the table owner: unchanged.
"""

from __future__ import annotations

import pytest

from ral_zuid_server.database import gemeente_role
from tests.qgis.server_stack import http

ITEMS = "/collections/aanmeldingen/items"
A, B = "GM0772", "GM0855"  # Eindhoven, Tilburg


def feature(code: str, kandidaat: str, created: str = "2026-11-27T09:00:00Z", **properties) -> dict:
    stamp = created.replace("-", "").replace(":", "")
    values = {
        "kandidaat_id": kandidaat, "naam": "P+R " + kandidaat, "vermogen_kw": 300.0, "aantal_laadpunten": 4,
        "doelgroepen": "personenauto,taxi", "advies": "positief", "score": 82.5, "gemeentecode": code,
        "gemeentenaam": "Eindhoven" if code == A else "Tilburg", "contact_naam": "J. Jansen",
        "contact_email": "j.jansen@example.nl", "submission_id": f"{code}-{stamp}", "submission_created": created,
        "criteria": {"afstand_snelweg": {"waarde": 1.2, "status": "voldoet", "reden": "1.2 km tot de A2"}},
        "review_status": "ontvangen", "review_opmerking": "",
    }  # fmt: skip
    values.update(properties)
    return {"type": "Feature", "id": f"{code}-{kandidaat}",
            "geometry": {"type": "Point", "coordinates": [5.3756933, 51.4459904]}, "properties": values}  # fmt: skip


def row(stack, feature_id: str) -> list[str]:
    """The stored row as the owner sees it (text), [] when absent."""
    rows = stack.cluster.query(
        "SELECT gemeentecode, submission_id, vermogen_kw, review_status, review_opmerking, "
        "coalesce(review_beoordelaar, ''), coalesce(review_datum::text, ''), ST_AsText(geom) "
        f"FROM aanmeldingen WHERE id = '{feature_id}'"
    )
    return rows[0] if rows else []


@pytest.fixture()
def stored(postgis_server):
    """One item of gemeente A and one of B, created by their own accounts (201 each)."""
    stack = postgis_server
    for code in (A, B):
        status, headers, _ = http(stack, "POST", ITEMS, feature(code, "K1"), stack.credentials(code))
        assert status == 201, (code, status)
        assert headers["Location"] == f"{stack.url}{ITEMS}/{code}-K1"  # the public collection, not the hidden one
    return stack


# -- allowed ----------------------------------------------------------------------------------------------------
def test_a_gemeente_creates_reads_and_replaces_its_own_items(stored):
    stack = stored
    auth = stack.credentials(A)
    status, _, item = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=auth)
    assert status == 200 and item["properties"]["vermogen_kw"] == 300.0
    # a re-submission (newer version) replaces the item: 204, new values stored
    newer = feature(A, "K1", "2026-11-28T10:00:00Z", vermogen_kw=350.0)
    assert http(stack, "PUT", f"{ITEMS}/{A}-K1", newer, auth)[0] == 204
    assert row(stack, f"{A}-K1")[:4] == [A, f"{A}-20261128T100000Z", "350", "ontvangen"]
    # the gemeente sees only its own items: 1 of the 2 in the table
    status, _, collection = http(stack, "GET", f"{ITEMS}?f=json", auth=auth)
    assert status == 200 and [f["id"] for f in collection["features"]] == [f"{A}-K1"]
    # a Bearer token of the same gemeente works as well
    assert http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.token(A))[0] == 200


def test_a_reviewer_reads_everything_and_sets_the_review_fields(stored):
    stack = stored
    status, _, collection = http(stack, "GET", f"{ITEMS}?f=json", auth=stack.reviewer)
    assert status == 200 and sorted(f["id"] for f in collection["features"]) == [f"{A}-K1", f"{B}-K1"]
    # ontvangen -> in behandeling -> akkoord (the workflow; a jump straight to akkoord is refused, test_review_rules)
    for status, remark in (("in behandeling", ""), ("akkoord", "Past in het regionale plan")):
        _, _, item = http(stack, "GET", f"{ITEMS}/{B}-K1?f=json", auth=stack.reviewer)
        item.pop("links", None)
        item["properties"].update(
            review_status=status, review_opmerking=remark, review_beoordelaar="R. de Vries", review_datum="2026-11-29"
        )
        assert http(stack, "PUT", f"{ITEMS}/{B}-K1", item, stack.reviewer)[0] == 204
    assert row(stack, f"{B}-K1")[3:7] == ["akkoord", "Past in het regionale plan", "R. de Vries", "2026-11-29"]
    # a re-submission by the gemeente starts the review again: status ontvangen, no reviewer, no date
    resubmitted = feature(B, "K1", "2026-12-01T08:00:00Z")
    assert http(stack, "PUT", f"{ITEMS}/{B}-K1", resubmitted, stack.credentials(B))[0] == 204
    assert row(stack, f"{B}-K1")[3:7] == ["ontvangen", "", "", ""]


# -- forbidden over HTTP ----------------------------------------------------------------------------------------
def test_gemeente_a_cannot_update_or_read_a_submission_of_b(stored):
    stack = stored
    before = row(stack, f"{B}-K1")
    hijack = feature(B, "K1", "2026-11-30T00:00:00Z", vermogen_kw=1.0)
    status, _, answer = http(stack, "PUT", f"{ITEMS}/{B}-K1", hijack, stack.credentials(A))
    assert status == 403 and "GM0772-" in answer["description"]
    assert http(stack, "GET", f"{ITEMS}/{B}-K1?f=json", auth=stack.credentials(A))[0] == 404
    # with its own code in the body but B's id in the URL: the ids differ, refused before anything is written
    disguised = feature(A, "K1", "2026-11-30T00:00:00Z", vermogen_kw=1.0)
    assert http(stack, "PUT", f"{ITEMS}/{B}-K1", disguised, stack.credentials(A))[0] == 400
    assert row(stack, f"{B}-K1") == before


def test_a_gemeente_cannot_create_a_submission_for_another_gemeente(stored):
    stack = stored
    # B's id and code, sent with A's account
    assert http(stack, "POST", ITEMS, feature(B, "K2"), stack.credentials(A))[0] == 403
    # A's id but B's gemeentecode in the properties
    mixed = feature(A, "K3")
    mixed["properties"]["gemeentecode"] = B
    assert http(stack, "POST", ITEMS, mixed, stack.credentials(A))[0] == 403
    assert row(stack, f"{B}-K2") == [] and row(stack, f"{A}-K3") == []


@pytest.mark.parametrize(
    "fields",
    [{"review_status": "akkoord"}, {"review_opmerking": "zelf goedgekeurd"}, {"review_beoordelaar": "ik"},
     {"review_datum": "2026-11-29"}],
)  # fmt: skip
def test_a_gemeente_cannot_set_review_fields(stored, fields):
    stack = stored
    before = row(stack, f"{A}-K1")
    assert http(stack, "PUT", f"{ITEMS}/{A}-K1", feature(A, "K1", **fields), stack.credentials(A))[0] == 403
    assert http(stack, "POST", ITEMS, feature(A, "K9", **fields), stack.credentials(A))[0] == 403
    assert row(stack, f"{A}-K1") == before and row(stack, f"{A}-K9") == []


@pytest.mark.parametrize(
    "change",
    ["geometry", "vermogen_kw", "submission_id", "gemeentecode", "criteria"],
)
def test_a_reviewer_cannot_change_candidate_content(stored, change):
    stack = stored
    before = row(stack, f"{A}-K1")
    _, _, item = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.reviewer)
    item.pop("links", None)
    item["properties"]["review_status"] = "akkoord"
    if change == "geometry":
        item["geometry"]["coordinates"] = [5.5, 51.5]
    elif change == "vermogen_kw":
        item["properties"]["vermogen_kw"] = 50.0
    elif change == "criteria":
        item["properties"]["criteria"]["afstand_snelweg"]["status"] = "voldoet niet"
    else:
        item["properties"][change] = "GM0855" if change == "gemeentecode" else "GM0772-20300101T000000Z"
    status, _, answer = http(stack, "PUT", f"{ITEMS}/{A}-K1", item, stack.reviewer)
    assert status == 403 and change in answer["description"]
    assert row(stack, f"{A}-K1") == before  # not even the review status changed


def test_a_reviewer_cannot_create_or_delete(stored):
    stack = stored
    assert http(stack, "POST", ITEMS, feature(A, "K5"), stack.reviewer)[0] == 403
    assert http(stack, "DELETE", f"{ITEMS}/{A}-K1", auth=stack.reviewer)[0] == 403
    assert http(stack, "DELETE", f"{ITEMS}/{A}-K1", auth=stack.credentials(A))[0] == 403
    assert row(stack, f"{A}-K5") == [] and row(stack, f"{A}-K1") != []


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_anonymous_never_writes_nor_reads_submissions(stored, method):
    stack = stored
    before = row(stack, f"{A}-K1")
    path = ITEMS if method == "POST" else f"{ITEMS}/{A}-K1"
    body = None if method == "DELETE" else feature(A, "K1" if method != "POST" else "K7", vermogen_kw=1.0)
    status, headers, _ = http(stack, method, path, body)
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic realm=")
    # the same with wrong credentials, and directly at the hidden per-gemeente collection
    assert http(stack, method, path, body, ("gm0772", "wrong-password"))[0] == 401
    assert http(stack, method, path.replace("aanmeldingen", "aanmeldingen_gm0772"), body)[0] in (401, 404)
    assert row(stack, f"{A}-K1") == before and row(stack, f"{A}-K7") == []
    assert http(stack, "GET", f"{ITEMS}/{A}-K1?f=json")[0] == 401
    assert http(stack, "GET", "/collections?f=json")[0] == 200  # the service itself is public


def test_the_hidden_collections_are_not_reachable_even_with_credentials(stored):
    stack = stored
    path = "/collections/aanmeldingen_gm0855/items/GM0855-K1"
    assert http(stack, "GET", path + "?f=json", auth=stack.credentials(A))[0] == 404
    assert http(stack, "PUT", path, feature(B, "K1", vermogen_kw=1.0), stack.credentials(A))[0] == 404
    # and they are not listed
    _, _, collections = http(stack, "GET", "/collections?f=json")
    assert [c["id"] for c in collections["collections"] if c["id"].startswith("aanmeldingen")] == []


# -- forbidden in PostgreSQL itself (the second line) -----------------------------------------------------------
def _as_role(stack, role: str, sql: str):
    """SQL as one of the login roles pygeoapi uses (its password from the stack's pgpass file)."""
    for line in (stack.folder / "pgpass").read_text().splitlines():
        if line.split(":")[3] == role:
            return stack.cluster.psql(sql, user=role, password=line.split(":")[4], check=False)
    raise AssertionError(role)


def test_postgresql_refuses_the_same_writes_when_the_gateway_is_bypassed(stored):
    stack = stored
    a_role, before = gemeente_role(A), row(stack, f"{B}-K1")
    # A updates B's row: row level security hides it, 0 rows
    result = _as_role(stack, a_role, f"UPDATE aanmeldingen SET vermogen_kw = 1 WHERE id = '{B}-K1'")
    assert result.returncode == 0 and row(stack, f"{B}-K1") == before
    # A inserts a row of B: the policy's WITH CHECK refuses
    insert = (
        "INSERT INTO aanmeldingen (id, kandidaat_id, gemeentecode, submission_id, geom) VALUES "
        "('{id}', 'X', '{code}', 's', ST_SetSRID(ST_MakePoint(5.4, 51.4), 4326))"
    )
    result = _as_role(stack, a_role, insert.format(id=f"{B}-X", code=B))
    assert "row-level security" in result.stderr
    # A's code with an id of B
    result = _as_role(stack, a_role, insert.format(id=f"{B}-Y", code=A))
    assert "row-level security" in result.stderr
    # A sets a review on its own row: the guard refuses
    result = _as_role(stack, a_role, f"UPDATE aanmeldingen SET review_status = 'akkoord' WHERE id = '{A}-K1'")
    assert "a gemeente sets no review" in result.stderr
    # A sets the reviewer column: no privilege on it
    result = _as_role(stack, a_role, f"UPDATE aanmeldingen SET review_beoordelaar = 'x' WHERE id = '{A}-K1'")
    assert "permission denied" in result.stderr
    # A deletes its own row: no privilege
    assert "permission denied" in _as_role(stack, a_role, f"DELETE FROM aanmeldingen WHERE id = '{A}-K1'").stderr
    # the reviewer changes the geometry or the content: no privilege on those columns
    reviewer = "ralzuid_beoordeling"
    for column, value in (("geom", "ST_SetSRID(ST_MakePoint(5, 51), 4326)"), ("vermogen_kw", "1")):
        result = _as_role(stack, reviewer, f"UPDATE aanmeldingen SET {column} = {value} WHERE id = '{A}-K1'")
        assert "permission denied" in result.stderr, column
    assert "permission denied" in _as_role(stack, reviewer, insert.format(id=f"{A}-Z", code=A)).stderr
    assert "permission denied" in _as_role(stack, reviewer, "DELETE FROM aanmeldingen").stderr
    # the reviewer's own columns are allowed
    result = _as_role(stack, reviewer, f"UPDATE aanmeldingen SET review_status = 'aangehouden' WHERE id = '{A}-K1'")
    assert result.returncode == 0 and row(stack, f"{A}-K1")[3] == "aangehouden"
    assert row(stack, f"{B}-K1") == before and row(stack, f"{B}-X") == [] and row(stack, f"{A}-Z") == []
