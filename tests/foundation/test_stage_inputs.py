"""Every stage declares every config key: read (an input of its fingerprint) or ignored.

The keys come from the config dataclasses, so a key added to the schema fails these tests until
each stage says whether it reads it; for every key, a changed value changes the fingerprint of
exactly the stages that read it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from podcast.config import ShowConfig
from podcast.pipeline import fingerprint
from podcast.schema import to_plain
from podcast.stage import config_keys, config_value, expand, unclaimed_keys
from podcast.stages import STAGES
from podcast.state import State
from podcast.workspace import Workspace

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
SLUG = "snorojning-pa-vintern"
KEYS = config_keys()


def test_the_schema_keys_are_enumerated_from_the_dataclasses():
    sections = [f.name for f in dataclasses.fields(ShowConfig)]
    assert sorted({k.split(".")[0] for k in KEYS}) == sorted(sections)
    assert "show.base_url" in KEYS and "transcription.batch_size" in KEYS
    assert len(KEYS) == len(set(KEYS)) > 80


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name)
def test_every_key_is_read_or_ignored_never_both(stage):
    assert list(unclaimed_keys(stage)) == []
    assert set(expand(stage.reads)).isdisjoint(expand(stage.ignores))


def _changed(value: object, hint: str) -> object:
    """A different value of the same kind (validity does not matter to a fingerprint)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return [*value, "x"]
    if isinstance(value, dict):
        return {**value, "x": "https://x.test/"}
    assert value is None, value
    return 2 if "int" in hint else "x"


def _with(config: ShowConfig, key: str) -> ShowConfig:
    section_name, name = key.split(".", 1)
    section = getattr(config, section_name)
    hint = str({f.name: f.type for f in dataclasses.fields(section)}[name])
    changed = dataclasses.replace(section, **{name: _changed(config_value(config, key), hint)})
    return dataclasses.replace(config, **{section_name: changed})


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: s.name)
def test_changing_any_key_a_stage_reads_changes_its_fingerprint(demo_show, stage):
    ws = Workspace.load(demo_show)
    ep = ws.episode(SLUG) if stage.per_episode else None
    reads = set(expand(stage.reads))
    with State(":memory:") as state:
        before = fingerprint(stage, ws, ep, state, NOW)
        assert fingerprint(stage, ws, ep, state, NOW) == before  # stable
        wrong = []
        for key in KEYS:
            other = Workspace(root=ws.root, config=_with(ws.config, key))
            changed = fingerprint(stage, other, ep, state, NOW) != before
            if changed != (key in reads):
                wrong.append(f"{key}: {'changed' if changed else 'unchanged'}")
    assert wrong == []


def test_the_id3_inputs_of_the_audio_stage_are_declared():
    """WOAR/UFID come from show.base_url and TLAN from show.language (the old bug)."""
    (process,) = [s for s in STAGES if s.name == "process"]
    assert {"show.base_url", "show.language", "show.title", "show.author"} <= set(
        expand(process.reads))


def _process_view(ws: Workspace, ep) -> object:
    from podcast.audio.episode import episode_settings, episode_tags

    return to_plain([episode_settings(ws), episode_tags(ws, ep), ws.processed_audio_path(SLUG)])


def _transcribe_view(ws: Workspace, ep) -> object:
    from podcast.transcribe.run import effective_config
    from podcast.transcribe.stage import episode_audio_files

    return to_plain([effective_config(ws.config.transcription, ws.config.show.language),
                     episode_audio_files(ws, ep)])


@pytest.mark.parametrize(("name", "view", "speed_only"), [
    ("process", _process_view, ()),
    ("transcribe", _transcribe_view, ("transcription.threads", "transcription.device")),
])
def test_what_the_stage_works_from_depends_only_on_keys_it_reads(demo_show, name, view,
                                                                  speed_only):
    """The settings and tags a stage hands to its work, derived for every schema key: a key
    that changes them must be declared as read (or be one that only changes the speed)."""
    (stage,) = [s for s in STAGES if s.name == name]
    ws = Workspace.load(demo_show)
    ep = ws.episode(SLUG)
    before = view(ws, ep)
    reads = set(expand(stage.reads))
    undeclared = [key for key in KEYS if key not in reads and key not in speed_only
                  and view(Workspace(root=ws.root, config=_with(ws.config, key)), ep) != before]
    assert undeclared == []
    assert set(speed_only) <= set(expand(stage.ignores))
