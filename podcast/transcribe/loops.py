"""Repetition loops: Whisper sometimes repeats a phrase that nobody said.

A window is looping when a phrase of 1–6 words follows itself at least three times in a row,
or when its text compresses too well with gzip (ratio above 2.4, the limit Whisper itself uses
to reject a decoding). Words are compared after lower-casing and stripping punctuation.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

MAX_PHRASE = 6
MIN_REPEATS = 3
MAX_COMPRESSION_RATIO = 2.4

_WORD = re.compile(r"[^\W_]+")


def key(word: str) -> str:
    """A word as compared for repetition: lower case, letters and digits only."""
    return "".join(_WORD.findall(word.lower()))


@dataclass(frozen=True)
class Repeat:
    """``count`` copies of a ``length``-word phrase starting at word ``start``."""

    start: int
    length: int
    count: int

    @property
    def end(self) -> int:
        return self.start + self.length * self.count


def repeats(words: Sequence[str], *, max_phrase: int = MAX_PHRASE) -> list[Repeat]:
    """Every run of back-to-back copies (two or more) of a phrase of 1–``max_phrase`` words."""
    keys = [key(w) for w in words]
    found: list[Repeat] = []
    n = len(keys)
    for length in range(1, max_phrase + 1):
        i = 0
        while i + 2 * length <= n:
            phrase = keys[i:i + length]
            count = 1
            if all(phrase):
                while keys[i + count * length:i + (count + 1) * length] == phrase:
                    count += 1
            if count > 1:
                found.append(Repeat(i, length, count))
                i += length * (count - 1) + 1
            else:
                i += 1
    return found


def longest_repeat(words: Sequence[str], *, max_phrase: int = MAX_PHRASE) -> Repeat | None:
    """The run with the most copies (then the most words, then the earliest); ``None`` when
    no phrase follows itself (a word said twice in a row is a run of 2)."""
    runs = repeats(words, max_phrase=max_phrase)
    if not runs:
        return None
    return max(runs, key=lambda r: (r.count, r.length * r.count, -r.start))


def compression_ratio(text: str) -> float:
    """Bytes of ``text`` / bytes after zlib compression (Whisper's own measure)."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def is_looping(words: Sequence[str], *, min_repeats: int = MIN_REPEATS,
               max_ratio: float = MAX_COMPRESSION_RATIO) -> bool:
    """A phrase of 1–6 words repeated ``min_repeats`` times in a row, or text that
    compresses better than ``max_ratio``."""
    found = longest_repeat(words)
    if found is not None and found.count >= min_repeats:
        return True
    return compression_ratio(" ".join(words)) > max_ratio


def collapse_repeats(words: Sequence[str], *, min_repeats: int = MIN_REPEATS) -> list[int]:
    """Indices of the words to keep when every phrase repeated ``min_repeats`` or more times
    in a row is cut back to one copy."""
    keep = list(range(len(words)))
    while True:
        found = longest_repeat([words[i] for i in keep])
        if found is None or found.count < min_repeats:
            return keep
        keep = keep[:found.start + found.length] + keep[found.end:]
