"""The ``podcast`` command line: thin click commands over the library.

Each command parses options, loads the show, calls one stage function and prints its result.
Errors from the :class:`~podcast.errors.PodcastError` hierarchy become one-line messages with
the error's exit code; ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import importlib
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


#: Which module of ``podcast.cli`` defines each command. A command's module is imported only
#: when that command runs (or help lists every command): ``podcast stats ingest`` need not load
#: the audio, site and transcription code first. A test checks this table against the modules.
COMMAND_MODULES = {
    "init": "show", "new": "show", "run": "show", "serve": "show", "doctor": "show",
    "themes": "themes", "redact": "themes",
    "process": "audio",
    "transcribe": "transcribe", "search": "transcribe", "ask": "transcribe",
    "review": "review",
    "build": "site",
    "publish": "publish",
    "stats": "stats",
    "docs": "manual",
}


class LazyGroup(PodcastGroup):
    """The top-level group: commands are loaded from their module on first use."""

    def __init__(self, *args, modules: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.modules = modules

    def _load(self, name: str) -> None:
        module = importlib.import_module(f"podcast.cli.{self.modules[name]}")
        for command in module.COMMANDS:
            self._loaded.setdefault(command.name, command)

    @property
    def commands(self) -> dict[str, click.Command]:
        """Every command (loads all their modules)."""
        for name in self.modules:
            if name not in self._loaded:
                self._load(name)
        return self._loaded

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._loaded = dict(value)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self._loaded and cmd_name in self.modules:
            self._load(cmd_name)
        return self._loaded.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self._loaded) | set(self.modules))


@click.group(cls=LazyGroup, modules=COMMAND_MODULES, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="podcast")
@common_options
def cli() -> None:
    """Kommunpodd: themes from contact logs, audio, transcripts, feed, site, publishing, stats."""


def main() -> None:
    try:
        cli(prog_name="podcast")
    finally:
        flush_stdout()  # here, not at interpreter exit, where a closed pipe would be noisy
        # The command has finished and said how; a Ctrl-C landing while Python shuts down
        # would only print a stray traceback from some cleanup callback, so it is ignored.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
