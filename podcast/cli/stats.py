"""``podcast stats ingest|report`` (issue #8)."""

from __future__ import annotations

import click

from podcast.cli.common import PodcastGroup, command, common_options, unavailable


@click.group("stats", cls=PodcastGroup)
@common_options
def stats_group() -> None:
    """Count listens from media-server access logs (IAB rules)."""


@stats_group.command("ingest")
def ingest_cmd() -> None:
    """Read access logs."""
    unavailable("listen statistics", "issue #8")


COMMANDS = [stats_group]
__all__ = ["command"]
