"""De-duplication windows: the IAB text's test vector, in the library and through a report."""

from __future__ import annotations

import datetime as dt

import pytest
from statshelp import IPHONE, SNOW, UTC, combined, count

from podcast.stats.windows import opens_window, window_starts

# Mon 22:00, Tue 03:00, Tue 22:15, Wed 23:15 (5-7 Oct 2026 is Mon-Wed)
VECTOR = [dt.datetime(2026, 10, 5, 22, 0, tzinfo=UTC), dt.datetime(2026, 10, 6, 3, 0, tzinfo=UTC),
          dt.datetime(2026, 10, 6, 22, 15, tzinfo=UTC),
          dt.datetime(2026, 10, 7, 23, 15, tzinfo=UTC)]
EXPECTED = {"calendar": [1, 1, 0, 1], "first-touch": [1, 0, 1, 1], "last-touch": [1, 0, 0, 1]}


@pytest.mark.parametrize("mode", sorted(EXPECTED))
def test_iab_vector(mode):
    assert VECTOR[0].strftime("%a") == "Mon"
    times = [int(t.timestamp()) for t in VECTOR]
    assert opens_window(times, mode) == EXPECTED[mode]


@pytest.mark.parametrize("mode", sorted(EXPECTED))
def test_iab_vector_through_ingest_and_report(tmp_path, media, mode):
    log = "".join(combined("203.0.113.50", t, f"/media/{SNOW}.mp3", 200, 9603013, IPHONE)
                  for t in VECTOR)
    assert count(tmp_path, log, media, window=mode) == {SNOW: sum(EXPECTED[mode])}


def test_exactly_24_hours_opens_a_new_rolling_window():
    t0 = 1_760_000_000
    assert opens_window([t0, t0 + 86399], "first-touch") == [1, 0]
    assert opens_window([t0, t0 + 86400], "first-touch") == [1, 1]
    assert opens_window([t0, t0 + 80000, t0 + 160000], "last-touch") == [1, 0, 0]
    assert opens_window([t0, t0 + 80000, t0 + 160000], "first-touch") == [1, 0, 1]


def test_unknown_window_is_refused():
    with pytest.raises(ValueError, match="unknown window"):
        window_starts([1], "hourly")
