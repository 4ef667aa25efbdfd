"""Feed timestamps read the same on Python 3.9 (Windows QGIS up to 3.34) as on 3.11: 'Z', nanoseconds, tenths."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.logistics.emission_zones import _timestamp

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NDW's publicationTime: nanoseconds are cut to microseconds (001404772 ns -> 1404 us).
        ("2025-07-07T04:00:00.001404772Z", datetime(2025, 7, 7, 4, 0, 0, 1404, tzinfo=UTC)),
        ("2025-07-07T04:00:00Z", datetime(2025, 7, 7, 4, 0, 0, tzinfo=UTC)),
        # Half a second with a +02:00 offset: 500000 us, and 02:00 local is 00:00 UTC.
        ("2025-07-07T02:00:00.5+02:00", datetime(2025, 7, 7, 0, 0, 0, 500000, tzinfo=UTC)),
        ("2025-07-07T02:00:00.1234567+02:00", datetime(2025, 7, 7, 0, 0, 0, 123456, tzinfo=UTC)),
        # No offset: read as UTC.
        ("2025-07-07T04:00:00", datetime(2025, 7, 7, 4, 0, 0, tzinfo=UTC)),
    ],
)
def test_feed_timestamps(text, expected):
    value = _timestamp(text, "feed.xml", "z1", "publicationTime")
    assert value == expected
    assert value.utcoffset() is not None


def test_a_wrong_timestamp_names_file_zone_and_field():
    with pytest.raises(InputDataError, match="file feed.xml, column 'validFrom': zone z1: 'gisteren'"):
        _timestamp("gisteren", "feed.xml", "z1", "validFrom")
    assert _timestamp("", "feed.xml", "z1", "validFrom") is None
