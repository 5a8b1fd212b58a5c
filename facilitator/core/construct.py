"""Quick constructors for the frozen dataclasses the fold makes by the hundred thousand.

A frozen dataclass sets each field in ``__init__`` through ``object.__setattr__`` (its own
``__setattr__`` refuses), about 110 ns a field: an intervention of 21 fields took 2.3 µs to
make, and ``dataclasses.replace`` adds as much again reading the fields back by name. Folding a
long day makes one intervention, one speaker or one state per event, so this was a third of the
fold.

:func:`maker` compiles, for one class, a function that fills a new instance of a *twin* class
(the same bases and slots, without the frozen ``__setattr__``, so that each field is one plain
slot store) and then gives it the real class: the result is an ordinary instance of ``cls``,
frozen, equal and hashed as any other, about five times quicker to make. :func:`evolver` does
the same for ``replace``. A class whose layout its twin cannot share (no ``__slots__``, a
``__post_init__``) is refused when the function is made, never at run time.

:func:`quick_pickling` makes a class pickle as its field values and unpickle through its maker:
a frozen dataclass with slots otherwise unpickles by looking its fields up and setting each
through ``object.__setattr__`` (4 µs an intervention), which made reading a folded state back
slower than folding its journal again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")

_MISSING: Any = object()


def _twin(cls: type, *, checked: bool = False) -> type:
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a dataclass with slots")
    if hasattr(cls, "__post_init__") and not checked:
        raise TypeError(f"{cls.__name__} checks its values in __post_init__: build it normally")
    twin = type(
        f"_{cls.__name__}Twin",
        cls.__bases__,
        # Both: a frozen base's __delattr__ would keep every store on the slow, generic path.
        {
            "__slots__": cls.__dict__["__slots__"],
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
        },
    )
    return twin


def _names(cls: type) -> list[str]:
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    if len(names) != len(dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__} has fields that __init__ does not set")
    return names


def maker(cls: type[T], *, checked: bool = False) -> Callable[..., T]:
    """A function taking every field of ``cls`` in order, positionally, that returns the instance
    ``cls(*fields)`` would (see the module docstring). ``checked``: for a class with a
    ``__post_init__``, values that already passed it (parts of an instance), not checked again."""
    names = _names(cls)
    env: dict[str, Any] = {"new": object.__new__, "Twin": _twin(cls, checked=checked), "cls": cls}
    arguments = ", ".join(f"a_{n}" for n in names)
    lines = [f"def make({arguments}):", "    s = new(Twin)"]
    lines += [f"    s.{n} = a_{n}" for n in names]
    lines += ["    s.__class__ = cls", "    return s"]
    exec("\n".join(lines), env)  # made of the class's field names only
    make: Callable[..., T] = env["make"]
    _check(cls, make(*(object() for _ in names)), names)
    return make


def evolver(cls: type[T]) -> Callable[..., T]:
    """``dataclasses.replace`` for instances of ``cls`` (exactly that class), by keyword, quicker
    (see the module docstring)."""
    names = _names(cls)
    env: dict[str, Any] = {"new": object.__new__, "Twin": _twin(cls), "cls": cls, "M": _MISSING}
    arguments = ", ".join(f"{n}=M" for n in names)
    lines = [f"def evolve(obj, *, {arguments}):", "    s = new(Twin)"]
    lines += [f"    s.{n} = obj.{n} if {n} is M else {n}" for n in names]
    lines += ["    s.__class__ = cls", "    return s"]
    exec("\n".join(lines), env)  # made of the class's field names only
    evolve: Callable[..., T] = env["evolve"]
    return evolve


def _check(cls: type, made: Any, names: list[str]) -> None:
    """The twin's instance became a true ``cls``, every field where ``__init__`` puts it."""
    if type(made) is not cls:
        raise TypeError(f"{cls.__name__}: the quick constructor made a {type(made).__name__}")
    for name in names:
        getattr(made, name)


_MAKERS: dict[type, Callable[..., Any]] = {}
_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def quick_pickling(*classes: type) -> None:
    """Pickle each of ``classes`` as its field values, unpickled by :func:`rebuild` (see the
    module docstring)."""
    for cls in classes:
        names = _names(cls)
        _MAKERS[cls] = maker(cls)
        _VALUES[cls] = _values_of(names)
        cls.__reduce__ = _reduce  # type: ignore[method-assign,assignment]


def _values_of(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    getter = attrgetter(*names)
    if len(names) > 1:
        return getter
    return lambda obj: (getter(obj),)


def _reduce(obj: Any) -> tuple[Any, ...]:
    cls = type(obj)
    return (rebuild, (cls, _VALUES[cls](obj)))


def rebuild(cls: type[T], values: tuple[Any, ...]) -> T:
    """An instance of ``cls`` with these field values (what a quick pickle holds)."""
    make = _MAKERS.get(cls)
    if make is None:
        make = _MAKERS[cls] = maker(cls)
    instance: T = make(*values)
    return instance
