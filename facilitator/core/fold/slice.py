"""What a slice of the live state is, and the one way the app's slices dispatch their events.

The live state is made of independent *slices* (the agenda, the speaker queue with the
participants, the interventions), each with its own immutable state value and a reducer. A slice
is any object with the :class:`Slice` shape; the fold (:mod:`facilitator.core.fold.engine`)
routes each record to the slices that listed its event class.

The app's slices are :class:`Reducer` objects: a table from event class to handler, filled with
the :meth:`Reducer.on` decorator, and another from event class to undo label
(:meth:`Reducer.label`). A handler takes the state, the event and its journal record, and
returns the new state; it never mutates the state it is given (the fold keeps snapshots).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from facilitator.core.fold.action import UndoAction
from facilitator.core.journal.event import Event
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme

S = TypeVar("S")
E = TypeVar("E", bound=Event)


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

    def describe(self, state: S, event: Event) -> UndoAction | None:
        """What undoing ``event`` would take back (``UndoAction("next", "Panel 1")``), given the
        state just before it; the UI puts it in words."""
        ...


#: How a slice's state takes one event: (state, event, its record) → new state.
Handler = Callable[[S, E, EventRecord], S]
#: The undo label of one event, given the state just before it (None: another slice names it).
Labeller = Callable[[S, E], UndoAction | None]


class Reducer(Generic[S]):
    """A :class:`Slice` whose handlers and undo labels are looked up by the event's class.

    ``events`` lists the classes the slice folds, in the order the fold registers them; a handler
    or a label may be given only for one of them (an event without a handler leaves the state as
    it is: a label-less agenda event in the queue, say)."""

    def __init__(
        self, name: str, initial: Callable[[Programme], S], events: tuple[type[Event], ...]
    ) -> None:
        self.name = name
        self.events = events
        self._initial = initial
        self._handlers: dict[type[Event], Handler[S, Any]] = {}
        self._labels: dict[type[Event], Labeller[S, Any]] = {}

    def _check(self, classes: tuple[type[Event], ...], table: dict[type[Event], Any]) -> None:
        for cls in classes:
            if cls not in self.events:
                raise ValueError(f"the {self.name} slice does not fold {cls.__name__}")
            if cls in table:
                raise ValueError(f"the {self.name} slice already handles {cls.__name__}")

    def on(self, *classes: type[E]) -> Callable[[Handler[S, E]], Handler[S, E]]:
        """Register the decorated function as the handler of ``classes``."""

        def register(handler: Handler[S, E]) -> Handler[S, E]:
            self._check(classes, self._handlers)
            for cls in classes:
                self._handlers[cls] = handler
            return handler

        return register

    def label(self, *classes: type[E]) -> Callable[[Labeller[S, E]], Labeller[S, E]]:
        """Register the decorated function as the undo label of ``classes``."""

        def register(labeller: Labeller[S, E]) -> Labeller[S, E]:
            self._check(classes, self._labels)
            for cls in classes:
                self._labels[cls] = labeller
            return labeller

        return register

    def initial(self, programme: Programme) -> S:
        return self._initial(programme)

    def handler(self, cls: type[Event]) -> Handler[S, Any] | None:
        """The handler of ``cls`` (None: the slice leaves its state as it is for it)."""
        return self._handlers.get(cls)

    def apply(self, state: S, event: Event, record: EventRecord) -> S:
        handler = self._handlers.get(type(event))
        return state if handler is None else handler(state, event, record)

    def describe(self, state: S, event: Event) -> UndoAction | None:
        labeller = self._labels.get(type(event))
        return None if labeller is None else labeller(state, event)
