"""Report output: plain table, CSV, JSON and a self-contained HTML page with charts.

The table and the page are in the show's language (Swedish or English) and show episode
titles when the caller knows them. The HTML page makes no third-party requests (no scripts,
fonts or images from elsewhere): styles are inline, the charts are drawn with CSS (their text
keeps its size on a phone), every chart has its numbers in a table, and a table wider than the
screen scrolls inside its own focusable region.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape

from podcast.spreadsheet import csv_row
from podcast.stats.report import METHODOLOGY, Report, Row
from podcast.stats.windows import DESCRIPTIONS

FORMATS = ("table", "csv", "json", "html")
LANGUAGES = ("sv", "en")

# The words of the table and the HTML page. CSV and JSON keep their English keys (they are
# read by programs); their methodology text follows the language.
UI: dict[str, dict[str, str]] = {
    "en": {
        "episode": "Episode", "day": "Day", "week": "Week", "month": "Month", "app": "App",
        "device": "Device", "downloads": "Downloads", "listeners": "Listeners",
        "share": "Share", "total": "Total",
        "top": "Most popular episode: {name}, {n}.", "none": "No downloads in this period.",
        "download_one": "{n} download", "download_many": "{n} downloads",
        "request_one": "{n} request", "request_many": "{n} requests",
        "window_period": "Window: {window}. Period: {period}.",
        "everything": "everything ingested", "start": "start", "latest": "latest",
        "title": "Podcast listening statistics", "title_show": "{show}: listening statistics",
        "generated": "Generated {when}.", "card_downloads": "downloads",
        "card_listeners": "listeners", "card_episodes": "episodes listened to",
        "over_time": "Downloads over time", "per_day_table": "Downloads per day as a table",
        "per_episode": "Downloads per episode", "apps": "Apps",
        "apps_table": "Apps as a table", "app_share": "Share of downloads per app",
        "devices": "Devices and platforms", "by": "Downloads by {what}",
        "left_out": "What was left out",
        "no_excluded": "No requests from bots or excluded agents.",
        "below": "Listening sessions below the byte threshold: {n}",
        "unparsable": "Unparsable log lines: {n} of {lines} in {files} ingested file(s)",
        "out_of_range": "Stored requests dated outside 2000–2099 (ignored): {n}",
        "excluded_total": "{n} from excluded agents in total.",
        "methodology": "Methodology", "no_data": "No data.", "peak": "highest: {n}",
        "scroll": "{what} (table, scrolls sideways)", "unknown": "Unknown",
        "calendar": "calendar day (UTC)", "first-touch": "rolling 24 hours (first-touch)",
        "last-touch": "rolling 24 hours (last-touch)",
        # podcast stats ingest, in the terminal
        "ingest_reading": "Reading access logs",
        "ingest_file": "{source} ({format}): {lines} lines, {candidates} media requests "
                       "({new} new, {duplicates} already ingested)",
        "ingest_probes": ", {n} 2-byte probes", "ingest_excluded": "; excluded: {what}",
        "ingest_unparsable": "  {n} unparsable line(s) skipped, first at line {where} ({why})",
        "ingest_done": "Ingested {files} file(s), {lines} lines in {seconds} s into {db}.",
        "ingest_no_sizes": "warning: no media sizes known (pass --media DIR); partial (206) "
                           "requests cannot be judged until a later ingest provides them",
        "ingest_unknown_media": "warning: no media file for {names}: only complete (200) "
                                "responses count for them",
    },
    "sv": {
        "episode": "Avsnitt", "day": "Dag", "week": "Vecka", "month": "Månad", "app": "App",
        "device": "Enhet", "downloads": "Nedladdningar", "listeners": "Lyssnare",
        "share": "Andel", "total": "Totalt",
        "top": "Populäraste avsnittet: {name}, {n}.",
        "none": "Inga nedladdningar under perioden.",
        "download_one": "{n} nedladdning", "download_many": "{n} nedladdningar",
        "request_one": "{n} förfrågan", "request_many": "{n} förfrågningar",
        "window_period": "Fönster: {window}. Period: {period}.",
        "everything": "allt som lästs in", "start": "början", "latest": "senaste",
        "title": "Poddens lyssningsstatistik", "title_show": "{show}: lyssningsstatistik",
        "generated": "Skapad {when}.", "card_downloads": "nedladdningar",
        "card_listeners": "lyssnare", "card_episodes": "avsnitt som lyssnats på",
        "over_time": "Nedladdningar över tid",
        "per_day_table": "Nedladdningar per dag som tabell",
        "per_episode": "Nedladdningar per avsnitt", "apps": "Appar",
        "apps_table": "Apparna som tabell", "app_share": "Andel nedladdningar per app",
        "devices": "Enheter och plattformar", "by": "Nedladdningar per {what}",
        "left_out": "Det här räknades inte",
        "no_excluded": "Inga förfrågningar från robotar eller uteslutna klienter.",
        "below": "Lyssningar under bytegränsen: {n}",
        "unparsable": "Oläsbara loggrader: {n} av {lines} i {files} inlästa filer",
        "out_of_range": "Sparade förfrågningar daterade utanför 2000–2099 (ignoreras): {n}",
        "excluded_total": "Totalt {n} från uteslutna klienter.",
        "methodology": "Metod", "no_data": "Inga data.", "peak": "högst: {n}",
        "scroll": "{what} (tabell, kan rullas i sidled)", "unknown": "Okänd",
        "calendar": "kalenderdygn (UTC)", "first-touch": "rullande dygn (first-touch)",
        "last-touch": "rullande dygn (last-touch)",
        "ingest_reading": "Läser åtkomstloggar",
        "ingest_file": "{source} ({format}): {lines} rader, {candidates} förfrågningar efter "
                       "mediefiler ({new} nya, {duplicates} redan inlästa)",
        "ingest_probes": ", {n} förfrågningar på 2 byte", "ingest_excluded": "; uteslutna: {what}",
        "ingest_unparsable": "  {n} oläsbara rader hoppades över, den första på rad {where} "
                             "({why})",
        "ingest_done": "Läste in {files} fil(er), {lines} rader på {seconds} s till {db}.",
        "ingest_no_sizes": "varning: inga mediefilers storlek är kända (ange --media MAPP); "
                           "delsvar (206) kan inte bedömas förrän en senare inläsning ger dem",
        "ingest_unknown_media": "varning: ingen mediefil för {names}: bara fullständiga svar "
                                "(200) räknas för dem",
    },
}

# Exclusion reasons (see podcast.stats.agents), reasons a log line was rejected (see
# podcast.stats.formats) and device kinds in Swedish.
REASONS_SV = {"bot": "robotar och sökmotorer", "empty user agent": "tom user agent",
               "Apple Watch duplicate": "dubbletter från Apple Watch",
               "not a log line": "inte en loggrad", "malformed time": "felaktig tid",
               "time outside 2000–2099": "tid utanför 2000–2099",
               "byte count too large": "orimligt stort byteantal",
               "malformed number": "felaktigt tal"}
_KINDS_SV = {"phone": "telefon", "tablet": "surfplatta", "computer": "dator", "TV": "tv",
             "smart speaker": "smart högtalare", "watch": "klocka",
             "music player": "musikspelare", "games console": "spelkonsol", "radio": "radio"}

METHODOLOGY_SV = """\
Så räknas nedladdningar (IAB Podcast Technical Measurement Guidelines):
- Bara GET-förfrågningar efter en mediefil räknas; HEAD, 304 Not Modified och alla svar
  4xx/5xx räknas aldrig.
- Ett fullständigt svar (200) räknas, utom när det är tomt. Delsvar (206) räknas när de byte en
  lyssnare fått inom ett fönster når avsnittets gräns: ID3-taggen plus en minut ljud, eller hela
  filen för avsnitt på 60 sekunder eller kortare. Förfrågningar på 2 byte (bytes=0-1) räknas
  aldrig.
- Robotar och sökmotorer (OPAWG-listan när den är inställd, podcast-app-user-agents,
  crawlerdetect), förfrågningar utan user agent och nedladdningar från Apple Watch (dubbletter
  av telefonens) räknas inte.
- En lyssnare är en IP-adress (IPv6: dess /64-nät) med en user agent. Förfrågningar från samma
  lyssnare efter samma avsnitt inom ett fönster räknas en gång. Fönster: {window}.
- Lyssnare = unika par av IP-adress och user agent med en nedladdning under perioden.
- IP-adresser sparas aldrig: de ersätts av en nycklad hash vars nyckel stannar på den här
  datorn.
- Oläsbara loggrader och rader med orimlig tid eller byteantal hoppas över och räknas."""

_WINDOWS_SV = {
    "calendar": "kalenderdygn (UTC): en nedladdning per lyssnare och avsnitt och dygn",
    "first-touch": "rullande 24 timmar från den första förfrågan (first-touch)",
    "last-touch": "rullande 24 timmar efter den senaste förfrågan (last-touch)",
}


def ui_language(language: str | None) -> str:
    """'en', 'en-GB' → English; any other show language → Swedish; None → English."""
    if language is None:
        return "en"
    return "en" if language.lower().startswith("en") else "sv"


def methodology(report: Report, language: str = "en") -> str:
    if ui_language(language) == "sv":
        return METHODOLOGY_SV.format(window=_WINDOWS_SV[report.window])
    return METHODOLOGY.format(window=DESCRIPTIONS[report.window])


def default_title(show: str | None, language: str = "en") -> str:
    ui = UI[ui_language(language)]
    return ui["title_show"].format(show=show) if show else ui["title"]


class _Words:
    """The words of one rendering: labels, and names of episodes, apps and devices."""

    def __init__(self, report: Report, language: str, titles: dict[str, str] | None) -> None:
        self.lang = ui_language(language)
        self.ui = UI[self.lang]
        self.report = report
        self.titles = titles or {}

    def __getitem__(self, key: str) -> str:
        return self.ui[key]

    def count(self, key: str, n: int) -> str:
        return self.ui[f"{key}_one" if n == 1 else f"{key}_many"].format(n=n)

    def name(self, by: str, key: str) -> str:
        """How a row's key is shown: an episode's title, a device label in the language."""
        if by == "episode":
            return self.titles.get(key) or key
        if key == "Unknown":
            return self.ui["unknown"]
        if by == "device" and self.lang == "sv":
            return _device_sv(key)
        return key

    def reason(self, reason: str) -> str:
        return REASONS_SV.get(reason, reason) if self.lang == "sv" else reason

    def window(self) -> str:
        return self.ui.get(self.report.window, self.report.window)

    def period(self) -> str:
        r = self.report
        if r.since or r.until:
            return f"{r.since or self.ui['start']} – {r.until or self.ui['latest']}"
        return self.ui["everything"]

    def top(self, html: bool = False) -> str:
        top = self.report.top_episode
        if top is None:
            return self.ui["none"]
        name = self.name("episode", top.key)
        name = f"<b>{escape(name)}</b>" if html else name
        return self.ui["top"].format(name=name, n=self.count("download", top.downloads))


def _device_sv(label: str) -> str:
    """'iOS phone' → 'iOS-telefon', 'Phone' → 'Telefon'; other labels as they are."""
    for kind, sv in _KINDS_SV.items():
        if label == kind.capitalize() or label == kind:
            return sv.capitalize()
        if label.endswith(" " + kind):
            return f"{label[:-len(kind) - 1]}-{sv}"
    return label


def _key_label(by: str) -> str:
    return {"day": "day", "week": "week", "month": "month"}.get(by, by)


def _share(row: Row, total: int) -> float:
    return round(row.downloads / total, 4) if total else 0.0


def to_json_data(report: Report, language: str = "en",
                 titles: dict[str, str] | None = None) -> dict:
    key = _key_label(report.by)
    rows = []
    for r in report.rows:
        item: dict = {key: r.key, "downloads": r.downloads, "listeners": r.listeners}
        if report.by == "episode" and titles and r.key in titles:
            item["title"] = titles[r.key]
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
        "out_of_range_requests": report.out_of_range,
        "methodology": methodology(report, language),
    }


def to_json(report: Report, language: str = "en", titles: dict[str, str] | None = None) -> str:
    return json.dumps(to_json_data(report, language, titles), ensure_ascii=False,
                      indent=2) + "\n"


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


def to_table(report: Report, language: str = "en",
             titles: dict[str, str] | None = None) -> str:
    w = _Words(report, language, titles)
    head = w[report.by] if report.by in w.ui else report.by.capitalize()
    names = [w.name(report.by, r.key) for r in report.rows]
    share = report.by in ("app", "device")
    width = max([len(head), len(w["total"])] + [len(n) for n in names])
    dl, ls = w["downloads"], w["listeners"]
    nw, lw = max(9, len(dl)), max(9, len(ls))
    lines = [f"{head:<{width}}  {dl:>{nw}}  {ls:>{lw}}" + (f"  {w['share']}" if share else "")]
    lines.append("-" * len(lines[0]))
    for name, r in zip(names, report.rows, strict=True):
        line = f"{name:<{width}}  {r.downloads:>{nw}}  {r.listeners:>{lw}}"
        if share:
            line += f"  {100 * _share(r, report.total_downloads):5.1f}%"
        lines.append(line)
    lines.append("-" * len(lines[0]))
    lines.append(f"{w['total']:<{width}}  {report.total_downloads:>{nw}}  "
                 f"{report.total_listeners:>{lw}}")
    lines.append("")
    lines.append(f"{w.top()} " + w["window_period"].format(window=w.window(),
                                                            period=w.period()))
    return "\n".join(lines) + "\n"


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
max-width:60rem;padding:1rem;color:#1b1b1b;line-height:1.5;overflow-wrap:break-word}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}
.lead{font-size:1.15rem}.muted{color:#555}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.card{border:1px solid #ccc;border-radius:.5rem;padding:.75rem 1rem;flex:1 1 8rem}
.card b{display:block;font-size:1.6rem}
.scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}
.scroll:focus{outline:2px solid #1f5f8b;outline-offset:2px}
table{border-collapse:collapse}th,td{padding:.25rem .75rem;text-align:left}
td.n,th.n{text-align:right;white-space:nowrap}tr:nth-child(even) td{background:#f4f4f4}
.bars{list-style:none;padding:0;margin:.5rem 0 1rem}.bars li{margin:.5rem 0}
.bar{display:flex;align-items:center;gap:.5rem}.track{flex:1 1 auto;min-width:0}
.fill{display:block;height:1rem;background:#1f5f8b;min-width:2px}
.value{white-space:nowrap;font-variant-numeric:tabular-nums}
.cols{display:flex;align-items:flex-end;gap:1px;height:10rem;border-bottom:1px solid #767676;
margin-top:.5rem}
.cols span{flex:1 1 0;min-width:1px;background:#1f5f8b}
.axis{display:flex;justify-content:space-between;gap:1rem;color:#555}
details{margin-bottom:1rem}summary{cursor:pointer}figure{margin:.5rem 0 1rem}
@media (max-width:30rem){th,td{padding:.25rem .4rem}}
"""


def _columns(rows: list[Row], w: _Words, caption: str) -> str:
    """Downloads over time as columns (one per row, in order), drawn with CSS: the text stays
    at its size on any screen. The numbers are in the table below it."""
    if not rows:
        return f"<p>{escape(w['no_data'])}</p>"
    peak = max(r.downloads for r in rows) or 1
    cols = "".join(f'<span style="height:{100 * r.downloads / peak:.1f}%" title="'
                   f'{escape(r.key)}: {r.downloads}"></span>' for r in rows)
    first, last = rows[0].key, rows[-1].key
    axis = f"<span>{escape(first)}</span>" + (f"<span>{escape(last)}</span>"
                                              if last != first else "")
    return (f'<figure><figcaption>{escape(caption)} ({escape(w["peak"].format(n=peak))})'
            f'</figcaption><div class="cols" aria-hidden="true">{cols}</div>'
            f'<div class="axis" aria-hidden="true">{axis}</div></figure>')


def _bars(rows: list[Row], w: _Words, by: str, caption: str, total: int | None = None) -> str:
    """Horizontal bars, one per row (largest first), with the label above each bar and the
    number (and share) beside it; drawn with CSS, so they fit a phone."""
    if not rows:
        return f"<p>{escape(w['no_data'])}</p>"
    peak = max(r.downloads for r in rows) or 1
    items = []
    for r in rows:
        value = str(r.downloads)
        if total:
            value += f" ({100 * r.downloads / total:.0f} %)"
        items.append(f'<li><span>{escape(w.name(by, r.key))}</span><span class="bar">'
                     f'<span class="track"><span class="fill" style="width:'
                     f'{100 * r.downloads / peak:.1f}%"></span></span>'
                     f'<span class="value">{escape(value)}</span></span></li>')
    return f'<ul class="bars" aria-label="{escape(caption)}">{"".join(items)}</ul>'


def _html_table(rows: list[Row], w: _Words, by: str, caption: str,
                total: int | None = None) -> str:
    """A table in a region of its own that scrolls sideways (and takes focus) when it is
    wider than the screen."""
    head = (f"<tr><th scope=col>{escape(w[by])}</th><th scope=col class=n>"
            f"{escape(w['downloads'])}</th><th scope=col class=n>{escape(w['listeners'])}</th>"
            + (f"<th scope=col class=n>{escape(w['share'])}</th>" if total else "") + "</tr>")
    body = []
    for r in rows:
        cells = (f"<td>{escape(w.name(by, r.key))}</td><td class=n>{r.downloads}</td>"
                 f"<td class=n>{r.listeners}</td>")
        if total:
            cells += f"<td class=n>{100 * r.downloads / total:.1f} %</td>"
        body.append(f"<tr>{cells}</tr>")
    label = escape(w["scroll"].format(what=caption))
    return (f'<div class="scroll" role="region" tabindex="0" aria-label="{label}">'
            f"<table>{head}{''.join(body)}</table></div>")


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


def to_html(report: Report, title: str | None = None, language: str = "en",
            titles: dict[str, str] | None = None) -> str:
    w = _Words(report, language, titles)
    title = title or default_title(None, language)
    total = report.total_downloads
    section_rows = ""
    if report.by not in ("episode", "day", "app", "device"):
        heading = w["by"].format(what=w[report.by].lower())
        section_rows = f"<h2>{escape(heading)}</h2>" + _html_table(report.rows, w, report.by,
                                                                  heading)
    excluded_list = "".join(
        f"<li>{escape(w.reason(reason))}: {escape(w.count('request', n))}</li>"
        for reason, n in sorted(report.excluded.items()))
    out_of_range = (f"<li>{escape(w['out_of_range'].format(n=report.out_of_range))}</li>"
                    if report.out_of_range else "")
    excluded = w.count("request", sum(report.excluded.values()))
    listened = sum(1 for r in report.by_episode if r.downloads)
    return f"""<!doctype html>
<html lang="{w.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<h1>{escape(title)}</h1>
<p class="muted">{escape(w["window_period"].format(window=w.window(), period=w.period()))}
{escape(w["generated"].format(when=report.generated_at))}</p>
<p class="lead">{w.top(html=True)}</p>
<div class="cards">
<div class="card"><b>{total}</b>{escape(w["card_downloads"])}</div>
<div class="card"><b>{report.total_listeners}</b>{escape(w["card_listeners"])}</div>
<div class="card"><b>{listened}</b>{escape(w["card_episodes"])}</div>
</div>

<h2>{escape(w["over_time"])}</h2>
{_columns(report.by_day, w, w["over_time"])}
<details><summary>{escape(w["per_day_table"])}</summary>
{_html_table(report.by_day, w, "day", w["per_day_table"])}</details>

<h2>{escape(w["per_episode"])}</h2>
{_bars(report.by_episode, w, "episode", w["per_episode"])}
{_html_table(report.by_episode, w, "episode", w["per_episode"])}

<h2>{escape(w["apps"])}</h2>
{_bars(report.by_app, w, "app", w["app_share"], total)}
<details><summary>{escape(w["apps_table"])}</summary>
{_html_table(report.by_app, w, "app", w["apps"], total)}</details>

<h2>{escape(w["devices"])}</h2>
{_html_table(report.by_device, w, "device", w["devices"], total)}
{section_rows}
<h2>{escape(w["left_out"])}</h2>
<ul>
{excluded_list or f"<li>{escape(w['no_excluded'])}</li>"}
<li>{escape(w["below"].format(n=report.below_threshold))}</li>
<li>{escape(w["unparsable"].format(n=report.unparsable_lines, lines=report.lines_read,
                                    files=report.files_ingested))}</li>
{out_of_range}
</ul>
<p class="muted">{escape(w["excluded_total"].format(n=excluded))}</p>

<h2>{escape(w["methodology"])}</h2>
{_methodology_html(methodology(report, language))}
</main>
</body>
</html>
"""


def render(report: Report, fmt: str, title: str | None = None, *, language: str = "en",
           titles: dict[str, str] | None = None) -> str:
    """The report as ``fmt`` (table, csv, json, html) in ``language`` ('sv' or 'en'; any
    other code gets Swedish, see :func:`ui_language`); ``titles`` maps episode slugs to the
    titles shown in the table and the page."""
    if fmt == "json":
        return to_json(report, language, titles)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "html":
        return to_html(report, title, language, titles)
    return to_table(report, language, titles)
