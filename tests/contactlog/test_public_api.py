"""The contact-log reader is used through its public API: outside ``podcast.contactlog``
nothing imports one of its modules or a private name, and every public name is there."""

from __future__ import annotations

import ast
from pathlib import Path

import podcast
import podcast.contactlog as contactlog

PACKAGE = Path(podcast.__file__).resolve().parent


def _imports_from_contactlog(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module \
                and node.module.startswith("podcast.contactlog"):
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names
                      if alias.name.startswith("podcast.contactlog")]
    return found


def test_users_import_only_the_public_api() -> None:
    users = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "contactlog":
            continue
        imports = _imports_from_contactlog(path)
        if imports:
            users[path.relative_to(PACKAGE).as_posix()] = imports
    # themes and the redaction of logs are the readers' users
    assert {"themes/analyze.py", "privacy/redact_log.py"} <= set(users)
    for where, imports in users.items():
        for module, name in imports:
            assert module == "podcast.contactlog", f"{where} imports {module}"
            assert not name.startswith("_"), f"{where} imports the private {name}"
            assert name in contactlog.__all__, f"{where} imports {name}, not in __all__"


def test_every_public_name_is_there() -> None:
    for name in contactlog.__all__:
        assert hasattr(contactlog, name), name
    assert sorted(contactlog.__all__) == sorted(set(contactlog.__all__))


def test_no_redaction_code_is_left_in_themes() -> None:
    themes = PACKAGE / "themes"
    assert not (themes / "redact_log.py").exists()
    assert not (themes / "readers.py").exists() and not (themes / "columns.py").exists()
    for path in themes.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
        assert not {d for d in defined if "redact" in d}, path.name
