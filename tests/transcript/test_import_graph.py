"""The transcript package sits below the stages: its modules import each other in one
direction only, never a stage package, and each imports on its own in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import podcast

ROOT = Path(podcast.__file__).resolve().parent
PACKAGE = "podcast.transcript"
#: Stage packages the transcript package must not reach into (they use it, not the reverse).
STAGES = ("podcast.transcribe", "podcast.site", "podcast.search", "podcast.themes",
          "podcast.cli")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in ROOT.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The podcast module that ``name`` (a module or a name inside one) refers to."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> set[str]:
    """Every podcast module ``module`` imports, at the top or inside a function."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            resolved = _resolve(target)
            if resolved is not None and resolved != module:
                found.add(resolved)
    return found


def _graph() -> dict[str, set[str]]:
    return {m: imports_of(m) for m in MODULES}


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    """A chain of imports leading from ``start`` back to itself, if there is one."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, chain = stack.pop()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return chain + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, chain + [nxt]))
    return None


TRANSCRIPT_MODULES = sorted(m for m in MODULES if m == PACKAGE or m.startswith(PACKAGE + "."))


def test_the_package_has_its_modules() -> None:
    assert {"podcast.transcript", "podcast.transcript.model", "podcast.transcript.readers",
            "podcast.transcript.edits", "podcast.transcript.render"} <= set(TRANSCRIPT_MODULES)


@pytest.mark.parametrize("module", TRANSCRIPT_MODULES)
def test_no_import_cycle_runs_through_the_transcript_package(module: str) -> None:
    assert _cycle_through(_graph(), module) is None


@pytest.mark.parametrize("module", TRANSCRIPT_MODULES)
def test_the_transcript_package_does_not_reach_into_a_stage(module: str) -> None:
    graph = _graph()
    reached: set[str] = set()
    todo = [module]
    while todo:
        for nxt in graph[todo.pop()]:
            if nxt not in reached:
                reached.add(nxt)
                todo.append(nxt)
    assert not sorted(m for m in reached if m.startswith(STAGES))


def test_the_walk_sees_a_circle_when_there_is_one() -> None:
    """The detector itself: the circle this package replaced (model → edits → readers →
    model, through a lazy import inside a function) is found."""
    graph = {"a.model": {"a.edits"}, "a.edits": {"a.readers"}, "a.readers": {"a.model"},
             "a.render": {"a.model"}}
    assert _cycle_through(graph, "a.model") == ["a.model", "a.edits", "a.readers", "a.model"]
    assert _cycle_through(graph, "a.render") is None
    lazy = ast.parse("def f():\n    from podcast.transcript import edits\n")
    assert any(isinstance(n, ast.ImportFrom) for n in ast.walk(lazy))


@pytest.mark.parametrize("module", TRANSCRIPT_MODULES)
def test_each_module_imports_on_its_own(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, cwd=ROOT.parent, check=False)
    assert done.returncode == 0, done.stderr
