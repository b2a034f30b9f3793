"""init / new / error handling through the real CLI (CliRunner)."""

from __future__ import annotations

from podcast.cli import cli
from podcast.workspace import Workspace


def test_init_creates_a_valid_show(runner, tmp_path):
    target = tmp_path / "minpodd"
    result = runner.invoke(cli, ["init", str(target), "--title", 'Podden "Vi svarar"'])
    assert result.exit_code == 0, result.output
    ws = Workspace.load(target)
    assert ws.config.show.title == 'Podden "Vi svarar"'
    assert (target / "episodes").is_dir()
    assert (target / "cover.jpg").stat().st_size > 1000
    assert ws.episodes() == []


def test_init_twice_keeps_edits(runner, tmp_path):
    target = tmp_path / "minpodd"
    runner.invoke(cli, ["init", str(target)])
    config = target / "podcast.toml"
    edited = config.read_text().replace("Kommunpodden", "Min podd")
    config.write_text(edited)
    result = runner.invoke(cli, ["init", str(target)])
    assert result.exit_code == 0
    assert "kept" in result.output
    assert config.read_text() == edited


def test_new_episode_scaffold(runner, tmp_path):
    target = tmp_path / "show"
    runner.invoke(cli, ["init", str(target)])
    result = runner.invoke(cli, ["--show", str(target), "new", "Snöröjning på vintern",
                                 "--date", "2026-12-01"])
    assert result.exit_code == 0, result.output
    path = target / "episodes" / "snorojning-pa-vintern" / "episode.md"
    assert result.output.strip() == str(path)
    ws = Workspace.load(target)
    (ep,) = ws.episodes()
    assert ep.meta.title == "Snöröjning på vintern"
    assert ep.meta.number == 1
    assert ep.meta.date.date().isoformat() == "2026-12-01"
    # second episode gets the next number; the same title is refused, not overwritten
    result = runner.invoke(cli, ["--show", str(target), "new", "Bygglov"])
    assert Workspace.load(target).episode("bygglov").meta.number == 2
    before = path.read_text()
    result = runner.invoke(cli, ["--show", str(target), "new", "Snöröjning på vintern"])
    assert result.exit_code != 0
    assert "already exists" in result.output
    assert path.read_text() == before


def test_new_copies_recording(runner, tmp_path):
    target = tmp_path / "show"
    runner.invoke(cli, ["init", str(target)])
    raw = tmp_path / "rå inspelning.wav"
    raw.write_bytes(b"RIFF....")
    result = runner.invoke(cli, ["--show", str(target), "new", "Avsnitt", "--recording", str(raw)])
    assert result.exit_code == 0, result.output
    ep = Workspace.load(target).episode("avsnitt")
    assert ep.meta.recordings == ["rå inspelning.wav"]
    assert (ep.dir / "rå inspelning.wav").read_bytes() == b"RIFF...."


def test_no_show_is_a_one_line_error(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PODCAST_SHOW", raising=False)
    result = runner.invoke(cli, ["run"])
    assert result.exit_code == 3
    assert result.output.startswith("Error: ")
    assert "no podcast.toml" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_config_error_is_one_line_with_file_and_key(runner, tmp_path):
    target = tmp_path / "show"
    runner.invoke(cli, ["init", str(target)])
    config = target / "podcast.toml"
    config.write_text(config.read_text().replace("bitrate_kbps = 128", "bitrate_kbps = 'hög'"))
    result = runner.invoke(cli, ["--show", str(target), "run", "--dry-run"])
    assert result.exit_code == 3
    line = result.output.strip()
    assert "\n" not in line
    assert "podcast.toml: audio.bitrate_kbps: expected a whole number" in line


def test_broken_episode_names_file(runner, demo_show):
    path = demo_show / "episodes" / "bygglov-och-attefallshus" / "episode.md"
    path.write_text(path.read_text().replace("number: 2", "number: två"))
    result = runner.invoke(cli, ["--show", str(demo_show), "run", "--dry-run"])
    assert result.exit_code == 3
    assert "bygglov-och-attefallshus/episode.md: number: expected a whole number" in result.output


def test_every_command_has_help_with_example(runner):
    from podcast.cli import cli as group

    names = list(group.commands)
    for name in ["init", "new", "run", "serve", "process", "transcribe", "build", "search",
                 "publish", "stats", "themes", "redact"]:
        assert name in names
    import click

    paths = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += [[name, sub] for sub in command.commands]
        else:
            paths.append([name])
    for path in paths:
        result = runner.invoke(group, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example" in result.output, f"{' '.join(path)} --help has no example"
        assert "--quiet" in result.output and "--verbose" in result.output, path


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert "podcast" in result.output


def test_progress_bar_accepts_unknown_and_zero_totals(capsys):
    from podcast.cli.common import ClickProgress

    for total in (None, 0, 3):
        bar = ClickProgress()
        bar.start(total, "Working")
        bar.advance(1, info="a")
        bar.finish()
    assert "Working" in capsys.readouterr().err
