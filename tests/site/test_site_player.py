"""The episode page's player, the subscribe block, thumbnails, 404 and the feed's XSLT page,
in headless Chromium (Debian ``chromium`` driven by Playwright, site served by
``podcast.serve``, real MP3s made with ffmpeg)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from site_showkit import NOW, make_show, transcript_json, wait_until

from podcast.ffmpeg import run_ffmpeg
from podcast.serve import serve_in_thread
from podcast.site import build_site
from podcast.workspace import Workspace

pytestmark = pytest.mark.slow

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: A long transcript (one line a second) so that the list is many screens tall on a phone.
LONG_SEGMENTS = [(float(i), float(i + 1), None,
                  f"Rad {i}: en altan lägre än 1,2 meter kräver oftast inget bygglov, men "
                  "tala alltid med grannarna först.") for i in range(40)]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    show = make_show(tmp_path_factory.mktemp("player") / "show", audio="real")
    (show / "episodes" / "bygglov" / "transcript.json").write_text(
        json.dumps(transcript_json(LONG_SEGMENTS), ensure_ascii=False), encoding="utf-8")
    # the first episode has its own image
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=darkgreen:s=1400x1400",
                "-frames:v", "1", str(show / "episodes" / "snorojning" / "bild.jpg")])
    md = show / "episodes" / "snorojning" / "episode.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("number: 1\n", "number: 1\nimage: bild.jpg\n"), encoding="utf-8")
    ws = Workspace.load(show)
    build_site(ws, now=NOW, search=False)
    server, base = serve_in_thread(ws.site_dir)
    yield base
    server.shutdown()
    server.server_close()


def _context(browser, viewport, **kw):
    # The tests' own probes (axe, wait_for_function) are inline script, which the site's
    # policy blocks; the policy itself is tested in test_site_hostile.py.
    return browser.new_context(viewport=viewport, reduced_motion="reduce", bypass_csp=True,
                               **kw)


def _page(context):
    page = context.new_page()
    page.requests = []
    page.errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def _box(page, selector: str) -> dict:
    return page.evaluate(
        "(s) => { const r = document.querySelector(s).getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, height: window.innerHeight}; }", selector)


def _in_view(page, selector: str) -> bool:
    box = _box(page, selector)
    return box["top"] >= 0 and box["bottom"] <= box["height"]


def _settled_scroll_y(page) -> float:
    """window.scrollY once it stopped changing (a wheel scroll may still be animating)."""
    page.wait_for_function("() => { const y = window.scrollY, same = window.__lastY === y;"
                           " window.__lastY = y; return same; }", polling=300, timeout=10_000)
    return page.evaluate("window.scrollY")


def _current_index(page) -> int:
    return page.evaluate("Array.from(document.querySelectorAll('a.seg'))"
                         ".findIndex(a => a.classList.contains('current'))")


def _wait_line(page, index: int) -> None:
    """Until the highlighted line is ``index`` or later (lines are one second each: at 4x
    speed on a busy machine a given line may be skipped between two timeupdate events)."""
    page.wait_for_function(
        f"Array.from(document.querySelectorAll('a.seg')).findIndex("
        f"a => a.classList.contains('current')) >= {index}", timeout=30_000)


# --- #18.8 performance ---------------------------------------------------------------------

@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_loading_an_episode_page_fetches_no_audio(browser, site, viewport) -> None:
    context = _context(browser, viewport)
    page = _page(context)
    page.goto(site + "avsnitt/snorojning/")
    page.wait_for_load_state("networkidle")
    assert page.locator("audio#player").get_attribute("preload") == "none"
    assert not [u for u in page.requests if u.endswith(".mp3")], page.requests
    assert page.errors == []
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_pages_use_thumbnails_not_the_full_cover(browser, site, viewport) -> None:
    context = _context(browser, viewport)
    page = _page(context)
    for path, selector in (("", "img.cover"), ("avsnitt/snorojning/", "img.episode-art")):
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
        # the file's own pixel width (naturalWidth of an <img> with srcset is rescaled)
        img = page.evaluate(
            "async (s) => { const i = document.querySelector(s); const f = new Image();"
            " f.src = i.currentSrc; await f.decode(); return {src: i.currentSrc,"
            " pixels: f.naturalWidth, shown: i.getBoundingClientRect().width}; }", selector)
        assert img["pixels"] in (160, 320), img
        assert img["shown"] <= img["pixels"] <= 2 * img["shown"], img
        assert not any(u.endswith(("/cover.jpg", "/bild.jpg")) for u in page.requests)
    assert img["src"].endswith("/avsnitt/snorojning/bild-160.jpg"), img
    # the favicon and home-screen icon are small PNGs (and /favicon.ico exists)
    icons = page.evaluate("Array.from(document.querySelectorAll('link[rel=icon],"
                          " link[rel=apple-touch-icon]')).map(l => l.href)")
    assert [i.rsplit("/", 1)[1] for i in icons] == ["favicon.png", "apple-touch-icon.png"]
    context.close()
    sizes = {}
    for name in ("favicon.png", "apple-touch-icon.png", "cover-160.jpg", "cover-320.jpg"):
        with urllib.request.urlopen(site + name) as resp:
            data = resp.read()
        sizes[name] = data
    with urllib.request.urlopen(site + "favicon.ico") as resp:
        assert resp.read(4) == b"\x00\x00\x01\x00"  # an ICO file
    assert sizes["favicon.png"].startswith(b"\x89PNG")
    import struct
    assert struct.unpack(">II", sizes["favicon.png"][16:24]) == (32, 32)
    assert struct.unpack(">II", sizes["apple-touch-icon.png"][16:24]) == (180, 180)


def test_copy_link_button_keeps_its_place(browser, site) -> None:
    """The button is laid out before the script runs (no layout shift when it appears)."""
    context = _context(browser, PHONE, java_script_enabled=False)
    page = _page(context)
    page.goto(site + "avsnitt/snorojning/")
    without = page.locator("#copy-moment").bounding_box()
    assert page.locator("#copy-moment").is_hidden()
    context.close()
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(site + "avsnitt/snorojning/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#copy-moment").is_visible()
    assert page.locator("#copy-moment").bounding_box() == without
    # Layout shifts of the page's own boxes. Chromium's native audio controls rearrange
    # their inside once (about 0.004 at 390 px) before player.js swaps them for the page's
    # own bar (under load the swap comes after); those sources lie within the controls' box.
    shifts = page.evaluate("""() => new Promise(done => {
        const a = document.querySelector('.player-controls').getBoundingClientRect(), out = [];
        const inside = r => r.top >= a.top && r.bottom <= a.bottom && r.left >= a.left
            && r.right <= a.right;
        new PerformanceObserver(list => { for (const e of list.getEntries())
            for (const s of e.sources) if (!inside(s.currentRect)) out.push(e.value); })
          .observe({type: 'layout-shift', buffered: true});
        setTimeout(() => done(out), 300);
    })""")
    assert shifts == []
    context.close()


# --- #18 the player shows the episode's length before any audio is fetched --------------------

@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_player_shows_the_duration_before_loading_and_plays(browser, site, viewport,
                                                            axe) -> None:
    context = _context(browser, viewport)
    page = _page(context)
    page.goto(site + "avsnitt/bygglov/")
    page.wait_for_load_state("networkidle")
    # the episode's length (known at build) is shown; the MP3 is not fetched (preload=none)
    assert page.locator("audio#player").get_attribute("preload") == "none"
    assert not [u for u in page.requests if u.endswith(".mp3")], page.requests
    assert page.locator("#player-bar").is_visible()
    shown = page.locator(".player-time").inner_text()
    meta = page.locator("p.meta").inner_text()
    total = shown.split("/")[1].strip()
    assert shown.startswith("00:00 / ") and total not in ("00:00", "0:00"), shown
    assert f"Längd {total}" in meta  # the same figure as the page's length
    seek = page.locator("#player-seek")
    assert seek.get_attribute("max") == str(int(page.evaluate(
        "document.getElementById('player').dataset.duration")))
    assert seek.get_attribute("aria-valuetext") == f"00:00 av {total}"
    # the browser's own controls (which show 0:00 / 0:00 until the file loads) are off
    assert page.evaluate("document.getElementById('player').hasAttribute('controls')") is False
    assert page.locator("#player-toggle").get_attribute("aria-label") == "Spela"
    assert axe(page) == []
    # play, then the real length and the position take over
    page.locator("#player-toggle").click()
    wait_until(page, "document.getElementById('player').currentTime > 0.5")
    assert page.locator("#player-toggle").get_attribute("aria-label") == "Pausa"
    page.locator("#player-speed").click()
    assert page.evaluate("document.getElementById('player').playbackRate") == 1.25
    wait_until(page, "document.getElementById('player-rate').textContent === '1,25\u00d7'")
    page.locator("#player-toggle").click()
    assert page.evaluate("document.getElementById('player').paused") is True
    # dragging the position seeks
    seek.fill("10")
    wait_until(page, "Math.abs(document.getElementById('player').currentTime - 10) < 1")
    wait_until(page, "document.getElementById('player-current').textContent === '00:10'")
    assert page.errors == []
    context.close()


def test_player_without_script_keeps_the_browsers_controls(browser, site) -> None:
    context = _context(browser, PHONE, java_script_enabled=False)
    page = _page(context)
    page.goto(site + "avsnitt/bygglov/")
    assert page.locator("audio#player").get_attribute("controls") is not None
    assert page.locator("#player-bar").is_hidden()
    context.close()


# --- #18.6 player ---------------------------------------------------------------------------

@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_player_stays_in_view_and_transcript_follows(browser, site, viewport, axe) -> None:
    context = _context(browser, viewport)
    page = _page(context)
    page.goto(site + "avsnitt/bygglov/")
    page.locator("#t-20 a.seg").click()
    page.wait_for_function("!document.getElementById('player').paused")
    assert "docked" in page.locator("section.player").get_attribute("class")
    page.evaluate("document.getElementById('player').playbackRate = 4")
    _wait_line(page, 26)
    # the controls and the playing line are on screen
    assert _in_view(page, "#player-bar")
    assert _in_view(page, "a.seg.current")
    assert page.locator("#follow-transcript").is_hidden()
    page.evaluate("document.getElementById('player').playbackRate = 1")  # 14 s left to play
    # the reader scrolls away: the page stays where they put it
    page.mouse.move(viewport["width"] // 2, viewport["height"] - 50)
    page.mouse.wheel(0, -5000)
    page.wait_for_function("window.scrollY < 3000")
    page.locator("#follow-transcript").wait_for(state="visible")
    scrolled_to = _settled_scroll_y(page)
    start = _current_index(page)
    _wait_line(page, start + 3)
    assert page.evaluate("window.scrollY") == scrolled_to
    assert _in_view(page, "#player-bar")  # still docked at the top while playing
    # "Follow the text" brings the playing line back
    page.locator("#follow-transcript").click()
    page.wait_for_function(
        "(() => { const r = document.querySelector('a.seg.current').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; })()", timeout=10_000)
    assert page.locator("#follow-transcript").is_hidden()
    page.evaluate("document.getElementById('player').pause()")
    # a link to a line (#t-2, as in search results) does not put it under the docked player
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.evaluate("document.getElementById('t-2').scrollIntoView()")  # as the anchor would
    target = _box(page, "#t-2")
    assert target["top"] >= _box(page, "section.player")["bottom"], target
    assert axe(page) == []  # the docked player too
    assert page.errors == []
    context.close()


def test_playing_from_the_player_does_not_move_the_page(browser, site) -> None:
    """Only choosing a line (or "Follow the text") makes the transcript follow."""
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(site + "avsnitt/bygglov/")
    page.evaluate("window.scrollTo(0, 300)")
    page.evaluate("const a = document.getElementById('player'); a.playbackRate = 4;"
                  " a.currentTime = 20; a.play()")
    _wait_line(page, 21)
    # (docking made the player smaller: Chromium's scroll anchoring kept the text in place)
    scrolled_to = _settled_scroll_y(page)
    _wait_line(page, 26)
    assert page.evaluate("window.scrollY") == scrolled_to
    assert not _in_view(page, "a.seg.current")
    assert _in_view(page, "#player-bar")
    page.locator("#follow-transcript").click()
    page.wait_for_function(
        "(() => { const r = document.querySelector('a.seg.current').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; })()", timeout=10_000)
    page.evaluate("document.getElementById('player').pause()")
    assert page.errors == []
    context.close()


def test_previous_and_next_episode_links(browser, site) -> None:
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(site + "avsnitt/snorojning/")
    assert page.locator("a[rel=prev]").count() == 0  # the oldest episode
    nxt = page.locator("nav.episode-nav a[rel=next]")
    assert "Nästa avsnitt" in nxt.inner_text() and "Bygglov för altan & staket" in nxt.inner_text()
    nxt.click()
    page.wait_for_url("**/avsnitt/bygglov/")
    assert page.locator("a[rel=next]").count() == 0  # the newest episode
    page.locator("nav.episode-nav a[rel=prev]").click()
    page.wait_for_url("**/avsnitt/snorojning/")
    context.close()


def test_episode_art_is_shown_and_in_the_feed(browser, site) -> None:
    context = _context(browser, DESKTOP)
    page = _page(context)
    page.goto(site + "avsnitt/snorojning/")
    art = page.locator("img.episode-art")
    assert art.get_attribute("alt") == "Bild till avsnittet: Snöröjning på vintern"
    assert page.locator("meta[property='og:image']").get_attribute("content") == \
        "https://podd.exempelby.se/avsnitt/snorojning/bild.jpg"
    page.goto(site + "avsnitt/bygglov/")
    assert page.locator("img.episode-art").count() == 0
    context.close()
    with urllib.request.urlopen(site + "feed.xml") as resp:
        feed = resp.read().decode()
    assert feed.count("<itunes:image") == 2  # the show's and the first episode's
    assert '<itunes:image href="https://podd.exempelby.se/avsnitt/snorojning/bild.jpg"/>' in feed


def test_missing_page_gets_the_sites_404_page(browser, site, axe) -> None:
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(site + "avsnitt/finns-inte/")
    assert err.value.code == 404
    assert "Sidan finns inte" in err.value.read().decode()
    context = _context(browser, PHONE)
    page = _page(context)
    response = page.goto(site + "avsnitt/finns-inte/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Sidan finns inte"
    assert page.locator("html").get_attribute("lang") == "sv"
    page.wait_for_load_state("networkidle")
    assert axe(page) == []
    page.get_by_role("link", name="Alla avsnitt").last.click()
    page.wait_for_url(site + "avsnitt/")
    assert page.locator("article.card").count() == 2
    context.close()


# --- #18.7 subscribing -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["", "avsnitt/bygglov/"])
def test_subscribe_block_copies_the_feed_address(browser, site, path) -> None:
    context = _context(browser, PHONE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
    page = _page(context)
    page.goto(site + path)
    block = page.locator("section.subscribe")
    links = block.locator("ul.subscribe-links a")
    assert links.evaluate_all("a => a.map(x => x.textContent)") == [
        "Apple Podcasts", "Spotify", "RSS-flöde"]
    block.get_by_role("button", name="Kopiera flödesadressen").click()
    block.locator(".copy-feed-status").filter(has_text="kopierad").wait_for(timeout=5000)
    assert page.evaluate("navigator.clipboard.readText()") == "https://podd.exempelby.se/feed.xml"
    assert page.errors == []
    context.close()


def test_feed_opened_in_a_browser_is_a_readable_page(browser, site, axe) -> None:
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(site + "feed.xml")
    page.locator("h1").wait_for()
    assert page.locator("h1").inner_text() == "Kommuncenterpodden"
    assert page.locator("html").get_attribute("lang") == "sv"
    titles = page.locator("article.card h3").evaluate_all("h => h.map(x => x.textContent)")
    assert titles == ["Bygglov för altan & staket", "Snöröjning på vintern"]
    assert page.locator("article.card .meta").first.inner_text() == "12 februari 2026"
    assert "https://podd.exempelby.se/feed.xml" in page.locator(".feed-address").inner_text()
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header'))"
                         ".backgroundColor") != "rgba(0, 0, 0, 0)"  # the site's stylesheet
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    # Chromium puts its own XSLT deprecation banner above the page (contrast of its links)
    assert [v for v in axe(page) if "xslt-warning-banner" not in " ".join(v["nodes"])] == []
    context.close()


def test_feed_is_still_readable_where_the_browser_has_no_xslt(browser, site) -> None:
    """Browsers are removing XSLT; the feed's CSS stylesheet is applied instead."""
    no_xslt = browser.browser_type.launch(
        executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
              "--disable-features=XSLT"])
    try:
        page = no_xslt.new_page(viewport=PHONE)
        page.goto(site + "feed.xml")
        assert page.evaluate("document.documentElement.localName") == "rss"  # not transformed
        shown = page.evaluate("""() => Array.from(document.querySelectorAll('*'))
            .filter(e => e.getClientRects().length > 0 && e.children.length === 0)
            .map(e => e.localName + ': ' + e.textContent.trim())""")
        assert shown[0] == "title: Kommuncenterpodden"
        assert "title: Bygglov för altan & staket" in shown
        assert "pubDate: Thu, 12 Feb 2026 07:00:00 +0000" in shown
        assert not any(s.startswith(("guid", "enclosure", "link", "transcript")) for s in shown)
        intro = page.evaluate("getComputedStyle(document.querySelector('channel > title'),"
                              " '::after').content")
        assert "poddens RSS-flöde" in intro
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    finally:
        no_xslt.close()
