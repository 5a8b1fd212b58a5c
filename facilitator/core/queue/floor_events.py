"""The events of a fair floor (issue 21): a list balanced by who has been heard, a point of order
or a right of reply given the floor at once, a stakeholder group's time budget for a segment."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, ClassVar

from facilitator.core.journal.codec import Fallback, Id, Min
from facilitator.core.journal.event import Event
from facilitator.core.participants.values import Category
from facilitator.core.queue.events import EntryEvent, ListEvent
from facilitator.core.queue.values import TurnKind


class BalanceMeasure(StrEnum):
    """How "heard so far" is measured when a list is balanced: by turns, or by speaking time."""

    TURNS = "turns"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class SpeakersBalanced(ListEvent):
    """The waiting entries take the order ``order``, computed so that the stakeholder group least
    heard so far speaks next (:mod:`facilitator.core.queue.balance`); it folds as a reorder
    (entries it does not name follow in their order). What the order was computed from is kept
    for its explanation: the group that speaks next and what it had been heard (turns, or
    seconds), against the group heard most among those waiting (None when it is the only one)."""

    type_name: ClassVar[str] = "SpeakersBalanced"
    order: tuple[Id, ...] = ()
    measure: Annotated[BalanceMeasure, Fallback(BalanceMeasure.TURNS)] = BalanceMeasure.TURNS
    next_group: Annotated[Category, Fallback(Category.OTHER)] = Category.OTHER
    next_heard: Annotated[int, Min(0)] = 0
    most_group: Annotated[Category, Fallback(Category.OTHER)] | None = None
    most_heard: Annotated[int, Min(0)] = 0


@dataclass(frozen=True, slots=True)
class FloorInterjected(EntryEvent):
    """A point of order or a right of reply takes the floor at once, out of the list's order, as
    a new entry of the current segment's list (``participant_id`` empty: not named) with a limit
    of its own. Whoever had the floor is interrupted: their clock stops as it was, and they get
    the floor back when it ends."""

    type_name: ClassVar[str] = "FloorInterjected"
    kind: Annotated[TurnKind, Fallback(TurnKind.POINT_OF_ORDER)]
    limit_seconds: Annotated[int, Min(1)]
    participant_id: str = ""


@dataclass(frozen=True, slots=True)
class BudgetSet(ListEvent):
    """A stakeholder group's time budget for the segment's list (``seconds`` 0: no budget)."""

    type_name: ClassVar[str] = "BudgetSet"
    group: Annotated[Category, Fallback(Category.OTHER)]
    seconds: Annotated[int, Min(0)]


#: The events the queue slice folds for a fair floor.
FLOOR_EVENTS: tuple[type[Event], ...] = (SpeakersBalanced, FloorInterjected)
#: The events the budgets slice folds.
BUDGET_EVENTS: tuple[type[Event], ...] = (BudgetSet,)
