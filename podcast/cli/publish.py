"""``podcast publish`` (issue #7)."""

from __future__ import annotations

from podcast.cli.common import command, unavailable


@command("publish")
def publish_cmd() -> None:
    """Upload the built site and media to S3-compatible storage."""
    unavailable("publishing", "issue #7")


COMMANDS = [publish_cmd]
