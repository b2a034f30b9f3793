"""A small show for the review tests: a real MP3 (ffmpeg), its build metadata and a machine
transcript with word times, probabilities and doubtful marks, written the way
``podcast transcribe`` writes it (so the transcript counts as not edited)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from podcast.media import MediaInfo, write_media_info
from podcast.transcribe.run import episode_audio, write_outputs
from podcast.transcript import Segment, Transcript, Word, edits
from podcast.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
COVER = REPO / "podcast" / "data" / "cover.jpg"
CLOCK = dt.datetime(2026, 3, 2, 9, 15, 30, tzinfo=dt.UTC)

CONFIG = """\
[show]
title = "Granskningspodden"
description = "Testshow för granskningssteget."
author = "Exempelby kommun"
owner_email = "podd@exempelby.se"
base_url = "https://podd.exempelby.se/"
language = "{language}"
artwork = "cover.jpg"
hosts = [{{ name = "Anna Andersson", role = "host" }}]

[transcription]
language = "sv"
"""

EPISODE = """\
---
title: Snöröjning
date: 2026-01-15T07:00:00
number: 1
guests:
  - name: Bertil Berg
    role: guest
---

Om snöröjning.
"""

#: (start, end, speaker, [(word, probability)]) — words under 0.3 are doubtful.
SEGMENTS = [
    (0.0, 4.0, "Anna Andersson", [("Välkommen", 0.95), ("till", 0.97), ("podden", 0.9),
                                  ("om", 0.96), ("snöröjning.", 0.88)]),
    (4.0, 9.0, "Anna Andersson", [("Med", 0.93), ("mig", 0.95), ("har", 0.94), ("jag", 0.97),
                                  ("Bertil", 0.21), ("Berg.", 0.6)]),
    (9.0, 15.0, "Anna Andersson", [("Vi", 0.9), ("plogar", 0.12), ("huvudgatorna", 0.8),
                                   ("först.", 0.9), ("Sedan", 0.9), ("kommer", 0.9),
                                   ("plogvallen", 0.25), ("vid", 0.9), ("infarten.", 0.9)]),
    (15.0, 20.0, "Anna Andersson", [("Tack", 0.95), ("för", 0.96), ("att", 0.97),
                                    ("ni", 0.95), ("lyssnat.", 0.29)]),
]


def make_mp3(path: Path, seconds: float) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency=220:sample_rate=22050:duration={seconds}",
                    "-ac", "1", "-b:a", "32k", "-map_metadata", "-1", str(path)], check=True)


def machine_transcript(segments=SEGMENTS) -> Transcript:
    out = []
    for start, end, speaker, words in segments:
        step = (end - start) / len(words)
        ws = [Word(start=round(start + i * step, 3), end=round(start + (i + 1) * step, 3),
                   text=w, probability=p, doubtful=p < 0.3) for i, (w, p) in enumerate(words)]
        probs = [p for _, p in words]
        out.append(Segment(start=start, end=end, text=" ".join(w for w, _ in words),
                           speaker=speaker, words=ws, doubtful=sum(probs) / len(probs) < 0.5))
    return Transcript(segments=out, language="sv")


def make_review_show(root: Path, *, language: str = "sv", seconds: float = 20.0,
                     transcript: Transcript | None = None, slug: str = "snorojning") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "podcast.toml").write_text(CONFIG.format(language=language), encoding="utf-8")
    shutil.copyfile(COVER, root / "cover.jpg")
    folder = root / "episodes" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "episode.md").write_text(EPISODE, encoding="utf-8")
    audio_dir = root / "build" / "audio"
    audio_dir.mkdir(parents=True, exist_ok=True)
    mp3 = audio_dir / f"{slug}.mp3"
    make_mp3(mp3, seconds)
    write_media_info(audio_dir / f"{slug}.json", MediaInfo(
        slug=slug, file=mp3.name, size_bytes=mp3.stat().st_size, duration_seconds=seconds,
        bitrate_kbps=32, channels=1, sample_rate=22050))
    ws = Workspace.load(root)
    ep = ws.episode(slug)
    written = write_outputs(transcript or machine_transcript(), folder, "transcript")
    _audio, _offset, audio_hash = episode_audio(ws, ep)
    edits.write_state(folder, edits.TranscriptState(
        audio_sha256=audio_hash, settings="test", engine="faster-whisper", model="test",
        files={f: edits.file_sha256(p) for f, p in written.items()}))
    return root
