"""A statistical person-name finder: an averaged perceptron over string features.

Trained by ``scripts/train_name_finder.py`` on Språkbanken's *Webbnyheter 2012* (the public
swedish-ner-corpus: Swedish news sentences tagged PER/ORG/LOC/MISC), with lower-cased copies of
the sentences so names in chat spelling are found too. The model file ships in
``podcast/privacy/data/`` and is read once, the first time a name is looked for; nothing is
downloaded. At run time it is numpy and the standard library only.

Only *candidate* words are scored: a word that starts with a capital (unless an everyday word
on no name list), a lower-case word on the model's first-name or surname lists, or a surname
joined to its particle by a hyphen ("al-Assad"). Every other word is no name. Each candidate
gets one of the five tags from its own spelling and its neighbours, in two passes (the second
also sees the first pass's tags of the word and its neighbours), which keeps a note of
ordinary lower-case text almost free.
"""

from __future__ import annotations

import logging
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from podcast.errors import PodcastError

log = logging.getLogger(__name__)

TAGS = ("O", "PER", "ORG", "LOC", "MISC")
PER = TAGS.index("PER")
MODEL_PATH = Path(__file__).with_name("data") / "name_finder.npz"

# A word (letters, with inner hyphens or apostrophes: "Anna-Karin", "O'Brien"), a number, or
# one other visible character.
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]|_")
_SENTENCE_END = frozenset('.!?:;"»«”“–—-()[]/>')
_SHAPE_TABLE: dict[str, str] = {}
#: Name particles: "Carl von Platen", "Ebba af Klercker", "Louis de Geer".
PARTICLES = frozenset({"af", "von", "de", "van", "da", "bin", "der", "di", "al",
                       "el", "ibn", "du", "le", "zu", "ter", "ten", "dos", "das", "del"})


def char_class(pred: Callable[[str], bool], top: int = 0x10000) -> str:
    """The inside of a regex character class: every character below ``top`` where ``pred``."""
    parts: list[str] = []
    start: int | None = None
    for cp in range(top + 1):
        inside = cp < top and pred(chr(cp))
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            end = cp - 1
            parts.append(f"\\u{start:04x}" if start == end else f"\\u{start:04x}-\\u{end:04x}")
            start = None
    return "".join(parts)


# A capitalised token of _TOKEN_RE, found without cutting the whole text into tokens: it
# starts after no letter, and after no letter + hyphen/apostrophe (there a token goes on).
# (Those checks come after the capital, so ``re`` can skip ahead to the next capital.)
_CAP_TOKEN_RE = re.compile(
    rf"[{char_class(lambda c: c.isalpha() and c.isupper())}](?<![^\W\d_].)(?<![^\W\d_][-'’].)"
    r"[^\W\d_]*(?:[-'’][^\W\d_]+)*")


# A surname joined to its particle by a hyphen: "al-Assad", "el-Khair", "bin-Talal".
_PARTICLE_NAME_RE = re.compile(r"[a-z]{1,3}-[^\W\d_a-z]")
# Initials inside a name ("Karin M Ekström", "Lars E O Svensson") and a regnal number after
# one ("Carl XVI Gustaf", "Margrethe II").
INITIAL_RE = re.compile(r"[^\W\d_a-zåäö]")
ROMAN_RE = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Start and end of every token of ``text``."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def _shape(word: str) -> str:
    """``Xx`` for "Kalle", ``x`` for "och", ``Xx-Xx`` for "Anna-Karin", ``d`` for digits."""
    s = _SHAPE_TABLE.get(word)
    if s is None:
        out: list[str] = []
        for ch in word:
            c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
            if not out or out[-1] != c:
                out.append(c)
        s = "".join(out)
        if len(_SHAPE_TABLE) < 200_000:
            _SHAPE_TABLE[word] = s
    return s


def features(words: Sequence[str], lower: Sequence[str], starts: Sequence[bool], i: int,
             first_names: frozenset[str], surnames: frozenset[str],
             ranks: NameRanks | None = None) -> list[str]:
    """The feature strings of word ``i`` (the one copy shared by training and run time).

    ``lower`` holds the words lower-cased, ``starts`` whether a word opens a sentence or line.
    """
    return (word_features(words[i], lower[i], starts[i], first_names, surnames, ranks)
            + context_features(words, lower, starts, i, first_names, surnames))


def word_features(w: str, lw: str, first: bool, first_names: frozenset[str],
                  surnames: frozenset[str], ranks: NameRanks | None = None
                  ) -> list[str]:
    """The features of a word itself and whether it opens a sentence (cached at run time)."""
    case = ("S" if first else "M") + ("C" if w[:1].isupper() else "l")
    base = lw[:-1] if lw.endswith("s") and len(lw) > 3 else lw  # "Hallins" -> "hallin"
    return [
        "b", "c=" + case, "w=" + lw, "wc=" + case + lw, "sh=" + _shape(w) + case[0],
        "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:], "s5=" + lw[-5:],
        "p2=" + lw[:2], "p3=" + lw[:3], "p4=" + lw[:4],
        f"lex={lw in first_names:d}{lw in surnames:d}{case}",
        f"lexg={base in first_names:d}{base in surnames:d}{lw != base:d}{case}",
        "len=" + str(min(len(w), 8)),
        *(() if ranks is None else _rank_features(lw, base, case, ranks)),
    ]


def _rank_features(lw: str, base: str, case: str, ranks: NameRanks) -> tuple[str, ...]:
    """How common the word (and the word without a genitive s) is as a first name and as a
    surname anywhere in the world."""
    return ("rk=" + ranks.code(lw) + case,
            "rkg=" + (ranks.code(base) if base != lw else "x") + case)


class NameRanks:
    """How common a word is as a first name and as a surname anywhere in the world: a
    two-digit code per word ("32": a top-100 first name somewhere and a top-1,000 surname;
    "00": on no list). Kept as sorted CRC-32 hashes of the words and one byte per code, so a
    million names take 5 MB, not the 100 MB of a dict (a rare hash collision gives a word
    another word's code, which only moves one feature)."""

    def __init__(self, hashes: np.ndarray, codes: np.ndarray) -> None:
        self.hashes = hashes
        self.codes = codes
        self._n = len(hashes)

    @classmethod
    def from_dict(cls, ranks: Mapping[str, str]) -> NameRanks:
        best: dict[int, int] = {}
        for word, code in ranks.items():
            h = zlib.crc32(word.encode("utf-8"))
            best[h] = max(best.get(h, 0), int(code))
        keys = np.array(sorted(best), dtype=np.uint32)
        return cls(keys, np.array([best[int(k)] for k in keys], dtype=np.uint8))

    def code(self, word: str) -> str:
        h = zlib.crc32(word.encode("utf-8"))
        # (a numpy scalar of the array's type: a Python int made numpy cast the whole array
        # on every call, a hundred times slower)
        i = int(self.hashes.searchsorted(np.uint32(h)))
        return f"{int(self.codes[i]):02d}" if i < self._n and self.hashes[i] == h else "00"


def context_features(words: Sequence[str], lower: Sequence[str], starts: Sequence[bool],
                     i: int, first_names: frozenset[str], surnames: frozenset[str]
                     ) -> list[str]:
    """The features of word ``i``'s neighbours."""
    n = len(words)
    pw = lower[i - 1] if i else "<s>"
    nw = lower[i + 1] if i + 1 < n else "</s>"
    pw2 = lower[i - 2] if i > 1 else "<s>"
    nw2 = lower[i + 2] if i + 2 < n else "</s>"
    ps = _shape(words[i - 1]) if i else "<s>"
    ns = _shape(words[i + 1]) if i + 1 < n else "</s>"
    ps2 = _shape(words[i - 2]) if i > 1 else "<s>"
    ns2 = _shape(words[i + 2]) if i + 2 < n else "</s>"
    cap = "C" if words[i][:1].isupper() else "l"
    case = ("S" if starts[i] else "M") + cap
    pfn = i > 0 and pw in first_names
    nsn = i + 1 < n and nw in surnames
    nfn = i + 1 < n and nw in first_names
    psn = i > 0 and pw in surnames
    ncap = i + 1 < n and words[i + 1][:1].isupper()
    pcap = i > 0 and not starts[i - 1] and words[i - 1][:1].isupper()
    return [
        "pw=" + pw, "nw=" + nw, "pw2=" + pw2, "nw2=" + nw2,
        "ps=" + ps, "ns=" + ns, "pwnw=" + pw + "|" + nw,
        "pw,c=" + pw + cap, "nw,c=" + nw + cap,
        f"ctx={pfn:d}{nsn:d}{cap}", f"caps={pcap:d}{ncap:d}{case}",
        f"ctx2={pfn:d}{psn:d}{nfn:d}{nsn:d}{pcap:d}{ncap:d}{case}",
        "ps2=" + ps2 + ps, "ns2=" + ns + ns2, "psns=" + ps + "|" + ns,
        "pw,s=" + pw + "|" + ns, "ps,nw=" + ps + "|" + nw,
    ]


def stack_features(tags: Sequence[int], i: int) -> list[str]:
    """The second pass's extra features: the first pass's tags of word ``i`` and its
    neighbours (0 outside the text and for words that were not scored)."""
    n = len(tags)
    p = tags[i - 1] if i else 0
    q = tags[i + 1] if i + 1 < n else 0
    return [f"t0={tags[i]}", f"t-1={p}", f"t+1={q}", f"t-1+1={p}{q}", f"t0-1={tags[i]}{p}"]


def sentence_starts(words: Sequence[str], newline_before: Sequence[bool] | None = None
                    ) -> list[bool]:
    """Whether each word opens a sentence (first, after . ! ? : and the like, or a line).

    The full stop of a capital initial ends none: "till K. Lundgren", "Anders W. Jonsson".
    """
    ends = _SENTENCE_END
    out = [True] + [w in ends and not (w == "." and i > 0 and _is_initial(words[i - 1]))
                    for i, w in enumerate(words[:-1])] if words else []
    if newline_before:
        out = [a or b for a, b in zip(out, newline_before, strict=True)]
    return out


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


class ModelError(PodcastError):
    """The shipped name-finder model is missing or broken."""


@dataclass
class Tagged:
    """A text cut into words, with one tag index per word."""

    spans: list[tuple[int, int]]
    words: list[str]
    lower: list[str]
    tags: list[int]
    cands: list[int]  # the words that were scored


@dataclass
class NameFinder:
    """A loaded model: feature → row of ``weights`` (one column per tag)."""

    index: dict[str, int]
    weights: np.ndarray
    first_names: frozenset[str]
    surnames: frozenset[str]
    everyday: frozenset[str] = frozenset()
    margin: float = 0.0
    #: words the training corpus tags as a place, organisation or other name at least three
    #: times and never as a person ("göteborg"): never tagged PER
    non_person: frozenset[str] = frozenset()
    #: how common a word is as a first name and as a surname anywhere in the world, one
    #: digit each (0 = on no list), from names-dataset; None in models trained without it
    ranks: NameRanks | None = None
    #: countries, continents and towns of 50,000 people or more (GeoNames), except the
    #: words the corpus tags as a person and listed first names: never a person on their own
    places: frozenset[str] = frozenset()
    #: the redactor's listed first names that the corpus also writes in lower case as an
    #: ordinary word ("björn", "tina"): no name when they stand alone in lower case
    lower_words: frozenset[str] = frozenset()
    #: everyday words that are also among the 2,500 most common Swedish surnames ("strid",
    #: "sommar"); on no list above, a rule takes them as a surname after a first name
    ordinary_surnames: frozenset[str] = frozenset()
    #: first names and surnames that a Swedish spelling dictionary also holds as an ordinary
    #: word in lower case ("rosa", "björk", "berg", "linnea" the flower; "fran" for "från")
    dictionary_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        lists = self.first_names | self.surnames
        # lower-case words worth scoring: on a name list and not an everyday word
        self.names = lists - self.everyday
        self._lists = lists
        self._plain = self.everyday - lists  # everyday words on no name list
        self._rows = {f: tuple(self.weights[i].tolist()) for f, i in self.index.items()}
        self._cache: dict[tuple[str, bool], tuple[float, ...]] = {}
        self._rows2: dict[str, tuple[float, ...]] = {}
        self._cache2: dict[tuple[str, bool], tuple[float, ...]] = {}

    def rank_code(self, word: str) -> str:
        """:meth:`NameRanks.code` of ``word`` (lower case), "00" in a model without ranks."""
        return "00" if self.ranks is None else self.ranks.code(word)

    def set_first_pass(self, feats: Sequence[str], weights: np.ndarray) -> None:
        """The weights of the first pass (a model built in memory, as in training)."""
        self.index = {f: i for i, f in enumerate(feats)}
        self.weights = weights
        self._rows = {f: tuple(row) for f, row in zip(feats, weights.tolist(), strict=True)}
        self._cache.clear()

    def set_second_pass(self, feats: Sequence[str], weights: np.ndarray) -> None:
        """The weights of the second pass (see :func:`stack_features`)."""
        self._rows2 = {f: tuple(row) for f, row in zip(feats, weights.tolist(), strict=True)}
        self._cache2.clear()

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> NameFinder:
        def words(z: np.lib.npyio.NpzFile, key: str) -> list[str]:
            return bytes(z[key]).decode("utf-8").split("\n")

        try:
            with np.load(path, allow_pickle=False) as z:
                feats = words(z, "features")
                weights = z["weights"].astype(np.float32)
                first, last, everyday = (words(z, "first_names"), words(z, "surnames"),
                                         words(z, "everyday"))
                margin = float(z["margin"])
                non_person = words(z, "non_person") if "non_person" in z else []
                places = words(z, "places") if "places" in z else []
                lower_words = words(z, "lower_words") if "lower_words" in z else []
                ordinary = words(z, "ordinary_surnames") if "ordinary_surnames" in z else []
                dictionary = words(z, "dictionary_words") if "dictionary_words" in z else []
                feats2 = words(z, "features2") if "features2" in z else []
                weights2 = z["weights2"].astype(np.float32) if feats2 else None
                ranks = (NameRanks(z["rank_hashes"].astype(np.uint32),
                                   z["rank_codes"].astype(np.uint8))
                         if "rank_hashes" in z else None)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"{path}: cannot read the name-finder model ({exc})") from exc
        if len(feats) != weights.shape[0] or weights.shape[1] != len(TAGS):
            raise ModelError(f"{path}: {len(feats)} features but weights of shape "
                             f"{weights.shape}")
        if ranks is not None and ranks.hashes.shape != ranks.codes.shape:
            raise ModelError(f"{path}: {len(ranks.hashes)} name hashes but "
                             f"{len(ranks.codes)} codes")
        finder = cls({f: i for i, f in enumerate(feats)}, weights, frozenset(first),
                     frozenset(last), frozenset(everyday), margin, frozenset(non_person), ranks,
                     frozenset(places), frozenset(lower_words), frozenset(ordinary),
                     frozenset(dictionary))
        if weights2 is not None:
            if len(feats2) != weights2.shape[0] or weights2.shape[1] != len(TAGS):
                raise ModelError(f"{path}: {len(feats2)} second-pass features but weights of "
                                 f"shape {weights2.shape}")
            finder.set_second_pass(feats2, weights2)
        return finder

    def candidates(self, words: Sequence[str], lower: Sequence[str]) -> list[int]:
        """The words worth scoring: capitalised (unless an everyday word that is on no name
        list: "Ringer", "Jag"), or a lower-case word on the name lists."""
        names, plain = self.names, self._plain
        return [i for i, lw in enumerate(lower)
                if lw in names or (lw not in plain and words[i][:1].isupper())
                or (lw[:4].rstrip("-") in PARTICLES and _PARTICLE_NAME_RE.match(words[i]))]

    def tag_words(self, words: Sequence[str], starts: Sequence[bool],
                  lower: Sequence[str] | None = None, cands: Iterable[int] | None = None
                  ) -> list[int]:
        """One tag index per word (0 = no name for words that are not candidates). Two
        passes: the second also sees the tags the first gave the neighbours."""
        if lower is None:
            lower = [w.lower() for w in words]
        if cands is None:
            cands = self.candidates(words, lower)
        cands = list(cands)
        tags = [0] * len(words)
        # (a word's neighbours are the same in both passes: their features are made once)
        context = {i: context_features(words, lower, starts, i, self.first_names, self.surnames)
                   for i in cands}
        for i in cands:
            tags[i] = self._tag(words, lower, starts, i, self._rows, self._cache, context[i])
        if not self._rows2:
            return tags
        first = tags
        tags = [0] * len(words)
        veto = self.non_person
        for i in cands:
            tags[i] = self._tag(words, lower, starts, i, self._rows2, self._cache2,
                                context[i] + stack_features(first, i))
            if tags[i] == PER and lower[i] in veto:
                tags[i] = 0  # "Fredrik Reinfeldt Göteborg": Göteborg is no part of the name
        places, n = self.places, len(words)
        if places:
            lone = [i for i in cands if tags[i] == PER and lower[i] in places
                    and not (i and tags[i - 1] == PER) and not (i + 1 < n and tags[i + 1] == PER)]
            for i in lone:
                tags[i] = 0  # "skriver Liverpool", not "Anna Birmingham"
        return tags

    def _tag(self, words: Sequence[str], lower: Sequence[str], starts: Sequence[bool],
             i: int, rows: dict[str, tuple[float, ...]],
             cache: dict[tuple[str, bool], tuple[float, ...]], extra: Sequence[str]) -> int:
        """The best tag of candidate word ``i``: the sum of its features' weight rows (the
        word's own part cached; ``extra``: its context's features), in plain Python (a numpy
        call per word costs more)."""
        key = (words[i], starts[i])
        part = cache.get(key)
        if part is None:
            s0 = s1 = s2 = s3 = s4 = 0.0
            for f in word_features(words[i], lower[i], starts[i], self.first_names,
                                   self.surnames, self.ranks):
                r = rows.get(f)
                if r is not None:
                    s0 += r[0]; s1 += r[1]; s2 += r[2]; s3 += r[3]; s4 += r[4]  # noqa: E702
            part = (s0, s1, s2, s3, s4)
            if len(cache) < 100_000:
                cache[key] = part
        s0, s1, s2, s3, s4 = part
        for f in extra:
            r = rows.get(f)
            if r is not None:
                s0 += r[0]; s1 += r[1]; s2 += r[2]; s3 += r[3]; s4 += r[4]  # noqa: E702
        scores = (s0, s1 - self.margin, s2, s3, s4)
        return max(range(5), key=scores.__getitem__)

    def analyse(self, text: str, known: Callable[[int, int], bool] | None = None) -> Tagged:
        """``text`` cut into words and tagged. Words where ``known(start, end)`` (already
        found to be personal data) are not scored. Without a candidate word ``spans`` stays
        empty and every tag is 0."""
        words = _TOKEN_RE.findall(text)
        if self.names.isdisjoint(words) and not any(
                m.group().lower() not in self._plain and not (known and known(*m.span()))
                for m in _CAP_TOKEN_RE.finditer(text)):
            return Tagged([], words, [], [0] * len(words), [])  # nothing to score
        lower = [w.lower() for w in words]
        tags = [0] * len(words)
        cands = self.candidates(words, lower)
        if not cands:
            return Tagged([], words, lower, tags, [])
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        if known is not None:
            cands = [i for i in cands if not known(*spans[i])]
            if not cands:
                return Tagged(spans, words, lower, tags, [])
        starts = sentence_starts(words)
        if "\n" in text:  # a word that opens a line opens a sentence (only where it counts)
            for i in {j for c in cands for j in (c - 1, c) if j > 0}:
                if "\n" in text[spans[i - 1][1]:spans[i][0]]:
                    starts[i] = True
        tags = self.tag_words(words, starts, lower, cands)
        return Tagged(spans, words, lower, tags, cands)

    def find(self, text: str, tagged: Tagged | None = None) -> list[tuple[int, int]]:
        """Start and end of each person name in ``text`` (adjacent name words joined, with
        particles between them: "Carl von Platen")."""
        t = tagged or self.analyse(text)
        return list(_join(t.spans, t.words, t.tags, text))


def _join(spans: list[tuple[int, int]], words: list[str], tags: list[int],
          text: str) -> Iterable[tuple[int, int]]:
    n = len(words)
    i = 0
    while i < n:
        if tags[i] != PER:
            i += 1
            continue
        start, end = spans[i]
        j = i + 1
        while j < n:
            gap = text[end:spans[j][0]]
            if gap not in (" ", "") or "\n" in gap:
                break
            if tags[j] == PER:
                end = spans[j][1]
                j += 1
            elif INITIAL_RE.fullmatch(words[j]) or (len(words[j]) > 1
                                                    and ROMAN_RE.fullmatch(words[j])):
                k = j  # initials or a regnal number, then (for initials) the surname
                while k < n and k - j < 3 and text[spans[k - 1][1]:spans[k][0]] == " " and (
                        INITIAL_RE.fullmatch(words[k]) or ROMAN_RE.fullmatch(words[k])):
                    k += 1
                if k < n and tags[k] == PER and text[spans[k - 1][1]:spans[k][0]] == " ":
                    end = spans[k][1]
                    j = k + 1
                elif ROMAN_RE.fullmatch(words[k - 1]) and len(words[k - 1]) > 1:
                    end = spans[k - 1][1]  # "Margrethe II"
                    j = k
                else:
                    break
            elif (_PARTICLE_NAME_RE.match(words[j])
                  and words[j].split("-", 1)[0].lower() in PARTICLES):
                end = spans[j][1]  # "Bashar al-Assad"
                j += 1
            elif (words[j].lower() in PARTICLES and j + 1 < n and words[j + 1][:1].isupper()
                  and text[spans[j][1]:spans[j + 1][0]] == " "):
                end = spans[j + 1][1]  # "von Platen"
                j += 2
            else:
                break
        yield start, end
        i = j


_lock = threading.Lock()
_model: NameFinder | None = None


def model() -> NameFinder:
    """The shipped model, loaded once."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = NameFinder.load()
                log.debug("name finder: %d features", len(_model.index))
    return _model
