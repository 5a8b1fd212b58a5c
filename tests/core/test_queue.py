"""The speaker-queue slice: its events, its fold, the speaker's clock, the board's speaker part.

Also home of the helpers the other queue tests share: a registration list built by hand and a
desk (see ``tests/core/test_fold.py``) with it imported and a segment running.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.events import (
    ProgrammeEdited,
    SegmentFinished,
    SegmentStarted,
    SittingEnded,
)
from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.agenda.timing import Phase
from facilitator.core.agenda.values import Run
from facilitator.core.board import build_board
from facilitator.core.errors import MalformedEventError, NoSuchSegmentError
from facilitator.core.fold.engine import fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.event import Event, decode_as, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.events import (
    ParticipantAdded,
    ParticipantEdited,
    ParticipantsImported,
)
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import AgendaItem
from facilitator.core.queue import commands as qc
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
from facilitator.core.queue.reducer import QUEUE, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.timing import QueueSettings, speaker_timing
from facilitator.core.queue.values import DEFAULT_LIMIT_SECONDS, Speaker, SpeakerStatus
from facilitator.ui.words import attendance, category, redo_text, speaker_words, undo_text
from tests.core.test_fold import TEN_AM, Desk, rec, seed_like

#: The standing items of the seed-like programme (the tour-de-table).
STANDING = ("seg-9", "seg-10", "seg-11")
CATEGORIES = (Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR, Category.NGO)


def people(count: int) -> list[Participant]:
    """A registration list: "Speaker 1" of "Org 1"…; every third one online; categories in turn
    (NGO, academia, private sector, NGO); gender and youth declared by some."""
    rows = []
    for n in range(1, count + 1):
        rows.append(
            Participant(
                "",
                f"Speaker {n}",
                f"Org {n}",
                CATEGORIES[(n - 1) % len(CATEGORIES)],
                Attendance.ONLINE if n % 3 == 0 else Attendance.ROOM,
                gender=("woman", "man", None)[n % 3],
                youth=True if n % 5 == 0 else (False if n % 5 == 1 else None),
            )
        )
    return rows


def meeting(count: int = 30, segment: str | None = "seg-9") -> Desk:
    """A desk with ``count`` participants (p-1…) imported, the first sitting started and
    ``segment`` running."""
    desk = Desk()
    desk.do(qc.import_participants, people(count), "registration.csv")
    desk.do(cmd.start_sitting)
    if segment is not None:
        desk.do(cmd.jump, segment)
    return desk


def queue(desk: Desk) -> QueueState:
    return queue_of(desk.state)


def waiting(desk: Desk, segment_id: str = "seg-9") -> list[str]:
    """The names waiting on a list, in order."""
    q = queue(desk)
    lst = q.list_of(segment_id)
    return [q.name(lst.entries[e].participant_id) for e in lst.waiting]


def entry_of(desk: Desk, name: str, segment_id: str = "seg-9") -> Speaker:
    """The latest entry of the participant called ``name`` on a list."""
    q = queue(desk)
    found = [s for s in q.list_of(segment_id).entries.values() if q.name(s.participant_id) == name]
    assert found, name
    return found[-1]


def line_up(desk: Desk, numbers: range | list[int], segment_id: str | None = None) -> list[str]:
    """Queue participants p-N for each N; their entry ids."""
    return [
        str(desk.do(qc.queue_speaker, f"p-{n}", segment_id).payload["entry_id"]) for n in numbers
    ]


def check_invariants(state: MeetingState) -> None:
    """What must hold whatever the journal: one floor at most, consistent with the entries; each
    waiting order is a permutation of the waiting entries; clocks add up."""
    q = queue_of(state)
    on_floor = [
        (sid, s.entry_id)
        for sid, lst in q.lists.items()
        for s in lst.entries.values()
        if s.on_floor and (q.interrupted is None or s.entry_id != q.interrupted.entry_id)
    ]
    assert len(on_floor) <= 1
    assert on_floor == ([] if q.floor is None else [tuple(q.floor)])
    if q.floor is not None:
        assert q.floor.segment_id == state.agenda.current
    for lst in q.lists.values():
        assert len(set(lst.waiting)) == len(lst.waiting)
        assert set(lst.waiting) == {
            e for e, s in lst.entries.items() if s.status is SpeakerStatus.WAITING
        }
        for speaker in lst.entries.values():
            closed = [r for r in speaker.runs if r.end is not None]
            assert sum((r.end - r.start for r in closed), dt.timedelta(0)) == speaker.used  # type: ignore[operator]
            open_runs = [r for r in speaker.runs if r.end is None]
            assert len(open_runs) == (1 if speaker.status is SpeakerStatus.SPEAKING else 0)
            assert all(r.end is not None for r in speaker.runs[:-1])


# ----------------------------------------------------------------------------- events
EVENTS: list[Event] = [
    SpeakerQueued("seg-9", "s-1", "p-1", None, ("seg-9", "seg-10"), "on gender"),
    SpeakerQueued("seg-9", "s-2", "p-2", 0),
    SpeakerMoved("seg-9", "s-1", 0),
    SpeakersReordered("seg-9", ("s-2", "s-1"), ReorderReason.UNHEARD_FIRST),
    SpeakerCalled("seg-9", "s-1"),
    SpeakerPaused("seg-9", "s-1"),
    SpeakerResumed("seg-9", "s-1"),
    SpeakerExtended("seg-9", "s-1", -30),
    SpeakerFinished("seg-9", "s-1"),
    SpeakerSkipped("seg-9", "s-2"),
    SpeakerDeferred("seg-9", "s-2"),
    SpeakerWithdrawn("seg-9", "s-2"),
    SpeakerRestored("seg-9", "s-2", 3),
    SpeakerRestored("seg-9", "s-2"),
    SpeakerEdited("seg-9", "s-2", ("seg-11",), "a note"),
    ListClosed("seg-9"),
    ListReopened("seg-9"),
    ListLimitSet("seg-9", 120),
    ParticipantAdded(Participant("p-9", "Ms. G", "Guests Inc.", guest=True)),
    ParticipantEdited(Participant("p-9", "Ms. G", "Guests Ltd.", Category.PRIVATE_SECTOR)),
    ParticipantsImported(tuple(replace(p, id=f"p-{i}") for i, p in enumerate(people(3), 1)), "x"),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: type(e).__name__)
def test_every_event_survives_the_journal(event: Event) -> None:
    record = to_record(event, at=TEN_AM, actor="cc")
    assert record.type == event.type_name
    import json

    payload = json.loads(json.dumps(record.payload))  # what the store keeps is plain JSON
    assert decode_as(type(event), replace(record, payload=payload)) == event


def test_type_names_are_stable() -> None:
    """Journals hold these names forever."""
    names = [type(e).type_name for e in EVENTS]
    assert names[0] == "SpeakerQueued"
    assert "SpeakerCalled" in names and "ListLimitSet" in names and "ParticipantsImported" in names
    assert len({e.type_name for e in QUEUE.events}) == len(QUEUE.events)


@pytest.mark.parametrize(
    ("cls", "payload"),
    [
        (SpeakerQueued, {"segment_id": "seg-9", "entry_id": "s-1"}),
        (SpeakerQueued, {"segment_id": "seg-9", "entry_id": "s-1", "participant_id": 7}),
        (
            SpeakerQueued,
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "position": -1},
        ),
        (
            SpeakerQueued,
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "addresses": "seg-9"},
        ),
        (SpeakerQueued, {"segment_id": "s", "entry_id": "e", "participant_id": "p", "note": 3}),
        (SpeakerMoved, {"segment_id": "seg-9", "entry_id": "s-1", "position": "top"}),
        (SpeakersReordered, {"segment_id": "seg-9", "order": [1, 2]}),
        (SpeakerCalled, {"segment_id": "seg-9"}),
        (SpeakerCalled, ["seg-9", "s-1"]),
        (SpeakerExtended, {"segment_id": "seg-9", "entry_id": "s-1", "seconds": True}),
        (ListLimitSet, {"segment_id": "seg-9", "seconds": 0}),
        (ListClosed, {}),
    ],
)
def test_a_malformed_payload_is_a_typed_error(cls: type[Event], payload: Any) -> None:
    record = EventRecord(cls.type_name, TEN_AM, "cc", payload, seq=5)
    with pytest.raises(MalformedEventError) as caught:
        decode_as(cls, record)
    assert caught.value.seq == 5


def test_an_unknown_reorder_reason_still_reorders() -> None:
    payload = {"segment_id": "seg-9", "order": ["s-2"], "reason": "from the future"}
    event = SpeakersReordered.from_payload(payload)
    assert event.order == ("s-2",) and event.reason is ReorderReason.MANUAL


# ----------------------------------------------------------------------------- the fold
def test_the_queue_is_a_default_slice_and_starts_empty() -> None:
    state = fold(seed_like(), [])
    q = queue_of(state)
    assert q == QueueState.initial(seed_like())
    assert q.floor is None and not q.lists and len(q.participants) == 0
    assert q.list_of("seg-9").limit_seconds == DEFAULT_LIMIT_SECONDS == 180
    # A fold without the slice still answers (an empty queue).
    assert queue_of(fold(seed_like(), [], slices=(AGENDA,))).floor is None


def test_queued_entries_wait_in_order_and_a_position_inserts() -> None:
    desk = meeting()
    line_up(desk, [1, 2, 3])
    desk.do(qc.queue_speaker, "p-4", None, 1)
    assert waiting(desk) == ["Speaker 1", "Speaker 4", "Speaker 2", "Speaker 3"]
    q = queue(desk)
    assert list(q.list_of("seg-9").entries) == ["s-1", "s-2", "s-3", "s-4"]
    assert q.next_entry_id() == "s-5"
    first = q.list_of("seg-9").entries["s-1"]
    assert first.status is SpeakerStatus.WAITING and first.queued_at == TEN_AM
    assert first.runs == () and first.limit_seconds is None


def test_calling_gives_the_floor_and_finishes_whoever_had_it() -> None:
    desk = meeting()
    line_up(desk, [1, 2, 3])
    desk.do(qc.call_next)
    called = desk.clock.now()
    q = queue(desk)
    assert q.floor == ("seg-9", "s-1")
    assert q.floor_speaker() == replace(
        q.list_of("seg-9").entries["s-1"],
        status=SpeakerStatus.SPEAKING,
        runs=(Run(called),),
        limit_seconds=180,
    )
    desk.advance(seconds=95)
    desk.do(qc.call_next)
    q = queue(desk)
    one = q.list_of("seg-9").entries["s-1"]
    assert one.status is SpeakerStatus.DONE and one.ended_at == called + dt.timedelta(seconds=95)
    assert one.used == dt.timedelta(seconds=95) and one.runs == (Run(called, one.ended_at),)
    assert q.floor == ("seg-9", "s-2") and waiting(desk) == ["Speaker 3"]
    check_invariants(desk.state)


def test_a_hold_stops_the_speakers_clock_but_not_the_segments() -> None:
    desk = meeting()
    line_up(desk, [1])
    segment_before = desk.agenda.segment("seg-9").elapsed(desk.clock.now())
    desk.do(qc.call_next)
    desk.advance(seconds=40)
    desk.do(qc.pause_speaker)
    desk.advance(seconds=90)  # interpretation trouble
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.held and not timing.running
    assert timing.elapsed == dt.timedelta(seconds=40) and timing.display == "2:20"
    desk.do(qc.resume_speaker)
    desk.advance(seconds=20)
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.elapsed == dt.timedelta(seconds=60)
    assert timing.running and not timing.held
    assert len(queue(desk).floor_speaker().runs) == 2  # type: ignore[union-attr]
    # The segment's clock went on all along: 150 s more.
    assert desk.agenda.segment("seg-9").elapsed(desk.clock.now()) - segment_before == (
        dt.timedelta(seconds=150)
    )


def test_the_speakers_clock_warns_at_thirty_seconds_and_counts_overtime_up() -> None:
    desk = meeting()
    line_up(desk, [1])
    desk.do(qc.call_next)
    expectations = [
        (0, "3:00", Phase.NORMAL),
        (149, "0:31", Phase.NORMAL),
        (150, "0:30", Phase.WARNING),
        (170, "0:10", Phase.DANGER),
        (180, "0:00", Phase.DANGER),
        (181, "+0:01", Phase.OVERTIME),
        (252, "+1:12", Phase.OVERTIME),
    ]
    start = desk.clock.now()
    for seconds, display, phase in expectations:
        now = start + dt.timedelta(seconds=seconds)
        timing = speaker_timing(queue(desk), now)
        assert timing is not None
        assert (timing.display, timing.phase) == (display, phase), seconds
    settings = QueueSettings(warning_seconds=60, danger_seconds=0)
    timing = speaker_timing(queue(desk), start + dt.timedelta(seconds=125), settings)
    assert timing is not None and timing.phase is Phase.WARNING
    with pytest.raises(ValueError):
        QueueSettings(warning_seconds=10, danger_seconds=20)


def test_extensions_and_a_new_limit() -> None:
    desk = meeting()
    line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.do(qc.set_speaking_limit, 120)  # for those called from now on
    desk.do(qc.extend_speaker, 60)
    desk.do(qc.extend_speaker, -30)
    speaker = queue(desk).floor_speaker()
    assert speaker is not None and speaker.limit_seconds == 180
    assert speaker.allotted_seconds(120) == 210
    desk.do(qc.call_next)
    second = queue(desk).floor_speaker()
    assert second is not None and second.limit_seconds == 120


def test_skip_defer_withdraw_and_restore_rearrange_the_waiting() -> None:
    desk = meeting()
    ids = line_up(desk, [1, 2, 3, 4])
    desk.do(qc.skip_speaker)  # the first moves down one place
    assert waiting(desk) == ["Speaker 2", "Speaker 1", "Speaker 3", "Speaker 4"]
    desk.do(qc.defer_speaker, ids[0])
    assert waiting(desk) == ["Speaker 2", "Speaker 3", "Speaker 4", "Speaker 1"]
    desk.do(qc.withdraw_speaker, ids[2])
    assert waiting(desk) == ["Speaker 2", "Speaker 4", "Speaker 1"]
    assert queue(desk).list_of("seg-9").entries[ids[2]].status is SpeakerStatus.WITHDRAWN
    desk.do(qc.restore_speaker, ids[2], 0)
    assert waiting(desk) == ["Speaker 3", "Speaker 2", "Speaker 4", "Speaker 1"]
    desk.do(qc.move_speaker, ids[0], 1)
    assert waiting(desk) == ["Speaker 3", "Speaker 1", "Speaker 2", "Speaker 4"]
    check_invariants(desk.state)


def test_the_speaker_on_the_floor_can_be_skipped_or_deferred_keeping_their_time() -> None:
    desk = meeting()
    ids = line_up(desk, [1, 2, 3])
    desk.do(qc.call_next)
    desk.advance(seconds=10)  # no sound from the room: come back to them after the next one
    desk.do(qc.skip_speaker, ids[0])
    assert queue(desk).floor is None
    assert waiting(desk) == ["Speaker 2", "Speaker 1", "Speaker 3"]
    one = queue(desk).list_of("seg-9").entries[ids[0]]
    assert one.status is SpeakerStatus.WAITING and one.used == dt.timedelta(seconds=10)
    assert not one.heard
    desk.do(qc.call_speaker, ids[0])
    desk.advance(seconds=5)
    desk.do(qc.defer_speaker, ids[0])
    assert waiting(desk) == ["Speaker 2", "Speaker 3", "Speaker 1"]
    desk.do(qc.call_speaker, ids[0])
    desk.advance(seconds=5)
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.elapsed == dt.timedelta(seconds=20)
    check_invariants(desk.state)


def test_a_done_speaker_put_back_resumes_their_clock_when_called_again() -> None:
    desk = meeting()
    ids = line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.advance(seconds=100)
    desk.do(qc.finish_speaker)
    desk.do(qc.restore_speaker, ids[0], 0)
    desk.advance(seconds=30)
    desk.do(qc.call_next)
    desk.advance(seconds=50)
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.display == "0:30"  # 150 of 180 s used
    assert queue(desk).floor_speaker().ended_at is None  # type: ignore[union-attr]


def test_closing_a_list_stops_requests_not_the_queue() -> None:
    desk = meeting()
    line_up(desk, [1, 2])
    desk.do(qc.close_list)
    assert queue(desk).list_of("seg-9").closed
    desk.do(qc.call_next)  # those on the list are still heard
    assert queue(desk).floor is not None
    desk.do(qc.reopen_list)
    line_up(desk, [3])
    assert waiting(desk) == ["Speaker 2", "Speaker 3"]


def test_a_list_can_be_closed_or_limited_before_anyone_asks() -> None:
    desk = meeting(segment=None)  # between segments: the next segment's list
    desk.do(qc.close_list)
    desk.do(qc.set_speaking_limit, 150, "seg-6")
    q = queue(desk)
    assert q.list_of("seg-1").closed and q.list_of("seg-6").limit_seconds == 150
    assert q.list_of("seg-6").entries == {}


@pytest.mark.parametrize(
    ("agenda_event", "ends"),
    [
        (SegmentStarted("seg-10"), True),  # next
        (SegmentStarted("seg-2"), True),  # a jump back
        (SegmentStarted("seg-9"), False),  # the floor's own segment
        (SegmentStarted("no-such-segment"), False),  # ignored by the agenda too
        (SegmentFinished("seg-9"), True),
        (SegmentFinished("seg-10"), False),
        (SittingEnded(0), True),
    ],
)
def test_the_floor_ends_with_its_segment(agenda_event: Event, ends: bool) -> None:
    desk = meeting()
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.advance(seconds=70)
    desk.append(to_record(agenda_event, at=desk.clock.now(), actor="cc"))
    speaker = queue(desk).list_of("seg-9").entries["s-1"]
    if ends:
        assert queue(desk).floor is None and speaker.status is SpeakerStatus.DONE
        assert speaker.used == dt.timedelta(seconds=70)
    else:
        assert queue(desk).floor == ("seg-9", "s-1") and speaker.status is SpeakerStatus.SPEAKING
    assert desk.refold() == desk.state


def test_a_programme_edit_that_removes_the_floors_segment_ends_the_turn() -> None:
    desk = meeting()
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    programme = desk.state.programme
    items = tuple(
        item
        if item.id != "item-4"
        else AgendaItem(item.id, item.title, item.number, segments=item.segments[1:])
        for item in programme.items
    )
    edited = replace(programme, items=items)
    desk.append(to_record(ProgrammeEdited(edited), at=desk.clock.now(), actor="cc"))
    assert queue(desk).floor is None
    assert queue(desk).list_of("seg-9").entries["s-1"].status is SpeakerStatus.DONE
    # Its list stays (for the record); a new request for it is refused.
    with pytest.raises(NoSuchSegmentError):
        qc.queue_speaker(desk.state, "p-2", "seg-9", now=desk.clock.now(), actor="cc")


def test_events_that_do_not_apply_change_nothing() -> None:
    """A journal from two seats may hold stale events: they fold to no change."""
    desk = meeting()
    ids = line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.do(qc.withdraw_speaker, ids[1])
    before = queue(desk)
    for stray in (
        SpeakerQueued("seg-9", ids[0], "p-3"),  # an entry id already used
        SpeakerQueued("no-such-segment", "s-99", "p-3"),
        SpeakerMoved("seg-9", ids[0], 0),  # on the floor, not waiting
        SpeakerMoved("seg-9", "s-99", 0),
        SpeakersReordered("seg-10", ("s-1",)),
        SpeakerCalled("seg-9", ids[0]),  # already has the floor
        SpeakerCalled("seg-9", ids[1]),  # withdrawn
        SpeakerResumed("seg-9", ids[0]),  # not held
        SpeakerPaused("seg-9", ids[1]),  # not on the floor
        SpeakerFinished("seg-9", ids[1]),
        SpeakerSkipped("seg-9", ids[1]),
        SpeakerDeferred("seg-9", ids[1]),
        SpeakerWithdrawn("seg-9", ids[1]),
        SpeakerRestored("seg-9", ids[0]),  # on the floor
        SpeakerExtended("seg-9", "s-99", 30),
        SpeakerEdited("seg-10", ids[0]),
        ListReopened("seg-9"),  # open already
        ListClosed("no-such-segment"),
        ListLimitSet("seg-9", 180),  # the same
        ParticipantsImported((Participant("p-1", "Someone else"),)),  # id taken: all or nothing
        ParticipantEdited(Participant("p-404", "Nobody")),
    ):
        desk.append(to_record(stray, at=desk.clock.now(), actor="cc"))
        assert queue(desk) == before, stray
    check_invariants(desk.state)


def test_undoing_a_call_gives_the_floor_back_exactly() -> None:
    desk = meeting()
    line_up(desk, [1, 2, 3])
    desk.do(qc.call_next)
    first_call = desk.clock.now()
    desk.advance(seconds=65)
    before = queue(desk)
    desk.do(qc.call_next)  # a mistaken click
    assert undo_text(desk.state.undo.undo_label) == "Undo: Call Speaker 2"
    desk.advance(seconds=5)
    desk.do(cmd.undo)
    assert queue(desk) == before
    one = queue(desk).floor_speaker()
    assert one is not None and one.runs == (Run(first_call),)  # one run: never interrupted
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.elapsed == dt.timedelta(seconds=70)
    assert waiting(desk) == ["Speaker 2", "Speaker 3"]
    assert redo_text(desk.state.undo.redo_label) == "Redo: Call Speaker 2"
    desk.do(cmd.redo)
    assert queue(desk).floor == ("seg-9", "s-2")
    assert desk.refold() == desk.state


def test_undo_labels_name_the_speaker() -> None:
    desk = Desk()
    desk.do(qc.import_participants, people(30), "registration.csv")
    assert (
        undo_text(desk.state.undo.undo_label)
        == "Undo: Import of 30 participants (registration.csv)"
    )
    desk.do(cmd.start_sitting)
    desk.do(cmd.jump, "seg-9")
    expectations: list[tuple[Any, tuple[Any, ...], str]] = [
        (qc.queue_speaker, ("p-1",), "Queue Speaker 1 (Standing item 1)"),
        (qc.queue_speaker, ("p-2",), "Queue Speaker 2 (Standing item 1)"),
        (qc.queue_speaker, ("p-3",), "Queue Speaker 3 (Standing item 1)"),
        (qc.move_speaker_to_top, ("s-3",), "Move Speaker 3 to the top"),
        (qc.move_speaker, ("s-3", 2), "Move Speaker 3"),
        (qc.call_next, (), "Call Speaker 1"),
        (qc.queue_speaker, ("p-1", None, 0), "Queue Speaker 1 (Standing item 1)"),
        (qc.prefer_unheard, (), "Not yet heard first (Standing item 1)"),
        (qc.alternate_room_online, (), "Alternate room and online (Standing item 1)"),
        (qc.pause_speaker, (), "Hold Speaker 1"),
        (qc.resume_speaker, (), "Resume Speaker 1"),
        (qc.extend_speaker, (30,), "Extend Speaker 1 by 30 s"),
        (qc.extend_speaker, (-90,), "Shorten Speaker 1 by 1 min 30 s"),
        (qc.finish_speaker, (), "Finish Speaker 1"),
        (qc.skip_speaker, (), "Skip Speaker 3"),
        (qc.defer_speaker, ("s-3",), "Defer Speaker 3"),
        (qc.withdraw_speaker, ("s-2",), "Withdraw Speaker 2"),
        (qc.restore_speaker, ("s-2",), "Restore Speaker 2"),
        (qc.edit_speaker, ("s-2", ("seg-10",)), "Edit Speaker 2"),
        (qc.close_list, (), "Close the list (Standing item 1)"),
        (qc.reopen_list, (), "Reopen the list (Standing item 1)"),
        (qc.set_speaking_limit, (150,), "Speaking limit 2:30 (Standing item 1)"),
        (qc.add_guest, ("Ms. Guest", "Guests Inc."), "Guest Ms. Guest"),
        (qc.edit_participant, (Participant("p-1", "Dr. One", "Org 1"),), "Edit of Speaker 1"),
    ]
    for command, args, label in expectations:
        desk.do(command, *args)
        assert undo_text(desk.state.undo.undo_label) == f"Undo: {label}"
    assert desk.refold() == desk.state


def test_participants_are_folded_by_the_queue_slice() -> None:
    records = [
        rec(ParticipantsImported(tuple(replace(p, id="") for p in people(0))), 0, 1),
        rec(ParticipantAdded(Participant("p-7", "Ms. A", "NGO A")), 1, 2),
        rec(ParticipantEdited(Participant("p-7", "Ms. A", "NGO B", Category.NGO)), 2, 3),
    ]
    q = queue_of(fold(seed_like(), records[1:]))
    assert q.participant("p-7") == Participant("p-7", "Ms. A", "NGO B", Category.NGO)
    assert q.participants.next_id() == "p-8"
    # An import of no one changes nothing (the commands refuse it; a journal might hold it).
    assert queue_of(fold(seed_like(), records[:1])).participants.by_id == {}


# ----------------------------------------------------------------------------- the board
def test_the_board_shows_the_speaker_their_clock_and_the_next_three() -> None:
    desk = meeting()
    board = build_board(desk.state, desk.clock.now())
    assert board.speaker_name == "" and board.speaker_phase is None and board.next_speakers == ()
    line_up(desk, [3, 1, 2, 4, 5])
    desk.do(qc.call_next)
    desk.advance(seconds=155)
    board = build_board(desk.state, desk.clock.now())
    assert (board.speaker_name, board.speaker_organization) == ("Speaker 3", "Org 3")
    assert (category(board.speaker_category), attendance(board.speaker_attendance)) == (
        "Private sector",
        "online",
    )
    assert board.speaker_entry_id == "s-1"
    assert (board.speaker_clock, board.speaker_phase) == ("0:25", Phase.WARNING)
    assert speaker_words(board) == "Warning — 0:25 left" and not board.speaker_held
    assert board.next_speakers == ("Speaker 1 (Org 1)", "Speaker 2 (Org 2)", "Speaker 4 (Org 4)")
    assert board.waiting_count == 4 and not board.list_closed
    desk.do(qc.pause_speaker)
    desk.advance(seconds=30)
    board = build_board(desk.state, desk.clock.now())
    assert board.speaker_held and speaker_words(board) == "Held — 0:25 left"
    desk.do(qc.resume_speaker)
    desk.advance(seconds=40)
    board = build_board(desk.state, desk.clock.now())
    assert (board.speaker_clock, board.speaker_phase) == ("+0:15", Phase.OVERTIME)
    assert speaker_words(board) == "Overtime +0:15"
    # The segment's part of the board is as before.
    assert board.segment_title == "Standing item 1: Universalization" and board.running
    desk.do(qc.finish_speaker)
    board = build_board(desk.state, desk.clock.now())
    assert board.speaker_name == "" and board.speaker_clock == "" and board.waiting_count == 4


def test_between_segments_the_board_shows_the_next_segments_list() -> None:
    desk = meeting(segment=None)
    desk.do(qc.queue_speaker, "p-1")  # goes to the next segment's list
    board = build_board(desk.state, desk.clock.now())
    assert board.next_speakers == ("Speaker 1 (Org 1)",)
    assert queue(desk).list_of("seg-1").waiting == ("s-1",)


def test_incremental_and_full_folds_agree() -> None:
    desk = meeting()
    ids = line_up(desk, range(1, 8))
    script: list[tuple[Any, tuple[Any, ...], float]] = [
        (qc.call_next, (), 0),
        (qc.pause_speaker, (), 30),
        (qc.resume_speaker, (), 20),
        (qc.call_next, (), 100),
        (cmd.undo, (), 2),
        (qc.skip_speaker, (), 1),
        (qc.call_next, (), 1),
        (qc.withdraw_speaker, (ids[5],), 5),
        (cmd.next_segment, (), 60),
        (qc.queue_speaker, ("p-9",), 1),
        (cmd.undo, (), 1),
        (cmd.undo, (), 1),
        (cmd.redo, (), 1),
    ]
    for command, args, seconds in script:
        desk.advance(seconds=seconds)
        desk.do(command, *args)
        assert desk.refold() == desk.state
        check_invariants(desk.state)


def test_a_paused_segment_stops_the_speakers_clock_and_its_resumption_restarts_it() -> None:
    desk = meeting()
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.advance(seconds=40)
    desk.do(cmd.pause)
    desk.advance(seconds=300)  # the interpretation booth lost its feed
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and not timing.running and not timing.held
    assert timing.elapsed == dt.timedelta(seconds=40)
    assert entry_of(desk, "Speaker 1").status is SpeakerStatus.SPEAKING
    desk.do(cmd.resume)
    desk.advance(seconds=20)
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert timing is not None and timing.running and timing.elapsed == dt.timedelta(seconds=60)


def test_a_speaker_withdrawn_on_the_floor_was_heard_one_withdrawn_waiting_was_not() -> None:
    desk = meeting()
    first, second = line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.advance(seconds=75)
    desk.do(qc.withdraw_speaker, first)  # the connection is lost for good
    desk.do(qc.withdraw_speaker, second)
    q = queue(desk)
    assert [s.entry_id for s in q.list_of("seg-9").heard()] == [first]
    assert q.heard_participants() == {"p-1"}
    assert entry_of(desk, "Speaker 1").elapsed(desk.clock.now()) == dt.timedelta(seconds=75)
