"""Write facilitator/ui/refusals.py: every template of the core's and the formats' phrases,
marked for lupdate.

The core builds its refusals as constant English templates with named values
(``NotRunningError("‘{segment}’ is already paused.", segment=title)``, ``Phrase("Sitting
{number}", number=2)``) and must stay free of Qt, so ``pyside6-lupdate`` cannot see them there;
so do the programme's errors (``ProgrammeError("the document is empty", source=path)``), a
participant's (``ParticipantDataError``), a registration list's (``RegistrationError``) and the
import reports' warnings and reasons (``report.warn("no-date", Phrase("…"))``), in the core and
in the formats. This script walks their source (and the session's and the seats', which refuse
too) for each call of one of those classes or of ``Phrase`` with a literal template, and writes
them, in order, as ``QT_TRANSLATE_NOOP("Refusals", …)`` into the UI's list, which lupdate reads;
update.sh runs it first. tests/ui/test_refusals.py checks that the list is up to date and that no
phrase is built from a template that is not a literal (an f-string, a concatenation), nor a
warning from a string rather than a phrase.

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
SOURCES = (
    "facilitator/core",
    "facilitator/formats",
    "facilitator/session.py",
    "facilitator/seat.py",
)
#: The modules whose phrase-carrying error classes are looked for (every subclass they define of
#: the classes in BASES).
MODULES = (
    "facilitator.core.errors",
    "facilitator.core.agenda.commands",
    "facilitator.core.interventions.commands",
    "facilitator.core.queue.commands",
    "facilitator.core.programme",
    "facilitator.core.participants.data",
    "facilitator.formats.programme.builder",
    "facilitator.formats.registration.table",
    "facilitator.session",
)
#: The errors built from a template and its values: (module, class); their subclasses too, as
#: long as they take the template as their base does (not SeveralDaysError, built from days).
BASES = (
    ("facilitator.core.errors", "CommandError"),
    ("facilitator.core.programme", "ProgrammeError"),
    ("facilitator.core.participants.data", "ParticipantDataError"),
    ("facilitator.formats.registration.table", "RegistrationError"),
)
#: The methods of those classes that pass a template on as a variable (their own __init__,
#: ``saying``, ``located``): calls inside them are not phrases written there.
PASSING = ("__init__", "saying", "located")
#: The modules of commands: there every ``raise`` with a literal message is a refusal.
COMMANDS = (
    "facilitator/core/agenda/commands.py",
    "facilitator/core/interventions/commands.py",
    "facilitator/core/queue/commands.py",
    "facilitator/session.py",
)
LIST = ROOT / "facilitator" / "ui" / "refusals.py"
HEADER = '''"""The core's and the formats' phrases, marked for lupdate (context ``Refusals``): every
template a :class:`~facilitator.core.errors.CommandError`, a
:class:`~facilitator.core.errors.Phrase`, a ``ProgrammeError``, a ``ParticipantDataError`` or a
``RegistrationError`` is built with (the refusals, the programme's and the registration lists'
problems, the import reports' warnings), in the order of the source. ``ui/words.py::phrase``
translates them.

Written by ``resources/translations/refusals.py`` (run by ``update.sh``): do not edit by hand.
"""

from facilitator.ui.marks import QT_TRANSLATE_NOOP

# fmt: off
TEMPLATES = (
'''


def refusal_names() -> set[str]:
    """The names a phrase is built with: ``Phrase``, and every class of BASES and each subclass
    that takes a template as its base does."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for module in MODULES:
        importlib.import_module(module)
    names = {"Phrase"}
    for module, base_name in BASES:
        base = getattr(importlib.import_module(module), base_name)
        todo: list[type] = [base]
        while todo:
            cls = todo.pop()
            if cls.__init__ is base.__init__:  # type: ignore[misc]
                names.add(cls.__name__)
            todo.extend(cls.__subclasses__())
    return names


def files() -> Iterator[Path]:
    for source in SOURCES:
        path = ROOT / source
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _passing(tree: ast.Module, names: set[str]) -> set[int]:
    """The ids of the nodes inside the methods of a phrase class that pass a template on
    (``Phrase(template, **params)`` in its ``__init__``)."""
    inside: set[int] = set()
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef) or cls.name not in names:
            continue
        for method in cls.body:
            if isinstance(method, ast.FunctionDef) and method.name in PASSING:
                inside.update(id(node) for node in ast.walk(method))
    return inside


def calls(path: Path, names: set[str]) -> Iterator[tuple[int, ast.expr | None]]:
    """(line, template argument) of each call of one of ``names`` in ``path``, and of each
    ``.warn(code, warning)`` whose warning is text rather than a phrase (a string, an f-string,
    a concatenation: yielded as it is, so that it is reported); in a module of commands, also of
    each ``raise f("literal", …)`` whatever ``f`` (``raise error(…)``, where ``error`` is a
    refusal class passed in)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    commands = path.is_relative_to(ROOT) and path.relative_to(ROOT).as_posix() in COMMANDS
    passing = _passing(tree, names)
    for node in ast.walk(tree):
        if id(node) in passing:
            continue
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and commands:
            first = node.exc.args[0] if node.exc.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "warn" and len(node.args) >= 2:
            warning = node.args[1]
            if isinstance(warning, ast.Constant | ast.JoinedStr | ast.BinOp):
                yield node.lineno, ast.JoinedStr(values=[warning])  # text, not a phrase
            continue
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
