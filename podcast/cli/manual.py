"""``podcast docs``: preview or build the user manual (MkDocs, issue #17)."""

from __future__ import annotations

from pathlib import Path

import click

from podcast.cli.common import command, echo

EPILOG = """\b
Examples:
  podcast docs                      # preview on http://127.0.0.1:8001/ (live reload)
  podcast docs --port 8100
  podcast docs --build /tmp/manual  # static HTML to copy anywhere
\b
Needs MkDocs: pip install 'kommunpodd[docs]' (scripts/setup --test installs it).
"""


@command("docs", show_option=False, epilog=EPILOG)
@click.option("--build", "build_dir", metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Build the manual as static HTML into DIR instead of serving it.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address the preview listens on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535),
              help="Port of the preview (podcast serve uses 8000).")
@click.option("--config-file", "config", type=click.Path(dir_okay=False, exists=True,
                                                          path_type=Path),
              help="mkdocs.yml to use (default: found from the working directory, else the "
                   "source checkout).")
def docs_cmd(build_dir: Path | None, host: str, port: int, config: Path | None) -> None:
    """Preview the user manual in a browser, or build it into a folder."""
    from podcast.manual import build_manual, find_config, serve_manual

    config = config or find_config()
    if build_dir is not None:
        index = build_manual(build_dir, config=config)
        echo(f"Built the manual into {build_dir} (open {index}).")
        return
    echo(f"Serving the manual from {config.parent / 'docs'} at http://{host}:{port}/ "
         "(Ctrl-C stops)")
    serve_manual(host=host, port=port, config=config)


COMMANDS = [docs_cmd]
