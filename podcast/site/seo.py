"""Structured data (schema.org JSON-LD), sitemap.xml and robots.txt."""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from podcast.site.context import EpisodeView, ShowContext


def iso_duration(seconds: float) -> str:
    """Seconds → ISO 8601 duration (PT1H2M3S)."""
    total = int(round(seconds))
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    out = "PT"
    if h:
        out += f"{h}H"
    if m:
        out += f"{m}M"
    if s or out == "PT":
        out += f"{s}S"
    return out


def script_json(data: object, *, indent: int | None = None) -> str:
    """JSON to put inside a ``<script type="application/...json">`` element: ``<``, ``>``
    and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (the same value for a JSON parser),
    so no ``</script>`` or ``<!--`` in a title can end or swallow the element."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _dump(data: dict) -> str:
    return script_json(data, indent=1)


def series_jsonld(ctx: ShowContext, artwork_url: str) -> str:
    show = ctx.show
    data = {
        "@context": "https://schema.org",
        "@type": "PodcastSeries",
        "name": show.title,
        "description": " ".join(show.description.split()),
        "url": ctx.ws.site_url,
        "webFeed": ctx.ws.feed_url,
        "image": artwork_url,
        "inLanguage": show.language,
        "author": {"@type": "Organization", "name": show.author},
    }
    return _dump(data)


def episode_jsonld(ctx: ShowContext, view: EpisodeView) -> str:
    ws = ctx.ws
    data: dict = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": view.title,
        "url": ws.episode_url(view.slug),
        "datePublished": view.date.date().isoformat(),
        "description": view.summary,
        "inLanguage": ctx.show.language,
        "timeRequired": iso_duration(view.duration),
        "associatedMedia": {
            "@type": "AudioObject",
            "contentUrl": ws.media_url(view.slug),
            "encodingFormat": view.media.mime_type,
            "duration": iso_duration(view.duration),
            "contentSize": str(view.size_bytes),
        },
        "partOfSeries": {"@type": "PodcastSeries", "name": ctx.show.title,
                         "url": ws.site_url},
    }
    if view.meta.number is not None:
        data["episodeNumber"] = view.meta.number
    if view.meta.season is not None:
        data["partOfSeason"] = {"@type": "PodcastSeason", "seasonNumber": view.meta.season}
    return _dump(data)


def sitemap_xml(entries: list[tuple[str, str | None]]) -> str:
    """(absolute URL, lastmod date or None) → sitemap.xml text."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in entries:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(loc)}</loc>")
        if lastmod:
            lines.append(f"    <lastmod>{lastmod}</lastmod>")
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n"
