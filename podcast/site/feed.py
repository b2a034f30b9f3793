"""``feed.xml``: RSS 2.0 + iTunes + Podcasting 2.0, built with feedgen and our extension.

The output depends only on the inputs (no clock): ``lastBuildDate`` is the newest episode's
date, so the same show gives a byte-identical feed on every build.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator
from lxml.etree import CDATA

from podcast import __version__
from podcast.site.context import EpisodeView, ShowContext
from podcast.site.feedext import (
    FeedPerson,
    FeedTranscript,
    PodcastIndexEntryExtension,
    PodcastIndexExtension,
)
from podcast.site.textfiles import CHAPTERS_FILE

#: The XSLT stylesheet that shows the feed as a page in a browser (next to feed.xml).
FEED_STYLESHEET = "feed.xsl"
#: Its CSS fallback, for browsers that no longer run XSLT (they apply this one instead).
FEED_CSS = "feed.css"

#: Episode type in episode.md → itunes:episodeType.
EPISODE_TYPES = {"full": "full", "trailer": "trailer", "bonus": "bonus"}


def artwork_url(ctx: ShowContext) -> str:
    return ctx.ws.site_url + artwork_name(ctx)


def artwork_name(ctx: ShowContext) -> str:
    suffix = ctx.ws.artwork_path.suffix.lower()
    if suffix == ".jpeg":
        suffix = ".jpg"
    return "cover" + (suffix or ".jpg")


def _description_text(text: str) -> str:
    """The channel description as plain text (podcast apps show channel-level HTML tags
    literally); paragraphs stay apart with a blank line."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(paragraphs)


def _last_build(ctx: ShowContext) -> dt.datetime:
    if ctx.episodes:
        return ctx.episodes[0].date
    return dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _add_entry(fg: FeedGenerator, ctx: ShowContext, view: EpisodeView) -> None:
    ws = ctx.ws
    meta = view.meta
    page = ws.episode_url(view.slug)
    fe = fg.add_entry(order="append")
    fe.title(meta.title)
    fe.link(href=page)
    fe.guid(view.guid, permalink=False)
    fe.pubDate(view.date)
    fe.description(CDATA(view.feed_description))
    fe.content(view.feed_description, type="CDATA")  # content:encoded, the same HTML
    fe.enclosure(ws.media_url(view.slug), str(view.size_bytes), view.media.mime_type)
    fe.podcast.itunes_duration(str(int(round(view.duration))))
    fe.podcast.itunes_episode_type(EPISODE_TYPES[meta.type])
    if view.image_name:
        fe.podcast.itunes_image(page + view.image_name)
    if meta.number:  # itunes:episode/season must be positive integers
        fe.podcast.itunes_episode(meta.number)
    if meta.season:
        fe.podcast.itunes_season(meta.season)
    ext = fe.podcastindex
    if meta.explicit is not None:
        ext.explicit(meta.explicit)
    if meta.season is not None:
        ext.season(meta.season)
    if meta.number is not None:
        ext.episode(meta.number)
    for fmt, name, mime in view.transcript_files:
        if fmt == "txt":
            continue
        ext.transcript(FeedTranscript(url=page + name, type=mime,
                                      language=view.transcript_language,
                                      rel="captions" if fmt in ("vtt", "srt") else None))
    if view.chapters:
        ext.chapters(page + CHAPTERS_FILE)
    for p in view.persons:
        ext.person(FeedPerson(name=p.name, role=p.role, group=p.group, href=p.href, img=p.img))


def build_feed(ctx: ShowContext) -> bytes:
    """The feed document (UTF-8 bytes) for the published episodes in ``ctx``."""
    ws = ctx.ws
    show = ctx.show
    fg = FeedGenerator()
    fg.load_extension("podcast", rss=True, atom=False)
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension,
                          atom=False, rss=True)
    fg.title(show.title)
    fg.link(href=ws.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=ws.site_url, rel="alternate")  # the last link() call sets RSS <link>
    fg.description(_description_text(show.description))
    fg.language(show.language)
    fg.generator(f"Kommunpodd {__version__}")
    fg.docs("https://www.rssboard.org/rss-specification")
    fg.lastBuildDate(_last_build(ctx))
    fg.pubDate(_last_build(ctx))
    if show.copyright:
        fg.copyright(show.copyright)
    fg.image(url=artwork_url(ctx), title=show.title, link=ws.site_url)
    fg.podcast.itunes_author(show.author)
    fg.podcast.itunes_owner(name=show.owner_name or show.author, email=show.owner_email)
    fg.podcast.itunes_image(artwork_url(ctx))
    fg.podcast.itunes_category(show.category, show.subcategory)
    fg.podcast.itunes_type(show.type)
    fg.podcast.itunes_summary(" ".join(show.description.split()))
    ext = fg.podcastindex
    ext.explicit(show.explicit)
    ext.guid(ctx.guid)
    ext.locked(show.locked, owner=show.owner_email)
    for host in show.hosts:
        ext.person(FeedPerson(name=host.name, role=host.role or "host", href=host.href,
                              img=host.img))
    for view in ctx.episodes:
        _add_entry(fg, ctx, view)
    xml = fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    declaration, _, rest = xml.partition(b"\n")
    stylesheet = (f'<?xml-stylesheet type="text/xsl" href="{FEED_STYLESHEET}"?>\n'
                  f'<?xml-stylesheet type="text/css" href="{FEED_CSS}"?>').encode()
    return declaration + b"\n" + stylesheet + b"\n" + rest
