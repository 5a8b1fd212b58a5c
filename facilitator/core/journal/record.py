"""The journal's unit: one recorded event, as the store keeps it and the fold reads it.

This is deliberately a plain record (type name, time, actor, JSON payload) so that the store needs
to know nothing about the meaning of events, and new kinds of event (speaker queue, interventions)
need no schema change. Typed events live in :mod:`facilitator.core.journal.event` and convert to
and from this record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One entry of a meeting's journal.

    ``seq`` is the event's position in its meeting's journal (1, 2, 3, …), assigned by the store
    when the event is committed; it is how ``Undone``/``Redone`` name the event they act on.
    ``at`` is the wall-clock time in UTC with microseconds.
    """

    type: str
    at: dt.datetime
    actor: str
    payload: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() != dt.timedelta(0):
            raise ValueError("journal times must be timezone-aware UTC")
