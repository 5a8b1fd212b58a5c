"""The interventions as a slice of the fold: how each event changes
:class:`InterventionsState`, and what undoing it would take back ("Capture of Ms. A’s
question")."""

from __future__ import annotations

from dataclasses import replace

from facilitator.core.agenda.events import ProgrammeEdited
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.slice import Reducer
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.events import (
    INTERVENTION_EVENTS,
    InterventionDeleted,
    InterventionEdited,
    InterventionEvent,
    InterventionLogged,
    InterventionRestored,
)
from facilitator.core.interventions.state import InterventionsState
from facilitator.core.journal.record import EventRecord

#: The interventions, as a slice of the fold.
INTERVENTIONS: Reducer[InterventionsState] = Reducer(
    "interventions", InterventionsState.initial, (*INTERVENTION_EVENTS, ProgrammeEdited)
)


# ----------------------------------------------------------------------------- handlers
@INTERVENTIONS.on(InterventionLogged)
def _logged(
    state: InterventionsState, e: InterventionLogged, record: EventRecord
) -> InterventionsState:
    return state.with_logged(e, record)


@INTERVENTIONS.on(InterventionEdited)
def _edited(
    state: InterventionsState, e: InterventionEdited, record: EventRecord
) -> InterventionsState:
    return state.with_edited(e, record)


@INTERVENTIONS.on(InterventionDeleted)
def _deleted(
    state: InterventionsState, e: InterventionDeleted, record: EventRecord
) -> InterventionsState:
    return state.with_deleted(e.id, True, record)


@INTERVENTIONS.on(InterventionRestored)
def _restored(
    state: InterventionsState, e: InterventionRestored, record: EventRecord
) -> InterventionsState:
    return state.with_deleted(e.id, False, record)


@INTERVENTIONS.on(ProgrammeEdited)
def _programme(
    state: InterventionsState, e: ProgrammeEdited, record: EventRecord
) -> InterventionsState:
    return state.with_programme(e.programme)


# ----------------------------------------------------------------------------- undo labels
# The programme edit has none here: the agenda names it. The subject is the speaker's name ("":
# an unnamed speaker), the sort the intervention's kind.
def _what(state: InterventionsState, e: InterventionEvent, kind: str) -> UndoAction:
    found = state.get(e.id)
    if found is None:
        return UndoAction(kind, e.id)
    return UndoAction(kind, found.name, sort=found.kind.value)


@INTERVENTIONS.label(InterventionLogged)
def _logged_label(state: InterventionsState, e: InterventionLogged) -> UndoAction:
    return UndoAction("capture", e.name, sort=e.kind.value)


@INTERVENTIONS.label(InterventionEdited)
def _edited_label(state: InterventionsState, e: InterventionEdited) -> UndoAction:
    action = _what(state, e, "edit_intervention")
    return replace(action, details=tuple(f for f, _ in e.changes))


@INTERVENTIONS.label(InterventionDeleted)
def _deleted_label(state: InterventionsState, e: InterventionDeleted) -> UndoAction:
    return _what(state, e, "delete_intervention")


@INTERVENTIONS.label(InterventionRestored)
def _restored_label(state: InterventionsState, e: InterventionRestored) -> UndoAction:
    return _what(state, e, "restore_intervention")


# ----------------------------------------------------------------------------- reading
def interventions_of(state: MeetingState) -> InterventionsState:
    """The interventions slice of a meeting's state (an empty one if the fold left it out)."""
    found = state.slices.get(INTERVENTIONS.name)
    if isinstance(found, InterventionsState):
        return found
    return InterventionsState.initial(state.programme)
