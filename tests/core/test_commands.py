"""Commands: validated against the live state; a refused one says why and appends nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.events import (
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
from facilitator.core.agenda.timing import Phase, segment_timing
from facilitator.core.agenda.values import SegmentStatus, SittingStatus
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
    ProgrammeEditError,
    SittingError,
)
from facilitator.core.fold.defaults import decode
from facilitator.core.fold.engine import fold
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.programme import Programme, Segment, SegmentKind
from tests.core.test_fold import TEN_AM, Desk, seed_like


def refused(desk: Desk, command: Any, *args: Any) -> CommandError:
    """Run a command that must be refused; check that the journal did not change."""
    journal, state = list(desk.journal), desk.state
    with pytest.raises(CommandError) as caught:
        desk.do(command, *args)
    assert desk.journal == journal and desk.state is state
    return caught.value


# ----------------------------------------------------------------------------- what they journal
def test_each_command_returns_one_unnumbered_record_stamped_now_by_the_actor() -> None:
    desk = Desk()
    record = cmd.start(desk.state, now=TEN_AM, actor="Co-Chair B")
    assert record.seq == 0 and record.at == TEN_AM and record.actor == "Co-Chair B"
    assert decode(record) == SegmentStarted("seg-1")


def test_the_day_in_commands() -> None:
    desk = Desk()
    assert decode(desk.do(cmd.start_sitting)) == SittingStarted(0)
    assert decode(desk.do(cmd.start)) == SegmentStarted("seg-1")
    assert decode(desk.do(cmd.pause)) == SegmentPaused("seg-1")
    assert decode(desk.do(cmd.start)) == SegmentResumed("seg-1")  # start resumes when paused
    assert decode(desk.do(cmd.toggle)) == SegmentPaused("seg-1")
    assert decode(desk.do(cmd.toggle)) == SegmentResumed("seg-1")
    assert decode(desk.do(cmd.extend, 120)) == SegmentExtended("seg-1", 120)
    assert decode(desk.do(cmd.next_segment)) == SegmentStarted("seg-2")
    assert decode(desk.do(cmd.back)) == SegmentStarted("seg-1")
    assert decode(desk.do(cmd.jump, "seg-6")) == SegmentStarted("seg-6")
    assert decode(desk.do(cmd.end_sitting)) == SittingEnded(0)
    assert desk.agenda.current is None
    assert decode(desk.do(cmd.start_sitting)) == SittingStarted(1)
    assert decode(desk.do(cmd.start)) == SegmentStarted("seg-7")  # start continues after lunch
    assert decode(desk.do(cmd.jump, "seg-12")) == SegmentStarted("seg-12")
    assert decode(desk.do(cmd.finish)) == SegmentFinished("seg-12")
    assert decode(desk.do(cmd.undo)) == Undone(15)
    assert decode(desk.do(cmd.redo)) == Redone(15)
    assert desk.agenda.current is None
    assert [s.status for s in desk.agenda.segments()].count(SegmentStatus.SKIPPED) == 7


def test_back_between_segments_reopens_the_last_one() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=10)
    desk.do(cmd.finish)
    desk.advance(minutes=3)
    assert decode(desk.do(cmd.back)) == SegmentStarted("seg-1")
    assert desk.agenda.segment("seg-1").elapsed(desk.clock.now()) == dt.timedelta(minutes=10)


def test_edit_programme_during_the_meeting() -> None:
    desk = Desk()
    desk.do(cmd.start)
    programme = desk.programme
    items = list(programme.items)
    items[0] = replace(
        items[0], segments=(*items[0].segments, Segment("seg-x", SegmentKind.OTHER, "Film", 5))
    )
    edited = replace(programme, items=tuple(items))
    record = desk.do(cmd.edit_programme, edited)
    assert decode(record) == ProgrammeEdited(edited)
    assert desk.state.programme == edited
    assert decode(desk.do(cmd.next_segment)) == SegmentStarted("seg-x")
    assert desk.refold() == desk.state


# ----------------------------------------------------------------------------- refusals
def test_commands_that_make_no_sense_are_refused_in_words() -> None:
    desk = Desk()
    assert refused(desk, cmd.pause).message == "No segment is running."
    assert isinstance(refused(desk, cmd.pause), NothingRunningError)
    error = refused(desk, cmd.resume)
    assert isinstance(error, NotPausedError) and str(error) == "The meeting is not paused."
    assert isinstance(refused(desk, cmd.undo), NothingToUndoError)
    assert refused(desk, cmd.undo).message == "Nothing to undo."
    assert refused(desk, cmd.redo).message == "Nothing to redo."
    assert isinstance(refused(desk, cmd.redo), NothingToRedoError)
    assert (
        refused(desk, cmd.back).message == "No segment has run yet: there is nothing to go back to."
    )
    assert refused(desk, cmd.extend, 60).message == (
        "No segment is running: there is nothing to extend."
    )
    assert refused(desk, cmd.finish).message == "No segment is running."
    assert refused(desk, cmd.end_sitting).message == "No sitting is running."

    desk.do(cmd.start)
    assert refused(desk, cmd.start).message == "‘Opening remarks’ is already running."
    assert isinstance(refused(desk, cmd.start), AlreadyRunningError)
    assert refused(desk, cmd.resume).message == "The meeting is not paused."
    assert refused(desk, cmd.back).message == "There is no segment before ‘Opening remarks’."
    assert refused(desk, cmd.jump, "seg-1").message == "‘Opening remarks’ is already running."
    error = refused(desk, cmd.jump, "seg-99")
    assert isinstance(error, NoSuchSegmentError)
    assert error.message == "There is no segment ‘seg-99’ in the programme."
    desk.do(cmd.pause)
    assert isinstance(refused(desk, cmd.pause), NotRunningError)
    assert refused(desk, cmd.pause).message == "‘Opening remarks’ is already paused."
    assert refused(desk, cmd.jump, "seg-1").message == (
        "‘Opening remarks’ is the current segment: resume it instead."
    )

    desk.do(cmd.jump, "seg-12")
    error = refused(desk, cmd.next_segment)
    assert isinstance(error, NoSuchSegmentError)
    assert error.message == "There is no segment after ‘Closing remarks’."
    desk.do(cmd.finish)
    assert refused(desk, cmd.start).message == "There is no segment after ‘Closing remarks’."


def test_extensions_are_validated() -> None:
    desk = Desk()
    desk.do(cmd.start)
    error = refused(desk, cmd.extend, 0)
    assert isinstance(error, ExtensionError)
    assert error.message == "Extend by a whole number of seconds other than zero."
    assert refused(desk, cmd.extend, 24 * 3600 + 1).message == (
        "Extend by at most 24 hours at a time."
    )
    error = refused(desk, cmd.extend, -16 * 60)
    assert error.message == "‘Opening remarks’ has 15:00 allotted: it cannot be shortened by 16:00."
    desk.do(cmd.extend, -15 * 60)  # down to nothing is allowed
    assert desk.agenda.allotted_seconds("seg-1") == 0
    assert refused(desk, cmd.extend, -1).message.startswith("‘Opening remarks’ has 0:00 allotted")


def test_sittings_are_validated() -> None:
    desk = Desk()
    assert isinstance(refused(desk, cmd.start_sitting, 2), SittingError)
    assert (
        refused(desk, cmd.start_sitting, 2).message == "There is no sitting 3: the programme has 2."
    )
    desk.do(cmd.start_sitting)
    assert refused(desk, cmd.start_sitting, 0).message == (
        "Sitting 1 (10:00–13:00) has already started."
    )
    assert refused(desk, cmd.start_sitting, 1).message == (
        "Sitting 1 (10:00–13:00) is still running: end it first."
    )
    assert refused(desk, cmd.end_sitting, 1).message == "Sitting 2 (15:00–18:00) is not running."
    desk.do(cmd.end_sitting)
    desk.do(cmd.start_sitting)
    desk.do(cmd.end_sitting)
    assert refused(desk, cmd.start_sitting).message == (
        "Every sitting of the programme has already started."
    )
    assert [s.status for s in desk.agenda.sittings] == [SittingStatus.ENDED] * 2
    bare = Desk(seed_like(sittings=()))
    assert refused(bare, cmd.start_sitting).message == "The programme has no sittings."
    assert refused(bare, cmd.start_sitting, 0).message == "The programme has no sittings."


def test_programme_edits_are_validated() -> None:
    desk = Desk()
    desk.do(cmd.start)
    programme = desk.programme
    items = list(programme.items)
    items[0] = replace(items[0], segments=(Segment("seg-0", SegmentKind.REMARKS, "Welcome", 5),))
    without_running = replace(programme, items=tuple(items))
    error = refused(desk, cmd.edit_programme, without_running)
    assert isinstance(error, ProgrammeEditError)
    assert error.message == (
        "‘Opening remarks’ is running: it cannot be removed from the programme. "
        "Move on to another segment first."
    )
    assert refused(desk, cmd.edit_programme, programme).message == "The programme has not changed."
    invalid = replace(programme, title=" ")
    assert refused(desk, cmd.edit_programme, invalid).message == (
        "The edited programme is not valid: the programme has no title."
    )
    desk.do(cmd.next_segment)
    desk.do(cmd.edit_programme, without_running)  # seg-1 is done now: it may go
    assert desk.agenda.programme == without_running


def test_a_refused_command_leaves_the_store_untouched_even_after_an_undo() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.do(cmd.undo)
    refused(desk, cmd.undo)
    desk.do(cmd.redo)
    refused(desk, cmd.redo)


# ----------------------------------------------------------------------------- properties
COMMANDS: list[tuple[str, Any]] = [
    ("start", cmd.start),
    ("toggle", cmd.toggle),
    ("pause", cmd.pause),
    ("resume", cmd.resume),
    ("next", cmd.next_segment),
    ("back", cmd.back),
    ("finish", cmd.finish),
    ("undo", cmd.undo),
    ("redo", cmd.redo),
    ("start_sitting", cmd.start_sitting),
    ("end_sitting", cmd.end_sitting),
]
SEGMENT_IDS = [f"seg-{n}" for n in range(1, 13)]

steps = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(COMMANDS).map(lambda c: (c[1], ())),
            st.sampled_from(SEGMENT_IDS).map(lambda s: (cmd.jump, (s,))),
            st.sampled_from([-600, -60, 30, 60, 300]).map(lambda s: (cmd.extend, (s,))),
            st.just((cmd.edit_programme, ("shorter",))),
        ),
        st.integers(min_value=0, max_value=40 * 60),
    ),
    max_size=40,
)


def _shorter(programme: Programme) -> Programme:
    """The programme with every segment 5 minutes shorter (at least 1)."""
    items = tuple(
        replace(
            item,
            segments=tuple(
                replace(s, planned_minutes=max(1, s.planned_minutes - 5)) for s in item.segments
            ),
        )
        for item in programme.items
    )
    return replace(programme, items=items)


def _check_clocks(agenda: AgendaState, desk: Desk) -> None:
    state, now = desk.state, desk.clock.now()
    for segment in agenda.segments():
        timing = segment_timing(state, segment.segment_id, now)
        assert timing.elapsed >= dt.timedelta(0)
        assert timing.allotted >= dt.timedelta(0)
        # No remaining time is negative outside overtime, and overtime means time is up.
        assert (timing.remaining < dt.timedelta(0)) == (timing.phase is Phase.OVERTIME)
        assert timing.running == (segment.status is SegmentStatus.RUNNING)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_random_command_sequences_fold_to_the_incremental_state(
    script: list[tuple[tuple[Any, tuple[Any, ...]], int]],
) -> None:
    desk = Desk()
    before: dict[int, AgendaState] = {}  # agenda just before each journalled step, by seq
    after: dict[int, AgendaState] = {}
    for (command, args), seconds in script:
        desk.advance(seconds=seconds)
        if args == ("shorter",):
            args = (_shorter(desk.state.programme),)
        previous = desk.agenda
        try:
            record = desk.do(command, *args)
        except CommandError:
            assert desk.agenda is previous
            continue
        event = decode(record)
        if isinstance(event, Undone):
            # Undo puts the agenda back exactly as it was before the undone step.
            assert desk.agenda == before[event.target_seq]
        elif isinstance(event, Redone):
            assert desk.agenda == after[event.target_seq]
        else:
            before[record.seq], after[record.seq] = previous, desk.agenda
        _check_clocks(desk.agenda, desk)
        running = [s for s in desk.agenda.segments() if s.status is SegmentStatus.RUNNING]
        assert len(running) <= 1
        assert fold(desk.programme, desk.journal) == desk.state
