"""What the Co-Chairs can do for a fair floor (issue 21), checked against the live state: balance
the list by who has been heard, give the floor at once to a point of order or a right of reply,
set a stakeholder group's time budget for a segment. One command, one event, one undo step (as in
:mod:`facilitator.core.queue.commands`).

Decisions where the issue is silent: a point of order has a limit of 1:00 and a right of reply of
2:00 (a list's is 3:00 by default); one may be named after a participant or not; while one has
the floor no other can be given it and no speaker can be called (finish it first: the speaker it
interrupted resumes); a budget is whole minutes, up to 8 hours.
"""

from __future__ import annotations

import datetime as dt

from facilitator.core.agenda.timing import format_clock
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.event import to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Category
from facilitator.core.queue.balance import balanced_order
from facilitator.core.queue.budgets import budgets_of
from facilitator.core.queue.commands import (
    LimitError,
    NoSuchParticipantError,
    OrderError,
    SpeakerStatusError,
    _floor_segment,
    _list_segment,
)
from facilitator.core.queue.floor_events import (
    BalanceMeasure,
    BudgetSet,
    FloorInterjected,
    SpeakersBalanced,
)
from facilitator.core.queue.interjections import interjection_on_floor
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.values import TurnKind

#: The limit of a point of order…
POINT_OF_ORDER_SECONDS = 60
#: …and of a right of reply.
RIGHT_OF_REPLY_SECONDS = 120
#: A group's budget is at most this.
MAX_BUDGET_SECONDS = 8 * 3600

INTERJECTION_LIMITS = {
    TurnKind.POINT_OF_ORDER: POINT_OF_ORDER_SECONDS,
    TurnKind.RIGHT_OF_REPLY: RIGHT_OF_REPLY_SECONDS,
}


# ============================================================================ balance
def balance_list(
    state: MeetingState,
    measure: BalanceMeasure = BalanceMeasure.TURNS,
    segment_id: str | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Reorder those waiting so that the stakeholder group least heard so far (by turns or by
    speaking time) speaks next, room or online and gender breaking ties, as one step."""
    measure = BalanceMeasure(measure)
    queue = queue_of(state)
    sid = _list_segment(state, segment_id)
    lst = queue.list_of(sid)
    if len(lst.waiting) < 2:
        raise OrderError("Fewer than two are waiting: there is nothing to balance.")
    found = balanced_order(queue, lst, measure, now)
    assert found is not None
    if found.order == lst.waiting:
        raise OrderError("The list is already balanced between the groups heard so far.")
    event = SpeakersBalanced(
        sid,
        found.order,
        measure,
        found.next_group,
        found.next_heard,
        found.most_group,
        found.most_heard,
    )
    return to_record(event, at=now, actor=actor)


# ============================================================================ interjections
def give_interjection(
    state: MeetingState,
    kind: TurnKind,
    participant_id: str = "",
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Give the floor at once to a point of order or a right of reply (by ``participant_id``, or
    not named): whoever has the floor is interrupted, their clock stopped as it is."""
    kind = TurnKind(kind)
    if not kind.interjection:
        raise SpeakerStatusError("Only a point of order or a right of reply interrupts the list.")
    sid = _floor_segment(state, None)
    queue = queue_of(state)
    if participant_id and queue.participant(participant_id) is None:
        raise NoSuchParticipantError("That participant is not registered.")
    on_floor = interjection_on_floor(queue)
    if on_floor is not None:
        if on_floor is TurnKind.POINT_OF_ORDER:
            raise SpeakerStatusError("A point of order already has the floor: finish it first.")
        raise SpeakerStatusError("A right of reply already has the floor: finish it first.")
    event = FloorInterjected(
        sid, queue.next_entry_id(), kind, INTERJECTION_LIMITS[kind], participant_id
    )
    return to_record(event, at=now, actor=actor)


def point_of_order(
    state: MeetingState, participant_id: str = "", *, now: dt.datetime, actor: str
) -> EventRecord:
    return give_interjection(state, TurnKind.POINT_OF_ORDER, participant_id, now=now, actor=actor)


def right_of_reply(
    state: MeetingState, participant_id: str = "", *, now: dt.datetime, actor: str
) -> EventRecord:
    return give_interjection(state, TurnKind.RIGHT_OF_REPLY, participant_id, now=now, actor=actor)


# ============================================================================ budgets
def set_budget(
    state: MeetingState,
    group: Category,
    seconds: int,
    segment_id: str | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """A stakeholder group's time budget for a segment's list (by default the one in view);
    0 takes it away."""
    try:
        group = Category(group)
    except ValueError as exc:
        raise LimitError("Choose a stakeholder group.") from exc
    if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 0:
        raise LimitError("Give the budget as a whole number of minutes.")
    if seconds > MAX_BUDGET_SECONDS:
        raise LimitError("A budget is at most {hours} hours.", hours=MAX_BUDGET_SECONDS // 3600)
    sid = _list_segment(state, segment_id)
    current = budgets_of(state).of(sid).get(group, 0)
    if current == seconds:
        if not seconds:
            raise LimitError("{group} has no budget for this segment.", group=group)
        raise LimitError(
            "The budget of {group} is already {clock}.", group=group, clock=format_clock(seconds)
        )
    return to_record(BudgetSet(sid, group, seconds), at=now, actor=actor)
