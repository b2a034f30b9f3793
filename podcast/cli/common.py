"""Shared CLI plumbing: global options, logging, error → exit code, progress bars."""

from __future__ import annotations

import io
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import click

from podcast.errors import PodcastError
from podcast.workspace import Workspace

INTERNAL_ERROR_EXIT = 70


@dataclass
class Options:
    show: Path | None = None
    verbosity: int = 0  # -1 quiet, 0 normal, 1 verbose, 2 debug

    _workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.load(self.show) if self.show else Workspace.find()
        return self._workspace

    @property
    def quiet(self) -> bool:
        return self.verbosity < 0


def get_options(ctx: click.Context | None = None) -> Options:
    ctx = ctx or click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, Options):
        root.obj = Options()
    return root.obj


def _set_show(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        get_options(ctx).show = value


def _set_verbose(ctx: click.Context, param: click.Parameter, value: int) -> None:
    if value:
        opts = get_options(ctx)
        opts.verbosity = max(opts.verbosity, value)
        configure_logging(opts.verbosity)


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        opts = get_options(ctx)
        opts.verbosity = -1
        configure_logging(-1)


def common_options(f=None, *, show: bool = True):
    """--show, --verbose and --quiet, accepted by the group and by every command.

    ``show=False`` leaves out ``--show`` for commands that do not use a show (init, doctor).
    """
    if f is None:
        return lambda g: common_options(g, show=show)
    if show:
        f = click.option("--show", "show", type=click.Path(file_okay=False, path_type=Path),
                         callback=_set_show, expose_value=False, is_eager=True,
                         envvar="PODCAST_SHOW",
                         help="Show folder (default: the one containing the working "
                              "directory).")(f)
    f = click.option("-v", "--verbose", count=True, callback=_set_verbose, expose_value=False,
                     is_eager=True, help="More detail (-vv for debug output and tracebacks).")(f)
    f = click.option("-q", "--quiet", is_flag=True, callback=_set_quiet, expose_value=False,
                     is_eager=True, help="Only errors.")(f)
    return f


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.levelno >= logging.ERROR:
            return f"error: {message}"
        if record.levelno >= logging.WARNING:
            return f"warning: {message}"
        return message


def configure_logging(verbosity: int = 0) -> None:
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logger = logging.getLogger("podcast")
    for handler in list(logger.handlers):
        if getattr(handler, "_podcast_cli", False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler._podcast_cli = True  # type: ignore[attr-defined]
    handler.setFormatter(_Formatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def _one_line_usage(exc: click.UsageError) -> click.UsageError:
    """Make click print a usage error as one line (exit code 2 is kept), e.g.
    ``Error: Invalid value for '--top': 0 is not in the range 1<=x<=500. (see 'podcast
    themes --help')``.

    ``podcast`` with no arguments (help instead of an error) is left alone.
    """
    if isinstance(exc, click.exceptions.NoArgsIsHelpError) or getattr(exc, "_one_line", False):
        return exc

    def show(file=None) -> None:  # click's signature
        message = " ".join(exc.format_message().split())
        ctx = exc.ctx
        hint = ""
        if ctx is not None and ctx.command.get_help_option(ctx) is not None:
            option = max(ctx.command.get_help_option_names(ctx), key=len)
            hint = f" (see '{ctx.command_path} {option}')"
        click.echo(f"Error: {message}{hint}", file=file or sys.stderr,
                   color=ctx.color if ctx is not None else None)

    exc.show = show  # type: ignore[method-assign]
    exc._one_line = True  # type: ignore[attr-defined]
    return exc


class PodcastGroup(click.Group):
    """A click group that turns PodcastError (and surprises) into one-line errors, and
    click's usage errors (a bad option value, an unknown command) too."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:
            _one_line_usage(exc)
            raise

    def invoke(self, ctx: click.Context):
        if ctx.parent is None:
            configure_logging(get_options(ctx).verbosity)
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _one_line_usage(exc)
            raise
        except PodcastError as exc:
            if ctx.parent is not None:
                raise
            _report(ctx, f"Error: {exc}", exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            if ctx.parent is not None:
                raise
            _report(ctx, "Interrupted.", 130)
        except BrokenPipeError:
            if ctx.parent is not None:
                raise
            _reader_gone(ctx)
        except Exception as exc:  # last line of defence: no tracebacks for users
            if ctx.parent is not None:
                raise
            _report(ctx, f"Internal error: {type(exc).__name__}: {exc} "
                         "(run with -vv for details)", INTERNAL_ERROR_EXIT)


def stdout_to_devnull() -> None:
    """Point standard output at /dev/null (its reader is gone), so that what is still
    buffered can be flushed at exit without another BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):  # no real file (a test's buffer)
        pass


def flush_stdout() -> None:
    """Flush standard output; a reader that has gone (``podcast search … | head``) is no
    error."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_to_devnull()


def _reader_gone(ctx: click.Context) -> None:
    """Standard output was closed by its reader (``podcast search … | head``): the reader
    has what it wanted, so the command ends quietly with exit code 0."""
    stdout_to_devnull()
    ctx.exit(0)


def _report(ctx: click.Context, message: str, code: int) -> None:
    opts = get_options(ctx)
    if opts.verbosity >= 2:
        traceback.print_exc()
    click.echo(message.splitlines()[0] if message else "Error", err=True)
    if opts.verbosity >= 1 and "\n" in message:
        click.echo(message, err=True)
    ctx.exit(code)


def command(*args, show_option: bool = True, **kwargs):
    """``click.command`` plus the common options (``show_option=False``: without --show)."""
    def decorator(f):
        return click.command(*args, **kwargs)(common_options(f, show=show_option))
    return decorator


class ClickProgress:
    """A :class:`podcast.progress.Progress` drawn with click.progressbar on stderr."""

    def __init__(self, enabled: bool = True, labels: dict[str, str] | None = None) -> None:
        self.enabled = enabled
        self.labels = labels or {}  # a stage's label → the words shown (another language)
        self._bar = None
        self._carry = 0.0

    def start(self, total: float | None, label: str) -> None:
        self.finish()
        if not self.enabled:
            return
        label = self.labels.get(label, label)
        if not total or total <= 0:
            # Unknown length: a bar cannot be drawn; say what is happening instead.
            click.echo(f"{label} …", err=True)
            return
        self._bar = click.progressbar(length=int(total), label=label, file=sys.stderr,
                                      show_pos=True, show_eta=True,
                                      item_show_func=lambda info: info)
        self._bar.__enter__()

    def advance(self, amount: float = 1, *, info: str | None = None) -> None:
        if self._bar is not None:
            # click counts whole steps: carry the fractions so the bar does not undercount
            self._carry += amount
            whole = int(self._carry)
            self._carry -= whole
            self._bar.update(whole, current_item=info)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def progress_for(opts: Options, labels: dict[str, str] | None = None) -> ClickProgress:
    """The progress display of a command; ``labels`` translates the stages' labels."""
    return ClickProgress(enabled=not opts.quiet, labels=labels)


def echo(message: str = "", *, err: bool = False) -> None:
    """Print unless --quiet (results that a command exists to print use click.echo directly)."""
    if not get_options().quiet:
        click.echo(message, err=err)


