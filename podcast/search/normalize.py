"""Swedish-aware text normalisation for the search index.

- å, ä and ö are letters of their own (``remove_diacritics 0`` in FTS5; never stripped in
  the main column), so "får" and "far" stay different words;
- Snowball's Swedish stemmer joins inflections ("plogvallen", "plogvallar" → "plogvall");
- a second, *folded* form (å/ä → a, ö → o, then stemmed) lets chat spellings without the
  Swedish letters ("snorojning", "sophamtningen") still find the words.
"""

from __future__ import annotations

import functools
import re

import snowballstemmer

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "a", "ø": "o", "é": "e", "è": "e",
                       "ü": "u", "á": "a", "à": "a"})

#: Words that carry no meaning in a question to the contact center (Swedish function words
#: plus phrases citizens open with). Used by ``ask``, not by ``search``.
STOP_WORDS = frozenset("""
alla allt att av bara blev bli blir de dem den denna deras dess det detta dig din dina ditt
du där då efter eftersom ej eller en er era ert ett från för ha hade han hans har henne
hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min
mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina
sitta själv skulle som så sådan till under upp ut utan vad var vara varför varit varje vem
vi vid vilka vilken vilket vår våra vårt än är åt över ska skall får fått kommer gör göra
gjorde finns fanns måste vill ville bör kanske också hej hallo hallå tack undrar fråga
frågar ringer ringde angående ang gäller hälsningar mvh vänliga snälla behöver någonstans
""".split())


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits; inner hyphens and apostrophes kept)."""
    return [w.lower() for w in _WORD.findall(text)]


def fold(word: str) -> str:
    return word.lower().translate(_FOLD)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


@functools.lru_cache(maxsize=200_000)
def folded_stem(word: str) -> str:
    return _stemmer().stemWord(fold(word))


@functools.lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("swedish")


_LIGHT_ENDINGS = ("ande", "ende", "else", "ade", "are", "ar", "er", "or", "as", "es", "at",
                  "en", "et", "a", "e")


def light_root(folded: str) -> str:
    """A short root for substring matching inside compounds (``snoar`` → ``sno``).

    Snowball keeps some verb and plural forms whole ("snöar"); for finding the word inside
    compounds ("sophämtningen" for "hämtas") one common ending is cut when 3+ letters remain.
    """
    for ending in _LIGHT_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[: -len(ending)]
    return folded


def substring_text(text: str) -> str:
    """Lower-cased, folded words for the trigram (substring) table."""
    return " ".join(fold(w) for w in words(text))


def _parts(word: str) -> list[str]:
    """'gång-' and 'cykel-vägar' index both the whole word and its parts."""
    if "-" in word:
        pieces = [p for p in word.split("-") if p]
        return [word.replace("-", ""), *pieces]
    return [word]


def index_forms(text: str) -> tuple[str, str]:
    """(stemmed text, folded stemmed text) to store in the two FTS columns."""
    stems: list[str] = []
    folded: list[str] = []
    for w in words(text):
        for part in _parts(w):
            stems.append(stem(part))
            folded.append(folded_stem(part))
    return " ".join(stems), " ".join(folded)


def query_terms(text: str, *, drop_stop_words: bool = False) -> list[tuple[str, str, str]]:
    """(original word, stem, folded stem) for each searchable word of a query."""
    out = []
    seen = set()
    for w in words(text):
        for part in _parts(w):
            if drop_stop_words and part in STOP_WORDS:
                continue
            key = (stem(part), folded_stem(part))
            if key in seen:
                continue
            seen.add(key)
            out.append((part, *key))
    return out
