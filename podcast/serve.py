"""``podcast serve``: preview the built site, as a podcast app and a browser would use it.

``python -m http.server`` ignores Range (browsers cannot seek, apps cannot resume), lists
folders and serves every file it can reach. This server:

* answers GET, HEAD and CORS preflight (OPTIONS), with ``Access-Control-Allow-Origin: *``
  on every answer (the Podcasting 2.0 transcript spec requires CORS for transcripts and
  chapters; players fetch the feed and media cross-origin too);
* serves one byte range per request (RFC 9110: an invalid or multi-range header, or an
  ``If-Range`` that does not match, gets the whole file; an unsatisfiable one 416);
* never serves a path segment starting with ``.``, a symlink that leads out of the folder,
  or a folder listing (a folder without ``index.html`` is 404); odd paths get 400/404;
* answers 404 with the site's ``404.html`` when there is one, else a short page in the
  show's language;
* *preview addresses*: when it knows the production address (``show.base_url``), it
  rewrites that address in text answers (pages, feed, sitemap, JSON) to its own
  (``http://127.0.0.1:PORT/``, or the host the client asked for), so a podcast app can
  subscribe to the preview and download from it. The files on disk are not changed, so
  the same build can be published as it is.
"""

from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import logging
import os
import re
import socket
import stat
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote

from podcast.content_types import content_type
from podcast.errors import PodcastError
from podcast.site.csp import CONTENT_SECURITY_POLICY

log = logging.getLogger(__name__)

#: Pending connections the kernel queues before ``accept`` (Python's default is 5).
LISTEN_BACKLOG = 256
#: Text files larger than this are served as they are, without rewriting addresses.
MAX_REWRITE_BYTES = 16 * 1024 * 1024
_REWRITE_TYPES = ("text/", "application/rss+xml", "application/xml", "application/json",
                  "application/ld+json", "application/manifest+json")
_RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
_HOST_RE = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
_NOT_FOUND = {"sv": "Sidan finns inte.", "en": "Page not found."}
_BAD_REQUEST = {"sv": "Felaktig begäran.", "en": "Bad request."}


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """One ``bytes=`` range → (first, last) inclusive; None when it is unsatisfiable.

    Raises ValueError for a header to ignore (RFC 9110: an invalid range such as
    ``bytes=5-1``, another unit, or several ranges): then the whole file is sent.
    """
    m = _RANGE_RE.match(header.strip())
    if not m:
        raise ValueError(header)
    first_s, last_s = m.groups()
    if not first_s and not last_s:
        raise ValueError(header)
    if not first_s:  # suffix range: the last n bytes
        n = int(last_s)
        if n == 0 or size == 0:
            return None
        return max(0, size - n), size - 1
    first = int(first_s)
    last = int(last_s) if last_s else None
    if last is not None and last < first:
        raise ValueError(header)
    if first >= size:
        return None
    return first, size - 1 if last is None else min(last, size - 1)


def common_headers() -> list[tuple[str, str]]:
    """Headers on every answer of the preview server."""
    return [
        ("Accept-Ranges", "bytes"),
        ("Cache-Control", "no-cache"),
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Expose-Headers", "Content-Range, Content-Length, Accept-Ranges, ETag"),
        ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ]


class _Status(Exception):  # an answer, not a failure
    def __init__(self, status: HTTPStatus, location: str | None = None) -> None:
        super().__init__(status.phrase)
        self.status = status
        self.location = location


def resolve_path(root: Path, target: str) -> Path:
    """The file a request target names inside ``root`` (already resolved).

    Raises :class:`_Status` 400 for control characters or a target that is not a path,
    404 for hidden segments, anything outside ``root`` (also through symlinks), folders
    without ``index.html`` and non-files, 301 (with ``location``) for a folder without its
    trailing slash.
    """
    raw = target.split("?", 1)[0].split("#", 1)[0]
    if not raw.startswith("/"):
        raise _Status(HTTPStatus.BAD_REQUEST)
    try:
        path = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise _Status(HTTPStatus.NOT_FOUND) from None
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        raise _Status(HTTPStatus.BAD_REQUEST)
    parts = [p for p in path.split("/") if p]
    if any(p.startswith(".") or "\\" in p for p in parts):
        raise _Status(HTTPStatus.NOT_FOUND)
    try:
        real = Path(os.path.realpath(root.joinpath(*parts)))
        inside = real.relative_to(root).parts if real != root else ()
        if any(p.startswith(".") for p in inside):
            raise _Status(HTTPStatus.NOT_FOUND)
        mode = os.stat(real).st_mode
        if stat.S_ISDIR(mode):
            if not path.endswith("/"):
                # Built from the checked segments: never '//host' (another site).
                location = "/" + "".join(quote(p) + "/" for p in parts) + target[len(raw):]
                raise _Status(HTTPStatus.MOVED_PERMANENTLY, location=location)
            return resolve_path(root, raw + "index.html")
    except ValueError:  # relative_to: outside the served folder
        raise _Status(HTTPStatus.NOT_FOUND) from None
    except OSError:
        raise _Status(HTTPStatus.NOT_FOUND) from None
    if not stat.S_ISREG(mode):
        raise _Status(HTTPStatus.NOT_FOUND)
    return real


@dataclass(frozen=True)
class _Body:
    """What to send for a file: its bytes (rewritten text) or the open file."""

    size: int
    etag: str
    last_modified: str
    data: bytes | None = None
    path: Path | None = None


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server for one folder, with a deep listen backlog."""

    request_queue_size = LISTEN_BACKLOG
    daemon_threads = True

    def __init__(self, address: tuple[str, int], directory: Path, *,
                 public_url: str | None = None, language: str = "sv") -> None:
        self.root = Path(os.path.realpath(directory))
        self.public_url = public_url.rstrip("/") + "/" if public_url else None
        self.language = "en" if language.lower().startswith("en") else "sv"
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, PreviewHandler)

    def handle_error(self, request, client_address) -> None:
        # A client that went away (reset, broken pipe) is normal: no traceback on stderr.
        log.debug("request from %s failed", client_address, exc_info=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if host in ("0.0.0.0", "::"):  # what the user bound to
            host = "127.0.0.1" if host == "0.0.0.0" else "::1"
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"


class PreviewHandler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "KommunpoddPreview"

    def log_message(self, format: str, *args) -> None:  # stdlib signature
        log.info("%s - %s", self.address_string(), format % args)

    def end_headers(self) -> None:
        for name, value in common_headers():
            self.send_header(name, value)
        super().end_headers()

    # --- methods --------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_OPTIONS(self) -> None:
        """CORS preflight (and a plain OPTIONS): which methods and headers are allowed."""
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         "Range, If-Range, If-None-Match, If-Modified-Since")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """Errors the base class finds (bad request line, unknown method): a short page."""
        if code == HTTPStatus.NOT_FOUND:
            self._not_found(head=self.command == "HEAD")
            return
        status = HTTPStatus(code)
        text = _BAD_REQUEST[self.server.language] if code == 400 else status.phrase
        self._send_plain(status, f"{code} {text}\n", head=self.command == "HEAD")

    # --- answers --------------------------------------------------------------------------
    def _answer(self, head: bool) -> None:
        try:
            path = resolve_path(self.server.root, self.path)
        except _Status as answer:
            if answer.location:
                self.send_response(answer.status)
                self.send_header("Location", answer.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif answer.status == HTTPStatus.NOT_FOUND:
                self._not_found(head)
            else:
                self.send_error(answer.status)
            return
        try:
            body = self._load(path)
        except OSError:
            self._not_found(head)
            return
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match and body.etag in [t.strip() for t in if_none_match.split(",")]:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", body.etag)
            self.end_headers()
            return
        span = None
        range_header = None if head else self.headers.get("Range")
        if range_header and self._if_range_matches(body):
            try:
                span = parse_range(range_header, body.size)
            except ValueError:
                pass  # a header to ignore: the whole file
            else:
                if span is None:
                    self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    self.send_header("Content-Range", f"bytes */{body.size}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
        if span is not None:
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {span[0]}-{span[1]}/{body.size}")
            first, length = span[0], span[1] - span[0] + 1
        else:
            self.send_response(HTTPStatus.OK)
            first, length = 0, body.size
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(length))
        self.send_header("ETag", body.etag)
        self.send_header("Last-Modified", body.last_modified)
        self.end_headers()
        if not head:
            self._send_body(body, first, length)

    def _if_range_matches(self, body: _Body) -> bool:
        """RFC 9110 If-Range: a range applies only while the validator still matches."""
        value = self.headers.get("If-Range")
        if value is None:
            return True
        value = value.strip()
        if value.startswith(('"', "W/")):
            return value == body.etag  # strong comparison: a weak tag never matches
        try:
            asked = email.utils.parsedate_to_datetime(value)
            ours = email.utils.parsedate_to_datetime(body.last_modified)
        except (TypeError, ValueError):
            return False
        return asked == ours

    def _load(self, path: Path) -> _Body:
        st = os.stat(path)
        last_modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        etag = f'"{st.st_mtime_ns:x}-{st.st_size:x}'
        base = self._own_url()
        ctype = content_type(path)
        if (base and st.st_size <= MAX_REWRITE_BYTES and ctype.startswith(_REWRITE_TYPES)):
            data = rewrite(path.read_bytes(), self.server.public_url or "", base)
            tag = hashlib.sha256(base.encode()).hexdigest()[:8]
            return _Body(size=len(data), etag=f'{etag}-{tag}"', last_modified=last_modified,
                         data=data)
        return _Body(size=st.st_size, etag=etag + '"', last_modified=last_modified, path=path)

    def _own_url(self) -> str | None:
        """This server's address as the client reached it (None: no rewriting)."""
        if not self.server.public_url:
            return None
        host = (self.headers.get("Host") or "").strip()
        if host and _HOST_RE.match(host):
            return f"http://{host}/"
        return self.server.url

    def _send_body(self, body: _Body, first: int, length: int) -> None:
        try:
            if body.data is not None:
                self.wfile.write(body.data[first:first + length])
                return
            with open(body.path, "rb") as fh:  # type: ignore[arg-type]
                fh.seek(first)
                remaining = length
                while remaining > 0:
                    block = fh.read(min(remaining, 256 * 1024))
                    if not block:
                        break
                    self.wfile.write(block)
                    remaining -= len(block)
        except (BrokenPipeError, ConnectionResetError):
            log.debug("client went away during %s", self.path)

    def _not_found(self, head: bool) -> None:
        """404 with the site's ``404.html`` when it has one, else a line in its language."""
        try:
            path = resolve_path(self.server.root, "/404.html")
            body = self._load(path)
            data = body.data if body.data is not None else path.read_bytes()
        except (_Status, OSError):
            text = f"404 {_NOT_FOUND[self.server.language]}\n"
            self._send_plain(HTTPStatus.NOT_FOUND, text, head)
            return
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _send_plain(self, status: HTTPStatus, text: str, head: bool) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(data)


def rewrite(data: bytes, public_url: str, own_url: str) -> bytes:
    """Replace the production address (plain and URL-encoded) with the preview's."""
    if not public_url:
        return data
    for old, new in ((public_url, own_url), (quote(public_url, safe=""), quote(own_url, safe=""))):
        data = data.replace(old.encode(), new.encode())
    return data


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the preview on this computer."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000, *,
                public_url: str | None = None, language: str = "sv") -> PreviewServer:
    """A ready (bound) preview server; call ``serve_forever()`` or use :func:`serve_in_thread`.

    ``public_url``: the site's production address, rewritten to the server's own in text
    answers (None: files are served as they are).
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise PodcastError("nothing to serve: the folder does not exist (run 'podcast build')",
                           path=directory)
    try:
        return PreviewServer((host.strip("[]"), port), directory, public_url=public_url,
                             language=language)
    except OSError as exc:
        raise PodcastError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve_in_thread(directory: Path, host: str = "127.0.0.1", port: int = 0,
                    **options: str | None) -> tuple[PreviewServer, str]:
    """Start a preview server in a background thread; returns (server, base URL)."""
    server = make_server(directory, host, port, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, server.url


__all__ = ["LISTEN_BACKLOG", "PreviewServer", "common_headers", "is_loopback", "make_server",
           "parse_range", "resolve_path", "rewrite", "serve_in_thread"]
