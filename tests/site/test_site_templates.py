"""A show's template override with a mistake: one line naming the template file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.cli import cli

CASES = {
    "syntax": ("episode.html", '{% extends "base.html" %}\n{% block content %}\n'
               "<p>{% if ep.title %}</p>\n{% endblock %}\n", 4, "template syntax error"),
    "undefined": ("about.html", '{% extends "base.html" %}\n{% block content %}\n\n'
                  "<p>{{ no_such_name }}</p>\n{% endblock %}\n", 4, "'no_such_name' is undefined"),
}


@pytest.mark.parametrize("case", ["syntax", "undefined"])
def test_broken_override_is_a_one_line_error_with_file_and_line(site_show: Path, runner,
                                                                 case: str) -> None:
    name, text, line, words = CASES[case]
    (site_show / "templates" / name).write_text(text, encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code not in (0, 70), res.output
    last = res.output.strip().splitlines()[-1]
    assert last.startswith(f"Error: {site_show / 'templates' / name}: line {line}: "), last
    assert words in last and "Traceback" not in res.output


def test_a_runtime_mistake_in_a_block_names_its_line(site_show: Path, runner) -> None:
    (site_show / "templates" / "base.html").write_text(
        (Path(__file__).parents[2] / "podcast" / "templates" / "base.html")
        .read_text(encoding="utf-8").replace("<footer", "{{ 1 + show.title }}\n<footer", 1),
        encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code not in (0, 70), res.output
    last = res.output.strip().splitlines()[-1]
    assert f"{site_show / 'templates' / 'base.html'}: line " in last
    assert "unsupported operand" in last


def test_override_breaking_the_content_security_policy_is_warned_about(site_show: Path,
                                                                       runner) -> None:
    (site_show / "templates" / "about.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n<script>var a = 1;</script>\n'
        '<button onclick="go()">Gå</button>\n{% endblock %}\n', encoding="utf-8")
    base = (Path(__file__).parents[2] / "podcast" / "templates" / "base.html").read_text(
        encoding="utf-8")
    (site_show / "templates" / "base.html").write_text(
        "\n".join(line for line in base.splitlines() if "Content-Security-Policy" not in line),
        encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code == 0, res.output
    assert "template about.html: inline <script>" in res.output
    assert "template about.html: inline event handler" in res.output
    assert "template index.html" not in res.output  # (no such template name)
    assert "template home.html: no Content-Security-Policy meta tag" in res.output


def test_built_in_templates_keep_the_policy(site_show: Path, runner) -> None:
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code == 0 and "template " not in res.output, res.output
