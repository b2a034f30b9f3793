"""``podcast themes`` on the command line: outputs never overwrite inputs, option ranges,
one-line usage errors, filtered vs skipped rows, wording, CSV example columns, the HTML page's
language and trend chart. Small logs and ``--method lexical`` throughout."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

import pytest

from podcast.cli import cli
from podcast.contactlog import OUTSIDE_RANGE
from podcast.themes.analyze import Theme, ThemeReport
from podcast.themes.report import plural, render_csv, render_html, render_table

SUBJECTS = [
    "När plogas vägen? Vallen är hög vid infarten",
    "Behöver jag bygglov för en altan på tomten",
    "Soptunnan har inte tömts på två veckor",
    "Hur söker jag skolskjuts till skolan för barnet",
]


def make_log(path: Path, n: int = 40, months: tuple[str, ...] = ("2026-01", "2026-02")) -> Path:
    lines = ["datum,kanal,fritext"]
    for i in range(n):
        month = months[i % len(months)]
        lines.append(f"{month}-{1 + i % 27:02d},telefon,{SUBJECTS[i % len(SUBJECTS)]} {i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_error_line(output: str) -> str:
    lines = [ln for ln in output.splitlines() if ln.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("Error: ") and "Traceback" not in output
    return lines[0]


# --- 1. outputs never overwrite an input -------------------------------------------------------
def test_output_or_assignments_over_an_input_is_refused(runner, tmp_path: Path,
                                                        monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    victim = make_log(tmp_path / "victim.csv")
    before = victim.read_bytes()
    (tmp_path / "link.csv").symlink_to("victim.csv")
    (tmp_path / "sub").mkdir()
    cases = [
        (["--format", "csv", "-o", "victim.csv"], "--output"),
        (["--assignments", "victim.csv"], "--assignments"),
        (["-o", "sub/../victim.csv"], "--output"),
        (["--assignments", "link.csv"], "--assignments"),
        (["--format", "json", "-o", str(tmp_path / "victim.csv")], "--output"),
        (["--cache", "victim.csv"], "--cache"),
    ]
    for args, option in cases:
        res = runner.invoke(cli, ["themes", "victim.csv", "--method", "lexical", *args])
        assert res.exit_code == 4, res.output
        line = one_error_line(res.output)
        assert f"{option} would overwrite the input log victim.csv" in line
        assert victim.read_bytes() == before
    res = runner.invoke(cli, ["themes", "victim.csv", "--method", "lexical", "-o", "r.csv",
                              "--assignments", "./r.csv"])
    assert res.exit_code == 4
    assert "--output and --assignments are the same file" in one_error_line(res.output)
    assert not (tmp_path / "r.csv").exists()
    # the input given as a symlink, the output as the real file
    res = runner.invoke(cli, ["themes", "link.csv", "--method", "lexical", "-o", "victim.csv"])
    assert res.exit_code == 4 and victim.read_bytes() == before
    # a different file is fine
    res = runner.invoke(cli, ["themes", "victim.csv", "--method", "lexical", "-q",
                              "--format", "csv", "-o", "report.csv", "--assignments", "a.csv"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "report.csv").exists() and (tmp_path / "a.csv").exists()


# --- 2. stray CR, random bytes: one line, exit 4, for themes and redact -------------------------
def test_stray_cr_and_binary_input_on_the_command_line(runner, tmp_path: Path,
                                                       monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    cr = tmp_path / "cr.csv"
    cr.write_bytes(make_log(tmp_path / "plain.csv").read_bytes()
                   .replace(b"altan", b"altan\r med tak"))
    res = runner.invoke(cli, ["themes", "cr.csv", "--method", "lexical", "--format", "json",
                              "-q"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"] == 40
    res = runner.invoke(cli, ["redact", "cr.csv", "-o", "cr-maskad.csv"])
    assert res.exit_code == 0, res.output
    rand = tmp_path / "rand.csv"
    rand.write_bytes(random.Random(7).randbytes(4000))
    for command in (["themes", "rand.csv", "--method", "lexical"],
                    ["redact", "rand.csv", "-o", "out.csv"]):
        res = runner.invoke(cli, command)
        assert res.exit_code == 4, res.output
        assert one_error_line(res.output) == \
            "Error: rand.csv: not a text, CSV, JSON or XLSX file (it holds binary data)"


# --- 3, 12, 13. option ranges and one-line usage errors ----------------------------------------
@pytest.mark.parametrize("args, expected", [
    (["--seed", "-5"], "Invalid value for '--seed': -5 is not in the range"),
    (["--seed", "4294967296"], "Invalid value for '--seed'"),
    (["--top", "0"], "Invalid value for '--top': 0 is not in the range"),
    (["--top", "-3"], "Invalid value for '--top'"),
    (["--themes", "0"], "Invalid value for '--themes'"),
    (["--themes", "-2"], "Invalid value for '--themes'"),
    (["--examples", "0"], "Invalid value for '--examples'"),
    (["--format", "xml"], "Invalid value for '--format': 'xml' is not one of"),
    (["--since", "igår"], "expected YYYY-MM-DD"),
    (["--no-such-option"], "No such option"),
])
def test_usage_errors_are_one_line_with_exit_2(runner, tmp_path: Path, args: list[str],
                                               expected: str) -> None:
    log = make_log(tmp_path / "x.csv")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", *args],
                        prog_name="podcast")
    assert res.exit_code == 2, res.output
    line = one_error_line(res.output)
    assert expected in line and line.endswith("(see 'podcast themes --help')")
    assert "Usage:" not in res.output and "Try '" not in res.output


def test_other_usage_errors_are_one_line(runner) -> None:
    res = runner.invoke(cli, ["themes"], prog_name="podcast")
    assert res.exit_code == 2
    assert one_error_line(res.output) == \
        "Error: Missing argument 'LOGS...'. (see 'podcast themes --help')"
    res = runner.invoke(cli, ["no-such-command"], prog_name="podcast")
    assert res.exit_code == 2
    assert one_error_line(res.output) == \
        "Error: No such command 'no-such-command'. (see 'podcast --help')"
    res = runner.invoke(cli, ["--no-such-option", "themes"], prog_name="podcast")
    assert res.exit_code == 2
    assert one_error_line(res.output) == \
        "Error: No such option '--no-such-option'. (see 'podcast --help')"
    res = runner.invoke(cli, [], prog_name="podcast")  # no arguments: the help, as before
    assert "Usage: podcast" in res.output and "Commands:" in res.output


def test_the_largest_seed_works(runner, tmp_path: Path) -> None:
    log = make_log(tmp_path / "x.csv")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--seed",
                              "2147483647", "--format", "json", "-q"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"] == 40


# --- 6. rows outside --since/--until are not "skipped" -----------------------------------------
def test_filtered_rows_are_counted_apart_from_skipped(runner, tmp_path: Path) -> None:
    log = make_log(tmp_path / "x.csv", months=("2026-01", "2026-02", "2026-03", "2026-04"))
    with open(log, "a", encoding="utf-8") as fh:
        fh.write("2026-02-03,chatt,???\n")  # unusable: skipped, even though in range
    args = ["themes", str(log), "--method", "lexical", "--since", "2026-02-01", "--until",
            "2026-02-28"]
    res = runner.invoke(cli, [*args, "--format", "json", "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert (data["rows"], data["skipped"], data["filtered"]) == (10, 1, 30)
    assert list(data)[:3] == ["rows", "skipped", "filtered"]
    res = runner.invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("10 rader (30 utanför datumintervallet, 1 hoppades över), ")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "json",
                              "-q"])
    data = json.loads(res.stdout)
    assert (data["rows"], data["skipped"], data["filtered"]) == (40, 1, 0)


# --- 14. wording -------------------------------------------------------------------------------
def _theme(i: int, count: int, examples: int = 3) -> Theme:
    return Theme(id=i, label=f"tema {i}", terms=[f"ord{i}"], count=count, share=count / 100,
                 trend={"2025-11": count // 3, "2025-12": count // 3, "2026-01": count // 3},
                 change=0.1, channels={"telefon": count}, resolved_rate=None,
                 examples=[f"exempel {i}.{j}" for j in range(examples)])


def _report(themes: list[Theme], rows: int = 100, top: int = 12, **kw) -> ThemeReport:
    return ThemeReport(rows=rows, skipped=kw.pop("skipped", 0), method="lexical", model=None,
                       k=len(themes), themes=themes, noise=0,
                       months=["2025-11", "2025-12", "2026-01"], assignments=[], top=top,
                       **kw)


def test_singular_and_plural_wording() -> None:
    assert plural(1, "theme") == "1 theme" and plural(2, "theme") == "2 themes"
    assert plural(1, "tema", "teman") == "1 tema" and plural(0, "tema", "teman") == "0 teman"
    one = render_table(_report([_theme(1, 1)], rows=1))
    assert one.startswith("1 row (0 skipped), 1 theme, method: questions grouped by the words")
    two = render_table(_report([_theme(1, 60), _theme(2, 40)], top=1))
    assert two.startswith("100 rows (0 skipped), 1 of 2 themes, method")
    assert "(1 smaller theme not shown; use --top)" in two
    three = render_table(_report([_theme(1, 50), _theme(2, 30), _theme(3, 20)], top=1))
    assert "(2 smaller themes not shown; use --top)" in three
    filtered = render_table(_report([_theme(1, 60)], skipped=2,
                                    skip_reasons={OUTSIDE_RANGE: 232, "empty row": 2}))
    assert filtered.startswith("100 rows (232 outside the date range, 2 skipped), 1 theme,")


def test_output_line_is_singular_for_one(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    log = tmp_path / "one.csv"
    log.write_text("fritext\nVallen är hög vid infarten\n", encoding="utf-8")
    res = runner.invoke(cli, ["themes", "one.csv", "--method", "lexical", "-o", "r.json",
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "1 rad, 1 tema (frågor grupperade efter ord de har gemensamt) → r.json" in res.output
    res = runner.invoke(cli, ["themes", "one.csv", "--method", "lexical", "-o", "r.json",
                              "--format", "json", "--language", "en"])
    assert "1 row, 1 theme (questions grouped by the words they share) → r.json" in res.output


# --- 15. CSV example columns follow --examples --------------------------------------------------
def test_csv_has_one_column_per_example(runner, tmp_path: Path) -> None:
    report = _report([_theme(1, 60, examples=7), _theme(2, 40, examples=2)])
    rows = list(csv.reader(io.StringIO(render_csv(report, 7))))
    assert rows[0][-7:] == [f"example_{i}" for i in range(1, 8)]
    assert "example_8" not in rows[0]
    assert rows[1][-7:] == [f"exempel 1.{j}" for j in range(7)]
    assert rows[2][-7:] == ["exempel 2.0", "exempel 2.1", "", "", "", "", ""]
    assert list(csv.reader(io.StringIO(render_csv(report))))[0][-1] == "example_7"
    log = make_log(tmp_path / "x.csv", n=80)
    for n in (1, 8):
        res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "csv",
                                  "--examples", str(n), "-q"])
        assert res.exit_code == 0, res.output
        header = next(csv.reader(io.StringIO(res.stdout)))
        assert [h for h in header if h.startswith("example_")] == \
            [f"example_{i}" for i in range(1, n + 1)]


# --- 16. HTML: language, y axis, labels inside the chart ----------------------------------------
class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.html_lang: str | None = None
        self.svgs: list[dict[str, str | None]] = []
        self.texts: list[tuple[dict[str, str | None], str]] = []
        self.text_svg: list[int] = []  # the index in ``svgs`` of each text's chart
        self.external: list[str] = []
        self.tags: list[str] = []
        self._text: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "svg":
            self.svgs.append(a)
        if tag == "text":
            self._text = a
        for key in ("src", "href"):
            if a.get(key) and re.match(r"(https?:)?//", a[key] or ""):
                self.external.append(a[key] or "")

    def handle_data(self, data):
        if self._text is not None:
            self.texts.append((self._text, data))
            self.text_svg.append(len(self.svgs) - 1)
            self._text = None


@pytest.mark.parametrize("language, words, not_words", [
    ("sv", ["Vad frågar invånarna om?", "Teman", "Löst direkt", "100 kontakter", "3 teman"],
     ["Themes", "contacts"]),
    ("en", ["What do residents ask about?", "Themes", "Resolved", "100 contacts", "3 themes",
            "Trend per theme"], ["Teman", "kontakter", "Andel", "hoppades"]),
])
def test_html_speaks_the_report_language(language: str, words: list[str],
                                         not_words: list[str]) -> None:
    report = _report([_theme(1, 50), _theme(2, 30), _theme(3, 20)])
    page = render_html(report, language=language)
    parser = _Page()
    parser.feed(page)
    assert parser.html_lang == language
    for word in words:
        assert word in page, word
    for word in not_words:
        assert word not in page, word
    # self-contained, and every chart has a text alternative
    assert parser.external == [] and "script" not in parser.tags
    assert parser.svgs and all(s.get("role") == "img" and s.get("aria-label")
                               for s in parser.svgs)


@pytest.mark.parametrize("chart", ["chart-wide", "chart-narrow"])
def test_trend_chart_has_a_y_axis_and_labels_inside(chart: str) -> None:
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    themes = [Theme(id=1, label="snö", terms=["snö"], count=238, share=0.6,
                    trend={m: 10 + 19 * i for i, m in enumerate(months)}, change=None,
                    channels={"telefon": 238}, resolved_rate=None, examples=[]),
              Theme(id=2, label="bygglov", terms=["bygglov"], count=100, share=0.4,
                    trend=dict.fromkeys(months, 8), change=None, channels={"chatt": 100},
                    resolved_rate=None, examples=[])]
    report = ThemeReport(rows=338, skipped=0, method="lexical", model=None, k=2, themes=themes,
                         noise=0, months=months, assignments=[])
    page = render_html(report, language="en")
    parser = _Page()
    parser.feed(page)
    index = next(i for i, s in enumerate(parser.svgs) if s.get("class") == chart)
    overview = parser.svgs[index]
    width = float(overview["width"] or 0)
    texts = [(a, t) for (a, t), i in zip(parser.texts, parser.text_svg, strict=True)
             if i == index]
    ticks = [t for a, t in texts if a.get("text-anchor") == "end" and t.isdigit()]
    assert 2 <= len(ticks) <= 3 and ticks[0] == "0" and int(ticks[-1]) >= 219  # max month
    for a, t in texts:  # every label fits: ~0.6 em per character
        x, w = float(a["x"] or 0), 0.6 * float(a["font-size"] or 0) * len(t)
        left = {"end": x - w, "middle": x - w / 2}.get(a.get("text-anchor") or "", x)
        assert 0 <= left and left + w <= width, (t, a)
    assert texts[-1][1] == "25-12"  # the last month is labelled
    alt = overview["aria-label"] or ""
    assert "snö: 10, 29" in alt and "2025-01 – 2025-12" in alt


# --- QA pass 2 ---------------------------------------------------------------------------------
def test_dash_reads_standard_input_and_writes_standard_output(runner, tmp_path: Path,
                                                              monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = make_log(tmp_path / "x.csv").read_bytes()
    res = runner.invoke(cli, ["themes", "-", "--method", "lexical", "--format", "json",
                              "--output", "-", "-q"], input=data)
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"] == 40
    assert not (tmp_path / "-").exists()
    # JSON Lines on standard input, detected from the content; the report as HTML on stdout
    lines = "".join(json.dumps({"fritext": s, "kanal": "chatt"}) + "\n" for s in SUBJECTS * 5)
    res = runner.invoke(cli, ["themes", "-", "--method", "lexical", "--format", "html",
                              "-o", "-", "-q"], input=lines.encode())
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("<!DOCTYPE html>") and "20 kontakter" in res.stdout
    # the report to a file, the assignments to standard output
    res = runner.invoke(cli, ["themes", "-", "--method", "lexical", "--format", "csv", "-o",
                              "r.csv", "--assignments", "-", "-q"], input=data)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0] == "row,theme" and len(res.stdout.splitlines()) == 41
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("id,label")
    res = runner.invoke(cli, ["themes", "-", "--method", "lexical", "--assignments", "-"],
                        input=data, prog_name="podcast")
    assert res.exit_code == 2
    assert "'-' (standard output) already gets the report" in one_error_line(res.output)
    res = runner.invoke(cli, ["themes", "-", "--method", "lexical"], input=b"a,b\n1,2\n")
    assert res.exit_code == 4
    assert one_error_line(res.output).startswith("Error: <stdin>: no free-text column found")


def test_errors_and_warnings_show_no_personal_data(runner, tmp_path: Path,
                                                   monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    table = tmp_path / "t.csv"
    table.write_text("Sopor ej tömda,ring Karin Forsberg 070-123 45 67\n"
                     "Plogbilen har inte kommit,mvh Zoran 070-111 22 33\n", encoding="utf-8")
    res = runner.invoke(cli, ["themes", "t.csv", "--method", "lexical"])
    assert res.exit_code == 4
    line = one_error_line(res.output)
    assert "headers found: Sopor ej tömda, ring [NAMN] [TEL]" in line
    assert "Karin" not in line and "070" not in line
    dates = tmp_path / "d.csv"
    dates.write_text("datum,fritext\n2024-13-45 Karin Forsberg 070-123 45 67,Vallen är hög\n"
                     "2024-01-02,Sopor igen\n", encoding="utf-8")
    res = runner.invoke(cli, ["themes", "d.csv", "--method", "lexical", "--format", "json",
                              "-o", "r.json"])
    assert res.exit_code == 0, res.output
    assert "'2024-13-45 [NAMN] [TEL]'" in res.stderr and "Karin" not in res.stderr


def test_a_headerless_text_file_on_the_command_line(runner, tmp_path: Path) -> None:
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("\n".join(f"{s}, ärende {i}." for i, s in
                               enumerate(SUBJECTS * 5)) + "\n", encoding="utf-8")
    res = runner.invoke(cli, ["themes", str(notes), "--method", "lexical", "--format", "json",
                              "-o", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (data["rows"], data["skipped"]) == (20, 0)
    assert f"warning: {notes}: no header row; each line read as one note" in res.stderr


def test_column_options_that_cannot_work_say_why(runner, tmp_path: Path) -> None:
    log = make_log(tmp_path / "x.csv", n=10)
    for option, field in (("--date-column", "date"), ("--channel-column", "channel")):
        res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", option, "fritext"])
        assert res.exit_code == 4
        assert one_error_line(res.output) == (
            f"Error: {log}: the column 'fritext' is already used as the {field} column, and no "
            "other free-text column was found; name one with --text-column")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--text-column",
                              "datum"])
    assert res.exit_code == 4
    line = one_error_line(res.output)
    assert line.startswith(f"Error: {log}: no usable rows (10 skipped: 10 without text)")
    assert "{" not in line


def test_duplicate_column_names_are_warned(runner, tmp_path: Path) -> None:
    log = tmp_path / "dup.csv"
    log.write_text("datum,text,text\n" + "".join(
        f"2026-01-{1 + i % 27:02d},{SUBJECTS[i % 4]},extra\n" for i in range(20)),
        encoding="utf-8")
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "json",
                              "-o", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    assert "2 columns are named 'text' (columns 2, 3); column 2 is read as the text column" \
        in res.stderr
    labels = " ".join(t["label"] for t in
                      json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["themes"])
    assert "extra" not in labels


def test_percentages_are_written_one_way() -> None:
    theme = _theme(1, 60)
    theme.change, theme.resolved_rate = -0.24, 0.412
    table = render_table(_report([theme, _theme(2, 40)]))
    row = table.splitlines()[3]
    assert " 60.0 % " in row and " -24 % " in row and " 41 % " in row
    assert not re.search(r"\d%", table)  # always a space before %
    page = render_html(_report([theme]), language="en")
    body = page[page.index("<body>"):]  # (the style sheet has widths in %)
    assert "60.0 %" in body and "-24 %" in body and not re.search(r"\d%", body)


@pytest.mark.parametrize("language, names, not_names", [
    ("en", ["phone", "e-mail", "chat", "social media", "letter", "visit"],
     ["telefon", "e-post", "chatt", "sociala medier", "brev", "besök"]),
    ("sv", ["telefon", "e-post", "chatt", "sociala medier", "brev", "besök"],
     ["phone", "e-mail", ">chat<"]),
])
def test_channel_names_speak_the_page_language(language: str, names: list[str],
                                               not_names: list[str]) -> None:
    theme = _theme(1, 60)
    theme.channels = {"telefon": 30, "e-post": 12, "chatt": 10, "sociala medier": 4,
                      "brev": 2, "besök": 2}
    page = render_html(_report([theme]), language=language)
    legend = page[page.index('<ul class="legend" aria-label='):]
    for name in names:
        assert f"</span>{name}</li>" in legend, name
        assert f"<title>{name}: " in page and f"{name} " in page
    for name in not_names:
        assert name not in page, name


# --- #18.15: the terminal table speaks the log's language ------------------------------------
ENGLISH_WORDS = ("solved", "covered by", "no theme", "smaller theme", "not shown", "skipped",
                 "outside the date range", "method:", "no episode yet", "Frequent themes", "rows")


def test_swedish_table_has_no_english_words() -> None:
    themes = [_theme(1, 50), _theme(2, 30), _theme(3, 20)]
    themes[0].covered_by = ["snorojning"]
    report = _report(themes, top=2, skipped=2, skip_reasons={OUTSIDE_RANGE: 5, "empty": 2},
                     show_found=True)
    report.noise = 7
    table = render_table(report, language="sv")
    for word in ENGLISH_WORDS:
        assert word not in table, (word, table)
    lines = table.splitlines()
    assert lines[0] == ("100 rader (5 utanför datumintervallet, 2 hoppades över), 2 av 3 "
                        "teman, metod: frågor grupperade efter ord de har gemensamt")
    assert lines[1].split() == ["#", "tema", "antal", "andel", "ändring", "löst", "avsnitt"]
    assert "— inget avsnitt ännu" in lines[4]
    assert "övrigt (inget tema)" in table
    assert "(1 mindre tema visas inte; använd --top)" in table
    assert "Vanliga teman utan avsnitt: " in table
    english = render_table(report, language="en")
    assert english.splitlines()[1].split()[-2:] == ["covered", "by"]
    assert "other (no theme)" in english and "(1 smaller theme not shown; use --top)" in english


def test_cli_table_follows_language(runner, tmp_path: Path) -> None:
    log = make_log(tmp_path / "x.csv")
    sv = runner.invoke(cli, ["themes", str(log), "--method", "lexical"])
    assert sv.exit_code == 0, sv.output
    assert "metod: frågor grupperade efter ord" in sv.stdout and "löst" in sv.stdout
    assert not any(word in sv.stdout for word in ("solved", "covered by", "method:"))
    en = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--language", "en"])
    assert en.exit_code == 0, en.output
    assert "method: questions grouped by the words" in en.stdout and "solved" in en.stdout


# --- #19.9: a full disk while writing --output ----------------------------------------------
def test_full_disk_on_output_is_one_line_and_keeps_the_old_report(runner, tmp_path: Path,
                                                                  monkeypatch) -> None:
    import errno

    from podcast import fsutil

    log = make_log(tmp_path / "x.csv")
    out = tmp_path / "teman.html"
    out.write_text("förra rapporten", encoding="utf-8")

    def disk_full(fh: BinaryIO, data: bytes) -> None:
        fh.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "_write_all", disk_full)
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "html",
                              "--output", str(out), "-q"])
    assert res.exit_code not in (0, 70), res.output
    assert one_error_line(res.output) == f"Error: {out}: cannot write: No space left on device"
    assert out.read_text(encoding="utf-8") == "förra rapporten"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teman.html", "x.csv"]
