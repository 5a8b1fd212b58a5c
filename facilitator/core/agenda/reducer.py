"""The agenda as a slice of the fold: how each agenda event changes :class:`AgendaState`, and what
undoing it would take back ("Next (Panel 1)")."""

from __future__ import annotations

from facilitator.core.agenda.events import (
    AGENDA_EVENTS,
    ClockAdjusted,
    ProgrammeEdited,
    SegmentEvent,
    SegmentExtended,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
    SittingStarted,
)
from facilitator.core.agenda.state import AgendaState
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.slice import Reducer
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import hhmm

#: The agenda: segments, their clocks, the sittings, the programme as edited.
AGENDA: Reducer[AgendaState] = Reducer("agenda", AgendaState.initial, AGENDA_EVENTS)


# ----------------------------------------------------------------------------- handlers
@AGENDA.on(SegmentStarted)
def _started(state: AgendaState, e: SegmentStarted, record: EventRecord) -> AgendaState:
    return state.with_started(e.segment_id, record.at)


@AGENDA.on(SegmentPaused)
def _paused(state: AgendaState, e: SegmentPaused, record: EventRecord) -> AgendaState:
    return state.with_paused(e.segment_id, record.at)


@AGENDA.on(SegmentResumed)
def _resumed(state: AgendaState, e: SegmentResumed, record: EventRecord) -> AgendaState:
    return state.with_resumed(e.segment_id, record.at)


@AGENDA.on(SegmentFinished)
def _finished(state: AgendaState, e: SegmentFinished, record: EventRecord) -> AgendaState:
    return state.with_finished(e.segment_id, record.at)


@AGENDA.on(SegmentExtended)
def _extended(state: AgendaState, e: SegmentExtended, record: EventRecord) -> AgendaState:
    return state.with_extended(e.segment_id, e.seconds)


@AGENDA.on(SittingStarted)
def _sitting_started(state: AgendaState, e: SittingStarted, record: EventRecord) -> AgendaState:
    return state.with_sitting_started(e.sitting, record.at)


@AGENDA.on(SittingEnded)
def _sitting_ended(state: AgendaState, e: SittingEnded, record: EventRecord) -> AgendaState:
    return state.with_sitting_ended(e.sitting, record.at)


@AGENDA.on(ProgrammeEdited)
def _programme(state: AgendaState, e: ProgrammeEdited, record: EventRecord) -> AgendaState:
    return state.with_programme(e.programme, record.at)


@AGENDA.on(ClockAdjusted)
def _clock(state: AgendaState, e: ClockAdjusted, record: EventRecord) -> AgendaState:
    return state.with_clock_adjusted(e)


# ----------------------------------------------------------------------------- undo labels
def _start_verb(state: AgendaState, segment_id: str) -> str:
    if state.current is None and state.position is None:
        return "start"
    if segment_id == state.next_id():
        return "next"
    if segment_id == state.previous_id():
        return "back"
    if state.current is None and segment_id == state.position:
        return "back"
    return "jump"


_VERBS = {SegmentPaused: "pause", SegmentResumed: "resume", SegmentFinished: "finish"}


@AGENDA.label(SegmentStarted)
def _start_label(state: AgendaState, e: SegmentStarted) -> UndoAction:
    return UndoAction(_start_verb(state, e.segment_id), state.title(e.segment_id))


@AGENDA.label(SegmentPaused, SegmentResumed, SegmentFinished)
def _segment_label(state: AgendaState, e: SegmentEvent) -> UndoAction:
    return UndoAction(_VERBS[type(e)], state.title(e.segment_id))


@AGENDA.label(SegmentExtended)
def _extend_label(state: AgendaState, e: SegmentExtended) -> UndoAction:
    verb = "extend" if e.seconds >= 0 else "shorten"
    return UndoAction(verb, state.title(e.segment_id), amount=abs(e.seconds))


def _sitting(state: AgendaState, kind: str, index: int) -> UndoAction:
    sittings = state.programme.sittings
    hours: tuple[str, ...] = ()
    if 0 <= index < len(sittings):
        hours = (hhmm(sittings[index].start) or "", hhmm(sittings[index].end) or "")
    return UndoAction(kind, amount=index + 1, details=hours)


@AGENDA.label(SittingStarted)
def _sitting_start_label(state: AgendaState, e: SittingStarted) -> UndoAction:
    return _sitting(state, "sitting_start", e.sitting)


@AGENDA.label(SittingEnded)
def _sitting_end_label(state: AgendaState, e: SittingEnded) -> UndoAction:
    return _sitting(state, "sitting_end", e.sitting)


@AGENDA.label(ProgrammeEdited)
def _programme_label(state: AgendaState, e: ProgrammeEdited) -> UndoAction:
    return UndoAction("programme_edit")
