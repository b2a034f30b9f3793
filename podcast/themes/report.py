"""Theme report writers: terminal table, CSV, JSON (the CLI contract) and self-contained HTML.

The HTML page has no external resources (inline CSS and SVG charts: monthly trend per theme,
channel mix per theme), so a communicator can open it or mail it as one file.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path

from podcast.contactlog import FILTER_REASONS
from podcast.errors import InputError
from podcast.spreadsheet import csv_row
from podcast.themes.analyze import ThemeReport

FORMATS = ("table", "csv", "json", "html")
LANGUAGES = ("sv", "en")


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 theme``, ``2 themes``; ``many`` for irregular plurals (``"tema", "teman"``)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def filtered(report: ThemeReport) -> int:
    """Rows left out by --since/--until (not counted in ``skipped``)."""
    return sum(report.skip_reasons.get(r, 0) for r in FILTER_REASONS)


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name one file: after ``..`` and symlinks, or as hard links."""
    a, b = Path(a), Path(b)
    try:
        if a.resolve() == b.resolve():
            return True
    except (OSError, RuntimeError):  # a symlink loop
        pass
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_outputs(inputs: list[Path], outputs: dict[str, Path | None]) -> None:
    """Refuse an output (``{"--output": path, ...}``) that is one of the inputs or another
    output: writing it would destroy a log or a report (InputError naming the option).
    ``-`` (standard input or output) is no file and never clashes."""
    named = [(opt, Path(p)) for opt, p in outputs.items() if p is not None and str(p) != "-"]
    for opt, out in named:
        for src in inputs:
            if str(src) != "-" and same_file(out, src):
                raise InputError(f"{opt} would overwrite the input log {src}; "
                                 "choose another file", path=out)
    for i, (opt, out) in enumerate(named):
        for other_opt, other in named[i + 1:]:
            if same_file(out, other):
                raise InputError(f"{opt} and {other_opt} are the same file; choose two files",
                                 path=out)


# Percentages are written one way everywhere (table and HTML): the number, a space, "%"
# ("42.4 %" for a share, "-24 %" for a change, "41 %" for a rate).
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f} %"


def _share(x: float) -> str:
    return f"{x * 100:.1f} %"


def _change(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:+.0f} %"


#: The terminal table's own words per ``--language`` (column heads fit the column widths).
TABLE_WORDS: dict[str, dict[str, str]] = {
    "sv": {"theme": "tema", "count": "antal", "share": "andel", "change": "ändring",
           "solved": "löst", "covered_by": "avsnitt", "noise": "övrigt (inget tema)",
           "hidden": "mindre tema|mindre teman", "hidden_note": "({hidden} visas inte; "
           "använd --top)", "written": "{rows}, {themes} ({method}) → {output}",
           "assignments": "rad → tema: {output}",
           "embedded": "nya inbäddade textdelar: {n} (sparade till nästa gång)"},
    "en": {"theme": "theme", "count": "count", "share": "share", "change": "change",
           "solved": "solved", "covered_by": "covered by", "noise": "other (no theme)",
           "hidden": "smaller theme|smaller themes", "hidden_note": "({hidden} not shown; "
           "use --top)", "written": "{rows}, {themes} ({method}) → {output}",
           "assignments": "row → theme: {output}",
           "embedded": "embedded {n} new text parts (cached for next time)"},
}


#: The progress lines of ``podcast themes`` in the report's language (English is the code's).
PROGRESS_WORDS: dict[str, dict[str, str]] = {
    "sv": {"Normalising": "Normaliserar texterna", "Embedding texts": "Bäddar in texterna"},
}
#: How each method is named to a reader (the technical name and model are in the JSON).
METHOD_WORDS: dict[str, dict[str, str]] = {
    "sv": {"semantic": "frågor med liknande innebörd grupperade av en språkmodell",
           "lexical": "frågor grupperade efter ord de har gemensamt"},
    "en": {"semantic": "questions with a similar meaning grouped by a language model",
           "lexical": "questions grouped by the words they share"},
}
#: ``8 av 12 teman`` when ``--top`` hides some themes.
SHOWN_OF = {"sv": "{shown} av {themes}", "en": "{shown} of {themes}"}
#: The line that marks a partial first or last month.
PARTIAL_WORDS: dict[str, dict[str, str]] = {
    "sv": {"partial": "ofullständig månad|ofullständiga månader",
           "note": "{months}: loggen täcker inte hela månaden; ändringen jämför {a} med {b}",
           "note_no_change": "{months}: loggen täcker inte hela månaden; ingen ändring räknas",
           "mark": "ofullständig"},
    "en": {"partial": "partial month|partial months",
           "note": "{months}: the log does not cover the whole month; the change compares "
                   "{a} with {b}",
           "note_no_change": "{months}: the log does not cover the whole month; no change "
                             "is computed",
           "mark": "partial"},
}


def method_words(report: ThemeReport, language: str = "sv") -> str:
    """The method in plain words (``frågor grupperade efter ord de har gemensamt``)."""
    words = METHOD_WORDS.get(language, METHOD_WORDS["sv"])
    return words.get(report.method, report.method)


def themes_count(report: ThemeReport, language: str = "sv") -> str:
    """``12 teman``, or ``8 av 12 teman`` when only the largest are shown."""
    ui = UI.get(language, UI["sv"])
    total = _n(ui, "themes", report.k)
    shown = len(report.shown)
    if shown >= report.k:
        return total
    return SHOWN_OF.get(language, SHOWN_OF["sv"]).format(shown=shown, themes=total)


def partial_note(report: ThemeReport, language: str = "sv") -> str | None:
    """``Ofullständig månad 2026-04: …`` or None when every month is whole."""
    if not report.partial_months:
        return None
    words = PARTIAL_WORDS.get(language, PARTIAL_WORDS["sv"])
    one, many = words["partial"].split("|")
    head = (one if len(report.partial_months) == 1 else many).capitalize()
    months = f"{head} " + ", ".join(report.partial_months)
    if report.change_months:
        a, b = report.change_months
        return words["note"].format(months=months, a=a, b=b)
    return words["note_no_change"].format(months=months)


#: Marks a theme that no service area names (issue #13): shown only when some theme has one.
NEW_MARK = {"sv": "ny", "en": "new"}


def shown_label(report: ThemeReport, theme, language: str = "sv") -> str:  # noqa: ANN001
    """The theme's label, with "(ny)" after a new theme when the report names areas."""
    if theme.new and any(not t.new for t in report.themes):
        return f"{theme.label} ({NEW_MARK.get(language, NEW_MARK['sv'])})"
    return theme.label


def written_line(report: ThemeReport, output: object, language: str = "sv") -> str:
    """``120 rader, 8 teman (…) → teman.html``: what ``--output`` got, in ``language``."""
    ui, words = UI.get(language, UI["sv"]), TABLE_WORDS.get(language, TABLE_WORDS["sv"])
    return words["written"].format(rows=_n(ui, "rows", report.rows),
                                   themes=themes_count(report, language),
                                   method=method_words(report, language), output=output)


def render_table(report: ThemeReport, width: int = 100, language: str = "en") -> str:
    """The report as a plain-text table for a terminal, in ``language`` (``sv`` or ``en``)."""
    ui, words = UI.get(language, UI["sv"]), TABLE_WORDS.get(language, TABLE_WORDS["sv"])
    method = method_words(report, language)
    out_of_range = filtered(report)
    skipped = ui["skipped"].format(rows=report.skipped)
    counts = (ui["filtered"].format(n=out_of_range) + f", {skipped}" if out_of_range
              else skipped)
    lines = [f"{_n(ui, 'rows', report.rows)} ({counts}), {themes_count(report, language)}, "
             + ui["method"].format(method=method)]
    label_w = max(20, min(46, width - 54))
    head = f"{'#':>3}  {words['theme']:<{label_w}} {words['count']:>6} {words['share']:>7} " \
           f"{words['change']:>7} {words['solved']:>6}  {words['covered_by']}"
    lines.append(head)
    lines.append("-" * min(width, len(head) + 12))
    for t in report.shown:
        label = shown_label(report, t, language)
        label = label if len(label) <= label_w else label[: label_w - 1] + "…"
        cov = ", ".join(t.covered_by) if t.covered_by else (
            f"— {ui['no_episode']}" if report.show_found else "")
        lines.append(f"{t.id:>3}  {label:<{label_w}} {t.count:>6} {_share(t.share):>7} "
                     f"{_change(t.change):>7} {_pct(t.resolved_rate):>6}  {cov}")
    if report.noise:
        lines.append(f"{'':>3}  {words['noise']:<{label_w}} {report.noise:>6} "
                     f"{_share(report.noise / report.rows):>7}")
    if len(report.themes) > len(report.shown):
        hidden = len(report.themes) - len(report.shown)
        lines.append(words["hidden_note"].format(hidden=_n(words, "hidden", hidden)))
    note = partial_note(report, language)
    if note:
        lines.append(note)
    if report.show_found:
        missing = [t.label for t in report.uncovered]
        if missing:
            lines.append("")
            lines.append(f"{ui['missing_heading']}: " + "; ".join(missing[:5]))
    return "\n".join(lines) + "\n"


def render_csv(report: ThemeReport, examples: int | None = None) -> str:
    """One row per shown theme; ``examples`` example columns (default: as many as the
    theme with the most examples has)."""
    n_ex = examples if examples is not None else max(
        (len(t.examples) for t in report.shown), default=0)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "label", "terms", "count", "share", "change", "resolved_rate",
                     "channels", "covered_by", *[f"trend_{m}" for m in report.months],
                     *[f"example_{i}" for i in range(1, n_ex + 1)]])
    for t in report.shown:
        ex = (t.examples + [""] * n_ex)[:n_ex]
        writer.writerow(csv_row([
            t.id, t.label, "; ".join(t.terms), t.count, f"{t.share:.4f}",
            "" if t.change is None else f"{t.change:.4f}",
            "" if t.resolved_rate is None else f"{t.resolved_rate:.4f}",
            "; ".join(f"{k}={v}" for k, v in t.channels.items()), "; ".join(t.covered_by),
            *[t.trend.get(m, 0) for m in report.months], *ex]))
    return buf.getvalue()


def report_json(report: ThemeReport) -> dict:
    """The JSON contract: :meth:`ThemeReport.to_json` plus ``filtered`` after ``skipped``."""
    data: dict = {}
    for key, value in report.to_json().items():
        data[key] = value
        if key == "skipped":
            data["filtered"] = filtered(report)
    return data


def render_json(report: ThemeReport) -> str:
    return json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n"


def render_assignments(report: ThemeReport) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["row", "theme"])
    for row, theme in report.assignments:
        writer.writerow(csv_row([row, "" if theme is None else theme]))
    return buf.getvalue()


# --- HTML --------------------------------------------------------------------------------------
_PALETTE = ["#1f6fb2", "#d9822b", "#2e8b57", "#c0392b", "#7d5ba6", "#8c6d31", "#d35f9b",
            "#5f7f8f", "#b8a000", "#20a0a0"]

#: The page's own words per ``--language`` (the themes, terms and examples come from the log).
UI: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Vad frågar invånarna om?",
        "contacts": "kontakt|kontakter",
        "rows": "rad|rader",
        "themes": "tema|teman",
        "skipped": "{rows} hoppades över",
        "filtered": "{n} utanför datumintervallet",
        "period": "period {period}",
        "unknown_period": "okänd period",
        "method": "metod: {method}",
        "privacy": "Personuppgifter är ersatta med [PNR], [TEL], [EPOST], [ADRESS], [NAMN].",
        "trend_heading": "Trend per tema",
        "trend_alt": "Linjediagram: antal kontakter per månad ({first} – {last}) för de "
                     "{n} största temana, färgerna förklaras under diagrammet. {values}",
        "missing_heading": "Vanliga teman utan avsnitt",
        "themes_heading": "Teman",
        "channels": "Kanaler",
        "examples": "Exempel",
        "no_episode": "inget avsnitt ännu",
        "noise": "Övrigt (inget tema): {rows} ({share}).",
        "per_month": "Antal per månad",
        "y_axis": "kontakter",
        "col_id": "#", "col_theme": "Tema", "col_count": "Antal", "col_share": "Andel",
        "col_change": "Förändring", "col_resolved": "Löst direkt", "col_trend": "Per månad",
        "col_channels": "Kanaler", "col_episodes": "Avsnitt",
    },
    "en": {
        "title": "What do residents ask about?",
        "contacts": "contact|contacts",
        "rows": "row|rows",
        "themes": "theme|themes",
        "skipped": "{rows} skipped",
        "filtered": "{n} outside the date range",
        "period": "period {period}",
        "unknown_period": "unknown period",
        "method": "method: {method}",
        "privacy": "Personal data is replaced with [PNR], [TEL], [EPOST], [ADRESS], [NAMN].",
        "trend_heading": "Trend per theme",
        "trend_alt": "Line chart: contacts per month ({first} – {last}) for the {n} largest "
                     "themes, colours explained below the chart. {values}",
        "missing_heading": "Frequent themes without an episode",
        "themes_heading": "Themes",
        "channels": "Channels",
        "examples": "Examples",
        "no_episode": "no episode yet",
        "noise": "Other (no theme): {rows} ({share}).",
        "per_month": "Contacts per month",
        "y_axis": "contacts",
        "col_id": "#", "col_theme": "Theme", "col_count": "Count", "col_share": "Share",
        "col_change": "Change", "col_resolved": "Resolved", "col_trend": "Per month",
        "col_channels": "Channels", "col_episodes": "Episodes",
    },
}


#: Normalised channel names (:func:`podcast.contactlog.normalise_channel`) on a page in
#: another language; a name not listed (a channel the log spells its own way) is shown as is.
CHANNEL_NAMES: dict[str, dict[str, str]] = {
    "en": {"telefon": "phone", "e-post": "e-mail", "chatt": "chat", "besök": "visit",
           "sociala medier": "social media", "webb": "web", "brev": "letter", "sms": "SMS",
           "okänd": "unknown"},
}


def channel_name(name: str, language: str) -> str:
    """A channel as the page in ``language`` names it (``telefon`` → ``phone`` in English)."""
    return CHANNEL_NAMES.get(language, {}).get(name, name)


def _n(ui: dict[str, str], key: str, n: int) -> str:
    one, many = ui[key].split("|")
    return plural(n, one, many)


def _trend_svg(trend: dict[str, int], months: list[str], ui: dict[str, str], w: int = 220,
               h: int = 48) -> str:
    values = [trend.get(m, 0) for m in months]
    if len(values) < 2:
        return ""
    top = max(values) or 1
    step = w / (len(values) - 1)
    pts = " ".join(f"{i * step:.1f},{h - 4 - (v / top) * (h - 8):.1f}"
                   for i, v in enumerate(values))
    title = ", ".join(f"{m}: {v}" for m, v in zip(months, values, strict=True))
    return (f'<svg class="trend" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="{html.escape(ui["per_month"])}: {html.escape(title)}">'
            f'<title>{html.escape(title)}</title>'
            f'<polyline fill="none" stroke="#1f6fb2" stroke-width="2" points="{pts}"/></svg>')


def _channel_svg(channels: dict[str, int], colors: dict[str, str], ui: dict[str, str],
                 w: int = 220, h: int = 16, language: str = "sv") -> str:
    total = sum(channels.values()) or 1
    x = 0.0
    rects = []
    for name, count in channels.items():
        width = w * count / total
        rects.append(f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="{h}" '
                     f'fill="{colors.get(name, "#999")}"><title>'
                     f'{html.escape(channel_name(name, language))}: {count}</title></rect>')
        x += width
    desc = ", ".join(f"{channel_name(k, language)} {_pct(v / total)}"
                     for k, v in channels.items())
    return (f'<svg class="mix" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="{html.escape(ui["channels"])}: {html.escape(desc)}">'
            f'{"".join(rects)}</svg>')


_TICK_STEPS = sorted({int(m * 10 ** e) for e in range(10)
                      for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8)
                      if m * 10 ** e == int(m * 10 ** e)})


def _ticks(top: int) -> list[int]:
    """2–3 round y-axis values from 0 to at least ``top``: 0, step, 2 × step."""
    if top <= 1:
        return [0, 1]
    step = next(s for s in _TICK_STEPS if 2 * s >= top)
    return [0, step, 2 * step]


#: The overview chart's two sizes: the wide one for screens, a narrow one with larger text
#: for phones (CSS shows one of them): view-box width and height, font size, margins, and
#: the most month labels that fit under the x axis.
CHART_WIDE = {"w": 640, "h": 220, "font": 10, "left": 44, "right": 24, "max_labels": 12,
              "cls": "chart-wide"}
CHART_NARROW = {"w": 360, "h": 240, "font": 13, "left": 40, "right": 18, "max_labels": 4,
               "cls": "chart-narrow"}


def _overview_svg(report: ThemeReport, colors: list[str], ui: dict[str, str],
                  size: dict | None = None) -> str:
    """Monthly counts of the eight largest themes: y axis with 3 ticks, month labels kept
    inside the view box (a partial month's label ends with ``*``), a text alternative with
    every value."""
    size = size or CHART_WIDE
    w, h, font = size["w"], size["h"], size["font"]
    months = report.months
    shown = report.shown[:8]
    if len(months) < 2 or not shown:
        return ""
    left, right, top_m, bottom = size["left"], size["right"], font + 8, font * 2 + 6
    y0, y1 = h - bottom, top_m  # pixel rows of the value 0 and of the highest tick
    ticks = _ticks(max(max(t.trend.values() or [0]) for t in shown))
    y_max = ticks[-1]
    step = (w - left - right) / (len(months) - 1)

    def x(j: int) -> float:
        return left + j * step

    def y(v: float) -> float:
        return y0 - (v / y_max) * (y0 - y1)

    grid = "".join(
        f'<line x1="{left}" y1="{y(v):.1f}" x2="{w - right}" y2="{y(v):.1f}" '
        f'stroke="{"#888" if v == 0 else "#e3e3e3"}"/>'
        f'<text x="{left - 6}" y="{y(v) + font * 0.35:.1f}" font-size="{font}" '
        f'text-anchor="end">{v}</text>'
        for v in ticks)
    axis = (f'<line x1="{left}" y1="{y1}" x2="{left}" y2="{y0}" stroke="#888"/>'
            f'<text x="4" y="{font}" font-size="{font}">{html.escape(ui["y_axis"])}</text>')
    lines = []
    for i, t in enumerate(shown):
        pts = " ".join(f"{x(j):.1f},{y(t.trend.get(m, 0)):.1f}" for j, m in enumerate(months))
        lines.append(f'<polyline points="{pts}" fill="none" stroke="{colors[i % len(colors)]}" '
                     f'stroke-width="2"><title>{html.escape(t.label)}</title></polyline>')
    every = -(-len(months) // size["max_labels"])
    partial = set(report.partial_months)
    labels = "".join(f'<text x="{x(j):.1f}" y="{h - font + 2}" font-size="{font}" '
                     f'text-anchor="{_anchor(j, len(months))}">'
                     f'{html.escape(m[2:])}{"*" if m in partial else ""}</text>'
                     for j, m in enumerate(months)
                     if (len(months) - 1 - j) % every == 0)  # the latest month always
    values = "; ".join(f"{t.label}: " + ", ".join(str(t.trend.get(m, 0)) for m in months)
                       for t in shown)
    alt = ui["trend_alt"].format(first=months[0], last=months[-1], n=len(shown), values=values)
    return (f'<svg class="{size["cls"]}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" aria-label="{html.escape(alt)}"><title>{html.escape(alt)}</title>'
            f'{grid}{axis}{"".join(lines)}{labels}</svg>')


def _anchor(j: int, n: int) -> str:
    """Month labels at the ends of the axis grow inwards, so they stay inside the chart."""
    return "start" if j == 0 else "end" if j == n - 1 else "middle"


def _overview_figure(report: ThemeReport, colors: list[str], ui: dict[str, str],
                     note: str | None) -> str:
    """The overview chart in both sizes, one legend, and the partial-month note."""
    wide = _overview_svg(report, colors, ui, CHART_WIDE)
    if not wide:  # fewer than two months: no chart, the note alone
        return f'<p class="meta partial">{html.escape(note)}.</p>' if note else ""
    phone = _overview_svg(report, colors, ui, CHART_NARROW)
    legend = "".join(f'<li><span class="sw" style="background:{colors[i % len(colors)]}"></span>'
                     f'{html.escape(t.label)}</li>' for i, t in enumerate(report.shown[:8]))
    note_html = f'<p class="meta partial">* {html.escape(note)}.</p>' if note else ""
    return (f'<figure>{wide}{phone}<figcaption><ul class="legend">{legend}</ul>{note_html}'
            f'</figcaption></figure>')


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.num{text-align:right;white-space:nowrap}
.missing{color:#a33;font-weight:600}.ex{margin:.2rem 0 0 1rem;padding:0;font-size:.9rem;color:#333}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem}
.sw{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle}
.meta{color:#555}details summary{cursor:pointer}figure{margin:1rem 0}
figure svg{display:block;width:100%;max-width:640px;height:auto}.chart-narrow{display:none}
@media (max-width:40rem){figure svg.chart-wide{display:none}figure svg.chart-narrow{display:block}}
.scroll{overflow-x:auto}.scroll table{min-width:60rem}
td.theme,td.eps{overflow-wrap:anywhere;-webkit-hyphens:auto;hyphens:auto}
td.theme{min-width:10rem}td svg.trend,td svg.mix{width:100%;min-width:7rem;max-width:220px;
height:auto}
"""


def render_html(report: ThemeReport, title: str | None = None, language: str = "sv") -> str:
    """One self-contained page (inline CSS and SVG, no scripts, no external resources) in
    ``language`` (``sv`` or ``en``)."""
    ui = UI.get(language, UI["sv"])
    lang = language if language in UI else "sv"
    title = title or ui["title"]
    esc = html.escape
    channel_names: list[str] = []
    for t in report.shown:
        for name in t.channels:
            if name not in channel_names:
                channel_names.append(name)
    ch_colors = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(channel_names)}
    method = method_words(report, lang)
    period = f"{report.months[0]} – {report.months[-1]}" if report.months \
        else ui["unknown_period"]
    rows_html = []
    for t in report.shown:
        cov = (", ".join(f"<code>{esc(s)}</code>" for s in t.covered_by) if t.covered_by
               else f'<span class="missing">{esc(ui["no_episode"])}</span>' if report.show_found
               else "")
        examples = "".join(f"<li>{esc(e)}</li>" for e in t.examples)
        rows_html.append(
            f"<tr><td class='num'>{t.id}</td><td class='theme'>"
            f"<strong>{esc(shown_label(report, t, lang))}</strong>"
            f"<div class='meta'>{esc(', '.join(t.terms[:6]))}</div>"
            f"<details><summary>{esc(ui['examples'])} ({len(t.examples)})</summary>"
            f"<ul class='ex'>{examples}</ul></details></td><td class='num'>{t.count}</td>"
            f"<td class='num'>{_share(t.share)}</td><td class='num'>{_change(t.change)}</td>"
            f"<td class='num'>{_pct(t.resolved_rate)}</td>"
            f"<td>{_trend_svg(t.trend, report.months, ui)}</td>"
            f"<td>{_channel_svg(t.channels, ch_colors, ui, language=lang)}</td>"
            f"<td class='eps'>{cov}</td></tr>")
    legend = "".join(f'<li><span class="sw" style="background:{c}"></span>'
                     f'{esc(channel_name(n, lang))}</li>' for n, c in ch_colors.items())
    noise = ("<p class='meta'>" + esc(ui["noise"].format(
        rows=_n(ui, "rows", report.noise), share=_share(report.noise / report.rows)))
        + "</p>" if report.noise else "")
    missing = list(report.uncovered) if report.show_found else []
    missing_html = (f"<h2>{esc(ui['missing_heading'])}</h2><ol>" + "".join(
        f"<li>{esc(t.label)} ({esc(_n(ui, 'contacts', t.count))})</li>" for t in missing)
        + "</ol>" if missing else "")
    counts = [ui["skipped"].format(rows=_n(ui, "rows", report.skipped))]
    if filtered(report):
        counts.insert(0, ui["filtered"].format(n=filtered(report)))
    summary = (f"{_n(ui, 'contacts', report.rows)} ({', '.join(counts)}), "
               f"{ui['period'].format(period=period)}, {themes_count(report, lang)}, "
               f"{ui['method'].format(method=method)}. {ui['privacy']}")
    heads = "".join(f"<th>{esc(ui[k])}</th>" for k in (
        "col_id", "col_theme", "col_count", "col_share", "col_change", "col_resolved",
        "col_trend", "col_channels", "col_episodes"))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><style>{_CSS}</style></head>
<body><main>
<h1>{esc(title)}</h1>
<p class="meta">{esc(summary)}</p>
<h2>{esc(ui['trend_heading'])}</h2>
{_overview_figure(report, _PALETTE, ui, partial_note(report, lang))}
{missing_html}
<h2>{esc(ui['themes_heading'])}</h2>
<ul class="legend" aria-label="{esc(ui['channels'])}">{legend}</ul>
<div class="scroll" role="region" tabindex="0" aria-label="{esc(ui['themes_heading'])}">
<table><thead><tr>{heads}</tr></thead>
<tbody>
{''.join(rows_html)}
</tbody></table></div>
{noise}
</main></body></html>
"""


def render(report: ThemeReport, fmt: str, *, language: str = "sv",
           examples: int | None = None) -> str:
    """The report in ``fmt``; ``language`` is the language of the HTML page and the terminal
    table, ``examples`` the number of example columns in CSV."""
    if fmt == "table":
        return render_table(report, language=language)
    if fmt == "csv":
        return render_csv(report, examples)
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report, language=language)
    raise InputError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
