"""Issue 14 (1e7 sessions within 4 GiB): no hidden copies of the session frame while the indicators are computed."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from pathlib import Path

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.progress import SilentProgress
from ral_zuid_plugin.core.sessions import pipeline
from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, run_session_indicators
from ral_zuid_plugin.core.sessions.quality import QualityReport, check_sessions, take_rows
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from tests.core.sessions.helpers import sessions

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"


def _uncopied(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame rebuilt the way the readers build it: one block per column, no copy."""
    columns = {
        name: frame[name].to_numpy() if isinstance(frame[name].dtype, np.dtype) else frame[name].array
        for name in frame.columns
    }
    return pd.DataFrame(columns, copy=False)


def test_take_rows_equals_a_frame_take_and_leaves_the_source_unconsolidated():
    frame = _uncopied(sessions([{"evse": e, "start": "2024-07-02 08:00", "end": "2024-07-02 09:00"} for e in "ABCD"]))
    frame["evse_id"] = frame["evse_id"].astype("category")
    blocks = frame._mgr.nblocks
    assert blocks == len(frame.columns)  # 14 columns, 14 blocks: what a frame-level take would consolidate
    taken = take_rows(frame, np.array([3, 1]))
    assert frame._mgr.nblocks == blocks  # the source was not consolidated into a second copy
    assert taken["evse_id"].tolist() == ["D", "B"] and isinstance(taken["evse_id"].dtype, pd.CategoricalDtype)
    # the same as pandas' own take (which consolidates the source in place: done last)
    pd.testing.assert_frame_equal(taken, frame.iloc[[3, 1]].reset_index(drop=True))
    assert frame._mgr.nblocks < blocks


def test_checks_do_not_consolidate_the_read_frame():
    rows = [
        {"evse": "E1", "start": "2024-07-02 08:00", "end": "2024-07-02 10:00", "id": "a"},
        {"evse": "E1", "start": "2024-07-02 11:00", "end": "2024-07-02 12:00", "id": "a"},  # duplicate: excluded
        {"evse": "E1", "start": "2024-07-02 13:00", "end": "2024-07-02 14:00", "id": "d", "kwh": -1},  # energy out
    ]
    frame = _uncopied(sessions(rows))
    blocks = frame._mgr.nblocks
    settings = IndicatorSettings(latest_plausible_date=dt.date(2026, 1, 1))
    report = QualityReport()
    kept, _, _ = check_sessions(frame, settings, report)
    assert frame._mgr.nblocks == blocks
    # by hand: rows a and d kept (the duplicate a excluded), d without its energy; numbered from 0
    assert kept["sessie_id"].tolist() == ["a", "d"] and list(kept.index) == [0, 1]
    assert kept["kwh"].tolist()[0] == 10.0 and np.isnan(kept["kwh"].tolist()[1])
    assert report.excluded_table()["controle"].tolist() == ["duplicate_id", "negative_energy"]


def test_the_read_frame_is_freed_before_the_indicators(monkeypatch):
    seen = {}
    read_all, indicators = pipeline.read_all, pipeline.indicators_of_kept

    def reading(*args, **kwargs):
        frame, reports = read_all(*args, **kwargs)
        seen["read"] = weakref.ref(frame)
        return frame, reports

    def computing(kept, *args, **kwargs):
        gc.collect()
        seen["alive while computing"] = seen["read"]() is not None
        return indicators(kept, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read_all", reading)
    monkeypatch.setattr(pipeline, "indicators_of_kept", computing)
    inputs = SessionInputs(session_files=[str(DATA / "elaad_small.csv")])
    result = run_session_indicators(
        inputs, b"s" * 32, IndicatorSettings(latest_plausible_date=dt.date(2026, 1, 1)), SilentProgress()
    )
    assert seen["alive while computing"] is False
    assert result.sessions_used > 0
