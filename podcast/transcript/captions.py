"""Caption cues for WebVTT and SubRip: short, readable, timed by the words.

Each segment becomes one or more cues of at most ``max_lines`` lines of at most
``max_line_chars`` characters (42 and 2 by default, the usual limits for subtitles). Where a
segment needs several cues, or a cue two lines, the cut goes where reading pauses: after a
sentence, else after a clause (``,`` ``;`` ``:`` ``–``), else before a conjunction, else
between two words, choosing the cuts that give the fewest, most even cues (dynamic
programming over the word positions). A word is never split, except one that is longer than a
whole line by itself (a web address), which is cut into line-long pieces so that no character
is lost.

A cue's times come from the words' own timestamps when the segment has them and they match
its text; otherwise the segment's time is shared out in proportion to the characters. Cues of
one segment follow each other without a gap, and no cue starts before the previous one ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from podcast.transcript.model import Segment, Transcript

#: Longest caption line and most lines per cue (BBC/EBU-style subtitle limits).
MAX_LINE_CHARS = 42
MAX_LINES = 2

Token = tuple[str, float, float]  # (word, start, end)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_CLAUSE_END = re.compile(r"[,;:–—][\"'”’»)\]]*$")
_DASHES = frozenset({"–", "—", "-"})
#: Words a line or cue may well start with (a cut before them reads naturally).
_CONJUNCTIONS = frozenset(
    "och men eller utan att som när om för så eftersom medan då innan tills fast samt "
    "and but or that which who when if because so while until".split())

# Costs of a cut (lower is better) between two cues and between two lines of a cue, and of
# extra, half-empty or uneven cues; see cue_chunks and cue_lines. A cue cut inside a clause
# costs more than an extra cue: the text is read one cue at a time.
_CUE_CUTS = (0.0, 0.5, 2.0, 4.0, 6.0)  # see _cut_kind
_LINE_CUTS = (0.0, 0.3, 0.6, 1.0, 2.0)
_PER_CUE = 1.0
_UNDERFILL = 2.0
_UNEVEN_LINES = 4.0


@dataclass
class Cue:
    start: float
    end: float
    lines: list[str]
    speaker: str | None = None


def clean_text(text: str) -> str:
    """Text fit for a cue: control characters out (vertical tab and form feed as spaces),
    ``-->`` (which would read as a cue timing) as an arrow, whitespace as single spaces."""
    return " ".join(_clean_words(text))


def _clean_words(text: str) -> list[str]:
    """The words of :func:`clean_text`."""
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: " " if m.group(0) in "\x0b\x0c" else "", text)
    return text.replace("-->", "→").split()


def _cut_kind(before: str, after: str) -> int:
    """Where a cut between the words ``before`` and ``after`` falls: 0 after a sentence,
    1 after a clause, 2 before a conjunction, 3 anywhere else, 4 after a word that ends in a
    hyphen ("gång- och cykelvägar" stays together)."""
    if not before[-1].isalnum():  # most words end in a letter: no punctuation to look at
        if before.endswith("-") and len(before) > 1:
            return 4
        if _SENTENCE_END.search(before):
            return 0
        if _CLAUSE_END.search(before):
            return 1
    if after in _DASHES:
        return 1
    if after.lower() in _CONJUNCTIONS:
        return 2
    return 3


def _timed_tokens(seg: Segment) -> list[Token]:
    """(word, start, end) for each word of the segment's cue text."""
    start, end = round(seg.start, 3), round(seg.end, 3)
    text_words = _clean_words(seg.text)
    if seg.words:
        texts = [w.text for w in seg.words]
        joined = " ".join(texts)
        if "-->" in joined or _CONTROL.search(joined):
            cleaned = [clean_text(t) for t in texts]
        else:  # the usual case: clean_text without anything to replace
            cleaned = [" ".join(t.split()) for t in texts]
        if [c for c in cleaned if c] == text_words:
            return [(c, round(w.start, 3), round(w.end, 3))
                    for c, w in zip(cleaned, seg.words, strict=True) if c]
    # No usable word times (or the text was edited): share the time out by characters.
    total = sum(len(w) + 1 for w in text_words) or 1
    span = max(end - start, 0.0)
    out, pos = [], 0
    t0 = start + span * pos / total
    for w in text_words:
        pos += len(w) + 1
        t1 = start + span * pos / total
        out.append((w, t0, t1))
        t0 = t1
    return out


def _pieces(word: str, width: int) -> list[str]:
    """A word longer than a line in pieces of at most ``width`` characters, each ending after
    a ``/`` or ``-`` where there is one in the second half of the line (web addresses)."""
    pieces = []
    while len(word) > width:
        cut = max(word.rfind("/", 0, width), word.rfind("-", 0, width)) + 1
        if cut <= width // 2:
            cut = width
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces + [word] if word else pieces


def _fit_width(tokens: list[Token], width: int) -> list[Token]:
    """Words longer than a line cut into line-long pieces, their time shared out."""
    out: list[Token] = []
    for word, start, end in tokens:
        if len(word) <= width:
            out.append((word, start, end))
            continue
        pieces = _pieces(word, width)
        pos = 0
        for piece in pieces:
            t0 = start + (end - start) * pos / len(word)
            pos += len(piece)
            out.append((piece, t0, start + (end - start) * pos / len(word)))
    return out


def _offsets(tokens: list[Token]) -> list[int]:
    """``q[i]``: the cumulative word lengths plus one space per word, so that tokens[j:i]
    joined by spaces is ``q[i] - q[j] - 1`` characters long."""
    q = [0]
    total = 0
    for t in tokens:
        total += len(t[0]) + 1
        q.append(total)
    return q


def cut_kinds(tokens: list[Token]) -> list[int]:
    """:func:`_cut_kind` of every gap: element ``i`` is the cut before ``tokens[i]`` (0 for
    ``i == 0``, where there is no cut)."""
    return [0] + [_cut_kind(tokens[i - 1][0], tokens[i][0]) for i in range(1, len(tokens))]


@lru_cache(maxsize=16)
def _underfill(width: int, max_lines: int) -> tuple[float, ...]:
    """The cost of a cue far from full, by its length in characters (which counts one space
    per line break, hence up to ``width * max_lines + max_lines - 1``)."""
    capacity = width * max_lines
    costs = []
    for chars in range(capacity + max_lines):
        empty = 1 - chars / capacity
        costs.append(_UNDERFILL * empty * empty)
    return tuple(costs)


def _wrap_end(q: list[int], j: int, width: int, max_lines: int) -> int:
    """How far tokens[j:] reach on ``max_lines`` lines each filled before the next (every
    word fits a line): the end index of the longest cue starting at ``j``."""
    n = len(q) - 1
    for _ in range(max_lines):
        j = bisect_right(q, q[j] + width + 1) - 1
        if j >= n:
            return n
    return j


def cue_chunks(tokens: list[Token], width: int, max_lines: int,
               kinds: list[int] | None = None) -> list[tuple[int, int]]:
    """Split ``tokens`` (none longer than ``width``, see :func:`_fit_width`) into cues
    (index ranges), each fitting ``max_lines`` lines of ``width`` characters, with the least
    total cost: a fixed cost per cue, the cost of each cut (cheapest after a sentence) and a
    cost for cues far from full. Words that fit in one cue stay one cue (two cues always
    cost more)."""
    return _chunks(tokens, _offsets(tokens), width, max_lines, kinds)


def _chunks(tokens: list[Token], q: list[int], width: int, max_lines: int,
            kinds: list[int] | None) -> list[tuple[int, int]]:
    n = len(tokens)
    if _wrap_end(q, 0, width, max_lines) >= n:
        return [(0, n)]
    kinds = kinds if kinds is not None else cut_kinds(tokens)
    cut = [_CUE_CUTS[k] for k in kinds]  # cut[i]: before tokens[i]
    cut.append(0.0)
    underfill = _underfill(width, max_lines)
    inf = float("inf")
    best = [0.0] + [inf] * n
    back = [0] * (n + 1)
    step = width + 1
    for j in range(n):
        base = best[j] + _PER_CUE
        start = q[j] + 1  # tokens[j:i] is q[i] - start characters long
        end = j  # the longest cue from j: _wrap_end, inlined (it runs for every word)
        for _ in range(max_lines):
            end = bisect_right(q, q[end] + step) - 1
            if end >= n:
                end = n
                break
        for i in range(j + 1, end + 1):
            cost = base + underfill[q[i] - start] + cut[i]
            if cost < best[i]:
                best[i] = cost
                back[i] = j
    chunks = []
    i = n
    while i > 0:
        chunks.append((back[i], i))
        i = back[i]
    return chunks[::-1]


def cue_lines(tokens: list[Token], width: int, max_lines: int,
              kinds: list[int] | None = None) -> list[str]:
    """Lay one cue's words out on as few lines as possible (at most ``max_lines``), with the
    line breaks where reading pauses and lines of even length."""
    kinds = kinds if kinds is not None else cut_kinds(tokens)
    return _lines([t[0] for t in tokens], _offsets(tokens), kinds, 0, len(tokens), width,
                  max_lines)


def _lines(words: list[str], q: list[int], kinds: list[int], a: int, b: int, width: int,
           max_lines: int) -> list[str]:
    """:func:`cue_lines` of words[a:b] (``q`` from :func:`_offsets`, ``kinds`` from
    :func:`cut_kinds`, both of all the words)."""
    q0 = q[a]
    total = q[b] - q0 - 1
    if total <= width:
        return [" ".join(words[a:b])]
    if max_lines >= 2:  # two lines (the usual case): try each cut that fits, no table needed
        target = total / 2
        options = []
        # the first line words[a:i] fits from q[i] <= q0 + width + 1 down, the second
        # words[i:b] from q[i] >= q[b] - width - 1 up
        lo = max(bisect_left(q, q[b] - width - 1, a + 1, b), a + 1)
        hi = min(bisect_right(q, q0 + width + 1, a, b) - 1, b - 1)
        for i in range(lo, hi + 1):
            first, second = q[i] - q0 - 1, q[b] - q[i] - 1
            uneven = ((first - target) / width) ** 2 + ((second - target) / width) ** 2
            options.append((_LINE_CUTS[kinds[i]] + _UNEVEN_LINES * uneven, i))
        if options:
            i = min(options)[1]
            return [" ".join(words[a:i]), " ".join(words[i:b])]
    n = b - a
    p = [x - q0 for x in q[a:b + 1]]  # the cue's words [j:i]: p[i] - p[j] - 1 characters
    for count in range(3, max_lines + 1):
        target = total / count
        # best[k][i]: cheapest layout of the cue's first i words on k lines
        best = [[float("inf")] * (n + 1) for _ in range(count + 1)]
        back = [[0] * (n + 1) for _ in range(count + 1)]
        best[0][0] = 0.0
        for k in range(1, count + 1):
            for i in range(1, n + 1):
                for j in range(i - 1, -1, -1):
                    length = p[i] - p[j] - 1
                    if length > width:
                        break
                    if best[k - 1][j] == float("inf"):
                        continue
                    cost = best[k - 1][j] + _UNEVEN_LINES * ((length - target) / width) ** 2
                    if i < n:
                        cost += _LINE_CUTS[kinds[a + i]]
                    if cost < best[k][i]:
                        best[k][i], back[k][i] = cost, j
        if best[count][n] < float("inf"):
            lines, i = [], n
            for k in range(count, 0, -1):
                j = back[k][i]
                lines.append(" ".join(words[a + j:a + i]))
                i = j
            return lines[::-1]
    raise AssertionError("cue_chunks gave a cue that does not fit")  # pragma: no cover


def cues(transcript: Transcript, *, max_line_chars: int = MAX_LINE_CHARS,
         max_lines: int = MAX_LINES) -> list[Cue]:
    """Caption cues: ≤ ``max_lines`` lines of ≤ ``max_line_chars`` characters each."""
    out: list[Cue] = []
    speakers: dict[str, str] = {}
    for seg in transcript.segments:
        tokens = _fit_width(_timed_tokens(seg), max_line_chars)
        if not tokens:
            continue
        speaker = None
        if seg.speaker:
            speaker = speakers.get(seg.speaker)
            if speaker is None:
                speaker = speakers[seg.speaker] = clean_text(seg.speaker)
        words = [t[0] for t in tokens]
        q = _offsets(tokens)
        kinds = [0] + [_cut_kind(before, after) for before, after in pairwise(words)]
        chunks = _chunks(tokens, q, max_line_chars, max_lines, kinds)
        last = len(chunks) - 1
        for c, (j, i) in enumerate(chunks):
            start = round(seg.start, 3) if c == 0 else tokens[j][1]
            end = round(seg.end, 3) if c == last else tokens[i][1]
            if out and start < out[-1].end:  # never overlap the previous cue
                start = out[-1].end
            end = max(end, start + 0.01)
            out.append(Cue(start=start, end=end,
                           lines=_lines(words, q, kinds, j, i, max_line_chars, max_lines),
                           speaker=speaker or None))
    return out
