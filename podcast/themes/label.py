"""Theme labels from class-based TF-IDF over stems, shown as the real words behind them.

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
from podcast.themes.normalize import Normaliser, fold, tokenize

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


def make_label(stems: list[str], normaliser: Normaliser, *, words: int = 3) -> str:
    """'snöröjning, plogvall, sandning' from the top stems (no word repeated/contained twice)."""
    chosen: list[str] = []
    for stem in stems:
        word = normaliser.display(stem)
        if any(word in c or c in word for c in chosen):
            continue
        chosen.append(word)
        if len(chosen) == words:
            break
    if chosen:
        return ", ".join(chosen)
    return "(no common words)" if normaliser.language == "en" else "(inga gemensamma ord)"
