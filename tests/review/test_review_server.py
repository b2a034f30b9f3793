"""The review server over HTTP: only its own page may read and save (token path, Host,
Origin, JSON), a strict CSP without inline script, seekable audio, errors as JSON."""

from __future__ import annotations

import http.client
import json
import re

import pytest
from reviewkit import CLOCK

from podcast.review.server import CONTENT_SECURITY_POLICY, serve_review_in_thread
from podcast.review.status import REVIEW_FILE
from podcast.site.pages import policy_problems
from podcast.workspace import Workspace


@pytest.fixture
def server(review_show: Workspace):
    srv = serve_review_in_thread(review_show, review_show.episode("snorojning"),
                                 editor="Sara Lind", clock=lambda: CLOCK)
    yield srv
    srv.shutdown()
    srv.server_close()


def _request(srv, method: str, path: str, body: bytes | None = None,
             headers: dict | None = None) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def _save(srv, payload: dict, **headers: str) -> tuple[int, dict]:
    base = {"Content-Type": "application/json", "Origin": f"http://127.0.0.1:{srv.port}"}
    base.update(headers)
    status, _h, data = _request(srv, "POST", f"/{srv.token}/api/save",
                                json.dumps(payload).encode(), base)
    return status, json.loads(data)


def _document(srv) -> dict:
    status, _h, data = _request(srv, "GET", f"/{srv.token}/api/transcript")
    assert status == 200
    return json.loads(data)


def _cues(doc: dict) -> list[dict]:
    return [{"start": c["start"], "end": c["end"], "speaker": c["speaker"],
             "text": " ".join(w["text"] for w in c["words"])} for c in doc["cues"]]


def test_page_has_a_strict_policy_and_no_inline_script(server) -> None:
    status, headers, data = _request(server, "GET", f"/{server.token}/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe" not in \
        CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    page = data.decode()
    problems = [p for p in policy_problems(page) if "meta tag" not in p]  # policy is a header
    assert problems == []
    assert '<html lang="sv">' in page and "Granska transkribering: Snöröjning" in page
    assert re.findall(r'<script src="([^"]+)"', page) == ["review.js"]
    for name in ("review.js", "review.css"):
        status, headers, _ = _request(server, "GET", f"/{server.token}/{name}")
        assert status == 200 and headers["x-content-type-options"] == "nosniff"


def test_nothing_is_served_without_the_token_or_to_another_host(server) -> None:
    assert _request(server, "GET", "/")[0] == 404
    assert _request(server, "GET", "/api/transcript")[0] == 404
    # a token one character off (the test once replaced the last character with "x", which
    # failed one run in 64 or so, when the real token ended in "x")
    wrong = server.token[:-1] + ("y" if server.token.endswith("x") else "x")
    assert _request(server, "GET", f"/{wrong}/api/transcript")[0] == 404
    status, _h, _ = _request(server, "GET", f"/{server.token}/api/transcript",
                             headers={"Host": f"attacker.test:{server.port}"})
    assert status == 403
    assert _request(server, "GET", f"/{server.token}")[0] == 301


def test_posts_from_other_sites_are_refused(server, review_show: Workspace) -> None:
    doc = _document(server)
    payload = {"version": doc["version"], "reviewed": True, "cues": _cues(doc)}
    before = (review_show.episode("snorojning").dir / "transcript.json").read_bytes()
    assert _save(server, payload, Origin="https://attacker.test")[0] == 403
    assert _save(server, payload, **{"Sec-Fetch-Site": "cross-site"})[0] == 403
    status, _h, _ = _request(server, "POST", f"/{server.token}/api/save",
                             json.dumps(payload).encode(), {"Content-Type": "text/plain"})
    assert status == 403  # a form or a simple cross-site request cannot send JSON
    status, _h, _ = _request(server, "POST", "/api/save", json.dumps(payload).encode(),
                             {"Content-Type": "application/json"})
    assert status == 404
    folder = review_show.episode("snorojning").dir
    assert (folder / "transcript.json").read_bytes() == before
    assert not (folder / REVIEW_FILE).exists()


def test_save_answers_with_the_new_document_and_errors_as_json(server) -> None:
    doc = _document(server)
    assert doc["review"] == {"state": "machine"}
    cues = _cues(doc)
    cues[0]["text"] = "Hej och välkommen till podden."
    status, answer = _save(server, {"version": doc["version"], "reviewed": True, "cues": cues})
    assert status == 200, answer
    assert answer["changed"] is True
    assert answer["document"]["review"]["by"] == "Sara Lind"
    assert answer["document"]["review"]["at"] == "2026-03-02T09:15:30Z"
    status, answer = _save(server, {"version": doc["version"], "cues": cues})
    assert status == 409 and "reload the page" in answer["error"]
    fresh = _document(server)
    bad = _cues(fresh)
    bad[1]["start"] = -1
    status, answer = _save(server, {"version": fresh["version"], "cues": bad})
    assert status == 400 and answer["error"].startswith("cues[1]:")
    status, _h, data = _request(server, "POST", f"/{server.token}/api/save", b"{",
                                {"Content-Type": "application/json"})
    assert status == 400 and json.loads(data) == {"error": "not JSON"}


def test_audio_is_seekable(server, review_show: Workspace) -> None:
    size = review_show.processed_audio_path("snorojning").stat().st_size
    status, headers, data = _request(server, "GET", f"/{server.token}/audio",
                                     headers={"Range": "bytes=100-199"})
    assert status == 206 and len(data) == 100
    assert headers["content-range"] == f"bytes 100-199/{size}"
    assert headers["content-type"] == "audio/mpeg"
    status, headers, _ = _request(server, "GET", f"/{server.token}/audio",
                                  headers={"Range": f"bytes={size}-"})
    assert status == 416
