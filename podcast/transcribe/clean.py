"""After decoding: no invented text, glossary terms put back, doubtful words marked.

:func:`clean_decoding` runs over the decoded segments of one file, in this order:

1. **Loops.** Over the words of the whole file, a phrase of 1–6 words repeated three or more
   times in a row, or a segment whose text compresses better than 2.4 (gzip), marks a loop.
   The audio of the segments it covers is decoded again at a higher temperature, without the
   previous text or any prompt; when the new text is free of loops it replaces the old one,
   otherwise the repeats are cut back to one copy.
   A glossary copied out of the prompt (two or more of its terms back to back, in the
   glossary's order: "kommuncenter, plogvall") is handled the same way: decoded again without
   the prompt, else the copied terms after the first are removed.
2. **No speech.** A segment that lies (almost) wholly outside the speech the voice activity
   detector finds is dropped.
3. **Glossary.** Near-misses of glossary terms are replaced (:mod:`podcast.transcribe.glossary`).
4. **Confidence.** A segment whose mean word probability is below ``doubtful_segment`` is
   marked doubtful, and so is every word below ``doubtful_word``.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

import numpy as np

from podcast.transcribe import glossary as gloss
from podcast.transcribe import loops
from podcast.transcribe.engine import DecodeOptions, Decoding, Engine, speech_spans
from podcast.transcript import Segment, Word

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000


@dataclass
class CleanOptions:
    loops: bool = True
    redecode: bool = True
    redecode_temperatures: tuple[float, ...] = (0.4, 0.6, 0.8, 1.0)
    drop_no_speech: bool = True
    min_speech_share: float = 0.25  # of a segment's time inside detected speech
    glossary: tuple[str, ...] = ()
    doubtful_segment: float = 0.5
    doubtful_word: float = 0.3


@dataclass
class CleanReport:
    loops: int = 0
    prompt_echoes: int = 0
    redecoded: int = 0
    repeats_cut: int = 0
    no_speech_dropped: int = 0
    corrections: list[gloss.Correction] = field(default_factory=list)
    doubtful_segments: int = 0
    doubtful_words: int = 0

    def summary(self) -> str:
        return (f"loops {self.loops}, prompt echoes {self.prompt_echoes} (re-decoded "
                f"{self.redecoded}, words cut {self.repeats_cut}), "
                f"no-speech dropped {self.no_speech_dropped}, glossary fixes "
                f"{len(self.corrections)}, doubtful {self.doubtful_segments} segments / "
                f"{self.doubtful_words} words")


def _tokens(seg: Segment) -> list[Word]:
    if seg.words:
        return seg.words
    return [Word(seg.start, seg.end, " " + w) for w in seg.text.split()]


def _text(words: list[Word]) -> str:
    return "".join(w.text if w.text[:1].isspace() else " " + w.text for w in words).strip()


def _rebuild(seg: Segment, words: list[Word], had_words: bool) -> Segment | None:
    if not words:
        return None
    return Segment(start=max(seg.start, words[0].start) if had_words else seg.start,
                   end=min(seg.end, words[-1].end) if had_words else seg.end,
                   text=_text(words), speaker=seg.speaker,
                   words=words if had_words else [])


def _loop_groups(segments: list[Segment]) -> list[tuple[int, int]]:
    """(first, last) segment indices covered by each loop, merged where they touch."""
    owner, words = _flat(segments)
    spans = [(owner[r.start], owner[r.end - 1]) for r in loops.repeats(words)
             if r.count >= loops.MIN_REPEATS]
    for i, seg in enumerate(segments):
        if len(seg.text) >= 40 and loops.compression_ratio(seg.text) > loops.MAX_COMPRESSION_RATIO:
            spans.append((i, i))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _seed() -> None:
    """Sampling at a temperature above 0 draws random numbers: seed them, so that the same
    audio gives the same transcript."""
    try:
        import ctranslate2

        ctranslate2.set_random_seed(0)
    except (ImportError, AttributeError):
        pass
    try:
        import torch

        torch.manual_seed(0)
    except ImportError:
        pass


def _redecode(engine: Engine, samples: np.ndarray, start: float, end: float,
              options: DecodeOptions, clean: CleanOptions) -> list[Segment] | None:
    """The window decoded again without prompt or previous text, first at
    temperature 0, then at the higher ``redecode_temperatures``; None if it still loops."""
    a, b = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
    if b - a < SAMPLE_RATE // 4:
        return None
    for temperatures in ((0.0,), clean.redecode_temperatures):
        _seed()
        retry = dataclasses.replace(options, initial_prompt=None, hotwords=None,
                                    condition_on_previous_text=False, vad=False,
                                    batch_size=0, temperature_fallback=True,
                                    temperatures=temperatures)
        out = []
        for seg in engine.transcribe(samples[a:b], retry).segments:
            seg.start += start
            seg.end += start
            for w in seg.words:
                w.start += start
                w.end += start
            out.append(seg)
        words = [w.text for s in out for w in _tokens(s)]
        if words and not loops.is_looping(words):
            return out
    return None


def _cut_repeats(group: list[Segment]) -> tuple[list[Segment], int]:
    had = [bool(s.words) for s in group]
    flat = [(i, w) for i, s in enumerate(group) for w in _tokens(s)]
    keep = set(loops.collapse_repeats([w.text for _, w in flat]))
    out = []
    for i, seg in enumerate(group):
        kept = [w for k, (j, w) in enumerate(flat) if j == i and k in keep]
        new = _rebuild(seg, kept, had[i])
        if new is not None:
            out.append(new)
    return out, len(flat) - len(keep)


def _echoes(words: list[str], terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first, last) word indices of runs of 2+ glossary terms in the glossary's order."""
    keys = [loops.key(t.replace(" ", "")) for t in terms]
    nxt = {k: keys[i + 1] for i, k in enumerate(keys[:-1]) if k}
    spoken = [loops.key(w) for w in words]
    runs = []
    i = 0
    while i < len(spoken):
        j = i
        while j + 1 < len(spoken) and spoken[j] in nxt and spoken[j + 1] == nxt[spoken[j]]:
            j += 1
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def _flat(segments: list[Segment]) -> tuple[list[int], list[str]]:
    owner: list[int] = []
    words: list[str] = []
    for i, seg in enumerate(segments):
        for w in _tokens(seg):
            owner.append(i)
            words.append(w.text)
    return owner, words


def _drop_words(group: list[Segment], drop: set[int]) -> list[Segment]:
    out = []
    k = 0
    for seg in group:
        tokens = _tokens(seg)
        kept = [w for n, w in enumerate(tokens) if k + n not in drop]
        k += len(tokens)
        new = _rebuild(seg, kept, bool(seg.words))
        if new is not None:
            out.append(new)
    return out


def remove_loops(segments: list[Segment], engine: Engine | None, samples: np.ndarray | None,
                 options: DecodeOptions, clean: CleanOptions, report: CleanReport
                 ) -> list[Segment]:
    """Loops and prompt echoes: decode their window again, else cut the repeated words."""
    groups = [(a, b, "loop") for a, b in _loop_groups(segments)]
    if clean.glossary and options.initial_prompt:
        owner, words = _flat(segments)
        taken = {i for a, b, _ in groups for i in range(a, b + 1)}
        for a, b in _echoes(words, clean.glossary):
            if owner[a] not in taken and owner[b] not in taken:
                groups.append((owner[a], owner[b], "echo"))
                taken |= set(range(owner[a], owner[b] + 1))
    if not groups:
        return segments
    out: list[Segment] = []
    previous = 0
    for first, last, kind in sorted(groups):
        out += segments[previous:first]
        group = segments[first:last + 1]
        if kind == "loop":
            report.loops += 1
        else:
            report.prompt_echoes += 1
        start, end = group[0].start, group[-1].end
        log.info("%s %.1f–%.1f s: %r", "repetition loop" if kind == "loop" else
                 "glossary copied from the prompt", start, end, group[0].text[:60])
        new = None
        if clean.redecode and engine is not None and samples is not None:
            new = _redecode(engine, samples, start, end, options, clean)
        if new is not None:
            report.redecoded += 1
            out += new
        elif kind == "loop":
            cut, removed = _cut_repeats(group)
            report.repeats_cut += removed
            out += cut
        else:
            _, words = _flat(group)
            drop = {i for a, b in _echoes(words, clean.glossary) for i in range(a + 1, b + 1)}
            report.repeats_cut += len(drop)
            out += _drop_words(group, drop)
        previous = last + 1
    out += segments[previous:]
    return out


def drop_no_speech(segments: list[Segment], spans: list[tuple[float, float]],
                   clean: CleanOptions, report: CleanReport) -> list[Segment]:
    out = []
    for seg in segments:
        length = seg.end - seg.start
        inside = sum(max(0.0, min(seg.end, e) - max(seg.start, s)) for s, e in spans)
        if length > 0 and inside / length < clean.min_speech_share:
            report.no_speech_dropped += 1
            log.info("dropped %.1f–%.1f s (no speech detected there): %r",
                     seg.start, seg.end, seg.text[:60])
            continue
        out.append(seg)
    return out


def mark_doubtful(segments: list[Segment], clean: CleanOptions, report: CleanReport) -> None:
    for seg in segments:
        probs = [w.probability for w in seg.words if w.probability is not None]
        for w in seg.words:
            w.doubtful = w.probability is not None and w.probability < clean.doubtful_word
            report.doubtful_words += w.doubtful
        seg.doubtful = bool(probs) and sum(probs) / len(probs) < clean.doubtful_segment
        report.doubtful_segments += seg.doubtful


def clean_decoding(engine: Engine | None, samples: np.ndarray | None, decoding: Decoding,
                   options: DecodeOptions, clean: CleanOptions | None = None
                   ) -> tuple[list[Segment], CleanReport]:
    """Run every clean-up step over one file's decoded segments (times of ``samples``)."""
    clean = clean or CleanOptions()
    report = CleanReport()
    segments = [s for s in decoding.segments if s.text.strip()]
    if clean.loops:
        segments = remove_loops(segments, engine, samples, options, clean, report)
    if clean.drop_no_speech and options.vad and samples is not None and segments:
        spans = speech_spans(samples, min_silence_ms=options.min_silence_ms,
                             speech_pad_ms=options.speech_pad_ms,
                             threshold=options.vad_threshold)
        segments = drop_no_speech(segments, spans, clean, report)
    if clean.glossary:
        report.corrections = gloss.correct(segments, clean.glossary)
    mark_doubtful(segments, clean, report)
    return segments, report
