"""Write facilitator/ui/refusals.py: every template of the core's refusals, marked for lupdate.

The core builds its refusals as constant English templates with named values
(``NotRunningError("‘{segment}’ is already paused.", segment=title)``, ``Phrase("Sitting
{number}", number=2)``) and must stay free of Qt, so ``pyside6-lupdate`` cannot see them there.
This script walks the core's source (and the session's and the seats', which refuse too) for
each call of a refusal class or of ``Phrase`` with a literal template, and writes them, in order,
as ``QT_TRANSLATE_NOOP("Refusals", …)`` into the UI's list, which lupdate reads; update.sh runs it
first. tests/ui/test_refusals.py checks that the list is up to date and that no refusal is built
from a template that is not a literal.

    python resources/translations/refusals.py          # write the list
    python resources/translations/refusals.py --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("facilitator/core", "facilitator/session.py", "facilitator/seat.py")
#: The modules whose refusal classes are looked for (every CommandError subclass they define).
MODULES = (
    "facilitator.core.errors",
    "facilitator.core.agenda.commands",
    "facilitator.core.interventions.commands",
    "facilitator.core.queue.commands",
    "facilitator.session",
)
#: The modules of commands: there every ``raise`` with a literal message is a refusal.
COMMANDS = (
    "facilitator/core/agenda/commands.py",
    "facilitator/core/interventions/commands.py",
    "facilitator/core/queue/commands.py",
    "facilitator/session.py",
)
#: Where the refusals' classes are defined (their own calls take the template as a variable).
ERRORS = ROOT / "facilitator" / "core" / "errors.py"
LIST = ROOT / "facilitator" / "ui" / "refusals.py"
HEADER = '''"""The core's refusals, marked for lupdate (context ``Refusals``): every template a
:class:`~facilitator.core.errors.CommandError` or a :class:`~facilitator.core.errors.Phrase` of
the core is built with, in the order of the source. ``ui/words.py::phrase`` translates them.

Written by ``resources/translations/refusals.py`` (run by ``update.sh``): do not edit by hand.
"""

from facilitator.ui.marks import QT_TRANSLATE_NOOP

# fmt: off
TEMPLATES = (
'''


def refusal_names() -> set[str]:
    """The names a refusal is built with: every CommandError subclass, and ``Phrase``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for module in MODULES:
        importlib.import_module(module)
    from facilitator.core.errors import CommandError

    names = {"Phrase", "CommandError"}
    todo: list[type] = [CommandError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def files() -> Iterator[Path]:
    for source in SOURCES:
        path = ROOT / source
        for found in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if found != ERRORS:
                yield found


def calls(path: Path, names: set[str]) -> Iterator[tuple[int, ast.expr | None]]:
    """(line, first argument) of each call of one of ``names`` in ``path``; in a module of
    commands, also of each ``raise f("literal", …)`` whatever ``f`` (``raise error(…)``, where
    ``error`` is a refusal class passed in)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    commands = path.is_relative_to(ROOT) and path.relative_to(ROOT).as_posix() in COMMANDS
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and commands:
            first = node.exc.args[0] if node.exc.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if name in names:
            yield node.lineno, node.args[0] if node.args else None


def scan() -> tuple[list[str], list[str]]:
    """(the templates in the order of the source, without repeats; the calls of a refusal class
    whose template is not a literal, as "path:line")."""
    names = refusal_names()
    templates: dict[str, None] = {}
    loose: list[str] = []
    for path in files():
        for line, first in sorted(calls(path, names), key=lambda c: c[0]):
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates[first.value] = None
            else:
                loose.append(f"{path.relative_to(ROOT)}:{line}")
    return list(templates), loose


def text(templates: list[str]) -> str:
    lines = [
        f'    QT_TRANSLATE_NOOP("Refusals", {json.dumps(t, ensure_ascii=False)}),'
        for t in templates
    ]
    return HEADER + "\n".join(lines) + "\n)\n# fmt: on\n"


def main(argv: list[str]) -> int:
    templates, loose = scan()
    for where in loose:
        print(f"{where}: a refusal whose template is not a literal", file=sys.stderr)
    wanted = text(templates)
    if "--check" in argv:
        return 0 if not loose and LIST.read_text(encoding="utf-8") == wanted else 1
    LIST.write_text(wanted, encoding="utf-8")
    print(f"{LIST.relative_to(ROOT)}: {len(templates)} templates")
    return 1 if loose else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
