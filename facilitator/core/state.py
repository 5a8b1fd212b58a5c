"""The live state of a meeting: a pure function of its programme and its journal.

``state = fold(programme, records)``; a running app keeps a :class:`Folder` and applies each newly
committed record with :meth:`Folder.apply`, without refolding.

**Slices.** The state is made of independent *slices*, each with its own immutable state value and
a reducer: the agenda (this module), and later the speaker queue and the interventions. A slice is
any object with the :class:`Slice` shape; it names the event classes it folds, and the folder routes
each record to the slices that asked for its type. A record no slice knows is kept and ignored. To
add a slice, write it in its own module and list it in
:data:`facilitator.core.slices.DEFAULT_SLICES` (or pass ``slices=``).

**Undo / redo** are generic and live in the folder, not in the slices. Every event whose class is
``undoable`` is a step. ``Undone(seq)`` cancels an effective step, ``Redone(seq)`` restores an
undone one; the state is then recomputed from the *effective* events only, so undoing a mistaken
"next" leaves the meeting exactly as if the click had never happened. Stack semantics: the undo
target is the latest effective step; the redo target is the most recently undone step, and a new
step forgets what could be redone. To keep an undo cheap in a long journal, the folder keeps
snapshots of the slice states (before each recent event, and periodically) and replays from the
nearest one before the undone event. This is why reducers must never mutate the state they are
given: they return a new value (sharing what did not change).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from facilitator.core.events import (
    AGENDA_EVENTS,
    UNDO_EVENTS,
    ClockAdjusted,
    Event,
    EventRegistry,
    ProgrammeEdited,
    Redone,
    SegmentExtended,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
    SittingStarted,
    Undone,
    decode_as,
)
from facilitator.core.journal import EventRecord
from facilitator.core.programme import Programme, Segment, SegmentKind, hhmm

T = TypeVar("T")
S = TypeVar("S")

_ZERO = dt.timedelta(0)


# ============================================================================ small values
class History(Generic[T]):
    """An immutable sequence with O(1) append and O(1) replacement of the last element.

    Segment runs and extensions grow one at a time; a tuple would copy itself on every append
    (quadratic over a long journal), a list would be shared by checkpoints. This is a linked list
    from the newest element back, compared by value.
    """

    __slots__ = ("_last", "_len", "_prev")
    _len: int

    def __init__(self, prev: History[T] | None = None, last: T | None = None) -> None:
        self._prev = prev
        self._last = last
        self._len = 0 if prev is None else prev._len + 1

    def append(self, item: T) -> History[T]:
        return History(self, item)

    def replace_last(self, item: T) -> History[T]:
        if self._prev is None:
            raise IndexError("replace_last on an empty History")
        return History(self._prev, item)

    @property
    def last(self) -> T | None:
        return self._last if self._prev is not None else None

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        return iter(self.to_tuple())

    def to_tuple(self) -> tuple[T, ...]:
        items: list[T] = []
        node: History[T] = self
        while node._prev is not None:
            items.append(cast(T, node._last))
            node = node._prev
        items.reverse()
        return tuple(items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        return self is other or (self._len == other._len and self.to_tuple() == other.to_tuple())

    def __hash__(self) -> int:
        return hash(self.to_tuple())

    def __repr__(self) -> str:
        return f"History({list(self.to_tuple())!r})"


_EMPTY: History[Any] = History()


def empty_history() -> History[T]:
    return cast(History[T], _EMPTY)


class Run(NamedTuple):
    """One stretch during which a segment's clock ran: ``(start, end)``, ``end`` None while it
    runs. (A named tuple: the fold makes one per start and stop.)"""

    start: dt.datetime
    end: dt.datetime | None = None

    def duration(self, now: dt.datetime) -> dt.timedelta:
        """How long it ran (up to ``now`` if it still runs); never negative."""
        stop = self.end if self.end is not None else now
        return max(stop - self.start, _ZERO)


class SegmentStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    SKIPPED = "skipped"


class SittingStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    ENDED = "ended"


class SegmentTrack(NamedTuple):
    """What the journal says about one segment: its runs and extensions (no status; see
    :meth:`AgendaState.segment`). Immutable; a named tuple because the fold makes one per event."""

    runs: History[Run]
    extensions: History[int]
    used: dt.timedelta = _ZERO  # total of the closed runs
    extension_seconds: int = 0

    @property
    def open_since(self) -> dt.datetime | None:
        last = self.runs.last
        return last.start if last is not None and last.end is None else None

    def started(self, at: dt.datetime) -> SegmentTrack:
        return SegmentTrack(
            self.runs.append(Run(at)), self.extensions, self.used, self.extension_seconds
        )

    def stopped(self, at: dt.datetime) -> SegmentTrack:
        last = self.runs.last
        if last is None or last.end is not None:
            return self
        end = max(at, last.start)  # a wall clock set back between two events: no negative time
        return SegmentTrack(
            self.runs.replace_last(Run(last.start, end)),
            self.extensions,
            self.used + (end - last.start),
            self.extension_seconds,
        )

    def moved(self, delta: dt.timedelta) -> SegmentTrack:
        """The open run, if any, started ``delta`` later: after a correction of the clock, what
        runs keeps the time it had run."""
        last = self.runs.last
        if last is None or last.end is not None:
            return self
        return SegmentTrack(
            self.runs.replace_last(Run(last.start + delta)),
            self.extensions,
            self.used,
            self.extension_seconds,
        )

    def extended(self, seconds: int) -> SegmentTrack:
        return SegmentTrack(
            self.runs, self.extensions.append(seconds), self.used, self.extension_seconds + seconds
        )


_NEW_TRACK = SegmentTrack(empty_history(), empty_history())


@dataclass(frozen=True, slots=True)
class SegmentState:
    """One segment as the console and the record see it."""

    segment_id: str
    status: SegmentStatus
    runs: tuple[Run, ...] = ()
    extensions: tuple[int, ...] = ()
    used: dt.timedelta = _ZERO
    extension_seconds: int = 0

    @property
    def first_start(self) -> dt.datetime | None:
        """When the segment first started (None if it never ran)."""
        return self.runs[0].start if self.runs else None

    @property
    def end(self) -> dt.datetime | None:
        """When it last stopped, once it is done (None while current or never run)."""
        if self.status is not SegmentStatus.DONE or not self.runs:
            return None
        return self.runs[-1].end

    @property
    def open_since(self) -> dt.datetime | None:
        if self.runs and self.runs[-1].end is None:
            return self.runs[-1].start
        return None

    def elapsed(self, now: dt.datetime) -> dt.timedelta:
        """Time used: the closed runs plus the open one up to ``now``."""
        since = self.open_since
        return self.used if since is None else self.used + max(now - since, _ZERO)


@dataclass(frozen=True, slots=True)
class SittingState:
    index: int  # 0-based, as in the programme's sittings
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None

    @property
    def status(self) -> SittingStatus:
        if self.ended_at is not None:
            return SittingStatus.ENDED
        if self.started_at is not None:
            return SittingStatus.RUNNING
        return SittingStatus.NOT_STARTED


def short_title(segment: Segment, limit: int = 48) -> str:
    """A segment's name short enough for a button or an undo label ("Panel 1", "Q&A on Panel 1")."""
    if segment.kind is SegmentKind.PANEL and segment.number is not None:
        return f"Panel {segment.number}"
    if segment.kind is SegmentKind.STANDING_ITEM and segment.number is not None:
        return f"Standing item {segment.number}"
    title = segment.display_title
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def sitting_name(programme: Programme, index: int) -> str:
    """A sitting's name for messages and labels: "Sitting 1 (10:00–13:00)"."""
    if 0 <= index < len(programme.sittings):
        sitting = programme.sittings[index]
        return f"Sitting {index + 1} ({hhmm(sitting.start)}–{hhmm(sitting.end)})"
    return f"Sitting {index + 1}"


# ============================================================================ the agenda slice
class ProgrammeIndex:
    """Lookups derived once per programme: segment order and segments by id."""

    __slots__ = ("ids", "order", "segments")

    def __init__(self, programme: Programme) -> None:
        segments = [segment for _, segment in programme.segments()]
        self.ids: tuple[str, ...] = tuple(s.id for s in segments)
        self.order: dict[str, int] = {sid: i for i, sid in enumerate(self.ids)}
        self.segments: dict[str, Segment] = {s.id: s for s in segments}


@dataclass(frozen=True, slots=True)
class AgendaState:
    """Where the meeting is on its agenda. Immutable: every event makes a new one.

    ``current`` is the segment running or paused (None between segments, before the start, at
    lunch); ``position`` is the last segment that was current, from which next/back count.
    """

    programme: Programme
    tracks: Mapping[str, SegmentTrack]
    current: str | None
    paused: bool
    position: str | None
    sittings: tuple[SittingState, ...]
    index: ProgrammeIndex = field(compare=False, repr=False)
    #: Programme index of the furthest segment that has ever run (-1: none): those before it that
    #: never ran are skipped.
    furthest: int = field(default=-1, compare=False, repr=False)

    @classmethod
    def initial(cls, programme: Programme) -> AgendaState:
        sittings = tuple(SittingState(i) for i in range(len(programme.sittings)))
        return cls(programme, {}, None, False, None, sittings, ProgrammeIndex(programme))

    def _evolve(
        self,
        *,
        tracks: Mapping[str, SegmentTrack] | None = None,
        current: str | None = None,
        paused: bool = False,
        position: str | None = None,
        sittings: tuple[SittingState, ...] | None = None,
        furthest: int | None = None,
    ) -> AgendaState:
        """A copy with ``current``/``paused``/``position`` as given (all three, always)."""
        return AgendaState(
            self.programme,
            self.tracks if tracks is None else tracks,
            current,
            paused,
            position,
            self.sittings if sittings is None else sittings,
            self.index,
            self.furthest if furthest is None else furthest,
        )

    # ------------------------------------------------------------------ queries
    @property
    def running(self) -> bool:
        """Whether a segment's clock runs now."""
        return self.current is not None and not self.paused

    @property
    def started(self) -> bool:
        """Whether any segment has ever run."""
        return self.position is not None

    def track(self, segment_id: str) -> SegmentTrack:
        return self.tracks.get(segment_id, _NEW_TRACK)

    @property
    def order(self) -> Mapping[str, int]:
        """Segment id → position in the programme (0-based)."""
        return self.index.order

    def status(self, segment_id: str) -> SegmentStatus:
        if segment_id == self.current:
            return SegmentStatus.PAUSED if self.paused else SegmentStatus.RUNNING
        track = self.tracks.get(segment_id)
        if track is not None and len(track.runs):
            return SegmentStatus.DONE
        if self.index.order.get(segment_id, -1) < self.furthest:
            return SegmentStatus.SKIPPED
        return SegmentStatus.PENDING

    def segment(self, segment_id: str) -> SegmentState:
        """The state of one segment (pending if the journal never touched it)."""
        track = self.track(segment_id)
        return SegmentState(
            segment_id,
            self.status(segment_id),
            track.runs.to_tuple(),
            track.extensions.to_tuple(),
            track.used,
            track.extension_seconds,
        )

    def segments(self) -> tuple[SegmentState, ...]:
        """Every segment of the programme, in order."""
        return tuple(self.segment(sid) for sid in self.index.ids)

    def current_segment(self) -> Segment | None:
        return None if self.current is None else self.index.segments.get(self.current)

    def title(self, segment_id: str) -> str:
        segment = self.index.segments.get(segment_id)
        return short_title(segment) if segment else segment_id

    def allotted_seconds(self, segment_id: str) -> int:
        """Planned minutes plus extensions, in seconds (never below zero)."""
        segment = self.index.segments.get(segment_id)
        planned = segment.planned_minutes * 60 if segment else 0
        return max(planned + self.track(segment_id).extension_seconds, 0)

    def next_id(self) -> str | None:
        """The segment ``next`` would start: the one after ``position`` (the first at the start)."""
        ids = self.index.ids
        if self.position is None:
            return ids[0] if ids else None
        index = self.index.order.get(self.position)
        if index is None:  # the last segment run was removed from the programme
            return next((sid for sid in ids if self.status(sid) is SegmentStatus.PENDING), None)
        return ids[index + 1] if index + 1 < len(ids) else None

    def previous_id(self) -> str | None:
        """The segment ``back`` would start: the one before the current one; between segments,
        the last one that ran (back re-opens it)."""
        if self.current is None:
            return self.position if self.position in self.index.order else None
        index = self.index.order.get(self.current)
        return self.index.ids[index - 1] if index else None

    def running_sitting(self) -> int | None:
        return next((s.index for s in self.sittings if s.status is SittingStatus.RUNNING), None)

    def next_sitting(self) -> int | None:
        """The first sitting not started yet."""
        return next((s.index for s in self.sittings if s.status is SittingStatus.NOT_STARTED), None)

    # ------------------------------------------------------------------ reducers
    def _stop_current(self, at: dt.datetime) -> dict[str, SegmentTrack]:
        tracks = dict(self.tracks)
        if self.current is not None and not self.paused:
            tracks[self.current] = self.track(self.current).stopped(at)
        return tracks

    def _open_sitting(self, at: dt.datetime) -> tuple[SittingState, ...] | None:
        """Sittings with the next one opened at ``at`` if none runs (a segment started outside any
        sitting opens it); None when nothing changes. On every start: kept free of frills."""
        first = None
        for sitting in self.sittings:
            if sitting.started_at is None:
                if first is None:
                    first = sitting.index
            elif sitting.ended_at is None:
                return None  # one runs
        if first is None:
            return None
        sittings = list(self.sittings)
        sittings[first] = SittingState(first, at)
        return tuple(sittings)

    def with_started(self, segment_id: str, at: dt.datetime) -> AgendaState:
        position = self.index.order.get(segment_id)
        if position is None:
            return self
        tracks = self._stop_current(at)
        tracks[segment_id] = tracks.get(segment_id, _NEW_TRACK).started(at)
        return self._evolve(
            tracks=tracks,
            current=segment_id,
            position=segment_id,
            sittings=self._open_sitting(at),
            furthest=max(position, self.furthest),
        )

    def with_paused(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current or self.paused:
            return self
        return self._evolve(
            tracks=self._stop_current(at), current=self.current, paused=True, position=self.position
        )

    def with_resumed(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current or not self.paused:
            return self
        tracks = dict(self.tracks)
        tracks[segment_id] = self.track(segment_id).started(at)
        return self._evolve(
            tracks=tracks,
            current=segment_id,
            position=self.position,
            sittings=self._open_sitting(at),
        )

    def with_finished(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current:
            return self
        return self._evolve(tracks=self._stop_current(at), position=self.position)

    def with_extended(self, segment_id: str, seconds: int) -> AgendaState:
        tracks = dict(self.tracks)
        tracks[segment_id] = self.track(segment_id).extended(seconds)
        return self._evolve(
            tracks=tracks, current=self.current, paused=self.paused, position=self.position
        )

    def with_clock_adjusted(self, event: ClockAdjusted) -> AgendaState:
        """A correction of the clock: the running segment keeps the time it had run."""
        if not event.corrects or self.current is None:
            return self
        tracks = dict(self.tracks)
        tracks[self.current] = self.track(self.current).moved(
            dt.timedelta(milliseconds=event.milliseconds)
        )
        return self._evolve(
            tracks=tracks, current=self.current, paused=self.paused, position=self.position
        )

    def with_sitting_started(self, index: int, at: dt.datetime) -> AgendaState:
        if not 0 <= index < len(self.sittings) or self.sittings[index].started_at is not None:
            return self
        sittings = list(self.sittings)
        sittings[index] = SittingState(index, at)
        return self._evolve(
            current=self.current,
            paused=self.paused,
            position=self.position,
            sittings=tuple(sittings),
        )

    def with_sitting_ended(self, index: int, at: dt.datetime) -> AgendaState:
        if not 0 <= index < len(self.sittings):
            return self
        sitting = self.sittings[index]
        if sitting.status is not SittingStatus.RUNNING or sitting.started_at is None:
            return self
        sittings = list(self.sittings)
        sittings[index] = SittingState(index, sitting.started_at, max(at, sitting.started_at))
        # Ending the sitting finishes the segment running (or paused) in it.
        return self._evolve(
            tracks=self._stop_current(at), position=self.position, sittings=tuple(sittings)
        )

    def with_programme(self, programme: Programme, at: dt.datetime) -> AgendaState:
        index = ProgrammeIndex(programme)
        order = index.order
        tracks = self.tracks
        current, paused = self.current, self.paused
        if current is not None and current not in order:  # the journal removed it: it ends here
            tracks = self._stop_current(at)
            current, paused = None, False
        count = len(programme.sittings)
        sittings = tuple(self.sittings[:count]) + tuple(
            SittingState(i) for i in range(len(self.sittings), count)
        )
        furthest = max(
            (order[sid] for sid, t in tracks.items() if sid in order and t.runs), default=-1
        )
        return AgendaState(
            programme, tracks, current, paused, self.position, sittings, index, furthest
        )


class AgendaSlice:
    """The agenda: segments, their clocks, the sittings, the programme as edited."""

    name = "agenda"
    events: tuple[type[Event], ...] = AGENDA_EVENTS

    def __init__(self) -> None:
        self._reducers: dict[
            type[Event], Callable[[AgendaState, Any, dt.datetime], AgendaState]
        ] = {
            SegmentStarted: lambda s, e, at: s.with_started(e.segment_id, at),
            SegmentPaused: lambda s, e, at: s.with_paused(e.segment_id, at),
            SegmentResumed: lambda s, e, at: s.with_resumed(e.segment_id, at),
            SegmentFinished: lambda s, e, at: s.with_finished(e.segment_id, at),
            SegmentExtended: lambda s, e, at: s.with_extended(e.segment_id, e.seconds),
            SittingStarted: lambda s, e, at: s.with_sitting_started(e.sitting, at),
            SittingEnded: lambda s, e, at: s.with_sitting_ended(e.sitting, at),
            ProgrammeEdited: lambda s, e, at: s.with_programme(e.programme, at),
            ClockAdjusted: lambda s, e, at: s.with_clock_adjusted(e),
        }

    def initial(self, programme: Programme) -> AgendaState:
        return AgendaState.initial(programme)

    def apply(self, state: AgendaState, event: Event, record: EventRecord) -> AgendaState:
        reducer = self._reducers.get(type(event))
        return state if reducer is None else reducer(state, event, record.at)

    def describe(self, state: AgendaState, event: Event) -> str | None:
        """What undoing ``event`` (applied to ``state``) would take back, in a few words."""
        if isinstance(event, SegmentStarted):
            return f"{self._start_verb(state, event.segment_id)} ({state.title(event.segment_id)})"
        if isinstance(event, SegmentPaused):
            return f"Pause ({state.title(event.segment_id)})"
        if isinstance(event, SegmentResumed):
            return f"Resume ({state.title(event.segment_id)})"
        if isinstance(event, SegmentFinished):
            return f"Finish ({state.title(event.segment_id)})"
        if isinstance(event, SegmentExtended):
            verb = "Extend" if event.seconds >= 0 else "Shorten"
            amount = words_for_seconds(abs(event.seconds))
            return f"{verb} by {amount} ({state.title(event.segment_id)})"
        if isinstance(event, SittingStarted):
            return f"Start of {sitting_name(state.programme, event.sitting).lower()}"
        if isinstance(event, SittingEnded):
            return f"End of {sitting_name(state.programme, event.sitting).lower()}"
        if isinstance(event, ProgrammeEdited):
            return "Programme edit"
        return None

    @staticmethod
    def _start_verb(state: AgendaState, segment_id: str) -> str:
        if state.current is None and state.position is None:
            return "Start"
        if segment_id == state.next_id():
            return "Next"
        if segment_id == state.previous_id():
            return "Back"
        if state.current is None and segment_id == state.position:
            return "Back"
        return "Jump"


def words_for_seconds(seconds: int) -> str:
    """Seconds in words: "5 min", "1 min 30 s", "45 s"."""
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} min" if minutes else f"{rest} s"


AGENDA = AgendaSlice()


# ============================================================================ slices and the folder
class Slice(Protocol[S]):
    """A part of the live state with its own reducer (see the module docstring)."""

    @property
    def name(self) -> str:
        """Unique key of the slice in :attr:`MeetingState.slices`."""
        ...

    @property
    def events(self) -> tuple[type[Event], ...]:
        """The event classes this slice folds (a class may be shared by several slices)."""
        ...

    def initial(self, programme: Programme) -> S:
        """The slice's state before the first event."""
        ...

    def apply(self, state: S, event: Event, record: EventRecord) -> S:
        """The state after ``event``; must not mutate ``state``. An event that does not apply
        (e.g. pausing a segment that is not current) returns ``state`` unchanged, never raises."""
        ...

    def describe(self, state: S, event: Event) -> str | None:
        """A few words for the undo/redo label of ``event`` ("Next (Panel 1)"), given the state
        just before it."""
        ...


def default_slices() -> tuple[Slice[Any], ...]:
    """The slices folded when no ``slices=`` is given:
    :data:`facilitator.core.slices.DEFAULT_SLICES` (kept there: the slices import this module)."""
    from facilitator.core.slices import DEFAULT_SLICES

    return DEFAULT_SLICES


@dataclass(frozen=True, slots=True)
class UndoStatus:
    """What undo and redo would do now; the UI only renders this."""

    undo_seq: int | None = None
    undo_label: str | None = None
    redo_seq: int | None = None
    redo_label: str | None = None

    @property
    def can_undo(self) -> bool:
        return self.undo_seq is not None

    @property
    def can_redo(self) -> bool:
        return self.redo_seq is not None

    @property
    def undo_text(self) -> str:
        """The undo action's text: "Undo: Next (Panel 1)", or "Nothing to undo"."""
        return f"Undo: {self.undo_label}" if self.can_undo else "Nothing to undo"

    @property
    def redo_text(self) -> str:
        return f"Redo: {self.redo_label}" if self.can_redo else "Nothing to redo"


@dataclass(frozen=True)
class MeetingState:
    """The whole live state after some prefix of the journal. Immutable; compare with ``==``."""

    slices: Mapping[str, Any]
    undo: UndoStatus = UndoStatus()
    last_seq: int = 0
    first_event_at: dt.datetime | None = None
    last_event_at: dt.datetime | None = None
    #: Records of types no slice folds (newer versions, later features): kept, counted, ignored.
    ignored: int = 0

    @property
    def agenda(self) -> AgendaState:
        return cast(AgendaState, self.slices[AGENDA.name])

    @property
    def programme(self) -> Programme:
        """The programme as edited so far."""
        return self.agenda.programme

    def slice(self, of: Slice[S]) -> S:
        """The state of slice ``of``, typed."""
        return cast(S, self.slices[of.name])


class _Entry:
    """A folded record, with whether it is in effect (not undone) and its undo label."""

    __slots__ = ("effective", "event", "label", "record", "targets", "undoable")

    def __init__(self, record: EventRecord, event: Event, targets: tuple[int, ...]) -> None:
        self.record = record
        self.event = event
        self.targets = targets
        self.undoable = event.undoable and record.seq > 0
        self.effective = True
        self.label: str | None = None


class Folder:
    """Folds a meeting's journal incrementally: :meth:`apply` each committed record in order.

    To recompute after an undo or redo without refolding the whole journal, the folder keeps the
    slice states just before each of the last ``recent`` folded events (undo targets are nearly
    always among them) and before every ``checkpoint_every``-th event, and replays the effective
    events from the nearest one.
    """

    def __init__(
        self,
        programme: Programme,
        *,
        slices: Sequence[Slice[Any]] | None = None,
        checkpoint_every: int = 256,
        recent: int = 256,
    ) -> None:
        slices = default_slices() if slices is None else slices
        names = [s.name for s in slices]
        if len(set(names)) != len(names):
            raise ValueError(f"two slices share a name: {names}")
        if checkpoint_every < 1 or recent < 1:
            raise ValueError("checkpoint_every and recent must be at least 1")
        self._slices = tuple(slices)
        self._every = checkpoint_every
        self._recent = recent
        self.registry = EventRegistry(UNDO_EVENTS)
        routes: dict[str, list[int]] = {}
        for index, sl in enumerate(self._slices):
            for cls in sl.events:
                self.registry.register(cls)
                routes.setdefault(cls.type_name, []).append(index)
        self._routes: dict[str, tuple[type[Event], tuple[int, ...]]] = {
            name: (cast(type[Event], self.registry.get(name)), tuple(targets))
            for name, targets in routes.items()
        }
        self._states: list[Any] = [sl.initial(programme) for sl in self._slices]
        # _snaps[n]: the slice states after the effective entries among _log[:n].
        self._snaps: dict[int, tuple[Any, ...]] = {}
        self._log: list[_Entry] = []
        self._by_seq: dict[int, int] = {}
        self._undo: list[int] = []  # log indices of effective undoable entries, in journal order
        self._redo: list[int] = []  # log indices of undone entries, most recently undone last
        self._last_seq = 0
        self._first_at: dt.datetime | None = None
        self._last_at: dt.datetime | None = None
        self._ignored = 0
        self._state: MeetingState | None = None

    # ------------------------------------------------------------------ applying
    def extend(self, records: Iterable[EventRecord]) -> None:
        """Fold many records (reopening a meeting). Same result as :meth:`apply` on each."""
        with _bulk():
            if self._log or self._last_seq:
                for record in records:
                    self.apply(record)
            else:
                self._load(records)

    def apply(self, record: EventRecord) -> None:
        """Fold one more record (records come in journal order)."""
        entry = self._read(record)
        if entry is None:
            return
        index = len(self._log) - 1
        self._snapshot(index, self._states)
        self._apply_entry(entry, self._states)

    def _read(self, record: EventRecord, *, replay: bool = True) -> _Entry | None:
        """Book-keeping of one record: sequence, times, undo/redo stacks. Returns the new log
        entry for a record some slice folds (not applied yet); None for Undone/Redone (done, the
        slices recomputed if ``replay``) and for types no slice folds (counted, ignored).

        A malformed record raises :class:`MalformedEventError` before anything changes."""
        seq = record.seq
        if seq and seq <= self._last_seq:
            raise ValueError(f"event {seq} comes after event {self._last_seq}: out of order")
        route = self._routes.get(record.type)
        if route is not None:
            event = decode_as(route[0], record)
        elif record.type in (Undone.type_name, Redone.type_name):
            event = decode_as(Undone if record.type == Undone.type_name else Redone, record)
        else:
            event = None
        if seq:
            self._last_seq = seq
        self._state = None
        if self._first_at is None:
            self._first_at = record.at
        self._last_at = record.at
        if route is not None:
            entry = _Entry(record, cast(Event, event), route[1])
            self._log.append(entry)
            if entry.undoable:
                self._by_seq[seq] = len(self._log) - 1
                self._undo.append(len(self._log) - 1)
                self._redo.clear()
            return entry
        if isinstance(event, Undone):
            index = self._mark_undone(event.target_seq)
        elif isinstance(event, Redone):
            index = self._mark_redone(event.target_seq)
        else:
            self._ignored += 1
            return None
        if index is not None and replay:
            self._replay_from(index)
        return None

    def _load(self, records: Iterable[EventRecord]) -> None:
        """Fold a whole journal into a fresh folder in two passes: first settle which events are
        in effect (undo/redo need no state for that), then apply only those, once each, keeping
        the snapshots an incremental fold would have kept."""
        for record in records:
            self._read(record, replay=False)
        states = self._states
        recent_from = len(self._log) - self._recent
        every = self._every
        for j, entry in enumerate(self._log):
            if j >= recent_from or j % every == 0:
                self._snaps[j] = tuple(states)
            if entry.effective:
                self._apply_entry(entry, states)

    def _snapshot(self, index: int, states: list[Any]) -> None:
        """Keep the states before entry ``index``; forget the one that left the recent window."""
        snaps = self._snaps
        snaps[index] = tuple(states)
        old = index - self._recent
        if old >= 0 and old % self._every:
            snaps.pop(old, None)

    def _apply_entry(self, entry: _Entry, states: list[Any]) -> None:
        event, record = entry.event, entry.record
        for i in entry.targets:
            states[i] = self._slices[i].apply(states[i], event, record)

    def _mark_undone(self, target_seq: int) -> int | None:
        """Take the target out of effect; its log index, or None when the undo has no effect."""
        index = self._by_seq.get(target_seq)
        if index is None or not self._log[index].effective:
            return None  # already undone (a second seat's click), or not an undoable event
        self._log[index].effective = False
        if self._undo and self._undo[-1] == index:
            self._undo.pop()
        else:
            self._undo.remove(index)
        self._redo.append(index)
        return index

    def _mark_redone(self, target_seq: int) -> int | None:
        """Put the target back in effect; its log index, or None when the redo has no effect."""
        index = self._by_seq.get(target_seq)
        if index is None or index not in self._redo:
            return None  # not undone, or a newer step made it stale
        self._redo.remove(index)
        self._log[index].effective = True
        bisect.insort(self._undo, index)
        return index

    def _base(self, index: int) -> int:
        """The nearest snapshot at or before entry ``index``."""
        if index in self._snaps:
            return index
        return index - index % self._every

    def _replay_from(self, index: int) -> None:
        """Recompute every slice from the snapshot nearest before entry ``index``, over the
        effective entries only, refreshing the snapshots and labels after it."""
        base = self._base(index)
        states = list(self._snaps[base])
        log = self._log
        for j in range(base, len(log)):
            entry = log[j]
            entry.label = None
            if j > base and (j in self._snaps):
                self._snaps[j] = tuple(states)
            if entry.effective:
                self._apply_entry(entry, states)
        self._states = states

    def _label(self, index: int) -> str:
        """The undo/redo label of entry ``index``, from the states just before it."""
        entry = self._log[index]
        if entry.label is None:
            base = self._base(index)
            states = list(self._snaps[base])
            for j in range(base, index):
                if self._log[j].effective:
                    self._apply_entry(self._log[j], states)
            entry.label = next(
                (
                    label
                    for i in entry.targets
                    if (label := self._slices[i].describe(states[i], entry.event)) is not None
                ),
                entry.event.type_name,
            )
        return entry.label

    # ------------------------------------------------------------------ reading
    @property
    def state(self) -> MeetingState:
        """The live state after every record applied so far (built once per change)."""
        if self._state is None:
            undo = UndoStatus()
            if self._undo or self._redo:
                top = self._log[self._undo[-1]] if self._undo else None
                back = self._log[self._redo[-1]] if self._redo else None
                undo = UndoStatus(
                    top.record.seq if top else None,
                    self._label(self._undo[-1]) if top else None,
                    back.record.seq if back else None,
                    self._label(self._redo[-1]) if back else None,
                )
            self._state = MeetingState(
                {sl.name: st for sl, st in zip(self._slices, self._states, strict=True)},
                undo,
                self._last_seq,
                self._first_at,
                self._last_at,
                self._ignored,
            )
        return self._state


def fold(
    programme: Programme,
    records: Iterable[EventRecord],
    *,
    slices: Sequence[Slice[Any]] | None = None,
) -> MeetingState:
    """The live state of a meeting that started from ``programme`` and whose journal is
    ``records`` (in journal order)."""
    folder = Folder(programme, slices=slices)
    folder.extend(records)
    return folder.state


@contextlib.contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cycle collector while folding many records at once.

    The fold builds trees of immutable values and never a reference cycle, so the collector has
    nothing to find; left on, it rescans the growing journal again and again (about 40 % of the
    time of a 100,000-event fold). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
