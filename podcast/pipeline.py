"""``podcast run``: every stage, for every episode whose inputs changed.

A step runs when it has never finished, when its input fingerprint differs from the one
recorded when it last finished, or when one of its outputs is missing. Steps are recorded
one by one as they finish, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from podcast.errors import PodcastError, StageUnavailable
from podcast.progress import Progress
from podcast.stages import STAGES, Stage
from podcast.state import State
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
    made: str = ""  # what a finished step made, one line (loudness, transcript, feed)
    #: In a dry run: why the step would fail (a missing recording, a placeholder).
    problems: list[str] = field(default_factory=list)


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


def _decide(stage: Stage, ws: Workspace, ep, state: State, now: dt.datetime, key: str,
            force: bool, upstream_changed: bool) -> tuple[str, str, str | None]:
    """(action, reason, fingerprint)."""
    fingerprint = _safe_fingerprint(stage, ws, ep, state, now)
    if force:
        return "run", "forced", fingerprint
    recorded = state.fingerprint(stage.name, key)
    if recorded is None:
        return "run", "never run", fingerprint
    missing = [p for p in stage.outputs(ws, ep) if not p.exists()]
    if missing:
        return "run", f"output missing: {missing[0].name}", fingerprint
    if upstream_changed:
        return "run", "an earlier stage changed", fingerprint
    if fingerprint != recorded:
        return "run", "inputs changed", fingerprint
    return "skip", "up to date", fingerprint


def _safe_fingerprint(stage: Stage, ws: Workspace, ep, state: State,
                      now: dt.datetime) -> str | None:
    try:
        return stage.fingerprint(ws, ep, state, now)
    except OSError as exc:
        # A missing input: the stage itself reports it properly when it runs.
        log.debug("fingerprint of %s failed: %s", stage.name, exc)
        return None


def run_pipeline(ws: Workspace, *, slugs: list[str] | None = None, stages: list[str] | None = None,
                 dry_run: bool = False, force: bool = False, now: dt.datetime | None = None,
                 progress: Progress | None = None,
                 on_step: Callable[[Step], None] | None = None,
                 on_done: Callable[[Step], None] | None = None) -> RunResult:
    """Run (or with ``dry_run`` only plan) the pipeline. Returns what happened per step.

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
            targets = [(e.slug, e) for e in episodes if stage.applies(ws, e)] \
                if stage.per_episode else [("show", None)]
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
                action, reason, fingerprint = _decide(stage, ws, ep, state, now, key, force,
                                                      upstream)
                step = Step(stage.name, key, action, reason)
                result.steps.append(step)
                if action == "run":
                    step.problems = stage.check(ws, ep, now)
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
                try:
                    if step.problems:
                        raise PodcastError("; ".join(step.problems))
                    made = stage.execute(ws, ep, progress, now)
                except StageUnavailable as exc:
                    step.outcome, step.error = "unavailable", str(exc)
                    log.debug("%s %s unavailable: %s", stage.name, key, exc)
                    _finished(step, on_done)
                    continue
                except PodcastError as exc:
                    step.outcome, step.error = "failed", str(exc)
                    log.debug("%s %s failed: %s", stage.name, key, exc)
                    failed_keys.add(key)
                    _finished(step, on_done)
                    continue
                # Record the fingerprint of the inputs as they are now (after the stage ran:
                # e.g. a stage may write files the fingerprint covers).
                final = _safe_fingerprint(stage, ws, ep, state, now) or fingerprint
                if final is not None:
                    state.record(stage.name, key, final)
                step.outcome = "done"
                step.made = stage.summary(ws, made)
                changed_keys.add(key)
                any_changed = True
                _finished(step, on_done)
    return result


def _finished(step: Step, on_done: Callable[[Step], None] | None) -> None:
    if on_done:
        on_done(step)
