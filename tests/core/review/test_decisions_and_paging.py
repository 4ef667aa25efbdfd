"""Paged reading, status transitions and writing decisions exactly once, never over a newer version."""

from __future__ import annotations

import datetime as dt

import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.review.client import ReviewClient
from ral_zuid_plugin.core.review.decision import (
    DecisionRefusedError,
    apply_decision,
    check_transition,
    new_decision,
    version_key,
)
from ral_zuid_plugin.core.review.outbox import DONE, QUEUED, REFUSED, DecisionOutbox, send_decisions
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError
from tests.core.review.conftest import BASE, ITEMS, MemoryServer, feature

DAY = dt.date(2026, 11, 29)


def _server(count=1, **options):
    return MemoryServer([feature("K{:03d}".format(n), "GM0772", 5.47, 51.44) for n in range(count)], **options)


def _decision(server, status="in behandeling", motivation="", seen_status=None, feature_id="GM0772-K000"):
    stored = server.items[feature_id]["properties"]
    return new_decision(
        feature_id, status, motivation, "A. de Vries", DAY, version_key(stored), seen_status or stored["review_status"]
    )


@pytest.mark.parametrize("next_links", [False, True])
def test_all_pages_are_read_once(next_links):
    # 25 features, pages of 10: 10 + 10 + 5 -> 3 requests (offset 0, 10, 20), each feature once
    server = _server(25, next_links=next_links)
    features = ReviewClient(server, BASE, "aanmeldingen").fetch_all(page_size=10)
    assert sorted(f["id"] for f in features) == sorted(server.items)
    assert [r[1].split("offset=")[-1] if "offset=" in r[1] else "0" for r in server.requests] == ["0", "10", "20"]


def test_a_full_last_page_without_a_next_link_ends_the_reading():
    # 20 features, pages of 10 with next links and without numberMatched: page 2 is full but has no next link
    server = _server(20, next_links=True)
    original = server._answer

    def without_count(method, url, body, headers):
        response = original(method, url, body, headers)
        response.body = response.body.replace(b'"numberMatched": 20, ', b"")
        return response

    server._answer = without_count
    features = ReviewClient(server, BASE, "aanmeldingen").fetch_all(page_size=10)
    assert len(features) == 20 and len(server.requests) == 2


def test_a_service_that_ignores_paging_is_not_read_for_ever():
    server = _server(20)
    original = server._answer

    def first_page_always(method, url, body, headers):
        return original(method, url.split("&offset=")[0], body, headers)

    def without_count(method, url, body, headers):
        response = first_page_always(method, url, body, headers)
        response.body = response.body.replace(b'"numberMatched": 20, ', b"")
        return response

    server._answer = without_count
    with pytest.raises(DeliveryError, match="same page twice"):
        ReviewClient(server, BASE, "aanmeldingen").fetch_all(page_size=10)
    assert len(server.requests) == 2


def test_a_next_link_to_another_origin_is_refused():
    server = _server(3)
    original = server._answer

    def answer(method, url, body, headers):
        response = original(method, url, body, headers)
        response.body = response.body.replace(
            b'"numberMatched": 3, "links": []', b'"links": [{"rel": "next", "href": "https://evil.example/p2"}]'
        )
        return response

    server._answer = answer
    with pytest.raises(DeliveryError, match="evil.example"):
        ReviewClient(server, BASE, "aanmeldingen").fetch_all(page_size=10)
    assert all(url.startswith(BASE) for _, url, _ in server.requests)


def test_only_allowed_transitions():
    check_transition("ontvangen", "in behandeling")
    for new in ("akkoord", "afgewezen", "aangehouden"):
        check_transition("in behandeling", new)
    check_transition("aangehouden", "akkoord")
    for current, new in (("ontvangen", "akkoord"), ("akkoord", "afgewezen"), ("afgewezen", "in behandeling")):
        with pytest.raises(DecisionRefusedError):
            check_transition(current, new)


def test_a_decision_needs_motivation_reviewer_and_no_card_ids():
    server = _server()
    with pytest.raises(RalZuidError, match="motivation|motivering"):
        _decision(server, "akkoord", seen_status="in behandeling")
    with pytest.raises(RalZuidError, match="card|laadpas"):
        _decision(server, "akkoord", "pas NL-TNM-C01234567-X", seen_status="in behandeling")
    with pytest.raises(DecisionRefusedError):
        _decision(server, "akkoord", "ok")  # straight from ontvangen


def test_the_decision_date_is_neither_in_the_future_nor_before_the_submission():
    # The version seen was submitted 2026-11-01T09:00:00Z (conftest.feature's default), so by hand:
    # 2026-10-31 is the day before the submission -> refused (a lead time of -1 day in the monthly report);
    # 2026-11-01 (same day, lead time 0) and 2026-11-29 (= today here) are accepted; 2026-11-30 is after today.
    seen = "20261101T090000Z|GM0772-20261101T090000Z"
    today = dt.date(2026, 11, 29)

    def decide(day):
        return new_decision("GM0772-K000", "in behandeling", "", "A. de Vries", day, seen, "ontvangen", today=today)

    with pytest.raises(RalZuidError, match="2026-11-30.*future.*2026-11-29|2026-11-30.*toekomst.*2026-11-29"):
        decide(dt.date(2026, 11, 30))
    with pytest.raises(RalZuidError, match="2026-10-31.*2026-11-01"):
        decide(dt.date(2026, 10, 31))
    assert decide(dt.date(2026, 11, 1)).date == "2026-11-01"
    assert decide(today).date == "2026-11-29"
    # a version without a readable time (an item of another client) only gets the future check
    assert new_decision("X", "in behandeling", "", "R", dt.date(2000, 1, 1), "|x", "ontvangen", today=today).date == (
        "2000-01-01"
    )


def test_a_motivation_with_quotes_newlines_and_emoji_is_stored_exactly_once():
    # only the surrounding white space is stripped (new_decision); inner quotes, CR LF and emoji stay as typed,
    # and reading it back finds the same text, so a second send is 'already' (no second PUT)
    typed = "  Niet akkoord: \"te dicht\" bij 'K2'\r\nzie regel 2\n🚗⚡ — ok\n"
    server = _server()
    client = ReviewClient(server, BASE, "aanmeldingen")
    ontvangen = _decision(server)
    assert apply_decision(client, ontvangen) == "written"
    decision = _decision(server, "afgewezen", typed)
    assert apply_decision(client, decision) == "written"
    stored = server.items["GM0772-K000"]["properties"]["review_opmerking"]
    assert stored == "Niet akkoord: \"te dicht\" bij 'K2'\r\nzie regel 2\n🚗⚡ — ok"
    assert apply_decision(client, decision) == "already" and server.puts() == 2


def test_decision_is_written_once_even_when_the_reply_is_lost():
    server = _server()
    client = ReviewClient(server, BASE, "aanmeldingen")
    original = dict(server.items["GM0772-K000"]["properties"])
    decision = _decision(server)
    server.faults = ["", "drop"]  # the GET answers, the PUT is stored but its reply is lost
    with pytest.raises(DeliveryError):
        apply_decision(client, decision)
    assert apply_decision(client, decision) == "already"  # read back: our decision id is there
    assert server.puts() == 1
    stored = server.items["GM0772-K000"]["properties"]
    assert (stored["review_status"], stored["review_beoordelaar"], stored["review_datum"]) == (
        "in behandeling", "A. de Vries", "2026-11-29",
    )  # fmt: skip
    # only the four review fields change (a gateway that lets reviewers write only those accepts the PUT)
    changed = {k for k in set(stored) | set(original) if stored.get(k) != original.get(k)}
    assert changed == {"review_status", "review_beoordelaar", "review_datum"}  # the motivation stays '' here


def test_never_over_a_newer_version_or_a_changed_status():
    server = _server()
    client = ReviewClient(server, BASE, "aanmeldingen")
    decision = _decision(server)
    # the gemeente submits a newer version after the reviewer read the inbox
    server.items["GM0772-K000"] = feature("K000", "GM0772", 5.47, 51.44, created="2026-11-29T10:00:00Z")
    with pytest.raises(DecisionRefusedError, match="20261129T100000Z"):
        apply_decision(client, decision)
    # another reviewer moved the status on
    server2 = _server()
    decision2 = _decision(server2)
    server2.items["GM0772-K000"]["properties"].update(review_status="in behandeling", review_beoordelaar="B. Bakker")
    with pytest.raises(DecisionRefusedError, match="B. Bakker"):
        apply_decision(ReviewClient(server2, BASE, "aanmeldingen"), decision2)
    assert server.puts() == server2.puts() == 0


def test_if_match_is_sent_and_a_412_refuses():
    server = _server(etags=True)
    client = ReviewClient(server, BASE, "aanmeldingen")
    assert apply_decision(client, _decision(server)) == "written"
    assert server.requests[-1][2]["If-Match"] == '"v1"'
    later = _decision(server, "akkoord", "Past in het regionale plan")
    original = server._answer

    def changed_between(method, url, body, headers):  # someone writes between our GET and our PUT
        if method == "PUT":
            server.versions["GM0772-K000"] += 1
        return original(method, url, body, headers)

    server._answer = changed_between
    with pytest.raises(DecisionRefusedError):
        apply_decision(client, later)
    assert server.items["GM0772-K000"]["properties"]["review_status"] == "in behandeling"


def test_outbox_keeps_decisions_while_the_service_is_down_and_sends_them_in_order(tmp_path):
    server = _server(2)
    client = ReviewClient(server, BASE, "aanmeldingen")
    outbox = DecisionOutbox(tmp_path / "review_outbox.sqlite")
    first = _decision(server)
    second = new_decision(  # taken offline, after the first: it saw 'in behandeling'
        "GM0772-K000", "akkoord", "Past in het plan", "A. de Vries", DAY, first.seen_version, "in behandeling"
    )
    bad = _decision(server, "akkoord", "x", seen_status="in behandeling", feature_id="GM0772-K001")
    for decision in (first, second, bad):
        outbox.add(decision)
    server.faults = ["refuse"]
    report = send_decisions(outbox, client)
    assert set(report.waiting) == {"GM0772-K000", "GM0772-K001"} and not report.written
    assert [r["state"] for r in outbox.rows()] == [QUEUED, QUEUED, QUEUED]
    report = send_decisions(outbox, client)
    assert report.written == ["GM0772-K000", "GM0772-K000"]
    assert "GM0772-K001" in report.refused  # the service says ontvangen, the decision saw in behandeling
    assert [r["state"] for r in outbox.rows()] == [DONE, DONE, REFUSED]
    assert server.items["GM0772-K000"]["properties"]["review_status"] == "akkoord"
    assert send_decisions(outbox, client).written == []  # nothing sent twice
    assert server.puts() == 2


def test_credentials_refused_stop_the_run(tmp_path):
    server = _server()
    outbox = DecisionOutbox(tmp_path / "o.sqlite")
    outbox.add(_decision(server))
    server.faults = ["401"]
    report = send_decisions(outbox, ReviewClient(server, BASE, "aanmeldingen"))
    assert "GM0772-K000" in report.waiting and outbox.rows()[0]["state"] == QUEUED
    assert ITEMS in server.requests[0][1]
