"""The one renderer of transcripts: WebVTT, SubRip, Podcasting 2.0 JSON, plain text, HTML.

``podcast transcribe`` writes these files beside the episode and ``podcast build`` publishes
them through the same functions, so the site and the feed carry exactly what the transcriber
wrote. Captions (VTT/SRT) are cut into cues by :mod:`podcast.transcript.captions`: at most two
lines of ``max_line_chars`` (≤ 42) characters, cut where reading pauses, timed by the words.

Every rendering starts from the transcript as ``transcript.json`` stores it (times to the
millisecond, see :meth:`Transcript.as_stored`), so rendering a transcript and rendering it
again after reading its JSON back give the same bytes.
"""

from __future__ import annotations

import html
import json
import math
import re

from podcast.episode import format_timestamp
from podcast.transcript.captions import MAX_LINE_CHARS, Cue, cues
from podcast.transcript.model import Segment, Transcript, Word

FORMATS = ("json", "vtt", "srt", "txt", "html")
#: Raised whenever the renderer's output changes, so that ``podcast transcribe`` renders the
#: files in the episode folder again (from the transcript, without decoding the audio).
RENDER_VERSION = 2


def rendering_id(max_line_chars: int = MAX_LINE_CHARS) -> str:
    """What the files depend on besides the transcript (kept in the transcript state)."""
    return f"render-{RENDER_VERSION}/lines-{max_line_chars}"

__all__ = ["FORMATS", "RENDER_VERSION", "Cue", "cues", "render", "render_all", "rendering_id",
           "srt_escape", "to_html", "to_json", "to_srt", "to_txt", "to_vtt", "vtt_escape"]


def _clock(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    if ms < 0:
        ms = 0
    s, ms = divmod(ms, 1000)
    m, s = divmod(s, 60)
    return f"{m // 60:02d}:{m % 60:02d}:{s:02d}{sep}{ms:03d}"


def vtt_escape(text: str) -> str:
    """Cue text for WebVTT: ``&``, ``<`` and ``>`` as character references."""
    if "&" not in text and "<" not in text and ">" not in text:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SRT_TAG = re.compile(r"<(/?[A-Za-z][^<>]*)>")


def srt_escape(text: str) -> str:
    """Cue text for SubRip, which has no character references: players show ``&`` and a
    lone ``<`` as they are but read ``<b>``, ``<i>``, ``<font …>`` as formatting, so a
    tag-like ``<…>`` is written with the look-alike angle quotes ``‹…›``."""
    return _SRT_TAG.sub(r"‹\1›", text) if "<" in text else text


def to_vtt(transcript: Transcript, *, max_line_chars: int = MAX_LINE_CHARS) -> str:
    stored = transcript.as_stored()
    cue_list = cues(stored, max_line_chars=max_line_chars)
    return _vtt(stored, cue_list, _timings(cue_list))


def to_srt(transcript: Transcript, *, max_line_chars: int = MAX_LINE_CHARS) -> str:
    cue_list = cues(transcript.as_stored(), max_line_chars=max_line_chars)
    return _srt(cue_list, _timings(cue_list))


def _timings(cue_list: list[Cue]) -> list[str]:
    """Each cue's timing line as WebVTT writes it (SubRip's has a comma for the dot)."""
    return [f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}" for cue in cue_list]


def _vtt(transcript: Transcript, cue_list: list[Cue], timings: list[str]) -> str:
    parts = ["WEBVTT", ""]
    if transcript.language:
        parts = ["WEBVTT", f"Language: {transcript.language}", ""]
    for n, (cue, timing) in enumerate(zip(cue_list, timings, strict=True), 1):
        parts.append(str(n))
        parts.append(timing)
        lines = [vtt_escape(line) for line in cue.lines]
        if cue.speaker:
            lines[0] = f"<v {vtt_escape(cue.speaker)}>{lines[0]}"
        parts.extend(lines)
        parts.append("")
    return "\n".join(parts)


def _srt(cue_list: list[Cue], timings: list[str]) -> str:
    parts = []
    for n, (cue, timing) in enumerate(zip(cue_list, timings, strict=True), 1):
        parts.append(str(n))
        parts.append(timing.replace(".", ","))
        parts.extend(srt_escape(line) for line in cue.lines)
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
    out: list[str] = []
    _indented_json(data, "\n", out)
    out.append("\n")
    return "".join(out)


_JSON_STRING = json.encoder.encode_basestring  # the C encoder's ensure_ascii=False form


def _indented_json(value: object, newline: str, out: list[str]) -> None:
    """Append ``json.dumps(value, ensure_ascii=False, indent=2)`` to ``out`` (``newline``:
    a line break and the indent of the current level): the same text, several times faster
    than the json module, whose C encoder does not indent, for these many small objects."""
    if isinstance(value, dict) and value and all(type(k) is str for k in value):
        inner = newline + "  "
        sep = "{" + inner
        for key, item in value.items():
            out.append(sep)
            out.append(_JSON_STRING(key))
            out.append(": ")
            _json_item(item, inner, out)
            sep = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list) and value:
        inner = newline + "  "
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _json_item(item, inner, out)
            sep = "," + inner
        out.append(newline + "]")
    else:  # scalars, empty containers, keys that are not strings, the rest: the json module
        out.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))


def _json_item(value: object, newline: str, out: list[str]) -> None:
    """One value inside a container: the usual scalars directly, the rest as above."""
    kind = type(value)
    if kind is str:
        out.append(_JSON_STRING(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    elif value is True:
        out.append("true")
    else:
        _indented_json(value, newline, out)


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


def render(transcript: Transcript, fmt: str, *, max_line_chars: int = MAX_LINE_CHARS) -> str:
    """One format of ``transcript`` (one of :data:`FORMATS`)."""
    return render_all(transcript, (fmt,), max_line_chars=max_line_chars)[fmt]


def render_all(transcript: Transcript, formats: tuple[str, ...] = FORMATS, *,
               max_line_chars: int = MAX_LINE_CHARS,
               language: str | None = None) -> dict[str, str]:
    """Several formats of one transcript: format → text, as ``podcast transcribe`` writes
    them and ``podcast build`` publishes them (the captions are cut once for VTT and SRT).
    ``language`` is used when the transcript names none (one read from a hand-edited VTT,
    SRT or text file)."""
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise ValueError(f"unknown transcript format {unknown[0]!r}")
    stored = transcript.as_stored()
    stored.language = stored.language or language
    cue_list = (cues(stored, max_line_chars=max_line_chars)
                if {"vtt", "srt"} & set(formats) else [])
    timings = _timings(cue_list)  # cut and timed once for VTT and SRT
    makers = {"json": lambda: to_json(stored), "vtt": lambda: _vtt(stored, cue_list, timings),
              "srt": lambda: _srt(cue_list, timings), "txt": lambda: to_txt(stored),
              "html": lambda: to_html(stored)}
    return {fmt: makers[fmt]() for fmt in formats}

