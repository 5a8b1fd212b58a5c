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


# ----------------------------------------------------------------------------- import cycles
def _import_graph(package: Path, dotted: str = "facilitator.core") -> dict[str, set[str]]:
    """Each module of ``package`` (whose dotted name is ``dotted``) and the modules of the same
    package it imports, anywhere in the file (a function's import is a cycle waiting for its
    first call). Importing a name from a package counts as importing its submodule of that name
    when there is one."""
    modules: dict[str, Path] = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package).with_suffix("").parts
        parts = parts[:-1] if parts[-1] == "__init__" else parts
        modules[".".join((dotted, *parts))] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(_path_through(graph, set(group)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _path_through(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A cycle inside ``group`` (a strongly connected set), from its first module back to it."""
    start = min(group)
    path, seen = [start], {start}
    while True:
        nxt = min(n for n in graph[path[-1]] if n in group)
        if nxt == start or nxt in seen:
            return [*path[path.index(nxt) :], nxt]
        path.append(nxt)
        seen.add(nxt)


def test_the_core_has_no_import_cycle() -> None:
    graph = _import_graph(CORE)
    assert len(graph) > 40 and graph["facilitator.core.fold.engine"]
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "core"
    (pkg / "agenda").mkdir(parents=True)
    for init in (pkg, pkg / "agenda"):
        (init / "__init__.py").write_text("")
    (pkg / "state.py").write_text("from facilitator.core.slices import DEFAULT\nSTATE = 1\n")
    (pkg / "slices.py").write_text("def default():\n    from facilitator.core import state\n")
    (pkg / "agenda" / "values.py").write_text("from . import reducer\n")
    (pkg / "agenda" / "reducer.py").write_text("from .values import X\n")
    (pkg / "clock.py").write_text(
        "import facilitator.core.errors\nfrom facilitator.core import state\n"
    )
    (pkg / "errors.py").write_text("")
    assert sorted(_cycles(_import_graph(pkg, "facilitator.core"))) == [
        [
            "facilitator.core.agenda.reducer",
            "facilitator.core.agenda.values",
            "facilitator.core.agenda.reducer",
        ],
        ["facilitator.core.slices", "facilitator.core.state", "facilitator.core.slices"],
    ]
