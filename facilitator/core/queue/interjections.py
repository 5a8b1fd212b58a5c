"""A point of order or a right of reply on the floor (issue 21): how the queue folds
:class:`~facilitator.core.queue.floor_events.FloorInterjected` and a balanced list, and their
undo labels.

An interjection is an entry of the current segment's list that never waited: it takes the floor
at once with its own limit, and whoever had the floor is interrupted (their clock stops as it
was: :attr:`QueueState.interrupted`). When it ends (finished, or withdrawn) the interrupted
speaker gets the floor back, their clock running again from where it stopped (held if it was
held). If the floor moves on instead (another speaker called, the segment finished), the
interrupted speaker's turn ends as well. The queue's reducer registers these handlers and labels
(:mod:`facilitator.core.queue.reducer`).
"""

from __future__ import annotations

import datetime as dt

from facilitator.core.errors import CommandError
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.persistent import pmap
from facilitator.core.journal.record import EventRecord
from facilitator.core.queue.events import SpeakersReordered
from facilitator.core.queue.floor_events import FloorInterjected, SpeakersBalanced
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import (
    Floor,
    Interrupted,
    Speaker,
    SpeakerStatus,
    TurnKind,
    entry_number,
)


class InterjectionError(CommandError):
    """A command refused while a point of order or a right of reply has the floor."""


def with_interjection(state: QueueState, e: FloorInterjected, at: dt.datetime) -> QueueState:
    """``e``'s entry takes the floor; whoever had it is interrupted (see the module docstring)."""
    if not state.knows_segment(e.segment_id) or e.entry_id in state.entry_lists:
        return state
    interrupted = None
    if state.floor is not None:
        lst = state.lists[state.floor.segment_id]
        current = lst.entries[state.floor.entry_id]
        if state.interrupted is not None or current.kind.interjection:
            state = state.with_floor_ended(at)  # never two deep: the one on the floor ends
        else:
            held = current.status is SpeakerStatus.PAUSED
            stopped = current.stopped(at, SpeakerStatus.PAUSED)
            state = state._evolve(state._put(lst._with_entry(stopped)), None)
            interrupted = Interrupted(lst.segment_id, current.entry_id, held, e.entry_id)
    lst = state.list_of(e.segment_id)
    entry = Speaker(
        e.entry_id,
        e.participant_id,
        queued_at=at,
        limit_seconds=e.limit_seconds,
        kind=e.kind,
    ).started(at, e.limit_seconds)
    number = entry_number(e.entry_id)
    return state._evolve(
        state._put(lst._with_entry(entry)),
        Floor(e.segment_id, e.entry_id),
        next_entry=state.next_entry if number is None else max(state.next_entry, number + 1),
        entry_lists=pmap(state.entry_lists).add_new(e.entry_id, e.segment_id),
        interrupted=interrupted,
    )


def on_interjected(state: QueueState, e: FloorInterjected, record: EventRecord) -> QueueState:
    return with_interjection(state, e, record.at)


def on_balanced(state: QueueState, e: SpeakersBalanced, record: EventRecord) -> QueueState:
    return state.with_reordered(SpeakersReordered(e.segment_id, e.order))


def interjection_on_floor(queue: QueueState) -> TurnKind | None:
    """The kind of the point of order or right of reply on the floor, if one is."""
    floor = queue.floor_speaker()
    return floor.kind if floor is not None and floor.kind.interjection else None


def check_no_interjection(queue: QueueState) -> None:
    """Refuse to move the floor on while a point of order or a right of reply has it."""
    kind = interjection_on_floor(queue)
    if kind is None:
        return
    back = queue.interrupted
    found = None if back is None else queue.entry(back.segment_id, back.entry_id)
    point = kind is TurnKind.POINT_OF_ORDER
    if found is None:
        if point:
            raise InterjectionError("A point of order has the floor. Finish it first.")
        raise InterjectionError("A right of reply has the floor. Finish it first.")
    name = queue.name(found[1].participant_id)
    if point:
        raise InterjectionError(
            "A point of order has the floor. Finish it first: {name} then resumes.", name=name
        )
    raise InterjectionError(
        "A right of reply has the floor. Finish it first: {name} then resumes.", name=name
    )


# ----------------------------------------------------------------------------- undo labels
# What undoing them takes back, as values (facilitator.ui.fair_floor_words.undo_words says them).
def interjected_label(state: QueueState, e: FloorInterjected) -> UndoAction:
    who = state.name(e.participant_id) if e.participant_id else ""
    return UndoAction(e.kind.value, who, state.title(e.segment_id), amount=e.limit_seconds)


def balanced_label(state: QueueState, e: SpeakersBalanced) -> UndoAction:
    return UndoAction("balance", segment=state.title(e.segment_id), details=(e.measure.value,))
