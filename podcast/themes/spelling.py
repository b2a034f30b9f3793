"""Corpus-driven spelling repair: map rare tokens onto a frequent look-alike from the same log.

Contact notes are typed fast ("byggglov", "hetjänst", "soovallen"). A rare stem (seen fewer
than ``min_freq`` times) is replaced by the most similar frequent stem (character trigram
candidates, then :class:`difflib.SequenceMatcher` ratio ≥ ``min_ratio``) that is at least
three times as common. No dictionary is needed, so it works for any language.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict


def _grams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


def spelling_corrections(counts: Counter, *, min_freq: int = 5, min_ratio: float = 0.8,
                         max_candidates: int = 8) -> dict[str, str]:
    """rare token → frequent token, for tokens of four characters or more."""
    frequent = [w for w, c in counts.items() if c >= min_freq and len(w) >= 4]
    index: dict[str, list[str]] = defaultdict(list)
    for w in frequent:
        for g in set(_grams(w)):
            index[g].append(w)
    out: dict[str, str] = {}
    for word, count in counts.items():
        if count >= min_freq or len(word) < 4:
            continue
        votes: Counter = Counter()
        for g in set(_grams(word)):
            for f in index.get(g, ()):
                votes[f] += 1
        best, best_ratio = None, 0.0
        for cand, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:max_candidates]:
            if counts[cand] < 3 * count:
                continue
            ratio = difflib.SequenceMatcher(None, word, cand).ratio()
            if ratio > best_ratio or (ratio == best_ratio and best is not None
                                      and counts[cand] > counts[best]):
                best, best_ratio = cand, ratio
        if best is not None and best_ratio >= min_ratio:
            out[word] = best
    return out
