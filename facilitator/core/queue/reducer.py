"""The speaker queue (and the participants) as a slice of the fold: how each event changes
:class:`QueueState`, what undoing it would take back ("Call Ms. A"), and the state read from a
meeting's (:func:`queue_of`, :func:`list_in_view`)."""

from __future__ import annotations

from facilitator.core.agenda.events import (
    ClockAdjusted,
    ProgrammeEdited,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
)
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.slice import Reducer
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.event import Event
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.events import (
    PARTICIPANT_EVENTS,
    ParticipantAdded,
    ParticipantEdited,
    ParticipantsImported,
)
from facilitator.core.queue import interjections
from facilitator.core.queue.events import (
    QUEUE_EVENTS,
    EntryEvent,
    ListClosed,
    ListEvent,
    ListLimitSet,
    ListReopened,
    ReorderReason,
    SpeakerCalled,
    SpeakerDeferred,
    SpeakerEdited,
    SpeakerExtended,
    SpeakerFinished,
    SpeakerMoved,
    SpeakerPaused,
    SpeakerQueued,
    SpeakerRestored,
    SpeakerResumed,
    SpeakerSkipped,
    SpeakersReordered,
    SpeakerWithdrawn,
)
from facilitator.core.queue.floor_events import FLOOR_EVENTS, FloorInterjected, SpeakersBalanced
from facilitator.core.queue.state import QueueState

#: The agenda's events the queue folds too: the floor ends with its segment.
_AGENDA_EVENTS: tuple[type[Event], ...] = (
    SegmentStarted,
    SegmentPaused,
    SegmentResumed,
    SegmentFinished,
    SittingEnded,
    ProgrammeEdited,
    ClockAdjusted,
)

#: The speaker queue and the participants, as a slice of the fold.
QUEUE: Reducer[QueueState] = Reducer(
    "queue",
    QueueState.initial,
    (*PARTICIPANT_EVENTS, *QUEUE_EVENTS, *FLOOR_EVENTS, *_AGENDA_EVENTS),
)


# ----------------------------------------------------------------------------- the participants
@QUEUE.on(ParticipantsImported)
def _imported(state: QueueState, e: ParticipantsImported, record: EventRecord) -> QueueState:
    return state.with_participants(state.participants.with_added(e.participants))


@QUEUE.on(ParticipantAdded)
def _added(state: QueueState, e: ParticipantAdded, record: EventRecord) -> QueueState:
    return state.with_participants(state.participants.with_added((e.participant,)))


@QUEUE.on(ParticipantEdited)
def _edited(state: QueueState, e: ParticipantEdited, record: EventRecord) -> QueueState:
    return state.with_participants(state.participants.with_replaced(e.participant))


# ----------------------------------------------------------------------------- the lists
@QUEUE.on(SpeakerQueued)
def _queued(state: QueueState, e: SpeakerQueued, record: EventRecord) -> QueueState:
    return state.with_queued(e, record.at)


@QUEUE.on(SpeakerMoved)
def _moved(state: QueueState, e: SpeakerMoved, record: EventRecord) -> QueueState:
    return state.with_moved(e)


@QUEUE.on(SpeakersReordered)
def _reordered(state: QueueState, e: SpeakersReordered, record: EventRecord) -> QueueState:
    return state.with_reordered(e)


@QUEUE.on(SpeakerCalled)
def _called(state: QueueState, e: SpeakerCalled, record: EventRecord) -> QueueState:
    return state.with_called(e, record.at)


@QUEUE.on(SpeakerPaused)
def _held(state: QueueState, e: SpeakerPaused, record: EventRecord) -> QueueState:
    return state.with_paused(e, record.at)


@QUEUE.on(SpeakerResumed)
def _resumed(state: QueueState, e: SpeakerResumed, record: EventRecord) -> QueueState:
    return state.with_resumed(e, record.at)


@QUEUE.on(SpeakerExtended)
def _extended(state: QueueState, e: SpeakerExtended, record: EventRecord) -> QueueState:
    return state.with_extended(e)


@QUEUE.on(SpeakerFinished)
def _finished(state: QueueState, e: SpeakerFinished, record: EventRecord) -> QueueState:
    return state.with_finished(e, record.at)


@QUEUE.on(SpeakerSkipped)
def _skipped(state: QueueState, e: SpeakerSkipped, record: EventRecord) -> QueueState:
    return state.with_skipped(e, record.at)


@QUEUE.on(SpeakerDeferred)
def _deferred(state: QueueState, e: SpeakerDeferred, record: EventRecord) -> QueueState:
    return state.with_deferred(e, record.at)


@QUEUE.on(SpeakerWithdrawn)
def _withdrawn(state: QueueState, e: SpeakerWithdrawn, record: EventRecord) -> QueueState:
    return state.with_withdrawn(e, record.at)


@QUEUE.on(SpeakerRestored)
def _restored(state: QueueState, e: SpeakerRestored, record: EventRecord) -> QueueState:
    return state.with_restored(e)


@QUEUE.on(SpeakerEdited)
def _speaker_edited(state: QueueState, e: SpeakerEdited, record: EventRecord) -> QueueState:
    return state.with_edited(e)


@QUEUE.on(ListClosed)
def _closed(state: QueueState, e: ListClosed, record: EventRecord) -> QueueState:
    return state.with_list(e.segment_id, closed=True)


@QUEUE.on(ListReopened)
def _reopened(state: QueueState, e: ListReopened, record: EventRecord) -> QueueState:
    return state.with_list(e.segment_id, closed=False)


@QUEUE.on(ListLimitSet)
def _limit(state: QueueState, e: ListLimitSet, record: EventRecord) -> QueueState:
    return state.with_list(e.segment_id, limit_seconds=e.seconds)


# A fair floor (issue 21): a balanced list, a point of order or a right of reply.
QUEUE.on(SpeakersBalanced)(interjections.on_balanced)
QUEUE.on(FloorInterjected)(interjections.on_interjected)
QUEUE.label(SpeakersBalanced)(interjections.balanced_label)
QUEUE.label(FloorInterjected)(interjections.interjected_label)


# ----------------------------------------------------------------------------- the agenda
@QUEUE.on(SegmentStarted)
def _segment_started(state: QueueState, e: SegmentStarted, record: EventRecord) -> QueueState:
    return state.with_segment_started(e.segment_id, record.at)


@QUEUE.on(SegmentPaused)
def _segment_paused(state: QueueState, e: SegmentPaused, record: EventRecord) -> QueueState:
    return state.with_segment_paused(e.segment_id, record.at)


@QUEUE.on(SegmentResumed)
def _segment_resumed(state: QueueState, e: SegmentResumed, record: EventRecord) -> QueueState:
    return state.with_segment_resumed(e.segment_id, record.at)


@QUEUE.on(SegmentFinished)
def _segment_finished(state: QueueState, e: SegmentFinished, record: EventRecord) -> QueueState:
    return state.with_segment_finished(e.segment_id, record.at)


@QUEUE.on(SittingEnded)
def _sitting_ended(state: QueueState, e: SittingEnded, record: EventRecord) -> QueueState:
    return state.with_floor_ended(record.at)


@QUEUE.on(ProgrammeEdited)
def _programme(state: QueueState, e: ProgrammeEdited, record: EventRecord) -> QueueState:
    return state.with_programme(e.programme, record.at)


@QUEUE.on(ClockAdjusted)
def _clock(state: QueueState, e: ClockAdjusted, record: EventRecord) -> QueueState:
    return state.with_clock_adjusted(e)


# ----------------------------------------------------------------------------- undo labels
# What undoing an event would take back: UndoAction("call", "Ms. A"). The agenda's events have
# none here: the agenda names them.
@QUEUE.label(ParticipantsImported)
def _imported_label(state: QueueState, e: ParticipantsImported) -> UndoAction:
    return UndoAction("import", e.source, amount=len(e.participants))


@QUEUE.label(ParticipantAdded)
def _added_label(state: QueueState, e: ParticipantAdded) -> UndoAction:
    return UndoAction("guest" if e.participant.guest else "new_participant", e.participant.name)


@QUEUE.label(ParticipantEdited)
def _edited_label(state: QueueState, e: ParticipantEdited) -> UndoAction:
    return UndoAction("edit_participant", state.name(e.participant.id))


@QUEUE.label(SpeakerQueued)
def _queued_label(state: QueueState, e: SpeakerQueued) -> UndoAction:
    return UndoAction("queue", state.name(e.participant_id), state.title(e.segment_id))


_REORDER_KINDS = {
    ReorderReason.MANUAL: "reorder",
    ReorderReason.UNHEARD_FIRST: "unheard_first",
    ReorderReason.ALTERNATE: "alternate",
}


@QUEUE.label(SpeakersReordered)
def _reordered_label(state: QueueState, e: SpeakersReordered) -> UndoAction:
    return UndoAction(_REORDER_KINDS[e.reason], segment=state.title(e.segment_id))


_LIST_KINDS = {ListClosed: "close_list", ListReopened: "reopen_list"}


@QUEUE.label(ListClosed, ListReopened)
def _list_label(state: QueueState, e: ListEvent) -> UndoAction:
    return UndoAction(_LIST_KINDS[type(e)], segment=state.title(e.segment_id))


@QUEUE.label(ListLimitSet)
def _limit_label(state: QueueState, e: ListLimitSet) -> UndoAction:
    return UndoAction("limit", segment=state.title(e.segment_id), amount=e.seconds)


def _who(state: QueueState, e: EntryEvent) -> str:
    """The name of the entry's participant (its id if the list no longer has it)."""
    found = state.entry(e.segment_id, e.entry_id)
    return state.name(found[1].participant_id) if found is not None else e.entry_id


@QUEUE.label(SpeakerMoved)
def _moved_label(state: QueueState, e: SpeakerMoved) -> UndoAction:
    return UndoAction("move_to_top" if e.position == 0 else "move", _who(state, e))


@QUEUE.label(SpeakerExtended)
def _extended_label(state: QueueState, e: SpeakerExtended) -> UndoAction:
    kind = "extend_speaker" if e.seconds >= 0 else "shorten_speaker"
    return UndoAction(kind, _who(state, e), amount=abs(e.seconds))


_ENTRY_KINDS: dict[type[EntryEvent], str] = {
    SpeakerCalled: "call",
    SpeakerPaused: "hold",
    SpeakerResumed: "resume_speaker",
    SpeakerFinished: "finish_speaker",
    SpeakerSkipped: "skip",
    SpeakerDeferred: "defer",
    SpeakerWithdrawn: "withdraw",
    SpeakerRestored: "restore_speaker",
    SpeakerEdited: "edit_speaker",
}


@QUEUE.label(*_ENTRY_KINDS)
def _entry_label(state: QueueState, e: EntryEvent) -> UndoAction:
    return UndoAction(_ENTRY_KINDS[type(e)], _who(state, e))


# ----------------------------------------------------------------------------- reading
def list_in_view(state: MeetingState) -> str | None:
    """The segment whose list of speakers is in view: the floor's, else the current segment's,
    else the next one's. The one rule the speakers dock, the board and the live figures follow."""
    queue = queue_of(state)
    if queue.floor is not None:
        return queue.floor.segment_id
    agenda = state.agenda
    return agenda.current if agenda.current is not None else agenda.next_id()


def queue_of(state: MeetingState) -> QueueState:
    """The queue slice of a meeting's state (an empty one if the fold left the slice out)."""
    found = state.slices.get(QUEUE.name)
    if isinstance(found, QueueState):
        return found
    return QueueState.initial(state.programme)
