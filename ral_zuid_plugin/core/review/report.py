"""The monthly review report: submissions, decisions and lead times per gemeente, as an XLSX workbook.

For a month (``yyyy-mm``):

- a *submission* counts in the month its ``submission_created`` (UTC) falls in;
- a *decision* is a candidate with status ``akkoord``, ``afgewezen`` or ``aangehouden`` whose ``review_datum``
  falls in the month;
- the *lead time* of a decision is ``review_datum`` minus the date of ``submission_created``, in whole days.

Per gemeente: submissions, decisions (and per status), mean, median and longest lead time. The service keeps
the newest version of each candidate, so a candidate submitted again after a decision counts with its new
submission and without the old decision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.review.submissions import decision_time
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

DECIDED = ("akkoord", "afgewezen", "aangehouden")


def parse_month(text: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """``"2026-11"`` → (first day, first day of the next month); a message for anything else."""
    match = re.fullmatch(r"\s*([0-9]{4})-([0-9]{1,2})\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise RalZuidError(tr("'{text}' is not a month; write it as yyyy-mm, e.g. 2026-11.").format(text=text))
    start = pd.Timestamp(dt.date(int(match.group(1)), int(match.group(2)), 1))
    return start, start + pd.DateOffset(months=1)


@dataclass
class MonthReport:
    month: str
    per_gemeente: pd.DataFrame
    submissions: pd.DataFrame
    decisions: pd.DataFrame


def month_report(frame: pd.DataFrame, month: str) -> MonthReport:
    """The tables of the report for ``month`` from a submissions frame (:func:`submissions_frame`'s ``frame``)."""
    start, end = parse_month(month)
    created = pd.to_datetime(frame["ingediend"])
    decided_on = pd.to_datetime(pd.Series([decision_time(t) for t in frame["review_datum"]], index=frame.index))
    submitted = frame[(created >= start) & (created < end)].copy()
    in_month = (decided_on >= start) & (decided_on < end) & frame["review_status"].isin(DECIDED)
    decisions = frame[in_month].copy()
    decisions["besluitdatum"] = decided_on[in_month].dt.normalize()
    decisions["doorlooptijd_dagen"] = (
        decisions["besluitdatum"] - pd.to_datetime(decisions["ingediend"]).dt.normalize()
    ).dt.days.astype(float)
    codes = sorted(set(submitted["gemeentecode"]) | set(decisions["gemeentecode"]))
    names = dict(zip(frame["gemeentecode"], frame["gemeentenaam"]))
    rows = []
    for code in codes:
        mine = decisions[decisions["gemeentecode"] == code]
        lead = mine["doorlooptijd_dagen"].dropna().to_numpy(dtype=float)
        rows.append(
            {
                "gemeentecode": code,
                "gemeentenaam": names.get(code, ""),
                "aanmeldingen": int((submitted["gemeentecode"] == code).sum()),
                "besluiten": len(mine),
                "akkoord": int((mine["review_status"] == "akkoord").sum()),
                "afgewezen": int((mine["review_status"] == "afgewezen").sum()),
                "aangehouden": int((mine["review_status"] == "aangehouden").sum()),
                "doorlooptijd_gemiddeld": float(lead.mean()) if len(lead) else np.nan,
                "doorlooptijd_mediaan": float(np.median(lead)) if len(lead) else np.nan,
                "doorlooptijd_langste": float(lead.max()) if len(lead) else np.nan,
            }
        )
    columns = [
        "gemeentecode",
        "gemeentenaam",
        "aanmeldingen",
        "besluiten",
        "akkoord",
        "afgewezen",
        "aangehouden",
        "doorlooptijd_gemiddeld",
        "doorlooptijd_mediaan",
        "doorlooptijd_langste",
    ]
    per_gemeente = pd.DataFrame(rows, columns=columns)
    if len(per_gemeente):
        total_lead = decisions["doorlooptijd_dagen"].dropna().to_numpy(dtype=float)
        total = {
            "gemeentecode": tr("Total"),
            "gemeentenaam": "",
            **{c: int(per_gemeente[c].sum()) for c in columns[2:7]},
            "doorlooptijd_gemiddeld": float(total_lead.mean()) if len(total_lead) else np.nan,
            "doorlooptijd_mediaan": float(np.median(total_lead)) if len(total_lead) else np.nan,
            "doorlooptijd_langste": float(total_lead.max()) if len(total_lead) else np.nan,
        }
        per_gemeente = pd.concat([per_gemeente, pd.DataFrame([total])], ignore_index=True)
    submitted = submitted.sort_values(["gemeentecode", "ingediend", "feature_id"])
    decisions = decisions.sort_values(["gemeentecode", "besluitdatum", "feature_id"])
    return MonthReport(start.strftime("%Y-%m"), per_gemeente, submitted, decisions)


def write_month_report(report: MonthReport, path: str) -> str:
    """The workbook (sheets per gemeente, submissions, decisions), written atomically through the one XLSX writer."""
    book = XlsxBook()
    try:
        per_gemeente = report.per_gemeente.copy()
        if len(per_gemeente):  # the total row is named in the language the workbook is written in
            per_gemeente.loc[per_gemeente.index[-1], "gemeentecode"] = tr("Total")
        write_table(
            book,
            tr("Per municipality"),
            per_gemeente,
            {
                "gemeentecode": (tr("Municipality code"), None),
                "gemeentenaam": (tr("Municipality"), None),
                "aanmeldingen": (tr("Submissions"), "0"),
                "besluiten": (tr("Decisions"), "0"),
                "akkoord": (tr("Approved (akkoord)"), "0"),
                "afgewezen": (tr("Rejected (afgewezen)"), "0"),
                "aangehouden": (tr("On hold (aangehouden)"), "0"),
                "doorlooptijd_gemiddeld": (tr("Lead time, mean (days)"), "0.0"),
                "doorlooptijd_mediaan": (tr("Lead time, median (days)"), "0.0"),
                "doorlooptijd_langste": (tr("Lead time, longest (days)"), "0"),
            },
        )
        submissions = report.submissions.assign(ingediend_op=pd.to_datetime(report.submissions["ingediend"]))
        write_table(
            book,
            tr("Submissions"),
            submissions,
            {
                "feature_id": (tr("Id"), None),
                "gemeentecode": (tr("Municipality code"), None),
                "gemeentenaam": (tr("Municipality"), None),
                "naam": (tr("Name"), None),
                "ingediend_op": (tr("Submitted (UTC)"), "yyyy-mm-dd hh:mm"),
                "advies": (tr("Advice"), None),
                "review_status": (tr("Review status"), None),
            },
        )
        decisions = report.decisions.assign(ingediend_op=pd.to_datetime(report.decisions["ingediend"]))
        write_table(
            book,
            tr("Decisions"),
            decisions,
            {
                "feature_id": (tr("Id"), None),
                "gemeentecode": (tr("Municipality code"), None),
                "gemeentenaam": (tr("Municipality"), None),
                "naam": (tr("Name"), None),
                "ingediend_op": (tr("Submitted (UTC)"), "yyyy-mm-dd hh:mm"),
                "besluitdatum": (tr("Decided on"), "yyyy-mm-dd"),
                "doorlooptijd_dagen": (tr("Lead time (days)"), "0"),
                "review_status": (tr("Decision"), None),
                "review_beoordelaar": (tr("Reviewer"), None),
                "review_opmerking": (tr("Motivation"), None),
            },
        )
        return save_workbook(book, path)
    finally:
        book.close()
