"""The review workflow and the decision date, enforced by the server for every reviewer's write (not only by the
plugin's reviewdecision): a raw PUT with the reviewer's account cannot send a decision back to 'ontvangen', skip
'in behandeling', reopen a final decision, or date a decision in the future or before the submission.

Expected answers by hand from the workflow ontvangen -> in behandeling -> akkoord / afgewezen / aangehouden
(aangehouden -> in behandeling / akkoord / afgewezen; akkoord and afgewezen final) and the item of
test_access.feature (submitted 2026-11-27T09:00:00Z): 409 for a status change outside the workflow, 400 for a
date after tomorrow (UTC) or before 2026-11-27; the stored row unchanged after every refusal.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ral_zuid_plugin.core.review.decision import TRANSITIONS as PLUGIN_TRANSITIONS
from ral_zuid_server.gate import TRANSITIONS as SERVER_TRANSITIONS
from tests.qgis.server.test_access import ITEMS, A, feature, row
from tests.qgis.server_stack import http

MOTIVATION = "Niet akkoord: \"te dicht\" bij 'K2'\r\nzie regel 2\n\U0001f697\u26a1 \u2014 ok; DROP TABLE x;--"


def _put(stack, status: str, remark: str = "", day: str = "2026-11-29") -> tuple[int, str]:
    _, _, item = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.reviewer)
    item.pop("links", None)
    item["properties"].update(
        review_status=status, review_opmerking=remark, review_beoordelaar="R. de Vries", review_datum=day
    )
    status_code, _, answer = http(stack, "PUT", f"{ITEMS}/{A}-K1", item, stack.reviewer)
    return status_code, answer.get("description", "") if isinstance(answer, dict) else ""


def test_the_server_and_the_plugin_know_the_same_workflow():
    assert SERVER_TRANSITIONS == PLUGIN_TRANSITIONS


def test_a_reviewer_follows_the_workflow_on_the_server(postgis_server):
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K1"), stack.credentials(A))[0] == 201
    start = row(stack, f"{A}-K1")
    # straight from ontvangen to akkoord: skips 'in behandeling'
    status, text = _put(stack, "akkoord", "ok")
    assert status == 409 and "'ontvangen' to 'akkoord'" in text and row(stack, f"{A}-K1") == start
    assert _put(stack, "in behandeling") == (204, "")
    # a reviewer never sets 'ontvangen' (only the gemeente's re-submission does)
    taken = row(stack, f"{A}-K1")
    assert _put(stack, "ontvangen")[0] == 409 and row(stack, f"{A}-K1") == taken
    # the motivation with quotes, CR LF, emoji and SQL comes back to the gemeente exactly as written
    assert _put(stack, "afgewezen", MOTIVATION)[0] == 204
    _, _, seen = http(stack, "GET", f"{ITEMS}/{A}-K1?f=json", auth=stack.credentials(A))
    assert seen["properties"]["review_opmerking"] == MOTIVATION
    # in the table as well (compared by MD5: the owner's psql output is line based)
    stored = (
        "SELECT review_status, md5(review_opmerking), review_beoordelaar, review_datum FROM aanmeldingen "
        f"WHERE id = '{A}-K1'"
    )
    decided = stack.cluster.query(stored)
    assert decided == [["afgewezen", hashlib.md5(MOTIVATION.encode()).hexdigest(), "R. de Vries", "2026-11-29"]]
    # afgewezen is final: not back to akkoord, in behandeling or ontvangen
    for later in ("akkoord", "in behandeling", "ontvangen"):
        status, text = _put(stack, later, "toch wel")
        assert status == 409 and "final" in text, later
    assert stack.cluster.query(stored) == decided


def test_the_decision_date_is_neither_in_the_future_nor_before_the_submission(postgis_server):
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K1"), stack.credentials(A))[0] == 201  # 2026-11-27T09:00:00Z
    start = row(stack, f"{A}-K1")
    utc_today = dt.datetime.now(dt.timezone.utc).date()
    day_after_tomorrow = (utc_today + dt.timedelta(days=2)).isoformat()  # past the one day allowed east of UTC
    status, text = _put(stack, "in behandeling", day=day_after_tomorrow)
    assert status == 400 and "future" in text
    status, text = _put(stack, "in behandeling", day="2026-11-26")  # the day before the submission
    assert status == 400 and "before the submission (2026-11-27)" in text
    assert _put(stack, "in behandeling", day="not a date")[0] == 400
    assert row(stack, f"{A}-K1") == start
    # the day of the submission (lead time 0) is accepted, and so is tomorrow (UTC) for a reviewer east of UTC
    assert _put(stack, "in behandeling", day="2026-11-27")[0] == 204
    assert (
        _put(stack, "aangehouden", "wacht op netbeheerder", day=(utc_today + dt.timedelta(days=1)).isoformat())[0]
        == 204
    )
    assert row(stack, f"{A}-K1")[3:5] == ["aangehouden", "wacht op netbeheerder"]


def test_a_resubmission_without_review_fields_starts_the_review_again(postgis_server):
    # A gemeente client that leaves review_status and review_opmerking out of its re-submission (allowed: they are
    # only the reset) after the reviewer took the item into review: by hand, 204 and the row is the new version
    # (500 kW, submission of 2026-11-29) with status 'ontvangen', empty remark, no reviewer, no date -- as with
    # the plugin, which always sends the reset. Before the fix the provider kept 'in behandeling' and the
    # database's review guard refused the whole re-submission (403).
    stack = postgis_server
    assert http(stack, "POST", ITEMS, feature(A, "K1"), stack.credentials(A))[0] == 201
    assert _put(stack, "in behandeling")[0] == 204
    newer = feature(A, "K1", "2026-11-29T10:00:00Z", vermogen_kw=500.0)
    del newer["properties"]["review_status"], newer["properties"]["review_opmerking"]
    assert http(stack, "PUT", f"{ITEMS}/{A}-K1", newer, stack.credentials(A))[0] == 204
    assert row(stack, f"{A}-K1")[1:7] == [f"{A}-20261129T100000Z", "500", "ontvangen", "", "", ""]
