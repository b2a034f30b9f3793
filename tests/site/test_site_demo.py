"""The repository's demo show: golden feed and episode page, built with an injected "now"
and fixed MediaInfo/transcripts written here (independent of ffmpeg and Whisper output)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from site_showkit import check_golden, transcript_json, write_processed

from podcast.media import MediaChapter
from podcast.site import build_site
from podcast.workspace import Workspace

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)  # episodes 1-2 are out, 3 is scheduled

SNOW = [
    (0.0, 9.5, "Sara Lind", "Hej och välkommen till Kommunpodden. I dag pratar vi snöröjning."),
    (9.5, 14.0, "Karin Berg", "Tack, roligt att vara här."),
    (14.0, 24.0, "Karin Berg", "Vi börjar ploga när det har kommit fem centimeter snö."),
    (24.0, 38.0, "Karin Berg", "Plogvallen vid infarten ansvarar fastighetsägaren för."),
    (38.0, 52.0, "Sara Lind", "Och sandningen, hur går den till?"),
]
BUILD = [
    (0.0, 11.0, None, "Välkommen. I dag handlar det om bygglov och attefallshus."),
    (11.0, 25.0, None, "Ett attefallshus kräver anmälan och startbesked men inget bygglov."),
    (25.0, 40.0, None, "En komplett ansökan om bygglov handläggs inom tio veckor."),
]


def _prepare(show: Path) -> Workspace:
    # Start from no transcripts at all: the demo's own (editor-corrected) ones are replaced by
    # the fixed segments below, and the third episode is left without one on purpose.
    for old in show.glob("episodes/*/transcript.*"):
        old.unlink()
    for old in show.glob("episodes/*/.transcript.state.json"):
        old.unlink()
    for slug, segments in (("snorojning-pa-vintern", SNOW), ("bygglov-och-attefallshus", BUILD)):
        (show / "episodes" / slug / "transcript.json").write_text(
            json.dumps(transcript_json(segments), ensure_ascii=False), encoding="utf-8")
    write_processed(show, "snorojning-pa-vintern", 58.0, "fixed", chapters=[
        MediaChapter(0.0, "Välkommen"), MediaChapter(17.0, "När börjar plogningen?"),
        MediaChapter(27.0, "Plogvallen vid infarten"), MediaChapter(41.0, "Sandning och halka")])
    write_processed(show, "bygglov-och-attefallshus", 43.0, "fixed")
    write_processed(show, "sophamtning-och-atervinning", 41.0, "fixed")
    return Workspace.load(show)


def test_demo_feed_and_episode_page_match_golden_files(demo_show: Path) -> None:
    ws = _prepare(demo_show)
    result = build_site(ws, now=NOW, search=False)
    assert result.published == ["bygglov-och-attefallshus", "snorojning-pa-vintern"]
    assert result.scheduled == ["sophamtning-och-atervinning"]
    assert result.missing_transcripts == []
    check_golden("demo-feed.xml", (ws.site_dir / "feed.xml").read_text(encoding="utf-8"))
    check_golden("demo-episode-snorojning-pa-vintern.html",
                 (ws.site_dir / "avsnitt/snorojning-pa-vintern/index.html")
                 .read_text(encoding="utf-8"))
    # the scheduled episode appears once its date has come
    later = build_site(ws, now=dt.datetime(2026, 3, 11, 7, tzinfo=dt.UTC), search=False)
    assert later.published[0] == "sophamtning-och-atervinning"
    assert later.missing_transcripts == ["sophamtning-och-atervinning"]
