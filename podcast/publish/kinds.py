"""What kind of file each site file is: upload order, Content-Type and Cache-Control.

The order is what keeps a published feed honest: media first, then transcripts and
chapters, then assets (images, styles, scripts, search index), then pages, and ``feed.xml``
last, so the feed never names a file that is not yet in the bucket.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import PurePosixPath

from podcast.content_types import content_type

FEED_NAME = "feed.xml"

_MEDIA_SUFFIXES = {".mp3", ".m4a", ".mp4", ".ogg", ".opus", ".wav", ".flac", ".aac"}
_TRANSCRIPT_SUFFIXES = {".vtt", ".srt"}
_ASSET_SUFFIXES = {
    ".css", ".js", ".mjs", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg", ".ico",
    ".woff", ".woff2", ".wasm", ".pf_meta", ".pf_index", ".pf_fragment", ".pagefind",
}


class Kind(enum.IntEnum):
    """File kinds in upload order (lower uploads first)."""

    MEDIA = 0
    TRANSCRIPT = 1
    ASSET = 2
    PAGE = 3
    FEED = 4

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class CachePolicy:
    """``max-age`` seconds per group of kinds (from ``[storage]`` in podcast.toml)."""

    media_max_age: int = 2592000   # 30 days: media files are large and rarely change
    asset_max_age: int = 86400     # 1 day: transcripts, chapters, images, styles, search index
    page_max_age: int = 300        # 5 minutes: HTML and the feed must show new episodes soon

    def cache_control(self, kind: Kind) -> str:
        if kind is Kind.MEDIA:
            age = self.media_max_age
        elif kind in (Kind.TRANSCRIPT, Kind.ASSET):
            age = self.asset_max_age
        else:
            age = self.page_max_age
        return f"public, max-age={age}"


def classify(rel: str) -> Kind:
    """Kind of a site file given its path relative to the site root (``/``-separated)."""
    p = PurePosixPath(rel)
    name = p.name.lower()
    suffix = p.suffix.lower()
    if rel == FEED_NAME:
        return Kind.FEED
    if suffix in _MEDIA_SUFFIXES:
        return Kind.MEDIA
    if suffix in _TRANSCRIPT_SUFFIXES or name.endswith(".chapters.json") \
            or name == "chapters.json" or name.startswith("transcript."):
        return Kind.TRANSCRIPT
    if name == "pagefind-entry.json":
        # Names the current (hashed) index files: must be as fresh as the pages.
        return Kind.PAGE
    if suffix in _ASSET_SUFFIXES or "pagefind" in p.parts[:-1]:
        return Kind.ASSET
    return Kind.PAGE


def headers_for(rel: str, policy: CachePolicy) -> tuple[Kind, str, str]:
    """(kind, Content-Type, Cache-Control) for a site file."""
    kind = classify(rel)
    return kind, content_type(rel), policy.cache_control(kind)
