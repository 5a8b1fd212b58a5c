"""Undo and redo: the two events that cancel and restore a step, and what undo and redo would
do now (:class:`UndoStatus`, which the UI only renders: its labels are
:class:`~facilitator.core.fold.action.UndoAction` values, put in words by the UI). The fold
implements them (:mod:`facilitator.core.fold.engine`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, ClassVar

from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.seat_steps import NO_TOPS, SeatTops
from facilitator.core.journal.codec import Min
from facilitator.core.journal.event import Event


@dataclass(frozen=True, slots=True)
class Undone(Event):
    """Cancels the event with journal number ``target_seq``."""

    type_name: ClassVar[str] = "Undone"
    undoable: ClassVar[bool] = False
    target_seq: Annotated[int, Min(1)]


@dataclass(frozen=True, slots=True)
class Redone(Event):
    """Restores the undone event with journal number ``target_seq``."""

    type_name: ClassVar[str] = "Redone"
    undoable: ClassVar[bool] = False
    target_seq: Annotated[int, Min(1)]


UNDO_EVENTS: tuple[type[Event], ...] = (Undone, Redone)


@dataclass(frozen=True, slots=True)
class UndoStatus:
    """What undo and redo would do now; the UI only renders this. The meeting's (the latest step
    of any seat, the step last undone) and each seat's (``seats``, by actor: undo per seat)."""

    undo_seq: int | None = None
    undo_label: UndoAction | None = None
    redo_seq: int | None = None
    redo_label: UndoAction | None = None
    seats: Mapping[str, SeatTops] = field(default_factory=dict)

    def of(self, actor: str) -> SeatTops:
        """What undo and redo reach for the seat ``actor``: its own steps only."""
        return self.seats.get(actor, NO_TOPS)

    def latest_of_others(self, actor: str) -> tuple[str, int] | None:
        """The most recent step in effect of a seat other than ``actor`` (who, and its seq): what
        a seat is offered to undo by name."""
        found = [
            (tops.undo_seq, who)
            for who, tops in self.seats.items()
            if who != actor and tops.undo_seq is not None
        ]
        if not found:
            return None
        seq, who = max(found)
        return who, seq

    @property
    def can_undo(self) -> bool:
        return self.undo_seq is not None

    @property
    def can_redo(self) -> bool:
        return self.redo_seq is not None


#: Nothing to undo, nothing to redo.
NO_UNDO = UndoStatus()
