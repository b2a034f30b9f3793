"""`podcast run` incrementality, resumability and dry-run, with recording test stages.

The real stages are exercised by their own tests and by tests/test_demo.py; here the stage
functions are small real ones that copy inputs to outputs, so the orchestration is tested alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from podcast import stages as stages_module
from podcast.errors import AudioError
from podcast.pipeline import run_pipeline
from podcast.stage import Stage, StageContext, StageResult
from podcast.workspace import Workspace

ALL_KEYS = ("show.*", "audio.*", "transcription.*", "storage.*", "contacts.*", "site.*",
            "stats.*")


@pytest.fixture
def calls(monkeypatch):
    """Replace the stage list with file-copying stages that record what ran."""
    log: list[tuple[str, str]] = []
    fail: set[str] = set()

    def process_files(ws, ep):
        return [*ep.recording_paths, ep.path]

    def process_out(ws, ep):
        return [ws.processed_audio_path(ep.slug)]

    def process_run(ctx: StageContext) -> StageResult:
        ws, ep = ctx.ws, ctx.episode
        if ep.slug in fail:
            raise AudioError("broken recording", path=ep.recording_paths[0])
        log.append(("process", ep.slug))
        out = ws.processed_audio_path(ep.slug)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(b"".join(p.read_bytes()[:100] for p in ep.recording_paths))
        return StageResult("made", [out])

    def build_files(ws, ep):
        return sorted(ws.audio_dir.glob("*.mp3"))

    def build_out(ws, ep):
        return [ws.site_dir / "index.html"]

    def build_run(ctx: StageContext) -> StageResult:
        log.append(("build", "show"))
        ctx.ws.site_dir.mkdir(parents=True, exist_ok=True)
        (ctx.ws.site_dir / "index.html").write_text("ok")
        return StageResult("made", [ctx.ws.site_dir / "index.html"])

    monkeypatch.setattr(stages_module, "STAGES", [
        Stage("process", "", True, (), ALL_KEYS, process_out, process_run,
              applies=lambda ws, ep: bool(ep.meta.recordings), files=process_files),
        Stage("build", "", False, (), ALL_KEYS, build_out, build_run, files=build_files),
    ])
    import podcast.pipeline as pipeline_module
    monkeypatch.setattr(pipeline_module, "STAGES", stages_module.STAGES)
    return log, fail


def test_second_run_does_nothing(demo_show, calls):
    log, _ = calls
    ws = Workspace.load(demo_show)
    first = run_pipeline(ws)
    assert len(first.ran) == 4 and not first.failed
    log.clear()
    second = run_pipeline(Workspace.load(demo_show))
    assert log == []
    assert len(second.skipped) == 4


def test_touching_one_episode_reruns_only_that_episode(demo_show, calls):
    log, _ = calls
    run_pipeline(Workspace.load(demo_show))
    log.clear()
    md = demo_show / "episodes" / "bygglov-och-attefallshus" / "episode.md"
    md.write_text(md.read_text() + "\nEn rad till.\n")
    run_pipeline(Workspace.load(demo_show))
    assert log == [("process", "bygglov-och-attefallshus")]  # build inputs unchanged bytes


def test_changed_recording_reruns_episode_and_build(demo_show, calls):
    log, _ = calls
    run_pipeline(Workspace.load(demo_show))
    log.clear()
    rec = demo_show / "episodes" / "snorojning-pa-vintern" / "inspelning.m4a"
    rec.write_bytes(b"X" + rec.read_bytes())
    run_pipeline(Workspace.load(demo_show))
    assert log == [("process", "snorojning-pa-vintern"), ("build", "show")]


def test_touch_without_change_does_not_rerun(demo_show, calls):
    log, _ = calls
    run_pipeline(Workspace.load(demo_show))
    log.clear()
    rec = demo_show / "episodes" / "snorojning-pa-vintern" / "inspelning.m4a"
    os.utime(rec, (1e9, 1e9))  # new mtime, same content
    run_pipeline(Workspace.load(demo_show))
    assert log == []


def test_deleted_output_is_remade(demo_show, calls):
    log, _ = calls
    ws = Workspace.load(demo_show)
    run_pipeline(ws)
    log.clear()
    ws.processed_audio_path("sophamtning-och-atervinning").unlink()
    result = run_pipeline(Workspace.load(demo_show))
    assert ("process", "sophamtning-och-atervinning") in log
    assert any(s.reason.startswith("output missing") for s in result.steps)


def test_failure_is_reported_and_resumes(demo_show, calls):
    log, fail = calls
    fail.add("bygglov-och-attefallshus")
    result = run_pipeline(Workspace.load(demo_show))
    (failed,) = result.failed
    assert failed.key == "bygglov-och-attefallshus"
    assert "inspelning.mp3: broken recording" in failed.error
    # the other episodes finished and are recorded; a re-run only retries the failed one
    fail.clear()
    log.clear()
    run_pipeline(Workspace.load(demo_show))
    assert log == [("process", "bygglov-och-attefallshus"), ("build", "show")]


def test_dry_run_plans_without_running(demo_show, calls):
    log, _ = calls
    result = run_pipeline(Workspace.load(demo_show), dry_run=True)
    assert log == []
    assert [s.action for s in result.steps] == ["run"] * 4
    assert not Path(demo_show / "build" / "site").exists()


def test_cli_run_and_dry_run(demo_show, calls, runner):
    from podcast.cli import cli

    result = runner.invoke(cli, ["--show", str(demo_show), "run", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "4 step(s) would run" in result.output
    result = runner.invoke(cli, ["--show", str(demo_show), "run"])
    assert result.exit_code == 0, result.output
    assert "4 step(s) ran" in result.output
    result = runner.invoke(cli, ["--show", str(demo_show), "run", "--dry-run"])
    assert "0 step(s) would run, 4 up to date" in result.output


def test_only_named_episode(demo_show, calls):
    log, _ = calls
    run_pipeline(Workspace.load(demo_show), slugs=["snorojning-pa-vintern"], stages=["process"])
    assert log == [("process", "snorojning-pa-vintern")]
