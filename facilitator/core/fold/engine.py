"""The fold: a meeting's journal folded into its live state, incrementally, with undo and redo.

**Undo / redo** are generic and live in the folder, not in the slices. Every event whose class is
``undoable`` is a step. ``Undone(seq)`` cancels an effective step, ``Redone(seq)`` restores an
undone one; the state is then recomputed from the *effective* events only, so undoing a mistaken
"next" leaves the meeting exactly as if the click had never happened. Stack semantics: the undo
target is the latest effective step; the redo target is the most recently undone step, and a new
step forgets what could be redone. To keep an undo cheap in a long journal, the folder keeps
snapshots of the slice states (before each recent event, and periodically) and replays from the
nearest one before the undone event. This is why reducers must never mutate the state they are
given: they return a new value (sharing what did not change).

Folding a whole journal pauses the cycle collector (:mod:`.bulk`). The slices' states are built
of persistent collections (:mod:`.persistent`), so an event costs the same at the 100th and at
the 100,000th.

**Snapshots.** :meth:`Folder.snapshot` gives what a folder needs to go on without the journal so
far (:class:`FolderSnapshot`: the states, the undo and redo stacks by seq, their tops' labels);
:meth:`Folder.resume` goes on from it, and refolds the journal once if an undo or redo reaches
a step before it (the store keeps snapshots: :mod:`facilitator.store.fold_cache`).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from facilitator.core.construct import maker
from facilitator.core.errors import MalformedEventError
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.bulk import bulk
from facilitator.core.fold.defaults import DEFAULT_SLICES
from facilitator.core.fold.seat_steps import SeatSteps
from facilitator.core.fold.slice import Reducer, Slice
from facilitator.core.fold.state import MeetingState
from facilitator.core.fold.undo import UNDO_EVENTS, Redone, Undone, UndoStatus
from facilitator.core.journal.codec import PayloadError, codec_of
from facilitator.core.journal.event import Event, EventRegistry, decode_as
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme

#: How one slice takes one event: the slice's index, and (state, event, record) → new state.
_Step = tuple[int, Callable[[Any, Event, EventRecord], Any]]


class _Route(NamedTuple):
    """What the folder does with the records of one type: read them as ``cls`` with ``decode``
    (the payload → the event), and apply them with ``steps``."""

    cls: type[Event]
    targets: tuple[int, ...]  # the slices that fold the type
    steps: tuple[_Step, ...]  # those of them that change their state for it
    decode: Callable[[Any], Event] | None  # the codec's, or None: through cls.from_payload


class _Entry:
    """A folded record, with whether it is in effect (not undone) and its undo label."""

    __slots__ = ("effective", "event", "label", "record", "route", "undoable")

    def __init__(self, record: EventRecord, event: Event, route: _Route) -> None:
        # The record without its payload: it is in the event now (the reducers read the
        # record's seq, time and actor only), and payloads are most of a journal's memory.
        self.record = _make_record(record.type, record.at, record.actor, _NO_PAYLOAD, record.seq)
        self.event = event
        self.route = route
        self.undoable = event.undoable and record.seq > 0
        self.effective = True
        self.label: UndoAction | None = None


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
        slices = DEFAULT_SLICES if slices is None else slices
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
        self._routes: dict[str, _Route] = {
            name: self._route(cast(type[Event], self.registry.get(name)), tuple(targets))
            for name, targets in routes.items()
        }
        self._states: list[Any] = [sl.initial(programme) for sl in self._slices]
        # _snaps[n]: the slice states after the effective entries among _log[:n].
        self._snaps: dict[int, tuple[Any, ...]] = {}
        self._log: list[_Entry] = []
        self._by_seq: dict[int, int] = {}
        self._undo: list[int] = []  # log indices of effective undoable entries, in journal order
        self._redo: list[int] = []  # log indices of undone entries, most recently undone last
        self._seats = SeatSteps()  # the same by seat (actor), by seq: undo per seat
        self._last_seq = 0
        self._first_at: dt.datetime | None = None
        self._last_at: dt.datetime | None = None
        self._ignored = 0
        self._state: MeetingState | None = None
        self._programme = programme
        # A folder resumed from a snapshot (:meth:`resume`) has no log before it: the steps
        # undo and redo could reach there, by seq, with the labels the snapshot knew; reaching
        # one refolds the whole journal from ``_history`` first (:meth:`_materialize`).
        self._base_undo: list[int] = []
        self._base_redo: list[int] = []
        self._base_labels: dict[int, UndoAction] = {}
        self._history: Callable[[], Iterable[EventRecord]] | None = None

    def _route(self, cls: type[Event], targets: tuple[int, ...]) -> _Route:
        """The route of ``cls``: a :class:`Reducer` slice's handler is called directly (and a
        slice without one skipped), one call less per event than through its ``apply``; the
        payload read by the codec's compiled decoder unless ``cls`` reads its own."""
        steps: list[_Step] = []
        for i in targets:
            sl = self._slices[i]
            if isinstance(sl, Reducer):
                handler = sl.handler(cls)
                if handler is not None:
                    steps.append((i, handler))
            else:
                steps.append((i, sl.apply))
        own = getattr(cls.from_payload, "__func__", None) is not _FROM_PAYLOAD
        return _Route(cls, targets, tuple(steps), None if own else codec_of(cls).decode)

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
            event = _decode(route, record)
        elif record.type in (Undone.type_name, Redone.type_name):
            event = decode_as(Undone if record.type == Undone.type_name else Redone, record)
            if self._reaches_base(event):
                self._materialize()  # the journal so far, this record not yet
        else:
            event = None
        if seq:
            self._last_seq = seq
        self._state = None
        if self._first_at is None:
            self._first_at = record.at
        self._last_at = record.at
        if route is not None:
            entry = _Entry(record, cast(Event, event), route)
            self._log.append(entry)
            if entry.undoable:
                self._by_seq[seq] = len(self._log) - 1
                self._undo.append(len(self._log) - 1)
                self._redo.clear()
                self._base_redo.clear()
                self._seats.stepped(record.actor, seq)
            return entry
        if isinstance(event, Undone):
            index = self._mark_undone(event.target_seq, record.actor)
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
        # The first pass is _read's, with its common case (a record some slice folds, read by
        # the codec) written out: it runs once per record of the journal.
        routes = self._routes
        log = self._log
        by_seq = self._by_seq
        undo = self._undo
        redo = self._redo
        stepped = self._seats.stepped
        new_entry = object.__new__
        make_record = _make_record
        for record in records:
            route = routes.get(record.type)
            seq = record.seq
            if route is None or route.decode is None or not seq or seq <= self._last_seq:
                self._read(record, replay=False)
                continue
            try:
                event = route.decode(record.payload)
            except PayloadError as exc:
                raise MalformedEventError(
                    exc.message, type_name=route.cls.type_name, seq=seq
                ) from None
            self._last_seq = seq
            self._last_at = record.at
            if self._first_at is None:
                self._first_at = record.at
            # _Entry(record, event, route), written out
            entry = new_entry(_Entry)
            entry.record = make_record(record.type, record.at, record.actor, _NO_PAYLOAD, seq)
            entry.event = event
            entry.route = route
            entry.undoable = event.undoable
            entry.effective = True
            entry.label = None
            log.append(entry)
            if entry.undoable:
                by_seq[seq] = len(log) - 1
                undo.append(len(log) - 1)
                stepped(record.actor, seq)
                if redo:
                    redo.clear()
        self._state = None
        states = self._states
        recent_from = len(log) - self._recent
        every = self._every
        snaps = self._snaps
        for j, entry in enumerate(log):
            if j >= recent_from or j % every == 0:
                snaps[j] = tuple(states)
            if entry.effective:
                event, record = entry.event, entry.record
                for i, apply in entry.route.steps:
                    states[i] = apply(states[i], event, record)

    def _snapshot(self, index: int, states: list[Any]) -> None:
        """Keep the states before entry ``index``; forget the one that left the recent window."""
        snaps = self._snaps
        snaps[index] = tuple(states)
        old = index - self._recent
        if old >= 0 and old % self._every:
            snaps.pop(old, None)

    @staticmethod
    def _apply_entry(entry: _Entry, states: list[Any]) -> None:
        event, record = entry.event, entry.record
        for i, apply in entry.route.steps:
            states[i] = apply(states[i], event, record)

    def _mark_undone(self, target_seq: int, by: str) -> int | None:
        """Take the target out of effect (``by`` undid it); its log index, or None when the undo
        has no effect."""
        index = self._by_seq.get(target_seq)
        if index is None or not self._log[index].effective:
            return None  # already undone (a second seat's click), or not an undoable event
        self._log[index].effective = False
        self._seats.undone(self._log[index].record.actor, target_seq, by)
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
        self._seats.redone(self._log[index].record.actor, target_seq)
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

    def _label(self, index: int) -> UndoAction:
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
                    for i in entry.route.targets
                    if (label := self._slices[i].describe(states[i], entry.event)) is not None
                ),
                UndoAction("event", entry.event.type_name),
            )
        return entry.label

    # ------------------------------------------------------------------ reading
    @property
    def state(self) -> MeetingState:
        """The live state after every record applied so far (built once per change)."""
        if self._state is None:
            if (
                not self._undo
                and self._base_undo[-1:]
                and self._base_undo[-1] not in self._base_labels
            ) or (
                not self._redo
                and self._base_redo[-1:]
                and self._base_redo[-1] not in self._base_labels
            ):
                self._materialize()  # a step before the snapshot whose label it did not keep
            undo_seq, undo_label = self._top(self._undo, self._base_undo)
            redo_seq, redo_label = self._top(self._redo, self._base_redo)
            undo = UndoStatus(undo_seq, undo_label, redo_seq, redo_label, self._seats.tops())
            self._state = MeetingState(
                {sl.name: st for sl, st in zip(self._slices, self._states, strict=True)},
                undo,
                self._last_seq,
                self._first_at,
                self._last_at,
                self._ignored,
            )
        return self._state

    def label_of(self, seq: int) -> UndoAction:
        """The undo/redo label of step ``seq`` (one of the seats' tops: ``state.undo.seats``)."""
        index = self._by_seq.get(seq)
        if index is None:
            known = self._base_labels.get(seq)
            if known is not None:
                return known
            self._materialize()  # a step before the snapshot whose label it did not keep
            index = self._by_seq.get(seq)
            if index is None:
                raise KeyError(seq)
        return self._label(index)

    def actor_of(self, seq: int) -> str | None:
        """Who took step ``seq`` (None for one before the snapshot this folder resumed from)."""
        index = self._by_seq.get(seq)
        return None if index is None else self._log[index].record.actor

    def _top(self, stack: list[int], base: list[int]) -> tuple[int | None, UndoAction | None]:
        """The seq and label of the top of an undo or redo stack (log indices, over the seqs
        before a snapshot)."""
        if stack:
            return self._log[stack[-1]].record.seq, self._label(stack[-1])
        if base:
            return base[-1], self._base_labels[base[-1]]
        return None, None

    # ------------------------------------------------------------------ snapshots
    def snapshot(self) -> FolderSnapshot:
        """What :meth:`resume` needs to go on from here without the journal so far."""
        state = self.state  # the labels of the tops, computed
        labels = dict(self._base_labels)
        if state.undo.undo_seq is not None and state.undo.undo_label is not None:
            labels[state.undo.undo_seq] = state.undo.undo_label
        if state.undo.redo_seq is not None and state.undo.redo_label is not None:
            labels[state.undo.redo_seq] = state.undo.redo_label
        undo = (*self._base_undo, *(self._log[i].record.seq for i in self._undo))
        redo = (*self._base_redo, *(self._log[i].record.seq for i in self._redo))
        seat_undo, seat_redo = self._seats.frozen()
        for tops in state.undo.seats.values():
            for seq in (tops.undo_seq, tops.redo_seq):
                if seq is not None and seq not in labels:
                    labels[seq] = self.label_of(seq)
        kept = set(undo) | set(redo)
        return FolderSnapshot(
            tuple(sl.name for sl in self._slices),
            tuple(self._states),
            undo,
            redo,
            {seq: label for seq, label in labels.items() if seq in kept},
            self._last_seq,
            self._first_at,
            self._last_at,
            self._ignored,
            seat_undo,
            seat_redo,
        )

    @classmethod
    def resume(
        cls,
        programme: Programme,
        snapshot: FolderSnapshot,
        history: Callable[[], Iterable[EventRecord]],
        *,
        slices: Sequence[Slice[Any]] | None = None,
    ) -> Folder:
        """A folder in the state ``snapshot`` describes (made by :meth:`snapshot` of a folder of
        the same ``programme``): go on with :meth:`apply` from the record after
        ``snapshot.last_seq``. ``history()`` gives the journal from its start, read only if an
        undo or a redo reaches a step before the snapshot: the folder then refolds it all
        (:meth:`_materialize`), once. Raises ValueError for a snapshot of other slices."""
        folder = cls(programme, slices=slices)
        if snapshot.slices != tuple(sl.name for sl in folder._slices) or len(
            snapshot.states
        ) != len(folder._slices):
            raise ValueError("the snapshot is of other slices")
        folder._states = list(snapshot.states)
        folder._base_undo = list(snapshot.undo)
        folder._base_redo = list(snapshot.redo)
        folder._base_labels = dict(snapshot.labels)
        folder._last_seq = snapshot.last_seq
        folder._first_at = snapshot.first_at
        folder._last_at = snapshot.last_at
        folder._ignored = snapshot.ignored
        folder._seats = SeatSteps(snapshot.seat_undo, snapshot.seat_redo)
        folder._history = history
        folder._snaps[0] = tuple(snapshot.states)
        return folder

    def _reaches_base(self, event: Event) -> bool:
        """Whether an undo or redo acts on a step before the snapshot this folder resumed from."""
        target = getattr(event, "target_seq", None)
        if target is None or target in self._by_seq:
            return False
        base = self._base_undo if isinstance(event, Undone) else self._base_redo
        return target in base

    def _materialize(self) -> None:
        """Refold the whole journal (``_history``) into this folder, as if it had never been
        resumed from a snapshot: an undo or redo reached a step before the snapshot."""
        history = self._history
        if history is None:
            raise RuntimeError("a step before the snapshot, and no journal to refold")
        last = self._last_seq
        fresh = Folder(
            self._programme, slices=self._slices, checkpoint_every=self._every, recent=self._recent
        )
        fresh.extend(r for r in history() if r.seq <= last)
        if fresh._last_seq != last:
            raise ValueError(f"the journal ends at event {fresh._last_seq}, not {last}")
        self.__dict__.update(fresh.__dict__)


@dataclass(frozen=True, slots=True)
class FolderSnapshot:
    """A folder's state after event ``last_seq``, without its log (:meth:`Folder.snapshot`):
    the slices' states; the steps undo and redo could reach, by seq (oldest first; the most
    recently undone last), with the labels known of them; what the records said about time."""

    slices: tuple[str, ...]
    states: tuple[Any, ...]
    undo: tuple[int, ...]
    redo: tuple[int, ...]
    labels: Mapping[int, UndoAction]
    last_seq: int
    first_at: dt.datetime | None
    last_at: dt.datetime | None
    ignored: int
    #: Each seat's part of ``undo`` and ``redo`` (:class:`SeatSteps`).
    seat_undo: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    seat_redo: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


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
    """Pause the cycle collector while folding many records at once (:func:`bulk`)."""
    with bulk():
        yield


_NO_PAYLOAD: dict[str, Any] = {}
_make_record = maker(EventRecord, checked=True)


_FROM_PAYLOAD = Event.from_payload.__func__  # type: ignore[attr-defined]


def _decode(route: _Route, record: EventRecord) -> Event:
    """``record`` read as a ``route.cls`` event, as :func:`decode_as` reads it."""
    if route.decode is None:
        return decode_as(route.cls, record)
    try:
        return route.decode(record.payload)
    except PayloadError as exc:
        raise MalformedEventError(
            exc.message, type_name=route.cls.type_name, seq=record.seq
        ) from None
