"""Theme labels: class-based TF-IDF (c-TF-IDF) over stems, shown as a short noun phrase.

For theme *c* and stem *t*: ``score = share_c(t) * log(1 + A / f(t))`` where ``share_c(t)`` is
the share of the theme's notes containing *t*, ``f(t)`` the number of notes containing *t*
overall and ``A`` the average theme size. A stem should occur in at least 8 % of the theme's
notes to be a label word, so one-off words never become labels (a theme where no stem is that
common takes its best-scoring stems found in two notes or more). Placeholders such as ``[TEL]``
are removed before stemming, so they cannot appear, and :func:`personal_stems` finds candidate
words that are personal data in the notes they come from (a surname after a first name, the
town of a postal address, a name under "Mvh") so they are never shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np
import scipy.sparse as sp

from podcast.privacy.names import FIRST_NAMES
from podcast.privacy.redact import find_pii
from podcast.themes.normalize import ENGLISH_STOP, SWEDISH_STOP, Normaliser, fold, tokenize

_NAME_STEMS = frozenset(fold(n.lower()) for n in FIRST_NAMES)


def theme_terms(B: sp.csr_matrix, vocab: list[str], labels: np.ndarray, weights: np.ndarray,
                n_themes: int, *, top: int = 8, min_share: float = 0.08) -> list[list[str]]:
    """Top stems per theme (``labels`` per unique note, -1 = noise)."""
    B = B.tocsr()
    w = np.asarray(weights, dtype=np.float64)
    keep = labels >= 0
    onehot = sp.csr_matrix((w[keep], (labels[keep], np.nonzero(keep)[0])),
                           shape=(n_themes, B.shape[0]))
    tf = np.asarray((onehot @ B).todense())  # theme × stem: weighted notes containing stem
    size = np.asarray(onehot.sum(axis=1)).ravel()
    total = tf.sum(axis=0) + 1e-9
    avg = size.mean() if len(size) else 1.0
    share = tf / np.maximum(size[:, None], 1e-9)
    score = share * np.log1p(avg / total)[None, :]
    bad = np.array([len(v) < 3 or v in _NAME_STEMS for v in vocab], dtype=bool)
    out: list[list[str]] = []
    for c in range(n_themes):
        s = np.where((share[c] >= min_share) & ~bad, score[c], -1.0)
        order = np.argsort(-s, kind="stable")
        chosen = [vocab[i] for i in order[:top] if s[i] > 0]
        if len(chosen) < 3:  # a loose theme: no stem is common; take its best in ≥ 2 notes
            loose = np.where((tf[c] >= 2) & ~bad, score[c], -1.0)
            chosen += [vocab[i] for i in np.argsort(-loose, kind="stable")[:top]
                       if loose[i] > 0 and vocab[i] not in chosen][: top - len(chosen)]
        out.append(chosen)
    return out


_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


#: A word written only with a capital inside sentences, in fewer distinct notes than this,
#: is taken for a name the redactor did not know ("... Ömer Çelik" at the end of two notes).
#: Organisations that matter to a theme (Försäkringskassan, BankID) occur in more notes.
RARE_PROPER_NOUN_NOTES = 5
_SENTENCE_END = frozenset(".!?:\n")


def _name_like(text: str, start: int, end: int) -> bool:
    """Capitalised inside a sentence, or capitalised and followed by a capitalised word."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip(" \t\"'(")
    if before and before[-1] not in _SENTENCE_END:
        return True
    after = text[end:].lstrip(" \t")
    return after[:1].isupper()


def personal_stems(stems: Iterable[str], texts_with: Callable[[str], list[str]],
                   stem_of: Callable[[str], str | None], *, share: float = 0.25) -> set[str]:
    """The stems among ``stems`` that are personal data where they occur.

    For each stem, the raw notes containing it (``texts_with(stem)``, a sample) are run through
    the redactor; a stem counts as personal data when at least ``share`` of its occurrences lie
    inside a name, address, phone, e-mail or personnummer span — or when it is a rare proper
    noun: every occurrence capitalised inside a sentence or before another capitalised word
    (a first name at a sentence start), in fewer than
    ``RARE_PROPER_NOUN_NOTES`` distinct notes. ``stem_of`` maps a lower-case word to its stem
    as the normaliser does (None for dropped words).
    """
    # each note's words are read once, whichever candidate stems share the note:
    # (stems of the word, written like a name, inside a personal-data span)
    words_of: dict[str, list[tuple[frozenset[str | None], bool, bool]]] = {}

    def words(text: str) -> list[tuple[frozenset[str | None], bool, bool]]:
        found = words_of.get(text)
        if found is None:
            spans = [(sp_.start, sp_.end) for sp_ in find_pii(text)]
            found = words_of[text] = [
                (frozenset(stem_of(w) for w in tokenize(m.group(0).lower())),
                 _name_like(text, m.start(), m.end()),
                 any(a <= m.start() and m.end() <= b for a, b in spans))
                for m in _WORD_RE.finditer(text)]
        return found

    personal: set[str] = set()
    for stem in stems:
        inside = total = capitalised = 0
        notes = set()
        for text in texts_with(stem):
            for stems_here, name_like, in_span in words(text):
                if stem in stems_here:
                    total += 1
                    notes.add(text)
                    capitalised += name_like
                    inside += in_span
        if total and (inside >= share * total
                      or (capitalised == total and len(notes) < RARE_PROPER_NOUN_NOTES)):
            personal.add(stem)
    return personal


#: Words before which a verb stands ("att söka", "kan ansöka", "I want to apply") and before
#: which a noun stands ("en faktura", "min parkering", "the invoice"): grammar, not tuning.
VERB_CUES = {
    "sv": frozenset("att ska skall kan kunde vill måste jag vi man hon han hen ni du dom"
                    .split()),
    "en": frozenset("to can can't cannot will won't would should could must i we they he she "
                    "didn't don't doesn't".split()),
}
NOUN_CUES = {
    "sv": frozenset("en ett min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era "
                    "den det denna detta dessa de ny nytt nya vilken vilket ingen inget "
                    "någon något".split()),
    "en": frozenset("a an the my your our their his her its this that these those new "
                    "no any".split()),
}


class WordRoles:
    """Which stems and words this log uses as verbs, learnt from the words just before them.

    A stem counts as a verb when, among its occurrences right after a verb cue ("att",
    "kan", "vill"; "to", "can") or a noun cue ("en", "min", "den"; "the", "my"), verb cues
    are the majority (at least two of them). No word list of verbs or nouns is needed, so
    it works for the log's own vocabulary and spelling. The same is counted for each word as
    written, because a stem is shared by a noun and a verb ("plogen" and "plogar", "resan"
    and "reser"): the word a label shows is judged by its own use.
    """

    def __init__(self, language: str = "sv") -> None:
        self.language = language
        self.verb_cues = VERB_CUES.get(language, VERB_CUES["sv"])
        self.noun_cues = NOUN_CUES.get(language, NOUN_CUES["sv"])
        self.verb: dict[str, int] = {}
        self.noun: dict[str, int] = {}
        self.verb_word: dict[str, int] = {}
        self.noun_word: dict[str, int] = {}

    def learn(self, texts: Iterable[str], stem_of: Callable[[str], str | None]) -> None:
        for text in texts:
            prev = ""
            for w in tokenize(text.lower()):
                if prev in self.verb_cues or prev in self.noun_cues:
                    s = stem_of(w)
                    if s is not None and not (
                            self.language == "sv" and prev in _SV_INFINITIVE_CUES
                            and w[-1:] not in _SV_VOWELS):
                        # (a Swedish infinitive ends in a vowel: "att söka", "kan gå"; after
                        # "att" meaning "that" a noun follows: "att resan tar tid")
                        verb = prev in self.verb_cues
                        book = self.verb if verb else self.noun
                        book[s] = book.get(s, 0) + 1
                        words = self.verb_word if verb else self.noun_word
                        words[w] = words.get(w, 0) + 1
                prev = w

    def is_verb(self, stem: str, surface: str | None = None) -> bool:
        """Used as a verb in this log. With ``surface`` (the word shown) the word's own use
        decides when the log holds it after a cue twice or more; otherwise Swedish verb
        endings ("sandas", "förnyar", "hämtade") decide, unless the stem has noun evidence.
        Without ``surface``, the stem's use decides."""
        v, n = self.verb.get(stem, 0), self.noun.get(stem, 0)
        if surface is None:
            return v >= 2 and v > n
        word = surface.lower()
        vw, nw = self.verb_word.get(word, 0), self.noun_word.get(word, 0)
        if vw + nw >= 2:
            return vw >= 2 and vw > nw
        return self.language == "sv" and n == 0 and word.endswith(_SV_VERB_ENDINGS)

    def is_noun(self, stem: str) -> bool:
        return self.noun.get(stem, 0) > self.verb.get(stem, 0)


#: The Swedish verb cues an infinitive follows, and the letters every infinitive ends in.
_SV_INFINITIVE_CUES = frozenset("att ska skall kan kunde vill måste".split())
_SV_VOWELS = frozenset("aeiouyåäö")

#: Present, passive and past endings of Swedish verbs (nouns in -ar, "bilar", are told apart by
#: their noun evidence: "en bil", "min bil").
_SV_VERB_ENDINGS = ("ar", "as", "ade", "ades", "ats", "erar")


def phrase_for(stem: str, texts: Iterable[str], stem_of: Callable[[str], str | None],
               roles: WordRoles | None = None, *, min_share: float = 0.3) -> str | None:
    """A two-word phrase ending in ``stem`` ("frusen vattenmätare", "ekonomiskt bistånd").

    The word just before ``stem`` is taken when the same modifier precedes it in at least
    ``min_share`` of the notes holding the stem (and it is a content word, not a verb).
    Returns the most common surface form of the phrase, or None.
    """
    pairs: dict[str, dict[str, int]] = {}
    notes = 0
    for text in texts:
        words = tokenize(text.lower())
        found = False
        seen: set[str] = set()
        for a, b in zip(words, words[1:], strict=False):
            if stem_of(b) != stem:
                continue
            found = True
            sa = stem_of(a)
            if sa is None or sa == stem or sa in seen or (roles and roles.is_verb(sa)):
                continue
            seen.add(sa)
            forms = pairs.setdefault(sa, {})
            forms[f"{a} {b}"] = forms.get(f"{a} {b}", 0) + 1
        notes += found
    if not pairs or not notes:
        return None
    best = max(pairs, key=lambda s: (sum(pairs[s].values()), s))
    if sum(pairs[best].values()) < max(2, min_share * notes):
        return None
    forms = pairs[best]
    return max(forms, key=lambda f: (forms[f], f))


#: Function words and greetings of either language: the English notes of a Swedish log (or
#: the Swedish notes of an English log) keep their own language's function words as stems.
_FILLER = SWEDISH_STOP | ENGLISH_STOP


def make_label(stems: list[str], normaliser: Normaliser, *, roles: WordRoles | None = None,
               phrase: Callable[[str], str | None] | None = None) -> str:
    """A short noun phrase for a theme: its best non-verb stem as a real word, capitalised.

    ``stems`` are the theme's c-TF-IDF stems, best first; verbs (``roles``) and function
    words of either language are skipped, and ``phrase(stem)`` may widen the word to a
    two-word phrase ("Frusen vattenmätare").
    """
    def verb(s: str) -> bool:
        return roles is not None and roles.is_verb(s, normaliser.display(s))

    def filler(s: str) -> bool:  # "How" over the English notes of a Swedish log
        return normaliser.display(s).lower() in _FILLER

    chosen = next((s for s in stems if not verb(s) and not filler(s)),
                  stems[0] if stems else None)
    if chosen is None:
        return "(no common words)" if normaliser.language == "en" else "(inga gemensamma ord)"
    text = (phrase(chosen) if phrase else None) or normaliser.display(chosen)
    return text[:1].upper() + text[1:]
