"""``podcast build`` (feed and site, issue #6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import click

from podcast.cli.common import command, get_options
from podcast.cli.flags import config_option
from podcast.cli.steps import run_and_report
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
@config_option("--strict", key="site.strict", is_flag=True)
@click.option("--now", "now_text", metavar="YYYY-MM-DD[THH:MM]",
              help="Build as if it were this day, YYYY-MM-DD, or moment, YYYY-MM-DDTHH:MM "
                   "(UTC); scheduled episodes appear when due.")
@click.option("--no-search", is_flag=True, help="Skip the Pagefind search index.")
@click.option("--base-url", metavar="URL",
              help="Publish at this address instead of show.base_url (local preview).")
def build_cmd(strict: bool | None, now_text: str | None, no_search: bool,
              base_url: str | None) -> None:
    """Build feed.xml and the static site (pages, media, transcripts, search)."""
    from podcast.config import merge_flags, with_section

    ws = get_options().workspace()
    # --strict is [site] strict; --no-search and --base-url (a preview) are no config keys
    config = with_section(ws.config, site=merge_flags(ws.config.site, strict=strict or None))
    options: dict[str, object] = {"search": False} if no_search else {}
    if base_url:
        options["base_url"] = base_url
    run_and_report(replace(ws, config=config), stages=["build"], now=_parse_now(now_text),
                   options={"build": options}, one_stage=True)


COMMANDS = [build_cmd]
