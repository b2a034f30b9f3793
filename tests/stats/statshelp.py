"""Helpers for the stats tests: small log builders and a one-call ingest + report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from podcast.stats.ingest import ingest_logs
from podcast.stats.report import build_report
from podcast.stats.thresholds import EpisodeMedia

SNOW = "snorojning-pa-vintern"   # 20 min
PERMIT = "bygglov-attefall"      # 5 min
SHORT = "kort-info"              # 45 s
IPHONE = "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; sv_se)"
OVERCAST = "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)"
ADDICT = "PodcastAddict/v5 (+https://podcastaddict.com/; Android podcast app)"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
WATCH = "atc/1.0 watchOS/10.4 model/Watch6,1 hwp/t8301 build/21T216 (6; dt:279)"

UTC = dt.UTC
S3_KEY, S3_SECRET = "stats-test", "stats-test-secret"


def clf(when: dt.datetime) -> str:
    return when.strftime("%d/%b/%Y:%H:%M:%S %z")


def combined(ip: str, when: dt.datetime, path: str, status: int = 200, nbytes: int | str = 0,
             ua: str = IPHONE, method: str = "GET") -> str:
    """One nginx/Apache combined log line."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (f'{ip} - - [{clf(when)}] "{method} {path} HTTP/1.1" {status} {nbytes} "-" '
            f'"{ua}"\n')


def s3_line(ip: str, when: dt.datetime, key: str, status: int = 200, nbytes: int | str = 0,
            ua: str = IPHONE, method: str = "GET", size: int = 0) -> str:
    """One S3 server access log line (with a few of the newer trailing fields)."""
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    op = f"REST.{method}.OBJECT"
    return (f"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be podd "
            f"[{clf(when)}] {ip} - 3E33DE982DBDD3EE {op} {key} \"{method} /{key} HTTP/1.1\" "
            f"{status} - {nbytes} {size} 12 10 \"-\" \"{ua}\" - hostid= SigV4 "
            f"ECDHE-RSA-AES128-GCM-SHA256 - podd.s3.eu-north-1.amazonaws.com TLSv1.3 - - "
            f"eu-north-1\n")


def count(tmp_path: Path, text: str, media: dict[str, EpisodeMedia], *,
          window: str = "calendar", name: str = "access.log") -> dict[str, int]:
    """Ingest ``text`` as one log into a fresh database; downloads per episode."""
    log = tmp_path / name
    log.write_text(text, encoding="utf-8")
    db = tmp_path / f"{name}.sqlite"
    ingest_logs([log], db, media=media)
    report = build_report(db, window=window)
    return {r.key: r.downloads for r in report.rows if r.downloads}
