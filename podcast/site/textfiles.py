"""Transcript and chapter files published beside each episode page.

The transcription stage writes ``transcript.{json,vtt,srt,txt}`` into the episode folder (an
editor may correct them). The site publishes the files that exist and renders any missing
format from ``transcript.json`` so that the feed can always offer VTT, SRT and JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from podcast.site.htmltext import strip_control_chars
from podcast.transcript import Transcript
from podcast.transcript.render import vtt_escape

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


def _clock(seconds: float, sep: str) -> str:
    millis = int(seconds * 1000 + 0.5) if seconds > 0 else 0
    s, ms = divmod(millis, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _cue_text(text: str) -> str:
    # A blank line or "-->" would end/confuse a cue; "<" and "&" would start a tag or entity.
    return vtt_escape(" ".join(strip_control_chars(text).split()).replace("-->", "→"))


def _cues(transcript: Transcript) -> list[tuple[str, str, str, str | None]]:
    """(start, end, text, speaker) with times as HH:MM:SS.mmm, empty segments dropped."""
    cues = []
    for seg in transcript.segments:
        body = _cue_text(seg.text)
        if body:
            cues.append((_clock(seg.start, "."), _clock(max(seg.end, seg.start), "."), body,
                         _cue_text(seg.speaker) if seg.speaker else None))
    return cues


def render_vtt(transcript: Transcript, cues: list | None = None) -> str:
    lines = ["WEBVTT", ""]
    for start, end, body, speaker in cues if cues is not None else _cues(transcript):
        lines += [f"{start} --> {end}", f"<v {speaker}>{body}" if speaker else body, ""]
    return "\n".join(lines)


def render_srt(transcript: Transcript, cues: list | None = None) -> str:
    lines: list[str] = []
    cues = cues if cues is not None else _cues(transcript)
    for n, (start, end, body, speaker) in enumerate(cues, start=1):
        lines += [str(n), f"{start.replace('.', ',')} --> {end.replace('.', ',')}",
                  f"{speaker}: {body}" if speaker else body, ""]
    return "\n".join(lines)


def render_txt(transcript: Transcript) -> str:
    out = []
    for seg in transcript.segments:
        body = " ".join(seg.text.split())
        if body:
            out.append(f"{seg.speaker}: {body}" if seg.speaker else body)
    return "\n".join(out) + "\n"


def render_json(transcript: Transcript) -> str:
    # Compact: json's C encoder is only used without indent (5x faster on long transcripts).
    return json.dumps(transcript.to_podcast_json(), ensure_ascii=False,
                      separators=(",", ":")) + "\n"


RENDERERS = {"vtt": render_vtt, "srt": render_srt, "json": render_json, "txt": render_txt}


def render_all(transcript: Transcript) -> dict[str, str]:
    """Every published format of one transcript (cue times computed once)."""
    cues = _cues(transcript)
    return {"vtt": render_vtt(transcript, cues), "srt": render_srt(transcript, cues),
            "json": render_json(transcript), "txt": render_txt(transcript)}


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
