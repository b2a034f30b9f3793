"""README checks: the config reference names every key, the two set-up commands come first."""

from __future__ import annotations

import dataclasses
import re

from podcast.config import ShowConfig, ShowSection


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end != -1 else None]


def test_config_reference_is_current(repo_root):
    """README's reference is `python -m podcast.config_reference` output, key for key."""
    from podcast.config_reference import render

    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    reference = _section(readme, "## Config reference")
    expected = render()
    assert expected.strip() in reference, (
        "README.md config reference is out of date: paste `python -m podcast.config_reference`")


def test_every_config_key_has_a_meaning():
    from podcast.config_reference import render

    empty = [line for line in render().splitlines()
             if line.startswith("| `") and line.rstrip().endswith("|  |")]
    assert not empty, f"keys without a description: {empty}"
    for field in dataclasses.fields(ShowConfig):
        cls = ShowSection if field.name == "show" else field.default_factory
        for key in dataclasses.fields(cls):
            assert f"| `{key.name}` |" in render(), f"{field.name}.{key.name}"


def test_readme_starts_with_the_two_setup_commands(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["scripts/demo", "scripts/test"]
    for script in commands:
        assert (repo_root / script).stat().st_mode & 0o111, f"{script} is not executable"
    ci = (repo_root / ".ci" / "run").read_text()
    assert "scripts/test" in ci
