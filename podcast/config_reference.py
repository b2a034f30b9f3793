"""The manual's config reference (``docs/config.md``), generated from the config dataclasses.

The meaning of every key is the ``help`` of its field in :mod:`podcast.config` (the one place
it is written; command-line flags that override a key reuse it).
``python -m podcast.config_reference > docs/config.md`` writes the page; a test checks that the
committed page equals :func:`page`, so the reference never drifts from the code.
"""

from __future__ import annotations

import dataclasses

from podcast.config import ShowConfig, ShowSection


def _default(field: dataclasses.Field) -> str:
    if field.default is not dataclasses.MISSING:
        value = field.default
    elif field.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        value = field.default_factory()  # type: ignore[misc]
        if dataclasses.is_dataclass(value):
            return "–"
    else:
        return "**required**"
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if value == [] or value == {}:
        return "`[]`" if value == [] else "`{}`"
    return f"`{value}`"


INTRO = """\
# Konfiguration (`podcast.toml`)

`podcast.toml` har sju tabeller; bara `[show]` krävs, alla andra nycklar har standardvärden.
Filen valideras en gång när ett kommando startar: en okänd nyckel (med förslag), fel typ, ett
värde utanför tillåtet intervall eller en saknad obligatorisk nyckel rapporteras med filen och
den punktade nyckeln – alla problem på en gång, med felkod 3.

```toml
[show]
title = "Kommunpodden"
description = "Kommunens kontaktcenter svarar på det invånarna frågar mest om."
author = "Kommunen"
owner_email = "podden@kommun.se"
base_url = "https://podd.kommun.se/"

[audio]
preset = "podcast"

[storage]
bucket = "kommunpodd"
prefix = "podd"
```

Flaggor på kommandoraden går före nycklarna (se [CLI-referensen](cli.md)). Tabellerna nedan
genereras av `python -m podcast.config_reference` och ett test håller dem i takt med koden.

## Nycklar
"""


def render() -> str:
    """The Markdown of the config reference section (without its ``##`` heading)."""
    parts = []
    for section in dataclasses.fields(ShowConfig):
        cls = ShowSection if section.name == "show" else section.default_factory
        parts.append(f"### `[{section.name}]`\n\n| key | default | meaning |\n|---|---|---|")
        for field in dataclasses.fields(cls):  # type: ignore[arg-type]
            meaning = field.metadata["help"]
            parts.append(f"| `{field.name}` | {_default(field)} | {meaning} |")
        parts.append("")
    return "\n".join(parts)


def page() -> str:
    """The whole Markdown page: the introduction and the tables of every section."""
    return INTRO + "\n" + render().rstrip() + "\n"


if __name__ == "__main__":
    print(page(), end="")
