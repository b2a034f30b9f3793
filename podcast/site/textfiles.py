"""Transcript and chapter files published beside each episode page.

The transcription stage writes ``transcript.{json,vtt,srt,txt}`` into the episode folder (an
editor may correct them). The site publishes every format of the transcript as the editor
left it, rendered by the transcriber's own renderer (:mod:`podcast.transcript.render`), so
that the feed can always offer VTT, SRT and JSON and they carry what ``podcast transcribe``
wrote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

#: format → (file name on the site, MIME type used in ``podcast:transcript``).
TRANSCRIPT_FORMATS: dict[str, tuple[str, str]] = {
    "vtt": ("transcript.vtt", "text/vtt"),
    "srt": ("transcript.srt", "application/x-subrip"),
    "json": ("transcript.json", "application/json"),
    "txt": ("transcript.txt", "text/plain"),
}

CHAPTERS_FILE = "chapters.json"
CHAPTERS_TYPE = "application/json+chapters"


@dataclass(frozen=True)
class ChapterItem:
    start: float
    title: str
    url: str | None = None


def render_chapters(chapters: list[ChapterItem], *, title: str | None = None) -> str:
    """Podcasting 2.0 JSON chapters (version 1.2.0)."""
    items = []
    for ch in chapters:
        item: dict = {"startTime": round(ch.start, 3), "title": ch.title}
        if ch.url:
            item["url"] = ch.url
        items.append(item)
    data: dict = {"version": "1.2.0"}
    if title:
        data["title"] = title
    data["chapters"] = items
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
