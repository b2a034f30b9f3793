"""--help of every command: every option described, an example, one date style, --show only
where a show is used; and `podcast docs`, which builds the manual with the real MkDocs."""

from __future__ import annotations

import sys

import click
import pytest

from podcast.cli import cli
from podcast.cli_reference import walk

COMMANDS = [(path, cmd) for path, cmd in walk(cli) if len(path) > 1]
IDS = [" ".join(path[1:]) for path, _ in COMMANDS]


def _options(cmd: click.Command) -> list[click.Option]:
    ctx = click.Context(cmd)
    return [p for p in cmd.get_params(ctx) if isinstance(p, click.Option) and not p.hidden]


def test_the_walk_finds_every_command():
    assert {"init", "new", "run", "serve", "doctor", "themes", "redact", "process", "transcribe",
            "search", "ask", "build", "publish", "stats", "stats ingest", "stats report",
            "stats agents", "docs"} <= set(IDS)


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=IDS)
def test_every_option_has_a_description(path, cmd):
    missing = [p.opts[0] for p in _options(cmd) if not (p.help or "").strip()]
    assert not missing, f"{' '.join(path)}: options without help: {missing}"


def test_the_option_check_catches_an_option_without_help():
    @click.command()
    @click.option("--limit", type=int)
    def bare(limit):
        pass

    assert [p.opts[0] for p in _options(bare) if not p.help] == ["--limit"]


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=IDS)
def test_every_command_help_has_an_example(path, cmd, runner):
    result = runner.invoke(cli, [*path[1:], "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    example_lines = [line.strip() for line in result.output.splitlines()
                     if line.strip().startswith(" ".join(path))]
    assert example_lines, f"{' '.join(path)} --help shows no example command line"


def test_dates_are_yyyy_mm_dd_everywhere():
    seen = 0
    for path, cmd in COMMANDS:
        for option in _options(cmd):
            if {"--since", "--until", "--date"} & set(option.opts):
                seen += 1
                assert option.metavar == "YYYY-MM-DD", (path, option.opts)
                assert "YYYY-MM-DD" in option.help, (path, option.opts)
    assert seen >= 5  # themes --since/--until, stats report --since/--until, new --date


@pytest.mark.parametrize("name", ["doctor", "docs", "redact"])
def test_show_is_not_offered_where_it_is_ignored(name, runner, tmp_path):
    cmd = cli.commands[name]
    assert not any("--show" in p.opts for p in cmd.params)
    result = runner.invoke(cli, [name, "--show", str(tmp_path), "--help"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "No such option '--show'" in result.output


@pytest.mark.parametrize("name", ["init", "new", "run", "build", "publish", "process",
                                  "search"])
def test_show_is_offered_where_a_show_is_used(name):
    assert any("--show" in p.opts for p in cli.commands[name].params)


# --- podcast docs -----------------------------------------------------------------------------


@pytest.mark.slow
def test_podcast_docs_builds_the_manual(runner, tmp_path, repo_root):
    out = tmp_path / "manual"
    result = runner.invoke(cli, ["docs", "--build", str(out),
                                 "--config-file", str(repo_root / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert "Built the manual" in result.output
    cli_page = (out / "cli" / "index.html").read_text(encoding="utf-8")
    assert "podcast stats ingest" in cli_page
    assert (out / "config" / "index.html").is_file()


def test_podcast_docs_without_mkdocs_is_a_one_line_error(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "mkdocs", None)  # what an installation without it sees
    result = runner.invoke(cli, ["docs", "--build", str(tmp_path / "out")])
    assert result.exit_code == 6
    assert result.output.strip() == ("Error: MkDocs is not installed: "
                                     "pip install 'kommunpodd[docs]'")
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_podcast_docs_reports_a_broken_link_in_one_line(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Start\n\n[trasig](saknas.md)\n",
                                               encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nnav:\n  - index.md\n",
                                         encoding="utf-8")
    result = runner.invoke(cli, ["docs", "--build", str(tmp_path / "out"),
                                 "--config-file", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 5, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "mkdocs build failed" in lines[0] and "saknas.md" in lines[0]


@pytest.mark.slow
def test_podcast_docs_serves_the_manual_until_interrupted(repo_root, tmp_path):
    """The real `podcast docs` process: MkDocs serves the manual; Ctrl-C stops both cleanly."""
    import os
    import signal
    import socket
    import subprocess
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    proc = subprocess.Popen([sys.executable, "-m", "podcast", "docs", "--port", str(port)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        page = None
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/cli/", timeout=2) as r:
                    page = r.read().decode("utf-8")
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.5)
        assert page is not None, proc.communicate(timeout=5)[0] if proc.poll() is not None \
            else "the manual was not served"
        assert "podcast stats ingest" in page
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, output
        assert "Serving the manual" in output
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_the_command_table_names_every_command_of_every_module():
    """COMMAND_MODULES (which lets a command load only its own module) matches what the
    modules define: no command missing from the table, none listed in the wrong module."""
    import importlib
    import pkgutil

    import podcast.cli as package
    from podcast.cli import COMMAND_MODULES

    defined = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"podcast.cli.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            defined[command.name] = info.name
    assert defined == COMMAND_MODULES


def test_a_command_loads_only_its_own_module():
    """`podcast stats ...` starts without importing the audio, site or transcription code."""
    import subprocess

    code = ("import sys; from podcast.cli import cli; cli.get_command(None, 'stats'); "
            "print(sorted(m for m in sys.modules if m.startswith('podcast.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "podcast.cli.stats" in out
    for other in ("audio", "site", "transcribe", "themes", "review", "show", "publish"):
        assert f"podcast.cli.{other}'" not in out
