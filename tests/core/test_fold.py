"""The fold: the live state is a pure function of the programme and the journal.

Also home of the helpers the other core tests share: a seed-like programme built by hand, and a
``Desk`` that runs commands the way the app does (command → record → store numbers it → fold).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import pytest

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
from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.agenda.state import AgendaState
from facilitator.core.agenda.values import Run, SegmentStatus, SittingStatus
from facilitator.core.clock import FakeClock
from facilitator.core.errors import MalformedEventError
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.engine import Folder, fold
from facilitator.core.fold.history import History
from facilitator.core.fold.state import MeetingState
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.journal.codec import Id
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import AgendaItem, Programme, Segment, SegmentKind, Sitting
from facilitator.ui.words import redo_text, undo_text

VIENNA = "Europe/Vienna"
DAY = dt.date(2024, 7, 10)
#: 10:00 in Vienna on the seed's day (CEST, UTC+2).
TEN_AM = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)

# (item, kind, title, minutes, number, for_panel): the trafficking-in-persons seed's segments.
SEED_ROWS: list[tuple[str, SegmentKind, str, int, int | None, int | None]] = [
    ("I", SegmentKind.REMARKS, "Opening remarks", 15, None, None),
    ("II", SegmentKind.BRIEFING, "Briefing by the Secretariat", 25, None, None),
    ("II", SegmentKind.INTERVENTIONS, "Interventions from stakeholders", 25, None, None),
    ("III", SegmentKind.BRIEFING, "Briefing by the Co-Chairs", 25, None, None),
    ("III", SegmentKind.PANEL, "Removal of organs", 55, 1, None),
    ("III", SegmentKind.QA, "Q&A", 35, None, 1),
    ("III", SegmentKind.PANEL, "Child trafficking", 40, 2, None),
    ("III", SegmentKind.QA, "Q&A", 30, None, 2),
    ("IV", SegmentKind.STANDING_ITEM, "Universalization", 35, 1, None),
    ("IV", SegmentKind.STANDING_ITEM, "Technical assistance", 35, 2, None),
    ("IV", SegmentKind.STANDING_ITEM, "Gender and youth", 30, 3, None),
    ("V", SegmentKind.REMARKS, "Closing remarks", 10, None, None),
]


def seed_like(
    *,
    date: dt.date | None = DAY,
    timezone: str | None = VIENNA,
    sittings: tuple[Sitting, ...] = (
        Sitting(dt.time(10), dt.time(13)),
        Sitting(dt.time(15), dt.time(18)),
    ),
    rows: list[tuple[str, SegmentKind, str, int, int | None, int | None]] | None = None,
) -> Programme:
    """A programme shaped like the seeds: 12 segments, 180 + 180 planned minutes."""
    items: dict[str, list[Segment]] = {}
    for n, (item, kind, title, minutes, number, for_panel) in enumerate(rows or SEED_ROWS, 1):
        items.setdefault(item, []).append(
            Segment(f"seg-{n}", kind, title, minutes, number=number, for_panel=for_panel)
        )
    return Programme(
        "Constructive Dialogue",
        date=date,
        timezone=timezone,
        sittings=sittings,
        items=tuple(
            AgendaItem(f"item-{i}", f"Item {number}", number, segments=tuple(segments))
            for i, (number, segments) in enumerate(items.items(), 1)
        ),
    ).validate()


class Desk:
    """A Co-Chair at the console: each command's record is numbered (as the store does on commit)
    and folded incrementally, exactly as the app does."""

    def __init__(self, programme: Programme | None = None, clock: FakeClock | None = None) -> None:
        self.programme = programme or seed_like()
        self.clock = clock or FakeClock(TEN_AM)
        self.folder = Folder(self.programme)
        self.journal: list[EventRecord] = []

    @property
    def state(self) -> MeetingState:
        return self.folder.state

    @property
    def agenda(self) -> AgendaState:
        return self.folder.state.agenda

    def do(self, command: Any, *args: Any, actor: str = "co-chair") -> EventRecord:
        record = command(self.state, *args, now=self.clock.now(), actor=actor)
        return self.append(record)

    def append(self, record: EventRecord) -> EventRecord:
        stored = replace(record, seq=len(self.journal) + 1)
        self.journal.append(stored)
        self.folder.apply(stored)
        return stored

    def advance(self, minutes: float = 0, seconds: float = 0) -> dt.datetime:
        return self.clock.advance(seconds, minutes=minutes)

    def refold(self) -> MeetingState:
        return fold(self.programme, self.journal)


def at(minutes: float) -> dt.datetime:
    return TEN_AM + dt.timedelta(minutes=minutes)


def rec(event: Event, minutes: float, seq: int) -> EventRecord:
    return replace(to_record(event, at=at(minutes), actor="cc"), seq=seq)


# ----------------------------------------------------------------------------- basic folding
def test_an_empty_journal_is_a_meeting_not_started() -> None:
    state = fold(seed_like(), [])
    agenda = state.agenda
    assert agenda.current is None and not agenda.started
    assert [s.status for s in agenda.segments()] == [SegmentStatus.PENDING] * 12
    assert [s.status for s in agenda.sittings] == [SittingStatus.NOT_STARTED] * 2
    assert not state.undo.can_undo and undo_text(state.undo.undo_label) == "Nothing to undo"
    assert state.programme == seed_like()


def test_start_next_and_finish_record_runs_and_statuses() -> None:
    records = [
        rec(SittingStarted(0), 0, 1),
        rec(SegmentStarted("seg-1"), 1, 2),
        rec(SegmentStarted("seg-2"), 17, 3),
        rec(SegmentFinished("seg-2"), 40, 4),
    ]
    agenda = fold(seed_like(), records).agenda
    one, two = agenda.segment("seg-1"), agenda.segment("seg-2")
    assert one.status is SegmentStatus.DONE and one.runs == (Run(at(1), at(17)),)
    assert one.first_start == at(1) and one.end == at(17)
    assert one.used == dt.timedelta(minutes=16)
    assert two.status is SegmentStatus.DONE and two.end == at(40)
    assert agenda.current is None and agenda.position == "seg-2"
    assert agenda.segment("seg-3").status is SegmentStatus.PENDING
    assert agenda.sittings[0].status is SittingStatus.RUNNING
    assert agenda.sittings[0].started_at == at(0)


def test_pause_and_resume_split_the_runs() -> None:
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        rec(SegmentPaused("seg-1"), 5, 2),
        rec(SegmentResumed("seg-1"), 9, 3),
    ]
    agenda = fold(seed_like(), records).agenda
    seg = agenda.segment("seg-1")
    assert agenda.current == "seg-1" and not agenda.paused
    assert seg.status is SegmentStatus.RUNNING
    assert seg.runs == (Run(at(0), at(5)), Run(at(9), None))
    assert seg.elapsed(at(20)) == dt.timedelta(minutes=16)
    paused = fold(seed_like(), records[:2]).agenda
    assert paused.segment("seg-1").status is SegmentStatus.PAUSED
    assert paused.segment("seg-1").elapsed(at(60)) == dt.timedelta(minutes=5)


def test_back_resumes_the_previous_segment_from_the_time_it_had_used() -> None:
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        rec(SegmentStarted("seg-2"), 10, 2),
        rec(SegmentStarted("seg-1"), 12, 3),  # back
    ]
    agenda = fold(seed_like(), records).agenda
    one = agenda.segment("seg-1")
    assert agenda.current == "seg-1"
    assert one.runs == (Run(at(0), at(10)), Run(at(12), None))
    assert one.elapsed(at(15)) == dt.timedelta(minutes=13)
    assert agenda.segment("seg-2").status is SegmentStatus.DONE


def test_a_forward_jump_skips_segments_until_they_run() -> None:
    records = [rec(SegmentStarted("seg-1"), 0, 1), rec(SegmentStarted("seg-5"), 10, 2)]
    agenda = fold(seed_like(), records).agenda
    statuses = {s.segment_id: s.status for s in agenda.segments()}
    assert statuses["seg-1"] is SegmentStatus.DONE
    assert [statuses[f"seg-{n}"] for n in (2, 3, 4)] == [SegmentStatus.SKIPPED] * 3
    assert statuses["seg-5"] is SegmentStatus.RUNNING
    assert statuses["seg-6"] is SegmentStatus.PENDING
    # Going back to a skipped segment runs it: it is no longer skipped.
    later = fold(seed_like(), [*records, rec(SegmentStarted("seg-3"), 20, 3)]).agenda
    assert later.status("seg-3") is SegmentStatus.RUNNING
    assert later.status("seg-2") is SegmentStatus.SKIPPED
    assert later.status("seg-5") is SegmentStatus.DONE


def test_extensions_add_up() -> None:
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        rec(SegmentExtended("seg-1", 300), 1, 2),
        rec(SegmentExtended("seg-1", -120), 2, 3),
    ]
    agenda = fold(seed_like(), records).agenda
    assert agenda.segment("seg-1").extensions == (300, -120)
    assert agenda.segment("seg-1").extension_seconds == 180
    assert agenda.allotted_seconds("seg-1") == 15 * 60 + 180


def test_starting_a_segment_outside_a_sitting_opens_the_next_sitting() -> None:
    records = [rec(SegmentStarted("seg-1"), 2, 1)]
    agenda = fold(seed_like(), records).agenda
    assert agenda.sittings[0].status is SittingStatus.RUNNING
    assert agenda.sittings[0].started_at == at(2)


def test_ending_a_sitting_finishes_its_running_segment() -> None:
    records = [
        rec(SittingStarted(0), 0, 1),
        rec(SegmentStarted("seg-6"), 150, 2),
        rec(SittingEnded(0), 185, 3),
    ]
    agenda = fold(seed_like(), records).agenda
    assert agenda.current is None and agenda.position == "seg-6"
    assert agenda.segment("seg-6").status is SegmentStatus.DONE
    assert agenda.segment("seg-6").end == at(185)
    assert agenda.sittings[0].status is SittingStatus.ENDED
    assert agenda.sittings[0].ended_at == at(185)
    assert agenda.next_id() == "seg-7"


def test_ending_a_sitting_while_paused_keeps_the_time_used() -> None:
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        rec(SegmentPaused("seg-1"), 10, 2),
        rec(SittingEnded(0), 30, 3),
    ]
    seg = fold(seed_like(), records).agenda.segment("seg-1")
    assert seg.status is SegmentStatus.DONE and seg.used == dt.timedelta(minutes=10)


def test_events_that_do_not_apply_change_nothing() -> None:
    """A journal from two seats may hold a pause of a segment another seat moved past."""
    base = [rec(SegmentStarted("seg-1"), 0, 1), rec(SegmentStarted("seg-2"), 5, 2)]
    expected = fold(seed_like(), base).agenda
    for stray in (
        SegmentPaused("seg-1"),
        SegmentResumed("seg-2"),
        SegmentFinished("seg-1"),
        SegmentStarted("no-such-segment"),
        SittingStarted(7),
        SittingEnded(1),
    ):
        assert fold(seed_like(), [*base, rec(stray, 6, 3)]).agenda == expected, stray


def test_a_wall_clock_set_back_between_two_events_never_makes_negative_time() -> None:
    records = [rec(SegmentStarted("seg-1"), 10, 1), rec(SegmentStarted("seg-2"), 8, 2)]
    one = fold(seed_like(), records).agenda.segment("seg-1")
    assert one.used == dt.timedelta(0) and one.runs == (Run(at(10), at(10)),)


def test_records_must_come_in_journal_order() -> None:
    folder = Folder(seed_like())
    folder.apply(rec(SegmentStarted("seg-1"), 0, 2))
    with pytest.raises(ValueError, match="out of order"):
        folder.apply(rec(SegmentStarted("seg-2"), 1, 2))


def test_unknown_event_types_are_kept_and_ignored() -> None:
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        EventRecord("FromTheFuture", at(1), "cc", {"name": "Ms. A", "anything": [1, 2]}, seq=2),
        EventRecord("FromTheFuture", at(2), "cc", {}, seq=3),
    ]
    state = fold(seed_like(), records)
    assert state.ignored == 2 and state.last_seq == 3
    assert state.agenda == fold(seed_like(), records[:1]).agenda
    # Unknown events are not undo steps: undo still targets the start.
    assert state.undo.undo_seq == 1


def test_a_malformed_record_raises_a_typed_error_naming_it() -> None:
    bad = EventRecord("SegmentStarted", at(0), "cc", {"segment": "seg-1"}, seq=4)
    with pytest.raises(MalformedEventError) as caught:
        fold(seed_like(), [bad])
    assert caught.value.seq == 4 and "event 4 (SegmentStarted)" in str(caught.value)


def test_a_malformed_record_leaves_an_incremental_folder_as_it_was() -> None:
    folder = Folder(seed_like())
    folder.apply(rec(SegmentStarted("seg-1"), 0, 1))
    before = folder.state
    with pytest.raises(MalformedEventError):
        folder.apply(EventRecord("Undone", at(1), "cc", {"target_seq": "one"}, seq=2))
    assert folder.state == before
    folder.apply(rec(Undone(1), 2, 2))  # the same seq, well formed this time
    assert folder.state.agenda.current is None


def test_a_programme_edit_replaces_the_programme_and_keeps_history() -> None:
    old = seed_like()
    items = list(old.items)
    extra = Segment("seg-new", SegmentKind.OTHER, "Video message", 5)
    items[1] = replace(items[1], segments=(*items[1].segments, extra))
    new = replace(old, items=tuple(items))
    records = [rec(SegmentStarted("seg-1"), 0, 1), rec(ProgrammeEdited(new), 3, 2)]
    agenda = fold(old, records).agenda
    assert agenda.programme == new
    assert agenda.segment("seg-new").status is SegmentStatus.PENDING
    assert agenda.current == "seg-1" and agenda.segment("seg-1").runs == (Run(at(0), None),)
    assert agenda.index.ids[3] == "seg-new"


def test_a_journal_that_removes_the_running_segment_ends_it_there() -> None:
    old = seed_like()
    items = list(old.items)
    items[0] = replace(items[0], segments=(Segment("seg-0", SegmentKind.REMARKS, "Welcome", 5),))
    new = replace(old, items=tuple(items))
    records = [rec(SegmentStarted("seg-1"), 0, 1), rec(ProgrammeEdited(new), 3, 2)]
    agenda = fold(old, records).agenda
    assert agenda.current is None and agenda.track("seg-1").used == dt.timedelta(minutes=3)


# ----------------------------------------------------------------------------- undo / redo
def test_undoing_a_mistaken_next_is_as_if_the_click_never_happened() -> None:
    desk = Desk()
    desk.do(cmd.start_sitting)
    desk.do(cmd.start)
    desk.advance(minutes=14)
    before = desk.state.agenda
    desk.do(cmd.next_segment)
    assert undo_text(desk.state.undo.undo_label) == "Undo: Next (Briefing by the Secretariat)"
    desk.advance(minutes=2)
    desk.do(cmd.undo)
    agenda = desk.agenda
    assert agenda == before
    assert agenda.current == "seg-1"
    # Its clock kept running all along: 16 minutes, one run.
    assert agenda.segment("seg-1").runs == (Run(TEN_AM, None),)
    assert agenda.segment("seg-1").elapsed(desk.clock.now()) == dt.timedelta(minutes=16)
    assert agenda.segment("seg-2").status is SegmentStatus.PENDING
    assert redo_text(desk.state.undo.redo_label) == "Redo: Next (Briefing by the Secretariat)"
    assert undo_text(desk.state.undo.undo_label) == "Undo: Start (Opening remarks)"


def test_redo_restores_the_undone_step() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=15)
    desk.do(cmd.next_segment)
    after_next = desk.agenda
    desk.advance(minutes=1)
    desk.do(cmd.undo)
    desk.advance(minutes=1)
    desk.do(cmd.redo)
    assert desk.agenda == after_next
    assert undo_text(desk.state.undo.undo_label) == "Undo: Next (Briefing by the Secretariat)"
    assert not desk.state.undo.can_redo


def test_undo_is_a_stack_and_a_new_step_forgets_the_redo() -> None:
    desk = Desk()
    desk.do(cmd.start)  # 1
    desk.do(cmd.next_segment)  # 2
    desk.do(cmd.next_segment)  # 3
    desk.do(cmd.undo)  # 4: undoes 3
    assert desk.state.undo.undo_seq == 2 and desk.state.undo.redo_seq == 3
    desk.do(cmd.undo)  # 5: undoes 2
    assert desk.state.undo.undo_seq == 1 and desk.state.undo.redo_seq == 2
    assert desk.agenda.current == "seg-1"
    desk.do(cmd.redo)  # 6: redoes 2 (the most recently undone)
    assert desk.agenda.current == "seg-2" and desk.state.undo.redo_seq == 3
    desk.do(cmd.pause)  # 7: a new step
    assert not desk.state.undo.can_redo
    assert undo_text(desk.state.undo.undo_label) == "Undo: Pause (Briefing by the Secretariat)"
    # A stale Redone (e.g. from another seat) has no effect.
    before = desk.state.agenda
    desk.append(rec(Redone(3), 1, 0))
    assert desk.agenda == before


def test_undone_and_redone_are_not_themselves_undo_targets() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.do(cmd.undo)
    assert not desk.state.undo.can_undo
    desk.do(cmd.redo)
    assert desk.state.undo.undo_seq == 1


def test_a_second_undo_of_the_same_event_has_no_effect() -> None:
    """Two clicks on undo at once (two windows of one seat, or one undo sent twice) both name
    the same target: only one undo happens."""
    desk = Desk()
    desk.do(cmd.start)
    desk.do(cmd.next_segment)
    record = cmd.undo(desk.state, now=desk.clock.now(), actor=desk.journal[-1].actor)
    desk.append(record)
    desk.append(record)
    assert desk.agenda.current == "seg-1"


def test_an_out_of_order_redo_folds_the_events_in_effect() -> None:
    """Commands redo the most recently undone step only; a journal written by two seats may
    still redo an older one. The state is then the fold of the events in effect."""
    desk = Desk()
    desk.do(cmd.start)  # 1
    desk.advance(minutes=1)
    desk.do(cmd.extend, 60)  # 2
    desk.advance(minutes=1)
    desk.do(cmd.extend, 120)  # 3
    desk.do(cmd.undo)  # 4: undoes 3
    desk.do(cmd.undo)  # 5: undoes 2
    desk.append(rec(Redone(3), 3, 0))  # 6: redoes 3 while 2 stays undone
    assert desk.agenda.segment("seg-1").extensions == (120,)
    assert desk.state.undo.undo_seq == 3 and desk.state.undo.redo_seq == 2
    assert desk.refold() == desk.state
    desk.do(cmd.redo)  # 7: redoes 2
    assert desk.agenda.segment("seg-1").extensions == (60, 120)
    assert desk.refold() == desk.state


def test_undo_reaches_back_beyond_the_recent_snapshots() -> None:
    programme = seed_like()
    clock = FakeClock(TEN_AM)
    folder = Folder(programme, checkpoint_every=4, recent=3)
    journal: list[EventRecord] = []
    states: list[AgendaState] = []

    def push(record: EventRecord) -> None:
        stored = replace(record, seq=len(journal) + 1)
        journal.append(stored)
        folder.apply(stored)

    for _ in range(11):
        states.append(folder.state.agenda)
        push(cmd.next_segment(folder.state, now=clock.advance(60), actor="cc"))
    for expected in reversed(states):
        push(cmd.undo(folder.state, now=clock.advance(1), actor="cc"))
        assert folder.state.agenda == expected
        assert fold(programme, journal) == folder.state
    for _ in range(11):
        push(cmd.redo(folder.state, now=clock.advance(1), actor="cc"))
        assert fold(programme, journal) == folder.state
    assert folder.state.agenda.current == "seg-11"


def test_labels_name_what_undo_would_take_back() -> None:
    desk = Desk()
    expectations = [
        (cmd.start_sitting, (), "Start of sitting 1 (10:00–13:00)"),
        (cmd.start, (), "Start (Opening remarks)"),
        (cmd.extend, (300,), "Extend by 5 min (Opening remarks)"),
        (cmd.extend, (-90,), "Shorten by 1 min 30 s (Opening remarks)"),
        (cmd.pause, (), "Pause (Opening remarks)"),
        (cmd.resume, (), "Resume (Opening remarks)"),
        (cmd.next_segment, (), "Next (Briefing by the Secretariat)"),
        (cmd.jump, ("seg-5",), "Jump (Panel 1)"),
        (cmd.back, (), "Back (Briefing by the Co-Chairs)"),
        (cmd.finish, (), "Finish (Briefing by the Co-Chairs)"),
        (cmd.end_sitting, (), "End of sitting 1 (10:00–13:00)"),
    ]
    for command, args, label in expectations:
        desk.do(command, *args)
        assert undo_text(desk.state.undo.undo_label) == f"Undo: {label}"
    edited = replace(desk.programme, title="Renamed")
    desk.do(cmd.edit_programme, edited)
    assert undo_text(desk.state.undo.undo_label) == "Undo: Programme edit"


# ----------------------------------------------------------------------------- incremental == fold
def test_the_incremental_state_equals_the_fold_of_the_journal() -> None:
    desk = Desk()
    script: list[tuple[Any, tuple[Any, ...], float]] = [
        (cmd.start_sitting, (), 0),
        (cmd.start, (), 2),
        (cmd.extend, (120,), 5),
        (cmd.pause, (), 3),
        (cmd.resume, (), 4),
        (cmd.next_segment, (), 20),
        (cmd.undo, (), 1),
        (cmd.redo, (), 1),
        (cmd.jump, ("seg-6",), 30),
        (cmd.back, (), 5),
        (cmd.undo, (), 1),
        (cmd.end_sitting, (), 40),
        (cmd.start_sitting, (), 90),
        (cmd.next_segment, (), 30),
    ]
    for command, args, minutes in script:
        desk.advance(minutes=minutes)
        desk.do(command, *args)
        assert desk.refold() == desk.state
    # Folding into a used folder (one record at a time) gives the same state too.
    folder = Folder(desk.programme)
    folder.apply(desk.journal[0])
    folder.extend(desk.journal[1:])
    assert folder.state == desk.state


def test_history_is_an_immutable_sequence() -> None:
    empty: History[int] = History()
    one = empty.append(1)
    two = one.append(2)
    assert list(two) == [1, 2] and len(two) == 2 and two.last == 2
    assert one.to_tuple() == (1,) and empty.last is None
    assert two.replace_last(3) == one.append(3) and two != one
    assert hash(two) == hash(History().append(1).append(2))
    with pytest.raises(IndexError):
        empty.replace_last(1)
    long: History[int] = History()
    for i in range(5000):  # deep chains compare without recursion
        long = long.append(i)
    assert long == History(long.replace_last(4999)._prev, 4999)


# ----------------------------------------------------------------------------- extension hook
@dataclass(frozen=True, slots=True)
class ToyQueued(Event):
    """Declared once: its payload ``{"name": …}`` is derived from the field."""

    type_name: ClassVar[str] = "ToyQueued"
    name: Id


class QueueSlice:
    """A toy speaker queue, written the way a later issue will add its own slice."""

    name = "queue"
    events: tuple[type[Event], ...] = (ToyQueued, SegmentStarted)

    def initial(self, programme: Programme) -> tuple[str, ...]:
        return ()

    def apply(self, state: tuple[str, ...], event: Event, record: EventRecord) -> tuple[str, ...]:
        if isinstance(event, ToyQueued):
            return (*state, event.name)
        if isinstance(event, SegmentStarted):
            return ()  # a new segment opens a new list of speakers
        return state

    def describe(self, state: tuple[str, ...], event: Event) -> UndoAction | None:
        return UndoAction("toy", f"Queue {event.name}") if isinstance(event, ToyQueued) else None


def test_a_later_slice_plugs_into_the_fold_and_shares_undo() -> None:
    queue = QueueSlice()
    slices = (AGENDA, queue)
    records = [
        rec(SegmentStarted("seg-1"), 0, 1),
        rec(ToyQueued("Ms. A"), 1, 2),
        rec(ToyQueued("Mr. B"), 2, 3),
    ]
    state = fold(seed_like(), records, slices=slices)
    assert state.slice(queue) == ("Ms. A", "Mr. B")
    assert undo_text(state.undo.undo_label) == "Undo: Queue Mr. B"
    undone = fold(seed_like(), [*records, rec(Undone(3), 3, 4)], slices=slices)
    assert undone.slice(queue) == ("Ms. A",)
    assert redo_text(undone.undo.redo_label) == "Redo: Queue Mr. B"
    # The shared SegmentStarted reaches both slices.
    moved = fold(seed_like(), [*records, rec(SegmentStarted("seg-2"), 4, 4)], slices=slices)
    assert moved.slice(queue) == () and moved.agenda.current == "seg-2"
    # Without the slice, its events are kept and ignored.
    assert fold(seed_like(), records).ignored == 2


def test_slices_must_have_distinct_names() -> None:
    with pytest.raises(ValueError, match="share a name"):
        Folder(seed_like(), slices=(AGENDA, AGENDA))
