"""Word error rate, for tests and benchmarks of transcription quality.

Both texts are normalised the same way before words are compared: lower case, punctuation
removed, British/American spelling variants and the number words zero–twenty written as
digits (Whisper writes "8" for "eight"), so that only real recognition errors count.
"""

from __future__ import annotations

import re

_NUMBERS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
    "sv": "noll en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton "
          "sexton sjutton arton nitton tjugo",
}
_SPELLING = {"centre": "center", "ploughs": "plows", "plough": "plow", "colour": "color",
             "centres": "centers", "metres": "meters", "centimetres": "centimeters"}


def normalize(text: str, language: str = "en") -> list[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    numbers = {w: str(i) for i, w in enumerate(_NUMBERS.get(language, "").split())}
    if language == "sv":
        numbers.pop("en", None)  # "en" is also the article
    out = []
    for w in words:
        w = _SPELLING.get(w, w)
        out.append(numbers.get(w, w))
    return out


def word_error_rate(reference: str, hypothesis: str, language: str = "en") -> float:
    """(substitutions + deletions + insertions) / reference words, after normalisation."""
    ref, hyp = normalize(reference, language), normalize(hypothesis, language)
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / len(ref)
