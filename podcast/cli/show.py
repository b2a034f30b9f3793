"""Show-level commands: init, new, run, serve, doctor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from click.core import ParameterSource

from podcast.cli.common import command, echo, get_options
from podcast.cli.steps import run_and_report
from podcast.stages import stage_names


@command("init", epilog="\b\nExample:\n  podcast init minpodd --title 'Kommunpodden'")
@click.argument("directory", required=False)
@click.option("--title", default="Kommunpodden", show_default=True, help="Show title.")
@click.option("--author", default="Kommunen", show_default=True, help="Author/publisher.")
def init_cmd(directory: str | None, title: str, author: str) -> None:
    """Create a show folder: podcast.toml, episodes/, templates/, cover.jpg.

    The folder is DIRECTORY, else --show DIR, else the working directory.
    """
    from podcast.scaffold import init_show

    ctx = click.get_current_context()
    show = get_options().show
    from_command_line = ParameterSource.COMMANDLINE in (
        ctx.find_root().get_parameter_source("show"), ctx.get_parameter_source("show"))
    if directory is not None and not directory.strip():
        raise click.BadParameter("the folder name is empty", param_hint="'DIRECTORY'")
    if directory is not None and show is not None and from_command_line \
            and Path(directory).resolve() != Path(show).resolve():
        raise click.UsageError(f"two folders given: DIRECTORY {directory!r} and --show {show}; "
                               "give one")
    if directory is None:
        directory = str(show) if show is not None and from_command_line else "."
    result = init_show(Path(directory), title=title, author=author)
    for path in result.created:
        echo(f"created  {path}")
    for path in result.existing:
        echo(f"kept     {path} (exists)")
    echo(f"Next: edit {result.root / 'podcast.toml'}, then 'podcast new \"Titel\"'.")


@command("new", epilog="\b\nExample:\n  podcast new 'Snöröjning på vintern' --recording rå.wav")
@click.argument("title")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publication day, YYYY-MM-DD (default: today).")
@click.option("--slug", help="Folder/URL name (default: made from the title).")
@click.option("--number", type=int, help="Episode number (default: next).")
@click.option("--recording", "recordings", multiple=True,
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Raw recording to copy into the episode folder (repeatable).")
def new_cmd(title: str, date: dt.datetime | None, slug: str | None, number: int | None,
            recordings: tuple[Path, ...]) -> None:
    """Create episodes/<slug>/episode.md for a new episode."""
    from podcast.scaffold import new_episode

    ws = get_options().workspace()
    result = new_episode(ws, title, date=date.date() if date else None, slug=slug, number=number,
                         recordings=list(recordings))
    click.echo(str(result.path))


@command("run", epilog="\b\nExamples:\n  podcast run\n  podcast run --dry-run\n"
                      "  podcast run snorojning --stage process")
@click.argument("slugs", nargs=-1)
@click.option("--dry-run", is_flag=True, help="Only show what would run.")
@click.option("--force", is_flag=True, help="Run every step even if nothing changed.")
@click.option("--stage", "stages", multiple=True, type=click.Choice(stage_names()),
              help="Only these stages (repeatable).")
@click.option("--now", type=click.DateTime(), hidden=True,
              help="Pretend the time is this (UTC), for scheduled episodes.")
def run_cmd(slugs: tuple[str, ...], dry_run: bool, force: bool, stages: tuple[str, ...],
            now: dt.datetime | None) -> None:
    """Run every stage for every episode whose inputs changed (resumable)."""
    run_and_report(get_options().workspace(), slugs=list(slugs) or None,
                   stages=list(stages) or None, dry_run=dry_run, force=force,
                   now=now.replace(tzinfo=dt.UTC) if now else None)


@command("serve", epilog="""\b
Examples:
  podcast serve                     # http://127.0.0.1:8000/, this computer only
  podcast serve --port 8080
  podcast serve --host 0.0.0.0      # reachable from the network (a phone on the same wifi)
\b
The feed and pages are served with the server's own address instead of show.base_url,
so a podcast app can subscribe to http://127.0.0.1:8000/feed.xml and download from it.
""")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port to listen on (0 = any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1/localhost is reachable "
                   "from the network.")
@click.option("--directory", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to serve (default: the show's built site).")
@click.option("--production-urls", is_flag=True,
              help="Serve files as built, with show.base_url in feed and pages.")
def serve_cmd(port: int, host: str, directory: Path | None, production_urls: bool) -> None:
    """Preview the built site locally (Range for seeking, CORS, preview addresses)."""
    import logging

    from podcast.errors import PodcastError
    from podcast.serve import is_loopback, make_server

    public_url, language = None, "sv"
    try:
        ws = get_options().workspace()
        public_url, language = ws.config.show.site_url, ws.config.show.language
    except PodcastError:
        if directory is None:
            raise
    if directory is None:
        directory = ws.site_dir
    server = make_server(directory, host, port,
                         public_url=None if production_urls else public_url, language=language)
    if not is_loopback(host):
        logging.getLogger("podcast.serve").warning(
            "listening on %s: the preview is reachable from the network, not only from "
            "this computer", host)
    url = server.url
    click.echo(f"Serving {directory} at {url} (Ctrl-C stops)")
    if public_url and not production_urls:
        click.echo(f"Feed: {url}feed.xml (addresses {public_url} shown as the server's own)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@command("doctor", show_option=False, epilog="\b\nExample:\n  podcast doctor")
def doctor_cmd() -> None:
    """Show which ffmpeg, models and optional parts this installation uses."""
    from podcast.doctor import checks

    for name, ok, detail in checks():
        click.echo(f"{'ok ' if ok else '-- '} {name:<22} {detail}")


COMMANDS = [init_cmd, new_cmd, run_cmd, serve_cmd, doctor_cmd]
