"""Content-Type for every file the site contains (Python's ``mimetypes`` gets .srt/.m4a wrong)."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

_BY_SUFFIX = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/x-m4a",
    ".mp4": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".xsl": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pagefind": "application/octet-stream",
}

_BY_NAME = {
    # application/xml, not application/rss+xml: browsers show an rss+xml document as raw
    # text (or download it) and would not apply feed.xsl; podcast apps accept either.
    "feed.xml": "application/xml; charset=utf-8",
    "sitemap.xml": "application/xml",
}


def content_type(path: str | PurePath) -> str:
    """Content-Type for a site file, by name then suffix."""
    p = PurePath(path)
    name = p.name.lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name.endswith(".chapters.json") or name == "chapters.json":
        return "application/json+chapters"
    suffix = p.suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"
