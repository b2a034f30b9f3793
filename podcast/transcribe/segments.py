"""Shape decoded segments for reading: sentence-sized, shifted, with speaker names."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from podcast.episode import parse_timestamp
from podcast.errors import InvalidValue
from podcast.transcript import Segment, Word

log = logging.getLogger(__name__)

_SENTENCE_END = (".", "?", "!", "…")


def split_sentences(segments: Iterable[Segment], *, max_seconds: float = 20.0,
                    min_words: int = 3) -> Iterator[Segment]:
    """Cut long segments (batched decoding gives up to 30 s) at sentence ends using word times.

    Segments without word timestamps pass through unchanged. A cut also happens after
    ``max_seconds`` so that a search hit never starts far from its words.
    """
    for seg in segments:
        if not seg.words:
            yield seg
            continue
        current: list[Word] = []
        for i, word in enumerate(seg.words):
            current.append(word)
            last = i == len(seg.words) - 1
            ends = word.text.strip().endswith(_SENTENCE_END) and len(current) >= min_words
            too_long = current[-1].end - current[0].start >= max_seconds
            if last or ends or too_long:
                text = "".join(w.text for w in current).strip()
                if text:
                    start = seg.start if current[0] is seg.words[0] else current[0].start
                    end = seg.end if last else current[-1].end
                    yield Segment(start=start, end=max(end, start), text=text,
                                  speaker=seg.speaker, words=current)
                current = []


def shift(segments: Iterable[Segment], offset: float) -> Iterator[Segment]:
    """Move every time by ``offset`` seconds (never below zero)."""
    for seg in segments:
        if offset:
            seg.start = max(0.0, seg.start + offset)
            seg.end = max(seg.start, seg.end + offset)
            for w in seg.words:
                w.start = max(0.0, w.start + offset)
                w.end = max(w.start, w.end + offset)
        yield seg


def speaker_turns(speakers: dict[str, str]) -> list[tuple[float, str]]:
    """``speakers`` from episode.md → sorted (start seconds, name) turns.

    Keys are start times (``"00:00": "Anna"``, ``"4:30": "Erik"``); a single entry whose key
    is not a time (``host: Anna``) names the only speaker for the whole episode.
    """
    turns: list[tuple[float, str]] = []
    untimed: list[str] = []
    for key, name in speakers.items():
        try:
            turns.append((parse_timestamp(key), str(name)))
        except InvalidValue:
            untimed.append(str(name))
    if untimed and not turns and len(untimed) == 1:
        return [(0.0, untimed[0])]
    if untimed:
        log.warning("speakers: names are assigned by start time (e.g. \"04:30\": Anna); "
                    "labels like SPEAKER_00 need speaker diarization, which is not done, "
                    "so these were not used: %s", ", ".join(untimed))
    return sorted(turns)


def assign_speakers(segments: Iterable[Segment], turns: list[tuple[float, str]]
                    ) -> Iterator[Segment]:
    for seg in segments:
        if turns:
            middle = (seg.start + seg.end) / 2
            name = None
            for start, who in turns:
                if start <= middle + 1e-6:
                    name = who
            seg.speaker = name or seg.speaker
        yield seg
