"""``podcast serve``: preview the built site on 127.0.0.1, answering HTTP Range with 206.

``python -m http.server`` ignores Range, so browsers cannot seek in audio and podcast apps
cannot resume; this handler serves single byte ranges (``bytes=a-b``, ``bytes=a-``,
``bytes=-n``), HEAD, and the right Content-Type for feed, transcripts and chapters.
"""

from __future__ import annotations

import email.utils
import logging
import os
import re
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from podcast.content_types import content_type
from podcast.errors import PodcastError

log = logging.getLogger(__name__)

_RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """A single 'bytes=' range → (first, last) inclusive; None if unsatisfiable/unsupported.

    Raises ValueError for a header we do not understand (then the whole file is sent).
    """
    m = _RANGE_RE.match(header.strip())
    if not m:
        raise ValueError(header)
    first_s, last_s = m.groups()
    if not first_s and not last_s:
        raise ValueError(header)
    if not first_s:  # suffix range: the last n bytes
        n = int(last_s)
        if n == 0:
            return None
        return max(0, size - n), size - 1
    first = int(first_s)
    last = int(last_s) if last_s else size - 1
    if first >= size or last < first:
        return None
    return first, min(last, size - 1)


class RangeRequestHandler(SimpleHTTPRequestHandler):
    server_version = "KommunpoddPreview"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        log.info("%s - %s", self.address_string(), format % args)

    def guess_type(self, path: str | os.PathLike) -> str:
        return content_type(str(path))

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """A missing file gets the site's own ``404.html`` (in the show's language)."""
        page = Path(str(self.directory)) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_head(self):  # type: ignore[override]
        range_header = self.headers.get("Range")
        path = Path(self.translate_path(self.path))
        if not range_header or path.is_dir() or not path.is_file():
            return super().send_head()
        try:
            fh = open(path, "rb")  # noqa: SIM115 - handed to copyfile by the base class
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        size = os.fstat(fh.fileno()).st_size
        try:
            span = parse_range(range_header, size)
        except ValueError:
            fh.close()
            return super().send_head()
        if span is None:
            fh.close()
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        first, last = span
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Content-Length", str(last - first + 1))
        mtime = os.fstat(fh.fileno()).st_mtime
        self.send_header("Last-Modified", email.utils.formatdate(mtime, usegmt=True))
        self.end_headers()
        fh.seek(first)
        return _Limited(fh, last - first + 1)


class _Limited:
    """A file object that reads at most ``remaining`` bytes (for copyfile)."""

    def __init__(self, fh, remaining: int) -> None:
        self.fh = fh
        self.remaining = remaining

    def read(self, n: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        if n < 0 or n > self.remaining:
            n = self.remaining
        data = self.fh.read(n)
        self.remaining -= len(data)
        return data

    def close(self) -> None:
        self.fh.close()


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A ready (bound) preview server; call ``serve_forever()`` or use :func:`serve_in_thread`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise PodcastError("nothing to serve: the folder does not exist (run 'podcast build')",
                           path=directory)
    handler = partial(RangeRequestHandler, directory=str(directory))
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise PodcastError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    server.daemon_threads = True
    return server


def serve_in_thread(directory: Path, host: str = "127.0.0.1",
                    port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start a preview server in a background thread; returns (server, base URL)."""
    server = make_server(directory, host, port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://{host}:{server.server_address[1]}/"
