"""The built site in headless Chromium (Debian ``chromium`` driven by Playwright).

The site is served by ``podcast.serve`` (HTTP Range), the MP3 is real (made with ffmpeg),
axe-core comes from npm (``node_modules/axe-core``) and is injected into each page (the
``browser`` and ``axe`` fixtures are in tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_showkit import NOW, add_bygglov_transcript, make_show, wait_until

from podcast.serve import serve_in_thread
from podcast.site import build_site
from podcast.workspace import Workspace

pytestmark = pytest.mark.slow

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    show = make_show(tmp_path_factory.mktemp("browser") / "show", audio="real")
    add_bygglov_transcript(show)
    ws = Workspace.load(show)
    result = build_site(ws, now=NOW)
    assert result.search_indexed
    server, base = serve_in_thread(ws.site_dir)
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def _current_time(page) -> float:
    return page.evaluate("document.getElementById('player').currentTime")


def _wait_time(page, seconds: float) -> None:
    wait_until(page, f"Math.abs(document.getElementById('player').currentTime - {seconds}) < 1.5")


def test_home_page_loads_with_no_third_party_requests(page, site) -> None:
    page.goto(site)
    assert page.title() == "Kommuncenterpodden"
    assert page.locator("h1").inner_text() == "Kommuncenterpodden"
    assert page.locator("article.card").count() == 2
    page.goto(site + "avsnitt/snorojning/")
    page.wait_for_load_state("networkidle")
    assert page.requests and all(u.startswith(site) for u in page.requests), page.requests
    assert page.errors == []
    assert page.context.cookies() == []


def test_clicking_a_transcript_line_seeks_the_audio(page, site) -> None:
    page.goto(site + "avsnitt/snorojning/")
    line = page.locator("#t-90 a.seg")
    line.click()
    _wait_time(page, 90)
    assert page.url.endswith("#t=90")
    page.evaluate("document.getElementById('player').pause()")
    wait_until(page, "document.querySelector('#t-90 a.seg').classList.contains('current')")
    assert page.locator("a.seg.current").count() == 1
    assert page.locator("#t-90 a.seg").get_attribute("aria-current") == "true"
    # a chapter link seeks too
    page.locator(".chapters a[data-start='60']").click()
    _wait_time(page, 60)
    page.evaluate("document.getElementById('player').pause()")
    wait_until(page, "document.querySelector('#t-60 a.seg').classList.contains('current')")


@pytest.mark.parametrize("fragment", ["t=90", "t=1:30", "t=00:01:30"])
def test_time_fragment_starts_there(page, site, fragment) -> None:
    page.goto(f"{site}avsnitt/snorojning/#{fragment}")
    _wait_time(page, 90)


def test_copy_link_to_this_moment(browser, site) -> None:
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
    page = context.new_page()
    page.goto(site + "avsnitt/snorojning/#t=104")
    _wait_time(page, 104)
    page.get_by_role("button", name="Kopiera länk till den här tidpunkten").click()
    status = page.locator("#player-status")
    status.filter(has_text="#t=104").wait_for(timeout=5000)
    link = "https://podd.exempelby.se/avsnitt/snorojning/#t=104"
    assert link in status.inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == link
    context.close()


def test_search_finds_a_spoken_word_and_opens_that_moment(page, site) -> None:
    page.goto(site + "sok/")
    page.get_by_label("Sök i avsnitt och transkriberingar").fill("fastighetsägare")
    page.get_by_role("button", name="Sök").click()
    hit = page.locator("#search-results li h2 a").first
    hit.wait_for(timeout=10_000)
    assert page.locator("#search-status").inner_text() == "1 träff"
    href = hit.get_attribute("href")
    assert href.endswith("/avsnitt/snorojning/#t=90"), href  # Swedish stemming: -ns form found
    result_text = page.locator("#search-results li").first.inner_text()
    assert "Spela från 01:30" in result_text
    assert "Plogvallen vid infarten är tyvärr fastighetsägarens ansvar." in result_text
    hit.click()
    page.wait_for_url("**/avsnitt/snorojning/#t=90")
    _wait_time(page, 90)
    # a word from the other episode's transcript, via ?q= in the URL
    page.goto(site + "sok/?q=staket")
    page.locator("#search-results li h2 a").first.wait_for(timeout=10_000)
    hrefs = page.locator("#search-results li h2 a").evaluate_all("a => a.map(x => x.href)")
    assert any(h.endswith("/avsnitt/bygglov/#t=25") for h in hrefs), hrefs


@pytest.mark.parametrize("path", ["", "avsnitt/snorojning/", "sok/?q=plogvallen", "avsnitt/",
                                  "amnen/", "amnen/snorojning/", "om/", "tillganglighet/"])
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_axe_reports_no_wcag_a_or_aa_violations(browser, axe, site, path, viewport,
                                                tmp_path_factory) -> None:
    # axe-core is injected as an inline script, which the site's CSP rightly forbids.
    context = browser.new_context(viewport=PHONE if viewport == "phone" else DESKTOP,
                                  bypass_csp=True)
    page = context.new_page()
    page.goto(site + path)
    if "q=" in path:
        page.locator("#search-results li").first.wait_for(timeout=10_000)
    page.wait_for_load_state("networkidle")
    assert axe(page) == []
    # nothing is wider than the screen (no sideways scrolling on a phone)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shots = Path(tmp_path_factory.getbasetemp()) / "screenshots"
    shots.mkdir(exist_ok=True)
    name = path.split("?")[0].strip("/").replace("/", "_") or "home"
    page.screenshot(path=str(shots / f"{viewport}-{name}.png"), full_page=True)
    context.close()


def test_episode_page_works_without_javascript(browser, site) -> None:
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "avsnitt/snorojning/")
    assert page.locator("audio#player").get_attribute("src") == "../../media/snorojning.mp3"
    assert page.locator("ol.transcript li").count() == 7
    assert "Plogvallen vid infarten" in page.locator("ol.transcript").inner_text()
    assert page.locator("#copy-moment").is_hidden()  # the button needs the script
    context.close()


def test_media_is_served_with_range_for_seeking(site) -> None:
    import urllib.request

    req = urllib.request.Request(site + "media/snorojning.mp3", headers={"Range": "bytes=0-99"})
    with urllib.request.urlopen(req) as resp:
        assert resp.status == 206 and len(resp.read()) == 100
        assert resp.headers["Content-Type"] == "audio/mpeg"
        assert resp.headers["Content-Range"].startswith("bytes 0-99/")


def test_search_says_so_when_the_index_is_missing(page, site) -> None:
    page.route("**/pagefind/pagefind.js", lambda route: route.abort())
    page.goto(site + "sok/?q=plogvallen")
    page.locator("#search-status").filter(has_text="inte tillgänglig").wait_for(timeout=10_000)
    assert page.locator("#search-results li").count() == 0
