"""The search index: SQLite FTS5 over transcript segments, show notes and titles.

One row per searchable piece (``docs``) with its episode, start time and readable text; the
FTS5 table ``docs_fts`` holds the Swedish stems and the folded stems of the same text (same
rowid). Episodes are re-indexed only when their files changed (fingerprint per episode).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import InputError, PodcastError
from podcast.fsutil import file_sha256
from podcast.search.normalize import index_forms, substring_text
from podcast.state import hash_json, is_damaged_error, move_aside
from podcast.transcript import Transcript, load_transcript
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

SCHEMA_VERSION = "5"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS episodes (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, title TEXT NOT NULL, url TEXT NOT NULL,
    date TEXT, fingerprint TEXT NOT NULL, first_doc INTEGER, last_doc INTEGER);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL,
    start REAL NOT NULL, "end" REAL NOT NULL, speaker TEXT, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_slug ON docs (slug, seq);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    stems, folded, tokenize = "unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE IF NOT EXISTS docs_tri USING fts5(text, tokenize = "trigram");
CREATE VIRTUAL TABLE IF NOT EXISTS episodes_fts USING fts5(
    stems, folded, tokenize = "unicode61 remove_diacritics 0");
CREATE VIRTUAL TABLE IF NOT EXISTS docs_vocab USING fts5vocab(docs_fts, 'col');
"""


@dataclass
class IndexResult:
    path: Path
    indexed: list[str] = field(default_factory=list)  # (re)indexed episodes
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    documents: int = 0  # rows in the index afterwards


@dataclass
class Document:
    kind: str  # "segment", "title", "notes"
    start: float
    end: float
    text: str
    speaker: str | None = None


def connect(path: Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=30)
    try:
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        if not is_damaged_error(exc):
            raise PodcastError(f"search index is busy ({exc}); try again", path=path) from None
        aside = move_aside(path)  # derived data: rebuilt from the episode files
        log.warning("%s: damaged search index (%s) moved to %s; indexing every episode again",
                    path, exc, aside.name)
        return connect(path)
    if row is None:
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        db.commit()
    elif row[0] != SCHEMA_VERSION:  # an index from another version: start again
        db.close()
        Path(path).unlink()
        return connect(path)
    return db


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"^[#>*\-+\s]+", "", text, flags=re.MULTILINE)
    text = re.sub(r"[*_`]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def episode_documents(episode: Episode, transcript: Transcript | None) -> list[Document]:
    docs = [Document("title", 0.0, 0.0, episode.meta.title)]
    notes = "\n\n".join(p for p in (episode.meta.description, episode.notes_markdown) if p)
    for para in re.split(r"\n\s*\n", notes):
        text = _strip_markdown(para)
        if text:
            docs.append(Document("notes", 0.0, 0.0, text))
    if transcript is not None:
        for seg in transcript.segments:
            if seg.text.strip():
                docs.append(Document("segment", seg.start, seg.end, seg.text.strip(),
                                     seg.speaker))
    return docs


def _fingerprint(ws: Workspace, episode: Episode) -> str:
    files = []
    for p in sorted(episode.dir.iterdir()):
        if p.is_file() and (p.name == "episode.md" or p.name.startswith("transcript.")
                            or p.name == ".transcript.state.json"):
            files.append([p.name, file_sha256(p)])
    return hash_json({"files": files, "url": ws.episode_url(episode.slug)})


def index_episode(db: sqlite3.Connection, slug: str, title: str, url: str, date: str,
                  fingerprint: str, docs: Iterable[Document]) -> int:
    """Replace one episode's rows (call inside a transaction).

    An episode's rows get consecutive ids, recorded as ``first_doc``/``last_doc``, so a
    query can rank episodes first (``episodes_fts``) and then look inside the best ones.
    """
    _delete_episode(db, slug)
    cur = db.execute("INSERT INTO episodes (slug, title, url, date, fingerprint) "
                     "VALUES (?, ?, ?, ?, ?)", (slug, title, url, date, fingerprint))
    episode_id = cur.lastrowid
    ids: list[int] = []
    all_stems: list[str] = []
    all_folded: list[str] = []
    for seq, doc in enumerate(docs):
        cur = db.execute(
            'INSERT INTO docs (slug, kind, seq, start, "end", speaker, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (slug, doc.kind, seq, doc.start, doc.end, doc.speaker, doc.text))
        doc_id = cur.lastrowid
        ids.append(doc_id)
        stems, folded = index_forms(doc.text)
        all_stems.append(stems)
        all_folded.append(folded)
        db.execute("INSERT INTO docs_fts (rowid, stems, folded) VALUES (?, ?, ?)",
                   (doc_id, stems, folded))
        db.execute("INSERT INTO docs_tri (rowid, text) VALUES (?, ?)",
                   (doc_id, substring_text(doc.text)))
    if ids and ids[-1] - ids[0] != len(ids) - 1:
        raise PodcastError("search index: document ids of one episode are not consecutive")
    db.execute("UPDATE episodes SET first_doc=?, last_doc=? WHERE id=?",
               (ids[0] if ids else None, ids[-1] if ids else None, episode_id))
    db.execute("INSERT INTO episodes_fts (rowid, stems, folded) VALUES (?, ?, ?)",
               (episode_id, _damped(all_stems), _damped(all_folded)))
    return len(ids)


def _damped(texts: list[str]) -> str:
    """An episode's words with repeats damped logarithmically (n times → 1 + log2 n).

    Ranking whole episodes needs how often a word occurs, not every occurrence; the damped
    text keeps the order of episodes by relevance while making the episode table ~5x
    smaller to scan for common words.
    """
    counts = Counter(w for t in texts for w in t.split())
    return " ".join(" ".join([w] * (1 + int(math.log2(n)))) for w, n in counts.items())


def _delete_episode(db: sqlite3.Connection, slug: str) -> None:
    db.execute("DELETE FROM docs_fts WHERE rowid IN (SELECT id FROM docs WHERE slug=?)", (slug,))
    db.execute("DELETE FROM docs_tri WHERE rowid IN (SELECT id FROM docs WHERE slug=?)", (slug,))
    db.execute("DELETE FROM episodes_fts WHERE rowid IN (SELECT id FROM episodes WHERE slug=?)",
               (slug,))
    db.execute("DELETE FROM docs WHERE slug=?", (slug,))
    db.execute("DELETE FROM episodes WHERE slug=?", (slug,))


def refresh_stats(db: sqlite3.Connection) -> None:
    """Store the row count and average row length that query-time BM25 needs."""
    n, total = db.execute("SELECT count(*), coalesce(sum(length(stems) - length(replace("
                          "stems, ' ', '')) + 1), 0) FROM docs_fts").fetchone()
    db.execute("INSERT OR REPLACE INTO meta VALUES ('docs', ?)", (str(n),))
    db.execute("INSERT OR REPLACE INTO meta VALUES ('avgdl', ?)", (str(total / n if n else 0),))


def update_index(ws: Workspace, *, now: dt.datetime | None = None,
                 db_path: Path | None = None) -> IndexResult:
    """Bring ``build/search.sqlite`` up to date with every published episode (incremental).

    Drafts and episodes dated after ``now`` are left out (their pages are not public).
    """
    now = now or dt.datetime.now(dt.UTC)
    path = Path(db_path or ws.search_db_path)
    result = IndexResult(path=path)
    episodes = [e for e in ws.episodes() if e.is_published(now)]
    db = connect(path)
    try:
        known = dict(db.execute("SELECT slug, fingerprint FROM episodes").fetchall())
        with db:
            for slug in sorted(set(known) - {e.slug for e in episodes}):
                _delete_episode(db, slug)
                result.removed.append(slug)
            for ep in episodes:
                fp = _fingerprint(ws, ep)
                if known.get(ep.slug) == fp:
                    result.unchanged += 1
                    continue
                try:
                    transcript = load_transcript(ep.dir)
                except InputError as exc:
                    log.warning("%s: transcript not indexed: %s", ep.slug, exc)
                    transcript = None
                index_episode(db, ep.slug, ep.meta.title, ws.episode_url(ep.slug),
                              ep.meta.date.isoformat(), fp, episode_documents(ep, transcript))
                result.indexed.append(ep.slug)
            if result.indexed or result.removed:
                refresh_stats(db)
        result.documents = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    finally:
        db.close()
    if result.indexed or result.removed:
        log.info("search index: %d episode(s) indexed, %d removed, %d unchanged",
                 len(result.indexed), len(result.removed), result.unchanged)
    return result
