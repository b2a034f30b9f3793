"""A small, fixed Swedish show for the feed/site tests (written by the tests, not copied).

MediaInfo and transcripts are written here with fixed values so that golden files do not
depend on ffmpeg or Whisper output. ``audio="real"`` makes a real, seekable MP3 with ffmpeg
(for the browser tests); ``audio="fixed"`` writes deterministic placeholder bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

from podcast.media import MediaChapter, MediaInfo, write_media_info

REPO = Path(__file__).resolve().parents[2]
COVER = REPO / "podcast" / "data" / "cover.jpg"
GOLDEN = Path(__file__).parent / "golden"
#: The build time of the tests: after both published episodes, before the scheduled one.
NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)

CONFIG = """\
[show]
title = "Kommuncenterpodden"
description = \"\"\"Kommunens kontaktcenter svarar på de frågor invånarna ställer oftast.

Ett nytt avsnitt varje månad om snöröjning, bygglov, avfall och annat som rör vardagen.\"\"\"
author = "Exempelby kommun"
owner_name = "Exempelby kommun, kontaktcenter"
owner_email = "podd@exempelby.se"
base_url = "https://podd.exempelby.se/"
language = "{language}"
artwork = "cover.jpg"
category = "Government"
explicit = false
type = "episodic"
copyright = "© 2026 Exempelby kommun"
hosts = [{{ name = "Anna Andersson", role = "host", href = "https://exempelby.se/anna" }}]
contact_url = "https://exempelby.se/kontakt"

[site]
episodes_per_page = 10
accessibility_contact = "tillganglighet@exempelby.se"

[site.subscribe_links]
"Apple Podcasts" = "https://podcasts.apple.com/se/podcast/id000"
"Spotify" = "https://open.spotify.com/show/000"
"""

EP1 = """\
---
title: Snöröjning på vintern
date: 2026-01-15T07:00:00
number: 1
season: 1
description: Vem plogar din gata, i vilken ordning och vad gör du åt plogvallen?
guests:
  - name: Bertil Berg
    role: guest
themes: [Snöröjning, Gator och vägar]
chapters:
  - {{start: "00:00", title: Inledning}}
  - {{start: "01:00", title: Plogordning}}
  - {{start: "01:30", title: Plogvallen vid infarten}}
recordings: [rå.wav]
---

I det här avsnittet pratar vi om **snöröjning** med Bertil Berg från gatuenheten.

## Länkar

- [Snöröjning i kommunen](https://exempelby.se/snorojning)
- Felanmälan görs i appen.

<script>alert("x")</script>
"""

EP2 = """\
---
title: Bygglov för altan & staket
date: 2026-02-12T07:00:00
number: 2
season: 1
type: full
explicit: false
themes: [Bygglov]
---

Behöver du bygglov för en altan? Vi går igenom reglerna för *attefallsåtgärder*.
"""

EP3 = """\
---
title: Sophämtning i sommar
date: 2099-06-01
number: 3
themes: [Avfall]
---

Schemalagt avsnitt om sophämtning.
"""

EP4 = """\
---
title: Förskolekö
date: 2026-03-01
number: 4
---

Inspelat men inte bearbetat ännu.
"""

EP5 = """\
---
title: Utkast om parkering
date: 2026-01-01
draft: true
---

Utkast.
"""

EP1_SEGMENTS = [
    (0.0, 6.0, "Anna", "Välkommen till Kommuncenterpodden. I dag pratar vi om snöröjning."),
    (6.0, 14.0, "Anna", "Med mig har jag Bertil Berg från gatuenheten."),
    (14.0, 30.0, "Bertil", "Tack. Vi börjar alltid med huvudgatorna och bussgatorna."),
    (30.0, 60.0, "Bertil", "Sedan kommer gång- och cykelvägar, och sist villagatorna."),
    (60.0, 90.0, "Anna", "Många ringer och undrar varför deras gata plogas sist."),
    (90.0, 104.0, "Bertil", "Plogvallen vid infarten är tyvärr fastighetsägarens ansvar."),
    (104.0, 118.0, "Anna", "Tack Bertil, och tack alla som lyssnat."),
]

EP2_SEGMENTS = [
    (0.0, 10.0, None, "Hej och välkommen. I dag handlar det om bygglov för altaner."),
    (10.0, 25.0, None, "En altan lägre än 1,2 meter kräver oftast inget bygglov."),
    (25.0, 40.0, None, "Ett staket högre än 1,1 meter kan kräva bygglov."),
]


def transcript_json(segments) -> dict:
    out = []
    for start, end, speaker, body in segments:
        item = {"startTime": start, "endTime": end, "body": body}
        if speaker:
            item["speaker"] = speaker
        out.append(item)
    return {"version": "1.0.0", "segments": out}


def make_mp3(path: Path, seconds: float) -> None:
    """A real mono MP3 (tone at 32 kbps) made with ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency=220:sample_rate=22050:duration={seconds}",
                    "-ac", "1", "-b:a", "32k", "-map_metadata", "-1", str(path)], check=True)


def write_processed(show: Path, slug: str, seconds: float, audio: str,
                    chapters: list[MediaChapter] | None = None) -> MediaInfo:
    audio_dir = show / "build" / "audio"
    audio_dir.mkdir(parents=True, exist_ok=True)
    mp3 = audio_dir / f"{slug}.mp3"
    if audio == "real":
        make_mp3(mp3, seconds)
    else:
        n = 1000 + int(seconds * 100)
        mp3.write_bytes(bytes((i * 7 + len(slug)) % 256 for i in range(n)))
    info = MediaInfo(slug=slug, file=mp3.name, size_bytes=mp3.stat().st_size,
                     duration_seconds=seconds, bitrate_kbps=32, channels=1, sample_rate=22050,
                     chapters=chapters or [])
    write_media_info(audio_dir / f"{slug}.json", info)
    return info


def make_show(root: Path, *, language: str = "sv", audio: str = "fixed") -> Path:
    """Write the test show into ``root`` and return it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "podcast.toml").write_text(CONFIG.format(language=language), encoding="utf-8")
    shutil.copyfile(COVER, root / "cover.jpg")
    (root / "templates").mkdir(exist_ok=True)
    episodes = {"snorojning": EP1, "bygglov": EP2, "sophamtning": EP3, "forskolekö": EP4,
                "parkering": EP5}
    for slug, text in episodes.items():
        folder = root / "episodes" / slug.replace("ö", "o")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "episode.md").write_text(text.format(), encoding="utf-8")
    (root / "episodes" / "snorojning" / "transcript.json").write_text(
        json.dumps(transcript_json(EP1_SEGMENTS), ensure_ascii=False, indent=2),
        encoding="utf-8")
    write_processed(root, "snorojning", 118.0, audio)
    write_processed(root, "bygglov", 40.0, audio)
    return root


def add_bygglov_transcript(root: Path) -> None:
    (root / "episodes" / "bygglov" / "transcript.json").write_text(
        json.dumps(transcript_json(EP2_SEGMENTS), ensure_ascii=False, indent=2),
        encoding="utf-8")


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/site/golden/<name>; UPDATE_GOLDEN=1 rewrites the file."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)"


def wait_until(page, expression: str, timeout: float = 10.0) -> None:
    """Wait until the JavaScript ``expression`` is true on ``page``, polling from Python.

    Playwright's ``wait_for_function`` polls by evaluating a string inside the page, which the
    site's Content-Security-Policy (no 'unsafe-eval') blocks; ``page.evaluate`` is not blocked.
    """
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true after {timeout:.0f} s: {expression}")
        page.wait_for_timeout(100)
