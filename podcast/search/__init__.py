"""Full-text search over transcripts, show notes and titles (SQLite FTS5, Swedish-aware)."""

from __future__ import annotations

from podcast.search.ask import AskResult, ask
from podcast.search.index import IndexResult, update_index
from podcast.search.query import Hit, search

__all__ = ["AskResult", "IndexResult", "Hit", "ask", "search", "update_index"]
