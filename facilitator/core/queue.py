"""The lists of speakers: who asked for the floor, who has it, for how long. A slice of the fold.

Modelled on OpenSlides' list of speakers: any segment of the programme can have a list (keyed by
the segment's id: a Q&A, the interventions, each standing item of the tour-de-table). An entry of
a list is a :class:`Speaker`: one request for the floor by one participant, with its status, the
standing items they will address, a note, and its clock.

**The floor** is held by at most one speaker in the whole meeting (:attr:`QueueState.floor`), and
only in the current segment's list (the commands see to it; the slice ends the turn of whoever
has the floor when their segment stops being current: next, jump, finish, end of the sitting).
Calling a speaker finishes the turn of whoever had the floor.

**A speaker's clock** is like a segment's, and computed the same way (never counted): the runs of
their turn (a hold closes one, a resume opens the next; the segment's clock goes on meanwhile),
the limit of their list when they were first called plus extensions; ``remaining`` goes negative
in overtime, which counts up. A restored speaker called again resumes from the time they had used.

**Order**: each list keeps the ids of its waiting entries in order (a tuple), and all its entries
by id (a dict). A move touches the tuple only; an event copies at most one list's entries, so one
event costs O(n) in the length of one list with a small constant (about 20 µs for 1,000 speakers,
see ``tests/bench/test_bench_queue.py``).

Participants are folded by this slice too (:mod:`facilitator.core.participants`): the queue, its
undo labels ("Call Ms. A") and its figures read names from the same state.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Annotated, Any, ClassVar, NamedTuple

from facilitator.core.codec import Fallback, Id, Min
from facilitator.core.events import (
    ClockAdjusted,
    Event,
    ProgrammeEdited,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
)
from facilitator.core.journal import EventRecord
from facilitator.core.participants import (
    PARTICIPANT_EVENTS,
    Attendance,
    Participant,
    ParticipantAdded,
    ParticipantEdited,
    ParticipantRegistry,
    ParticipantsImported,
)
from facilitator.core.programme import Programme
from facilitator.core.state import (
    MeetingState,
    ProgrammeIndex,
    Run,
    short_title,
    words_for_seconds,
)
from facilitator.core.timing import Phase, format_clock, format_remaining

_ZERO = dt.timedelta(0)

#: A list's speaking limit until a Co-Chair sets another (3:00).
DEFAULT_LIMIT_SECONDS = 180


# ============================================================================ values
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
        return replace(
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
        return replace(self, status=status, runs=runs, used=used, ended_at=ended)


class Floor(NamedTuple):
    """Who has the floor: the list (segment id) and the entry."""

    segment_id: str
    entry_id: str


def _inserted(order: tuple[str, ...], entry_id: str, position: int | None) -> tuple[str, ...]:
    if position is None or position >= len(order):
        return (*order, entry_id)
    position = max(position, 0)
    return (*order[:position], entry_id, *order[position:])


def _removed(order: tuple[str, ...], entry_id: str) -> tuple[str, ...]:
    index = order.index(entry_id)
    return order[:index] + order[index + 1 :]


_NO_ENTRIES: Mapping[str, Speaker] = {}
_SAME: Any = object()


@dataclass(frozen=True, slots=True)
class SpeakerList:
    """The list of speakers of one segment."""

    segment_id: str
    #: Every entry ever queued on the list, by entry id, in the order they were queued.
    entries: Mapping[str, Speaker] = field(default_factory=dict)
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
        return replace(self, **changes)

    def _with_entry(self, entry: Speaker, waiting: tuple[str, ...] | None = None) -> SpeakerList:
        entries = dict(self.entries)
        entries[entry.entry_id] = entry
        return SpeakerList(
            self.segment_id,
            entries,
            self.waiting if waiting is None else waiting,
            self.limit_seconds,
            self.closed,
        )


# ============================================================================ events
@dataclass(frozen=True, slots=True)
class _ListEvent(Event):
    segment_id: Id


@dataclass(frozen=True, slots=True)
class _EntryEvent(Event):
    segment_id: Id
    entry_id: Id


@dataclass(frozen=True, slots=True)
class SpeakerQueued(Event):
    """A participant asks for the floor: a new entry on a segment's list, waiting at ``position``
    (0-based among those waiting; None: at the end)."""

    type_name: ClassVar[str] = "SpeakerQueued"
    segment_id: Id
    entry_id: Id
    participant_id: Id
    position: Annotated[int, Min(0)] | None = None
    addresses: tuple[Id, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerMoved(Event):
    """A waiting entry moves to ``position`` (0-based among those waiting; 0 is the top)."""

    type_name: ClassVar[str] = "SpeakerMoved"
    segment_id: Id
    entry_id: Id
    position: Annotated[int, Min(0)]


class ReorderReason(StrEnum):
    """Why a list was reordered as a whole (for the undo label and the record)."""

    MANUAL = "manual"
    UNHEARD_FIRST = "unheard_first"
    ALTERNATE = "alternate"


@dataclass(frozen=True, slots=True)
class SpeakersReordered(Event):
    """The waiting entries take the order ``order`` (computed by a command: "not yet heard
    first", "alternate room and online"). Waiting entries it does not name (queued meanwhile by
    another seat) follow in their order; ids that are not waiting are ignored. A reason of a
    newer version reads as a manual reorder: the order is what counts."""

    type_name: ClassVar[str] = "SpeakersReordered"
    segment_id: Id
    order: tuple[Id, ...] = ()
    reason: Annotated[ReorderReason, Fallback(ReorderReason.MANUAL)] = ReorderReason.MANUAL


@dataclass(frozen=True, slots=True)
class SpeakerCalled(_EntryEvent):
    """A waiting entry gets the floor and their clock starts; whoever had it is finished."""

    type_name: ClassVar[str] = "SpeakerCalled"


@dataclass(frozen=True, slots=True)
class SpeakerPaused(_EntryEvent):
    """The speaker's clock is held (interpretation, connection trouble); they keep the floor."""

    type_name: ClassVar[str] = "SpeakerPaused"


@dataclass(frozen=True, slots=True)
class SpeakerResumed(_EntryEvent):
    """The held speaker's clock runs again."""

    type_name: ClassVar[str] = "SpeakerResumed"


@dataclass(frozen=True, slots=True)
class SpeakerExtended(Event):
    """The speaker's limit grows by ``seconds`` (shrinks when negative)."""

    type_name: ClassVar[str] = "SpeakerExtended"
    segment_id: Id
    entry_id: Id
    seconds: int


@dataclass(frozen=True, slots=True)
class SpeakerFinished(_EntryEvent):
    """The speaker on the floor is done."""

    type_name: ClassVar[str] = "SpeakerFinished"


@dataclass(frozen=True, slots=True)
class SpeakerSkipped(_EntryEvent):
    """A waiting entry moves down one place (the one on the floor goes back to waiting, second)."""

    type_name: ClassVar[str] = "SpeakerSkipped"


@dataclass(frozen=True, slots=True)
class SpeakerDeferred(_EntryEvent):
    """A waiting entry (or the one on the floor) goes to the end of those waiting."""

    type_name: ClassVar[str] = "SpeakerDeferred"


@dataclass(frozen=True, slots=True)
class SpeakerWithdrawn(_EntryEvent):
    """The entry leaves the list (waiting, or on the floor: their turn ends)."""

    type_name: ClassVar[str] = "SpeakerWithdrawn"


@dataclass(frozen=True, slots=True)
class SpeakerRestored(Event):
    """A withdrawn or done entry waits again, at ``position`` (None: at the end)."""

    type_name: ClassVar[str] = "SpeakerRestored"
    segment_id: Id
    entry_id: Id
    position: Annotated[int, Min(0)] | None = None


@dataclass(frozen=True, slots=True)
class SpeakerEdited(Event):
    """An entry's standing items and note are replaced."""

    type_name: ClassVar[str] = "SpeakerEdited"
    segment_id: Id
    entry_id: Id
    addresses: tuple[Id, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ListClosed(_ListEvent):
    """The list takes no new requests (those on it can still be called)."""

    type_name: ClassVar[str] = "ListClosed"


@dataclass(frozen=True, slots=True)
class ListReopened(_ListEvent):
    """The closed list takes requests again."""

    type_name: ClassVar[str] = "ListReopened"


@dataclass(frozen=True, slots=True)
class ListLimitSet(Event):
    """The list's speaking limit, for the speakers called from now on."""

    type_name: ClassVar[str] = "ListLimitSet"
    segment_id: Id
    seconds: Annotated[int, Min(1)]


QUEUE_EVENTS: tuple[type[Event], ...] = (
    SpeakerQueued,
    SpeakerMoved,
    SpeakersReordered,
    SpeakerCalled,
    SpeakerPaused,
    SpeakerResumed,
    SpeakerExtended,
    SpeakerFinished,
    SpeakerSkipped,
    SpeakerDeferred,
    SpeakerWithdrawn,
    SpeakerRestored,
    SpeakerEdited,
    ListClosed,
    ListReopened,
    ListLimitSet,
)
#: The agenda's events the queue folds too: the floor ends with its segment.
_AGENDA_EVENTS: tuple[type[Event], ...] = (
    SegmentStarted,
    SegmentPaused,
    SegmentResumed,
    SegmentFinished,
    SittingEnded,
    ProgrammeEdited,
    ClockAdjusted,
)


def entry_number(entry_id: str) -> int | None:
    """N for an entry id "s-N" (the ids the commands hand out), else None."""
    if entry_id.startswith("s-"):
        digits = entry_id[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None


# ============================================================================ the state
@dataclass(frozen=True, slots=True)
class QueueState:
    """The participants and every list of speakers. Immutable: every event makes a new one."""

    participants: ParticipantRegistry
    lists: Mapping[str, SpeakerList]
    floor: Floor | None = None
    #: The N of the next entry id "s-N": one more than any seen.
    next_entry: int = 1
    index: ProgrammeIndex | None = field(default=None, compare=False, repr=False)

    @classmethod
    def initial(cls, programme: Programme) -> QueueState:
        return cls(ParticipantRegistry.EMPTY, {}, None, 1, ProgrammeIndex(programme))

    # ------------------------------------------------------------------ queries
    def list_of(self, segment_id: str) -> SpeakerList:
        """The list of ``segment_id`` (an empty, open one if nobody asked yet)."""
        found = self.lists.get(segment_id)
        return found if found is not None else SpeakerList(segment_id, _NO_ENTRIES)

    def find(self, entry_id: str) -> tuple[SpeakerList, Speaker] | None:
        """The list and the entry of ``entry_id``, wherever it is."""
        for lst in self.lists.values():
            entry = lst.entries.get(entry_id)
            if entry is not None:
                return lst, entry
        return None

    def floor_speaker(self) -> Speaker | None:
        """Who has the floor (speaking or held), or None."""
        if self.floor is None:
            return None
        return self.lists[self.floor.segment_id].entries[self.floor.entry_id]

    def floor_list(self) -> SpeakerList | None:
        return None if self.floor is None else self.lists[self.floor.segment_id]

    def participant(self, participant_id: str) -> Participant | None:
        return self.participants.get(participant_id)

    def name(self, participant_id: str) -> str:
        return self.participants.name(participant_id)

    def display(self, participant_id: str) -> str:
        """As lists show them: "Ms. A (NGO X)" (the id if unknown)."""
        found = self.participants.get(participant_id)
        return found.display if found is not None else participant_id

    def attendance(self, participant_id: str) -> Attendance:
        found = self.participants.get(participant_id)
        return found.attendance if found is not None else Attendance.ROOM

    def title(self, segment_id: str) -> str:
        segment = self.index.segments.get(segment_id) if self.index is not None else None
        return short_title(segment) if segment is not None else segment_id

    def knows_segment(self, segment_id: str) -> bool:
        return self.index is not None and segment_id in self.index.order

    def heard_entries(self) -> list[Speaker]:
        """Every entry that has had the floor today (done, or on the floor now), any list."""
        return [s for lst in self.lists.values() for s in lst.entries.values() if s.heard]

    def heard_participants(self) -> set[str]:
        """The participants heard today (in any list)."""
        return {s.participant_id for s in self.heard_entries()}

    def last_heard(self) -> Speaker | None:
        """Whoever spoke last: the one on the floor, else the last one called."""
        floor = self.floor_speaker()
        if floor is not None:
            return floor
        heard = [s for s in self.heard_entries() if s.runs]
        if not heard:
            return None
        return max(heard, key=lambda s: (s.last_start, s.entry_id))

    def next_entry_id(self) -> str:
        return f"s-{self.next_entry}"

    # ------------------------------------------------------------------ building blocks
    def _evolve(
        self,
        lists: Mapping[str, SpeakerList] | None = None,
        floor: Any = _SAME,
        *,
        participants: ParticipantRegistry | None = None,
        next_entry: int | None = None,
        index: ProgrammeIndex | None = None,
    ) -> QueueState:
        """A copy with what is given changed (the floor unchanged unless given, None included)."""
        return QueueState(
            self.participants if participants is None else participants,
            self.lists if lists is None else lists,
            self.floor if floor is _SAME else floor,
            self.next_entry if next_entry is None else next_entry,
            self.index if index is None else index,
        )

    def _put(self, lst: SpeakerList) -> dict[str, SpeakerList]:
        lists = dict(self.lists)
        lists[lst.segment_id] = lst
        return lists

    def _entry(self, segment_id: str, entry_id: str) -> tuple[SpeakerList, Speaker] | None:
        lst = self.lists.get(segment_id)
        if lst is None:
            return None
        entry = lst.entries.get(entry_id)
        return None if entry is None else (lst, entry)

    def _end_floor(self, at: dt.datetime) -> QueueState:
        """Whoever has the floor is done (at ``at``)."""
        if self.floor is None:
            return self
        lst = self.lists[self.floor.segment_id]
        entry = lst.entries[self.floor.entry_id].stopped(at, SpeakerStatus.DONE)
        return self._evolve(self._put(lst._with_entry(entry)), None)

    # ------------------------------------------------------------------ reducers
    def with_queued(self, e: SpeakerQueued, at: dt.datetime) -> QueueState:
        if not self.knows_segment(e.segment_id) or self.find(e.entry_id) is not None:
            return self
        lst = self.list_of(e.segment_id)
        entry = Speaker(
            e.entry_id, e.participant_id, SpeakerStatus.WAITING, e.addresses, e.note, at
        )
        lst = lst._with_entry(entry, _inserted(lst.waiting, e.entry_id, e.position))
        number = entry_number(e.entry_id)
        next_entry = self.next_entry if number is None else max(self.next_entry, number + 1)
        return self._evolve(self._put(lst), next_entry=next_entry)

    def with_moved(self, e: SpeakerMoved) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.WAITING:
            return self
        lst = found[0]
        order = _removed(lst.waiting, e.entry_id)
        order = _inserted(order, e.entry_id, e.position)
        if order == lst.waiting:
            return self
        return self._evolve(self._put(lst._with(waiting=order)))

    def with_reordered(self, e: SpeakersReordered) -> QueueState:
        lst = self.lists.get(e.segment_id)
        if lst is None:
            return self
        waiting = set(lst.waiting)
        named = list(dict.fromkeys(i for i in e.order if i in waiting))
        seen = set(named)
        order = (*named, *(i for i in lst.waiting if i not in seen))
        if order == lst.waiting:
            return self
        return self._evolve(self._put(lst._with(waiting=order)))

    def with_called(self, e: SpeakerCalled, at: dt.datetime) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.WAITING:
            return self
        state = self._end_floor(at)
        lst = state.lists[e.segment_id]
        entry = lst.entries[e.entry_id].started(at, lst.limit_seconds)
        lst = lst._with_entry(entry, _removed(lst.waiting, e.entry_id))
        return state._evolve(state._put(lst), Floor(e.segment_id, e.entry_id))

    def _floor_entry(self, segment_id: str, entry_id: str) -> tuple[SpeakerList, Speaker] | None:
        if self.floor != (segment_id, entry_id):
            return None
        return self._entry(segment_id, entry_id)

    def with_paused(self, e: SpeakerPaused, at: dt.datetime) -> QueueState:
        found = self._floor_entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.SPEAKING:
            return self
        lst, entry = found
        return self._evolve(self._put(lst._with_entry(entry.stopped(at, SpeakerStatus.PAUSED))))

    def with_clock_adjusted(self, e: ClockAdjusted) -> QueueState:
        """A correction of the clock: the speaker on the floor keeps the time they had spoken."""
        floor = self.floor_speaker()
        lst = self.floor_list()
        if not e.corrects or floor is None or lst is None or not floor.runs:
            return self
        last = floor.runs[-1]
        if last.end is not None:
            return self
        moved = Run(last.start + dt.timedelta(milliseconds=e.milliseconds))
        return self._evolve(
            self._put(lst._with_entry(replace(floor, runs=(*floor.runs[:-1], moved))))
        )

    def with_resumed(self, e: SpeakerResumed, at: dt.datetime) -> QueueState:
        found = self._floor_entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.PAUSED:
            return self
        lst, entry = found
        return self._evolve(self._put(lst._with_entry(entry.started(at, lst.limit_seconds))))

    def with_extended(self, e: SpeakerExtended) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None or e.seconds == 0:
            return self
        lst, entry = found
        entry = replace(entry, extension_seconds=entry.extension_seconds + e.seconds)
        return self._evolve(self._put(lst._with_entry(entry)))

    def with_finished(self, e: SpeakerFinished, at: dt.datetime) -> QueueState:
        if self.floor != (e.segment_id, e.entry_id):
            return self
        return self._end_floor(at)

    def _back_to_waiting(self, e: _EntryEvent, at: dt.datetime, position: int) -> QueueState:
        """The speaker on the floor goes back to waiting at ``position`` (their time kept)."""
        lst = self.lists[e.segment_id]
        entry = lst.entries[e.entry_id].stopped(at, SpeakerStatus.WAITING)
        lst = lst._with_entry(entry, _inserted(lst.waiting, e.entry_id, position))
        return self._evolve(self._put(lst), None)

    def with_skipped(self, e: SpeakerSkipped, at: dt.datetime) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if self.floor == (e.segment_id, e.entry_id):
            return self._back_to_waiting(e, at, 1)
        if entry.status is not SpeakerStatus.WAITING:
            return self
        index = lst.waiting.index(e.entry_id)
        if index + 1 >= len(lst.waiting):
            return self
        order = list(lst.waiting)
        order[index], order[index + 1] = order[index + 1], order[index]
        return self._evolve(self._put(lst._with(waiting=tuple(order))))

    def with_deferred(self, e: SpeakerDeferred, at: dt.datetime) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if self.floor == (e.segment_id, e.entry_id):
            return self._back_to_waiting(e, at, len(lst.waiting))
        if entry.status is not SpeakerStatus.WAITING or lst.waiting[-1] == e.entry_id:
            return self
        order = (*_removed(lst.waiting, e.entry_id), e.entry_id)
        return self._evolve(self._put(lst._with(waiting=order)))

    def with_withdrawn(self, e: SpeakerWithdrawn, at: dt.datetime) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if self.floor == (e.segment_id, e.entry_id):
            gone = entry.stopped(at, SpeakerStatus.WITHDRAWN)
            return self._evolve(self._put(lst._with_entry(gone)), None)
        if entry.status is not SpeakerStatus.WAITING:
            return self
        gone = entry.stopped(at, SpeakerStatus.WITHDRAWN)
        return self._evolve(self._put(lst._with_entry(gone, _removed(lst.waiting, e.entry_id))))

    def with_restored(self, e: SpeakerRestored) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None or found[1].status not in (SpeakerStatus.DONE, SpeakerStatus.WITHDRAWN):
            return self
        lst, entry = found
        back = replace(entry, status=SpeakerStatus.WAITING, ended_at=None)
        lst = lst._with_entry(back, _inserted(lst.waiting, e.entry_id, e.position))
        return self._evolve(self._put(lst))

    def with_edited(self, e: SpeakerEdited) -> QueueState:
        found = self._entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if (entry.addresses, entry.note) == (e.addresses, e.note):
            return self
        edited = replace(entry, addresses=e.addresses, note=e.note)
        return self._evolve(self._put(lst._with_entry(edited)))

    def with_list(self, segment_id: str, **changes: Any) -> QueueState:
        """The list of ``segment_id`` with ``changes`` (closed=…, limit_seconds=…)."""
        if not self.knows_segment(segment_id):
            return self
        lst = self.list_of(segment_id)
        if all(getattr(lst, key) == value for key, value in changes.items()):
            return self
        return self._evolve(self._put(lst._with(**changes)))

    # --- the participants
    def with_participants(self, registry: ParticipantRegistry) -> QueueState:
        return self if registry is self.participants else self._evolve(participants=registry)

    # --- the agenda: the floor ends with its segment
    def with_segment_started(self, segment_id: str, at: dt.datetime) -> QueueState:
        if self.floor is None or segment_id == self.floor.segment_id:
            return self
        if not self.knows_segment(segment_id):
            return self
        return self._end_floor(at)

    def with_segment_paused(self, segment_id: str, at: dt.datetime) -> QueueState:
        """The segment's clock stops, and so does the clock of whoever speaks in it: a pause
        (an interpretation failure, a fire drill) is nobody's speaking time. They keep the floor
        and stay "speaking"; the segment's resumption restarts their clock. A speaker already
        held stays held."""
        if self.floor is None or segment_id != self.floor.segment_id:
            return self
        lst = self.lists[segment_id]
        entry = lst.entries[self.floor.entry_id]
        if entry.status is not SpeakerStatus.SPEAKING or entry.open_since is None:
            return self
        stopped = entry.stopped(at, SpeakerStatus.SPEAKING)
        return self._evolve(self._put(lst._with_entry(stopped)))

    def with_segment_resumed(self, segment_id: str, at: dt.datetime) -> QueueState:
        """The segment runs again: the speaker its pause stopped speaks on."""
        if self.floor is None or segment_id != self.floor.segment_id:
            return self
        lst = self.lists[segment_id]
        entry = lst.entries[self.floor.entry_id]
        if entry.status is not SpeakerStatus.SPEAKING or entry.open_since is not None:
            return self
        return self._evolve(self._put(lst._with_entry(entry.started(at, lst.limit_seconds))))

    def with_segment_finished(self, segment_id: str, at: dt.datetime) -> QueueState:
        if self.floor is None or segment_id != self.floor.segment_id:
            return self
        return self._end_floor(at)

    def with_programme(self, programme: Programme, at: dt.datetime) -> QueueState:
        index = ProgrammeIndex(programme)
        state = self
        if self.floor is not None and self.floor.segment_id not in index.order:
            state = self._end_floor(at)
        return state._evolve(index=index)


# ============================================================================ the slice
_Reducer = Callable[[QueueState, Any, dt.datetime], QueueState]


class QueueSlice:
    """The speaker queue and the participants, as a slice of the fold."""

    name = "queue"
    events: tuple[type[Event], ...] = (*PARTICIPANT_EVENTS, *QUEUE_EVENTS, *_AGENDA_EVENTS)

    def __init__(self) -> None:
        self._reducers: dict[type[Event], _Reducer] = {
            ParticipantsImported: lambda s, e, at: s.with_participants(
                s.participants.with_added(e.participants)
            ),
            ParticipantAdded: lambda s, e, at: s.with_participants(
                s.participants.with_added((e.participant,))
            ),
            ParticipantEdited: lambda s, e, at: s.with_participants(
                s.participants.with_replaced(e.participant)
            ),
            SpeakerQueued: lambda s, e, at: s.with_queued(e, at),
            SpeakerMoved: lambda s, e, at: s.with_moved(e),
            SpeakersReordered: lambda s, e, at: s.with_reordered(e),
            SpeakerCalled: lambda s, e, at: s.with_called(e, at),
            SpeakerPaused: lambda s, e, at: s.with_paused(e, at),
            SpeakerResumed: lambda s, e, at: s.with_resumed(e, at),
            SpeakerExtended: lambda s, e, at: s.with_extended(e),
            SpeakerFinished: lambda s, e, at: s.with_finished(e, at),
            SpeakerSkipped: lambda s, e, at: s.with_skipped(e, at),
            SpeakerDeferred: lambda s, e, at: s.with_deferred(e, at),
            SpeakerWithdrawn: lambda s, e, at: s.with_withdrawn(e, at),
            SpeakerRestored: lambda s, e, at: s.with_restored(e),
            SpeakerEdited: lambda s, e, at: s.with_edited(e),
            ListClosed: lambda s, e, at: s.with_list(e.segment_id, closed=True),
            ListReopened: lambda s, e, at: s.with_list(e.segment_id, closed=False),
            ListLimitSet: lambda s, e, at: s.with_list(e.segment_id, limit_seconds=e.seconds),
            SegmentStarted: lambda s, e, at: s.with_segment_started(e.segment_id, at),
            ClockAdjusted: lambda s, e, at: s.with_clock_adjusted(e),
            SegmentPaused: lambda s, e, at: s.with_segment_paused(e.segment_id, at),
            SegmentResumed: lambda s, e, at: s.with_segment_resumed(e.segment_id, at),
            SegmentFinished: lambda s, e, at: s.with_segment_finished(e.segment_id, at),
            SittingEnded: lambda s, e, at: s._end_floor(at),
            ProgrammeEdited: lambda s, e, at: s.with_programme(e.programme, at),
        }

    def initial(self, programme: Programme) -> QueueState:
        return QueueState.initial(programme)

    def apply(self, state: QueueState, event: Event, record: EventRecord) -> QueueState:
        reducer = self._reducers.get(type(event))
        return state if reducer is None else reducer(state, event, record.at)

    def describe(self, state: QueueState, event: Event) -> str | None:
        """What undoing ``event`` would take back: "Call Ms. A", "Import of 250 participants"."""
        if isinstance(event, ParticipantsImported):
            count = len(event.participants)
            text = f"Import of {count} participant{'s' if count != 1 else ''}"
            return f"{text} ({event.source})" if event.source else text
        if isinstance(event, ParticipantAdded):
            kind = "Guest" if event.participant.guest else "New participant"
            return f"{kind} {event.participant.name}"
        if isinstance(event, ParticipantEdited):
            return f"Edit of {state.name(event.participant.id)}"
        if isinstance(event, SpeakerQueued):
            return f"Queue {state.name(event.participant_id)} ({state.title(event.segment_id)})"
        if isinstance(event, SpeakersReordered):
            return f"{_REORDER_WORDS[event.reason]} ({state.title(event.segment_id)})"
        if isinstance(event, ListClosed):
            return f"Close the list ({state.title(event.segment_id)})"
        if isinstance(event, ListReopened):
            return f"Reopen the list ({state.title(event.segment_id)})"
        if isinstance(event, ListLimitSet):
            limit = format_clock(event.seconds)
            return f"Speaking limit {limit} ({state.title(event.segment_id)})"
        entry_id = getattr(event, "entry_id", None)
        segment_id = getattr(event, "segment_id", None)
        if entry_id is None or segment_id is None:
            return None  # the agenda's events: the agenda names them
        found = state._entry(segment_id, entry_id)
        who = state.name(found[1].participant_id) if found is not None else entry_id
        if isinstance(event, SpeakerMoved):
            return f"Move {who} to the top" if event.position == 0 else f"Move {who}"
        if isinstance(event, SpeakerExtended):
            word = "Extend" if event.seconds >= 0 else "Shorten"
            return f"{word} {who} by {words_for_seconds(abs(event.seconds))}"
        verb = _ENTRY_VERBS.get(type(event))
        return None if verb is None else f"{verb} {who}"


_REORDER_WORDS = {
    ReorderReason.MANUAL: "Reorder the list",
    ReorderReason.UNHEARD_FIRST: "Not yet heard first",
    ReorderReason.ALTERNATE: "Alternate room and online",
}
_ENTRY_VERBS: dict[type[Event], str] = {
    SpeakerCalled: "Call",
    SpeakerPaused: "Hold",
    SpeakerResumed: "Resume",
    SpeakerFinished: "Finish",
    SpeakerSkipped: "Skip",
    SpeakerDeferred: "Defer",
    SpeakerWithdrawn: "Withdraw",
    SpeakerRestored: "Restore",
    SpeakerEdited: "Edit",
}


QUEUE = QueueSlice()


def list_in_view(state: MeetingState) -> str | None:
    """The segment whose list of speakers is in view: the floor's, else the current segment's,
    else the next one's. The one rule the speakers dock, the board and the live figures follow."""
    queue = queue_of(state)
    if queue.floor is not None:
        return queue.floor.segment_id
    agenda = state.agenda
    return agenda.current if agenda.current is not None else agenda.next_id()


def queue_of(state: MeetingState) -> QueueState:
    """The queue slice of a meeting's state (an empty one if the fold left the slice out)."""
    found = state.slices.get(QUEUE.name)
    if isinstance(found, QueueState):
        return found
    return QueueState.initial(state.programme)


# ============================================================================ the speaker's clock
@dataclass(frozen=True, slots=True)
class QueueSettings:
    """When a speaker's countdown turns to warning ("0:30 left") and to danger ("wrap up")."""

    warning_seconds: int = 30
    danger_seconds: int = 10

    def __post_init__(self) -> None:
        if not 0 <= self.danger_seconds <= self.warning_seconds:
            raise ValueError("thresholds: 0 <= danger_seconds <= warning_seconds")

    def phase(self, remaining: dt.timedelta) -> Phase:
        if remaining < _ZERO:
            return Phase.OVERTIME
        if remaining <= dt.timedelta(seconds=self.danger_seconds):
            return Phase.DANGER
        if remaining <= dt.timedelta(seconds=self.warning_seconds):
            return Phase.WARNING
        return Phase.NORMAL


DEFAULT_QUEUE_SETTINGS = QueueSettings()


@dataclass(frozen=True, slots=True)
class SpeakerTiming:
    """A speaker's clock at one instant."""

    segment_id: str
    entry_id: str
    elapsed: dt.timedelta
    allotted: dt.timedelta
    remaining: dt.timedelta  # negative in overtime
    phase: Phase
    held: bool  # on the floor, clock held
    running: bool  # the clock moves

    @property
    def overtime(self) -> dt.timedelta:
        return max(-self.remaining, _ZERO)

    @property
    def display(self) -> str:
        """The speaker's clock: "2:59" counting down, "+0:12" in overtime."""
        return format_remaining(self.remaining)


def timing_of(
    lst: SpeakerList,
    speaker: Speaker,
    now: dt.datetime,
    settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
) -> SpeakerTiming:
    """The clock of any entry of ``lst`` at ``now``."""
    allotted = dt.timedelta(seconds=speaker.allotted_seconds(lst.limit_seconds))
    elapsed = speaker.elapsed(now)
    remaining = allotted - elapsed
    return SpeakerTiming(
        lst.segment_id,
        speaker.entry_id,
        elapsed,
        allotted,
        remaining,
        settings.phase(remaining),
        speaker.held,
        speaker.open_since is not None,
    )


def speaker_timing(
    queue: QueueState, now: dt.datetime, settings: QueueSettings = DEFAULT_QUEUE_SETTINGS
) -> SpeakerTiming | None:
    """The clock of whoever has the floor, or None."""
    lst, speaker = queue.floor_list(), queue.floor_speaker()
    if lst is None or speaker is None:
        return None
    return timing_of(lst, speaker, now, settings)
