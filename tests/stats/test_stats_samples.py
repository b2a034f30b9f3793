"""The sample logs give exactly the expected downloads, in combined, S3 and CloudFront format
(the edge cases from tests/data/accesslogs, the bulk sample from statshelp.bulk_sample)."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.stats.ingest import ingest_logs
from podcast.stats.report import build_report


def _downloads(db: Path) -> dict[str, int]:
    return {r.key: r.downloads for r in build_report(db).rows}


def test_edge_cases_log(tmp_path, logs, media, expected):
    result = ingest_logs([logs / "edge-access.log"], tmp_path / "e.sqlite",
                         media=media)
    assert result.files[0].format == "combined"
    assert _downloads(tmp_path / "e.sqlite") == expected["edge"]


@pytest.mark.parametrize("name,fmt", [("combined-access.log.gz", "combined"),
                                      ("s3-access.log.gz", "s3")])
def test_bulk_logs(tmp_path, logs, media, expected, name, fmt):
    db = tmp_path / "bulk.sqlite"
    result = ingest_logs([logs / name], db, media=media)
    f = result.files[0]
    assert f.format == fmt
    assert f.lines == expected["lines"]
    n = expected["lines"]
    assert f.unparsable == 4 and f.bad_lines == [n - 3, n - 2, n - 1, n]
    assert _downloads(db) == expected["all"]


def test_both_formats_of_the_same_requests_agree_row_by_row(tmp_path, logs, media):
    rows = {}
    for name in ("combined-access.log.gz", "s3-access.log.gz"):
        db = tmp_path / f"{name}.sqlite"
        ingest_logs([logs / name], db, media=media)
        rows[name] = {by: [(r.key, r.downloads, r.listeners)
                           for r in build_report(db, by=by).rows]
                      for by in ("episode", "day", "app", "device")}
    assert rows["combined-access.log.gz"] == rows["s3-access.log.gz"]


def test_same_requests_in_two_formats_are_one_set_of_requests(tmp_path, logs, media,
                                                              expected):
    # The request fingerprint does not depend on the log format: ingesting both is harmless.
    db = tmp_path / "both.sqlite"
    first = ingest_logs([logs / "combined-access.log.gz"], db, media=media)
    second = ingest_logs([logs / "s3-access.log.gz"], db, media=media)
    assert first.files[0].new > 0 and second.files[0].new == 0
    assert _downloads(db) == expected["all"]


def test_the_same_requests_as_a_cloudfront_log(tmp_path, logs, media, expected):
    """The bulk combined log rewritten as a CloudFront standard log counts the same."""
    import calendar
    import gzip
    import re
    import time
    from urllib.parse import quote

    line_re = re.compile(r'(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+) "[^"]*" '
                         r'"([^"]*)"')
    fields = ("date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem "
              "sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type "
              "x-edge-request-id sc-range-start sc-range-end")
    out = ["#Version: 1.0\n", f"#Fields: {fields}\n"]
    text = gzip.decompress((logs / "combined-access.log.gz").read_bytes())
    for raw in text.decode("utf-8", "replace").splitlines():
        m = line_re.match(raw)
        if not m:
            out.append(raw + "\n")  # garbage stays garbage
            continue
        ip, stamp, method, target, status, nbytes, ua = m.groups()
        local = calendar.timegm(time.strptime(stamp[:20], "%d/%b/%Y:%H:%M:%S"))
        sign = 1 if stamp[21] == "+" else -1
        utc = local - sign * (int(stamp[22:24]) * 3600 + int(stamp[24:26]) * 60)
        when = time.gmtime(utc)
        path, _, query = target.partition("?")
        rs, re_ = ("0", "1") if status == "206" and int(nbytes) <= 2 else ("-", "-")
        out.append("\t".join([
            f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}",
            f"{when.tm_hour:02d}:{when.tm_min:02d}:{when.tm_sec:02d}", "ARN56-P1", nbytes, ip,
            method, "d1.cloudfront.net", path, status, "-",
            quote(ua, safe="/;:,()+=") if ua and ua != "-" else "-", query or "-", "-", "Hit",
            "id", rs, re_]) + "\n")
    log = tmp_path / "E2ABC.2026-11-09-00.abcdef12.gz"
    log.write_bytes(gzip.compress("".join(out).encode()))
    db = tmp_path / "cf.sqlite"
    result = ingest_logs([log], db, media=media)
    assert result.files[0].format == "cloudfront"
    assert result.files[0].unparsable == 4
    assert _downloads(db) == expected["all"]
