"""``podcast transcribe``, ``podcast search``, ``podcast ask`` (issue #5)."""

from __future__ import annotations

import click

from podcast.cli.common import command, unavailable


@command("transcribe")
@click.argument("slugs", nargs=-1)
def transcribe_cmd(slugs: tuple[str, ...]) -> None:
    """Transcribe episodes."""
    unavailable("transcription", "issue #5")


@command("search")
@click.argument("query")
def search_cmd(query: str) -> None:
    """Search transcripts."""
    unavailable("search", "issue #5")


COMMANDS = [transcribe_cmd, search_cmd]
