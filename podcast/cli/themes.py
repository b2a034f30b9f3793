"""``podcast themes`` and ``podcast redact`` (issue #3)."""

from __future__ import annotations

import click

from podcast.cli.common import command, unavailable


@command("themes")
@click.argument("logs", nargs=-1)
def themes_cmd(logs: tuple[str, ...]) -> None:
    """Find the themes citizens ask about most."""
    unavailable("themes", "issue #3")


@command("redact")
@click.argument("log")
def redact_cmd(log: str) -> None:
    """Write a copy of a contact log with personal data replaced."""
    unavailable("redaction", "issue #3")


COMMANDS = [themes_cmd, redact_cmd]
