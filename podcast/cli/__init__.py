"""The ``podcast`` command line: thin click commands over the library.

Each command parses options, loads the show, calls one stage function and prints its result.
Errors from the :class:`~podcast.errors.PodcastError` hierarchy become one-line messages with
the error's exit code; ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import signal

import click

from podcast import __version__
from podcast.cli.common import PodcastGroup, common_options, flush_stdout

EPILOG = """\b
Examples:
  podcast init minpodd && cd minpodd
  podcast new "Snöröjning på vintern"
  podcast run
  podcast serve
  podcast docs          # the manual, with a guide per role
"""


@click.group(cls=PodcastGroup, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="podcast")
@common_options
def cli() -> None:
    """Kommunpodd: themes from contact logs, audio, transcripts, feed, site, publishing, stats."""


def _register() -> None:
    from podcast.cli import audio, manual, publish, review, show, site, stats, themes, transcribe

    for module in (show, themes, audio, transcribe, review, site, publish, stats, manual):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    try:
        cli(prog_name="podcast")
    finally:
        flush_stdout()  # here, not at interpreter exit, where a closed pipe would be noisy
        # The command has finished and said how; a Ctrl-C landing while Python shuts down
        # would only print a stray traceback from some cleanup callback, so it is ignored.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
