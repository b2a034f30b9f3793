"""``podcast build`` (feed and site, issue #6)."""

from __future__ import annotations

from podcast.cli.common import command, unavailable


@command("build")
def build_cmd() -> None:
    """Build feed.xml and the static site."""
    unavailable("feed and site", "issue #6")


COMMANDS = [build_cmd]
