"""The listening-statistics report in the show's language, with episode titles, on a phone
(issue #18 item 13): terminal table, HTML page, and the page in headless Chromium at 390 px
and at desktop width with axe-core's WCAG A/AA rules.

The logs are generated here; the show is the repository's demo show (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from statshelp import ADDICT, IPHONE, OVERCAST, UTC, combined

from podcast.cli import cli
from podcast.stats.ingest import ingest_logs
from podcast.stats.render import render
from podcast.stats.report import build_report
from podcast.stats.thresholds import EpisodeMedia

SLUGS = ("snorojning-pa-vintern", "bygglov-och-attefallshus", "sophamtning-och-atervinning")
LONG_DEVICE = ("Mozilla/5.0 (Linux; Android 14; SM-X910 Build/UP1A.231005.007; wv) "
               "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 "
               "Safari/537.36 Kommunappen/12.4.1-beta (Göteborgs Stad; Bostadsanpassningsbidrag)")
AGENTS = (IPHONE, OVERCAST, ADDICT, LONG_DEVICE,
          "Spotify/8.9.2 Android/34 (SM-S918B)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
          "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36")


def _log(days: int = 45) -> str:
    start = dt.datetime(2026, 9, 1, 8, tzinfo=UTC)
    lines = []
    for d in range(days):
        for i in range(1 + d % 7):
            slug = SLUGS[(d + i) % 3]
            ua = AGENTS[(d * 3 + i) % len(AGENTS)]
            lines.append(combined(f"10.2.{d}.{i + 1}", start + dt.timedelta(days=d, minutes=i),
                                  f"/audio/{slug}.mp3", 200, 3_000_000, ua))
    return "".join(lines)


@pytest.fixture(scope="module")
def stats_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("statsreport")
    log = folder / "access.log"
    log.write_text(_log(), encoding="utf-8")
    db = folder / "stats.sqlite"
    media = {s: EpisodeMedia(s, 3_000_000, 1000, 180.0) for s in SLUGS}
    ingest_logs([log], db, media=media)
    return db


TITLES = {SLUGS[0]: "Snöröjning: när plogar vi din gata?",
          SLUGS[1]: "Bygglov och attefallshus – allt om anmälan, startbesked och handläggning",
          SLUGS[2]: "Sophämtning och återvinning"}


def test_table_in_swedish_with_titles(stats_db):
    report = build_report(stats_db)
    table = render(report, "table", language="sv", titles=TITLES)
    head = table.splitlines()[0]
    assert head.split() == ["Avsnitt", "Nedladdningar", "Lyssnare"]
    assert "Totalt" in table and "Populäraste avsnittet: " in table
    assert "Fönster: kalenderdygn (UTC). Period: allt som lästs in." in table
    assert TITLES[SLUGS[1]] in table and SLUGS[1] not in table
    english = render(report, "table", language="en")
    assert english.splitlines()[0].split() == ["Episode", "Downloads", "Listeners"]
    assert SLUGS[1] in english  # no titles known: slugs
    devices = render(build_report(stats_db, by="device"), "table", language="sv")
    assert "iOS-telefon" in devices and "Andel" in devices


def test_html_in_swedish_with_titles_and_methodology(stats_db):
    html = render(build_report(stats_db), "html", "Kommunpodden: lyssningsstatistik",
                  language="sv", titles=TITLES)
    assert '<html lang="sv">' in html
    for words in ("Nedladdningar över tid", "Nedladdningar per avsnitt", "Appar",
                  "Enheter och plattformar", "Det här räknades inte", "Metod",
                  "kalenderdygn (UTC): en nedladdning per lyssnare"):
        assert words in html, words
    for english in ("What was left out", "Methodology", "Downloads per episode",
                    "listening statistics"):
        assert english not in html, english
    assert "Snöröjning: när plogar vi din gata?" in html
    data = json.loads(render(build_report(stats_db), "json", language="sv", titles=TITLES))
    assert {r["episode"]: r["title"] for r in data["rows"]} == TITLES
    assert data["methodology"].startswith("Så räknas nedladdningar")


def test_cli_report_inside_a_show_uses_its_language_and_titles(runner, demo_show, stats_db,
                                                               tmp_path, monkeypatch):
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    db = demo_show / "build" / "stats.sqlite"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(stats_db.read_bytes())
    db.with_name("stats.sqlite.key").write_bytes(
        stats_db.with_name("stats.sqlite.key").read_bytes())
    table = runner.invoke(cli, ["stats", "report", "--show", str(demo_show)])
    assert table.exit_code == 0, table.output
    assert "Snöröjning: när plogar vi din gata?" in table.output
    assert "Nedladdningar" in table.output and "Downloads" not in table.output
    out = tmp_path / "statistik.html"
    page = runner.invoke(cli, ["stats", "report", "--show", str(demo_show), "--format", "html",
                               "-o", str(out)])
    assert page.exit_code == 0, page.output
    html = out.read_text(encoding="utf-8")
    assert "lyssningsstatistik</h1>" in html and "Bygglov och attefallshus" in html


@pytest.mark.parametrize("language", ["sv", "en"])
def test_cli_ingest_summary_is_in_the_show_language(runner, demo_show, episode_media_dir,
                                                    tmp_path, monkeypatch, language):
    """What ``stats ingest`` prints (progress label, per-file line, skipped lines, warnings,
    the closing line) follows ``show.language`` (issue #18)."""
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    config = demo_show / "podcast.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('language = "sv"', f'language = "{language}"'),
                      encoding="utf-8")
    log = tmp_path / "access.log"
    when = dt.datetime(2026, 9, 2, tzinfo=UTC)
    log.write_text(_log(3) + "not a log line\n"
                   + combined("10.9.9.9", when, "/audio/okand.mp3", 200, 5000, IPHONE)
                   + combined("10.9.9.8", when, f"/audio/{SLUGS[0]}.mp3", 206, 2, IPHONE)
                   + combined("10.9.9.7", when, f"/audio/{SLUGS[0]}.mp3", 200, 5000,
                              "Googlebot/2.1"), encoding="utf-8")
    first = runner.invoke(cli, ["stats", "ingest", "--show", str(demo_show), str(log)])
    again = runner.invoke(cli, ["stats", "ingest", "--show", str(demo_show), "--media",
                                str(episode_media_dir), str(log)])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    out = first.output + again.output
    if language == "sv":
        expected = [
            "varning: inga mediefilers storlek är kända (ange --media MAPP)", "Läser åtkomstloggar",
            "access.log (combined): 10 rader, 8 förfrågningar efter mediefiler (8 nya, 0 redan "
            "inlästa), 1 förfrågningar på 2 byte; uteslutna: 1 robotar och sökmotorer; "
            "2026-09-01 – 2026-09-03",
            "1 oläsbara rader hoppades över, den första på rad 7 (1 inte en loggrad)",
            "(0 nya, 8 redan inlästa)", "Läste in 1 fil(er), 10 rader på ",
            "varning: ingen mediefil för bygglov-och-attefallshus, okand, "
            "sophamtning-och-atervinning: bara fullständiga svar (200) räknas för dem"]
        for english in ("lines", "media requests", "unparsable", "warning", "Ingested",
                        "Reading"):
            assert english not in out, english
    else:
        expected = [
            "warning: no media sizes known (pass --media DIR)", "Reading access logs",
            "access.log (combined): 10 lines, 8 media requests (8 new, 0 already ingested), "
            "1 2-byte probes; excluded: 1 bot; 2026-09-01 – 2026-09-03",
            "1 unparsable line(s) skipped, first at line 7 (1 not a log line)",
            "(0 new, 8 already ingested)", "Ingested 1 file(s), 10 lines in ",
            "warning: no media file for bygglov-och-attefallshus, okand, "
            "sophamtning-och-atervinning: only complete (200) responses count for them"]
    for text in expected:
        assert text in out, out


# --- in a browser -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pages(stats_db, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("statspages")
    out = {}
    for language in ("sv", "en"):
        out[language] = folder / f"statistik-{language}.html"
        out[language].write_text(render(build_report(stats_db), "html", language=language,
                                        titles=TITLES if language == "sv" else None),
                                 encoding="utf-8")
    return out


def _open(browser, path: Path, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.outside = []

    def route(r) -> None:  # a Playwright Route
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    return context, page


@pytest.mark.slow
@pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_report_fits_the_screen_and_its_text_stays_readable(browser, pages, language, width):
    context, page = _open(browser, pages[language], width)
    try:
        assert page.outside == []
        assert page.evaluate("document.documentElement.lang") == language
        # No sideways scrolling of the page itself.
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        # Every table sits in a region that is focusable and scrolls on its own when wider
        # than the screen; nothing but such a region is wider than the page.
        regions = page.evaluate("""() => [...document.querySelectorAll('table')].map(t => {
            const box = t.parentElement;
            return {cls: box.className, tab: box.tabIndex, label: box.getAttribute('aria-label'),
                    right: box.getBoundingClientRect().right};
        })""")
        assert regions and all(r["cls"] == "scroll" and r["tab"] == 0 and r["label"]
                               for r in regions), regions
        assert all(r["right"] <= width + 1 for r in regions), regions
        # Chart labels and values are real text at a readable size (not scaled-down SVG).
        sizes = page.evaluate("""() => [...document.querySelectorAll(
            '.bars li > span:first-child, .bars .value, .axis span, figcaption')].map(e =>
            parseFloat(getComputedStyle(e).fontSize))""")
        assert len(sizes) >= 10 and min(sizes) >= 14, sizes
        # The bars fit: the value beside the longest bar is inside the screen.
        right = page.evaluate("Math.max(...[...document.querySelectorAll('.bars .value')]"
                              ".map(e => e.getBoundingClientRect().right))")
        assert right <= width
    finally:
        context.close()


@pytest.mark.slow
@pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
def test_report_passes_axe_wcag_a_and_aa(browser, axe, pages, width):
    for language in ("sv", "en"):
        context, page = _open(browser, pages[language], width)
        try:
            violations = axe(page)
            assert violations == [], json.dumps(violations)
        finally:
            context.close()
