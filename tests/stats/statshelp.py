"""Helpers for the stats tests: small log builders and a one-call ingest + report."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
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


# --- the bulk sample: a few hundred requests whose downloads are known by construction --------
SPOTIFY = "Spotify/8.9.18 Android/34 (SM-S911B)"
APPLE_PODCASTS = "Podcasts/1.0 CFNetwork/1494.0.7 Darwin/23.4.0"
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/124.0 Safari/537.36")
PIXEL = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/124.0 Mobile Safari/537.36")
LISTENING_AGENTS = (IPHONE, OVERCAST, ADDICT, SPOTIFY, APPLE_PODCASTS, CHROME, PIXEL)
BOT_AGENTS = (GOOGLEBOT, "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
              "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "curl/8.5.0")
#: Lines that are no log line at all, appended at the end of both bulk files.
GARBAGE = ("", "this is not a log line", '1.2.3.4 - - [99/Foo/2026:99:99:99 +0000] "GET', " ")

#: Session kinds and how many downloads each adds under the IAB rules (calendar-day window):
#: every session has its own client address, so sessions never merge.
SESSION_DOWNLOADS = {
    "full": 1,         # one complete GET (200, the whole file)
    "ranges": 1,       # 2–4 ranges (206) within minutes that add up to the threshold
    "probe+full": 1,   # a 2-byte probe (never counts) then the whole file
    "repeat": 1,       # the whole file 2–3 times on one UTC day: one download
    "two-days": 2,     # the whole file on two UTC days: two downloads
    "ipv6": 1,         # the whole file from 2–3 addresses of one IPv6 /64: one client
    "query": 1,        # the whole file with a query string (?_from=webb)
    "below": 0,        # one range of threshold - 1 bytes
    "head": 0,         # HEAD never counts
    "not-modified": 0,  # 304
    "error": 0,        # 403 / 404 / 500
    "bot": 0,          # a crawler's agent
    "watch": 0,        # Apple Watch duplicate of the phone's download
    "empty-agent": 0,  # no user agent
    "page": 0,         # the feed or an episode page, not media
}


@dataclass(frozen=True)
class Request:
    """One request of the bulk sample (``when`` in UTC)."""

    ip: str
    when: dt.datetime
    method: str
    path: str
    status: int
    nbytes: int
    ua: str


def bulk_sample(media: dict[str, EpisodeMedia], seed: int = 7, sessions: int = 160
                ) -> tuple[list[Request], dict[str, int]]:
    """Requests of ``sessions`` listening sessions from 1 Oct to 30 Nov 2026 (UTC times 02–23),
    sorted by time, and the downloads per episode they must give (from
    :data:`SESSION_DOWNLOADS`, not from running the counter)."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 10, 1, tzinfo=UTC)
    kinds = list(SESSION_DOWNLOADS)
    expected = dict.fromkeys(sorted(media), 0)
    out: list[Request] = []
    for n in range(sessions):
        episode = rng.choice(sorted(media))
        m = media[episode]
        kind = kinds[n % len(kinds)] if n < len(kinds) else rng.choice(kinds)
        if kind == "ranges" and m.threshold_bytes >= m.size_bytes:
            kind = "full"  # a short episode needs the whole file in one piece here
        when = start + dt.timedelta(days=rng.randrange(60), hours=rng.randint(2, 19),
                                    minutes=rng.randrange(60), seconds=rng.randrange(60))
        ip = f"10.{n // 250}.{n % 250}.{rng.randint(1, 254)}"
        ua = rng.choice(LISTENING_AGENTS)
        path = f"/media/{episode}.mp3"
        size, need = m.size_bytes, m.threshold_bytes

        def add(at: dt.datetime, nbytes: int = size, status: int = 200, method: str = "GET",
                agent: str = ua, address: str = ip, target: str = path) -> None:
            out.append(Request(address, at, method, target, status, nbytes, agent))

        minute = dt.timedelta(minutes=1)
        if kind in ("full", "bot", "watch", "empty-agent"):
            add(when, agent={"bot": rng.choice(BOT_AGENTS), "watch": WATCH,
                             "empty-agent": "-"}.get(kind, ua))
        elif kind == "ranges":
            parts = rng.randint(2, 4)
            for i in range(parts):
                add(when + i * minute, need // parts + 1, 206)
        elif kind == "probe+full":
            add(when, 2, 206)
            add(when + minute, size)
        elif kind == "repeat":
            for i in range(rng.randint(2, 3)):
                add(when + i * dt.timedelta(minutes=40))
        elif kind == "two-days":
            add(when)
            add(when + dt.timedelta(days=1))
        elif kind == "ipv6":
            for i in range(rng.randint(2, 3)):
                add(when + i * minute, address=f"2001:db8:{n:x}:1::{i + 1}")
        elif kind == "query":
            add(when, target=f"{path}?_from=webb")
        elif kind == "below":
            add(when, need - 1, 206)
        elif kind == "head":
            add(when, 0, method="HEAD")
        elif kind == "not-modified":
            add(when, 0, 304)
        elif kind == "error":
            add(when, 0, rng.choice((403, 404, 500)))
        elif kind == "page":
            add(when, 5000, target=rng.choice(("/feed.xml", f"/avsnitt/{episode}/")))
        expected[episode] += SESSION_DOWNLOADS[kind]
    out.sort(key=lambda r: r.when)
    return out, {k: v for k, v in expected.items() if v}


def render_combined(requests: list[Request], seed: int = 7) -> str:
    """The requests as a combined log in local times (UTC, +01:00 or +02:00), then garbage."""
    rng = random.Random(seed)
    lines = []
    for r in requests:
        local = r.when.astimezone(dt.timezone(dt.timedelta(hours=rng.choice((0, 1, 2)))))
        lines.append(combined(r.ip, local, r.path, r.status, r.nbytes, r.ua, r.method))
    return "".join(lines) + "".join(g + "\n" for g in GARBAGE)


def render_s3(requests: list[Request], media: dict[str, EpisodeMedia]) -> str:
    """The same requests as an S3 server access log (UTC), then the same garbage."""
    lines = []
    for i, r in enumerate(requests):
        key = r.path.partition("?")[0].lstrip("/")
        episode = key.removeprefix("media/").removesuffix(".mp3")
        size = media[episode].size_bytes if episode in media else r.nbytes
        sent = str(r.nbytes) if r.nbytes and r.status < 300 else "-"
        error = {403: "AccessDenied", 404: "NoSuchKey", 500: "InternalError"}.get(r.status, "-")
        lines.append(
            f"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be podd "
            f"[{clf(r.when)}] {r.ip} - {i:016X} REST.{r.method}.OBJECT {key} "
            f"\"{r.method} {r.path} HTTP/1.1\" {r.status} {error} {sent} {size} 12 10 \"-\" "
            f"\"{r.ua}\" - hostid= SigV4 ECDHE-RSA-AES128-GCM-SHA256 - "
            f"podd.s3.eu-north-1.amazonaws.com TLSv1.3 - - eu-north-1\n")
    return "".join(lines) + "".join(g + "\n" for g in GARBAGE)


def edge_fields(media: dict[str, EpisodeMedia]) -> dict[str, int]:
    """Byte counts for the placeholders of ``tests/data/accesslogs/edge-access.log.in``."""
    snow, permit, short = media[SNOW], media[PERMIT], media[SHORT]
    return {"snow": snow.size_bytes, "permit": permit.size_bytes, "short": short.size_bytes,
            "permit_third": permit.threshold_bytes // 3 + 1,
            "permit_half": permit.threshold_bytes // 2,
            "short_almost": short.size_bytes - 1000}
