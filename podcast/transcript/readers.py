"""Read transcripts back from the files an editor may have corrected (VTT, SRT, TXT)."""

from __future__ import annotations

import difflib
import html
import re
from pathlib import Path

from podcast.errors import InputError
from podcast.transcript.model import Segment, Transcript

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})"
_CUE_TIME = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+.*)?$")
_VOICE = re.compile(r"^<v(?:\.[^ >]*)?\s+([^>]*)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[^>]*>")


def _seconds(h: str | None, m: str, s: str, frac: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(frac.ljust(3, "0")) / 1000


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each blank-line separated block."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                start = n
            current.append(line.rstrip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cue_blocks(text: str, path: Path, *, vtt: bool) -> list[Segment]:
    segments: list[Segment] = []
    blocks = _blocks(text.lstrip("\ufeff"))
    if vtt:
        if not blocks or not blocks[0][1][0].startswith("WEBVTT"):
            raise InputError("not a WebVTT file (first line must be 'WEBVTT')", path=path,
                             where="line 1")
        blocks = blocks[1:]
    for start_line, lines in blocks:
        if vtt and lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        idx = next((i for i, ln in enumerate(lines[:2]) if "-->" in ln), None)
        if idx is None:
            raise InputError("expected a cue timing line 'start --> end'", path=path,
                             where=f"line {start_line}")
        m = _CUE_TIME.match(lines[idx])
        if not m:
            raise InputError(f"bad cue timing {lines[idx].strip()!r}", path=path,
                             where=f"line {start_line + idx}")
        g = m.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        if end < start:
            raise InputError("cue ends before it starts", path=path,
                             where=f"line {start_line + idx}")
        body = lines[idx + 1:]
        speaker = None
        if vtt and body:
            v = _VOICE.match(body[0])
            if v:
                speaker = html.unescape(v.group(1).strip()) or None
        words = " ".join(_TAG.sub("", ln).strip() for ln in body).split()
        text = html.unescape(" ".join(words)) if vtt else " ".join(words)
        segments.append(Segment(start=start, end=end, text=text, speaker=speaker))
    return segments


def read_vtt(path: Path) -> Transcript:
    return Transcript(segments=_cue_blocks(_read(path), path, vtt=True))


def read_srt(path: Path) -> Transcript:
    return Transcript(segments=_cue_blocks(_read(path), path, vtt=False))


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None


def _split_speaker(paragraph: str, speakers: set[str]) -> tuple[str | None, list[str]]:
    """'Sara Lind: text…' → ('Sara Lind', words); names may have several words."""
    for name in sorted(speakers, key=len, reverse=True):
        if paragraph.startswith(name + ":"):
            return name, paragraph[len(name) + 1:].split()
    return None, paragraph.split()


def _assign(base: Transcript, indices: list[int], tokens: list[str]) -> list[int]:
    """For each edited word, the index of the segment (among ``indices``) it belongs to."""
    originals = [(w, i) for i in indices for w in base.segments[i].text.split()]
    if not originals:
        return [indices[0]] * len(tokens)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w, _ in originals],
                                      b=[w.lower() for w in tokens], autojunk=False)
    owner = [indices[0]] * len(tokens)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        for k in range(b0, b1):
            if tag in ("equal", "replace") and a1 > a0:
                owner[k] = originals[min(a0 + (k - b0), a1 - 1)][1]
            else:  # inserted words join the segment of the word before them
                owner[k] = originals[a0 - 1][1] if a0 > 0 else originals[0][1]
    return owner


def realign_text(base: Transcript, edited_text: str) -> Transcript:
    """Put edited plain text back on the timeline of ``base``.

    Words are matched to the original words (difflib); every edited word takes the segment
    of the original word it replaces or follows, so corrections keep their time. When the
    paragraphs match the speaker turns one to one ("Name: …" paragraphs, as written), each
    paragraph is aligned within its own turn, so a corrected turn never spills into the next.
    """
    if not base.segments:
        return Transcript(segments=[], language=base.language)
    speakers = {s.speaker for s in base.segments if s.speaker}
    paragraphs = [_split_speaker(p.strip(), speakers)
                  for p in re.split(r"\n\s*\n", edited_text.strip()) if p.strip()]
    turns: list[list[int]] = []
    for i, seg in enumerate(base.segments):
        if turns and base.segments[turns[-1][-1]].speaker == seg.speaker:
            turns[-1].append(i)
        else:
            turns.append([i])
    tokens: list[str] = []
    owner: list[int] = []
    by_turn = bool(speakers) and len(paragraphs) == len(turns) and all(
        who in (None, base.segments[turn[0]].speaker)
        for (who, _), turn in zip(paragraphs, turns, strict=True))
    if by_turn:
        for (_, words), turn in zip(paragraphs, turns, strict=True):
            tokens.extend(words)
            owner.extend(_assign(base, turn, words))
    else:
        tokens = [w for _, words in paragraphs for w in words]
        owner = _assign(base, list(range(len(base.segments))), tokens)
    texts: dict[int, list[str]] = {}
    for word, seg in zip(tokens, owner, strict=True):
        texts.setdefault(seg, []).append(word)
    segments = [Segment(start=s.start, end=s.end, text=" ".join(texts[i]), speaker=s.speaker)
                for i, s in enumerate(base.segments) if i in texts]
    return Transcript(segments=segments, language=base.language)
