"""The participants and every list of speakers: :class:`QueueState`, its queries, and the
changes each event makes (the reducer, :mod:`facilitator.core.queue.reducer`, calls them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator.core.agenda.events import ClockAdjusted
from facilitator.core.agenda.values import ProgrammeIndex, Run, short_title
from facilitator.core.construct import maker
from facilitator.core.fold.persistent import pmap
from facilitator.core.participants.registry import ParticipantRegistry
from facilitator.core.participants.values import Attendance, Participant
from facilitator.core.programme import Programme
from facilitator.core.queue.events import (
    EntryEvent,
    SpeakerCalled,
    SpeakerDeferred,
    SpeakerEdited,
    SpeakerExtended,
    SpeakerFinished,
    SpeakerMoved,
    SpeakerPaused,
    SpeakerQueued,
    SpeakerRestored,
    SpeakerResumed,
    SpeakerSkipped,
    SpeakersReordered,
    SpeakerWithdrawn,
)
from facilitator.core.queue.values import (
    Floor,
    Interrupted,
    Speaker,
    SpeakerList,
    SpeakerStatus,
    TurnKind,
    entry_number,
    evolve_speaker,
)


def _inserted(order: tuple[str, ...], entry_id: str, position: int | None) -> tuple[str, ...]:
    if position is None or position >= len(order):
        return (*order, entry_id)
    position = max(position, 0)
    return (*order[:position], entry_id, *order[position:])


def _removed(order: tuple[str, ...], entry_id: str) -> tuple[str, ...]:
    index = order.index(entry_id)
    return order[:index] + order[index + 1 :]


_NO_ENTRIES: Mapping[str, Speaker] = pmap()
_SAME: Any = object()


@dataclass(frozen=True, slots=True)
class QueueState:
    """The participants and every list of speakers. Immutable: every event makes a new one."""

    participants: ParticipantRegistry
    lists: Mapping[str, SpeakerList]
    floor: Floor | None = None
    #: The N of the next entry id "s-N": one more than any seen.
    next_entry: int = 1
    index: ProgrammeIndex | None = field(default=None, compare=False, repr=False)
    #: The list (segment id) of every entry id: :meth:`find` without looking through every list.
    #: Derived from ``lists`` (entries are only ever added, by :meth:`with_queued`).
    entry_lists: Mapping[str, str] = field(default_factory=pmap, compare=False, repr=False)
    #: The speaker a point of order or a right of reply on the floor interrupted (they resume
    #: when it ends: :mod:`facilitator.core.queue.interjections`).
    interrupted: Interrupted | None = None

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
        segment_id = self.entry_lists.get(entry_id)
        return None if segment_id is None else self.entry(segment_id, entry_id)

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
        entry_lists: Mapping[str, str] | None = None,
        interrupted: Any = _SAME,
    ) -> QueueState:
        """A copy with what is given changed (the floor unchanged unless given, None included)."""
        return _make_state(
            self.participants if participants is None else participants,
            self.lists if lists is None else lists,
            self.floor if floor is _SAME else floor,
            self.next_entry if next_entry is None else next_entry,
            self.index if index is None else index,
            self.entry_lists if entry_lists is None else entry_lists,
            self.interrupted if interrupted is _SAME else interrupted,
        )

    def _put(self, lst: SpeakerList) -> dict[str, SpeakerList]:
        lists = dict(self.lists)
        lists[lst.segment_id] = lst
        return lists

    def entry(self, segment_id: str, entry_id: str) -> tuple[SpeakerList, Speaker] | None:
        """The list of ``segment_id`` and its entry ``entry_id``, if both exist."""
        lst = self.lists.get(segment_id)
        if lst is None:
            return None
        entry = lst.entries.get(entry_id)
        return None if entry is None else (lst, entry)

    def with_floor_ended(self, at: dt.datetime) -> QueueState:
        """Whoever has the floor is done (at ``at``)."""
        if self.floor is None:
            return self
        lst = self.lists[self.floor.segment_id]
        entry = lst.entries[self.floor.entry_id].stopped(at, SpeakerStatus.DONE)
        state = self._evolve(self._put(lst._with_entry(entry)), None)
        if self.interrupted is None:
            return state
        # The floor moves on during a point of order: the speaker it interrupted is done too.
        return state._interrupted_ended(at, resume=False)

    def _interrupted_ended(self, at: dt.datetime, *, resume: bool) -> QueueState:
        """The point of order (or right of reply) is over: the speaker it interrupted gets the
        floor back with their clock as it was (running again, or still held), or, when the floor
        moves on (``resume`` false), is done."""
        back = self.interrupted
        found = None if back is None else self.entry(back.segment_id, back.entry_id)
        if back is None or found is None or found[1].status is not SpeakerStatus.PAUSED:
            return self._evolve(interrupted=None)
        lst, entry = found
        if not resume or self.floor is not None:
            entry = entry.stopped(at, SpeakerStatus.DONE)
            return self._evolve(self._put(lst._with_entry(entry)), interrupted=None)
        if not back.held:
            entry = entry.started(at, lst.limit_seconds)
        return self._evolve(
            self._put(lst._with_entry(entry)),
            Floor(back.segment_id, back.entry_id),
            interrupted=None,
        )

    # ------------------------------------------------------------------ reducers
    def with_queued(self, e: SpeakerQueued, at: dt.datetime) -> QueueState:
        if not self.knows_segment(e.segment_id) or e.entry_id in self.entry_lists:
            return self
        number = entry_number(e.entry_id)
        lst = self.list_of(e.segment_id)
        entry = _make_speaker(
            e.entry_id, e.participant_id, SpeakerStatus.WAITING, e.addresses, e.note, at
        )
        lst = lst._with_entry(entry, _inserted(lst.waiting, e.entry_id, e.position))
        next_entry = self.next_entry if number is None else max(self.next_entry, number + 1)
        entry_lists = pmap(self.entry_lists).add_new(e.entry_id, e.segment_id)
        return self._evolve(self._put(lst), next_entry=next_entry, entry_lists=entry_lists)

    def with_moved(self, e: SpeakerMoved) -> QueueState:
        found = self.entry(e.segment_id, e.entry_id)
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
        found = self.entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.WAITING:
            return self
        state = self.with_floor_ended(at)
        lst = state.lists[e.segment_id]
        entry = lst.entries[e.entry_id].started(at, lst.limit_seconds)
        lst = lst._with_entry(entry, _removed(lst.waiting, e.entry_id))
        return state._evolve(state._put(lst), Floor(e.segment_id, e.entry_id))

    def _floor_entry(self, segment_id: str, entry_id: str) -> tuple[SpeakerList, Speaker] | None:
        if self.floor != (segment_id, entry_id):
            return None
        return self.entry(segment_id, entry_id)

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
            self._put(lst._with_entry(evolve_speaker(floor, runs=(*floor.runs[:-1], moved))))
        )

    def with_resumed(self, e: SpeakerResumed, at: dt.datetime) -> QueueState:
        found = self._floor_entry(e.segment_id, e.entry_id)
        if found is None or found[1].status is not SpeakerStatus.PAUSED:
            return self
        lst, entry = found
        return self._evolve(self._put(lst._with_entry(entry.started(at, lst.limit_seconds))))

    def with_extended(self, e: SpeakerExtended) -> QueueState:
        found = self.entry(e.segment_id, e.entry_id)
        if found is None or e.seconds == 0:
            return self
        lst, entry = found
        entry = evolve_speaker(entry, extension_seconds=entry.extension_seconds + e.seconds)
        return self._evolve(self._put(lst._with_entry(entry)))

    def with_finished(self, e: SpeakerFinished, at: dt.datetime) -> QueueState:
        if self.floor != (e.segment_id, e.entry_id):
            return self
        if self.interrupted is not None and self.interrupted.by == e.entry_id:
            lst = self.lists[e.segment_id]
            entry = lst.entries[e.entry_id].stopped(at, SpeakerStatus.DONE)
            state = self._evolve(self._put(lst._with_entry(entry)), None)
            return state._interrupted_ended(at, resume=True)
        return self.with_floor_ended(at)

    def _back_to_waiting(self, e: EntryEvent, at: dt.datetime, position: int) -> QueueState:
        """The speaker on the floor goes back to waiting at ``position`` (their time kept)."""
        lst = self.lists[e.segment_id]
        entry = lst.entries[e.entry_id].stopped(at, SpeakerStatus.WAITING)
        lst = lst._with_entry(entry, _inserted(lst.waiting, e.entry_id, position))
        state = self._evolve(self._put(lst), None)
        return state if self.interrupted is None else state._interrupted_ended(at, resume=True)

    def with_skipped(self, e: SpeakerSkipped, at: dt.datetime) -> QueueState:
        found = self.entry(e.segment_id, e.entry_id)
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
        found = self.entry(e.segment_id, e.entry_id)
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
        found = self.entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if self.floor == (e.segment_id, e.entry_id):
            gone = entry.stopped(at, SpeakerStatus.WITHDRAWN)
            state = self._evolve(self._put(lst._with_entry(gone)), None)
            if self.interrupted is not None:  # a point of order withdrawn: the speaker resumes
                return state._interrupted_ended(at, resume=self.interrupted.by == e.entry_id)
            return state
        if entry.status is not SpeakerStatus.WAITING:
            return self
        gone = entry.stopped(at, SpeakerStatus.WITHDRAWN)
        return self._evolve(self._put(lst._with_entry(gone, _removed(lst.waiting, e.entry_id))))

    def with_restored(self, e: SpeakerRestored) -> QueueState:
        found = self.entry(e.segment_id, e.entry_id)
        if found is None or found[1].status not in (SpeakerStatus.DONE, SpeakerStatus.WITHDRAWN):
            return self
        lst, entry = found
        back = evolve_speaker(entry, status=SpeakerStatus.WAITING, ended_at=None)
        lst = lst._with_entry(back, _inserted(lst.waiting, e.entry_id, e.position))
        return self._evolve(self._put(lst))

    def with_edited(self, e: SpeakerEdited) -> QueueState:
        found = self.entry(e.segment_id, e.entry_id)
        if found is None:
            return self
        lst, entry = found
        if (entry.addresses, entry.note) == (e.addresses, e.note):
            return self
        edited = evolve_speaker(entry, addresses=e.addresses, note=e.note)
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
        return self.with_floor_ended(at)

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
        return self.with_floor_ended(at)

    def with_programme(self, programme: Programme, at: dt.datetime) -> QueueState:
        index = ProgrammeIndex(programme)
        state = self
        if self.floor is not None and self.floor.segment_id not in index.order:
            state = self.with_floor_ended(at)
        return state._evolve(index=index)


# The fold makes one of these an event: quicker than its __init__ (facilitator.core.construct).
_make_state = maker(QueueState)


def _make_speaker(
    entry_id: str,
    participant_id: str,
    status: SpeakerStatus,
    addresses: tuple[str, ...],
    note: str,
    queued_at: dt.datetime,
) -> Speaker:
    """A new entry, as ``Speaker(...)`` makes it with its clock at zero, quicker."""
    return _new_speaker(
        entry_id,
        participant_id,
        status,
        addresses,
        note,
        queued_at,
        (),
        _ZERO,
        None,
        0,
        None,
        TurnKind.SPEECH,
    )


_new_speaker = maker(Speaker)
_ZERO = dt.timedelta(0)
