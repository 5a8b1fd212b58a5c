"""What the Co-Chairs can do to the lists of speakers and the participants, checked against the
live state.

As in :mod:`facilitator.core.agenda.commands`: each command takes the current :class:`MeetingState`,
``now`` and the ``actor``, and returns the one :class:`EventRecord` to append (``seq`` 0), or
raises a :class:`~facilitator.core.errors.CommandError` (a constant template and its values, which
the UI says in its language); then
nothing is returned and the journal stays as it was. One command, one event, one undo step.

Which list a command acts on:

* the floor (call next) belongs to the **current** segment: ``call_next`` calls the first waiting
  speaker of the current segment's list, and a speaker can only be called from it;
* list-wide commands (queue, close, reopen, limit, reorder) take a ``segment_id``; without one
  they act on the current segment's list, or between segments on the next segment's;
* commands on one speaker take the entry id (unique in the meeting).

Decisions where the issue is silent: closing a list stops new requests, not the queue (those on
it can still be called, skipped, deferred, put back); a withdrawn speaker can only be put back;
a done one can be put back (their clock resumes from the time used when called again) or queued
anew (a fresh turn); a participant cannot wait twice on one list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from facilitator.core.agenda.timing import format_clock
from facilitator.core.errors import CommandError, NoSuchSegmentError, NothingRunningError, Phrase
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.data import ParticipantDataError, clean_text, cleaned, savable
from facilitator.core.participants.events import (
    ParticipantAdded,
    ParticipantEdited,
    ParticipantsImported,
)
from facilitator.core.participants.registry import id_number
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.events import (
    ListClosed,
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
from facilitator.core.queue.interjections import check_no_interjection
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker, SpeakerList, SpeakerStatus

#: A list's speaking limit: at least this…
MIN_LIMIT_SECONDS = 15
#: …and at most this.
MAX_LIMIT_SECONDS = 3600
#: The largest change of a speaker's limit one command may make.
MAX_SPEAKER_EXTENSION_SECONDS = 3600
#: The longest note on an entry.
MAX_NOTE = 1000


# ============================================================================ errors
class QueueError(CommandError):
    """A refused command on the lists of speakers or the participants."""


class NoSuchParticipantError(QueueError):
    """A participant id the meeting does not know."""


class ParticipantError(QueueError):
    """Participant data that cannot be taken: an empty name, an id given twice, no change."""


class NoSuchSpeakerError(QueueError):
    """An entry id on no list."""


class EmptyListError(QueueError):
    """Call next (or skip, defer) with nobody waiting."""


class ListClosedError(QueueError):
    """A new request on a closed list."""


class NoFloorError(QueueError):
    """Hold, resume, extend or finish with nobody on the floor."""


class NotCurrentSegmentError(QueueError):
    """Giving the floor from the list of a segment that is not the current one."""


class SpeakerStatusError(QueueError):
    """The speaker's status does not allow it (calling one who has spoken, holding a held one)."""


class WithdrawnSpeakerError(SpeakerStatusError):
    """Acting on a withdrawn speaker (only putting them back is allowed)."""


class AlreadyWaitingError(QueueError):
    """The participant already waits on that list."""


class OrderError(QueueError):
    """A move to a place that does not exist, or that changes nothing."""


class LimitError(QueueError):
    """A speaking limit or an extension out of bounds."""


# ============================================================================ helpers
def _record(event: Event, now: dt.datetime, actor: str) -> EventRecord:
    return to_record(event, at=now, actor=actor)


def _list_segment(state: MeetingState, segment_id: str | None) -> str:
    """The segment whose list a list-wide command acts on."""
    agenda = state.agenda
    if segment_id is not None:
        if segment_id not in agenda.order:
            raise NoSuchSegmentError(
                "There is no segment ‘{segment}’ in the programme.", segment=segment_id
            )
        return segment_id
    if agenda.current is not None:
        return agenda.current
    upcoming = agenda.next_id()
    if upcoming is None:
        raise NoSuchSegmentError(
            "No segment is running and none is next: choose the segment whose list this is."
        )
    return upcoming


def _floor_segment(state: MeetingState, segment_id: str | None) -> str:
    """The segment from whose list the floor can be given: the current one."""
    agenda = state.agenda
    if segment_id is not None and segment_id not in agenda.order:
        raise NoSuchSegmentError(
            "There is no segment ‘{segment}’ in the programme.", segment=segment_id
        )
    if agenda.current is None:
        raise NothingRunningError("No segment is running: start one before giving the floor.")
    if segment_id is not None and segment_id != agenda.current:
        raise NotCurrentSegmentError(
            "‘{segment}’ is not the current segment: start it before giving the floor from its"
            " list.",
            segment=state.agenda.title(segment_id),
        )
    return agenda.current


def _find(queue: QueueState, entry_id: str) -> tuple[SpeakerList, Speaker]:
    found = queue.find(entry_id)
    if found is None:
        raise NoSuchSpeakerError(
            "That speaker is on no list of speakers (it may have been undone)."
        )
    return found


def _who(queue: QueueState, entry: Speaker) -> str:
    return queue.name(entry.participant_id)


def _not_withdrawn(queue: QueueState, entry: Speaker) -> None:
    if entry.status is SpeakerStatus.WITHDRAWN:
        raise WithdrawnSpeakerError(
            "{speaker} has withdrawn from the list: put them back on it first.",
            speaker=_who(queue, entry),
        )


def _waiting(queue: QueueState, entry: Speaker, doing: str) -> None:
    """Refuse unless ``entry`` is waiting (``doing``: "moved", "skipped" or "deferred")."""
    _not_withdrawn(queue, entry)
    who = _who(queue, entry)
    if entry.on_floor:
        raise {
            "moved": SpeakerStatusError(
                "{speaker} has the floor: only those waiting can be moved.", speaker=who
            ),
            "skipped": SpeakerStatusError(
                "{speaker} has the floor: only those waiting can be skipped.", speaker=who
            ),
            "deferred": SpeakerStatusError(
                "{speaker} has the floor: only those waiting can be deferred.", speaker=who
            ),
        }[doing]
    if entry.status is SpeakerStatus.DONE:
        raise {
            "moved": SpeakerStatusError(
                "{speaker} has already spoken: only those waiting can be moved.", speaker=who
            ),
            "skipped": SpeakerStatusError(
                "{speaker} has already spoken: only those waiting can be skipped.", speaker=who
            ),
            "deferred": SpeakerStatusError(
                "{speaker} has already spoken: only those waiting can be deferred.", speaker=who
            ),
        }[doing]


def _floor(queue: QueueState) -> tuple[SpeakerList, Speaker]:
    lst, entry = queue.floor_list(), queue.floor_speaker()
    if lst is None or entry is None:
        raise NoFloorError("No one has the floor.")
    return lst, entry


def _no_interjection(queue: QueueState) -> None:
    """Refuse while a point of order or a right of reply has the floor."""
    check_no_interjection(queue)


def _place(position: object, count: int) -> int:
    """A 0-based place among ``count`` places, checked."""
    if isinstance(position, bool) or not isinstance(position, int):
        raise OrderError("Give the place as a whole number.")
    if not 0 <= position < count:
        if count == 1:
            raise OrderError("There is only one place on the list.")
        raise OrderError("Choose a place between 1 and {count}.", count=count)
    return position


def _addresses(state: MeetingState, addresses: Sequence[str]) -> tuple[str, ...]:
    if isinstance(addresses, str):
        addresses = (addresses,)
    order = state.agenda.order
    for segment_id in addresses:
        if segment_id not in order:
            raise NoSuchSegmentError(
                "There is no segment ‘{segment}’ in the programme.", segment=segment_id
            )
    return tuple(dict.fromkeys(addresses))


def _guest_text(value: str, field: str) -> str:
    """A guest's name or organization, required, on one line, savable; else a sentence."""
    try:
        return clean_text(value, field, required=True)
    except ParticipantDataError as exc:
        if not isinstance(value, str) or not value.strip():
            if field == "name":
                raise ParticipantError("Give the guest’s name.") from exc
            raise ParticipantError("Give the guest’s organization.") from exc
        raise ParticipantError("The guest cannot be added: {reason}.", reason=exc.phrase) from exc


def _note(note: str) -> str:
    if not isinstance(note, str):
        raise QueueError("The note must be text.")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise QueueError("The note is longer than {count} characters: shorten it.", count=MAX_NOTE)
    if not savable(note):
        raise QueueError(
            "The note holds a character that cannot be saved (a broken surrogate pair): delete"
            " it and type it again."
        )
    return note


# ============================================================================ the floor
def call_next(
    state: MeetingState, segment_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Give the floor to the first waiting speaker of the current segment's list; whoever had
    the floor is finished. A closed list can still be called."""
    sid = _floor_segment(state, segment_id)
    _no_interjection(queue_of(state))
    lst = queue_of(state).list_of(sid)
    if not lst.waiting:
        if lst.closed:
            raise EmptyListError("The list of speakers is empty, and it is closed.")
        raise EmptyListError("The list of speakers is empty.")
    return _record(SpeakerCalled(sid, lst.waiting[0]), now, actor)


def call_speaker(
    state: MeetingState, entry_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Give the floor to one waiting speaker of the current segment's list, out of turn."""
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    _not_withdrawn(queue, entry)
    who = _who(queue, entry)
    if entry.on_floor:
        raise SpeakerStatusError("{speaker} already has the floor.", speaker=who)
    if entry.status is SpeakerStatus.DONE:
        raise SpeakerStatusError(
            "{speaker} has already spoken: put them back on the list to give them the floor again.",
            speaker=who,
        )
    _floor_segment(state, lst.segment_id)
    _no_interjection(queue)
    return _record(SpeakerCalled(lst.segment_id, entry_id), now, actor)


def pause_speaker(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Hold the speaker's clock (interpretation, connection trouble); the segment's goes on."""
    queue = queue_of(state)
    lst, entry = _floor(queue)
    if entry.held:
        raise SpeakerStatusError("{speaker}’s clock is already held.", speaker=_who(queue, entry))
    return _record(SpeakerPaused(lst.segment_id, entry.entry_id), now, actor)


def resume_speaker(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Let the held speaker's clock run again."""
    queue = queue_of(state)
    lst, entry = _floor(queue)
    if not entry.held:
        raise SpeakerStatusError("{speaker}’s clock is not held.", speaker=_who(queue, entry))
    return _record(SpeakerResumed(lst.segment_id, entry.entry_id), now, actor)


def toggle_speaker_hold(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """The hold key: hold the speaker's clock, or let it run again."""
    _, entry = _floor(queue_of(state))
    if entry.held:
        return resume_speaker(state, now=now, actor=actor)
    return pause_speaker(state, now=now, actor=actor)


def extend_speaker(
    state: MeetingState, seconds: int, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Give the speaker on the floor ``seconds`` more (take them away when negative)."""
    queue = queue_of(state)
    lst, entry = _floor(queue)
    if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds == 0:
        raise LimitError("Extend by a whole number of seconds other than zero.")
    if abs(seconds) > MAX_SPEAKER_EXTENSION_SECONDS:
        raise LimitError("Extend a speaker by at most an hour at a time.")
    allotted = entry.allotted_seconds(lst.limit_seconds)
    if allotted + seconds < 0:
        raise LimitError(
            "{speaker} has {allotted}: that cannot be shortened by {shortening}.",
            speaker=_who(queue, entry),
            allotted=format_clock(allotted),
            shortening=format_clock(-seconds),
        )
    return _record(SpeakerExtended(lst.segment_id, entry.entry_id, seconds), now, actor)


def finish_speaker(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """End the turn of the speaker on the floor."""
    lst, entry = _floor(queue_of(state))
    return _record(SpeakerFinished(lst.segment_id, entry.entry_id), now, actor)


# ============================================================================ order
def _target(
    state: MeetingState, entry_id: str | None, *, empty: EmptyListError
) -> tuple[QueueState, SpeakerList, Speaker]:
    """The entry a skip or defer acts on: the one named, or the first waiting of the list."""
    queue = queue_of(state)
    if entry_id is not None:
        lst, entry = _find(queue, entry_id)
        return queue, lst, entry
    lst = queue.list_of(_list_segment(state, None))
    if not lst.waiting:
        raise empty
    return queue, lst, lst.entries[lst.waiting[0]]


def skip_speaker(
    state: MeetingState, entry_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Move a waiting speaker (by default the first) down one place. The speaker on the floor
    goes back to waiting, second (their time so far is kept)."""
    queue, lst, entry = _target(
        state, entry_id, empty=EmptyListError("No one is waiting: there is no one to skip.")
    )
    if entry.on_floor:
        _no_interjection(queue)
    else:
        _waiting(queue, entry, "skipped")
        if lst.waiting[-1] == entry.entry_id:
            who = _who(queue, entry)
            if len(lst.waiting) == 1:
                raise OrderError(
                    "{speaker} is the only one waiting: there is no one to skip to.", speaker=who
                )
            raise OrderError("{speaker} is already last.", speaker=who)
    return _record(SpeakerSkipped(lst.segment_id, entry.entry_id), now, actor)


def defer_speaker(
    state: MeetingState, entry_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Send a waiting speaker (by default the first) to the end of the list. The speaker on the
    floor goes back to waiting, last."""
    queue, lst, entry = _target(
        state, entry_id, empty=EmptyListError("No one is waiting: there is no one to defer.")
    )
    if entry.on_floor:
        _no_interjection(queue)
    else:
        _waiting(queue, entry, "deferred")
        if lst.waiting[-1] == entry.entry_id:
            raise OrderError("{speaker} is already last.", speaker=_who(queue, entry))
    return _record(SpeakerDeferred(lst.segment_id, entry.entry_id), now, actor)


def withdraw_speaker(
    state: MeetingState, entry_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Take a speaker off the list (waiting, or on the floor: their turn ends)."""
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    who = _who(queue, entry)
    if entry.status is SpeakerStatus.WITHDRAWN:
        raise WithdrawnSpeakerError("{speaker} has already withdrawn.", speaker=who)
    if entry.status is SpeakerStatus.DONE:
        raise SpeakerStatusError(
            "{speaker} has already spoken: there is nothing to withdraw.", speaker=who
        )
    return _record(SpeakerWithdrawn(lst.segment_id, entry_id), now, actor)


def restore_speaker(
    state: MeetingState,
    entry_id: str,
    position: int | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Put a withdrawn or done speaker back among those waiting, at the end or at ``position``
    (0-based). Allowed on a closed list: it is not a new request."""
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    who = _who(queue, entry)
    if entry.status is SpeakerStatus.WAITING:
        raise SpeakerStatusError("{speaker} is already waiting.", speaker=who)
    if entry.on_floor:
        raise SpeakerStatusError("{speaker} has the floor.", speaker=who)
    if lst.waiting_entry_of(entry.participant_id) is not None:
        raise AlreadyWaitingError("{speaker} is already waiting on this list.", speaker=who)
    if position is not None:
        position = _place(position, len(lst.waiting) + 1)
    return _record(SpeakerRestored(lst.segment_id, entry_id, position), now, actor)


def move_speaker(
    state: MeetingState, entry_id: str, position: int, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Move a waiting speaker to ``position`` (0-based among those waiting; 0 is the top)."""
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    _waiting(queue, entry, "moved")
    position = _place(position, len(lst.waiting))
    if lst.waiting[position] == entry_id:
        who = _who(queue, entry)
        if position == 0:
            raise OrderError("{speaker} is already first.", speaker=who)
        raise OrderError("{speaker} is already in that place.", speaker=who)
    return _record(SpeakerMoved(lst.segment_id, entry_id, position), now, actor)


def move_speaker_to_top(
    state: MeetingState, entry_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    return move_speaker(state, entry_id, 0, now=now, actor=actor)


def _step(state: MeetingState, entry_id: str, delta: int) -> int:
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    _waiting(queue, entry, "moved")
    index = lst.waiting.index(entry_id) + delta
    if index < 0:
        raise OrderError("{speaker} is already first.", speaker=_who(queue, entry))
    if index >= len(lst.waiting):
        raise OrderError("{speaker} is already last.", speaker=_who(queue, entry))
    return index


def move_speaker_up(
    state: MeetingState, entry_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """One place up (the keyboard's reorder)."""
    return move_speaker(state, entry_id, _step(state, entry_id, -1), now=now, actor=actor)


def move_speaker_down(
    state: MeetingState, entry_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """One place down."""
    return move_speaker(state, entry_id, _step(state, entry_id, +1), now=now, actor=actor)


def unheard_first_order(queue: QueueState, lst: SpeakerList) -> tuple[str, ...]:
    """Those waiting who have not had the floor today (in any list) first; stable otherwise."""
    heard = queue.heard_participants()
    entries = lst.entries
    fresh = [e for e in lst.waiting if entries[e].participant_id not in heard]
    again = [e for e in lst.waiting if entries[e].participant_id in heard]
    return (*fresh, *again)


def alternating_order(queue: QueueState, lst: SpeakerList) -> tuple[str, ...]:
    """Room and online speakers in turn, each group in its order. The first is of the other
    attendance than whoever spoke last (the first waiting one's if nobody has spoken yet); when
    one group runs out the rest follow."""
    if not lst.waiting:
        return ()
    entries = lst.entries
    groups: dict[Attendance, list[str]] = {Attendance.ROOM: [], Attendance.ONLINE: []}
    for entry_id in lst.waiting:
        groups[queue.attendance(entries[entry_id].participant_id)].append(entry_id)
    last = queue.last_heard()
    if last is not None:
        spoke = queue.attendance(last.participant_id)
        turn = Attendance.ONLINE if spoke is Attendance.ROOM else Attendance.ROOM
    else:
        turn = queue.attendance(entries[lst.waiting[0]].participant_id)
    order: list[str] = []
    room, online = iter(groups[Attendance.ROOM]), iter(groups[Attendance.ONLINE])
    while len(order) < len(lst.waiting):
        source = room if turn is Attendance.ROOM else online
        picked = next(source, None)
        if picked is None:  # one group ran out: the rest of the other follow
            order.extend(online if turn is Attendance.ROOM else room)
            break
        order.append(picked)
        turn = Attendance.ONLINE if turn is Attendance.ROOM else Attendance.ROOM
    return tuple(order)


def _reorder(
    state: MeetingState,
    segment_id: str | None,
    reason: ReorderReason,
    already: OrderError,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    queue = queue_of(state)
    sid = _list_segment(state, segment_id)
    lst = queue.list_of(sid)
    if len(lst.waiting) < 2:
        raise OrderError("Fewer than two are waiting: there is nothing to reorder.")
    compute = unheard_first_order if reason is ReorderReason.UNHEARD_FIRST else alternating_order
    order = compute(queue, lst)
    if order == lst.waiting:
        raise already
    return _record(SpeakersReordered(sid, order, reason), now, actor)


def prefer_unheard(
    state: MeetingState, segment_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Put those not yet heard today first (stable otherwise), as one step."""
    return _reorder(
        state,
        segment_id,
        ReorderReason.UNHEARD_FIRST,
        OrderError("Those not yet heard today are already first."),
        now,
        actor,
    )


def alternate_room_online(
    state: MeetingState, segment_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Alternate room and online speakers (see :func:`alternating_order`), as one step."""
    return _reorder(
        state,
        segment_id,
        ReorderReason.ALTERNATE,
        OrderError("The list already alternates between the room and online."),
        now,
        actor,
    )


# ============================================================================ the list
def close_list(
    state: MeetingState, segment_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """No new requests; those already on the list can still be called."""
    sid = _list_segment(state, segment_id)
    if queue_of(state).list_of(sid).closed:
        raise ListClosedError(
            "The list of speakers of ‘{segment}’ is already closed.",
            segment=state.agenda.title(sid),
        )
    return _record(ListClosed(sid), now, actor)


def reopen_list(
    state: MeetingState, segment_id: str | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    sid = _list_segment(state, segment_id)
    if not queue_of(state).list_of(sid).closed:
        raise ListClosedError(
            "The list of speakers of ‘{segment}’ is open.", segment=state.agenda.title(sid)
        )
    return _record(ListReopened(sid), now, actor)


def set_speaking_limit(
    state: MeetingState,
    seconds: int,
    segment_id: str | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """The list's limit for the speakers called from now on (the one speaking keeps theirs:
    extend them instead)."""
    sid = _list_segment(state, segment_id)
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise LimitError("Give the speaking limit as a whole number of seconds.")
    if not MIN_LIMIT_SECONDS <= seconds <= MAX_LIMIT_SECONDS:
        raise LimitError(
            "A speaking limit is between {shortest} and {longest}.",
            shortest=format_clock(MIN_LIMIT_SECONDS),
            longest=format_clock(MAX_LIMIT_SECONDS),
        )
    if queue_of(state).list_of(sid).limit_seconds == seconds:
        raise LimitError("The speaking limit is already {limit}.", limit=format_clock(seconds))
    return _record(ListLimitSet(sid, seconds), now, actor)


def check_can_queue(state: MeetingState, segment_id: str | None = None) -> str:
    """The segment a new request would go to; refused when it has no open list."""
    sid = _list_segment(state, segment_id)
    if queue_of(state).list_of(sid).closed:
        raise ListClosedError(
            "The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.",
            segment=state.agenda.title(sid),
        )
    return sid


def queue_speaker(
    state: MeetingState,
    participant_id: str,
    segment_id: str | None = None,
    position: int | None = None,
    addresses: Sequence[str] = (),
    note: str = "",
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Put a participant on a list (at the end, or at ``position``), with the standing items they
    will address and a note."""
    queue = queue_of(state)
    participant = queue.participant(participant_id)
    if participant is None:
        raise NoSuchParticipantError(
            "That participant is not registered: import the registration list or add a guest."
        )
    sid = check_can_queue(state, segment_id)
    lst = queue.list_of(sid)
    if lst.waiting_entry_of(participant_id) is not None:
        raise AlreadyWaitingError(
            "{speaker} is already waiting on this list.", speaker=participant.name
        )
    if position is not None:
        position = _place(position, len(lst.waiting) + 1)
        if position == len(lst.waiting):
            position = None
    event = SpeakerQueued(
        sid,
        queue.next_entry_id(),
        participant_id,
        position,
        _addresses(state, addresses),
        _note(note),
    )
    return _record(event, now, actor)


def edit_speaker(
    state: MeetingState,
    entry_id: str,
    addresses: Sequence[str] | None = None,
    note: str | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Change the standing items a speaker will address, or their note (None: unchanged)."""
    queue = queue_of(state)
    lst, entry = _find(queue, entry_id)
    _not_withdrawn(queue, entry)
    items = entry.addresses if addresses is None else _addresses(state, addresses)
    text = entry.note if note is None else _note(note)
    if (items, text) == (entry.addresses, entry.note):
        raise QueueError("Nothing has changed.")
    return _record(SpeakerEdited(lst.segment_id, entry_id, items, text), now, actor)


# ============================================================================ participants
def _participant_error(exc: ParticipantDataError, who: str | Phrase) -> ParticipantError:
    return ParticipantError(
        "{participant} cannot be taken: {reason}.", participant=who, reason=exc.phrase
    )


def add_participant(
    state: MeetingState, participant: Participant, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Add one participant; an empty id is numbered ("p-N")."""
    registry = queue_of(state).participants
    try:
        participant = cleaned(participant)
    except ParticipantDataError as exc:
        raise _participant_error(exc, Phrase("The participant")) from exc
    if not participant.id:
        participant = _with_id(participant, registry.next_id())
    elif participant.id in registry:
        raise ParticipantError(
            "The id ‘{id}’ is already {participant}’s.",
            id=participant.id,
            participant=registry.name(participant.id),
        )
    return _record(ParticipantAdded(participant), now, actor)


def add_guest(
    state: MeetingState,
    name: str,
    organization: str,
    category: Category = Category.OTHER,
    attendance: Attendance = Attendance.ROOM,
    gender: str | None = None,
    youth: bool | None = None,
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Add a guest without registration, in one line: a name and an organization (the category
    is "other" and the attendance in the room unless given). The new id is the event's
    ``participant.id``."""
    name = _guest_text(name, "name")
    organization = _guest_text(organization, "organization")
    try:
        category, attendance = Category(category), Attendance(attendance)
    except ValueError as exc:
        raise ParticipantError("Choose a stakeholder category and room or online.") from exc
    guest = Participant("", name, organization, category, attendance, gender, youth, guest=True)
    return add_participant(state, guest, now=now, actor=actor)


def edit_participant(
    state: MeetingState, participant: Participant, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Replace a participant's details (the one with the same id)."""
    registry = queue_of(state).participants
    old = registry.get(participant.id)
    if old is None:
        raise NoSuchParticipantError("That participant is not registered.")
    try:
        participant = cleaned(participant)
    except ParticipantDataError as exc:
        raise _participant_error(exc, old.name) from exc
    if participant == old:
        raise ParticipantError("Nothing has changed.")
    return _record(ParticipantEdited(participant), now, actor)


def _with_id(participant: Participant, pid: str) -> Participant:
    return Participant(
        pid,
        participant.name,
        participant.organization,
        participant.category,
        participant.attendance,
        participant.gender,
        participant.youth,
        participant.guest,
    )


def import_participants(
    state: MeetingState,
    participants: Sequence[Participant],
    source: str = "",
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Add a whole registration list as one event: all of it, or nothing (the message says what
    to fix). Participants without an id are numbered ("p-N", after every id in use)."""
    if isinstance(participants, (str, bytes)) or not participants:
        raise ParticipantError("The registration list has no participants.")
    registry = queue_of(state).participants
    rows: list[Participant] = []
    number = registry.next_number
    for row, participant in enumerate(participants, 1):
        if not isinstance(participant, Participant):
            raise ParticipantError("Row {row} of the list is not a participant.", row=row)
        try:
            rows.append(cleaned(participant))
        except ParticipantDataError as exc:
            raise _participant_error(exc, Phrase("Participant {row}", row=row)) from exc
        n = id_number(participant.id)
        if n is not None and n >= number:
            number = n + 1
    seen: dict[str, Participant] = {}
    numbered: list[Participant] = []
    for participant in rows:
        if not participant.id:
            participant = _with_id(participant, f"p-{number}")
            number += 1
        pid = participant.id
        if pid in registry:
            raise ParticipantError(
                "The id ‘{id}’ of {participant} is already {other}’s: each participant needs an"
                " id of their own.",
                id=pid,
                participant=participant.name,
                other=registry.name(pid),
            )
        if pid in seen:
            raise ParticipantError(
                "The id ‘{id}’ is given to both {participant} and {other}: each participant"
                " needs an id of their own.",
                id=pid,
                participant=seen[pid].name,
                other=participant.name,
            )
        seen[pid] = participant
        numbered.append(participant)
    source = " ".join(source.split()) if isinstance(source, str) else ""
    return _record(ParticipantsImported(tuple(numbered), source), now, actor)
