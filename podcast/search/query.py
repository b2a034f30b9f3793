"""Ranked search over the index: ``podcast search`` and the retrieval step of ``ask``."""

from __future__ import annotations

import html
import math
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import InputError, PodcastError
from podcast.search.normalize import fold, folded_stem, light_root, query_terms, stem

#: bm25 weights of the two FTS columns: an exact-letter match outranks a folded-only one.
WEIGHTS = (1.0, 0.4)


@dataclass
class Hit:
    episode: str
    title: str
    start: float
    end: float
    text: str
    url: str
    kind: str  # "segment", "title" or "notes"
    score: float  # higher is better
    snippet: str = ""
    speaker: str | None = None
    doc_id: int = 0
    seq: int = 0
    match: str = "word"  # or "substring" (found inside a longer word)

    def to_json(self) -> dict:
        return {"episode": self.episode, "title": self.title, "start": round(self.start, 2),
                "text": self.text, "url": self.url, "snippet": self.snippet, "kind": self.kind,
                "end": round(self.end, 2), "score": round(self.score, 4),
                "speaker": self.speaker, "match": self.match}


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _term_expr(s: str, f: str) -> str:
    # Whole stems only: a prefix query ("plog*") re-merges every matching term's postings
    # and was 25x slower on common words; compounds are handled by the substring fallback.
    return f"(stems : {_quote(s)} OR folded : {_quote(f)})"


def match_expression(query: str, *, any_term: bool = False, drop_stop_words: bool = False
                     ) -> tuple[str, list[tuple[str, str]]]:
    """(FTS5 MATCH expression, [(stem, folded stem)]) for a user query."""
    terms = query_terms(query, drop_stop_words=drop_stop_words)
    if not terms and drop_stop_words:
        terms = query_terms(query)
    if not terms:
        raise InputError(f"nothing to search for in {query!r} (no words)", where="query")
    joiner = " OR " if any_term else " AND "
    expr = joiner.join(_term_expr(s, f) for _, s, f in terms)
    return expr, [(s, f) for _, s, f in terms]


def timed_url(episode_url: str, start: float) -> str:
    """The episode page URL that starts playback at ``start`` (Media Fragments ``#t=``)."""
    return f"{episode_url}#t={int(start)}"


_WORDISH = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def highlight(text: str, terms: list[tuple[str, str]], *, open_mark: str = "<mark>",
              close_mark: str = "</mark>", width: int = 220, roots: list[str] = ()) -> str:
    """``text`` with the words matching ``terms`` marked, cut to ``width`` around the first.

    ``roots`` (substring matching) also marks words that contain one of them. With HTML marks
    (``open_mark`` starting with ``<``) the snippet is HTML: the text between the marks is
    escaped (``&lt;``, ``&amp;``), so a transcript saying "<script>" stays text. Otherwise
    (terminal output) only control characters are removed (in both cases), so a text cannot
    send terminal codes.
    """
    from podcast.site.htmltext import strip_control_chars

    esc = ((lambda part: html.escape(strip_control_chars(part), quote=False))
           if open_mark.startswith("<") else strip_control_chars)
    def matches(word: str) -> bool:
        ws, wf = stem(word.lower()), folded_stem(word.lower())
        if roots and any(r in fold(word) for r in roots):
            return True
        for s, f in terms:
            if ws == s or wf == f:
                return True
            if "-" in word and any(matches(p) for p in word.split("-") if p):
                return True
        return False

    spans = [(m.start(), m.end()) for m in _WORDISH.finditer(text) if matches(m.group())]
    begin, end = 0, len(text)
    if len(text) > width:
        first = spans[0][0] if spans else 0
        begin = max(0, first - width // 3)
        end = min(len(text), begin + width)
    out, pos = [], begin
    for s, e in spans:
        if s < begin or e > end:
            continue
        out.append(esc(text[pos:s]))
        out.append(f"{open_mark}{esc(text[s:e])}{close_mark}")
        pos = e
    out.append(esc(text[pos:end]))
    snippet = "".join(out)
    return ("…" if begin > 0 else "") + snippet + ("…" if end < len(text) else "")


def open_index(path: Path) -> sqlite3.Connection:
    path = Path(path)
    if not path.is_file():
        raise PodcastError("no search index yet: run 'podcast transcribe' or 'podcast build'",
                           path=path)
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise InputError(f"search index is damaged or from another version ({exc}); "
                         "run 'podcast search --reindex'",
                         path=path) from None
    return db


_SELECT = (
    "SELECT d.id, d.slug, e.title, d.start, d.\"end\", d.text, e.url, d.kind, d.speaker, "
    "       d.seq "
    "FROM docs d JOIN episodes e ON e.slug = d.slug WHERE d.id IN ({ids})")

#: Episodes looked into per query (at least): see :func:`run_query`.
EPISODE_FANOUT = 10
#: BM25 parameters (the usual ones, as in SQLite's own bm25()).
K1, B = 1.2, 0.75


def _corpus_stats(db: sqlite3.Connection) -> tuple[int, float]:
    """(number of rows, average row length in words), stored by the indexer."""
    row = db.execute("SELECT (SELECT value FROM meta WHERE key='docs'), "
                     "(SELECT value FROM meta WHERE key='avgdl')").fetchone()
    if row and row[0] is not None and row[1] is not None:
        return int(row[0]), float(row[1])
    n = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    return n, 12.0


def _doc_frequency(db: sqlite3.Connection, s: str, f: str) -> int:
    """Rows containing a term (exact stem or folded stem), from the FTS5 vocabulary."""
    got = db.execute("SELECT col, doc FROM docs_vocab WHERE (term = ? AND col = 'stems') "
                     "OR (term = ? AND col = 'folded')", (s, f)).fetchall()
    return max((n for _, n in got), default=0)


def run_query(db: sqlite3.Connection, expr: str, terms: list[tuple[str, str]], *, limit: int,
              kinds: tuple[str, ...] = (), any_term: bool = False) -> list[tuple]:
    """Best ``limit`` rows for the query ``terms``, in two steps that keep queries fast.

    1. rank whole episodes with FTS5's bm25 over ``episodes_fts`` (one row per episode, so
       at most as many rows to score as there are episodes);
    2. match the rows of the best ``max(EPISODE_FANOUT, limit)`` episodes by their
       consecutive id ranges and score them with BM25 here, document frequencies taken from the
       FTS5 vocabulary of the whole index (FTS5's bm25() recounts them on every call,
       which made per-episode ranking ~50x slower).

    Exact-letter matches (``stems`` column) weigh 1.0, folded-only matches 0.4. A row of
    an episode outside the best episodes cannot appear: for a word used in hundreds of
    episodes that is the price of answering in milliseconds.
    Rows are returned as the docs columns plus a score where lower is better.
    """
    weights = f"{WEIGHTS[0]}, {WEIGHTS[1]}"
    fanout = max(EPISODE_FANOUT, limit)
    try:
        episodes = db.execute(
            "SELECT e.first_doc, e.last_doc FROM episodes_fts f "
            "JOIN episodes e ON e.id = f.rowid WHERE episodes_fts MATCH ? "
            f"ORDER BY bm25(episodes_fts, {weights}) LIMIT ?", (expr, fanout)).fetchall()
        if not episodes:
            return []
        n_docs, avgdl = _corpus_stats(db)
        idf = [math.log(1 + (n_docs - n + 0.5) / (n + 0.5))
               for n in (_doc_frequency(db, s, f) for s, f in terms)]
        scored = []
        for first, last in episodes:
            if first is None:
                continue
            for rowid, stems, folded in db.execute(
                    "SELECT rowid, stems, folded FROM docs_fts "
                    "WHERE docs_fts MATCH ? AND rowid BETWEEN ? AND ?", (expr, first, last)):
                stem_words, folded_words = stems.split(), folded.split()
                counts = [(stem_words.count(s), folded_words.count(f)) for s, f in terms]
                found = [a + b > 0 for a, b in counts]
                if not (any(found) if any_term else all(found)):
                    continue
                norm = K1 * (1 - B + B * len(stem_words) / max(avgdl, 1e-9))
                score = 0.0
                for (a, b), w in zip(counts, idf, strict=True):
                    tf = WEIGHTS[0] * a + WEIGHTS[1] * b
                    score += w * tf * (K1 + 1) / (tf + norm)
                scored.append((-score, rowid))
        scored.sort()
        ids = [rowid for _, rowid in scored] if kinds else [r for _, r in scored[:limit]]
        if not ids:
            return []
        by_id = {r[0]: r for r in db.execute(
            _SELECT.format(ids=",".join(str(int(i)) for i in ids))).fetchall()}
    except sqlite3.OperationalError as exc:
        raise PodcastError(f"search failed: {exc}") from None
    rows = [(*by_id[rowid], score) for score, rowid in scored if rowid in by_id
            and (not kinds or by_id[rowid][7] in kinds)]
    return rows[:limit]


def substring_roots(terms: list[tuple[str, str]]) -> list[str]:
    """Roots (≥ 3 letters, folded) to look for inside words, e.g. parts of compounds."""
    roots = []
    for _, f in terms:
        root = light_root(f)
        if len(root) >= 3 and root not in roots:
            roots.append(root)
    return roots


def run_substring_query(db: sqlite3.Connection, roots: list[str], *, limit: int,
                        any_term: bool = False, kinds: tuple[str, ...] = (),
                        scan: int = 500) -> list[tuple]:
    """Rows whose words *contain* the roots (trigram table), e.g. parts of compounds.

    Ranking: rows containing more of the roots first, then denser (shorter) rows, then the
    most recently indexed. Only the ``scan`` most recently indexed matches are ranked,
    which bounds the time for roots found everywhere.
    """
    if not roots:
        return []
    expr = (" OR " if any_term else " AND ").join(_quote(r) for r in roots)
    try:
        matched = db.execute("SELECT rowid, text FROM docs_tri WHERE docs_tri MATCH ? "
                             "ORDER BY rowid DESC LIMIT ?", (expr, scan)).fetchall()
        scored = []
        for rowid, text in matched:
            found = sum(1 for r in roots if r in text)
            scored.append((-found, len(text), -rowid, rowid))
        scored.sort()
        ids = [x[-1] for x in scored]
        if not kinds:
            ids = ids[:limit]
        if not ids:
            return []
        by_id = {r[0]: r for r in db.execute(
            _SELECT.format(ids=",".join(str(int(i)) for i in ids))).fetchall()}
    except sqlite3.OperationalError as exc:
        raise PodcastError(f"search failed: {exc}") from None
    rows = [(*by_id[x[-1]], float(x[0])) for x in scored if x[-1] in by_id
            and (not kinds or by_id[x[-1]][7] in kinds)]
    return rows[:limit]


def search(db_path: Path, query: str, *, limit: int = 10, mark: tuple[str, str] = ("<mark>",
           "</mark>")) -> list[Hit]:
    """Ranked hits for ``query``: every word must match (inflections and chat spellings too).

    When no whole word matches, the words are looked for inside longer words (compounds:
    "vall" finds "plogvallen"); such hits have ``match == "substring"``.
    """
    if limit < 1:
        raise InputError("limit must be at least 1", where="--limit")
    expr, terms = match_expression(query)
    db = open_index(db_path)
    try:
        rows = run_query(db, expr, terms, limit=limit)
        roots: list[str] = []
        if not rows:
            roots = substring_roots(terms)
            rows = run_substring_query(db, roots, limit=limit)
    finally:
        db.close()
    hits = [_hit(row, terms, mark, roots) for row in rows]
    for h in hits:
        h.match = "substring" if roots else "word"
    return hits


def _hit(row: tuple, terms: list[tuple[str, str]], mark: tuple[str, str],
         roots: list[str] = ()) -> Hit:
    doc_id, slug, title, start, end, text, url, kind, speaker, seq, score = row
    return Hit(episode=slug, title=title, start=start, end=end, text=text,
               url=timed_url(url, start), kind=kind, score=-float(score),
               snippet=highlight(text, terms, open_mark=mark[0], close_mark=mark[1],
                                 roots=list(roots)),
               speaker=speaker, doc_id=doc_id, seq=seq)
