"""The plain values the store hands out. No ORM object ever leaves :mod:`facilitator.store`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from facilitator.core.journal.record import EventRecord

if TYPE_CHECKING:
    from facilitator.core.programme import Programme


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """One row of the meetings list."""

    id: int
    title: str
    date: dt.date | None
    status: MeetingStatus
    last_event_at: dt.datetime | None
    event_count: int


@dataclass(frozen=True, slots=True)
class KeptSummary:
    """A meeting as the start screen lists it, with what its sessions kept of it: ``data`` (the
    summary's JSON, None when none was kept), as of event ``seq``; ``current`` when no event
    after that one can have changed it; and the first damaged event found, if any."""

    summary: MeetingSummary
    data: dict[str, Any] | None
    seq: int | None
    current: bool
    #: The first event whose payload is not a JSON object (a damaged file), if any was seen.
    damaged_at: int | None = None


@dataclass(frozen=True, slots=True)
class LoadedMeeting:
    """A meeting as the console needs it to fold its state: the programme and the whole journal."""

    summary: MeetingSummary
    programme: Programme
    events: list[EventRecord]

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0
