"""``podcast process`` (audio production, issue #4)."""

from __future__ import annotations

import click

from podcast.cli.common import command, unavailable


@command("process")
@click.argument("slugs", nargs=-1)
@click.option("--input", "input_path", type=click.Path(dir_okay=False), help="One raw file.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False), help="MP3 to write.")
def process_cmd(slugs: tuple[str, ...], input_path: str | None, output_path: str | None) -> None:
    """Make publishable MP3s from raw recordings."""
    unavailable("audio processing", "issue #4")


COMMANDS = [process_cmd]
