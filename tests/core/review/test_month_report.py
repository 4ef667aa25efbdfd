"""The monthly report against counts and lead times worked out by hand."""

from __future__ import annotations

import math

import openpyxl  # reading only; the workbook is written by core/xlsx.py
import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.review.report import month_report, parse_month, write_month_report
from ral_zuid_plugin.core.review.submissions import submissions_frame
from tests.core.review.conftest import feature
from tests.translations import report_language

FEATURES = [
    # A: submitted 3 Nov, akkoord 13 Nov -> lead 10 days, decision in November
    feature("A", "GM0772", 5.47, 51.44, created="2026-11-03T10:00:00Z", status="akkoord", review_datum="2026-11-13"),
    # B: submitted 28 Oct, afgewezen 2 Nov -> lead 5 days (28 Oct -> 2 Nov), decision in November
    feature("B", "GM0772", 5.47, 51.44, created="2026-10-28T08:00:00Z", status="afgewezen", review_datum="2026-11-02"),
    # C: submitted 20 Nov, in behandeling since 21 Nov: a submission, no decision
    feature("C", "GM0772", 5.47, 51.44, created="2026-11-20T12:00:00Z", status="in behandeling",
            review_datum="2026-11-21"),
    # D: submitted 5 Nov, aangehouden 1 Dec -> a December decision, lead 26 days
    feature("D", "GM0935", 5.69, 50.85, created="2026-11-05T09:00:00Z", status="aangehouden",
            review_datum="2026-12-01"),
    # E: submitted 30 Nov 23:30 UTC -> November
    feature("E", "GM0935", 5.69, 50.85, created="2026-11-30T23:30:00Z"),
    # F: submitted 1 Dec 00:10 UTC -> December
    feature("F", "GM0935", 5.69, 50.85, created="2026-12-01T00:10:00Z"),
]  # fmt: skip


def test_november_by_hand(tmp_path):
    # GM0772: submissions A, C = 2; decisions A (akkoord, 10 d), B (afgewezen, 5 d) = 2; mean 7.5, median 7.5, max 10
    # GM0935: submissions D, E = 2; no decision in November. Total: 4 submissions, 2 decisions, mean 7.5.
    report = month_report(submissions_frame(FEATURES).frame, "2026-11")
    table = report.per_gemeente.set_index("gemeentecode")
    assert table.loc["GM0772", ["aanmeldingen", "besluiten", "akkoord", "afgewezen", "aangehouden"]].tolist() == [
        2, 2, 1, 1, 0,
    ]  # fmt: skip
    assert table.loc["GM0772", ["doorlooptijd_gemiddeld", "doorlooptijd_mediaan", "doorlooptijd_langste"]].tolist() == [
        7.5, 7.5, 10.0,
    ]  # fmt: skip
    assert table.loc["GM0935", ["aanmeldingen", "besluiten"]].tolist() == [2, 0]
    assert math.isnan(table.loc["GM0935", "doorlooptijd_gemiddeld"])
    total = report.per_gemeente.iloc[-1]
    assert (total["aanmeldingen"], total["besluiten"], total["doorlooptijd_gemiddeld"]) == (4, 2, 7.5)
    path = write_month_report(report, str(tmp_path / "rapport"))
    assert path.endswith("rapport.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[:1] and len(book.sheetnames) == 3
    rows = list(book[book.sheetnames[0]].iter_rows(values_only=True))
    assert rows[1][:4] == ("GM0772", "", 2, 2) and rows[1][7] == 7.5
    decisions = list(book[book.sheetnames[2]].iter_rows(values_only=True))
    assert [(r[0], r[6]) for r in decisions[1:]] == [("GM0772-B", 5), ("GM0772-A", 10)]  # by decision date
    # the report language (REPORT_LANGUAGE of reviewreport): sheet names and headers, written out by hand
    with report_language("nl"):
        dutch = openpyxl.load_workbook(write_month_report(report, str(tmp_path / "rapport_nl")), read_only=True)
    with report_language("en"):
        english = openpyxl.load_workbook(write_month_report(report, str(tmp_path / "report_en")), read_only=True)
    assert dutch.sheetnames == ["Per gemeente", "Aanmeldingen", "Besluiten"]
    assert english.sheetnames == ["Per municipality", "Submissions", "Decisions"]
    assert next(dutch["Per gemeente"].iter_rows(values_only=True))[:7] == (
        "Gemeentecode", "Gemeente", "Aanmeldingen", "Besluiten", "akkoord", "afgewezen", "aangehouden",
    )  # fmt: skip
    assert next(english["Per municipality"].iter_rows(values_only=True))[:7] == (
        "Municipality code", "Municipality", "Submissions", "Decisions", "Approved (akkoord)",
        "Rejected (afgewezen)", "On hold (aangehouden)",
    )  # fmt: skip
    assert list(dutch["Per gemeente"].iter_rows(values_only=True))[-1][0] == "Totaal"
    assert list(english["Per municipality"].iter_rows(values_only=True))[-1][0] == "Total"


def test_december_by_hand():
    # GM0935: submission F; decision D aangehouden, 5 Nov -> 1 Dec = 26 days
    report = month_report(submissions_frame(FEATURES).frame, "2026-12")
    row = report.per_gemeente.set_index("gemeentecode").loc["GM0935"]
    assert (row["aanmeldingen"], row["besluiten"], row["aangehouden"], row["doorlooptijd_langste"]) == (1, 1, 1, 26.0)


@pytest.mark.parametrize("text", ["2026-13", "november", "2026/11", ""])
def test_a_month_that_is_not_a_month(text):
    with pytest.raises(RalZuidError, match="yyyy-mm"):
        parse_month(text)
