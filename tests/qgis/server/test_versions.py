"""Never a write over a newer version, enforced by the server itself (not only by the plugin's read-then-write).

pygeoapi sends no ETag. The gateway does: a single item is answered with ``ETag: "<rijversie>"`` (the row version:
1 on insert, one more on every accepted write, set by the trigger of ral_zuid_server/sql/security.sql), and
``If-Match`` on a ``PUT`` names the version the writer read. The provider locks the row while it compares, and the
trigger refuses a write naming another version: 412, nothing written. Expected values are counted by hand from the
writes each test makes.
"""

from __future__ import annotations

import threading

from ral_zuid_server.database import gemeente_role
from tests.qgis.server.test_access import ITEMS, A, feature, row
from tests.qgis.server_stack import http

REVIEWER_ROLE = "ralzuid_beoordeling"


def _reviewed(item: dict, status: str, remark: str) -> dict:
    item = {key: value for key, value in item.items() if key != "links"}
    item["properties"] = {**item["properties"], "review_status": status, "review_opmerking": remark,
                          "review_beoordelaar": "R. de Vries", "review_datum": "2026-11-29"}  # fmt: skip
    return item


def _put(stack, item: dict, if_match: str | None = None):
    """A reviewer's PUT with an optional If-Match (the test client of server_stack sends no extra headers)."""
    import json
    import urllib.error
    import urllib.request

    from ral_zuid_server.stack import basic_header

    headers = {"Content-Type": "application/geo+json", "Authorization": basic_header(*stack.reviewer)}
    if if_match is not None:
        headers["If-Match"] = if_match
    request = urllib.request.Request(
        f"{stack.url}{ITEMS}/{item['id']}", data=json.dumps(item).encode(), method="PUT", headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_a_reviewers_write_on_an_older_version_is_refused_with_412(postgis_server):
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K1"), stack.credentials(A))[0] == 201
    status, headers, first = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.reviewer)
    assert status == 200 and headers["ETag"] == '"1"'  # inserted: version 1
    # the gemeente submits a newer version while the reviewer looks at version 1: version 2
    newer = feature(A, "K1", "2026-11-28T10:00:00Z", vermogen_kw=350.0)
    assert http(stack, "PUT", f"{ITEMS}/{A}-K1", newer, stack.credentials(A))[0] == 204
    assert http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.credentials(A))[1]["ETag"] == '"2"'

    # the decision on version 1, with If-Match "1": 412, nothing written
    status, text = _put(stack, _reviewed(first, "in behandeling", ""), '"1"')
    assert status == 412 and "version 1 was read, version 2 is stored" in text
    # the same without If-Match: the item says it is version 1 (rijversie), so the same refusal
    assert _put(stack, _reviewed(first, "in behandeling", ""))[0] == 412
    # an If-Match that is no ETag of this service
    assert _put(stack, _reviewed(first, "in behandeling", ""), 'W/"abc"')[0] == 412
    expected = [A, f"{A}-20261128T100000Z", "350", "ontvangen", "", "", ""]
    assert row(stack, f"{A}-K1")[:7] == expected
    assert stack.cluster.query(f"SELECT rijversie FROM aanmeldingen WHERE id = '{A}-K1'") == [["2"]]

    # the decision on version 2 is written; it makes version 3
    _, _, second = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.reviewer)
    assert _put(stack, _reviewed(second, "in behandeling", ""), '"2"')[0] == 204
    assert row(stack, f"{A}-K1")[3] == "in behandeling"
    assert http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.reviewer)[1]["ETag"] == '"3"'
    # a second reviewer who also read version 2 cannot overwrite that decision
    assert _put(stack, _reviewed(second, "akkoord", "Past in het plan"), '"2"')[0] == 412
    assert row(stack, f"{A}-K1")[3:5] == ["in behandeling", ""]


def test_concurrent_decisions_on_one_version_exactly_one_is_written(postgis_server):
    """Eight reviewers PUT a decision on version 1 at the same moment: the row lock lets exactly one through (204),
    the other seven find version 2 and get 412; the stored remark is the one of the 204."""
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K2"), stack.credentials(A))[0] == 201
    _, _, item = http(stack, "GET", f"{ITEMS}/{A}-K2?f=json", auth=stack.reviewer)
    results: dict[int, int] = {}
    start = threading.Barrier(8)

    def decide(number: int) -> None:
        start.wait()
        results[number] = _put(stack, _reviewed(item, "in behandeling", f"beoordelaar {number}"), '"1"')[0]

    threads = [threading.Thread(target=decide, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results.values()) == [204] + [412] * 7
    winner = next(n for n, status in results.items() if status == 204)
    assert row(stack, f"{A}-K2")[3:5] == ["in behandeling", f"beoordelaar {winner}"]
    assert stack.cluster.query(f"SELECT rijversie FROM aanmeldingen WHERE id = '{A}-K2'") == [["2"]]


def test_the_database_refuses_an_older_version_when_the_gateway_is_bypassed(postgis_server):
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K3"), stack.credentials(A))[0] == 201
    password = {line.split(":")[3]: line.split(":")[4] for line in (stack.folder / "pgpass").read_text().splitlines()}

    def as_role(role: str, sql: str):
        return stack.cluster.psql(sql, user=role, password=password[role], check=False)

    # version 1 stored; an update naming version 7 is refused (SQLSTATE RZ412), one naming 1 makes version 2
    refused = as_role(REVIEWER_ROLE, f"UPDATE aanmeldingen SET review_status = 'in behandeling', rijversie = 7 "
                                     f"WHERE id = '{A}-K3'")  # fmt: skip
    assert "changed since it was read: version 7 was read, version 1 is stored" in refused.stderr
    assert row(stack, f"{A}-K3")[3] == "ontvangen"
    done = as_role(REVIEWER_ROLE, f"UPDATE aanmeldingen SET review_status = 'in behandeling', rijversie = 1 "
                                  f"WHERE id = '{A}-K3'")  # fmt: skip
    assert done.returncode == 0, done.stderr
    # a write that names no version is not checked, but still counts: 2 -> 3; a gemeente cannot set its own number
    resubmitted = as_role(
        gemeente_role(A), f"UPDATE aanmeldingen SET naam = 'x', review_status = 'ontvangen' WHERE id = '{A}-K3'"
    )
    assert resubmitted.returncode == 0, resubmitted.stderr
    assert stack.cluster.query(f"SELECT rijversie, review_status FROM aanmeldingen WHERE id = '{A}-K3'") == [
        ["3", "ontvangen"]  # the gemeente's write reset the review (the guard) and made version 3
    ]
