"""ElaadNL's UTCTransactionStart/Stop: local time or UTC, decided from sessions across a daylight-saving change.

Europe/Amsterdam changes clocks on 2023-03-26 at 01:00 UTC (02:00 CET -> 03:00 CEST) and on 2023-10-29 at
01:00 UTC (03:00 CEST -> 02:00 CET). The same six sessions are written twice, with the same wall-clock values;
only ConnectedTime (hours) differs for the two sessions across a change:

 #  start               stop                 plain span   ConnectedTime if local     ConnectedTime if UTC
 1  25-03-2023 10:00    25-03-2023 12:30     2.5 h        2.5                        2.5
 2  25-03-2023 22:00    26-03-2023 08:00     10 h         9   (21:00Z -> 06:00Z)     10
 3  15-06-2023 17:00    15-06-2023 19:15     2.25 h       2.25                       2.25
 4  28-10-2023 20:00    29-10-2023 07:30     11.5 h       12.5 (18:00Z -> 06:30Z)    11.5
 5  30-10-2023 08:00    30-10-2023 09:00     1 h          1                          1
 6  14-11-2023 12:00    14-11-2023 16:45     4.75 h       4.75                       4.75

Local: session 2 starts 22:00 CET = 21:00Z and stops 08:00 CEST = 06:00Z, 9 h connected (the clock skipped an
hour, so the wall clock shows 10 h); session 4 starts 20:00 CEST = 18:00Z and stops 07:30 CET = 06:30Z, 12.5 h
(the clock repeated an hour). UTC: every wall-clock value is the instant itself and ConnectedTime = stop - start.
All days are above 12, so the order of day and month is never in question.
"""

from __future__ import annotations

import pandas as pd
import pytest

from ral_zuid_plugin.core.sessions import schema, tabular
from ral_zuid_plugin.core.sessions.quality import QualityReport
from ral_zuid_plugin.core.sessions.readers import read_session_file
from ral_zuid_plugin.core.sessions.reading_checks import add_reading_checks
from ral_zuid_plugin.core.sessions.tabular import TableOptions
from ral_zuid_plugin.core.sessions.zoneevidence import LOCAL, UTC

SALT = bytes(range(32))
HEADER = (
    "TransactionId;ChargePoint;Connector;UTCTransactionStart;UTCTransactionStop;StartCard;ConnectedTime;"
    "ChargeTime;TotalEnergy;MaxPower;Latitude;Longitude"
)
TIMES = [
    ("25-03-2023 10:00", "25-03-2023 12:30"),
    ("25-03-2023 22:00", "26-03-2023 08:00"),
    ("15-06-2023 17:00", "15-06-2023 19:15"),
    ("28-10-2023 20:00", "29-10-2023 07:30"),
    ("30-10-2023 08:00", "30-10-2023 09:00"),
    ("14-11-2023 12:00", "14-11-2023 16:45"),
]
CONNECTED_LOCAL = ["2,5", "9", "2,25", "12,5", "1", "4,75"]
CONNECTED_UTC = ["2,5", "10", "2,25", "11,5", "1", "4,75"]


def elaad_file(tmp_path, name: str, connected: list[str], order: list[int] | None = None) -> str:
    lines = [HEADER]
    for i in order or range(len(TIMES)):
        start, stop = TIMES[i]
        lines.append(
            "{id};CP-A;1;{start};{stop};kaart-{id};{ct};1;5;11;51,43777;5,47851".format(
                id=i + 1, start=start, stop=stop, ct=connected[i]
            )
        )
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def utc(text: str) -> int:
    return pd.Timestamp(text, tz="UTC").value


def by_id(frame: pd.DataFrame, column: str) -> list[int]:
    return frame.sort_values(schema.SESSION_ID)[column].tolist()


# the instants worked out by hand in the module docstring
LOCAL_STARTS = [
    utc("2023-03-25 09:00"),  # 10:00 CET
    utc("2023-03-25 21:00"),  # 22:00 CET
    utc("2023-06-15 15:00"),  # 17:00 CEST
    utc("2023-10-28 18:00"),  # 20:00 CEST
    utc("2023-10-30 07:00"),  # 08:00 CET
    utc("2023-11-14 11:00"),  # 12:00 CET
]
LOCAL_ENDS = [
    utc("2023-03-25 11:30"),
    utc("2023-03-26 06:00"),  # 08:00 CEST
    utc("2023-06-15 17:15"),
    utc("2023-10-29 06:30"),  # 07:30 CET
    utc("2023-10-30 08:00"),
    utc("2023-11-14 15:45"),
]
UTC_STARTS = [utc(pd.to_datetime(s, format="%d-%m-%Y %H:%M").isoformat()) for s, _ in TIMES]
UTC_ENDS = [utc(pd.to_datetime(e, format="%d-%m-%Y %H:%M").isoformat()) for _, e in TIMES]


def test_local_times_recognised_from_sessions_across_both_changes(tmp_path):
    path = elaad_file(tmp_path, "elaad_local.csv", CONNECTED_LOCAL)
    frame, report = read_session_file(path, SALT, TableOptions())
    evidence = report.zone_evidence
    assert evidence.reading == LOCAL
    # session 2: 10 h on the clock, 9 h connected (+1 h, spring); session 4: 11.5 h on the clock, 12.5 h (-1 h)
    assert (evidence.local_spring, evidence.local_autumn, evidence.utc_spring, evidence.utc_autumn) == (1, 1, 0, 0)
    assert (evidence.neither, evidence.skipped_hour, evidence.plain, evidence.plain_agree) == (0, 0, 4, 4)
    assert by_id(frame, schema.START) == LOCAL_STARTS
    assert by_id(frame, schema.END) == LOCAL_ENDS
    text = report.describe()
    assert "times read as local time (Europe/Amsterdam), not as UTC: 2 sessions cross a daylight-saving change" in text
    assert "(1 spring +1 h, 1 autumn -1 h)" in text
    assert "named UTC" not in text  # the evidence replaced the warning
    quality = QualityReport()
    add_reading_checks(quality, [report])
    row = quality.table().set_index("controle").loc["time_zone"]
    assert row["aantal"] == 2 and row["actie"] == "kept"
    assert "elaad_local.csv: times read as local time" in row["toelichting"]


def test_utc_times_recognised_and_converted(tmp_path):
    path = elaad_file(tmp_path, "elaad_utc.csv", CONNECTED_UTC)
    frame, report = read_session_file(path, SALT, TableOptions())
    evidence = report.zone_evidence
    assert evidence.reading == UTC
    # sessions 2 and 4: ConnectedTime equals the wall-clock span (10 h, 11.5 h), as only UTC can
    assert (evidence.local_spring, evidence.local_autumn, evidence.utc_spring, evidence.utc_autumn) == (0, 0, 1, 1)
    assert by_id(frame, schema.START) == UTC_STARTS
    assert by_id(frame, schema.END) == UTC_ENDS
    # e.g. session 1 read as UTC starts 1 h later than the same wall-clock time in Amsterdam winter time
    assert UTC_STARTS[0] - LOCAL_STARTS[0] == 3_600_000_000_000
    assert "times read as UTC, not as local time (Europe/Amsterdam): 2 sessions cross" in report.describe()
    quality = QualityReport()
    add_reading_checks(quality, [report])
    row = quality.table().set_index("controle").loc["time_zone"]
    assert row["aantal"] == 2 and row["actie"] == "corrected"
    assert "in 2 it equals 'ConnectedTime', as in UTC" in row["toelichting"]
    # read as UTC, no time was localised, so no DST notes
    assert all(loc.ambiguous == 0 and loc.nonexistent == 0 for _, loc in report.localisation)


def test_utc_decided_in_a_later_chunk_also_rereads_the_earlier_chunks(tmp_path, monkeypatch):
    # rows in the order 1, 3 | 5, 6 | 2, 4: the first two chunks of two rows hold no session across a change
    monkeypatch.setattr(tabular, "CHUNK_ROWS", 2)
    path = elaad_file(tmp_path, "elaad_utc_chunks.csv", CONNECTED_UTC, order=[0, 2, 4, 5, 1, 3])
    frame, report = read_session_file(path, SALT, TableOptions())
    assert report.zone_evidence.reading == UTC
    assert by_id(frame, schema.START) == UTC_STARTS
    assert by_id(frame, schema.END) == UTC_ENDS


def test_no_session_across_a_change_keeps_local_time_and_the_advice_works(tmp_path):
    # sessions 1, 3, 5 and 6 only: none crosses a change, so nothing tells local time from UTC
    path = elaad_file(tmp_path, "elaad_plain.csv", CONNECTED_UTC, order=[0, 2, 4, 5])
    frame, report = read_session_file(path, SALT, TableOptions())
    assert report.zone_evidence is None
    assert frame[schema.START].tolist() == [LOCAL_STARTS[i] for i in (0, 2, 4, 5)]
    advice = (
        "the columns 'UTCTransactionStart', 'UTCTransactionStop' are named UTC but read as local time "
        "(Europe/Amsterdam), as in the ElaadNL export; set Time zone (TIME_ZONE) to UTC if their times are UTC"
    )
    assert advice in report.describe()
    quality = QualityReport()
    add_reading_checks(quality, [report])
    row = quality.table().set_index("controle").loc["time_zone"]
    assert row["aantal"] == 0 and row["actie"] == "kept" and advice in row["toelichting"]
    # the advice, followed: the same values read as UTC
    frame, report = read_session_file(path, SALT, TableOptions(time_zone="UTC"))
    assert frame[schema.START].tolist() == [UTC_STARTS[i] for i in (0, 2, 4, 5)]
    assert frame[schema.END].tolist() == [UTC_ENDS[i] for i in (0, 2, 4, 5)]
    assert report.time_zone_note() == ""


def test_sessions_across_a_change_without_a_duration_column_give_no_evidence(tmp_path):
    path = tmp_path / "zonder_duur.csv"
    path.write_text(
        "TransactionId;ChargePoint;UTCTransactionStart;UTCTransactionStop;TotalEnergy\n"
        "1;CP-A;25-03-2023 22:00;26-03-2023 08:00;5\n"
        "2;CP-A;28-10-2023 20:00;29-10-2023 07:30;5\n",
        encoding="utf-8",
    )
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert report.zone_evidence is None
    assert frame[schema.START].tolist() == LOCAL_STARTS[1:4:2]
    assert "set Time zone (TIME_ZONE) to UTC" in report.describe()


def test_times_in_the_skipped_spring_hour_prove_utc(tmp_path):
    # 26-03-2023 02:00-02:59 does not exist on an Amsterdam clock; two stops there: the times are UTC
    path = tmp_path / "gat.csv"
    path.write_text(
        "Laadpunt;Start;Eind;kWh\n"
        "P1;26-03-2023 00:30;26-03-2023 02:40;5\n"
        "P2;26-03-2023 01:00;26-03-2023 02:15;5\n"
        "P3;27-03-2023 14:00;27-03-2023 15:00;5\n",
        encoding="utf-8",
    )
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert report.zone_evidence.reading == UTC and report.zone_evidence.skipped_hour == 2
    assert frame[schema.END].tolist() == [utc("2023-03-26 02:40"), utc("2023-03-26 02:15"), utc("2023-03-27 15:00")]
    assert "2 start or stop times fall in the skipped spring hour" in report.describe()


def test_one_time_in_the_skipped_hour_alone_does_not_decide(tmp_path):
    path = tmp_path / "een.csv"
    path.write_text("Laadpunt;Start;Eind;kWh\nP1;26-03-2023 00:30;26-03-2023 02:40;5\n", encoding="utf-8")
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert report.zone_evidence.reading == ""
    # read as local: 00:30 CET = 25-03 23:30Z; 02:40 does not exist and moves forward to 03:00 CEST = 01:00Z
    assert frame[schema.START].tolist() == [utc("2023-03-25 23:30")]
    assert frame[schema.END].tolist() == [utc("2023-03-26 01:00")]
    assert "do not show whether the times are local time (Europe/Amsterdam) or UTC" in report.describe()


def test_utc_header_with_offsets_in_the_values_is_read_as_instants(tmp_path):
    path = tmp_path / "offset.csv"
    path.write_text(
        "TransactionId;ChargePoint;UTCTransactionStart;UTCTransactionStop;ConnectedTime;TotalEnergy\n"
        "1;CP-A;2023-03-25T22:00:00+01:00;2023-03-26T08:00:00+02:00;9;5\n",
        encoding="utf-8",
    )
    frame, report = read_session_file(str(path), SALT, TableOptions())
    assert frame[schema.START].tolist() == [utc("2023-03-25 21:00")]
    assert frame[schema.END].tolist() == [utc("2023-03-26 06:00")]
    assert report.zone_evidence is None and report.time_zone_note() == ""


@pytest.mark.parametrize("connected", [CONNECTED_LOCAL, CONNECTED_UTC])
def test_a_duration_column_that_is_not_the_connected_time_is_not_evidence(tmp_path, connected):
    # the same files with every ConnectedTime 1 h off (e.g. a charging time): agrees with stop - start on none of
    # the four sessions that do not cross a change, so it says nothing
    shifted = [str(float(c.replace(",", ".")) + 1).replace(".", ",") for c in connected]
    path = elaad_file(tmp_path, "scheef.csv", shifted)
    _, report = read_session_file(path, SALT, TableOptions())
    # (the local file's session 2 would even look like UTC: 10 h on the clock, ConnectedTime 9 + 1 = 10)
    assert report.zone_evidence is None
    assert "set Time zone (TIME_ZONE) to UTC" in report.describe()


def test_demo_sample_written_in_local_time_is_read_as_local_time():
    # sample_data/sessions/make_sample.py writes Amsterdam clock times with end = start + ConnectedTime in real
    # time (pandas tz_localize). Second method: count, straight from the text, the sessions whose clock times
    # run from before 31-03-2024 02:00 to 03:00 or later (across the spring change) and check that their
    # clock span is ConnectedTime + 1 h; the reader must find exactly those as local evidence.
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "sample_data" / "sessions" / "eindhoven_sessies_elaad.csv"
    raw = pd.read_csv(path, sep=";", decimal=",")
    start = pd.to_datetime(raw["UTCTransactionStart"], format="%d-%m-%Y %H:%M")
    stop = pd.to_datetime(raw["UTCTransactionStop"], format="%d-%m-%Y %H:%M")
    across = (start < pd.Timestamp("2024-03-31 02:00")) & (stop >= pd.Timestamp("2024-03-31 03:00"))
    span_h = (stop - start).dt.total_seconds() / 3600
    assert across.sum() > 0
    assert ((span_h - raw["ConnectedTime"])[across] - 1).abs().max() < 1 / 60
    _, report = read_session_file(str(path), SALT, TableOptions())
    evidence = report.zone_evidence
    assert evidence.reading == LOCAL
    assert evidence.local_spring == int(across.sum())
    assert evidence.utc_spring == evidence.utc_autumn == evidence.skipped_hour == 0
