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


#: What each layer may not import: the core nothing above it, formats and the store not the UI,
#: and nothing the command line (``__main__`` is the top, it imports, it is not imported).
PACKAGE = CORE.parent
LAYER_RULES = {
    "core": ("facilitator.formats", "facilitator.store", "facilitator.ui", "facilitator.session"),
    "formats": ("facilitator.ui", "facilitator.store"),
    "store": ("facilitator.ui", "facilitator.formats"),
}


def _layer_violations(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        layer = relative.parts[0] if len(relative.parts) > 1 else ""
        banned = (*LAYER_RULES.get(layer, ()), "facilitator.__main__")
        for name in _imported_modules(path):
            if any(name == b or name.startswith(b + ".") for b in banned):
                found.append(f"{relative} imports {name}")
    return found


def test_layers_import_only_downwards() -> None:
    assert _layer_violations(PACKAGE) == []


def test_the_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    for folder, line in [
        ("formats", "from facilitator.ui.app import App\n"),
        ("core", "import facilitator.store.database\n"),
        ("ui", "from facilitator.__main__ import main\n"),
    ]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "bad.py").write_text(f"def f():\n    {line}")
    assert len(_layer_violations(tmp_path)) == 3
