"""How every stage command reports: ``podcast run`` and the one-stage commands ``process``,
``transcribe`` and ``build`` all run :func:`podcast.pipeline.run_pipeline` and say what
happened the same way (one line per step that ran, one summary line)."""

from __future__ import annotations

import datetime as dt

import click

from podcast.cli.common import echo, get_options, progress_for
from podcast.errors import InputError
from podcast.pipeline import RunResult, Step, run_pipeline
from podcast.stages import STAGES
from podcast.workspace import Workspace


def _describe(step: Step) -> str:
    where = step.key if step.key != "show" else "(show)"
    return f"{step.stage:<11} {where:<32} {step.reason}"


def _check_named(ws: Workspace, slugs: list[str], stages: list[str]) -> None:
    """An episode named to a one-stage command that the stage does not work on is a mistake."""
    for stage in (s for s in STAGES if s.name in stages and s.per_episode):
        for episode in ws.select(slugs):
            if not stage.applies(ws, episode):
                raise InputError(f"'podcast {stage.name}' works on {stage.scope}",
                                 path=episode.path)


def run_and_report(ws: Workspace, *, slugs: list[str] | None = None,
                   stages: list[str] | None = None, dry_run: bool = False,
                   force: bool = False, now: dt.datetime | None = None,
                   options: dict[str, dict[str, object]] | None = None,
                   discard_edits: bool = False, one_stage: bool = False) -> RunResult:
    """Run the stages and print what happened. A failed ``podcast run`` exits 1 after
    reporting every failure; a one-stage command ends with its (first) error as
    ``Error: …`` and that error's exit code, like any other command."""
    opts = get_options()
    if one_stage and slugs:
        _check_named(ws, slugs, stages or [])

    def on_step(step: Step) -> None:
        if dry_run:
            label = {"skip": "skip", "blocked": "block"}.get(step.action, "run")
            if step.problems:
                label = "fail"
            click.echo(f"{label:<5} {_describe(step)}")
            for problem in step.problems:
                click.echo(f"      {problem}")
        elif step.action == "run":
            echo(f"→ {_describe(step)}", err=True)
        elif step.action == "blocked":
            echo(f"– {_describe(step)}", err=True)

    def on_done(step: Step) -> None:
        if step.outcome == "done":
            if step.made:
                echo(f"  {step.made}")
        elif not (one_stage and step.outcome == "failed"):  # each failure is reported once
            click.echo(f"  {step.outcome}: {step.error}", err=True)

    result = run_pipeline(ws, slugs=slugs, stages=stages, dry_run=dry_run, force=force,
                          now=now, progress=progress_for(opts), options=options,
                          discard_edits=discard_edits, on_step=on_step, on_done=on_done)
    if dry_run:
        n_run = sum(1 for s in result.steps if s.action == "run" and not s.problems)
        would_fail = result.would_fail
        click.echo(f"{n_run} step(s) would run, {len(result.skipped)} up to date"
                   + (f", {len(would_fail)} would fail" if would_fail else "") + ".")
        if would_fail:
            raise SystemExit(1)
        return result
    names = ", ".join(f"{s.stage} {s.key}" for s in result.failed)
    echo(f"{len(result.ran)} step(s) ran, {len(result.skipped)} up to date"
         + (f", {len(result.failed)} failed ({names})" if result.failed else "")
         + (f", {len(result.blocked)} not run after a failure" if result.blocked else "")
         + (f", {len(result.unavailable)} unavailable" if result.unavailable else "") + ".")
    feed = ws.site_dir / "feed.xml"
    if (stages is None or "build" in stages) and feed.is_file():
        echo(f"Feed: {feed.relative_to(ws.root) if feed.is_relative_to(ws.root) else feed}")
    if result.failed:
        if one_stage:
            for step in result.failed[1:]:
                click.echo(f"error: {step.error}", err=True)
            first = result.failed[0].exception
            assert first is not None
            raise first
        raise SystemExit(1)
    return result
