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
import tempfile
from pathlib import Path

from podcast.errors import InputError
from podcast.themes.analyze import ThemeReport

FORMATS = ("table", "csv", "json", "html")


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, then rename (safe to re-run)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=path) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f} %"


def _change(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:+.0f} %"


def render_table(report: ThemeReport, width: int = 100) -> str:
    method = report.method + (f" ({report.model})" if report.model else "")
    lines = [f"{report.rows} rows ({report.skipped} skipped), {report.k} themes, method: {method}"]
    label_w = max(20, min(46, width - 54))
    head = f"{'#':>3}  {'theme':<{label_w}} {'count':>6} {'share':>6} {'change':>7} " \
           f"{'solved':>6}  covered by"
    lines.append(head)
    lines.append("-" * min(width, len(head) + 12))
    for t in report.shown:
        label = t.label if len(t.label) <= label_w else t.label[: label_w - 1] + "…"
        cov = ", ".join(t.covered_by) if t.covered_by else (
            "— no episode yet" if report.show_found else "")
        lines.append(f"{t.id:>3}  {label:<{label_w}} {t.count:>6} {t.share * 100:>5.1f}% "
                     f"{_change(t.change):>7} {_pct(t.resolved_rate):>6}  {cov}")
    if report.noise:
        lines.append(f"{'':>3}  {'övrigt (no theme)':<{label_w}} {report.noise:>6} "
                     f"{report.noise / report.rows * 100:>5.1f}%")
    if len(report.themes) > len(report.shown):
        lines.append(f"({len(report.themes) - len(report.shown)} smaller themes not shown; "
                     "use --top)")
    if report.show_found:
        missing = [t.label for t in report.uncovered]
        if missing:
            lines.append("")
            lines.append("Frequent themes without an episode: " + "; ".join(missing[:5]))
    return "\n".join(lines) + "\n"


def render_csv(report: ThemeReport) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "label", "terms", "count", "share", "change", "resolved_rate",
                     "channels", "covered_by", *[f"trend_{m}" for m in report.months],
                     "example_1", "example_2", "example_3"])
    for t in report.shown:
        ex = (t.examples + ["", "", ""])[:3]
        writer.writerow([
            t.id, t.label, "; ".join(t.terms), t.count, f"{t.share:.4f}",
            "" if t.change is None else f"{t.change:.4f}",
            "" if t.resolved_rate is None else f"{t.resolved_rate:.4f}",
            "; ".join(f"{k}={v}" for k, v in t.channels.items()), "; ".join(t.covered_by),
            *[t.trend.get(m, 0) for m in report.months], *ex])
    return buf.getvalue()


def render_json(report: ThemeReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def render_assignments(report: ThemeReport) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["row", "theme"])
    for row, theme in report.assignments:
        writer.writerow([row, "" if theme is None else theme])
    return buf.getvalue()


# --- HTML --------------------------------------------------------------------------------------
_PALETTE = ["#1f6fb2", "#d9822b", "#2e8b57", "#c0392b", "#7d5ba6", "#8c6d31", "#d35f9b",
            "#5f7f8f", "#b8a000", "#20a0a0"]


def _trend_svg(trend: dict[str, int], months: list[str], w: int = 220, h: int = 48) -> str:
    values = [trend.get(m, 0) for m in months]
    if len(values) < 2:
        return ""
    top = max(values) or 1
    step = w / (len(values) - 1)
    pts = " ".join(f"{i * step:.1f},{h - 4 - (v / top) * (h - 8):.1f}"
                   for i, v in enumerate(values))
    title = ", ".join(f"{m}: {v}" for m, v in zip(months, values, strict=True))
    return (f'<svg class="trend" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="Antal per månad: {html.escape(title)}">'
            f'<title>{html.escape(title)}</title>'
            f'<polyline fill="none" stroke="#1f6fb2" stroke-width="2" points="{pts}"/></svg>')


def _channel_svg(channels: dict[str, int], colors: dict[str, str], w: int = 220,
                 h: int = 16) -> str:
    total = sum(channels.values()) or 1
    x = 0.0
    rects = []
    for name, count in channels.items():
        width = w * count / total
        rects.append(f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="{h}" '
                     f'fill="{colors.get(name, "#999")}"><title>{html.escape(name)}: {count}'
                     f'</title></rect>')
        x += width
    desc = ", ".join(f"{k} {v / total * 100:.0f} %" for k, v in channels.items())
    return (f'<svg class="mix" width="{w}" height="{h}" role="img" '
            f'aria-label="Kanaler: {html.escape(desc)}">{"".join(rects)}</svg>')


def _overview_svg(report: ThemeReport, colors: list[str], w: int = 640, h: int = 220) -> str:
    months = report.months
    shown = report.shown[:8]
    if len(months) < 2 or not shown:
        return ""
    top = max(max(t.trend.values() or [0]) for t in shown) or 1
    step = (w - 40) / (len(months) - 1)
    lines = []
    for i, t in enumerate(shown):
        pts = " ".join(f"{30 + j * step:.1f},{h - 24 - (t.trend.get(m, 0) / top) * (h - 40):.1f}"
                       for j, m in enumerate(months))
        lines.append(f'<polyline fill="none" stroke="{colors[i % len(colors)]}" '
                     f'stroke-width="2"><title>{html.escape(t.label)}</title></polyline>'
                     .replace("<polyline ", f'<polyline points="{pts}" '))
    labels = "".join(f'<text x="{30 + j * step:.1f}" y="{h - 6}" font-size="10" '
                     f'text-anchor="middle">{html.escape(m[2:])}</text>'
                     for j, m in enumerate(months)
                     if len(months) <= 12 or j % max(1, len(months) // 12) == 0)
    legend = "".join(f'<li><span class="sw" style="background:{colors[i % len(colors)]}"></span>'
                     f'{html.escape(t.label)}</li>' for i, t in enumerate(shown))
    return (f'<figure><svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" '
            f'aria-label="Trend per tema och månad"><line x1="30" y1="{h - 24}" x2="{w - 10}" '
            f'y2="{h - 24}" stroke="#888"/>{"".join(lines)}{labels}</svg>'
            f'<figcaption><ul class="legend">{legend}</ul></figcaption></figure>')


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.num{text-align:right;white-space:nowrap}
.missing{color:#a33;font-weight:600}.ex{margin:.2rem 0 0 1rem;padding:0;font-size:.9rem;color:#333}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem}
.sw{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle}
.meta{color:#555}details summary{cursor:pointer}
"""


def render_html(report: ThemeReport, title: str = "Vad frågar invånarna om?") -> str:
    esc = html.escape
    channel_names: list[str] = []
    for t in report.shown:
        for name in t.channels:
            if name not in channel_names:
                channel_names.append(name)
    ch_colors = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(channel_names)}
    method = report.method + (f" ({report.model})" if report.model else "")
    period = f"{report.months[0]} – {report.months[-1]}" if report.months else "okänd period"
    rows_html = []
    for t in report.shown:
        cov = (", ".join(f"<code>{esc(s)}</code>" for s in t.covered_by) if t.covered_by
               else '<span class="missing">inget avsnitt ännu</span>' if report.show_found
               else "")
        examples = "".join(f"<li>{esc(e)}</li>" for e in t.examples)
        rows_html.append(
            f"<tr><td class='num'>{t.id}</td><td><strong>{esc(t.label)}</strong>"
            f"<div class='meta'>{esc(', '.join(t.terms[:6]))}</div>"
            f"<details><summary>Exempel ({len(t.examples)})</summary><ul class='ex'>{examples}"
            f"</ul></details></td><td class='num'>{t.count}</td>"
            f"<td class='num'>{t.share * 100:.1f} %</td><td class='num'>{_change(t.change)}</td>"
            f"<td class='num'>{_pct(t.resolved_rate)}</td>"
            f"<td>{_trend_svg(t.trend, report.months)}</td>"
            f"<td>{_channel_svg(t.channels, ch_colors)}</td><td>{cov}</td></tr>")
    legend = "".join(f'<li><span class="sw" style="background:{c}"></span>{esc(n)}</li>'
                     for n, c in ch_colors.items())
    noise = (f"<p class='meta'>Övrigt (inget tema): {report.noise} rader "
             f"({report.noise / report.rows * 100:.1f} %).</p>" if report.noise else "")
    missing = [t for t in report.uncovered] if report.show_found else []
    missing_html = ("<h2>Vanliga teman utan avsnitt</h2><ol>" + "".join(
        f"<li>{esc(t.label)} ({t.count} kontakter)</li>" for t in missing) + "</ol>"
        if missing else "")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><style>{_CSS}</style></head>
<body><main>
<h1>{esc(title)}</h1>
<p class="meta">{report.rows} kontakter ({report.skipped} rader hoppades över),
period {esc(period)},
{report.k} teman, metod: {esc(method)}. Personuppgifter är ersatta med [PNR], [TEL], [EPOST],
[ADRESS], [NAMN].</p>
<h2>Trend per tema</h2>
{_overview_svg(report, _PALETTE)}
{missing_html}
<h2>Teman</h2>
<ul class="legend" aria-label="Kanaler">{legend}</ul>
<table><thead><tr><th>#</th><th>Tema</th><th>Antal</th><th>Andel</th><th>Förändring</th>
<th>Löst direkt</th><th>Per månad</th><th>Kanaler</th><th>Avsnitt</th></tr></thead>
<tbody>
{''.join(rows_html)}
</tbody></table>
{noise}
</main></body></html>
"""


def render(report: ThemeReport, fmt: str) -> str:
    if fmt == "table":
        return render_table(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "json":
        return render_json(report)
    if fmt == "html":
        return render_html(report)
    raise InputError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
