"""Typed journal events, and their conversion to and from :class:`EventRecord`.

A journal record is plain data (type name, UTC time, actor, JSON payload) so that the store needs to
know nothing of what events mean. This module gives each kind of event a frozen dataclass and a
registry that decodes records by type name:

* a record of a type the registry does not know (written by a newer version, or an event of a
  slice this build does not fold) decodes to ``None``: it is kept in the journal and ignored,
  never an error;
* a record of a known type whose payload cannot be read raises :class:`MalformedEventError`.

Sittings are named by their 0-based index in the programme's ``sittings``; segments by their stable
``id``. Later slices (speaker queue, interventions) define their own :class:`Event` subclasses the
same way and list them on their slice (see :mod:`facilitator.core.state`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Self

from facilitator.core.codec import Id, Min, PayloadError, Using, codec_of
from facilitator.core.errors import MalformedEventError
from facilitator.core.journal import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.programme_codec import programme_from_data, programme_to_data


class Event:
    """Base of every typed event. Subclasses are frozen dataclasses with a ``type_name``; their
    payload form is derived from their fields (see :mod:`facilitator.core.codec`)."""

    __slots__ = ()

    #: The record's ``type``: stable forever once a journal holds it.
    type_name: ClassVar[str] = ""
    #: Whether the event is a step the Co-Chairs can undo (Undone/Redone themselves are not).
    undoable: ClassVar[bool] = True

    def to_payload(self) -> dict[str, Any]:
        """The payload a journal record keeps (keys and values as :mod:`~facilitator.core.codec`
        derives them from the fields)."""
        return codec_of(type(self)).encode(self)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        """The event ``payload`` holds; :class:`MalformedEventError` naming the key otherwise."""
        try:
            event: Self = codec_of(cls).decode(payload)
        except PayloadError as exc:
            raise MalformedEventError(exc.message, type_name=cls.type_name) from None
        return event


def _programme_from_journal(data: dict[str, Any]) -> Programme:
    return programme_from_data(data, source="the journal")


#: A programme in a payload: its whole data form (ids included).
ProgrammeData = Annotated[Programme, Using(programme_to_data, _programme_from_journal, shape=dict)]


# ----------------------------------------------------------------------------- agenda events
@dataclass(frozen=True, slots=True)
class SittingStarted(Event):
    """A sitting (0-based index into the programme's sittings) begins."""

    type_name: ClassVar[str] = "SittingStarted"
    sitting: Annotated[int, Min(0)]


@dataclass(frozen=True, slots=True)
class SittingEnded(Event):
    """A sitting ends; the segment running (or paused) in it is finished at the same moment."""

    type_name: ClassVar[str] = "SittingEnded"
    sitting: Annotated[int, Min(0)]


@dataclass(frozen=True, slots=True)
class _SegmentEvent(Event):
    segment_id: Id


@dataclass(frozen=True, slots=True)
class SegmentStarted(_SegmentEvent):
    """A segment becomes the current one and its clock runs.

    The segment that was current is finished at the same moment. This one event journals start,
    next, back and jump; a segment started again resumes its clock from the time it had used.
    """

    type_name: ClassVar[str] = "SegmentStarted"


@dataclass(frozen=True, slots=True)
class SegmentPaused(_SegmentEvent):
    """The current segment's clock stops (the segment stays current)."""

    type_name: ClassVar[str] = "SegmentPaused"


@dataclass(frozen=True, slots=True)
class SegmentResumed(_SegmentEvent):
    """The paused current segment's clock runs again."""

    type_name: ClassVar[str] = "SegmentResumed"


@dataclass(frozen=True, slots=True)
class SegmentFinished(_SegmentEvent):
    """The current segment ends without another one starting (end of a sitting, end of the day)."""

    type_name: ClassVar[str] = "SegmentFinished"


@dataclass(frozen=True, slots=True)
class SegmentExtended(Event):
    """The segment's allotment grows by ``seconds`` (shrinks when negative)."""

    type_name: ClassVar[str] = "SegmentExtended"
    segment_id: Id
    seconds: int


@dataclass(frozen=True, slots=True)
class ProgrammeEdited(Event):
    """The programme as edited during the meeting replaces the previous one, whole."""

    type_name: ClassVar[str] = "ProgrammeEdited"
    programme: ProgrammeData


# ----------------------------------------------------------------------------- the clock
@dataclass(frozen=True, slots=True)
class ClockAdjusted(Event):
    """The computer's clock was found ``milliseconds`` away from the app's account of it, and the
    app followed it (see :mod:`facilitator.core.clock`). ``corrects``: it corrected a wrong clock,
    so what was running keeps the time it had run (its open run moves by the jump); otherwise
    (a suspend) the time passed."""

    type_name: ClassVar[str] = "ClockAdjusted"
    undoable: ClassVar[bool] = False
    milliseconds: int
    corrects: bool


# ----------------------------------------------------------------------------- undo / redo
@dataclass(frozen=True, slots=True)
class Undone(Event):
    """Cancels the event with journal number ``target_seq``."""

    type_name: ClassVar[str] = "Undone"
    undoable: ClassVar[bool] = False
    target_seq: Annotated[int, Min(1)]


@dataclass(frozen=True, slots=True)
class Redone(Event):
    """Restores the undone event with journal number ``target_seq``."""

    type_name: ClassVar[str] = "Redone"
    undoable: ClassVar[bool] = False
    target_seq: Annotated[int, Min(1)]


AGENDA_EVENTS: tuple[type[Event], ...] = (
    SittingStarted,
    SittingEnded,
    SegmentStarted,
    SegmentPaused,
    SegmentResumed,
    SegmentExtended,
    SegmentFinished,
    ProgrammeEdited,
    ClockAdjusted,
)
UNDO_EVENTS: tuple[type[Event], ...] = (Undone, Redone)


# ----------------------------------------------------------------------------- registry
class EventRegistry:
    """Event classes by type name: how records become typed events."""

    def __init__(self, types: Iterable[type[Event]] = ()) -> None:
        self._types: dict[str, type[Event]] = {}
        for cls in types:
            self.register(cls)

    def register(self, cls: type[Event]) -> type[Event]:
        """Add ``cls`` (usable as a class decorator). Two classes may not share a type name."""
        name = cls.type_name
        if not name:
            raise ValueError(f"{cls.__name__} has no type_name")
        known = self._types.get(name)
        if known is not None and known is not cls:
            raise ValueError(f"two event classes share the type name {name!r}")
        self._types[name] = cls
        return cls

    def get(self, type_name: str) -> type[Event] | None:
        return self._types.get(type_name)

    def __contains__(self, type_name: object) -> bool:
        return type_name in self._types

    def names(self) -> frozenset[str]:
        return frozenset(self._types)

    def decode(self, record: EventRecord) -> Event | None:
        """The typed event of ``record``; ``None`` when its type is unknown here."""
        cls = self._types.get(record.type)
        if cls is None:
            return None
        return decode_as(cls, record)


def decode_as(cls: type[Event], record: EventRecord) -> Event:
    """``record`` read as a ``cls`` event; :class:`MalformedEventError` names its ``seq``."""
    try:
        return cls.from_payload(record.payload)
    except MalformedEventError as exc:
        raise MalformedEventError(exc.message, type_name=exc.type_name, seq=record.seq) from exc


#: The events this build of the core knows: the agenda's, and undo/redo.
REGISTRY = EventRegistry((*AGENDA_EVENTS, *UNDO_EVENTS))


def decode(record: EventRecord, registry: EventRegistry = REGISTRY) -> Event | None:
    """The typed event of ``record``, or ``None`` for a type this registry does not know."""
    return registry.decode(record)


def to_record(event: Event, *, at: dt.datetime, actor: str) -> EventRecord:
    """The journal record of ``event`` (``seq`` 0: the store assigns it when it commits).

    ``at`` must be timezone-aware; it is stored in UTC.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("event times must be timezone-aware")
    return EventRecord(
        type=event.type_name, at=at.astimezone(dt.UTC), actor=actor, payload=event.to_payload()
    )
