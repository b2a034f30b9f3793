"""Benchmark: ``podcast build`` of a 500-episode show (goals: full ≤ 10 s, no-op ≤ 1 s).

Generates a synthetic show (500 episodes, each with show notes, chapters, a 150-line
transcript, fixed MediaInfo and a small placeholder MP3), then times:

- a full build into an empty site folder (feed, 500+ pages, transcripts, Pagefind index),
- a no-op rebuild (nothing changed),
- a rebuild after one episode's notes changed.

Anchors measured in the same run: loading the workspace (parsing every episode.md — work any
build must do) and Pagefind alone indexing the finished site.

The transcripts are written the way ``podcast transcribe`` writes them (every format and the
state file), which the site publishes as they are. ``--hand-made`` gives each episode only a
``transcript.json`` from elsewhere, which the site must render (caption layout included).

    python scripts/bench/site_build.py [--episodes 500] [--segments 150] [--hand-made]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout, not another

from podcast.fsutil import file_sha256
from podcast.media import MediaChapter, MediaInfo, write_media_info
from podcast.site import build_site
from podcast.transcribe.run import write_outputs
from podcast.transcript import edits
from podcast.transcript.model import read_transcript_json
from podcast.transcript.render import rendering_id
from podcast.workspace import Workspace

WORDS = ("snöröjning plogvall bygglov altan staket sophämtning förskola parkering kommunen "
         "kontaktcenter invånare vägar cykel busskort felanmälan ansökan avgift").split()

CONFIG = """\
[show]
title = "Benchpodden"
description = "En syntetisk show för prestandamätning."
author = "Exempelby kommun"
owner_email = "podd@exempelby.se"
base_url = "https://podd.exempelby.se/"
language = "sv"
"""


def make_show(root: Path, episodes: int, segments: int, *, hand_made: bool = False) -> None:
    root.mkdir(parents=True)
    (root / "podcast.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copyfile(Path(__file__).resolve().parents[2] / "podcast/data/cover.jpg",
                    root / "cover.jpg")
    audio = root / "build" / "audio"
    audio.mkdir(parents=True)
    start = dt.datetime(2020, 1, 1, 7)
    for i in range(episodes):
        slug = f"avsnitt-{i:04d}"
        folder = root / "episodes" / slug
        folder.mkdir(parents=True)
        date = start + dt.timedelta(days=3 * i)
        theme = WORDS[i % len(WORDS)]
        (folder / "episode.md").write_text(
            f"---\ntitle: Avsnitt {i} om {theme}\ndate: {date.isoformat()}\nnumber: {i + 1}\n"
            f"themes: [{theme}, {WORDS[(i * 7) % len(WORDS)]}]\n"
            "chapters:\n  - {start: '00:00', title: Inledning}\n"
            "  - {start: '10:00', title: Frågor}\n---\n\n"
            f"Vi pratar om **{theme}** och svarar på frågor.\n\n- [Mer](https://exempelby.se/)\n",
            encoding="utf-8")
        segs = []
        for s in range(segments):
            text = " ".join(WORDS[(i + s + k) % len(WORDS)] for k in range(14))
            segs.append({"speaker": "Anna" if s % 2 else "Bertil", "startTime": s * 12.0,
                         "endTime": s * 12.0 + 11.5, "body": text.capitalize() + "."})
        data = {"version": "1.0.0", "segments": segs}
        (folder / "transcript.json").write_text(json.dumps(data, ensure_ascii=False),
                                                encoding="utf-8")
        if not hand_made:  # as podcast transcribe leaves the folder
            transcript = read_transcript_json(folder / "transcript.json")
            transcript.language = "sv"
            written = write_outputs(transcript, folder, "transcript")
            edits.write_state(folder, edits.TranscriptState(
                files={f: file_sha256(p) for f, p in written.items()},
                rendering=rendering_id()))
        mp3 = audio / f"{slug}.mp3"
        mp3.write_bytes(bytes(20_000 + i))
        write_media_info(audio / f"{slug}.json", MediaInfo(
            slug=slug, file=mp3.name, size_bytes=mp3.stat().st_size,
            duration_seconds=segments * 12.0,
            chapters=[MediaChapter(0.0, "Inledning"), MediaChapter(600.0, "Frågor")]))


CPU: dict[str, float] = {}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (workers, Pagefind)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn, label: str | None = None) -> float:
    c0 = _cpu()
    t0 = time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    if label:
        CPU[label] = _cpu() - c0
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--episodes", type=int, default=500)
    ap.add_argument("--segments", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3, help="no-op rebuild repetitions")
    ap.add_argument("--hand-made", action="store_true",
                    help="transcript.json only (the site renders every format)")
    args = ap.parse_args()
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "show"
        make_show(root, args.episodes, args.segments, hand_made=args.hand_made)

        def load() -> Workspace:
            ws = Workspace.load(root)
            ws.episodes()
            return ws

        anchor_load = statistics.median(timed(load, "load") for _ in range(3))
        ws = load()
        full = timed(lambda: build_site(Workspace.load(root), now=now), "full")
        pages = sum(1 for _ in ws.site_dir.rglob("*.html"))
        noops = [timed(lambda: build_site(Workspace.load(root), now=now), "noop")
                 for _ in range(args.repeat)]
        noop = statistics.median(noops)
        result = build_site(Workspace.load(root), now=now)
        assert not result.written and not result.search_indexed, "no-op rebuild wrote files"
        md = root / "episodes" / f"avsnitt-{args.episodes // 2:04d}" / "episode.md"
        md.write_text(md.read_text(encoding="utf-8") + "\nTillägg.\n", encoding="utf-8")
        one = timed(lambda: build_site(Workspace.load(root), now=now))
        staging = Path(tmp) / "pf"
        anchor_pagefind = timed(lambda: subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(ws.site_dir), "--output-path",
             str(staging), "--silent"], check=True), "pagefind")
        no_search = timed(lambda: build_site(Workspace.load(root), now=now, search=False))
        shutil.rmtree(ws.site_dir)
        (ws.cache_dir / "site-manifest.json").unlink()
        full_no_search = timed(lambda: build_site(Workspace.load(root), now=now, search=False),
                               "full_no_search")

    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average (1 min) {load:.1f} at the end")
    print(f"show: {args.episodes} episodes x {args.segments} transcript lines, {pages} pages, "
          + ("hand-made transcript.json only" if args.hand_made
             else "transcripts as podcast transcribe writes them"))
    print(f"anchor  load workspace (parse every episode.md): {anchor_load:7.3f} s")
    print(f"anchor  Pagefind alone on the built site:          {anchor_pagefind:7.3f} s")
    print(f"full build (incl. search index):   {full:7.3f} s  = {full / anchor_load:5.1f}x load, "
          f"{full / anchor_pagefind:4.1f}x Pagefind, goal <= 10 s: "
          f"{'OK' if full <= 10 else 'MISSED'}")
    print(f"full build without search index:  {full_no_search:7.3f} s")
    print(f"no-op rebuild (median of {args.repeat}):    {noop:7.3f} s  = "
          f"{noop / anchor_load:5.2f}x load, goal <= 1 s: {'OK' if noop <= 1 else 'MISSED'}")
    print(f"one episode changed (incl. index): {one:7.3f} s  = {one / anchor_load:5.2f}x load")
    print(f"rebuild, no change, search skipped: {no_search:6.3f} s")
    print("CPU seconds (this process + workers + Pagefind; less sensitive to other load): "
          + ", ".join(f"{k} {v:.2f}" for k, v in CPU.items()))
    if load > (os.cpu_count() or 1):
        print("note: the machine was busy (load above the CPU count): wall times are inflated;"
              " compare the ratios and CPU seconds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
