"""Municipal service areas as a guide for themes (issue #13, item 3).

The package ships an editable list of about 40 Swedish municipal service areas
(``podcast/themes/data/service_areas.toml``: id, name, a sentence of description and a few
typical words, in Swedish and English). A show may point ``[contacts] areas`` at its own file,
which replaces the list, or extends it when it starts with ``extend = true``; ``"off"`` turns
the guide off.

A note *clearly* belongs to an area when its sentence vector is closer to that area's vector
(the e5 vector of "name: description, words") than a similarity floor, and closer than the
runner-up area by a margin (:data:`MIN_SIMILARITY`, :data:`MIN_MARGIN`, validated on the
evaluation harness, see docs/themes-evaluation.md). Then the areas learn from the log: an
area is also represented by the mean of the notes that clearly belong to it, and notes close
enough to that mean join it (:func:`match_by_vectors`): notes worded the way this log words
them join an area even when they are farther from its description. Without the embedding
model (lexical method) a note belongs to an area when it holds a typical word (or a compound
ending in one) of that area and of no other.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from podcast.errors import InputError

log = logging.getLogger(__name__)

#: ``[contacts] areas`` values that are not file names.
BUILTIN = "default"
OFF = "off"

#: Cosine similarity (e5 "query:" vectors) a note must reach with an area, and the lead it
#: must have over the second-best area. The margin is what decides: chosen on contacts_3k as
#: the smallest lead at which the notes matched to an area share their true theme ≥ 90 % of
#: the time (0.010: 87 %, 0.015: 90 % of 34 % of the notes matched); validated on check_chatt,
#: never used to choose (94 % of 48 %). The floor hardly matters above 0.80
#: (docs/themes-evaluation.md).
MIN_SIMILARITY = 0.84
MIN_MARGIN = 0.015


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    description: str
    words: tuple[str, ...]

    def text(self) -> str:
        """What a note is compared with."""
        return f"{self.name}: {self.description} {', '.join(self.words)}"


def _parse(data: dict, path: Path | str, language: str) -> tuple[list[Area], bool]:
    items = data.get("area", [])
    if not isinstance(items, list):
        raise InputError("'area' must be a list of tables ([[area]])", path=path)
    extend = data.get("extend", False)
    if not isinstance(extend, bool):
        raise InputError("'extend' must be true or false", path=path)
    out: list[Area] = []
    seen: set[str] = set()
    for i, item in enumerate(items, 1):
        where = f"area {i}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected a table", path=path)
        area_id = item.get("id")
        if not isinstance(area_id, str) or not area_id.strip():
            raise InputError(f"{where}: 'id' is missing", path=path)
        if area_id in seen:
            raise InputError(f"{where}: id {area_id!r} appears twice", path=path)
        seen.add(area_id)
        # the log's language, else the other one (a file may hold only one language)
        lang = item.get(language) or item.get("en" if language == "sv" else "sv")
        if not isinstance(lang, dict):
            raise InputError(f"{where} ({area_id}): needs a table 'sv' or 'en' with name, "
                             "description and words", path=path)
        name, desc, words = lang.get("name"), lang.get("description", ""), lang.get("words", [])
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where} ({area_id}): 'name' is missing", path=path)
        if not isinstance(desc, str) or not isinstance(words, list) \
                or not all(isinstance(w, str) for w in words):
            raise InputError(f"{where} ({area_id}): 'description' must be text and 'words' a "
                             "list of text", path=path)
        out.append(Area(area_id.strip(), name.strip(), desc.strip(),
                        tuple(w.strip() for w in words if w.strip())))
    return out, extend


def _read(path: Path | str, text: str, language: str) -> tuple[list[Area], bool]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"TOML syntax error: {exc}", path=path) from None
    return _parse(data, path, language)


def builtin_areas(language: str = "sv") -> list[Area]:
    """The list shipped with the package."""
    ref = resources.files("podcast.themes") / "data" / "service_areas.toml"
    return _read("service_areas.toml", ref.read_text(encoding="utf-8"), language)[0]


def load_areas(setting: str | Path | None, language: str = "sv") -> list[Area]:
    """The areas for ``[contacts] areas``: "default"/None, "off", or a TOML file."""
    if setting is None or str(setting) == BUILTIN:
        return builtin_areas(language)
    if str(setting) == OFF:
        return []
    path = Path(setting)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("service-area file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the service-area file ({exc})", path=path) from None
    own, extend = _read(path, text, language)
    if not extend:
        return own
    mine = {a.id for a in own}
    return [a for a in builtin_areas(language) if a.id not in mine] + own


def match_by_vectors(note_vectors: np.ndarray, area_vectors: np.ndarray,
                     weights: np.ndarray | None = None, *,
                     min_similarity: float = MIN_SIMILARITY,
                     min_margin: float = MIN_MARGIN,
                     refine: bool = True) -> np.ndarray:
    """Area index per note (-1: no clear area). Both inputs L2-normalised, one row each.

    With ``refine`` the areas then learn from this log: an area that at least
    :data:`MIN_SEEDS` notes clearly belong to is represented by the (weighted) mean of those
    notes, and a note with no clear area yet joins the area whose mean it is closest to when
    it leads the runner-up mean by the same margin and is no farther from that mean than the
    area's own least similar note. Nothing new is tuned: the margin is :data:`MIN_MARGIN`, the
    floor comes from the notes themselves.

    A log of which fewer than :data:`MIN_LOG_SHARE` of the rows clearly belong to some area
    is about other things than municipal services: there no note gets an area (a few notes
    near an area's text would only split its own themes).
    """
    if note_vectors.shape[0] == 0 or area_vectors.shape[0] == 0:
        return np.full(note_vectors.shape[0], -1, dtype=np.int64)
    first = _clear_best(note_vectors @ area_vectors.T, min_similarity, min_margin)
    if not (first >= 0).any():
        return first
    w = np.ones(len(first)) if weights is None else np.asarray(weights, dtype=np.float64)
    if not _municipal(first, w):
        return np.full(len(first), -1, dtype=np.int64)
    if not refine:
        return first
    seeded = np.flatnonzero(np.bincount(first[first >= 0]) >= MIN_SEEDS)
    if len(seeded) < 2:
        return first
    means = np.array([np.average(note_vectors[first == a], axis=0, weights=w[first == a])
                      for a in seeded])
    means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
    sim = note_vectors @ means.T
    floor = np.array([sim[first == a, i].min() for i, a in enumerate(seeded)])
    best = np.argmax(sim, axis=1)
    leads = _clear_best(sim, -np.inf, min_margin) >= 0
    close = leads & (sim[np.arange(len(first)), best] >= floor[best])
    joined = np.where(close, seeded[best], -1)
    return np.where(first >= 0, first, joined).astype(np.int64)


def _municipal(first: np.ndarray, weights: np.ndarray) -> bool:
    """At least :data:`MIN_LOG_SHARE` of the rows clearly belong to some service area."""
    share = float(np.average(first >= 0, weights=weights))
    if share < MIN_LOG_SHARE:
        log.info("service areas not used: only %.0f %% of the rows clearly belong to one "
                 "(a log about other things)", 100 * share)
        return False
    return True


#: Notes an area needs to be represented by their mean (fewer: by its text alone).
MIN_SEEDS = 5
#: Share of a log's rows that must clearly belong to some area before the areas are used at
#: all. Municipal logs: 0.46-0.51 (contacts_3k, contacts_100k_sample, check_epost,
#: check_chatt); Banking77 0.15 and CLINC150 0.05, where learning took a third of the notes
#: into "Fakturor och avgifter" and the like, and even the first matches split their themes
#: (docs/themes-evaluation.md).
MIN_LOG_SHARE = 0.25


def _clear_best(sim: np.ndarray, min_similarity: float, min_margin: float) -> np.ndarray:
    """Per row of ``sim`` (at least one row and one column), the best column when it reaches
    ``min_similarity`` and leads the runner-up by ``min_margin``; else -1."""
    n = sim.shape[0]
    best = np.argmax(sim, axis=1)
    top = sim[np.arange(n), best]
    if sim.shape[1] > 1:
        second = np.partition(sim, -2, axis=1)[:, -2]
    else:
        second = np.full(n, -1.0)
    clear = (top >= min_similarity) & (top - second >= min_margin)
    return np.where(clear, best, -1).astype(np.int64)


def match_by_words(B, vocab: list[str], areas: list[Area], stem_words,  # noqa: ANN001
                   weights: np.ndarray | None = None) -> np.ndarray:
    """Area index per note from typical words (lexical method, no model).

    ``B`` is the binary note × stem matrix over ``vocab`` (the log's stems); ``stem_words(text)``
    stems an area word the way the notes were stemmed. A note matches an area when one of its
    stems equals a typical one-word stem of exactly one area, or (stems of five letters or
    more) begins or ends with it: compounds and inflected forms ("parkeringsbot",
    "soptunnan"). One sparse product, so a million notes cost little.
    """
    import scipy.sparse as sp

    owners: dict[str, set[int]] = {}
    for a, area in enumerate(areas):
        for w in area.words:
            stems = stem_words(w)
            if len(stems) == 1 and len(stems[0]) >= 4:
                owners.setdefault(stems[0], set()).add(a)
    n = B.shape[0]
    if not owners or not vocab:
        return np.full(n, -1, dtype=np.int64)
    rows, cols = [], []
    for i, stem in enumerate(vocab):
        found: set[int] = set()
        for v, areas_of in owners.items():
            if stem == v or (len(stem) > len(v) >= 5
                             and (stem.endswith(v) or stem.startswith(v))):
                found |= areas_of
        for a in found:
            rows.append(i)
            cols.append(a)
    V = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                      shape=(len(vocab), len(areas)))
    hits = (sp.csr_matrix(B) @ V).tocsr()
    hits.data[:] = 1.0
    per_note = np.asarray(hits.sum(axis=1)).ravel()
    best = np.asarray(hits.argmax(axis=1)).ravel()
    found = np.where(per_note == 1, best, -1).astype(np.int64)
    if not _municipal(found, np.ones(n) if weights is None else weights):
        return np.full(n, -1, dtype=np.int64)
    return found
