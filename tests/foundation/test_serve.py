"""The preview server: Range per RFC 9110, HEAD, CORS, safe paths, 404 page, load, and
preview addresses a podcast app can subscribe to."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from podcast.serve import LISTEN_BACKLOG, parse_range, rewrite, serve_in_thread

PUBLIC = "https://podd.example.se/"
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Testpodd</title><link>https://podd.example.se/</link>
<description>Test</description><language>sv</language>
<item><title>Avsnitt 1</title><guid>ep</guid>
<link>https://podd.example.se/avsnitt/ep/</link>
<pubDate>Mon, 02 Mar 2026 08:00:00 +0000</pubDate>
<enclosure url="https://podd.example.se/media/ep.mp3" length="10240" type="audio/mpeg"/>
</item></channel></rss>
"""


def make_site(root: Path) -> tuple[Path, bytes]:
    (root / "media").mkdir(parents=True)
    data = bytes(range(256)) * 40  # 10240 bytes
    (root / "media" / "ep.mp3").write_bytes(data)
    (root / "media" / "empty.mp3").write_bytes(b"")
    (root / "feed.xml").write_text(FEED, encoding="utf-8")
    ep = root / "avsnitt" / "ep"
    ep.mkdir(parents=True)
    (ep / "index.html").write_text(
        '<!doctype html><link rel="canonical" href="https://podd.example.se/avsnitt/ep/">'
        '<a href="https://x.example/share?u=https%3A%2F%2Fpodd.example.se%2Favsnitt%2Fep%2F">'
        "dela</a>\n", encoding="utf-8")
    (ep / "transcript.vtt").write_text("WEBVTT\n")
    (ep / "transcript.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nHej\n")
    (ep / "transcript.json").write_text('{"segments": []}')
    (ep / "chapters.json").write_text('{"version": "1.2.0", "chapters": []}')
    (root / "tom").mkdir()  # a folder without index.html
    (root / ".env").write_text("SECRET=1\n")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n")
    (ep / ".notes").write_text("hidden\n")
    return root, data


@pytest.fixture
def site(tmp_path):
    root, data = make_site(tmp_path / "site")
    server, url = serve_in_thread(root)
    yield server, data
    server.shutdown()
    server.server_close()


@pytest.fixture
def preview(tmp_path):
    """A server that rewrites the production address to its own."""
    root, data = make_site(tmp_path / "site")
    server, url = serve_in_thread(root, public_url=PUBLIC)
    yield server, url, data
    server.shutdown()
    server.server_close()


def request(server, path, headers=None, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    conn.request(method, path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp, body


def raw_request(server, line: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as s:
        s.sendall(line)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


# --- Range (RFC 9110) ---------------------------------------------------------------------
def test_range_206(site):
    server, data = site
    resp, body = request(server, "/media/ep.mp3", {"Range": "bytes=100-199"})
    assert resp.status == 206
    assert body == data[100:200]
    assert resp.getheader("Content-Range") == f"bytes 100-199/{len(data)}"
    assert resp.getheader("Content-Length") == "100"
    assert resp.getheader("Content-Type") == "audio/mpeg"


def test_open_and_suffix_ranges(site):
    server, data = site
    resp, body = request(server, "/media/ep.mp3", {"Range": "bytes=10000-"})
    assert resp.status == 206 and body == data[10000:]
    resp, body = request(server, "/media/ep.mp3", {"Range": "bytes=-5"})
    assert resp.status == 206 and body == data[-5:]


def test_unsatisfiable_range_416(site):
    server, data = site
    resp, _ = request(server, "/media/ep.mp3", {"Range": "bytes=999999-"})
    assert resp.status == 416
    assert resp.getheader("Content-Range") == f"bytes */{len(data)}"


@pytest.mark.parametrize("header", ["bytes=5-1", "bytes=0-1,5-6", "items=0-5", "bytes=x-",
                                    "bytes=-"])
def test_invalid_or_multiple_ranges_get_the_whole_file(site, header):
    server, data = site
    resp, body = request(server, "/media/ep.mp3", {"Range": header})
    assert resp.status == 200 and body == data
    assert resp.getheader("Content-Range") is None


def test_empty_file_suffix_range_is_416_with_star(site):
    server, _ = site
    resp, body = request(server, "/media/empty.mp3", {"Range": "bytes=-5"})
    assert resp.status == 416 and body == b""
    assert resp.getheader("Content-Range") == "bytes */0"
    resp, body = request(server, "/media/empty.mp3")
    assert resp.status == 200 and body == b"" and resp.getheader("Content-Length") == "0"


def test_if_range_applies_the_range_only_while_the_validator_matches(site):
    server, data = site
    resp, _ = request(server, "/media/ep.mp3")
    etag, modified = resp.getheader("ETag"), resp.getheader("Last-Modified")
    assert etag.startswith('"') and modified
    ranged = {"Range": "bytes=0-9"}
    resp, body = request(server, "/media/ep.mp3", {**ranged, "If-Range": etag})
    assert resp.status == 206 and body == data[:10]
    resp, body = request(server, "/media/ep.mp3", {**ranged, "If-Range": modified})
    assert resp.status == 206 and body == data[:10]
    for other in ('"something-else"', "W/" + etag, "Mon, 01 Jan 2001 00:00:00 GMT", "junk"):
        resp, body = request(server, "/media/ep.mp3", {**ranged, "If-Range": other})
        assert resp.status == 200 and body == data, other


def test_full_get_and_head(site):
    server, data = site
    resp, body = request(server, "/media/ep.mp3")
    assert resp.status == 200 and body == data
    assert resp.getheader("Accept-Ranges") == "bytes"
    resp, body = request(server, "/media/ep.mp3", method="HEAD")
    assert resp.status == 200 and body == b""
    assert resp.getheader("Content-Length") == str(len(data))
    resp, body = request(server, "/media/ep.mp3", {"Range": "bytes=0-9"}, method="HEAD")
    assert resp.status == 200 and body == b""  # Range applies to GET only


def test_if_none_match_gives_304(site):
    server, _ = site
    resp, _ = request(server, "/feed.xml")
    resp, body = request(server, "/feed.xml", {"If-None-Match": resp.getheader("ETag")})
    assert resp.status == 304 and body == b""


@pytest.mark.parametrize("path, expected", [
    ("/feed.xml", "application/xml; charset=utf-8"),
    ("/avsnitt/ep/transcript.vtt", "text/vtt; charset=utf-8"),
    ("/avsnitt/ep/transcript.srt", "application/x-subrip"),
    ("/avsnitt/ep/transcript.json", "application/json"),
    ("/avsnitt/ep/chapters.json", "application/json+chapters"),
    ("/avsnitt/ep/", "text/html; charset=utf-8"),
])
def test_content_types(site, path, expected):
    server, _ = site
    resp, _ = request(server, path)
    assert resp.status == 200
    assert resp.getheader("Content-Type") == expected


@pytest.mark.parametrize("header, expected", [
    ("bytes=0-1", (0, 1)), ("bytes=5-", (5, 99)), ("bytes=-10", (90, 99)),
    ("bytes=50-500", (50, 99)), ("bytes=100-", None), ("bytes=-0", None),
    ("bytes=-500", (0, 99)),
])
def test_parse_range(header, expected):
    assert parse_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=0-1,5-6", "bytes=9-3", "bytes=-", "lines=1-2"])
def test_parse_range_rejects(header):
    with pytest.raises(ValueError):
        parse_range(header, 100)


def test_parse_range_of_an_empty_file():
    assert parse_range("bytes=-5", 0) is None
    assert parse_range("bytes=0-", 0) is None


# --- CORS ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/feed.xml", "/media/ep.mp3", "/avsnitt/ep/transcript.vtt",
                                  "/avsnitt/ep/transcript.srt", "/avsnitt/ep/chapters.json",
                                  "/nothing-here"])
def test_cors_on_every_answer(site, path):
    server, _ = site
    resp, _ = request(server, path, {"Origin": "https://player.example"})
    assert resp.getheader("Access-Control-Allow-Origin") == "*"
    assert "Content-Range" in resp.getheader("Access-Control-Expose-Headers")


def test_cors_preflight(site):
    server, _ = site
    resp, body = request(server, "/avsnitt/ep/transcript.vtt", {
        "Origin": "https://player.example", "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "range"}, method="OPTIONS")
    assert resp.status == 204 and body == b""
    assert resp.getheader("Access-Control-Allow-Origin") == "*"
    assert "GET" in resp.getheader("Access-Control-Allow-Methods")
    assert "Range" in resp.getheader("Access-Control-Allow-Headers")


# --- what is never served -----------------------------------------------------------------
@pytest.mark.parametrize("path", [
    "/.env", "/.git/config", "/%2egit/config", "/avsnitt/ep/.notes", "/.git/", "/.git",
    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/avsnitt/..%2f..%2f..%2fetc/passwd",
    "/tom/", "/tom/index.html", "/media/%ff.mp3", "/" + "a" * 5000, "/media\\ep.mp3",
])
def test_hidden_outside_and_unlisted_paths_are_404(site, path):
    server, _ = site
    resp, body = request(server, path)
    assert resp.status == 404, path
    assert b"SECRET" not in body and b"[core]" not in body


def test_symlinks_out_of_the_folder_are_not_served(site, tmp_path):
    server, data = site
    root = server.root
    secret = tmp_path / "outside.txt"
    secret.write_text("outside secret\n")
    (root / "leak.txt").symlink_to(secret)
    (root / "leakdir").symlink_to(tmp_path)
    (root / "git-config").symlink_to(root / ".git" / "config")  # inside, but hidden
    (root / "alias.mp3").symlink_to(root / "media" / "ep.mp3")   # inside: fine
    for path in ("/leak.txt", "/leakdir/outside.txt", "/git-config"):
        resp, body = request(server, path)
        assert resp.status == 404 and b"secret" not in body and b"[core]" not in body, path
    resp, body = request(server, "/alias.mp3")
    assert resp.status == 200 and body == data


def test_folder_without_slash_redirects_on_this_site(site):
    server, _ = site
    resp, _ = request(server, "/avsnitt/ep?t=5")
    assert resp.status == 301 and resp.getheader("Location") == "/avsnitt/ep/?t=5"
    (server.root / "evil.example").mkdir()
    (server.root / "evil.example" / "index.html").write_text("<p>x</p>")
    resp, _ = request(server, "//evil.example")
    assert resp.status == 301 and resp.getheader("Location") == "/evil.example/"


@pytest.mark.parametrize("line, status", [
    (b"GET /%00 HTTP/1.0\r\n\r\n", b"400"),
    (b"GET /feed.xml%00.mp3 HTTP/1.0\r\n\r\n", b"400"),
    (b"GET /%0a HTTP/1.0\r\n\r\n", b"400"),
    (b"GET * HTTP/1.0\r\n\r\n", b"400"),
    (b"GET http://evil.example/ HTTP/1.0\r\n\r\n", b"400"),
    (b"BREW /pot HTTP/1.0\r\n\r\n", b"501"),
    (b"GARBAGE\r\n\r\n", b"400"),
])
def test_odd_requests_get_short_answers_without_traceback(site, capfd, line, status):
    server, _ = site
    answer = raw_request(server, line)
    first_line = answer.split(b"\r\n", 1)[0]  # (no status line for an HTTP/0.9 request)
    assert re.match(rb"(HTTP/1\.\d )?" + status + rb" ", first_line), answer
    assert b"Traceback" not in answer
    assert "Traceback" not in capfd.readouterr().err


def test_404_plain_page_in_the_shows_language(tmp_path):
    root, _ = make_site(tmp_path / "site")
    for language, text in (("sv", "Sidan finns inte"), ("en", "Page not found")):
        server, _ = serve_in_thread(root, language=language)
        try:
            resp, body = request(server, "/saknas")
            assert resp.status == 404
            assert resp.getheader("Content-Type") == "text/plain; charset=utf-8"
            assert text in body.decode("utf-8") and b"Error response" not in body
        finally:
            server.shutdown()
            server.server_close()


def test_404_html_from_the_site_root(preview):
    server, url, _ = preview
    (server.root / "404.html").write_text(
        '<!doctype html><title>Hittades inte</title><a href="https://podd.example.se/">Start</a>',
        encoding="utf-8")
    for path in ("/saknas/", "/.env", "/tom/"):
        resp, body = request(server, path)
        assert resp.status == 404
        assert resp.getheader("Content-Type") == "text/html; charset=utf-8"
        assert b"Hittades inte" in body and f'href="{url}"'.encode() in body
        assert resp.getheader("Content-Length") == str(len(body))
    resp, body = request(server, "/saknas/", method="HEAD")
    assert resp.status == 404 and body == b""


# --- load ---------------------------------------------------------------------------------
def test_200_simultaneous_mp3_downloads_are_all_served(site):
    """Every client connects before any is answered; with Python's default backlog of 5
    connections beyond the queue were dropped and timed out."""
    server, data = site
    assert server.request_queue_size >= LISTEN_BACKLOG >= 256
    clients = 200
    ready = threading.Barrier(clients)

    def download(_: int) -> bytes:
        ready.wait(timeout=60)
        with socket.create_connection(("127.0.0.1", server.server_address[1]),
                                      timeout=60) as s:
            s.sendall(b"GET /media/ep.mp3 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).split(b"\r\n\r\n", 1)[1]

    with ThreadPoolExecutor(max_workers=clients) as pool:
        bodies = list(pool.map(download, range(clients)))
    assert sum(body == data for body in bodies) == clients


# --- preview addresses (#18.12) -----------------------------------------------------------
def test_rewrite_plain_and_url_encoded():
    page = b'<a href="https://p.se/x/">x</a> ?u=https%3A%2F%2Fp.se%2Fx%2F https://other.se/'
    out = rewrite(page, "https://p.se/", "http://127.0.0.1:9/")
    assert out == (b'<a href="http://127.0.0.1:9/x/">x</a> ?u=http%3A%2F%2F127.0.0.1%3A9%2Fx%2F '
                   b"https://other.se/")


def test_feed_and_pages_carry_the_servers_own_address(preview):
    server, url, data = preview
    resp, body = request(server, "/feed.xml")
    feed = body.decode("utf-8")
    assert resp.getheader("Content-Length") == str(len(body))
    assert PUBLIC not in feed
    enclosure = re.search(r'enclosure url="([^"]+)"', feed).group(1)
    assert enclosure == f"{url}media/ep.mp3"
    with urllib.request.urlopen(enclosure, timeout=10) as answer:  # our server
        assert answer.read() == data
    resp, body = request(server, "/avsnitt/ep/")
    assert f'href="{url}avsnitt/ep/"'.encode() in body
    assert b"https%3A%2F%2Fpodd.example.se" not in body
    # Range on a rewritten file counts the bytes sent, not the bytes on disk.
    resp, part = request(server, "/feed.xml", {"Range": "bytes=0-19"})
    assert resp.status == 206 and part == feed.encode()[:20]
    assert resp.getheader("Content-Range") == f"bytes 0-19/{len(feed.encode())}"
    # The file on disk is unchanged: the same build can be published.
    assert (server.root / "feed.xml").read_text(encoding="utf-8") == FEED


def test_preview_address_follows_the_host_the_client_used(preview):
    server, _, _ = preview
    port = server.server_address[1]
    _, body = request(server, "/feed.xml", {"Host": f"localhost:{port}"})
    assert f'url="http://localhost:{port}/media/ep.mp3"'.encode() in body
    _, body = request(server, "/feed.xml", {"Host": 'evil"><script>'})
    assert b"<script>" not in body
    assert f'url="http://127.0.0.1:{port}/media/ep.mp3"'.encode() in body


def test_without_a_public_address_files_are_served_as_built(site):
    server, _ = site
    _, body = request(server, "/feed.xml")
    assert body.decode("utf-8") == FEED


@pytest.mark.slow
def test_gpodder_subscribes_to_the_preview_and_downloads(preview, tmp_path):
    gpo = shutil.which("gpo")
    if gpo is None:
        pytest.fail("gPodder's 'gpo' is missing: apt-get install -y gpodder")
    server, url, data = preview
    env = dict(os.environ, GPODDER_HOME=str(tmp_path / "gpo"),
               GPODDER_DOWNLOAD_DIR=str(tmp_path / "downloads"))

    def gpo_run(*args: str) -> str:
        proc = subprocess.run([gpo, *args], env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    gpo_run("subscribe", url + "feed.xml")
    assert "1 new episode" in gpo_run("update")
    assert "1 episodes downloaded" in gpo_run("download")
    files = list((tmp_path / "downloads").rglob("*.mp3"))
    assert [f.read_bytes() for f in files] == [data]


# --- the command --------------------------------------------------------------------------
SHOW_TOML = """\
[show]
title = "Testpodd"
description = "En podd för test."
author = "Kommunen"
owner_email = "podd@kommun.example"
base_url = "https://podd.example.se/"
language = "sv"
"""


def start_serve(show: Path, *args: str) -> tuple[subprocess.Popen, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PODCAST_SHOW"}
    env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "--show", str(show), "serve",
                             "--port", "0", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()
    m = re.search(r" at (http://\S+/) \(Ctrl-C stops\)", first)
    assert m, (first, proc.stderr.read() if proc.poll() is not None else "")
    return proc, m.group(1), first


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err
    return out, err


def test_serve_command_previews_the_show_with_its_own_address(tmp_path):
    show = tmp_path / "show"
    show.mkdir()
    (show / "podcast.toml").write_text(SHOW_TOML, encoding="utf-8")
    make_site(show / "build" / "site")
    proc, url, first = start_serve(show)
    try:
        assert proc.stdout.readline() == \
            f"Feed: {url}feed.xml (addresses {PUBLIC} shown as the server's own)\n"
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "feed.xml", timeout=10) as answer:
            feed = answer.read().decode("utf-8")
        assert f'url="{url}media/ep.mp3"' in feed and PUBLIC not in feed
    finally:
        _, err = stop(proc)
    assert "warning" not in err

    proc, url, _ = start_serve(show, "--production-urls")
    try:
        with urllib.request.urlopen(url + "feed.xml", timeout=10) as answer:
            assert answer.read().decode("utf-8") == FEED
    finally:
        stop(proc)


def test_serve_command_warns_when_reachable_from_the_network(tmp_path):
    root, _ = make_site(tmp_path / "site")
    proc, url, _ = start_serve(tmp_path, "--directory", str(root), "--host", "0.0.0.0")
    try:
        with urllib.request.urlopen(url + "feed.xml", timeout=10) as answer:
            assert answer.read().decode("utf-8") == FEED  # no show: served as built
    finally:
        _, err = stop(proc)
    assert "warning: listening on 0.0.0.0: the preview is reachable from the network" in err
