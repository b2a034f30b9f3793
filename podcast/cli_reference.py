"""The manual's CLI reference (``docs/cli.md``), generated from the click commands.

``python -m podcast.cli_reference > docs/cli.md`` writes the page; a test checks that the
committed page equals :func:`render`, so the reference never drifts from ``--help``.
Every command of the ``podcast`` group (sub-groups included) gets its usage line, its help
text, a table of its options (with their help, choices, ranges and defaults as ``--help``
shows them) and its examples.
"""

from __future__ import annotations

import html

import click

INTRO = """\
# CLI-referens

Alla kommandon i `podcast`, med alla flaggor, genererade ur samma källa som `--help`
(`python -m podcast.cli_reference > docs/cli.md`; ett test ser till att sidan är aktuell).
Texterna är på engelska, som i terminalen. `-q`, `-v` och `--show` finns på nästan alla
kommandon och beskrivs [nedan](#gemensamma-flaggor).

## Gemensamma flaggor

| flagga | betydelse |
|---|---|
| `--show DIR` | showmappen (annars den mapp med `podcast.toml` som innehåller \
arbetskatalogen; miljövariabeln `PODCAST_SHOW` gör samma sak) |
| `-v`, `--verbose` | mer detaljer; `-vv` ger felsökningsutskrifter och tracebacks |
| `-q`, `--quiet` | bara fel |
| `-h`, `--help` | hjälptexten med exempel |

Felkoderna finns i [Fel och felkoder](errors.md).
"""

#: Options described once, in the intro, instead of under every command.
COMMON = {"--show", "--verbose", "--quiet", "--help"}


def walk(group: click.Group, path: tuple[str, ...] = ("podcast",)):
    """(command path, command) for the group and every command below it, in name order."""
    yield path, group
    for name in sorted(group.commands):
        sub = group.commands[name]
        if getattr(sub, "hidden", False):
            continue
        if isinstance(sub, click.Group):
            yield from walk(sub, (*path, name))
        else:
            yield (*path, name), sub


def _cell(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def _prose(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in text.replace("\b", "").split("\n\n")]
    return "\n\n".join(html.escape(p, quote=False) for p in paragraphs if p)


def _epilog(text: str) -> str:
    lines = ["" if line.strip() == "\b" else line for line in text.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    body = "\n".join(line[2:] if line.startswith("  ") else line for line in lines).rstrip()
    while "\n\n\n" in body:
        body = body.replace("\n\n\n", "\n\n")
    return f"```text\n{body}\n```"


def _options(cmd: click.Command, ctx: click.Context) -> list[str]:
    rows = []
    for param in cmd.get_params(ctx):
        if not isinstance(param, click.Option) or param.hidden:
            continue
        if COMMON.intersection(param.opts):
            continue
        record = param.get_help_record(ctx)
        if record is None:
            continue
        names, help_text = record
        rows.append(f"| `{names}` | {_cell(help_text)} |")
    return rows


def _section(path: tuple[str, ...], cmd: click.Command) -> str:
    info_name = path[-1]
    parent = None
    for name in path[:-1]:
        parent = click.Context(click.Command(name), info_name=name, parent=parent)
    ctx = click.Context(cmd, info_name=info_name, parent=parent)
    usage = " ".join(cmd.collect_usage_pieces(ctx))
    level = "##" if len(path) <= 2 else "###"
    title = " ".join(path)
    parts = [f"{level} `{title}`", "", f"```text\n{title} {usage}\n```", ""]
    if cmd.help:
        parts += [_prose(cmd.help), ""]
    if isinstance(cmd, click.Group):
        names = ", ".join(f"`{name}`" for name in sorted(cmd.commands))
        parts += [f"Underkommandon: {names}.", ""]
    rows = _options(cmd, ctx)
    if rows:
        parts += ["| flagga | betydelse |", "|---|---|", *rows, ""]
    if cmd.epilog:
        parts += [_epilog(cmd.epilog), ""]
    return "\n".join(parts)


def render(group: click.Group | None = None) -> str:
    """The whole Markdown page of the CLI reference."""
    if group is None:
        from podcast.cli import cli as group
    sections = [INTRO]
    for path, cmd in walk(group):
        if len(path) == 1:
            continue  # the top-level group: its options are the common ones
        sections.append(_section(path, cmd))
    return "\n".join(sections).rstrip() + "\n"


if __name__ == "__main__":
    print(render(), end="")
