"""The runner: every stage, for every episode whose inputs or outputs changed.

``podcast run`` runs every stage; ``podcast process``, ``transcribe`` and ``build`` run one.
The runner alone decides what to skip: a step runs when it never finished, when the
fingerprint of its declared inputs (files, config keys, data, options — see
:mod:`podcast.stage`) differs from the one recorded when it last finished, when an output is
missing, or when an output's content differs from what the step wrote (derived files are never
trusted). Steps are recorded one by one as they finish, so an interrupted run resumes where it
stopped. When a step fails, the later stages of that episode are not run.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import PodcastError, StageUnavailable
from podcast.progress import Progress
from podcast.stage import Stage, StageContext, StageResult, config_inputs, shown
from podcast.stages import STAGES
from podcast.state import State, hash_json
from podcast.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class Step:
    stage: str
    key: str  # episode slug, or "show" for show-wide stages
    action: str  # "run", "skip", or "blocked" (an earlier stage failed for this episode)
    reason: str
    outcome: str | None = None  # "done", "failed", "unavailable" once executed
    error: str | None = None
    #: In a dry run: why the step would fail (a missing recording, a placeholder).
    problems: list[str] = field(default_factory=list)
    result: StageResult | None = None  # what a finished step made
    exception: PodcastError | None = None  # why it failed

    @property
    def made(self) -> str:
        """What a finished step made, one line (loudness, transcript, feed)."""
        return self.result.detail if self.result else ""


@dataclass
class RunResult:
    steps: list[Step] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ran(self) -> list[Step]:
        return [s for s in self.steps if s.outcome == "done"]

    @property
    def failed(self) -> list[Step]:
        return [s for s in self.steps if s.outcome == "failed"]

    @property
    def unavailable(self) -> list[Step]:
        return [s for s in self.steps if s.outcome == "unavailable"]

    @property
    def skipped(self) -> list[Step]:
        return [s for s in self.steps if s.action == "skip"]

    @property
    def blocked(self) -> list[Step]:
        return [s for s in self.steps if s.action == "blocked"]

    @property
    def would_fail(self) -> list[Step]:
        """Dry run: steps that would run but whose inputs are missing or invalid."""
        return [s for s in self.steps if s.action == "run" and s.problems]


def fingerprint(stage: Stage, ws: Workspace, ep: Episode | None, state: State,
                now: dt.datetime, options: dict[str, object] | None = None) -> str:
    """The hash of everything ``stage`` declares as its inputs for one step."""
    files = stage.files(ws, ep)
    return hash_json({
        "files": [[shown(ws, p), state.file_hash(p) if p.is_file() else "missing"]
                  for p in files],
        "config": config_inputs(ws.config, stage.reads),
        "data": stage.data(ws, ep, now),
        "options": options or {},
    })


def _output_hashes(stage: Stage, ws: Workspace, ep: Episode | None,
                   state: State) -> dict[str, str]:
    return {shown(ws, p): state.file_hash(p) for p in stage.outputs(ws, ep) if p.is_file()}


def _decide(stage: Stage, ws: Workspace, ep: Episode | None, state: State,
            now: dt.datetime, key: str, force: bool, upstream_changed: bool,
            options: dict[str, object]) -> tuple[str, str, str | None]:
    """(action, reason, fingerprint)."""
    fp = _safe_fingerprint(stage, ws, ep, state, now, options)
    if force:
        return "run", "forced", fp
    recorded = state.fingerprint(stage.name, key)
    if recorded is None:
        return "run", "never run", fp
    missing = [p for p in stage.outputs(ws, ep) if not p.exists()]
    if missing:
        return "run", f"output missing: {missing[0].name}", fp
    written = state.recorded_outputs(stage.name, key)
    now_there = _output_hashes(stage, ws, ep, state)
    changed = [name for name, digest in written.items() if now_there.get(name) != digest]
    if changed:
        return "run", f"output changed: {Path(changed[0]).name}", fp
    if upstream_changed:
        return "run", "an earlier stage changed", fp
    if fp != recorded:
        return "run", "inputs changed", fp
    return "skip", "up to date", fp


def _safe_fingerprint(stage: Stage, ws: Workspace, ep: Episode | None, state: State,
                      now: dt.datetime, options: dict[str, object]) -> str | None:
    try:
        return fingerprint(stage, ws, ep, state, now, options)
    except OSError as exc:
        # A missing input: the stage itself reports it properly when it runs.
        log.debug("fingerprint of %s failed: %s", stage.name, exc)
        return None


def run_pipeline(ws: Workspace, *, slugs: list[str] | None = None, stages: list[str] | None = None,
                 dry_run: bool = False, force: bool = False, now: dt.datetime | None = None,
                 progress: Progress | None = None,
                 options: dict[str, dict[str, object]] | None = None,
                 discard_edits: bool = False,
                 on_step: Callable[[Step], None] | None = None,
                 on_done: Callable[[Step], None] | None = None) -> RunResult:
    """Run (or with ``dry_run`` only plan) the pipeline. Returns what happened per step.

    ``options`` gives a stage (by name) the command-line choices that are no config key; they
    count as inputs. ``force`` runs every step; ``discard_edits`` also lets the stages replace
    what they would keep (``podcast transcribe --force``: a hand-edited transcript).

    ``on_step`` is called as each step is decided (before it runs), ``on_done`` when it has
    finished, failed or was unavailable. A failure is logged only at debug level: the caller
    reports it (once) from the step. When a stage fails for an episode its later stages are
    ``blocked`` for that episode; show-wide stages still run for the others.
    """
    now = now or dt.datetime.now(dt.UTC)
    episodes = ws.select(slugs)
    selected = [s for s in STAGES if stages is None or s.name in stages]
    result = RunResult(dry_run=dry_run)
    changed_keys: set[str] = set()
    any_changed = False
    failed_keys: set[str] = set()  # episodes whose earlier stage failed in this run
    with State(ws.state_path) as state:
        for stage in selected:
            targets: list[tuple[str, Episode | None]] = \
                [(e.slug, e) for e in episodes if stage.applies(ws, e)] \
                if stage.per_episode else [("show", None)]
            stage_options = (options or {}).get(stage.name, {})
            for key, ep in targets:
                if stage.per_episode and key in failed_keys:
                    # Never fall back to the raw recording: the failure is reported once,
                    # at the stage that failed.
                    step = Step(stage.name, key, "blocked", "an earlier stage failed")
                    result.steps.append(step)
                    if on_step:
                        on_step(step)
                    continue
                # In a dry run later stages cannot see new outputs yet: assume they change.
                upstream = dry_run and ((key in changed_keys) if stage.per_episode
                                        else any_changed)
                action, reason, fp = _decide(stage, ws, ep, state, now, key, force, upstream,
                                             stage_options)
                step = Step(stage.name, key, action, reason)
                result.steps.append(step)
                if action == "run" and dry_run:
                    step.problems = stage.check(ws, ep, now, stage_options)
                if action == "skip" or dry_run:
                    if action == "run":
                        changed_keys.add(key)
                        any_changed = True
                        if step.problems:
                            failed_keys.add(key)
                    if on_step:
                        on_step(step)
                    continue
                if on_step:
                    on_step(step)
                log.info("%s %s: %s", stage.name, key, reason)
                context = StageContext(ws, ep, now, progress=progress,
                                       discard_edits=discard_edits,
                                       options=stage_options)
                try:
                    made = stage.run(context)
                except StageUnavailable as exc:
                    step.outcome, step.error = "unavailable", str(exc)
                    log.debug("%s %s unavailable: %s", stage.name, key, exc)
                    _finished(step, on_done)
                    continue
                except PodcastError as exc:
                    step.outcome, step.error, step.exception = "failed", str(exc), exc
                    log.debug("%s %s failed: %s", stage.name, key, exc)
                    failed_keys.add(key)
                    _finished(step, on_done)
                    continue
                # Record the fingerprint of the inputs as they are now (after the stage ran:
                # e.g. a stage may write files the fingerprint covers).
                final = _safe_fingerprint(stage, ws, ep, state, now, stage_options) or fp
                if final is not None:
                    state.record_outputs(stage.name, key, _output_hashes(stage, ws, ep, state))
                    state.record(stage.name, key, final)
                step.outcome = "done"
                step.result = made
                changed_keys.add(key)
                any_changed = True
                _finished(step, on_done)
    return result


def _finished(step: Step, on_done: Callable[[Step], None] | None) -> None:
    if on_done:
        on_done(step)
