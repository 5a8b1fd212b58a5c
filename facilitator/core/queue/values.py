"""The queue's values: a speaker's entry and its clock, who has the floor, one segment's list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from facilitator.core.agenda.values import Run
from facilitator.core.construct import evolver, maker
from facilitator.core.fold.persistent import PMap, pmap

_ZERO = dt.timedelta(0)


#: A list's speaking limit until a Co-Chair sets another (3:00).
DEFAULT_LIMIT_SECONDS = 180


class SpeakerStatus(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    PAUSED = "paused"  # on the floor, their clock held
    DONE = "done"
    WITHDRAWN = "withdrawn"

    @property
    def on_floor(self) -> bool:
        return self is SpeakerStatus.SPEAKING or self is SpeakerStatus.PAUSED

    @property
    def label(self) -> str:
        """The queue's state column: "waiting", "speaking", "held", "spoke", "withdrawn"."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    SpeakerStatus.WAITING: "waiting",
    SpeakerStatus.SPEAKING: "speaking",
    SpeakerStatus.PAUSED: "held",
    SpeakerStatus.DONE: "spoke",
    SpeakerStatus.WITHDRAWN: "withdrawn",
}


class TurnKind(StrEnum):
    """What a turn is: a speech from the list, or an entry a Co-Chair gives the floor to at once
    (it interrupts the order; the speaker it interrupts resumes after it)."""

    SPEECH = "speech"
    POINT_OF_ORDER = "point_of_order"
    RIGHT_OF_REPLY = "right_of_reply"

    @property
    def label(self) -> str:
        """In English, for the core's own texts: "Point of order", "Right of reply"."""
        return _KIND_LABELS[self]

    @property
    def interjection(self) -> bool:
        return self is not TurnKind.SPEECH


_KIND_LABELS = {
    TurnKind.SPEECH: "Speech",
    TurnKind.POINT_OF_ORDER: "Point of order",
    TurnKind.RIGHT_OF_REPLY: "Right of reply",
}


@dataclass(frozen=True, slots=True)
class Speaker:
    """One request for the floor (an entry of a list of speakers) and its turn."""

    entry_id: str
    participant_id: str
    status: SpeakerStatus = SpeakerStatus.WAITING
    addresses: tuple[str, ...] = ()  # segment ids of the standing items they will address
    note: str = ""
    queued_at: dt.datetime | None = None
    runs: tuple[Run, ...] = ()  # their clock's runs (a hold ends one)
    used: dt.timedelta = _ZERO  # total of the closed runs
    limit_seconds: int | None = None  # their list's limit when first called
    extension_seconds: int = 0
    ended_at: dt.datetime | None = None  # when they finished or withdrew
    kind: TurnKind = TurnKind.SPEECH  # a point of order or a right of reply is given at once

    # ------------------------------------------------------------------ queries
    @property
    def on_floor(self) -> bool:
        return self.status.on_floor

    @property
    def held(self) -> bool:
        return self.status is SpeakerStatus.PAUSED

    @property
    def heard(self) -> bool:
        """Whether they have had the floor in this turn: on the floor now, done, or withdrawn
        after speaking (a connection lost for good): the time they spoke is in the record."""
        if self.status is SpeakerStatus.WITHDRAWN:
            return bool(self.runs)
        return self.status is SpeakerStatus.DONE or self.status.on_floor

    @property
    def open_since(self) -> dt.datetime | None:
        if self.runs and self.runs[-1].end is None:
            return self.runs[-1].start
        return None

    @property
    def first_start(self) -> dt.datetime | None:
        return self.runs[0].start if self.runs else None

    @property
    def last_start(self) -> dt.datetime | None:
        return self.runs[-1].start if self.runs else None

    def elapsed(self, now: dt.datetime) -> dt.timedelta:
        """Time spoken: the closed runs plus the open one up to ``now`` (holds excluded)."""
        since = self.open_since
        return self.used if since is None else self.used + max(now - since, _ZERO)

    def limit(self, default: int) -> int:
        """The limit of their turn in seconds (``default``, the list's, before the first call)."""
        return default if self.limit_seconds is None else self.limit_seconds

    def allotted_seconds(self, default: int) -> int:
        """Their limit plus extensions (never below zero)."""
        return max(self.limit(default) + self.extension_seconds, 0)

    def remaining(self, now: dt.datetime, default: int) -> dt.timedelta:
        """Time left (negative in overtime)."""
        return dt.timedelta(seconds=self.allotted_seconds(default)) - self.elapsed(now)

    # ------------------------------------------------------------------ changes
    def started(self, at: dt.datetime, limit: int) -> Speaker:
        return evolve_speaker(
            self,
            status=SpeakerStatus.SPEAKING,
            runs=(*self.runs, Run(at)),
            limit_seconds=self.limit(limit),
            ended_at=None,
        )

    def stopped(self, at: dt.datetime, status: SpeakerStatus) -> Speaker:
        """Their clock stops (if it ran) and their status becomes ``status``."""
        runs, used = self.runs, self.used
        if runs and runs[-1].end is None:
            last = runs[-1]
            end = max(at, last.start)  # a wall clock set back: never negative time
            runs = (*runs[:-1], Run(last.start, end))
            used = used + (end - last.start)
        ended = at if status in (SpeakerStatus.DONE, SpeakerStatus.WITHDRAWN) else None
        return evolve_speaker(self, status=status, runs=runs, used=used, ended_at=ended)


class Floor(NamedTuple):
    """Who has the floor: the list (segment id) and the entry."""

    segment_id: str
    entry_id: str


class Interrupted(NamedTuple):
    """The speaker a point of order or a right of reply interrupted: their list and entry,
    whether their clock was held, and the entry that interrupted them (``by``)."""

    segment_id: str
    entry_id: str
    held: bool
    by: str


@dataclass(frozen=True, slots=True)
class SpeakerList:
    """The list of speakers of one segment."""

    segment_id: str
    #: Every entry ever queued on the list, by entry id, in the order they were queued (a
    #: persistent map once the fold changes it: a change copies a few small nodes, not the list).
    entries: Mapping[str, Speaker] = field(default_factory=pmap)
    #: The waiting entries' ids, in speaking order.
    waiting: tuple[str, ...] = ()
    limit_seconds: int = DEFAULT_LIMIT_SECONDS
    closed: bool = False  # no new requests (those on it can still be called)

    def speaker(self, entry_id: str) -> Speaker | None:
        return self.entries.get(entry_id)

    def waiting_speakers(self) -> tuple[Speaker, ...]:
        entries = self.entries
        return tuple(entries[e] for e in self.waiting)

    def position(self, entry_id: str) -> int | None:
        """0-based place among those waiting (None when not waiting)."""
        entry = self.entries.get(entry_id)
        if entry is None or entry.status is not SpeakerStatus.WAITING:
            return None
        return self.waiting.index(entry_id)

    def waiting_entry_of(self, participant_id: str) -> Speaker | None:
        """The participant's waiting entry on this list, if any."""
        entries = self.entries
        for entry_id in self.waiting:
            if entries[entry_id].participant_id == participant_id:
                return entries[entry_id]
        return None

    def heard(self) -> tuple[Speaker, ...]:
        """Those who had the floor in this list, in the order they were first called."""
        heard = [s for s in self.entries.values() if s.heard and s.runs]
        heard.sort(key=lambda s: (s.first_start, s.entry_id))
        return tuple(heard)

    def _with(self, **changes: Any) -> SpeakerList:
        return _evolve_list(self, **changes)

    def _with_entry(self, entry: Speaker, waiting: tuple[str, ...] | None = None) -> SpeakerList:
        entries = self.entries
        if type(entries) is not PMap:  # a list made by hand (tests do)
            entries = pmap(entries)
        return _make_list(
            self.segment_id,
            entries.set(entry.entry_id, entry),
            self.waiting if waiting is None else waiting,
            self.limit_seconds,
            self.closed,
        )


# The fold makes one of these an event: quicker than their __init__ (facilitator.core.construct).
#: ``dataclasses.replace`` for a :class:`Speaker`.
evolve_speaker = evolver(Speaker)
_make_list = maker(SpeakerList)
_evolve_list = evolver(SpeakerList)


def entry_number(entry_id: str) -> int | None:
    """N for an entry id "s-N" (the ids the commands hand out), else None."""
    if entry_id.startswith("s-"):
        digits = entry_id[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None
