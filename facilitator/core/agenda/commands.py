"""What the Co-Chairs can do to the agenda, validated against the live state.

Each command takes the current :class:`MeetingState`, the clock's ``now`` and the ``actor``, and
returns the one :class:`EventRecord` to append (``seq`` 0: the store numbers it when it commits).
A command that makes no sense raises a :class:`CommandError` (a constant English template and its
values, which the UI says in its language); then nothing is returned and the journal stays as it
was.

One command is one event, hence one undo step: ``next`` journals ``SegmentStarted`` (which finishes
the segment that was running), ``end_sitting`` journals ``SittingEnded`` (which finishes the segment
running in it).
"""

from __future__ import annotations

import datetime as dt

from facilitator.core.agenda.events import (
    ClockAdjusted,
    ProgrammeEdited,
    SegmentExtended,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
    SittingStarted,
)
from facilitator.core.agenda.state import AgendaState
from facilitator.core.agenda.timing import format_clock
from facilitator.core.agenda.values import SittingStatus
from facilitator.core.clock import TOLERANCE, ClockJump
from facilitator.core.errors import (
    AlreadyRunningError,
    CommandError,
    ExtensionError,
    NoSuchSegmentError,
    NothingRunningError,
    NothingToRedoError,
    NothingToUndoError,
    NotPausedError,
    NotRunningError,
    Phrase,
    ProgrammeEditError,
    SittingError,
)
from facilitator.core.fold.state import MeetingState
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme, ProgrammeError, hhmm

#: The largest change of a segment's allotment one command may make.
MAX_EXTENSION_SECONDS = 24 * 3600


def _record(event: Event, now: dt.datetime, actor: str) -> EventRecord:
    return to_record(event, at=now, actor=actor)


def _sitting(programme: Programme, index: int) -> Phrase:
    """A sitting's name in a refusal: "Sitting 1 (10:00–13:00)" (as ``sitting_name``)."""
    if 0 <= index < len(programme.sittings):
        sitting = programme.sittings[index]
        return Phrase(
            "Sitting {number} ({start}–{end})",
            number=index + 1,
            start=hhmm(sitting.start),
            end=hhmm(sitting.end),
        )
    return Phrase("Sitting {number}", number=index + 1)


def _no_next(agenda: AgendaState) -> NoSuchSegmentError:
    if agenda.position is None or agenda.position not in agenda.order:
        return NoSuchSegmentError("The programme has no segment left to start.")
    return NoSuchSegmentError(
        "There is no segment after ‘{segment}’.", segment=agenda.title(agenda.position)
    )


# ----------------------------------------------------------------------------- the clock
def start(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Start the meeting's next segment (the first one at the start); resume when paused."""
    agenda = state.agenda
    if agenda.current is not None:
        if agenda.paused:
            return resume(state, now=now, actor=actor)
        raise AlreadyRunningError(
            "‘{segment}’ is already running.", segment=agenda.title(agenda.current)
        )
    target = agenda.next_id()
    if target is None:
        raise _no_next(agenda)
    return _record(SegmentStarted(target), now, actor)


def toggle(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """The start/pause key: pause what runs, otherwise start (or resume)."""
    if state.agenda.running:
        return pause(state, now=now, actor=actor)
    return start(state, now=now, actor=actor)


def pause(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    agenda = state.agenda
    if agenda.current is None:
        raise NothingRunningError("No segment is running.")
    if agenda.paused:
        raise NotRunningError(
            "‘{segment}’ is already paused.", segment=agenda.title(agenda.current)
        )
    return _record(SegmentPaused(agenda.current), now, actor)


def resume(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    agenda = state.agenda
    if agenda.current is None or not agenda.paused:
        raise NotPausedError("The meeting is not paused.")
    return _record(SegmentResumed(agenda.current), now, actor)


def finish(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """End the current segment without starting another (e.g. after the closing remarks)."""
    agenda = state.agenda
    if agenda.current is None:
        raise NothingRunningError("No segment is running.")
    return _record(SegmentFinished(agenda.current), now, actor)


# ----------------------------------------------------------------------------- moving
def next_segment(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Finish the current segment and start the one after it."""
    agenda = state.agenda
    target = agenda.next_id()
    if target is None:
        raise _no_next(agenda)
    return _record(SegmentStarted(target), now, actor)


def back(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Go back to the segment before the current one; its clock resumes from the time it had used.
    Between segments, re-open the last one that ran."""
    agenda = state.agenda
    target = agenda.previous_id()
    if target is None:
        if agenda.current is not None:
            raise NoSuchSegmentError(
                "There is no segment before ‘{segment}’.", segment=agenda.title(agenda.current)
            )
        raise NoSuchSegmentError("No segment has run yet: there is nothing to go back to.")
    return _record(SegmentStarted(target), now, actor)


def jump(state: MeetingState, segment_id: str, *, now: dt.datetime, actor: str) -> EventRecord:
    """Start any segment; the ones passed over count as skipped unless they run later."""
    agenda = state.agenda
    if segment_id not in agenda.order:
        raise NoSuchSegmentError(
            "There is no segment ‘{segment}’ in the programme.", segment=segment_id
        )
    if segment_id == agenda.current:
        if agenda.paused:
            raise AlreadyRunningError(
                "‘{segment}’ is the current segment: resume it instead.",
                segment=agenda.title(segment_id),
            )
        raise AlreadyRunningError(
            "‘{segment}’ is already running.", segment=agenda.title(segment_id)
        )
    return _record(SegmentStarted(segment_id), now, actor)


def extend(state: MeetingState, seconds: int, *, now: dt.datetime, actor: str) -> EventRecord:
    """Give the current segment ``seconds`` more (take them away when negative)."""
    agenda = state.agenda
    if agenda.current is None:
        raise NothingRunningError("No segment is running: there is nothing to extend.")
    if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds == 0:
        raise ExtensionError("Extend by a whole number of seconds other than zero.")
    if abs(seconds) > MAX_EXTENSION_SECONDS:
        raise ExtensionError("Extend by at most 24 hours at a time.")
    allotted = agenda.allotted_seconds(agenda.current)
    if allotted + seconds < 0:
        raise ExtensionError(
            "‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.",
            segment=agenda.title(agenda.current),
            allotted=format_clock(allotted),
            shortening=format_clock(-seconds),
        )
    return _record(SegmentExtended(agenda.current, seconds), now, actor)


# ----------------------------------------------------------------------------- sittings
def _check_sitting(agenda: AgendaState, sitting: int) -> None:
    if not agenda.sittings:
        raise SittingError("The programme has no sittings.")
    if not 0 <= sitting < len(agenda.sittings):
        raise SittingError(
            "There is no sitting {number}: the programme has {count}.",
            number=sitting + 1,
            count=len(agenda.sittings),
        )


def start_sitting(
    state: MeetingState, sitting: int | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Open a sitting (0-based index; by default the first not started)."""
    agenda = state.agenda
    programme = state.programme
    running = agenda.running_sitting()
    if sitting is None:
        sitting = agenda.next_sitting()
        if sitting is None:
            if not agenda.sittings:
                raise SittingError("The programme has no sittings.")
            raise SittingError("Every sitting of the programme has already started.")
    _check_sitting(agenda, sitting)
    if agenda.sittings[sitting].status is not SittingStatus.NOT_STARTED:
        raise SittingError("{sitting} has already started.", sitting=_sitting(programme, sitting))
    if running is not None:
        raise SittingError(
            "{sitting} is still running: end it first.", sitting=_sitting(programme, running)
        )
    return _record(SittingStarted(sitting), now, actor)


def end_sitting(
    state: MeetingState, sitting: int | None = None, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Close the running sitting; the segment running in it is finished."""
    agenda = state.agenda
    running = agenda.running_sitting()
    if sitting is None:
        if running is None:
            raise SittingError("No sitting is running.")
        sitting = running
    _check_sitting(agenda, sitting)
    if sitting != running:
        raise SittingError("{sitting} is not running.", sitting=_sitting(state.programme, sitting))
    return _record(SittingEnded(sitting), now, actor)


# ----------------------------------------------------------------------------- the programme
def edit_programme(
    state: MeetingState, programme: Programme, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Replace the programme during the meeting (the running segment must stay in it)."""
    try:
        programme.validate()
    except ProgrammeError as exc:
        raise ProgrammeEditError(
            "The edited programme is not valid: {reason}.", reason=exc.message
        ) from exc
    agenda = state.agenda
    if agenda.current is not None and programme.find_segment(agenda.current) is None:
        if agenda.paused:
            raise ProgrammeEditError(
                "‘{segment}’ is paused: it cannot be removed from the programme. Move on to"
                " another segment first.",
                segment=agenda.title(agenda.current),
            )
        raise ProgrammeEditError(
            "‘{segment}’ is running: it cannot be removed from the programme. Move on to"
            " another segment first.",
            segment=agenda.title(agenda.current),
        )
    if programme == state.programme:
        raise ProgrammeEditError("The programme has not changed.")
    return _record(ProgrammeEdited(programme), now, actor)


# ----------------------------------------------------------------------------- the clock
def clock_adjusted(
    state: MeetingState, jump: ClockJump, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Journal a jump of the computer's clock that the app followed (core/clock.py, rule 2)."""
    return _record(ClockAdjusted(round(jump.seconds * 1000), jump.corrects), now, actor)


def clock_behind_journal(state: MeetingState, now: dt.datetime) -> ClockJump | None:
    """When the clock reads earlier than the journal's last event (it was set back while the
    app was closed), the jump back to journal: what runs keeps the time it had at that event."""
    last = state.last_event_at
    if last is None or now >= last - TOLERANCE:
        return None
    return ClockJump(now, (now - last).total_seconds(), True)


# ----------------------------------------------------------------------------- undo / redo
def undo(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Cancel this seat's latest step still in effect (undo per seat: another seat's step is
    never undone by this, only by :func:`undo_step`, offered by name)."""
    target = state.undo.of(actor).undo_seq
    if target is None:
        other = state.undo.latest_of_others(actor)
        if other is not None:
            raise NothingToUndoError(
                "Nothing of yours to undo: the latest step is {seat}'s. To undo theirs,"
                " use Edit > Undo another seat's step (Ctrl+Alt+Z).",
                seat=other[0],
            )
        raise NothingToUndoError("Nothing to undo.")
    return _record(Undone(target), now, actor)


def undo_step(state: MeetingState, target_seq: int, *, now: dt.datetime, actor: str) -> EventRecord:
    """Cancel step ``target_seq``, another seat's latest step in effect, which the user was
    shown by name with who took it and chose to undo."""
    if target_seq not in {tops.undo_seq for tops in state.undo.seats.values()}:
        raise CommandError(
            "That step can no longer be undone: it was undone already, or its seat has taken"
            " another since. Look at Edit > Undo another seat's step again."
        )
    return _record(Undone(target_seq), now, actor)


def redo(state: MeetingState, *, now: dt.datetime, actor: str) -> EventRecord:
    """Restore the step this seat most recently undid, if no new step came since."""
    target = state.undo.of(actor).redo_seq
    if target is None:
        raise NothingToRedoError("Nothing to redo.")
    return _record(Redone(target), now, actor)
