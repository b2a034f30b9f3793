"""Glossary correction: put back a glossary term the recogniser heard as something close.

"Nästa avsnitt handlar om Big Love" → "… om bygglov": a recognised word, or a pair of
neighbouring words, is replaced by a glossary term only when both

- its Swedish sound key (:func:`sound_key`) is almost the term's (normalised edit distance
  ≤ :data:`MAX_SOUND_DISTANCE`, same first sound), and
- its spelling, lower-cased without spaces, is close too (≤ :data:`MAX_SPELLING_DISTANCE`),
- and it is not the term with an ending added (an inflected form such as "bygglovet").

Both limits are strict on purpose: a real word that merely shares a stem ("byggnad",
"bygglovet") is never changed. Every replacement is returned as a :class:`Correction`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from podcast.transcript import Segment, Word

MAX_SOUND_DISTANCE = 0.15
MAX_SPELLING_DISTANCE = 0.45
MIN_KEY_LENGTH = 4

_LETTERS = re.compile(r"[^\W\d_]+")
_FRONT = "eiyäö"
# Spellings that sound alike in Swedish (and in English words heard in Swedish), longest first.
_SOUNDS = (
    ("skj", "x"), ("stj", "x"), ("sch", "x"), ("sj", "x"), ("sh", "x"), ("ch", "x"),
    ("tj", "c"), ("kj", "c"), ("dj", "j"), ("gj", "j"), ("hj", "j"), ("lj", "j"),
    ("ck", "k"), ("ph", "f"), ("th", "t"), ("qu", "kv"), ("q", "k"), ("w", "v"), ("z", "s"),
    ("x", "ks"), ("å", "o"), ("ä", "e"), ("é", "e"), ("y", "i"), ("aa", "o"),
)


def _letters(text: str) -> str:
    return "".join(_LETTERS.findall(text.lower()))


def sound_key(text: str) -> str:
    """A rough Swedish sound key: similar-sounding spellings map to one letter, soft c/k/g/sk
    before front vowels are told apart, doubled letters and a silent final e (English
    spellings) are dropped."""
    s = _letters(text)
    out = []
    i = 0
    while i < len(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if s[i] == "c":
            out.append("s" if nxt in _FRONT else "k")
            i += 1
            continue
        if s.startswith("sk", i) and i + 2 < len(s) and s[i + 2] in _FRONT:
            out.append("x")
            i += 2
            continue
        if s[i] == "k" and nxt in _FRONT and i == 0:
            out.append("c")
            i += 1
            continue
        for spelling, sound in _SOUNDS:
            if s.startswith(spelling, i):
                out.append(sound)
                i += len(spelling)
                break
        else:
            out.append(s[i])
            i += 1
    key = "".join(out)
    key = re.sub(r"(.)\1+", r"\1", key)
    if len(key) > 3 and key.endswith("e") and key[-2] not in "aeiouyäåö":
        key = key[:-1]
    return key


def edit_distance(a: Sequence, b: Sequence) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
        previous = current
    return previous[-1]


def distance(a: str, b: str) -> float:
    """Edit distance divided by the longer length (0 = equal, 1 = nothing in common)."""
    if not a and not b:
        return 0.0
    return edit_distance(a, b) / max(len(a), len(b))


def matches(heard: str, term: str) -> bool:
    """Whether ``heard`` (one word or two) should become glossary ``term``."""
    spelled, wanted = _letters(heard), _letters(term)
    if not spelled or " ".join(heard.lower().split()) == " ".join(term.lower().split()):
        return False
    if spelled != wanted and spelled.startswith(wanted):
        return False  # an inflected form of the term ("bygglovet"): right as it is
    a, b = sound_key(heard), sound_key(term)
    if len(b) < MIN_KEY_LENGTH or not a or a[0] != b[0]:
        return False
    return (distance(a, b) <= MAX_SOUND_DISTANCE
            and distance(spelled, wanted) <= MAX_SPELLING_DISTANCE)


@dataclass(frozen=True)
class Correction:
    original: str
    replacement: str
    start: float
    end: float

    def to_plain(self) -> dict:
        return {"original": self.original, "replacement": self.replacement,
                "start": round(self.start, 3), "end": round(self.end, 3)}


def _styled(term: str, heard: str, sentence_start: bool) -> str:
    """The term as written in the glossary, capitalised only at the start of a sentence."""
    if sentence_start and heard[:1].isupper() and term[:1].islower():
        return term[:1].upper() + term[1:]
    return term


def _split_word(text: str) -> tuple[str, str, str]:
    """(leading space/punctuation, the word, trailing punctuation)."""
    m = re.match(r"^(\W*)(.*?)(\W*)$", text, flags=re.S)
    assert m is not None
    return m.group(1), m.group(2), m.group(3)


def correct_segment(segment: Segment, terms: Sequence[str]) -> list[Correction]:
    """Replace near-misses of ``terms`` in ``segment`` (its words and text) in place."""
    words = segment.words or [Word(segment.start, segment.end, " " + w)
                              for w in segment.text.split()]
    had_words = bool(segment.words)
    found: list[Correction] = []
    i = 0
    while i < len(words):
        done = False
        for term in terms:
            span = len(term.split())
            for n in (span + 1, span):
                chunk = words[i:i + n]
                if len(chunk) < n or n < 1:
                    continue
                # only the last word may carry punctuation (no pair across a sentence end)
                if any(_split_word(w.text)[2].strip() for w in chunk[:-1]):
                    continue
                heard = " ".join(_split_word(w.text)[1] for w in chunk)
                if not matches(heard, term):
                    continue
                lead, _, _ = _split_word(chunk[0].text)
                _, _, trail = _split_word(chunk[-1].text)
                first = i == 0 or words[i - 1].text.rstrip().endswith((".", "?", "!", "…"))
                styled = _styled(term, heard, first)
                new = Word(start=chunk[0].start, end=chunk[-1].end,
                           text=f"{lead}{styled}{trail}",
                           probability=min((w.probability for w in chunk
                                            if w.probability is not None), default=None))
                words[i:i + n] = [new]
                found.append(Correction(heard, styled, new.start, new.end))
                done = True
                break
            if done:
                break
        i += 1
    if found:
        if had_words:
            segment.words = words
            segment.text = "".join(w.text for w in words).strip()
        else:
            segment.text = " ".join(w.text.strip() for w in words)
    return found


def correct(segments: Iterable[Segment], terms: Sequence[str]) -> list[Correction]:
    """Apply :func:`correct_segment` to every segment; the corrections in time order."""
    terms = [t.strip() for t in terms if t and t.strip()]
    out: list[Correction] = []
    if not terms:
        return out
    for seg in segments:
        out += correct_segment(seg, terms)
    return out
