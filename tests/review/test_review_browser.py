"""The review page in headless Chromium (Playwright): edit, split, merge, change the speaker,
save and reload — the transcript files and the search index change; the keyboard reaches
every doubtful word, one key press each, also in a 30-minute episode."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from reviewkit import CLOCK, SEGMENTS, machine_transcript, make_review_show

from podcast.review.server import serve_review_in_thread
from podcast.review.status import REVIEW_FILE
from podcast.search import search
from podcast.transcript.edits import read_state
from podcast.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))
from site_showkit import wait_until

pytestmark = pytest.mark.slow


def _serve(ws: Workspace):
    return serve_review_in_thread(ws, ws.episode("snorojning"), editor="Sara Lind",
                                  clock=lambda: CLOCK)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_until(page, "document.body.dataset.ready === '1'")


def _cues(page) -> list[tuple[str, str]]:
    return [(c.locator(".speaker").input_value(), c.locator(".text").inner_text())
            for c in page.locator("li.cue").all()]


def _selected(page) -> str:
    return page.evaluate("window.getSelection().toString()")


def test_edit_split_merge_speaker_save_and_reload(page, review_show: Workspace) -> None:
    server = _serve(review_show)
    try:
        _open(page, server.url)
        assert page.locator("#review-state").inner_text() == \
            "Automatisk transkribering – inte granskad"
        assert page.locator("li.cue").count() == 4
        # edit: add a sentence to the second cue
        page.locator("li.cue").nth(1).locator(".text").click()
        page.keyboard.press("End")
        page.keyboard.type(" Han kör plogbil.")
        # split the third cue before "Sedan" (the caret inside a word splits before it)
        page.locator("li.cue").nth(2).locator(".w", has_text="Sedan").click()
        page.keyboard.press("Alt+S")
        assert page.locator("li.cue").count() == 5
        assert page.locator("li.cue").nth(3).get_attribute("data-start") == "11.667"
        # merge the first two cues
        page.locator("li.cue").nth(0).locator(".text").click()
        page.keyboard.press("Alt+M")
        assert page.locator("li.cue").count() == 4
        # change the speaker of the split-off cue
        page.locator("li.cue").nth(2).locator(".text").click()
        page.keyboard.press("Alt+P")
        page.keyboard.type("Bertil Berg")
        page.locator("#btn-save-reviewed").click()
        wait_until(page, "document.getElementById('status').textContent === "
                         "'Sparat och markerat som granskat.'")
        page.reload()
        wait_until(page, "document.body.dataset.ready === '1'")
        expected = [
            ("Anna Andersson", "Välkommen till podden om snöröjning. Med mig har jag Bertil "
                               "Berg. Han kör plogbil."),
            ("Anna Andersson", "Vi plogar huvudgatorna först."),
            ("Bertil Berg", "Sedan kommer plogvallen vid infarten."),
            ("Anna Andersson", "Tack för att ni lyssnat."),
        ]
        assert _cues(page) == expected
        assert page.locator("#review-state").inner_text() == \
            "Granskad av Sara Lind, 2026-03-02 09:15:30 UTC"
        # doubtful words kept their marks through split and merge
        assert page.locator(".w.doubtful").all_inner_texts() == [
            "Bertil", "plogar", "plogvallen", "lyssnat."]
        assert page.errors == []
    finally:
        server.shutdown()
        server.server_close()
    folder = review_show.episode("snorojning").dir
    saved = json.loads((folder / "transcript.json").read_text(encoding="utf-8"))
    assert [(s.get("speaker"), s["body"]) for s in saved["segments"]] == expected
    assert [(s["startTime"], s["endTime"]) for s in saved["segments"]] == [
        (0.0, 9.0), (9.0, 11.667), (11.667, 15.0), (15.0, 20.0)]
    vtt = (folder / "transcript.vtt").read_text(encoding="utf-8")
    assert "Han kör plogbil." in vtt and "<v Bertil Berg>Sedan kommer" in vtt
    assert "Han kör plogbil." in (folder / "transcript.srt").read_text(encoding="utf-8")
    state = read_state(folder)
    assert state is not None and state.edited
    review = json.loads((folder / REVIEW_FILE).read_text(encoding="utf-8"))
    assert (review["by"], review["at"]) == ("Sara Lind", "2026-03-02T09:15:30Z")
    hits = search(review_show.search_db_path, "plogbil")
    assert [(h.episode, h.start) for h in hits] == [("snorojning", 0.0)]


def test_keyboard_reaches_every_doubtful_word_one_press_each(page, review_show) -> None:
    server = _serve(review_show)
    try:
        _open(page, server.url)
        doubtful = [(w, start) for start, _e, _s, words in SEGMENTS for w, p in words
                    if p < 0.3]
        starts = {w.text: w.start for s in machine_transcript().segments for w in s.words}
        for n, (word, _seg_start) in enumerate(doubtful, 1):
            page.keyboard.press("Alt+N")
            assert _selected(page) == word
            assert page.locator("#status").inner_text() == \
                f"Osäkert ord {n} av {len(doubtful)}: {word}"
            target = max(0.0, starts[word] - 1)
            wait_until(page, f"Math.abs(document.getElementById('audio').currentTime - "
                             f"{target}) < 0.3")
        page.keyboard.press("Alt+N")  # past the last: back to the first
        assert _selected(page) == doubtful[0][0]
        page.keyboard.press("Alt+Shift+N")
        assert _selected(page) == doubtful[-1][0]
        # play/pause (Esc) and replay 5 s (Alt+R)
        page.keyboard.press("Escape")
        wait_until(page, "!document.getElementById('audio').paused")
        page.keyboard.press("Escape")
        wait_until(page, "document.getElementById('audio').paused")
        page.evaluate("document.getElementById('audio').currentTime = 12")
        page.keyboard.press("Alt+R")
        wait_until(page, "document.getElementById('audio').currentTime < 8.5")
        assert page.errors == []
    finally:
        server.shutdown()
        server.server_close()


def test_thirty_minute_episode_every_doubtful_word_one_press_each(page, tmp_path) -> None:
    # 360 cues of 5 s; every fourth cue holds one doubtful word: 90 of them
    segments = []
    for i in range(360):
        words = [(f"ord{i}x{k}", 0.9) for k in range(11)]
        if i % 4 == 1:
            words[i % 11] = (f"osäkert{i}", 0.1)
        segments.append((i * 5.0, i * 5.0 + 5.0, "Anna Andersson", words))
    show = make_review_show(tmp_path / "show", seconds=1800.0,
                            transcript=machine_transcript(segments))
    ws = Workspace.load(show)
    server = _serve(ws)
    try:
        _open(page, server.url)
        assert page.locator("li.cue").count() == 360
        expected = [f"osäkert{i}" for i in range(360) if i % 4 == 1]
        reached = []
        for _ in expected:
            page.keyboard.press("Alt+N")
            reached.append(_selected(page))
        assert reached == expected
        assert page.errors == []
    finally:
        server.shutdown()
        server.server_close()


def test_english_show_gets_an_english_page_without_accessibility_violations(
        browser, tmp_path, axe) -> None:
    ws = Workspace.load(make_review_show(tmp_path / "show", language="en"))
    server = _serve(ws)
    context = browser.new_context(bypass_csp=True)  # axe is injected as an inline script
    try:
        pg = context.new_page()
        _open(pg, server.url)
        assert pg.locator("html").get_attribute("lang") == "en"
        assert pg.locator("#review-state").inner_text() == "Automatic transcript – not reviewed"
        assert pg.locator("#btn-save-reviewed").inner_text() == "Save and mark as reviewed"
        assert axe(pg) == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def test_ctrl_s_saves_without_review_and_a_stale_page_is_told_to_reload(page, review_show) -> None:
    server = _serve(review_show)
    folder = review_show.episode("snorojning").dir
    try:
        _open(page, server.url)
        page.locator("li.cue").nth(3).locator(".text").click()
        page.keyboard.press("End")
        page.keyboard.type(" Hej då!")
        page.keyboard.press("Control+S")
        wait_until(page, "document.getElementById('status').textContent === 'Sparat.'")
        assert "Hej då!" in (folder / "transcript.txt").read_text(encoding="utf-8")
        assert not (folder / REVIEW_FILE).exists()
        assert page.locator("#review-state").inner_text() == \
            "Automatisk transkribering – inte granskad"
        # someone corrects the file by hand meanwhile: the page must not overwrite it
        vtt = folder / "transcript.vtt"
        vtt.write_text(vtt.read_text(encoding="utf-8").replace("Hej då!", "Hej hej!"),
                       encoding="utf-8")
        page.locator("li.cue").nth(0).locator(".text").click()
        page.keyboard.press("End")
        page.keyboard.type(" Extra.")
        page.keyboard.press("Control+S")
        wait_until(page, "document.getElementById('status').textContent.indexOf("
                         "'Transkriberingen har ändrats på disk') === 0")
        assert "Hej hej!" in vtt.read_text(encoding="utf-8")
        assert "Extra." not in (folder / "transcript.json").read_text(encoding="utf-8")
        # (Chromium logs the refused request itself; nothing else went wrong)
        assert [e for e in page.errors if "status of 409" not in e] == []
    finally:
        server.shutdown()
        server.server_close()
