"""What a seat at the meeting offers the windows: the protocol the views read through, implemented
by :class:`~facilitator.session.MeetingSession` and by the test doubles that stand in for it (a
seat on another machine will implement it too).

The windows read through a :class:`Seat` (the state, the clock, the rapporteur's draft) and change
the meeting only through :meth:`facilitator.ui.controller.MeetingController.act`, with a typed
command on the :class:`~facilitator.session.MeetingSession` (``act(lambda s: s.jump(seg))``): no
command is named by a string, so the type checker follows every action to its command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from facilitator.core.errors import Phrase
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.commands import InterventionDraft
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme

Listener = Callable[[EventRecord, MeetingState], None]


class Role(StrEnum):
    """What a seat does at the meeting (issue 18): the Co-Chairs run it; a rapporteur captures
    and reviews the interventions but does not move the agenda or the floor; the room display
    only shows the meeting and takes no command."""

    CO_CHAIR = "co-chair"
    RAPPORTEUR = "rapporteur"
    DISPLAY = "display"


#: The core command modules each role may run (a command is known by the module it lives in).
ALLOWED: dict[Role, frozenset[str]] = {
    Role.CO_CHAIR: frozenset(
        {
            "facilitator.core.agenda.commands",
            "facilitator.core.queue.commands",
            "facilitator.core.queue.floor_commands",
            "facilitator.core.interventions.commands",
        }
    ),
    Role.RAPPORTEUR: frozenset({"facilitator.core.interventions.commands"}),
    Role.DISPLAY: frozenset(),
}

#: Commands a role runs besides its modules': a rapporteur undoes and redoes its own steps (undo
#: is per seat, and a rapporteur's steps are its captures and corrections), by their qualified
#: names. Undoing another seat's step (``undo_step``) stays the Co-Chairs'.
ALSO_ALLOWED: dict[Role, frozenset[str]] = {
    Role.RAPPORTEUR: frozenset(
        {"facilitator.core.agenda.commands.undo", "facilitator.core.agenda.commands.redo"}
    ),
}


def may_run(role: Role, command: Callable[..., object]) -> bool:
    """Whether a seat of ``role`` may run the core ``command`` (:data:`ALLOWED`,
    :data:`ALSO_ALLOWED`)."""
    module = getattr(command, "__module__", "")
    if module in ALLOWED[role]:
        return True
    return f"{module}.{getattr(command, '__qualname__', '')}" in ALSO_ALLOWED.get(role, ())


REFUSED = {
    Role.RAPPORTEUR: Phrase(
        "This is a rapporteur's seat: it captures and reviews the interventions, and the Co-Chairs"
        " move the agenda and give the floor. Nothing was changed."
    ),
    Role.DISPLAY: Phrase(
        "This seat is the room display: it shows the meeting and takes no command."
    ),
}


@dataclass(frozen=True, slots=True)
class SeatUndo:
    """What this seat's Edit menu offers: its own undo and redo (their labels, or None), and
    the latest step in effect of another seat (its seq, label and who took it), which is never
    undone silently but offered by name."""

    undo_label: UndoAction | None
    redo_label: UndoAction | None
    other: tuple[int, UndoAction, str] | None


class Seat(Protocol):
    """A meeting as a window sees it (see the module docstring)."""

    actor: str
    role: Role  # what this seat may do: the console leaves out what its role cannot

    @property
    def state(self) -> MeetingState: ...

    @property
    def original_programme(self) -> Programme: ...

    def now(self) -> dt.datetime: ...

    def subscribe(self, listener: Listener) -> None: ...

    def journal(self, until: int | None = None) -> Sequence[EventRecord]: ...

    def refresh(self) -> Sequence[EventRecord]: ...

    def save_snapshot(self) -> bool: ...

    def seat_undo(self) -> SeatUndo: ...

    def save_snapshot_if_due(self) -> bool: ...

    def backup_if_due(self, now: dt.datetime | None = None) -> bool: ...

    def intervention_prefill(self) -> InterventionDraft: ...

    def save_intervention_draft(self, data: Mapping[str, Any]) -> bool: ...

    def load_intervention_draft(self) -> dict[str, Any] | None: ...

    def clear_intervention_draft(self) -> None: ...
