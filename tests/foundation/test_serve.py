"""The preview server answers HTTP Range with 206 and the right bytes."""

from __future__ import annotations

import http.client

import pytest

from podcast.serve import parse_range, serve_in_thread


@pytest.fixture
def site(tmp_path):
    (tmp_path / "media").mkdir()
    data = bytes(range(256)) * 40  # 10240 bytes
    (tmp_path / "media" / "ep.mp3").write_bytes(data)
    (tmp_path / "feed.xml").write_text("<rss/>")
    (tmp_path / "t.vtt").write_text("WEBVTT\n")
    server, url = serve_in_thread(tmp_path)
    yield server, data
    server.shutdown()
    server.server_close()


def request(server, path, headers=None, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    conn.request(method, path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp, body


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


def test_full_get_and_head(site):
    server, data = site
    resp, body = request(server, "/media/ep.mp3")
    assert resp.status == 200 and body == data
    assert resp.getheader("Accept-Ranges") == "bytes"
    resp, body = request(server, "/media/ep.mp3", method="HEAD")
    assert resp.status == 200 and body == b""
    assert resp.getheader("Content-Length") == str(len(data))


def test_content_types(site):
    server, _ = site
    resp, _ = request(server, "/feed.xml")
    assert resp.getheader("Content-Type") == "application/xml; charset=utf-8"  # XSLT-able
    resp, _ = request(server, "/t.vtt")
    assert resp.getheader("Content-Type").startswith("text/vtt")


@pytest.mark.parametrize("header, expected", [
    ("bytes=0-1", (0, 1)), ("bytes=5-", (5, 99)), ("bytes=-10", (90, 99)),
    ("bytes=50-500", (50, 99)), ("bytes=100-", None), ("bytes=9-3", None),
])
def test_parse_range(header, expected):
    assert parse_range(header, 100) == expected


def test_parse_range_rejects_multi():
    with pytest.raises(ValueError):
        parse_range("bytes=0-1,5-6", 100)
