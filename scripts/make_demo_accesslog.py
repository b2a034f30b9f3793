#!/usr/bin/env python3
"""Write a simulated media-server access log for the demo show (combined log format).

The demo has no real listeners, so ``scripts/demo`` makes a seeded, clearly simulated log of
requests for the built MP3s — complete downloads, app range requests, 2-byte probes, bots and
repeat downloads — and feeds it to ``podcast stats``. Byte counts come from the built files.

    python scripts/make_demo_accesslog.py build/audio build/demo-access.log
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

AGENTS = [
    "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; sv_se)",
    "Podcasts/1.1.0 (iPhone; iOS 17.4)",
    "Spotify/8.9.26 Android/34 (SM-S911B)",
    "AntennaPod/3.4.0",
    "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
]
BOTS = ["Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"]


def main(media_dir: Path, out: Path, seed: int = 2026) -> None:
    rng = random.Random(seed)
    files = sorted(media_dir.glob("*.mp3"))
    if not files:
        raise SystemExit(f"no MP3 files in {media_dir}: run 'podcast run' first")
    start = dt.datetime(2026, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    lines = []
    for i in range(600):
        path = rng.choice(files)
        size = path.stat().st_size
        when = start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
        ip = f"198.51.100.{rng.randrange(1, 120)}"
        agent = rng.choice(BOTS) if rng.random() < 0.05 else rng.choice(AGENTS)
        kind = rng.random()
        if kind < 0.1:
            status, sent = 206, 2  # a 2-byte probe ("bytes=0-1")
        elif kind < 0.5:
            status, sent = 206, rng.randrange(size // 3, size)  # an app streaming part of it
        elif kind < 0.55:
            status, sent = 304, 0
        else:
            status, sent = 200, size
        stamp = when.strftime("%d/%b/%Y:%H:%M:%S %z")
        lines.append((when, f'{ip} - - [{stamp}] "GET /media/{path.name} HTTP/1.1" {status} '
                            f'{sent} "-" "{agent}"'))
        if i % 97 == 0:
            lines.append((when, f'{ip} - - [{stamp}] "GET /media/{path.name} HT'))  # cut line
    lines.sort(key=lambda item: item[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for _, line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} simulated requests to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
