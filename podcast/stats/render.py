"""Report output: plain table, CSV, JSON and a self-contained HTML page with SVG charts.

The HTML page makes no third-party requests (no scripts, fonts or images from elsewhere):
styles and charts are inline, and every chart has its numbers in a table next to it.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape

from podcast.spreadsheet import csv_row
from podcast.stats.report import Report, Row

FORMATS = ("table", "csv", "json", "html")


def _key_label(by: str) -> str:
    return {"day": "day", "week": "week", "month": "month"}.get(by, by)


def _share(row: Row, total: int) -> float:
    return round(row.downloads / total, 4) if total else 0.0


def to_json_data(report: Report) -> dict:
    key = _key_label(report.by)
    rows = []
    for r in report.rows:
        item: dict = {key: r.key, "downloads": r.downloads, "listeners": r.listeners}
        if report.by in ("app", "device"):
            item["share"] = _share(r, report.total_downloads)
        rows.append(item)
    top = report.top_episode
    return {
        "rows": rows,
        "by": report.by,
        "window": report.window,
        "since": report.since,
        "until": report.until,
        "total": {"downloads": report.total_downloads, "listeners": report.total_listeners},
        "top_episode": {"episode": top.key, "downloads": top.downloads} if top else None,
        "excluded_requests": dict(sorted(report.excluded.items())),
        "below_threshold": report.below_threshold,
        "unparsable_lines": report.unparsable_lines,
        "methodology": report.methodology,
    }


def to_json(report: Report) -> str:
    return json.dumps(to_json_data(report), ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    share = report.by in ("app", "device")
    writer.writerow([_key_label(report.by), "downloads", "listeners"] + (["share"] if share
                                                                           else []))
    for r in report.rows:
        writer.writerow(csv_row([r.key, r.downloads, r.listeners]
                        + ([f"{_share(r, report.total_downloads):.4f}"] if share else [])))
    return buf.getvalue()


def top_line(report: Report) -> str:
    top = report.top_episode
    if top is None:
        return "No downloads in this period."
    return f"Most popular episode: {top.key}, {top.downloads} downloads."


def to_table(report: Report) -> str:
    head = _key_label(report.by).capitalize()
    share = report.by in ("app", "device")
    width = max([len(head)] + [len(r.key) for r in report.rows])
    lines = [f"{head:<{width}}  {'Downloads':>9}  {'Listeners':>9}" + ("  Share" if share else "")]
    lines.append("-" * len(lines[0]))
    for r in report.rows:
        line = f"{r.key:<{width}}  {r.downloads:>9}  {r.listeners:>9}"
        if share:
            line += f"  {100 * _share(r, report.total_downloads):5.1f}%"
        lines.append(line)
    lines.append("-" * len(lines[0]))
    lines.append(f"{'Total':<{width}}  {report.total_downloads:>9}  {report.total_listeners:>9}")
    period = _period(report)
    lines.append("")
    lines.append(f"{top_line(report)} Window: {report.window}. Period: {period}.")
    return "\n".join(lines) + "\n"


def _period(report: Report) -> str:
    if report.since or report.until:
        return f"{report.since or 'start'} – {report.until or 'latest'}"
    return "everything ingested"


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
max-width:60rem;padding:1.5rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}
.lead{font-size:1.15rem}.muted{color:#555}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.card{border:1px solid #ccc;border-radius:.5rem;padding:.75rem 1rem;min-width:10rem}
.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{padding:.25rem .75rem;text-align:left}
td.n,th.n{text-align:right}tr:nth-child(even) td{background:#f4f4f4}
svg text{font-family:inherit;font-size:12px;fill:#1b1b1b}
details{margin-bottom:1rem}
"""

_BAR = "#1f5f8b"


def _svg_columns(rows: list[Row], title: str) -> str:
    """Vertical bars over time (one per row, in order)."""
    if not rows:
        return "<p>No data.</p>"
    width, height, left, bottom, top = 720, 240, 40, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(r.downloads for r in rows) or 1
    step = plot_w / len(rows)
    bar = max(1.0, step * 0.8)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-labelledby="t-time"><title id="t-time">{escape(title)}</title>']
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#ccc"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{round(peak * frac)}</text>')
    label_every = max(1, len(rows) // 8)
    for i, r in enumerate(rows):
        h = plot_h * r.downloads / peak
        x = left + i * step + (step - bar) / 2
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" '
                     f'height="{h:.1f}" fill="{_BAR}"><title>{escape(r.key)}: {r.downloads}'
                     '</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{left + i * step + step / 2:.1f}" y="{height - bottom + 16}" '
                         f'text-anchor="middle">{escape(r.key[5:] if len(r.key) == 10 else r.key)}'
                         '</text>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_bars(rows: list[Row], title: str, ident: str, total: int | None = None) -> str:
    """Horizontal bars, one per row (largest first); with shares when ``total`` is given."""
    if not rows:
        return "<p>No data.</p>"
    label_w, width, row_h = 220, 720, 26
    height = row_h * len(rows) + 10
    peak = max(r.downloads for r in rows) or 1
    plot_w = width - label_w - 90
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-labelledby="t-{ident}"><title id="t-{ident}">{escape(title)}</title>']
    for i, r in enumerate(rows):
        y = 5 + i * row_h
        w = plot_w * r.downloads / peak
        name = r.key if len(r.key) <= 32 else r.key[:31] + "…"
        value = f"{r.downloads}"
        if total:
            value += f" ({100 * r.downloads / total:.0f} %)"
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end">{escape(name)}'
                     '</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                     f'fill="{_BAR}"/>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 17}">{escape(value)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_table(rows: list[Row], key: str, total: int | None = None) -> str:
    head = (f"<tr><th scope=col>{escape(key)}</th><th scope=col class=n>Downloads</th>"
            "<th scope=col class=n>Listeners</th>" + ("<th scope=col class=n>Share</th>"
                                                      if total else "") + "</tr>")
    body = []
    for r in rows:
        cells = (f"<td>{escape(r.key)}</td><td class=n>{r.downloads}</td>"
                 f"<td class=n>{r.listeners}</td>")
        if total:
            cells += f"<td class=n>{100 * r.downloads / total:.1f} %</td>"
        body.append(f"<tr>{cells}</tr>")
    return f"<table>{head}{''.join(body)}</table>"


def _methodology_html(text: str) -> str:
    """The methodology text: its first line as a paragraph, '- ' items as a list."""
    lines = text.splitlines()
    items: list[str] = []
    for line in lines[1:]:
        if line.startswith("- "):
            items.append(line[2:])
        elif items:
            items[-1] += " " + line.strip()
    lis = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<p>{escape(lines[0])}</p><ul>{lis}</ul>"


def to_html(report: Report, title: str = "Podcast statistics") -> str:
    top = report.top_episode
    lead = (f"Most popular episode: <b>{escape(top.key)}</b>, {top.downloads} downloads."
            if top else "No downloads in this period.")
    excluded = sum(report.excluded.values())
    section_rows = ""
    if report.by not in ("episode", "day", "app", "device"):
        section_rows = (f"<h2>Downloads by {escape(report.by)}</h2>"
                        + _html_table(report.rows, report.by.capitalize(),
                                      report.total_downloads if report.by in ("app", "device")
                                      else None))
    excluded_list = "".join(f"<li>{escape(reason)}: {n} request{'' if n == 1 else 's'}</li>"
                            for reason, n in sorted(report.excluded.items()))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<h1>{escape(title)}</h1>
<p class="muted">Period: {escape(_period(report))}. Window: {escape(report.window)}.
Generated {escape(report.generated_at)}.</p>
<p class="lead">{lead}</p>
<div class="cards">
<div class="card"><b>{report.total_downloads}</b>downloads</div>
<div class="card"><b>{report.total_listeners}</b>listeners</div>
<div class="card"><b>{sum(1 for r in report.by_episode if r.downloads)}</b>
episodes listened to</div>
</div>

<h2>Downloads over time</h2>
{_svg_columns(report.by_day, "Downloads per day")}
<details><summary>Downloads per day as a table</summary>
{_html_table(report.by_day, "Day")}</details>

<h2>Downloads per episode</h2>
{_svg_bars(report.by_episode, "Downloads per episode", "episode")}
{_html_table(report.by_episode, "Episode")}

<h2>Apps</h2>
{_svg_bars(report.by_app, "Share of downloads per app", "app", report.total_downloads)}
<details><summary>Apps as a table</summary>
{_html_table(report.by_app, "App", report.total_downloads)}</details>

<h2>Devices and platforms</h2>
{_html_table(report.by_device, "Device", report.total_downloads)}
{section_rows}
<h2>What was left out</h2>
<ul>
{excluded_list or "<li>No requests from bots or excluded agents.</li>"}
<li>Listening sessions below the byte threshold: {report.below_threshold}</li>
<li>Unparsable log lines: {report.unparsable_lines} of {report.lines_read}
in {report.files_ingested} ingested file(s)</li>
</ul>
<p class="muted">{excluded} requests from excluded agents in total.</p>

<h2>Methodology</h2>
{_methodology_html(report.methodology)}
</main>
</body>
</html>
"""


def render(report: Report, fmt: str, title: str = "Podcast statistics") -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "html":
        return to_html(report, title)
    return to_table(report)
