"""The HTML theme report in headless Chromium (Debian ``chromium`` driven by Playwright).

The report is one self-contained file that a communicator opens from disk or a mail: it must
render without any network request, draw its charts, and pass axe-core's WCAG A/AA rules
(axe-core from npm, ``node_modules/axe-core``; the ``browser`` and ``axe`` fixtures are in
tests/conftest.py).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from podcast.themes.analyze import Theme, ThemeOptions, ThemeReport, find_themes
from podcast.themes.report import render_html

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reports(test_data: Path, tmp_path_factory) -> dict[str, Path]:
    """The same 600 contacts as a Swedish and as an English report."""
    folder = tmp_path_factory.mktemp("report")
    log = folder / "logg.csv"
    with open(test_data / "contacts" / "contacts_600.csv", encoding="utf-8") as fh, \
            open(log, "w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(out, [f for f in reader.fieldnames or [] if f != "true_theme"],
                                extrasaction="ignore")
        writer.writeheader()
        for i, row in enumerate(reader):
            if i < 600:
                writer.writerow(row)
    report = find_themes([log], ThemeOptions(method="lexical"))
    paths = {}
    for language in ("sv", "en"):
        paths[language] = folder / f"teman-{language}.html"
        paths[language].write_text(render_html(report, language=language), encoding="utf-8")
    return paths


def _open(browser, path: Path, viewport: dict):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.outside = []
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))

    def route(r) -> None:  # a Playwright Route
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    return context, page


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900},
                                      {"width": 375, "height": 740}], ids=["desktop", "phone"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_report_renders_offline_with_its_charts(browser, reports, language, viewport) -> None:
    context, page = _open(browser, reports[language], viewport)
    try:
        assert page.errors == [] and page.outside == []
        assert page.evaluate("document.documentElement.lang") == language
        # the trend chart comes in a wide and a narrow size; CSS shows one of them
        charts = page.evaluate("""() => [...document.querySelectorAll('svg')]
            .filter(s => getComputedStyle(s).display !== 'none').map(s => {
            const r = s.getBoundingClientRect();
            return {w: r.width, h: r.height, label: s.getAttribute('aria-label')
                    || (s.querySelector('title') || {}).textContent || ''};
        })""")
        assert len(charts) >= 3  # the trend chart plus a sparkline and a bar per theme
        assert all(c["w"] > 0 and c["h"] > 0 for c in charts)
        assert all(c["label"].strip() for c in charts), charts  # a text alternative each
        # nothing wider than the screen (a report read on a phone must not scroll sideways)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1
        heading = page.evaluate("document.querySelector('h1').textContent")
        assert heading.strip()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_report_passes_axe_wcag_a_and_aa(browser, axe, reports, language) -> None:
    context, page = _open(browser, reports[language], {"width": 1280, "height": 900})
    try:
        violations = axe(page)
        assert violations == [], json.dumps(violations)
    finally:
        context.close()


LONG = "bostadsanpassningsbidrag"


@pytest.fixture(scope="module")
def long_words(tmp_path_factory) -> Path:
    """A report whose labels, terms and episode names are long Swedish compounds."""
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    themes = [Theme(id=i, label=f"{LONG}, {LONG}sansökan, handläggningstid",
                    terms=[LONG, f"{LONG}sansökan", "rullstolsramp", "badrumsombyggnad"],
                    count=100 - i, share=(100 - i) / 1000,
                    trend={m: 5 + i + j % 3 for j, m in enumerate(months)}, change=-0.24,
                    channels={"telefon": 50, "e-post": 30, "chatt": 20, "sociala medier": 2},
                    resolved_rate=0.41, examples=[f"Hur söker jag {LONG}?"],
                    covered_by=["bostadsanpassning-och-hemtjanst-i-kommunen"] if i % 2 else [])
              for i in range(1, 9)]
    report = ThemeReport(rows=1000, skipped=0, method="lexical", model=None, k=8,
                         themes=themes, noise=10, months=months, assignments=[],
                         show_found=True)
    path = tmp_path_factory.mktemp("long") / "teman.html"
    path.write_text(render_html(report, language="sv"), encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1200, 1280])
def test_long_words_do_not_push_the_table_out_of_view(browser, long_words, width) -> None:
    """A long compound word in a theme breaks inside the cell: the whole table, its last
    column included, fits at desktop width without scrolling sideways."""
    context, page = _open(browser, long_words, {"width": width, "height": 900})
    try:
        fit = page.evaluate("""() => {
            const box = document.querySelector('.scroll');
            const last = box.querySelector('thead th:last-child').getBoundingClientRect();
            return {scroll: box.scrollWidth - box.clientWidth, right: last.right,
                    edge: box.getBoundingClientRect().right, view: window.innerWidth,
                    theme: box.querySelector('td.theme').getBoundingClientRect().width};
        }""")
        assert fit["scroll"] <= 1, fit  # nothing to scroll to
        assert fit["right"] <= fit["edge"] + 1 and fit["right"] <= fit["view"], fit
        assert fit["theme"] >= 150, fit  # the theme column keeps a readable width
    finally:
        context.close()


# --- #13.6: the trend chart is readable on a phone -----------------------------------------------
@pytest.mark.parametrize("language", ["sv", "en"])
def test_trend_chart_is_readable_on_a_phone(browser, reports, language) -> None:
    """At 390 px the page does not scroll sideways and the trend chart that is shown draws
    its axis and month labels at 11 px or more (the wide chart scaled down drew them at
    about 5.6 px)."""
    context, page = _open(browser, reports[language], {"width": 390, "height": 844})
    try:
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        chart = page.evaluate("""() => {
            const shown = [...document.querySelectorAll('figure svg')]
                .filter(s => s.getBoundingClientRect().width > 0);
            const svg = shown[0], r = svg.getBoundingClientRect();
            const labels = [...svg.querySelectorAll('text')].map(t => {
                const b = t.getBoundingClientRect();
                return {text: t.textContent, h: b.height, left: b.left, right: b.right};
            });
            return {count: shown.length, cls: svg.getAttribute('class'), left: r.left,
                    right: r.right, labels};
        }""")
        assert chart["count"] == 1 and chart["cls"] == "chart-narrow", chart
        assert chart["right"] <= 390 and chart["left"] >= 0
        months = [lab for lab in chart["labels"] if "-" in lab["text"]]
        assert len(months) >= 2
        for label in chart["labels"]:
            assert label["h"] >= 11, label  # the glyph box of 13 px text is ~15 px high
            assert chart["left"] - 1 <= label["left"] and label["right"] <= chart["right"] + 1
        ordered = sorted(months, key=lambda lab: lab["left"])
        for a, b in zip(ordered, ordered[1:], strict=False):
            assert a["right"] < b["left"], (a, b)  # month labels do not overlap
    finally:
        context.close()
    context, page = _open(browser, reports[language], {"width": 1280, "height": 900})
    try:
        shown = page.evaluate("""[...document.querySelectorAll('figure svg')]
            .filter(s => s.getBoundingClientRect().width > 0).map(s => s.getAttribute('class'))""")
        assert shown == ["chart-wide"]
    finally:
        context.close()
