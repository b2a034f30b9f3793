"""Log readers: combined, S3, CloudFront; gzip; detection; garbage lines."""

from __future__ import annotations

import calendar
import gzip

import pytest

from podcast.errors import InputError
from podcast.stats import formats
from podcast.stats.formats import detect_format, read_log
from podcast.stats.ingest import ingest_logs
from podcast.stats.thresholds import EpisodeMedia

IPHONE = "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; sv_se)"


def _hits(path, fmt="auto"):
    detected, hits, stats = read_log(path, fmt)
    return detected, list(hits), stats


def _epoch(*args) -> int:
    return calendar.timegm(args)


def test_combined_time_zones_escapes_and_ipv6(tmp_path):
    log = tmp_path / "access.log"
    log.write_text(
        '198.51.100.7 - - [01/Oct/2026:00:30:00 +0200] "GET /media/a.mp3 HTTP/1.1" 200 100 '
        f'"-" "{IPHONE}"\n'
        '198.51.100.8 - - [31/Dec/2026:23:30:00 -0130] "GET /media/b%20c.mp3?x=1 HTTP/2.0" '
        '206 5 "https://example.se/" "Mozilla/5.0 \\"quoted\\" \\xC3\\xA5"\n'
        '2001:db8::1 - jane [01/Oct/2026:10:00:00 +0000] "HEAD /media/a.mp3 HTTP/1.1" 200 0 '
        '"-" "-"\n'
        '2001:db8::2 - - [01/Oct/2026:10:00:00 +0000] "GET /media/a.mp3 HTTP/1.1" 206 2 "-" '
        '"-"\n', encoding="utf-8")
    fmt, hits, stats = _hits(log)
    assert fmt == "combined"
    assert stats.lines == 4 and stats.unparsable == 0 and stats.other == 1
    a, b, probe = hits
    assert a.ts == _epoch(2026, 9, 30, 22, 30, 0)  # +0200 → UTC, previous day
    assert (a.ip, a.path, a.status, a.nbytes, a.ua, a.probe) == (
        "198.51.100.7", "/media/a.mp3", 200, 100, IPHONE, False)
    assert b.ts == _epoch(2027, 1, 1, 1, 0, 0)  # -0130 → UTC, next year
    assert b.path == "/media/b c.mp3"
    assert b.ua == 'Mozilla/5.0 "quoted" å'
    assert probe.ip == "2001:db8::2" and probe.probe and probe.ua == ""


def test_s3_positional_fields_and_trailing_fields(tmp_path):
    base = ('79a59df9 podd [03/Nov/2026:05:49:22 +0000] 10.0.185.143 - A56A REST.GET.OBJECT '
            'media/snow.mp3 "GET /media/snow.mp3 HTTP/1.1" {status} - {sent} 9603013 12 10 "-" '
            '"{ua}" - hostid SigV4 ECDHE-RSA-AES128-GCM-SHA256 - host TLSv1.3 - -')
    lines = [
        base.format(status=206, sent=5178480, ua=IPHONE) + " eu-north-1 future-field\n",
        base.format(status=200, sent=9603013, ua="-") + "\n",
        base.format(status=304, sent="-", ua=IPHONE).replace("REST.GET", "REST.GET") + "\n",
        base.format(status=206, sent=2, ua=IPHONE) + "\n",
        'not an s3 line at all\n',
    ]
    log = tmp_path / "s3.log"
    log.write_text("".join(lines), encoding="utf-8")
    fmt, hits, stats = _hits(log)
    assert fmt == "s3"
    assert stats.lines == 5 and stats.unparsable == 1 and stats.bad_lines == [5]
    assert stats.other == 1
    first, second, probe = hits
    assert first.ts == _epoch(2026, 11, 3, 5, 49, 22)
    assert (first.ip, first.path, first.status, first.nbytes, first.ua) == (
        "10.0.185.143", "/media/snow.mp3", 206, 5178480, IPHONE)
    assert second.ua == "" and second.nbytes == 9603013
    assert probe.probe


CF_HEADER = ("#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method "
             "cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) "
             "x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken "
             "x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type "
             "cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte "
             "x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start "
             "sc-range-end\n")


def _cf(date, time, nbytes, ip, method, path, status, ua, rs="-", re_="-"):
    fields = [date, time, "ARN56-P1", str(nbytes), ip, method, "d1.cloudfront.net", path,
              str(status), "-", ua, "-", "-", "Hit", "reqid", "podd.example.se", "https", "200",
              "0.01", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "Hit", "HTTP/2.0", "-", "-",
              "443", "0.01", "Hit", "audio/mpeg", str(nbytes), rs, re_]
    return "\t".join(fields) + "\n"


def test_cloudfront_fields_header_encoded_agent_and_ranges(tmp_path):
    ua = "AppleCoreMedia/1.0.0.21E236%20(iPhone;%20U;%20CPU%20OS%2017_4%20like%20Mac%20OS%20X)"
    log = tmp_path / "E2ABC.2026-10-01-10.a1b2c3"
    log.write_text(
        CF_HEADER
        + _cf("2026-10-01", "10:00:00", 9603400, "2001:db8::7", "GET", "/media/snow.mp3", 200,
              ua)
        + _cf("2026-10-01", "10:00:01", 420, "2001:db8::7", "GET", "/media/snow.mp3", 206, ua,
              "0", "1")
        + _cf("2026-10-01", "10:00:02", 500400, "2001:db8::7", "GET", "/media/snow.mp3", 206,
              ua, "0", "499999")
        + _cf("2026-10-01", "10:00:03", 400, "2001:db8::7", "HEAD", "/media/snow.mp3", 200, ua)
        + "garbage\tline\n", encoding="utf-8")
    fmt, hits, stats = _hits(log)
    assert fmt == "cloudfront"
    assert stats.unparsable == 1 and stats.bad_lines == [7] and stats.other == 1
    full, probe, ranged = hits
    assert full.ts == _epoch(2026, 10, 1, 10, 0, 0) and full.ip == "2001:db8::7"
    assert full.ua.startswith("AppleCoreMedia/1.0.0.21E236 (iPhone; U;")
    assert probe.probe and not ranged.probe
    assert ranged.nbytes == 500000  # sc-bytes includes headers; the range length does not


def test_gzip_is_detected_by_content_not_name(tmp_path):
    text = ('203.0.113.1 - - [01/Oct/2026:10:00:00 +0000] "GET /media/a.mp3 HTTP/1.1" 200 9 '
            '"-" "x"\n')
    packed = tmp_path / "access.log.1"  # no .gz suffix
    packed.write_bytes(gzip.compress(text.encode()))
    fmt, hits, stats = _hits(packed)
    assert fmt == "combined" and len(hits) == 1 and stats.lines == 1


def test_garbage_lines_are_counted_with_their_line_numbers(tmp_path):
    good = ('203.0.113.1 - - [01/Oct/2026:10:00:00 +0000] "GET /media/a.mp3 HTTP/1.1" 200 9 '
            '"-" "x"\n')
    bad = ["\n", "this is not a log line\n",
           '1.2.3.4 - - [99/Foo/2026:99:99:99 +0000] "GET\n', "\x00\x01\x02\n",
           '1.2.3.4 - - [31/Feb/2026:10:00:00 +0000] "GET /a.mp3 HTTP/1.1" 200 9 "-" "x"\n',
           '1.2.3.4 - - [01/Oct/2026:25:00:00 +0000] "GET /a.mp3 HTTP/1.1" 200 9 "-" "x"\n',
           "more garbage\n"]
    log = tmp_path / "mixed.log"
    log.write_bytes((good * 3 + "".join(bad) + good).encode() + b"\xff\xfe broken utf8\n")
    fmt, hits, stats = _hits(log)
    assert fmt == "combined"
    assert len(hits) == 4
    assert stats.unparsable == 8
    assert stats.bad_lines == [4, 5, 6, 7, 8]  # the first five are kept


def test_detection_and_forced_format(tmp_path, logs):
    assert read_log(logs / "edge-access.log")[0] == "combined"
    assert read_log(logs / "s3-access.log.gz")[0] == "s3"
    assert detect_format([CF_HEADER]) == "cloudfront"
    assert detect_format(["hello\n"]) is None
    # Forcing the wrong format makes every line unparsable, never a crash.
    fmt, hits, stats = _hits(logs / "edge-access.log", "s3")
    assert fmt == "s3" and hits == [] and stats.unparsable == stats.lines == 30


def test_unknown_files_and_formats_fail_with_the_file_name(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("dear diary\n")
    with pytest.raises(InputError, match="notes.txt"):
        read_log(junk)
    with pytest.raises(InputError, match="unknown log format"):
        read_log(junk, "w3c")
    with pytest.raises(InputError, match="not found"):
        read_log(tmp_path / "missing.log")


def test_truncated_gzip_is_an_input_error(tmp_path):
    line = ('203.0.113.1 - - [01/Oct/2026:10:00:00 +0000] "GET /media/a.mp3 HTTP/1.1" 200 9 '
            '"-" "x"\n')
    data = gzip.compress((line * 5000).encode())
    cut = tmp_path / "cut.log.gz"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="cut.log.gz"):
        _hits(cut)


def test_large_combined_log_across_chunks(tmp_path):
    # > 3 chunks of 1 MB; garbage in the second and third; no newline at the very end.
    import random

    rng = random.Random(3)
    lines, bad = [], []
    for i in range(1, 36001):
        if i in (9000, 9001, 15000, 31000):
            lines.append("garbage " * rng.randrange(1, 5))
            bad.append(i)
        else:
            lines.append(f'10.0.{i % 200}.{i % 250} - - [01/Oct/2026:10:{i % 60:02d}:00 +0200] '
                         f'"GET /media/ep{i % 7}.mp3 HTTP/1.1" {200 if i % 3 else 304} {i} '
                         f'"-" "App/{i % 11} (x)"')
    log = tmp_path / "big.log"
    log.write_text("\n".join(lines), encoding="utf-8")  # last line has no newline
    assert log.stat().st_size > 3 * (1 << 20)
    fmt, hits, stats = _hits(log)
    assert stats.lines == 36000 and stats.unparsable == 4 and stats.bad_lines == bad
    expected = [i for i in range(1, 36001) if i not in bad and i % 3]
    assert [h.line for h in hits] == expected
    assert all(h.nbytes == h.line and h.path == f"/media/ep{h.line % 7}.mp3" for h in hits)
    assert hits[-1].line == 35999 and stats.other == 36000 - 4 - len(expected)


def test_read_log_and_ingest_share_one_combined_parser(tmp_path, monkeypatch):
    """``read_log`` is built on the parser ingest ships (issue #16): the same lines are
    rejected for the same reasons, and ingest's requests, probes and other files are exactly
    read_log's hits."""
    lines = []
    for i in range(1, 3001):
        path = ("/media/a.mp3", "/feed.xml", "/media/b.mp3?x=1")[i % 3]
        status = (200, 206, 304, 404)[i % 4]
        nbytes = (2, 5000, "-", "9" * 13)[i % 7 % 4]
        lines.append(f'10.0.{i % 9}.{i % 250} - - [01/Oct/2026:10:{i % 60:02d}:{i % 61:02d} '
                     f'+0200] "{"HEAD" if i % 11 == 0 else "GET"} {path} HTTP/1.1" {status} '
                     f'{nbytes} "-" "App/{i % 5}"\n')
        if i % 500 == 0:
            lines.append("garbage\n")
    log = tmp_path / "mixed.log"
    log.write_text("".join(lines), encoding="utf-8")
    calls = []
    real = formats.parse_combined_chunk
    monkeypatch.setattr(formats, "parse_combined_chunk",
                        lambda *a, **k: calls.append(k) or real(*a, **k))
    fmt, hits, stats = _hits(log)
    assert calls == [{"every_get": True}]  # read_log went through the shared parser
    media = {s: EpisodeMedia(s, 100_000, 1000, 60.0) for s in ("a", "b")}
    f = ingest_logs([log], tmp_path / "s.sqlite", media=media, parallel=False).files[0]
    assert (f.lines, f.unparsable, f.bad_lines, dict(f.rejected), f.other) == (
        stats.lines, stats.unparsable, stats.bad_lines, dict(stats.reasons), stats.other)
    assert f.candidates + f.probes + f.not_media == len(hits)
    assert f.candidates == sum(1 for h in hits if h.path.endswith(".mp3") and not h.probe)
    assert f.probes == sum(1 for h in hits if h.path.endswith(".mp3") and h.probe)
    assert stats.reasons["byte count too large"] > 0 and stats.other > 0
