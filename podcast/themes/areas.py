"""Municipal service areas as a guide for themes (issue #13, item 3).

The package ships an editable list of about 40 Swedish municipal service areas
(``podcast/themes/data/service_areas.toml``: id, name, a sentence of description and a few
typical words, in Swedish and English). A show may point ``[contacts] areas`` at its own file,
which replaces the list, or extends it when it starts with ``extend = true``; ``"off"`` turns
the guide off.

A note *clearly* belongs to an area when its sentence vector is closer to that area's vector
(the e5 vector of "name: description, words") than a similarity floor, and closer than the
runner-up area by a margin (:data:`MIN_SIMILARITY`, :data:`MIN_MARGIN`, validated on the
evaluation harness, see docs/themes-evaluation.md). Without the embedding model (lexical
method) a note belongs to an area when it holds a typical word (or a compound ending in one)
of that area and of no other.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from podcast.errors import InputError

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


def match_by_vectors(note_vectors: np.ndarray, area_vectors: np.ndarray, *,
                     min_similarity: float = MIN_SIMILARITY,
                     min_margin: float = MIN_MARGIN) -> np.ndarray:
    """Area index per note (-1: no clear area). Both inputs L2-normalised, one row each."""
    n = note_vectors.shape[0]
    if n == 0 or area_vectors.shape[0] == 0:
        return np.full(n, -1, dtype=np.int64)
    sim = note_vectors @ area_vectors.T
    best = np.argmax(sim, axis=1)
    top = sim[np.arange(n), best]
    if sim.shape[1] > 1:
        second = np.partition(sim, -2, axis=1)[:, -2]
    else:
        second = np.full(n, -1.0)
    clear = (top >= min_similarity) & (top - second >= min_margin)
    return np.where(clear, best, -1).astype(np.int64)


def match_by_words(docs: list[str], areas: list[Area], stem_words) -> np.ndarray:  # noqa: ANN001
    """Area index per note from typical words (lexical method, no model).

    ``docs`` are the notes' space-joined stems; ``stem_words(text)`` stems an area word the
    way the notes were stemmed. A note matches an area when one of its stems equals a typical
    one-word stem of exactly one area, or (stems of five letters or more) begins or ends with
    it: compounds and inflected forms ("parkeringsbot", "soptunnan").
    """
    vocab: dict[str, set[int]] = {}
    for a, area in enumerate(areas):
        for w in area.words:
            stems = stem_words(w)
            if len(stems) == 1 and len(stems[0]) >= 4:
                vocab.setdefault(stems[0], set()).add(a)
    out = np.full(len(docs), -1, dtype=np.int64)
    if not vocab:
        return out
    cache: dict[str, set[int]] = {}

    def hits(stem: str) -> set[int]:
        found = cache.get(stem)
        if found is None:
            found = set()
            for v, owners in vocab.items():
                if stem == v or (len(stem) > len(v) >= 5
                                 and (stem.endswith(v) or stem.startswith(v))):
                    found |= owners
            cache[stem] = found
        return found

    for i, doc in enumerate(docs):
        owners: set[int] = set()
        for stem in doc.split():
            owners |= hits(stem)
        if len(owners) == 1:
            out[i] = next(iter(owners))
    return out
