"""The theme report's headline, method line, partial months and terminal lines (#13.6)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from podcast.cli import cli
from podcast.themes.analyze import Theme, ThemeReport
from podcast.themes.months import change_months, partial_months
from podcast.themes.report import render_html, render_table, written_line

D = dt.date


def test_partial_months_are_the_uncovered_first_and_last() -> None:
    # whole: starts within 3 days of the 1st, ends within 3 days of the month's end
    assert partial_months([D(2025, 10, 1), D(2026, 3, 31)]) == []
    assert partial_months([D(2025, 10, 4), D(2026, 2, 25), None]) == []
    assert partial_months([D(2025, 10, 5), D(2026, 3, 31)]) == ["2025-10"]
    assert partial_months([D(2025, 10, 1), D(2026, 4, 2)]) == ["2026-04"]
    assert partial_months([D(2025, 10, 20), D(2026, 3, 10)]) == ["2025-10", "2026-03"]
    assert partial_months([D(2026, 2, 10), D(2026, 2, 12)]) == ["2026-02"]  # one month
    assert partial_months([None]) == []


def test_change_compares_the_last_two_whole_months() -> None:
    months = ["2025-10", "2025-11", "2025-12", "2026-01"]
    assert change_months(months, []) == (2, 3)
    assert change_months(months, ["2026-01"]) == (1, 2)
    assert change_months(months, ["2025-10", "2026-01"]) == (1, 2)
    assert change_months(["2025-12", "2026-01"], ["2026-01"]) is None
    assert change_months(["2025-10", "2025-12"], []) is None  # not consecutive
    assert change_months(["2025-12", "2026-01"], []) == (0, 1)  # over the new year


SNOW = "Plogbilen har lämnat en hög snövall framför min infart igen"
BUILD = "Hur lång tid tar det att få bygglov för en carport"


def _log(path: Path) -> Path:
    """January and February whole (snow half of the rows each), two rows on 1–2 March."""
    lines = ["datum;kanal;fritext"]
    for month, days in (("2026-01", 31), ("2026-02", 28)):
        for day in range(1, days + 1):
            lines.append(f"{month}-{day:02d};telefon;{SNOW} ({day})")
            lines.append(f"{month}-{day:02d};e-post;{BUILD} ({day})")
    lines.append(f"2026-03-01;telefon;{SNOW} (mars)")
    lines.append(f"2026-03-02;telefon;{SNOW} (mars)")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_partial_last_month_is_marked_and_not_used_for_the_change(runner,
                                                                     tmp_path: Path) -> None:
    log = _log(tmp_path / "logg.csv")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "json",
                              "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["months"] == ["2026-01", "2026-02", "2026-03"]
    assert data["partial_months"] == ["2026-03"]
    # by the raw last two months the building theme would be "−100 %" (0 of 2 in March)
    # and snow "+100 %"; between the whole months January and February both are flat
    changes = [t["change"] for t in data["themes"]]
    assert changes and all(c is not None and abs(c) < 0.05 for c in changes), changes
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical"])
    assert res.exit_code == 0, res.output
    assert "-100 %" not in res.stdout and "+100 %" not in res.stdout
    assert ("Ofullständig månad 2026-03: loggen täcker inte hela månaden; ändringen jämför "
            "2026-01 med 2026-02") in res.stdout
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--language", "en",
                              "--format", "html", "-q"])
    assert "* Partial month 2026-03: the log does not cover the whole month; the change " \
           "compares 2026-01 with 2026-02." in res.stdout
    assert ">26-03*</text>" in res.stdout  # the month is marked on the chart's axis


def _theme(i: int, count: int) -> Theme:
    return Theme(id=i, label=f"tema {i}", terms=[f"ord{i}"], count=count, share=count / 100,
                 trend={"2026-01": count // 2, "2026-02": count - count // 2}, change=None,
                 channels={"telefon": count}, resolved_rate=None, examples=[])


def _report(k: int, top: int, method: str = "lexical", model: str | None = None,
            partial: list[str] | None = None) -> ThemeReport:
    themes = [_theme(i, 20 - i) for i in range(1, k + 1)]
    return ThemeReport(rows=sum(t.count for t in themes), skipped=0, method=method,
                       model=model, k=k, themes=themes, noise=0,
                       months=["2026-01", "2026-02"], assignments=[], top=top,
                       partial_months=partial or [])


def test_headline_says_how_many_themes_are_shown_of_how_many() -> None:
    report = _report(12, 8)
    assert ", 8 av 12 teman, " in render_table(report, language="sv").splitlines()[0]
    assert ", 8 of 12 themes, " in render_table(report, language="en").splitlines()[0]
    assert ", 8 av 12 teman, " in render_html(report, language="sv")
    assert written_line(report, "t.html", "sv").startswith(
        f"{report.rows} rader, 8 av 12 teman (")
    whole = _report(5, 8)
    assert ", 5 teman, " in render_table(whole, language="sv") and " av " not in \
        render_table(whole, language="sv").splitlines()[0]


def test_method_line_is_plain_words() -> None:
    semantic = _report(3, 8, method="semantic", model="multilingual-e5-small-q4/query")
    for language, words in (("sv", "metod: frågor med liknande innebörd grupperade av en "
                                   "språkmodell"),
                            ("en", "method: questions with a similar meaning grouped by a "
                                   "language model")):
        table, page = render_table(semantic, language=language), render_html(semantic,
                                                                               language=language)
        for text in (table, page):
            assert words in text
            assert "semantic" not in text and "e5" not in text and "/query" not in text
    lexical = _report(3, 8)
    assert "metod: frågor grupperade efter ord de har gemensamt" in render_table(
        lexical, language="sv")
    assert "lexical" not in render_html(lexical, language="sv")


def test_partial_first_month_without_a_change_says_so() -> None:
    report = _report(3, 8, partial=["2026-01"])
    table = render_table(report, language="sv")
    assert ("Ofullständig månad 2026-01: loggen täcker inte hela månaden; ingen ändring "
            "räknas") in table
    assert ">26-01*</text>" in render_html(report, language="sv")
    one = _report(3, 8, partial=["2026-02"])
    one.months = ["2026-02"]  # a single (partial) month: no chart, the note still shown
    assert "Ofullständig månad 2026-02: loggen täcker inte hela månaden; ingen ändring räknas." \
        in render_html(one, language="sv")


def test_terminal_lines_follow_the_language(runner, tmp_path: Path) -> None:
    log = _log(tmp_path / "logg.csv")
    rows = tmp_path / "rader.csv"
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--assignments",
                              str(rows), "-o", str(tmp_path / "r.html"), "--format", "html"])
    assert res.exit_code == 0, res.output
    assert f"rad → tema: {rows}" in res.output and "assignments" not in res.output
    assert "Normaliserar texterna" in res.output and "Normalising" not in res.output
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--assignments",
                              str(rows), "-o", str(tmp_path / "r.html"), "--format", "html",
                              "--language", "en"])
    assert f"row → theme: {rows}" in res.output and "Normalising" in res.output
