"""Typed errors of the meeting's logic, each with a sentence a Co-Chair understands.

Two families, kept apart on purpose (as qutebrowser keeps ``KnownError`` apart from ``BugError``):

* :class:`CommandError`: a command that makes no sense now ("The meeting is not paused."). It
  carries its sentence as a constant English template and its values (``{segment} is already
  running.``, ``segment="Panel 2"``): ``message`` is the English sentence (``str(error)``); the
  UI says it in the interface's language (``ui/words.py::refusal``). Nothing was appended to the
  journal.
* :class:`MalformedEventError`: a journal record that cannot be read (a payload with a missing or
  mistyped field). It means a damaged journal or a bug, never a user's mistake.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping


def english(value: object) -> str:
    """A value of a sentence, in English: a :class:`Phrase` as its sentence, an enum member by
    its word in a sentence (``word``, else ``label``), a date as a day ("Tuesday 9 July 2024";
    the interface says it in its locale), a tuple as its values separated by commas, a whole
    number from 10,000 with its thousands separated ("1000", "1,048,576"), anything else (what
    someone typed) as it is."""
    if isinstance(value, Phrase):
        return value.english
    if isinstance(value, tuple):
        return ", ".join(english(v) for v in value)
    if isinstance(value, enum.Enum):
        return str(getattr(value, "word", None) or getattr(value, "label", None) or value.value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value:%A} {value.day} {value:%B %Y}"
    if isinstance(value, Grouped):
        return f"{value:,}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    return str(value)


class Grouped(int):
    """A whole number whose English has its thousands separated from 1,000 ("5,000 lines"), as
    the importers' English always wrote their counts and limits; the interface says it as it
    says any number (in its locale)."""

    __slots__ = ()


class Phrase:
    """Words a user reads, kept as a constant English template with named placeholders and the
    values to put in them (``Phrase("Sitting {number}", number=2)``), so that the interface can
    say them in its own language; ``str()`` gives the English. A value may itself be a phrase,
    an enum member (said by the interface's labels), a number or text typed by someone."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params

    @classmethod
    def kept(cls, template: str, params: Mapping[str, object]) -> Phrase:
        """A phrase read back from stored data (its template was a literal where it was made,
        and checked there)."""
        return cls(template, **params)

    @property
    def english(self) -> str:
        if not self.params:
            return self.template
        return self.template.format(**{k: english(v) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.english

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return (self.template, dict(self.params)) == (other.template, dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)


class CommandError(Exception):
    """A command refused because it makes no sense in the meeting's current state.

    ``CommandError("{segment} is already running.", segment="Panel 2")``: the template is a
    constant (the interface translates it, see ``ui/refusals.py``); ``message`` is the English
    sentence."""

    def __init__(self, template: str, /, **params: object) -> None:
        self.phrase = Phrase(template, **params)
        self.message = self.phrase.english
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return self.phrase.template

    @property
    def params(self) -> Mapping[str, object]:
        return self.phrase.params

    def __reduce__(self) -> tuple[object, ...]:
        return (_refusal, (type(self), self.template, dict(self.params)))

    @classmethod
    def saying(cls, phrase: Phrase) -> CommandError:
        """The refusal that says ``phrase``."""
        return cls(phrase.template, **phrase.params)


def _refusal(cls: type[CommandError], template: str, params: dict[str, object]) -> CommandError:
    """A refusal again from its class, template and values (unpickling)."""
    return cls(template, **params)


class NothingRunningError(CommandError):
    """The command needs a current segment and there is none."""


class AlreadyRunningError(CommandError):
    """The segment (or sitting) asked for is already running."""


class NotPausedError(CommandError):
    """Resume while the current segment is not paused."""


class NotRunningError(CommandError):
    """Pause while the current segment is not running (it is paused already)."""


class NoSuchSegmentError(CommandError):
    """Next past the last segment, back before the first, or a jump to an unknown segment."""


class ExtensionError(CommandError):
    """An extension of zero, or one that would leave the segment less than no time."""


class SittingError(CommandError):
    """A sitting that does not exist, is already started or ended, or is not running."""


class ProgrammeEditError(CommandError):
    """An edit that would remove the running segment, an invalid programme, or no change at all."""


class NothingToUndoError(CommandError):
    """Undo with no effective event left to cancel."""


class NothingToRedoError(CommandError):
    """Redo with nothing undone, or after a new action made the undone one stale."""


class MalformedEventError(ValueError):
    """A journal record of a known type whose payload cannot be read."""

    def __init__(self, message: str, *, type_name: str, seq: int = 0) -> None:
        self.message = message
        self.type_name = type_name
        self.seq = seq
        where = f"event {seq} ({type_name})" if seq else f"a {type_name} event"
        super().__init__(f"The meeting's journal is damaged: {where} {message}.")
