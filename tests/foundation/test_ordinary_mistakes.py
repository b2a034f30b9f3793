"""Ordinary mistakes give one-line errors naming file and place, never "internal error" (#18.2,
#18.3): impossible dates in episode.md, unknown transcription languages, invalid `podcast new`
values, `podcast init`'s folder argument, and several config mistakes reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.cli import cli
from podcast.config import load_config
from podcast.episode import load_episode
from podcast.errors import ConfigError
from podcast.workspace import Workspace


def _one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("Error: "), result.output
    assert "Traceback" not in result.output and "Internal error" not in result.output
    return lines[-1]


@pytest.fixture
def show(runner, tmp_path) -> Path:
    target = tmp_path / "show"
    assert runner.invoke(cli, ["init", str(target)]).exit_code == 0
    return target


def _new(runner, show: Path, *args: str):
    return runner.invoke(cli, ["--show", str(show), "new", *args])


def _break_date(show: Path, slug: str) -> Path:
    path = show / "episodes" / slug / "episode.md"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = ["date: 2026-02-30\n" if line.startswith("date:") else line for line in lines]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_impossible_date_names_file_and_line(runner, show):
    assert _new(runner, show, "Ett", "--date", "2026-01-01").exit_code == 0
    path = _break_date(show, "ett")
    line_no = next(i for i, line in enumerate(path.read_text().splitlines(), 1)
                   if line.startswith("date:"))
    with pytest.raises(ConfigError) as err:
        load_episode(path.parent)
    assert str(err.value).startswith(f"{path}: line {line_no}: ")
    assert "2026-02-30" in str(err.value)
    for command in (["run", "--dry-run"], ["build"], ["search", "snö"]):
        result = runner.invoke(cli, ["--show", str(show), *command])
        line = _one_line_error(result, 3)
        assert f"{path}: line {line_no}: " in line and "not a valid date: 2026-02-30" in line


def test_new_works_beside_a_broken_episode(runner, show):
    assert _new(runner, show, "Ett", "--date", "2026-01-01").exit_code == 0
    broken = _break_date(show, "ett")
    result = _new(runner, show, "Två", "--date", "2026-01-08")
    assert result.exit_code == 0, result.output
    assert f"warning: {broken}" in result.output  # the other episode's problem is still named
    episodes, problems = Workspace.load(show).loadable_episodes()
    assert [e.slug for e in episodes] == ["tva"] and len(problems) == 1


def test_transcribe_unknown_language_is_a_usage_error(runner, show, tmp_path):
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    result = runner.invoke(cli, ["--show", str(show), "transcribe", "--input", str(audio),
                                 "--output-dir", str(tmp_path / "out"), "--language", "xx"])
    line = _one_line_error(result, 2)
    assert "'--language'" in line and "'xx'" in line and "sv" in line and "en" in line
    assert not (tmp_path / "out").exists()


def test_transcription_language_in_config_is_checked(show):
    config = show / "podcast.toml"
    config.write_text(config.read_text().replace('engine = "faster-whisper"',
                                                 'engine = "faster-whisper"\nlanguage = "svenska"'))
    with pytest.raises(ConfigError, match="transcription.language: not a language code"):
        load_config(config)


@pytest.mark.parametrize("args, message", [
    (["--number", "-3"], "number: must be at least 0, got -3"),
    (["--slug", "!!!"], ""),
])
def test_new_validates_before_writing(runner, show, args, message):
    result = _new(runner, show, "Avsnitt", *args)
    line = _one_line_error(result, 4)
    assert message in line
    assert list((show / "episodes").iterdir()) == []
    # and the show still loads afterwards
    assert _new(runner, show, "Avsnitt").exit_code == 0
    assert [e.slug for e in Workspace.load(show).episodes()] == ["avsnitt"]


def test_new_refuses_empty_title(runner, show):
    _one_line_error(_new(runner, show, "  "), 4)
    assert list((show / "episodes").iterdir()) == []


def test_init_honours_show_option(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    for args, folder in ((["init", "--show", "a"], "a"), (["--show", "b", "init"], "b"),
                         (["init", "--show", "c", "c"], "c")):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert (tmp_path / folder / "podcast.toml").is_file()
    assert not (tmp_path / "podcast.toml").exists()


def test_init_refuses_empty_or_conflicting_folders(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    line = _one_line_error(runner.invoke(cli, ["init", ""]), 2)
    assert "folder name is empty" in line
    line = _one_line_error(runner.invoke(cli, ["init", "--show", "a", "b"]), 2)
    assert "two folders" in line
    assert list(tmp_path.iterdir()) == []


def test_all_config_mistakes_at_once(show):
    config = show / "podcast.toml"
    text = config.read_text()
    text = text.replace('language = "sv"', 'language = "svenska"')
    text = text.replace('title = "Kommunpodden"', 'titel = "Kommunpodden"')
    text = text.replace("bitrate_kbps = 128", 'bitrate_kbps = "hög"\nsample_rate = 1')
    config.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(config)
    problems = err.value.problems
    assert "show.language: expected a language code like 'sv', got 'svenska'" in problems
    assert "show.title: required key is missing" in problems
    assert any(p.startswith("show.titel: unknown key") for p in problems)
    assert any(p.startswith("audio.bitrate_kbps: expected a whole number") for p in problems)
    assert "audio.sample_rate: must be 22050, 44100 or 48000; got 1" in problems
    assert len(problems) == 5
