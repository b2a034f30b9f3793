"""Validate plain data (parsed TOML/YAML) into typed dataclasses.

Every problem is collected with its dotted key (``audio.target_lufs``,
``chapters[2].start``) so that a user sees all of them at once, each naming the key.
Dataclass fields may carry ``metadata={"help": ..., "choices": (...), "min": x, "max": y,
"alias": "other-name", "check": function}``. A ``check`` takes the converted value and returns a
problem (str) or None; it runs for every field whose value converted cleanly, so a semantic
problem in one key is reported together with type problems in other keys of the same table.
A dataclass's ``validate()`` is kept for checks across several fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import types
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")

_MISSING = dataclasses.MISSING


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(a) for a in get_args(tp) if a is not type(None))
    if origin is list:
        (inner,) = get_args(tp) or (Any,)
        return f"a list of {_type_name(inner)}"
    if origin is dict:
        return "a table"
    if tp is str:
        return "a string"
    if tp is bool:
        return "true or false"
    if tp is int:
        return "a whole number"
    if tp is float:
        return "a number"
    if tp is dt.date:
        return "a date (YYYY-MM-DD)"
    if tp is dt.datetime:
        return "a date and time"
    if dataclasses.is_dataclass(tp):
        return "a table"
    return getattr(tp, "__name__", str(tp))


def _describe(value: Any) -> str:
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{text} ({type(value).__name__})"


class _Collector:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.problems.append(f"{key}: {message}" if key else message)


def _join(prefix: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else key


def _convert(value: Any, tp: Any, key: str, errors: _Collector, meta: dict) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None and len(args) < len(get_args(tp)):
            return None
        for arg in args:
            sub = _Collector()
            result = _convert(value, arg, key, sub, meta)
            if not sub.problems:
                return result
        if len(args) == 1:
            return _convert(value, args[0], key, errors, meta)
        errors.add(key, f"expected {_type_name(tp)}, got {_describe(value)}")
        return None
    if origin is list:
        (inner,) = get_args(tp) or (Any,)
        if isinstance(value, (str, dict)) or not isinstance(value, (list, tuple)):
            if isinstance(value, str) and inner is str:
                value = [value]  # a single string where a list is expected is fine
            else:
                errors.add(key, f"expected {_type_name(tp)}, got {_describe(value)}")
                return []
        return [_convert(v, inner, _join(key, i), errors, meta) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            errors.add(key, f"expected a table, got {_describe(value)}")
            return {}
        _, vtype = get_args(tp) or (str, Any)
        return {str(k): _convert(v, vtype, _join(key, str(k)), errors, meta)
                for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            errors.add(key, f"expected a table, got {_describe(value)}")
            return None
        return _build(tp, value, key, errors)
    if tp is Any:
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
        errors.add(key, f"expected true or false, got {_describe(value)}")
        return None
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return _check_range(value, key, errors, meta)
        errors.add(key, f"expected a whole number, got {_describe(value)}")
        return None
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _check_range(float(value), key, errors, meta)
        errors.add(key, f"expected a number, got {_describe(value)}")
        return None
    if tp is str:
        if isinstance(value, str):
            choices = meta.get("choices")
            if choices and value not in choices:
                errors.add(key, f"must be one of {', '.join(choices)}; got {value!r}")
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and meta.get("coerce"):
            return str(value)
        errors.add(key, f"expected a string, got {_describe(value)}")
        return None
    if tp is dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value.strip())
            except ValueError:
                pass
        errors.add(key, "expected a date or date and time (2026-01-15 or 2026-01-15T08:00), "
                        f"got {_describe(value)}")
        return None
    if tp is dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        errors.add(key, f"expected a date (YYYY-MM-DD), got {_describe(value)}")
        return None
    raise TypeError(f"unsupported schema type {tp!r}")  # programming error, not user input


def _check_range(value: float, key: str, errors: _Collector, meta: dict) -> Any:
    lo, hi = meta.get("min"), meta.get("max")
    if lo is not None and value < lo:
        errors.add(key, f"must be at least {lo}, got {value}")
    if hi is not None and value > hi:
        errors.add(key, f"must be at most {hi}, got {value}")
    return value


def _build(cls: type[T], data: dict, prefix: str, errors: _Collector) -> T:
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    by_name: dict[str, dataclasses.Field] = {}
    for f in fields.values():
        by_name[f.name] = f
        by_name[f.name.replace("_", "-")] = f
        alias = f.metadata.get("alias")
        if alias:
            by_name[alias] = f
    kwargs: dict[str, Any] = {}
    start = len(errors.problems)  # problems found before this table are not its own
    for raw_key, value in data.items():
        key = str(raw_key)
        field = by_name.get(key)
        if field is None:
            close = difflib.get_close_matches(key, list(fields), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            errors.add(_join(prefix, key), f"unknown key{hint}")
            continue
        before = len(errors.problems)
        kwargs[field.name] = _convert(value, hints[field.name], _join(prefix, key), errors,
                                      dict(field.metadata))
        check = field.metadata.get("check")
        if check is not None and len(errors.problems) == before \
                and kwargs[field.name] is not None:
            problem = check(kwargs[field.name])
            if problem:
                errors.add(_join(prefix, key), problem)
    for name, field in fields.items():
        if name in kwargs:
            continue
        if field.default is _MISSING and field.default_factory is _MISSING:  # type: ignore[misc]
            errors.add(_join(prefix, name), "required key is missing")
    own_problems = len(errors.problems) > start
    if own_problems:
        # Fill in placeholders so that the caller can keep collecting; result is discarded.
        for name, field in fields.items():
            if kwargs.get(name) is None and field.default is _MISSING \
                    and field.default_factory is _MISSING:  # type: ignore[misc]
                kwargs[name] = None
    try:
        obj = cls(**kwargs)
    except (TypeError, ValueError) as exc:  # __post_init__ checks
        errors.add(prefix, str(exc))
        return None  # type: ignore[return-value]
    check = getattr(obj, "validate", None)
    # Checks across fields need well-typed fields: run them unless this table had a problem
    # (problems elsewhere in the file do not hide this table's; per-field checks ran above).
    if callable(check) and not own_problems:
        for key, message in check() or []:
            errors.add(_join(prefix, key), message)
    return obj


def load_dataclass(cls: type[T], data: dict, prefix: str = "") -> tuple[T | None, list[str]]:
    """Build ``cls`` from ``data``; return (object or None, list of problems)."""
    errors = _Collector()
    if not isinstance(data, dict):
        return None, [f"{prefix or 'document'}: expected a table, got {_describe(data)}"]
    obj = _build(cls, data, prefix, errors)
    if errors.problems:
        return None, errors.problems
    return obj, []


def to_plain(obj: Any) -> Any:
    """Dataclass → plain dict/list data (dates as ISO strings), for hashing and JSON."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if hasattr(obj, "__fspath__"):
        return str(obj)
    return obj

