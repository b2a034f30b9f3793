"""Slugs for episode folders and URLs: ASCII, lower case, words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

from podcast.errors import InvalidValue

# Letters that do not decompose into base letter + combining mark.
_SPECIAL = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "œ": "oe", "Œ": "oe", "&": " och ",
})


def slugify(text: str, *, max_length: int = 60) -> str:
    """'Snöröjning på vintern' → 'snorojning-pa-vintern'.

    å/ä/ö become a/a/o, other accents are dropped, anything that is not a letter or digit
    separates words. Long titles are cut at a word boundary. Raises
    :class:`~podcast.errors.InvalidValue` when nothing usable is left (for example a title of
    only punctuation).
    """
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    if not words:
        raise InvalidValue(f"cannot make a slug from {text!r}: no letters or digits")
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length and slug:
            break
        slug = candidate[:max_length]
    return slug


def unique_slug(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
