"""Command-line options that override a ``podcast.toml`` key.

The option takes its help, choices, range and check from the key's field in
:mod:`podcast.config` (one definition); the command merges the given flags into the config
with :func:`podcast.config.merge_flags` (flag > config > default).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import click

from podcast.config import key_field, key_help


def _check(check: Callable[[object], str | None]) -> Callable:
    def callback(ctx: click.Context, param: click.Parameter, value: object) -> object:
        if value is not None:
            problem = check(value)
            if problem:
                raise click.BadParameter(problem)
        return value
    return callback


def _type(field: dataclasses.Field) -> click.ParamType | None:
    meta = field.metadata
    if "choices" in meta:
        return click.Choice(list(meta["choices"]))
    default = field.default
    number = isinstance(default, (int, float)) and not isinstance(default, bool)
    if number and ("min" in meta or "max" in meta):
        kind = click.IntRange if isinstance(default, int) else click.FloatRange
        return kind(meta.get("min"), meta.get("max"))
    if number:
        return click.INT if isinstance(default, int) else click.FLOAT
    return None


def config_option(*decls: str, key: str, **kwargs: object) -> Callable:
    """``click.option`` for a flag overriding ``key``: default None (not given), so that
    :func:`~podcast.config.merge_flags` keeps the configured value."""
    field = key_field(key)
    kwargs.setdefault("help", key_help(key, flag=True))
    kwargs.setdefault("default", None)
    if "/" not in decls[0] and not kwargs.get("is_flag"):
        kind = _type(field)
        if kind is not None:
            kwargs.setdefault("type", kind)
    if "check" in field.metadata:
        kwargs.setdefault("callback", _check(field.metadata["check"]))
    return click.option(*decls, **kwargs)  # type: ignore[arg-type]
