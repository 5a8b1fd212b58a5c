"""The core must stay free of Qt and SQL: that is what lets it be tested and reused everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "facilitator" / "core"
FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "shiboken6")


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for name in _imported_modules(path):
            if name.split(".")[0] in FORBIDDEN:
                found.append(f"{path.relative_to(root.parent.parent)} imports {name}")
    return found


def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    assert list(CORE.rglob("*.py")), "the core package is missing"
    assert _violations(CORE) == []


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    pkg = tmp_path / "facilitator" / "core"
    pkg.mkdir(parents=True)
    (pkg / "bad.py").write_text("def f():\n    from PySide6.QtCore import QTimer\n")
    (pkg / "worse.py").write_text("import sqlalchemy.orm\n")
    assert len(_violations(pkg)) == 2


@pytest.mark.parametrize("module", ["facilitator.core.programme"])
def test_core_module_loads_without_qt(module: str) -> None:
    import subprocess
    import sys

    code = (
        f"import sys, {module}\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
