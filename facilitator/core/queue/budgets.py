"""Time budgets per stakeholder group for a segment (issue 21): a slice of the fold, and the live
figures of each budget.

A tour-de-table of 90 minutes can be shared out as 40 minutes for NGOs, 25 for academia and 25
for the private sector (:class:`~facilitator.core.queue.floor_events.BudgetSet`, one event per
group; 0 takes the budget away). A group's **used** time is the speaking time of its speeches on
that segment's list (the turn on the floor counted live; points of order and rights of reply are
not a group's speech and are not counted); **left** is the budget less what was used (negative
once over); the **limit that fits** the group is what is left shared among its speakers still
waiting, floored to 15 s, and none below 0:30 (as for the whole list:
:mod:`facilitator.core.queue.figures`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.slice import Reducer
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Category
from facilitator.core.programme import Programme
from facilitator.core.queue.figures import FIT_MINIMUM_SECONDS, FIT_STEP_SECONDS
from facilitator.core.queue.floor_events import BUDGET_EVENTS, BudgetSet
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.state import QueueState


@dataclass(frozen=True, slots=True)
class Budgets:
    """Every segment's budgets: segment id → (category value → seconds)."""

    segments: Mapping[str, Mapping[str, int]]

    @classmethod
    def initial(cls, programme: Programme) -> Budgets:
        return cls({})

    def of(self, segment_id: str) -> dict[Category, int]:
        """The budgets of a segment's list, in the categories' order."""
        found = self.segments.get(segment_id, {})
        return {c: found[c.value] for c in Category if c.value in found}

    def with_budget(self, segment_id: str, group: Category, seconds: int) -> Budgets:
        current = dict(self.segments.get(segment_id, {}))
        if current.get(group.value, 0) == seconds:
            return self
        if seconds:
            current[group.value] = seconds
        else:
            current.pop(group.value, None)
        segments = dict(self.segments)
        if current:
            segments[segment_id] = current
        else:
            segments.pop(segment_id, None)
        return Budgets(segments)


#: The budgets, as a slice of the fold.
BUDGETS: Reducer[Budgets] = Reducer("budgets", Budgets.initial, BUDGET_EVENTS)


@BUDGETS.on(BudgetSet)
def _budget_set(state: Budgets, e: BudgetSet, record: EventRecord) -> Budgets:
    return state.with_budget(e.segment_id, e.group, e.seconds)


@BUDGETS.label(BudgetSet)
def _budget_label(state: Budgets, e: BudgetSet) -> UndoAction:
    return UndoAction("budget", e.group.value, e.segment_id, amount=e.seconds)


def budgets_of(state: MeetingState) -> Budgets:
    found = state.slices.get(BUDGETS.name)
    return found if isinstance(found, Budgets) else Budgets({})


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One group's budget on a list at one instant."""

    group: Category
    budget_seconds: int
    used_seconds: int
    waiting: int  # the group's speakers still waiting on the list
    fitting_limit_seconds: int | None  # None: nobody waiting, or none fits

    @property
    def left_seconds(self) -> int:
        """Negative once over."""
        return self.budget_seconds - self.used_seconds

    @property
    def over(self) -> bool:
        return self.used_seconds > self.budget_seconds


def used_by_group(queue: QueueState, segment_id: str, now: dt.datetime) -> dict[Category, int]:
    """Speaking time (whole seconds, each turn rounded down) of each group's speeches."""
    used: dict[Category, int] = {}
    lst = queue.lists.get(segment_id)
    if lst is None:
        return used
    for speaker in lst.entries.values():
        if speaker.kind.interjection or not speaker.heard or not speaker.runs:
            continue
        participant = queue.participant(speaker.participant_id)
        group = participant.category if participant is not None else Category.OTHER
        used[group] = used.get(group, 0) + int(speaker.elapsed(now).total_seconds())
    return used


def budget_lines(
    state: MeetingState, segment_id: str | None, now: dt.datetime
) -> tuple[BudgetLine, ...]:
    """The budgets of ``segment_id``'s list with their time used and left, in the categories'
    order (empty without budgets)."""
    if segment_id is None:
        return ()
    budgets = budgets_of(state).of(segment_id)
    if not budgets:
        return ()
    queue = queue_of(state)
    used = used_by_group(queue, segment_id, now)
    lst = queue.list_of(segment_id)
    waiting: dict[Category, int] = {}
    for speaker in lst.waiting_speakers():
        participant = queue.participant(speaker.participant_id)
        group = participant.category if participant is not None else Category.OTHER
        waiting[group] = waiting.get(group, 0) + 1
    lines = []
    for group, seconds in budgets.items():
        spent = used.get(group, 0)
        count = waiting.get(group, 0)
        fitting: int | None = None
        if count:
            per = (seconds - spent) // count
            candidate = per - per % FIT_STEP_SECONDS
            fitting = candidate if candidate >= FIT_MINIMUM_SECONDS else None
        lines.append(BudgetLine(group, seconds, spent, count, fitting))
    return tuple(lines)
