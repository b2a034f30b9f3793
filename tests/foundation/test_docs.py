"""The manual (docs/, mkdocs.yml) and README: generated references are current, every command and
config key is documented, every relative link and anchor resolves, the README stays short."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click
import pytest
import yaml
from markdown.extensions.toc import slugify

from podcast.config import ShowConfig, ShowSection

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
LINK = re.compile(r"(?<!!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.M)


def _pages(repo_root: Path) -> list[Path]:
    return sorted((repo_root / "docs").rglob("*.md"))


def _config_keys() -> list[tuple[str, str]]:
    keys = []
    for field in dataclasses.fields(ShowConfig):
        cls = ShowSection if field.name == "show" else field.default_factory
        keys += [(field.name, key.name) for key in dataclasses.fields(cls)]
    return keys


def _commands() -> list[str]:
    from podcast.cli import cli
    from podcast.cli_reference import walk

    return [" ".join(path) for path, _ in walk(cli) if len(path) > 1]


# --- generated references -------------------------------------------------------------------


def test_config_reference_is_current(repo_root):
    """docs/config.md is exactly `python -m podcast.config_reference` output."""
    from podcast.config_reference import page

    text = (repo_root / "docs" / "config.md").read_text(encoding="utf-8")
    assert text == page(), (
        "docs/config.md is out of date: run `python -m podcast.config_reference > docs/config.md`")


def test_every_config_key_has_a_meaning():
    from podcast.config_reference import render

    text = render()
    empty = [line for line in text.splitlines()
             if line.startswith("| `") and line.rstrip().endswith("|  |")]
    assert not empty, f"keys without a description: {empty}"
    for section, key in _config_keys():
        assert f"| `{key}` |" in text, f"{section}.{key}"


def test_cli_reference_is_current(repo_root):
    """docs/cli.md is exactly `python -m podcast.cli_reference` output."""
    from podcast.cli_reference import render

    page = (repo_root / "docs" / "cli.md").read_text(encoding="utf-8")
    assert page == render(), (
        "docs/cli.md is out of date: run `python -m podcast.cli_reference > docs/cli.md`")


def test_cli_reference_lists_every_command_and_option():
    from podcast.cli import cli
    from podcast.cli_reference import COMMON, render, walk

    text = render()
    for path, cmd in walk(cli):
        if len(path) == 1:
            continue
        assert f"`{' '.join(path)}`" in text
        ctx = click.Context(cmd, info_name=path[-1])
        for param in cmd.get_params(ctx):
            if isinstance(param, click.Option) and not param.hidden \
                    and not COMMON.intersection(param.opts):
                assert f"| `{param.get_help_record(ctx)[0]}` |" in text, (path, param.opts)


# --- everything is documented ----------------------------------------------------------------


def test_every_command_is_described_in_a_guide(repo_root):
    """Besides the generated CLI reference, a hand-written page mentions every command."""
    guides = "\n".join(p.read_text(encoding="utf-8") for p in _pages(repo_root)
                       if p.name != "cli.md")
    missing = [name for name in _commands() if name not in guides]
    assert not missing, f"commands no hand-written page of docs/ mentions: {missing}"


def test_every_config_key_is_in_the_manual(repo_root):
    page = (repo_root / "docs" / "config.md").read_text(encoding="utf-8")
    for section, key in _config_keys():
        table = page.split(f"### `[{section}]`", 1)[1].split("\n### ", 1)[0]
        assert f"| `{key}` |" in table, f"{section}.{key} missing from docs/config.md"


def test_every_page_is_in_the_nav_and_every_nav_entry_exists(repo_root):
    config = yaml.safe_load((repo_root / "mkdocs.yml").read_text(encoding="utf-8"))

    def entries(nav) -> list[str]:
        out = []
        for item in nav:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            out += entries(value) if isinstance(value, list) else [value]
        return out

    nav = entries(config["nav"])
    pages = [p.relative_to(repo_root / "docs").as_posix() for p in _pages(repo_root)]
    assert sorted(set(nav)) == sorted(nav), "a page is in the nav twice"
    assert not set(nav) - set(pages), f"nav names missing pages: {set(nav) - set(pages)}"
    assert not set(pages) - set(nav), f"pages not in mkdocs.yml nav: {set(pages) - set(nav)}"


# --- links ------------------------------------------------------------------------------------


def _anchors(text: str) -> set[str]:
    """Heading ids as MkDocs' toc extension makes them (duplicates get _1, _2 ...)."""
    seen: dict[str, int] = {}
    anchors = set()
    for match in HEADING.finditer(FENCE.sub("", text)):
        title = match.group(2)
        custom = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", title)
        if custom:
            anchors.add(custom.group(1))
            continue
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title).replace("`", "")
        plain = re.sub(r"[*_]{1,2}([^*_]+)[*_]{1,2}", r"\1", plain)
        slug = slugify(plain, "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        anchors.add(slug if n == 0 else f"{slug}_{n}")
    return anchors


def _links(text: str) -> list[str]:
    prose = FENCE.sub("", text)
    prose = re.sub(r"`[^`\n]*`", "", prose)
    return [m.group(1) for m in LINK.finditer(prose)]


def _check_links(source: Path, repo_root: Path) -> list[str]:
    problems = []
    text = source.read_text(encoding="utf-8")
    for target in _links(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        linked = (source.parent / path_part).resolve() if path_part else source
        where = f"{source.relative_to(repo_root)}: link {target!r}"
        if not linked.exists():
            problems.append(f"{where}: {path_part} does not exist")
            continue
        if anchor and linked.suffix == ".md" and \
                anchor not in _anchors(linked.read_text(encoding="utf-8")):
            problems.append(f"{where}: no heading with id #{anchor} in {linked.name}")
    return problems


def test_every_relative_link_and_anchor_resolves(repo_root):
    problems = []
    for source in [repo_root / "README.md", *_pages(repo_root)]:
        problems += _check_links(source, repo_root)
    assert not problems, "\n".join(problems)


def test_the_link_checker_finds_a_broken_link_and_anchor(tmp_path):
    (tmp_path / "a.md").write_text("# Start här\n\n[ok](#start-har) [ok](b.md#del-2)\n"
                                   "[broken](c.md) [bad anchor](b.md#nope) `[code](x.md)`\n"
                                   "```\n[fenced](y.md)\n```\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\n## Del `2`\n", encoding="utf-8")
    problems = _check_links(tmp_path / "a.md", tmp_path)
    assert len(problems) == 2, problems
    assert "c.md does not exist" in problems[0]
    assert "#nope" in problems[1]


# --- README ------------------------------------------------------------------------------------


def test_readme_is_short_and_points_at_the_manual(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    for needle in ("docs/index.md", "podcast docs", "## Licence"):
        assert needle in readme


def test_readme_starts_with_the_two_setup_commands(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["scripts/demo", "scripts/test"]
    before = readme[:readme.index("```")]
    assert len(before.splitlines()) <= 5, "the two commands come right after the title"
    for script in commands:
        assert (repo_root / script).stat().st_mode & 0o111, f"{script} is not executable"
    ci = (repo_root / ".ci" / "run").read_text()
    assert "scripts/test" in ci


@pytest.mark.parametrize("script", ["scripts/test"])
def test_ci_builds_the_manual_strictly(repo_root, script):
    text = (repo_root / script).read_text(encoding="utf-8")
    assert "mkdocs build --strict" in text
