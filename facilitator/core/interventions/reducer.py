"""The interventions as a slice of the fold: how each event changes
:class:`InterventionsState`, and what undoing it would take back ("Capture of Ms. A’s
question")."""

from __future__ import annotations

from facilitator.core.agenda.events import ProgrammeEdited
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
from facilitator.core.interventions.fields import FIELD_LABELS, InterventionKind
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
# The programme edit has none here: the agenda names it.
def _whose(name: str, kind: InterventionKind) -> str:
    return f"{name}’s {kind.word}" if name else f"an unnamed speaker’s {kind.word}"


def _what(state: InterventionsState, e: InterventionEvent) -> str:
    found = state.get(e.id)
    return _whose(found.name, found.kind) if found is not None else e.id


@INTERVENTIONS.label(InterventionLogged)
def _logged_label(state: InterventionsState, e: InterventionLogged) -> str:
    return f"Capture of {_whose(e.name, e.kind)}"


@INTERVENTIONS.label(InterventionEdited)
def _edited_label(state: InterventionsState, e: InterventionEdited) -> str:
    names = ", ".join(FIELD_LABELS[f].lower() for f, _ in e.changes)
    what = _what(state, e)
    return f"Edit of {what} ({names})" if names else f"Edit of {what}"


@INTERVENTIONS.label(InterventionDeleted)
def _deleted_label(state: InterventionsState, e: InterventionDeleted) -> str:
    return f"Delete {_what(state, e)}"


@INTERVENTIONS.label(InterventionRestored)
def _restored_label(state: InterventionsState, e: InterventionRestored) -> str:
    return f"Restore {_what(state, e)}"


# ----------------------------------------------------------------------------- reading
def interventions_of(state: MeetingState) -> InterventionsState:
    """The interventions slice of a meeting's state (an empty one if the fold left it out)."""
    found = state.slices.get(INTERVENTIONS.name)
    if isinstance(found, InterventionsState):
        return found
    return InterventionsState.initial(state.programme)
