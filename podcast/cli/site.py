"""``podcast build`` (feed and site, issue #6)."""

from __future__ import annotations

import datetime as dt

import click

from podcast.cli.common import command, echo, get_options, progress_for
from podcast.errors import InputError


def _parse_now(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        now = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"expected a date/time like 2026-03-01T08:00, got {value!r}",
                         where="--now") from None
    return now if now.tzinfo else now.replace(tzinfo=dt.UTC)


@command("build", epilog="""\b
Examples:
  podcast build
  podcast build --strict            # fail when a published episode has no transcript
  podcast build --now 2026-03-01    # preview what is published on that date
  podcast build --base-url http://127.0.0.1:8000/ && podcast serve --port 8000
                                    # try the feed in a podcast app on this computer
""")
@click.option("--strict", is_flag=True,
              help="Fail (instead of warn) when a published episode has no transcript.")
@click.option("--now", "now_text", metavar="YYYY-MM-DD[THH:MM]",
              help="Build as if it were this day, YYYY-MM-DD, or moment, YYYY-MM-DDTHH:MM "
                   "(UTC); scheduled episodes appear when due.")
@click.option("--no-search", is_flag=True, help="Skip the Pagefind search index.")
@click.option("--base-url", metavar="URL",
              help="Publish at this address instead of show.base_url (local preview).")
def build_cmd(strict: bool, now_text: str | None, no_search: bool,
              base_url: str | None) -> None:
    """Build feed.xml and the static site (pages, media, transcripts, search)."""
    from podcast.site import build_site

    opts = get_options()
    ws = opts.workspace()
    result = build_site(ws, now=_parse_now(now_text), strict=strict,
                        progress=progress_for(opts), search=not no_search, base_url=base_url)
    for slug in result.scheduled:
        echo(f"scheduled (not yet published): {slug}")
    changed = len(result.written) + len(result.removed)
    echo(f"Built {len(result.published)} episode(s) into {result.site_dir} "
         f"({changed} file(s) changed, {result.unchanged} unchanged"
         f"{', search index updated' if result.search_indexed else ''}) "
         f"in {result.seconds:.2f} s")
    echo(f"Feed: {result.feed_path}")


COMMANDS = [build_cmd]
