"""Transcript renderings: WebVTT, SubRip, Podcasting 2.0 JSON, plain text and an HTML fragment.

Captions (VTT/SRT) are cut into cues of at most two lines of ``max_line_chars`` characters,
timed by word timestamps when they exist and by character position otherwise.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from podcast.episode import format_timestamp
from podcast.transcript import Segment, Transcript, Word

FORMATS = ("json", "vtt", "srt", "txt", "html")


@dataclass
class Cue:
    start: float
    end: float
    lines: list[str]
    speaker: str | None = None


def _timed_tokens(seg: Segment) -> list[tuple[str, float, float]]:
    """(word, start, end) for each word of the segment text."""
    text_words = seg.text.split()
    if seg.words:
        timed = [(w.text.strip(), w.start, w.end) for w in seg.words if w.text.strip()]
        if [t[0] for t in timed] == text_words:
            return timed
    # No usable word times (or the text was edited): spread the words over the segment.
    total = sum(len(w) + 1 for w in text_words) or 1
    span = max(seg.end - seg.start, 0.0)
    out, pos = [], 0
    for w in text_words:
        start = seg.start + span * pos / total
        pos += len(w) + 1
        out.append((w, start, seg.start + span * pos / total))
    return out


Token = tuple[str, float, float]


def _wrap(tokens: list[Token], width: int) -> list[list[Token]]:
    lines: list[list[Token]] = []
    current: list[Token] = []
    length = 0
    for tok in tokens:
        word = tok[0]
        if len(word) > width:  # a single over-long "word" (URL): cut it
            word = word[: width - 1] + "…"
            tok = (word, tok[1], tok[2])
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [], 0
            extra = len(word)
        current.append(tok)
        length += extra
    if current:
        lines.append(current)
    return lines


def cues(transcript: Transcript, *, max_line_chars: int = 65, max_lines: int = 2) -> list[Cue]:
    """Caption cues: ≤ ``max_lines`` lines of ≤ ``max_line_chars`` characters each."""
    out: list[Cue] = []
    for seg in transcript.segments:
        tokens = _timed_tokens(seg)
        if not tokens:
            continue
        lines = _wrap(tokens, max_line_chars)
        for i in range(0, len(lines), max_lines):
            group = lines[i:i + max_lines]
            first, last = group[0][0], group[-1][-1]
            start = seg.start if i == 0 else first[1]
            end = seg.end if i + max_lines >= len(lines) else last[2]
            if out and start < out[-1].end:  # never overlap the previous cue
                start = out[-1].end
            end = max(end, start + 0.01)
            out.append(Cue(start=start, end=end,
                           lines=[" ".join(t[0] for t in line) for line in group],
                           speaker=seg.speaker))
    return out


def _clock(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def vtt_escape(text: str) -> str:
    """Cue text for WebVTT (and SRT, whose players read the same tags): & < > as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(transcript: Transcript, *, max_line_chars: int = 65) -> str:
    parts = ["WEBVTT", ""]
    if transcript.language:
        parts = ["WEBVTT", f"Language: {transcript.language}", ""]
    for n, cue in enumerate(cues(transcript, max_line_chars=max_line_chars), 1):
        parts.append(str(n))
        parts.append(f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}")
        lines = [vtt_escape(line) for line in cue.lines]
        if cue.speaker:
            lines[0] = f"<v {vtt_escape(cue.speaker)}>{lines[0]}"
        parts.extend(lines)
        parts.append("")
    return "\n".join(parts)


def to_srt(transcript: Transcript, *, max_line_chars: int = 65) -> str:
    parts = []
    for n, cue in enumerate(cues(transcript, max_line_chars=max_line_chars), 1):
        parts.append(str(n))
        parts.append(f"{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}")
        parts.extend(cue.lines)
        parts.append("")
    return "\n".join(parts)


def to_json(transcript: Transcript) -> str:
    """Podcasting 2.0 JSON, plus (extra keys, ignored by other readers) each segment's words
    with times and probabilities, ``doubtful`` marks, the language and the glossary fixes."""
    data = transcript.to_podcast_json()
    for item, seg in zip(data["segments"], transcript.segments, strict=True):
        if seg.doubtful:
            item["doubtful"] = True
        if seg.words:
            item["words"] = [_word_json(w) for w in seg.words]
    if transcript.language:
        data["language"] = transcript.language
    if transcript.corrections:
        data["corrections"] = transcript.corrections
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _word_json(word: Word) -> dict:
    item: dict = {"start": round(word.start, 3), "end": round(word.end, 3),
                  "word": word.text.strip()}
    if word.probability is not None:
        item["probability"] = round(word.probability, 3)
    if word.doubtful:
        item["doubtful"] = True
    return item


def paragraphs(transcript: Transcript, *, max_segments: int = 6) -> list[list[Segment]]:
    """Reading paragraphs: a new one on a speaker change, a long pause or every few segments."""
    out: list[list[Segment]] = []
    for seg in transcript.segments:
        if not seg.text.strip():
            continue
        if out:
            prev = out[-1][-1]
            if seg.speaker == prev.speaker and seg.start - prev.end < 3.0 \
                    and len(out[-1]) < max_segments:
                out[-1].append(seg)
                continue
        out.append([seg])
    return out


def to_txt(transcript: Transcript) -> str:
    blocks = []
    for para in paragraphs(transcript):
        text = " ".join(s.text.strip() for s in para)
        if para[0].speaker:
            text = f"{para[0].speaker}: {text}"
        blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def to_html(transcript: Transcript, *, lang: str | None = None) -> str:
    """A fragment for the episode page; each paragraph links to its start (``#t=``)."""
    lang = lang or transcript.language
    attr = f' lang="{html.escape(lang)}"' if lang else ""
    out = [f'<div class="transcript"{attr}>']
    for para in paragraphs(transcript):
        start = para[0].start
        seconds = int(start)
        stamp = (f'<a class="transcript-time" href="#t={seconds}">'
                 f'<time datetime="PT{seconds}S">{format_timestamp(seconds)}</time></a>')
        who = (f'<span class="transcript-speaker">{html.escape(para[0].speaker)}:</span> '
               if para[0].speaker else "")
        text = html.escape(" ".join(s.text.strip() for s in para))
        out.append(f"  <p>{stamp} {who}{text}</p>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def render(transcript: Transcript, fmt: str, *, max_line_chars: int = 65) -> str:
    if fmt == "json":
        return to_json(transcript)
    if fmt == "vtt":
        return to_vtt(transcript, max_line_chars=max_line_chars)
    if fmt == "srt":
        return to_srt(transcript, max_line_chars=max_line_chars)
    if fmt == "txt":
        return to_txt(transcript)
    if fmt == "html":
        return to_html(transcript)
    raise ValueError(f"unknown transcript format {fmt!r}")
