"""The local review page: one episode's audio and transcript, served on 127.0.0.1.

Everything lives under a random token path (``http://127.0.0.1:PORT/<token>/``), so another
site in the editor's browser cannot guess an address to post to; a POST must also come from
the page's own origin (``Origin``/``Sec-Fetch-Site``), carry JSON and name this server as its
``Host`` (no DNS rebinding). Pages are sent with a strict Content-Security-Policy: the script
and style are static files (``podcast/review/static``), nothing inline runs.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import secrets
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import PodcastError
from podcast.review import cues as review_cues
from podcast.review.strings import review_strings
from podcast.serve import parse_range
from podcast.site.i18n import ui_language
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; media-src 'self'; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'")
STATIC = {"review.js": "text/javascript; charset=utf-8", "review.css": "text/css; charset=utf-8"}
MAX_BODY = 32 * 1024 * 1024
Clock = Callable[[], dt.datetime]


def static_dir() -> Path:
    return Path(str(resources.files("podcast.review") / "static"))


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReviewServer(ThreadingHTTPServer):
    """Serves the review page of one episode until shut down."""

    daemon_threads = True

    def __init__(self, ws: Workspace, episode: Episode, *, port: int = 0,
                 editor: str | None = None, clock: Clock = _utc_now,
                 token: str | None = None) -> None:
        self.ws = ws
        self.episode = episode
        self.editor = editor
        self.clock = clock
        self.token = token or secrets.token_urlsafe(18)
        self.lock = threading.Lock()
        self.audio, _hash = review_cues.review_audio(ws, episode)
        review_cues.load_document(ws, episode)  # fails now, with one line, if unreadable
        self.strings = review_strings(ws.config.show.language)
        try:
            super().__init__(("127.0.0.1", port), ReviewHandler)
        except OSError as exc:
            raise PodcastError(f"cannot listen on 127.0.0.1:{port}: "
                               f"{exc.strerror or exc}") from None

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{self.token}/"

    def allowed_hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def handle_error(self, request, client_address) -> None:
        log.debug("request from %s failed", client_address, exc_info=True)


def serve_review_in_thread(ws: Workspace, episode: Episode, **options) -> ReviewServer:
    """Start a review server in a background thread (tests, embedding)."""
    server = ReviewServer(ws, episode, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_html(server: ReviewServer) -> str:
    """The page around the cues (the cues are drawn by review.js from the API)."""
    t = server.strings
    ep = server.episode
    lang = ui_language(server.ws.config.show.language)
    e = html.escape
    keys = [("Esc", t["play"]), ("Alt+R", t["replay"]), ("Alt+N", t["next_doubtful"]),
            ("Alt+Shift+N", t["keys_prev"]), ("Alt+S", t["split"]), ("Alt+M", t["merge"]),
            ("Alt+P", t["speaker_key"]), ("Ctrl+S", t["save"])]
    buttons = [("play", "Esc", t["play"]), ("replay", "Alt+R", t["replay"]),
               ("next-doubtful", "Alt+N", t["next_doubtful"]), ("split", "Alt+S", t["split"]),
               ("merge", "Alt+M", t["merge"]), ("speaker", "Alt+P", t["speaker_key"])]
    toolbar = "\n".join(
        f'    <button type="button" id="btn-{name}" aria-keyshortcuts="{key}">{e(label)} '
        f'<kbd>{key}</kbd></button>' for name, key, label in buttons)
    key_list = "\n".join(f"      <dt><kbd>{k}</kbd></dt><dd>{e(v)}</dd>" for k, v in keys)
    strings = json.dumps(t, ensure_ascii=False).replace("<", "\\u003c")
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{e(t["page_title"])}: {e(ep.meta.title)}</title>
<link rel="stylesheet" href="review.css">
</head>
<body>
<header class="top">
  <h1>{e(t["page_title"])}: {e(ep.meta.title)}</h1>
  <p id="review-state" class="state"></p>
  <audio id="audio" controls preload="auto" src="audio" aria-label="{e(t["audio"])}"></audio>
  <div class="toolbar" role="toolbar" aria-label="{e(t["keys"])}">
{toolbar}
  </div>
  <div class="save">
    <button type="button" id="btn-save" aria-keyshortcuts="Control+S">{e(t["save"])}
      <kbd>Ctrl+S</kbd></button>
    <button type="button" id="btn-save-reviewed">{e(t["save_reviewed"])}</button>
  </div>
  <p id="status" class="status" role="status" aria-live="polite">{e(t["loading"])}</p>
</header>
<main>
  <p class="legend"><span class="doubtful">{e(t["doubtful_legend"])}</span></p>
  <noscript><p>{e(t["noscript"])}</p></noscript>
  <ol id="cues" class="cues" aria-label="{e(t["cues"])}"></ol>
  <datalist id="speakers"></datalist>
  <details class="keys">
    <summary>{e(t["keys"])}</summary>
    <dl>
{key_list}
    </dl>
  </details>
</main>
<script id="review-strings" type="application/json">{strings}</script>
<script src="review.js" defer></script>
</body>
</html>
"""


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "KommunpoddReview"

    def log_message(self, format: str, *args) -> None:
        log.info("%s - %s", self.address_string(), format % args)

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    # --- routing ----------------------------------------------------------------------------
    def _route(self) -> str | None:
        """The path inside the token folder, or None (after answering) when refused."""
        if (self.headers.get("Host") or "") not in self.server.allowed_hosts():
            self._send_text(HTTPStatus.FORBIDDEN, "403 Forbidden: unexpected Host\n")
            return None
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == "/favicon.ico":  # browsers ask for it; the page has none
            self.send_response(HTTPStatus.NO_CONTENT)
            self.end_headers()
            return None
        prefix = f"/{self.server.token}/"
        if path == prefix[:-1]:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if not secrets.compare_digest(path[:len(prefix)].encode(), prefix.encode()):
            self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n")
            return None
        return path[len(prefix):]

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _get(self, head: bool) -> None:
        route = self._route()
        if route is None:
            return
        if route == "":
            self._send_bytes(HTTPStatus.OK, page_html(self.server).encode("utf-8"),
                             "text/html; charset=utf-8", head)
        elif route in STATIC:
            data = (static_dir() / route).read_bytes()
            self._send_bytes(HTTPStatus.OK, data, STATIC[route], head)
        elif route == "audio":
            self._send_audio(head)
        elif route == "api/transcript":
            try:
                doc = review_cues.load_document(self.server.ws, self.server.episode)
            except PodcastError as exc:
                self._send_json(HTTPStatus.CONFLICT, {"error": str(exc)})
                return
            self._send_json(HTTPStatus.OK, doc.to_json(), head=head)
        else:
            self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n", head)

    def do_POST(self) -> None:
        route = self._route()
        if route is None:
            return
        if route != "api/save":
            self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n")
            return
        problem = self._cross_site_problem()
        if problem:
            self._send_json(HTTPStatus.FORBIDDEN, {"error": problem})
            return
        try:
            length = int(self.headers.get("Content-Length") or "")
        except ValueError:
            self._send_json(HTTPStatus.LENGTH_REQUIRED, {"error": "Content-Length required"})
            return
        if length < 0 or length > MAX_BODY:
            self._send_json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "too large"})
            return
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": "not JSON"})
            return
        if not isinstance(body, dict) or not isinstance(body.get("version"), str):
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": "expected {version, cues}"})
            return
        server = self.server
        try:
            with server.lock:
                result = review_cues.save_review(
                    server.ws, server.episode, body.get("cues"), version=body["version"],
                    reviewed=body.get("reviewed") is True, editor=server.editor,
                    now=server.clock())
        except review_cues.ReviewConflict as exc:
            self._send_json(HTTPStatus.CONFLICT, {"error": str(exc)})
            return
        except PodcastError as exc:
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            return
        self._send_json(HTTPStatus.OK, {"document": result.document.to_json(),
                                        "changed": result.changed,
                                        "warnings": result.warnings})

    def _cross_site_problem(self) -> str | None:
        """Why this POST may come from another site (None: it comes from the page)."""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json":
            return "expected Content-Type: application/json"
        own = f"http://{self.headers.get('Host')}"
        origin = self.headers.get("Origin")
        if origin is not None and origin != own:
            return "cross-origin request refused"
        fetch_site = self.headers.get("Sec-Fetch-Site")
        if fetch_site is not None and fetch_site not in ("same-origin", "none"):
            return "cross-site request refused"
        return None

    # --- answers ----------------------------------------------------------------------------
    def _send_audio(self, head: bool) -> None:
        from podcast.content_types import content_type

        path = self.server.audio
        try:
            size = path.stat().st_size
        except OSError:
            self._send_text(HTTPStatus.NOT_FOUND, "404 Not Found\n", head)
            return
        span = None
        header = None if head else self.headers.get("Range")
        if header:
            try:
                span = parse_range(header, size)
            except ValueError:
                span = (0, size - 1) if size else None
            if span is None:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {span[0]}-{span[1]}/{size}")
            first, length = span[0], span[1] - span[0] + 1
        else:
            self.send_response(HTTPStatus.OK)
            first, length = 0, size
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if head:
            return
        try:
            with open(path, "rb") as fh:
                fh.seek(first)
                remaining = length
                while remaining > 0:
                    block = fh.read(min(remaining, 256 * 1024))
                    if not block:
                        break
                    self.wfile.write(block)
                    remaining -= len(block)
        except (BrokenPipeError, ConnectionResetError):
            log.debug("client went away during the audio")

    def _send_bytes(self, status: HTTPStatus, data: bytes, ctype: str,
                    head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _send_text(self, status: HTTPStatus, text: str, head: bool = False) -> None:
        self._send_bytes(status, text.encode("utf-8"), "text/plain; charset=utf-8", head)

    def _send_json(self, status: HTTPStatus, data: dict, head: bool = False) -> None:
        self._send_bytes(status, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                         "application/json; charset=utf-8", head)


__all__ = ["CONTENT_SECURITY_POLICY", "ReviewServer", "page_html", "serve_review_in_thread"]
