"""The screening's advice workbook: how many candidates got which advice, as a native chart, and the list."""

from __future__ import annotations

import pandas as pd

from ral_zuid_plugin.core.charts import ChartData, write_chart_sheet
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening import wording
from ral_zuid_plugin.core.screening.rules import OUTSIDE_REGION, RuleSet
from ral_zuid_plugin.core.xlsx import XlsxBook, save_workbook, write_table

MAIN_ADVICE = ("positief", "nader onderzoek", "negatief")
WORKBOOK_NAME = "adviezen.xlsx"


def advice_counts(advice: pd.Series, rules: RuleSet | None = None) -> list[tuple[str, int]]:
    """(advice code, number of candidates): the three scores always (also at 0), then referrals, outside the
    region and anything else that occurs, in that order."""
    counts = advice.astype(str).value_counts().to_dict()
    order = list(MAIN_ADVICE)
    if rules is not None:
        order += [code for code in rules.advice.referrals if code not in order]
    order += [OUTSIDE_REGION] if OUTSIDE_REGION not in order else []
    order += sorted(code for code in counts if code not in order)
    return [(code, int(counts.get(code, 0))) for code in order if code in MAIN_ADVICE or counts.get(code, 0)]


def advice_chart(advice: pd.Series, rules: RuleSet | None = None) -> ChartData:
    counts = advice_counts(advice, rules)
    return ChartData(
        tr("Advice per candidate site"),
        tr("Advice"),
        tr("Candidate sites"),
        tuple(wording.advice_label(code, rules) for code, _count in counts),
        tuple(float(count) for _code, count in counts),
        kind="column",
        number_format="0",
    )


def write_advice_workbook(frame: pd.DataFrame, rules: RuleSet, path: str) -> str:
    """The chart sheet and the candidates with their advice and score (atomically at ``path``)."""
    book = XlsxBook()
    try:
        write_chart_sheet(
            book,
            tr("Advice"),
            [advice_chart(frame["advies"], rules)],
            tr("Rule file {name}, version {version}").format(name=rules.file_name, version=rules.version),
        )
        table = pd.DataFrame(
            {
                "kandidaat_id": frame["kandidaat_id"].astype(str),
                "naam": frame["naam"].astype(str),
                "gemeente": frame["locatie_gemeentenaam"].astype(str),
                "advies": [wording.advice_label(str(code), rules) for code in frame["advies"]],
                "score": pd.to_numeric(frame["score"], errors="coerce"),
            }
        )
        write_table(
            book,
            tr("Candidates"),
            table,
            {
                "kandidaat_id": (tr("Candidate id"), None),
                "naam": (tr("Name"), None),
                "gemeente": (tr("Municipality"), None),
                "advies": (tr("Advice"), None),
                "score": (tr("Score (0-100)"), "0.0"),
            },
        )
        return save_workbook(book, path)
    finally:
        book.close()
