"""Typed journal events, and their conversion to and from :class:`EventRecord`.

A journal record is plain data (type name, UTC time, actor, JSON payload) so that the store needs to
know nothing of what events mean. Each kind of event is a frozen dataclass declared once; its
payload is derived from its fields (:mod:`facilitator.core.journal.codec`). A registry decodes
records by type name:

* a record of a type the registry does not know (written by a newer version, or an event of a
  slice this build does not fold) decodes to ``None``: it is kept in the journal and ignored,
  never an error;
* a record of a known type whose payload cannot be read raises :class:`MalformedEventError`.

Each slice declares its events in its own folder (``agenda/events.py``, ``queue/events.py``…).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self

from facilitator.core.errors import MalformedEventError
from facilitator.core.journal.codec import PayloadError, codec_of
from facilitator.core.journal.record import EventRecord


class Event:
    """Base of every typed event. Subclasses are frozen dataclasses with a ``type_name``; their
    payload form is derived from their fields (see :mod:`facilitator.core.journal.codec`)."""

    __slots__ = ()

    #: The record's ``type``: stable forever once a journal holds it.
    type_name: ClassVar[str] = ""
    #: Whether the event is a step the Co-Chairs can undo (Undone/Redone themselves are not).
    undoable: ClassVar[bool] = True

    def to_payload(self) -> dict[str, Any]:
        """The payload a journal record keeps (keys and values as
        :mod:`~facilitator.core.journal.codec` derives them from the fields)."""
        return codec_of(type(self)).encode(self)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        """The event ``payload`` holds; :class:`MalformedEventError` naming the key otherwise."""
        try:
            event: Self = codec_of(cls).decode(payload)
        except PayloadError as exc:
            raise MalformedEventError(exc.message, type_name=cls.type_name) from None
        return event


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


def to_record(event: Event, *, at: dt.datetime, actor: str) -> EventRecord:
    """The journal record of ``event`` (``seq`` 0: the store assigns it when it commits).

    ``at`` must be timezone-aware; it is stored in UTC.
    """
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("event times must be timezone-aware")
    return EventRecord(
        type=event.type_name, at=at.astimezone(dt.UTC), actor=actor, payload=event.to_payload()
    )
