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


# ------------------------------------------------------------------------------ import cycles
#: The packages that must have no import cycle, not even one closed by an import inside a
#: function.
ACYCLIC = ("facilitator",)


def _module_names(package: Path) -> dict[str, Path]:
    """Every module of ``package`` (a folder with ``__init__.py``) by its dotted name."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """The imports that run: at the top and inside functions, not under ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif _is_type_checking(node):
            assert isinstance(node, ast.If)
            pending.extend(node.orelse)
        else:
            pending.extend(ast.iter_child_nodes(node))
    return found


def _import_graph(package: Path) -> dict[str, set[str]]:
    """Which modules of ``package`` each of its modules imports (``from a import b`` imports the
    module ``a.b`` when there is one, else ``a``)."""
    modules = _module_names(package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    base = ".".join([*here[: len(here) - node.level + 1], *filter(None, [base])])
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: the strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while not component or component[-1] != module:
                component.append(stack.pop())
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _cycles_within(package: Path, prefixes: tuple[str, ...]) -> list[list[str]]:
    return [
        cycle
        for cycle in _cycles(_import_graph(package))
        if any(m == p or m.startswith(p + ".") for m in cycle for p in prefixes)
    ]


def test_the_package_has_no_import_cycle() -> None:
    assert _cycles_within(PACKAGE, ACYCLIC) == []


def test_the_cycle_check_catches_a_cycle_closed_inside_a_function(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "import pkg.b\n",
        "b.py": "def f():\n    from pkg import a\n",  # closes a ↔ b, inside a function
        "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import x\n",
        "sub/__init__.py": "",
        "sub/d.py": "from . import e\n",
        "sub/e.py": "from pkg.sub.d import name\n",
        "f.py": "import pkg.c\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    assert _cycles_within(package, ("pkg",)) == [["pkg.a", "pkg.b"], ["pkg.sub.d", "pkg.sub.e"]]
    assert _cycles_within(package, ("pkg.sub",)) == [["pkg.sub.d", "pkg.sub.e"]]
    (package / "c.py").write_text("import pkg.f\n")  # now c ↔ f
    assert ["pkg.c", "pkg.f"] in _cycles_within(package, ("pkg",))


#: The few imports left inside functions in store/ and formats/ are there to keep a module out of
#: a start: each is checked here, so that one imported at the top by mistake is caught.
DEFERRED = [
    # Opening a database that is up to date does not import Alembic (about 0.1 s).
    ("facilitator.store.database", "alembic"),
    # Exporting Markdown, HTML, CSV or JSON loads neither python-docx nor Qt (about 0.12 s).
    ("facilitator.formats.record.export", "docx"),
    ("facilitator.formats.record.export", "PySide6"),
    # The start screen reads programmes without loading the Word reader (36 ms).
    ("facilitator.formats.programme.files", "docx"),
    ("facilitator.formats.programme.files", "lxml"),
    # The command line starts without compiling every language's dates (27 ms).
    ("facilitator.__main__", "facilitator.formats.programme.timetext"),
]


@pytest.mark.parametrize(("module", "kept_out"), DEFERRED)
def test_a_deferred_import_keeps_its_module_out(module: str, kept_out: str) -> None:
    import subprocess
    import sys

    code = (
        f"import sys, {module}\n"
        f"out = {kept_out!r}\n"
        "loaded = [m for m in sys.modules if m == out or m.startswith(out + '.')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
