"""One small log per IAB rule, through the real ingest + report path and the test MP3s."""

from __future__ import annotations

import datetime as dt

from statshelp import (
    ADDICT,
    GOOGLEBOT,
    IPHONE,
    OVERCAST,
    PERMIT,
    SHORT,
    SNOW,
    UTC,
    WATCH,
    combined,
    count,
)

T = dt.datetime(2026, 10, 5, 10, 0, tzinfo=UTC)
MIN = dt.timedelta(minutes=1)


def test_thresholds_are_id3_plus_one_minute_or_whole_file(media, media_dir):
    from mutagen.id3 import ID3

    for name, m in media.items():
        path = media_dir / f"{name}.mp3"
        assert m.size_bytes == path.stat().st_size
        id3 = ID3(path).size
        assert m.id3_size_bytes == id3 > 0
        audio = m.size_bytes - id3
        # 64 kbps CBR: one minute is 60 s x 8000 bytes/s, give or take one 1/38 s frame
        if m.duration_seconds > 60:
            assert m.threshold_bytes == id3 + audio * 60 // int(m.duration_seconds)
            assert abs(m.threshold_bytes - id3 - 480_000) < 300
    assert media[SHORT].threshold_bytes == media[SHORT].size_bytes  # 45 s: the whole file
    assert media[SNOW].duration_seconds == 1200.0  # gapless: encoder delay/padding removed


def test_complete_get_counts(tmp_path, media):
    snow = media[SNOW].size_bytes
    assert count(tmp_path, combined("203.0.113.1", T, f"/media/{SNOW}.mp3", 200, snow),
                 media) == {SNOW: 1}


def test_head_never_counts(tmp_path, media):
    log = combined("203.0.113.1", T, f"/media/{SNOW}.mp3", 200, 0, method="HEAD")
    assert count(tmp_path, log, media) == {}


def test_304_4xx_5xx_never_count(tmp_path, media):
    permit = media[PERMIT].size_bytes
    path = f"/media/{PERMIT}.mp3"
    log = "".join(combined(f"203.0.113.{i}", T, path, status, permit)
                  for i, status in enumerate((304, 403, 404, 416, 500, 503), 1))
    assert count(tmp_path, log, media) == {}


def test_two_byte_probe_never_counts_even_repeated(tmp_path, media):
    path = f"/media/{SHORT}.mp3"
    log = "".join(combined("203.0.113.9", T + i * MIN, path, 206, 2) for i in range(5))
    assert count(tmp_path, log, media) == {}


def test_partial_below_threshold_does_not_count(tmp_path, media):
    need = media[PERMIT].threshold_bytes
    log = combined("203.0.113.2", T, f"/media/{PERMIT}.mp3", 206, need - 1, OVERCAST)
    assert count(tmp_path, log, media) == {}


def test_partial_at_threshold_counts(tmp_path, media):
    need = media[PERMIT].threshold_bytes
    log = combined("203.0.113.2", T, f"/media/{PERMIT}.mp3", 206, need, OVERCAST)
    assert count(tmp_path, log, media) == {PERMIT: 1}


def test_ranges_of_one_listener_add_up_within_the_window(tmp_path, media):
    need = media[PERMIT].threshold_bytes
    part = need // 3 + 1
    log = "".join(combined("203.0.113.3", T + i * MIN, f"/media/{PERMIT}.mp3", 206, part,
                           OVERCAST) for i in range(3))
    assert count(tmp_path, log, media) == {PERMIT: 1}
    two = "".join(combined("203.0.113.3", T + i * MIN, f"/media/{PERMIT}.mp3", 206, part,
                           OVERCAST) for i in range(2))
    assert count(tmp_path, two, media, name="two.log") == {}


def test_short_episode_needs_the_whole_file(tmp_path, media):
    size = media[SHORT].size_bytes
    almost = combined("203.0.113.4", T, f"/media/{SHORT}.mp3", 206, size - 1000)
    assert count(tmp_path, almost, media) == {}
    whole = combined("203.0.113.4", T, f"/media/{SHORT}.mp3", 206, size)
    assert count(tmp_path, whole, media, name="whole.log") == {SHORT: 1}


def test_bots_are_excluded(tmp_path, media):
    snow = media[SNOW].size_bytes
    log = combined("66.249.66.1", T, f"/media/{SNOW}.mp3", 200, snow, GOOGLEBOT)
    log += combined("66.249.66.2", T, f"/media/{SNOW}.mp3", 200, snow,
                    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")
    log += combined("66.249.66.3", T, f"/media/{SNOW}.mp3", 200, snow, "curl/8.5.0")
    assert count(tmp_path, log, media) == {}


def test_podcast_app_with_contact_url_is_not_a_bot(tmp_path, media):
    snow = media[SNOW].size_bytes
    # crawlerdetect alone flags "PodcastAddict/... (+https://...)"; the podcast list wins.
    log = combined("203.0.113.5", T, f"/media/{SNOW}.mp3", 200, snow, ADDICT)
    assert count(tmp_path, log, media) == {SNOW: 1}


def test_empty_user_agent_is_excluded(tmp_path, media):
    snow = media[SNOW].size_bytes
    log = combined("203.0.113.6", T, f"/media/{SNOW}.mp3", 200, snow, "-")
    log += combined("203.0.113.7", T, f"/media/{SNOW}.mp3", 200, snow, "")
    assert count(tmp_path, log, media) == {}


def test_apple_watch_duplicates_are_excluded(tmp_path, media):
    snow = media[SNOW].size_bytes
    log = combined("203.0.113.8", T, f"/media/{SNOW}.mp3", 200, snow, WATCH)
    assert count(tmp_path, log, media) == {}


def test_key_is_ip_plus_user_agent_plus_episode(tmp_path, media):
    snow = media[SNOW].size_bytes
    permit = media[PERMIT].size_bytes
    log = combined("203.0.113.10", T, f"/media/{SNOW}.mp3", 200, snow, IPHONE)
    log += combined("203.0.113.10", T + MIN, f"/media/{SNOW}.mp3", 200, snow, IPHONE)
    log += combined("203.0.113.10", T + MIN, f"/media/{SNOW}.mp3", 200, snow, OVERCAST)
    log += combined("203.0.113.11", T + MIN, f"/media/{SNOW}.mp3", 200, snow, IPHONE)
    log += combined("203.0.113.10", T + MIN, f"/media/{PERMIT}.mp3", 200, permit, IPHONE)
    assert count(tmp_path, log, media) == {SNOW: 3, PERMIT: 1}


def test_ipv6_is_keyed_by_its_64_network(tmp_path, media):
    snow = media[SNOW].size_bytes
    log = "".join(combined(f"2001:db8:1234:5678::{i}", T + i * MIN, f"/media/{SNOW}.mp3", 200,
                           snow, ADDICT) for i in range(1, 5))
    log += combined("2001:db8:1234:5679::1", T, f"/media/{SNOW}.mp3", 200, snow, ADDICT)
    assert count(tmp_path, log, media) == {SNOW: 2}


def test_local_time_offsets_are_converted_to_utc_days(tmp_path, media):
    snow = media[SNOW].size_bytes
    # 00:30 +0200 on 6 Oct is 22:30 UTC on 5 Oct: the same calendar day as 10:00 UTC.
    first = combined("203.0.113.12", T, f"/media/{SNOW}.mp3", 200, snow)
    late = combined("203.0.113.12", dt.datetime(2026, 10, 6, 0, 30,
                                                tzinfo=dt.timezone(dt.timedelta(hours=2))),
                    f"/media/{SNOW}.mp3", 200, snow)
    assert count(tmp_path, first + late, media) == {SNOW: 1}
    # 01:30 -0300 on 5 Oct is 04:30 UTC; 23:30 -0300 is 02:30 UTC on 6 Oct: a new day.
    west = dt.timezone(dt.timedelta(hours=-3))
    a = combined("203.0.113.13", dt.datetime(2026, 10, 5, 1, 30, tzinfo=west),
                 f"/media/{SNOW}.mp3", 200, snow)
    b = combined("203.0.113.13", dt.datetime(2026, 10, 5, 23, 30, tzinfo=west),
                 f"/media/{SNOW}.mp3", 200, snow)
    assert count(tmp_path, a + b, media, name="west.log") == {SNOW: 2}


def test_query_strings_and_non_media_paths(tmp_path, media):
    permit = media[PERMIT].size_bytes
    log = combined("203.0.113.14", T, f"/media/{PERMIT}.mp3?_from=webb", 200, permit)
    log += combined("203.0.113.15", T, "/feed.xml", 200, 5000)
    log += combined("203.0.113.15", T, f"/avsnitt/{SNOW}/", 200, 5000)
    assert count(tmp_path, log, media) == {PERMIT: 1}


def test_listeners_are_unique_ip_and_agent(tmp_path, media):
    snow = media[SNOW].size_bytes
    from podcast.stats.ingest import ingest_logs
    from podcast.stats.report import build_report

    days = [T + dt.timedelta(days=d) for d in range(3)]
    log = "".join(combined("203.0.113.20", d, f"/media/{SNOW}.mp3", 200, snow)
                  for d in days)
    log += combined("203.0.113.21", T, f"/media/{SNOW}.mp3", 200, snow)
    (tmp_path / "a.log").write_text(log)
    ingest_logs([tmp_path / "a.log"], tmp_path / "db.sqlite", media=media)
    report = build_report(tmp_path / "db.sqlite")
    assert [(r.key, r.downloads, r.listeners) for r in report.rows if r.downloads] == [
        (SNOW, 4, 2)]
    by_day = build_report(tmp_path / "db.sqlite", by="day")
    assert [(r.key, r.downloads, r.listeners) for r in by_day.rows] == [
        ("2026-10-05", 2, 2), ("2026-10-06", 1, 1), ("2026-10-07", 1, 1)]
    month = build_report(tmp_path / "db.sqlite", by="month", since="2026-10-06")
    assert [(r.key, r.downloads, r.listeners) for r in month.rows] == [("2026-10", 2, 1)]


def test_complete_response_with_empty_body_does_not_count(tmp_path, media):
    log = combined("203.0.113.30", T, f"/media/{SNOW}.mp3", 200, 0)
    log += combined("203.0.113.31", T, f"/media/{SNOW}.mp3", 200, "-")
    assert count(tmp_path, log, media) == {}


def test_media_without_known_size_counts_only_complete_responses(tmp_path, media):
    log = combined("203.0.113.32", T, "/media/nytt-avsnitt.mp3", 200, 5_000_000)
    log += combined("203.0.113.33", T, "/media/nytt-avsnitt.mp3", 206, 4_000_000)
    assert count(tmp_path, log, media) == {"nytt-avsnitt": 1}
