"""What reading the files decided, as rows of the quality table: date order, skipped rows, set-aside sessions."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ral_zuid_plugin.core.sessions import schema
from ral_zuid_plugin.core.sessions.quality import CORRECTED, EXCLUDED, KEPT, QualityCheck, QualityReport
from ral_zuid_plugin.core.sessions.readers import OPEN_SESSION, SET_ASIDE_KEYS, STATUS_WORDS, ReadReport
from ral_zuid_plugin.core.sessions.zoneevidence import UTC

_ALL_WORDS = {word for words in STATUS_WORDS.values() for word in words}


def add_reading_checks(report: QualityReport, reads: list[ReadReport]) -> None:
    """One row per decision or exclusion made while reading; set-aside sessions go to the excluded table."""
    for read in reads:
        if read.date_order and read.date_rows_differing:
            name = Path(read.path).name
            action = CORRECTED if read.date_order == "swapped" else KEPT
            detail = name + ": " + read.date_order_note()
            report.checks.append(QualityCheck("date_order", read.date_rows_differing, [name], action, detail))
        note = read.time_zone_note()
        if note:
            name = Path(read.path).name
            evidence = read.zone_evidence
            count = evidence.sessions if evidence is not None else 0
            action = CORRECTED if evidence is not None and evidence.reading == UTC else KEPT
            report.checks.append(QualityCheck("time_zone", count, [name], action, name + ": " + note))
    skipped = sum(r.skipped_blank + r.skipped_totals for r in reads)
    if skipped:
        examples = ["{} r{}".format(Path(r.path).name, row) for r in reads for row in r.skipped_rows]
        report.checks.append(QualityCheck("skipped_rows", skipped, examples[:5], EXCLUDED))
    for key in SET_ASIDE_KEYS:
        parts = [part for r in reads for part in r.set_aside.get(key, [])]
        if not parts:
            continue
        rows = pd.concat(parts, ignore_index=True)
        report.add(key, pd.Series(True, index=rows.index).to_numpy(), _with_columns(rows), EXCLUDED)
        report.checks[-1].detail = _per_status(key, reads)
        report.exclude(key, _with_columns(rows))


def _per_status(key: str, reads: list[ReadReport]) -> str:
    """'ACTIVE 1, PENDING 1, no end time 2': the statuses (as written) behind one exclusion row."""
    words = set(STATUS_WORDS[key]) if key in STATUS_WORDS else set()
    counts: dict[str, int] = {}
    for read in reads:
        for status, number in read.status_counts.items():
            known = re.sub(r"[^A-Z]", "", status.upper())
            if known in words or (key == OPEN_SESSION and known not in _ALL_WORDS):
                counts[status] = counts.get(status, 0) + number
    return ", ".join("{} {}".format(status, number) for status, number in sorted(counts.items()))


def _with_columns(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[[schema.SOURCE, schema.ROW, schema.SESSION_ID, schema.EVSE_ID]]
