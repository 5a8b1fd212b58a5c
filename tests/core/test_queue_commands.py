"""The queue's commands: a whole tour-de-table, every refusal (journal unchanged), random command
sequences, and the session methods the UI calls by name."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.timing import Phase
from facilitator.core.agenda.values import Run
from facilitator.core.board import build_board
from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError, NoSuchSegmentError, NothingRunningError
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue import commands as qc
from facilitator.core.queue.figures import HeardGroup, queue_figures
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.timing import speaker_timing
from facilitator.core.queue.values import SpeakerStatus
from facilitator.ui.words import figures_line, speaker_words
from tests.core.test_commands import refused
from tests.core.test_fold import TEN_AM, Desk
from tests.core.test_queue import (
    check_invariants,
    entry_of,
    line_up,
    meeting,
    people,
    queue,
    waiting,
)


def t(seconds: float) -> dt.datetime:
    return TEN_AM + dt.timedelta(seconds=seconds)


def board(desk: Desk) -> tuple[str, str, Phase | None]:
    b = build_board(desk.state, desk.clock.now())
    return b.speaker_name, b.speaker_clock, b.speaker_phase


# ----------------------------------------------------------------------------- the tour-de-table
def test_a_tour_de_table_of_thirty_speakers_over_three_standing_items() -> None:
    """Standing items 1, 2 and 3 of the seed-like day: calls, overruns, holds, skips, deferrals,
    withdrawals, a restore, an undone call, a closed list; then the figures, exactly."""
    desk = meeting(30)  # Speaker n is p-n: online when n % 3 == 0
    assert desk.clock.now() == t(0) and desk.agenda.current == "seg-9"

    # ---------------------------------------------------------------- standing item 1 (35 min)
    ids = line_up(desk, range(1, 11))
    desk.do(qc.edit_speaker, ids[0], ("seg-9", "seg-10"), "also on technical assistance")
    assert entry_of(desk, "Speaker 1").addresses == ("seg-9", "seg-10")
    desk.do(qc.call_next)  # Speaker 1 at 0
    desk.advance(seconds=155)
    assert board(desk) == ("Speaker 1", "0:25", Phase.WARNING)
    desk.advance(seconds=65)
    assert board(desk) == ("Speaker 1", "+0:40", Phase.OVERTIME)
    desk.do(qc.call_next)  # Speaker 2 at 220; Speaker 1 spoke 220 s
    desk.advance(seconds=60)
    desk.do(qc.pause_speaker)  # interpretation
    desk.advance(seconds=30)
    b = build_board(desk.state, desk.clock.now())
    assert b.speaker_held and speaker_words(b) == "Held — 2:00 left"
    assert b.clock == "29:50"  # the segment's clock went on: 310 s of 35 min used
    desk.do(qc.resume_speaker)
    desk.advance(seconds=100)
    desk.do(qc.finish_speaker)  # Speaker 2: 160 s
    desk.do(qc.skip_speaker)  # Speaker 3 is not in the room yet
    assert waiting(desk)[:3] == ["Speaker 4", "Speaker 3", "Speaker 5"]
    desk.do(qc.call_next)  # Speaker 4 at 410
    desk.advance(seconds=180)
    assert board(desk) == ("Speaker 4", "0:00", Phase.DANGER)
    desk.do(qc.finish_speaker)  # 180 s
    desk.do(qc.call_next)  # Speaker 3 at 590
    desk.advance(seconds=200)
    desk.do(qc.call_next)  # Speaker 5 at 790; Speaker 3 spoke 200 s
    desk.do(qc.defer_speaker, ids[5])  # Speaker 6 would rather speak last
    desk.do(qc.withdraw_speaker, ids[7])  # Speaker 8 left
    assert waiting(desk) == ["Speaker 7", "Speaker 9", "Speaker 10", "Speaker 6"]
    error = refused(desk, qc.call_speaker, ids[7])
    assert isinstance(error, qc.WithdrawnSpeakerError)
    assert str(error) == "Speaker 8 has withdrawn from the list: put them back on it first."
    desk.advance(seconds=170)
    desk.do(qc.call_next)  # Speaker 7 at 960; Speaker 5 spoke 170 s
    before = queue(desk)
    desk.advance(seconds=30)
    desk.do(qc.call_next)  # a mistaken click: Speaker 9
    desk.advance(seconds=4)
    desk.do(cmd.undo)
    assert queue(desk) == before
    assert queue(desk).floor_speaker().runs == (Run(t(960)),)  # type: ignore[union-attr]
    desk.advance(seconds=150)
    assert board(desk) == ("Speaker 7", "+0:04", Phase.OVERTIME)
    desk.do(qc.close_list)
    error = refused(desk, qc.queue_speaker, "p-11")
    assert isinstance(error, qc.ListClosedError)
    assert str(error) == (
        "The list of speakers of ‘Standing item 1’ is closed: reopen it to add a speaker."
    )
    desk.do(qc.call_next)  # closed, yet those on it are heard: Speaker 9 at 1144
    desk.advance(seconds=190)
    desk.do(cmd.next_segment)  # at 1334: Speaker 9's turn ends with the segment
    assert queue(desk).floor is None
    assert entry_of(desk, "Speaker 9").used == dt.timedelta(seconds=190)
    assert waiting(desk) == ["Speaker 10", "Speaker 6"]  # still on the closed list
    assert [s.entry_id for s in queue(desk).list_of("seg-9").heard()] == [
        ids[0],
        ids[1],
        ids[3],
        ids[2],
        ids[4],
        ids[6],
        ids[8],
    ]

    # ---------------------------------------------------------------- standing item 2 (35 min)
    assert desk.agenda.current == "seg-10" and desk.clock.now() == t(1334)
    line_up(desk, [1, 11, 2, 12, 13, 3, 14])
    desk.do(qc.prefer_unheard)
    two = "seg-10"
    assert waiting(desk, two) == [f"Speaker {n}" for n in (11, 12, 13, 14, 1, 2, 3)]
    desk.do(qc.alternate_room_online)  # Speaker 9 (online) spoke last: the room starts
    assert waiting(desk, two) == [f"Speaker {n}" for n in (11, 12, 13, 3, 14, 1, 2)]
    desk.do(qc.set_speaking_limit, 120)
    figures = queue_figures(desk.state, desk.clock.now())
    assert figures_line(figures) == (
        "7 waiting · 15 min at 2:00 (+0:11 average overrun) · 35 min left · all fit"
    )
    desk.do(qc.call_next)  # Speaker 11 at 1334
    desk.advance(seconds=130)
    desk.do(qc.call_next)  # Speaker 12 (online) at 1464
    desk.advance(seconds=20)
    desk.do(qc.pause_speaker)  # the connection drops
    desk.advance(seconds=60)
    twelve = entry_of(desk, "Speaker 12", two).entry_id
    desk.do(qc.withdraw_speaker, twelve)  # from the floor
    assert isinstance(refused(desk, qc.pause_speaker), qc.NoFloorError)
    desk.do(qc.restore_speaker, twelve, 0)  # back online: first in line
    desk.do(qc.call_next)  # Speaker 12 again at 1544, 20 s used
    assert board(desk) == ("Speaker 12", "1:40", Phase.NORMAL)
    desk.advance(seconds=100)
    desk.do(qc.finish_speaker)  # 120 s in all
    desk.do(qc.call_next)  # Speaker 13 at 1644
    desk.advance(seconds=120)
    desk.do(qc.finish_speaker)
    desk.do(qc.skip_speaker)  # Speaker 3 is not ready
    desk.do(qc.call_next)  # Speaker 14 at 1764
    desk.advance(seconds=125)
    desk.do(qc.call_next)  # Speaker 3 at 1889
    desk.advance(seconds=110)
    desk.do(qc.finish_speaker)
    desk.do(qc.call_next)  # Speaker 1 at 1999
    desk.advance(seconds=140)
    desk.do(qc.call_next)  # Speaker 2 at 2139
    desk.advance(seconds=60)
    desk.do(qc.finish_speaker)  # at 2199
    error = refused(desk, qc.call_next)
    assert isinstance(error, qc.EmptyListError) and str(error) == "The list of speakers is empty."

    # ---------------------------------------------------------------- standing item 3 (30 min)
    desk.do(cmd.next_segment)
    three = "seg-11"
    guest = desk.do(qc.add_guest, "Ms. Guest", "Guests Inc.")
    assert guest.payload["participant"]["id"] == "p-31"
    line_up(desk, [31, 15, 16])
    desk.do(qc.call_next)  # the guest at 2199
    desk.do(qc.extend_speaker, 60)
    desk.advance(seconds=230)
    assert board(desk) == ("Ms. Guest", "0:10", Phase.DANGER)
    desk.advance(seconds=20)
    assert board(desk) == ("Ms. Guest", "+0:10", Phase.OVERTIME)
    desk.do(qc.finish_speaker)  # 250 s
    desk.do(qc.defer_speaker)  # Speaker 15 goes last
    assert waiting(desk, three) == ["Speaker 16", "Speaker 15"]
    desk.do(qc.call_next)  # Speaker 16 at 2449
    desk.advance(seconds=90)
    desk.do(qc.finish_speaker)
    desk.do(qc.call_next)  # Speaker 15 at 2539
    desk.advance(seconds=100)  # still speaking at 2639

    # ---------------------------------------------------------------- the figures
    assert desk.clock.now() == t(2639)
    f = queue_figures(desk.state, desk.clock.now())
    assert f.segment_id == three and f.waiting == 0 and f.limit_seconds == 180
    # 16 finished turns; overruns 40+20+4+10 (item 1), 10+5+20 (item 2, limit 2:00), 70
    assert f.finished == 16 and f.average_overrun_seconds == 11  # 179 / 16 = 11.19
    assert f.floor_remaining_seconds == 80 and f.to_hear_seconds == 80
    assert f.time_left_seconds == 1800 - 440 and f.fits is True
    assert figures_line(f) == "No one waiting · 23 min left"
    assert (f.heard_speakers, f.heard_turns, f.heard_seconds) == (14, 17, 2549)
    assert f.by_category == (
        HeardGroup("ngo", "NGO", 7, 8, 1230),
        HeardGroup("academia", "Academia", 2, 3, 345),
        HeardGroup("private_sector", "Private sector", 4, 5, 724),
        HeardGroup("state_party", "State party", 0, 0, 0),
        HeardGroup("intergovernmental", "Intergovernmental organization", 0, 0, 0),
        HeardGroup("un_entity", "UN entity", 0, 0, 0),
        HeardGroup("other", "Other", 1, 1, 250),
    )
    assert f.by_attendance == (
        HeardGroup("room", "Room", 10, 12, 1829),
        HeardGroup("online", "Online", 4, 5, 720),
    )
    assert f.by_gender == (
        HeardGroup("woman", "Woman", 4, 5, 720),
        HeardGroup("man", "Man", 5, 6, 934),
    )
    assert f.gender_undeclared == 5
    assert f.by_youth == (
        HeardGroup("youth", "Youth", 2, 2, 270),
        HeardGroup("not_youth", "Not youth", 3, 4, 580),
    )
    assert f.youth_undeclared == 9
    check_invariants(desk.state)
    assert desk.refold() == desk.state


# ----------------------------------------------------------------------------- refusals
def scene() -> Desk:
    """Standing item 1 running; Speaker 1 has spoken (s-1), Speaker 2 has the floor (s-2),
    Speaker 3 withdrew (s-3), Speakers 4 and 5 wait (s-4, s-5); Speaker 6 waits on standing
    item 2's list (s-6)."""
    desk = meeting(30)
    line_up(desk, range(1, 6))
    desk.do(qc.queue_speaker, "p-6", "seg-10")
    desk.do(qc.call_next)
    desk.advance(seconds=60)
    desk.do(qc.call_next)
    desk.do(qc.withdraw_speaker, "s-3")
    q = queue(desk)
    assert q.floor == ("seg-9", "s-2") and q.list_of("seg-9").waiting == ("s-4", "s-5")
    return desk


REFUSALS: list[tuple[Any, tuple[Any, ...], type[CommandError], str]] = [
    (qc.call_next, ("seg-10",), qc.NotCurrentSegmentError, "‘Standing item 2’ is not the current"),
    (qc.call_next, ("nope",), NoSuchSegmentError, "There is no segment ‘nope’ in the programme."),
    (qc.call_speaker, ("s-99",), qc.NoSuchSpeakerError, "on no list of speakers"),
    (qc.call_speaker, ("s-3",), qc.WithdrawnSpeakerError, "Speaker 3 has withdrawn from the"),
    (qc.call_speaker, ("s-2",), qc.SpeakerStatusError, "Speaker 2 already has the floor."),
    (qc.call_speaker, ("s-1",), qc.SpeakerStatusError, "Speaker 1 has already spoken: put"),
    (qc.call_speaker, ("s-6",), qc.NotCurrentSegmentError, "start it before giving the floor"),
    (qc.resume_speaker, (), qc.SpeakerStatusError, "Speaker 2’s clock is not held."),
    (qc.extend_speaker, (0,), qc.LimitError, "other than zero"),
    (qc.extend_speaker, (True,), qc.LimitError, "other than zero"),
    (qc.extend_speaker, (3601,), qc.LimitError, "at most an hour"),
    (qc.extend_speaker, (-181,), qc.LimitError, "Speaker 2 has 3:00: that cannot be shortened"),
    (qc.skip_speaker, ("s-5",), qc.OrderError, "Speaker 5 is already last."),
    (qc.skip_speaker, ("s-3",), qc.WithdrawnSpeakerError, "put them back on it first"),
    (qc.skip_speaker, ("s-1",), qc.SpeakerStatusError, "only those waiting can be skipped"),
    (qc.defer_speaker, ("s-5",), qc.OrderError, "Speaker 5 is already last."),
    (qc.defer_speaker, ("s-3",), qc.WithdrawnSpeakerError, "Speaker 3 has withdrawn"),
    (qc.withdraw_speaker, ("s-3",), qc.WithdrawnSpeakerError, "Speaker 3 has already withdrawn."),
    (qc.withdraw_speaker, ("s-1",), qc.SpeakerStatusError, "nothing to withdraw"),
    (qc.withdraw_speaker, ("s-99",), qc.NoSuchSpeakerError, "on no list"),
    (qc.restore_speaker, ("s-4",), qc.SpeakerStatusError, "Speaker 4 is already waiting."),
    (qc.restore_speaker, ("s-2",), qc.SpeakerStatusError, "Speaker 2 has the floor."),
    (qc.restore_speaker, ("s-3", 3), qc.OrderError, "Choose a place between 1 and 3."),
    (qc.restore_speaker, ("s-3", -1), qc.OrderError, "Choose a place between 1 and 3."),
    (qc.move_speaker, ("s-4", 0), qc.OrderError, "Speaker 4 is already first."),
    (qc.move_speaker, ("s-5", 1), qc.OrderError, "Speaker 5 is already in that place."),
    (qc.move_speaker, ("s-4", 2), qc.OrderError, "Choose a place between 1 and 2."),
    (qc.move_speaker, ("s-4", True), qc.OrderError, "whole number"),
    (qc.move_speaker, ("s-3", 0), qc.WithdrawnSpeakerError, "Speaker 3 has withdrawn"),
    (qc.move_speaker, ("s-2", 0), qc.SpeakerStatusError, "has the floor: only those waiting"),
    (qc.move_speaker_to_top, ("s-4",), qc.OrderError, "Speaker 4 is already first."),
    (qc.move_speaker_up, ("s-4",), qc.OrderError, "Speaker 4 is already first."),
    (qc.move_speaker_down, ("s-5",), qc.OrderError, "Speaker 5 is already last."),
    (qc.move_speaker_up, ("s-1",), qc.SpeakerStatusError, "Speaker 1 has already spoken"),
    (qc.prefer_unheard, (), qc.OrderError, "Those not yet heard today are already first."),
    (qc.alternate_room_online, (), qc.OrderError, "already alternates"),
    (qc.prefer_unheard, ("seg-10",), qc.OrderError, "Fewer than two are waiting"),
    (qc.reopen_list, (), qc.ListClosedError, "The list of speakers of ‘Standing item 1’ is open."),
    (qc.set_speaking_limit, (10,), qc.LimitError, "between 0:15 and 1:00:00"),
    (qc.set_speaking_limit, (3601,), qc.LimitError, "between 0:15 and 1:00:00"),
    (qc.set_speaking_limit, ("180",), qc.LimitError, "whole number of seconds"),
    (qc.set_speaking_limit, (180,), qc.LimitError, "The speaking limit is already 3:00."),
    (qc.queue_speaker, ("p-404",), qc.NoSuchParticipantError, "not registered"),
    (qc.queue_speaker, ("p-4",), qc.AlreadyWaitingError, "Speaker 4 is already waiting on this"),
    (qc.queue_speaker, ("p-7", None, None, ("nope",)), NoSuchSegmentError, "no segment ‘nope’"),
    (qc.queue_speaker, ("p-7", None, 3), qc.OrderError, "Choose a place between 1 and 3."),
    (qc.queue_speaker, ("p-7", "nope"), NoSuchSegmentError, "no segment ‘nope’"),
    (qc.queue_speaker, ("p-7", None, None, (), "x" * 1001), qc.QueueError, "longer than 1000"),
    (qc.edit_speaker, ("s-4",), qc.QueueError, "Nothing has changed."),
    (qc.edit_speaker, ("s-3", (), "a note"), qc.WithdrawnSpeakerError, "Speaker 3 has withdrawn"),
    (qc.add_guest, ("  ", "Org"), qc.ParticipantError, "Give the guest’s name."),
    (qc.add_guest, ("Ms. G", ""), qc.ParticipantError, "Give the guest’s organization."),
    (qc.add_guest, ("Ms. G", "Org", "ngo", "moon"), qc.ParticipantError, "room or online"),
    (qc.add_participant, (Participant("p-1", "Dup"),), qc.ParticipantError, "Speaker 1’s"),
    (qc.add_participant, (Participant("", "\n"),), qc.ParticipantError, "the name is empty"),
    (qc.edit_participant, (Participant("p-404", "X"),), qc.NoSuchParticipantError, "not regis"),
    (qc.edit_participant, (Participant("p-1", " "),), qc.ParticipantError, "the name is empty"),
    (qc.import_participants, ([],), qc.ParticipantError, "The registration list has no parti"),
    (
        qc.import_participants,
        ([Participant("x-1", "A"), Participant("x-1", "B")],),
        qc.ParticipantError,
        "The id ‘x-1’ is given to both A and B: each participant needs an id of their own.",
    ),
    (qc.import_participants, ([Participant("p-2", "A")],), qc.ParticipantError, "Speaker 2’s"),
    (
        qc.import_participants,
        ([Participant("", "A"), Participant("", "")],),
        qc.ParticipantError,
        "Participant 2 cannot be taken: the name is empty.",
    ),
    (qc.import_participants, (["Ms. A"],), qc.ParticipantError, "Row 1 of the list is not a"),
]


@pytest.mark.parametrize(
    ("command", "args", "error", "message"),
    REFUSALS,
    ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(REFUSALS)],
)
def test_a_refused_command_says_why_and_leaves_the_journal_unchanged(
    command: Any, args: tuple[Any, ...], error: type[CommandError], message: str
) -> None:
    desk = scene()
    caught = refused(desk, command, *args)
    assert isinstance(caught, error)
    assert message in str(caught)


def test_refusals_with_no_segment_running_or_no_one_on_the_floor() -> None:
    desk = meeting(5, segment=None)
    line_up(desk, [1])  # the next segment's list
    caught = refused(desk, qc.call_next)
    assert isinstance(caught, NothingRunningError)
    assert str(caught) == "No segment is running: start one before giving the floor."
    assert isinstance(refused(desk, qc.call_speaker, "s-1"), NothingRunningError)
    for command in (
        qc.pause_speaker,
        qc.resume_speaker,
        qc.toggle_speaker_hold,
        qc.finish_speaker,
    ):
        assert str(refused(desk, command)) == "No one has the floor."
    assert str(refused(desk, qc.extend_speaker, 30)) == "No one has the floor."
    desk.do(cmd.start)
    desk.do(qc.call_next)
    desk.do(qc.pause_speaker)
    assert str(refused(desk, qc.pause_speaker)) == "Speaker 1’s clock is already held."
    desk.do(qc.finish_speaker)
    assert str(refused(desk, qc.call_next)) == "The list of speakers is empty."
    desk.do(qc.close_list)
    assert str(refused(desk, qc.call_next)) == "The list of speakers is empty, and it is closed."
    assert "already closed" in str(refused(desk, qc.close_list))
    assert str(refused(desk, qc.skip_speaker)) == "No one is waiting: there is no one to skip."
    assert str(refused(desk, qc.defer_speaker)) == "No one is waiting: there is no one to defer."
    line_up(desk, [2], "seg-2")
    assert "the only one waiting" in str(refused(desk, qc.skip_speaker, "s-2"))
    # After the last segment, a list-wide command needs a segment named.
    end = meeting(2, segment="seg-12")
    end.do(cmd.finish)
    assert "choose the segment" in str(refused(end, qc.close_list))
    end.do(qc.close_list, "seg-12")


def test_a_participant_can_be_queued_again_once_heard_or_on_another_list() -> None:
    desk = meeting(5)
    line_up(desk, [1])
    line_up(desk, [1], "seg-10")  # another list: allowed
    desk.do(qc.call_next)
    line_up(desk, [1])  # on the floor, not waiting: a follow-up is allowed
    assert waiting(desk) == ["Speaker 1"]
    assert isinstance(refused(desk, qc.restore_speaker, "s-1"), qc.SpeakerStatusError)
    desk.do(qc.finish_speaker)
    caught = refused(desk, qc.restore_speaker, "s-1")  # the follow-up already waits
    assert isinstance(caught, qc.AlreadyWaitingError)


def test_the_reorders_are_journaled_as_the_resulting_order() -> None:
    desk = meeting(12)
    line_up(desk, [3, 4])
    desk.do(qc.call_next)  # Speaker 3 (online)
    desk.do(qc.call_next)  # Speaker 4 (room): spoke last
    line_up(desk, [6, 9, 1, 4, 2, 12, 3, 5])
    record = desk.do(qc.prefer_unheard)
    assert waiting(desk) == [f"Speaker {n}" for n in (6, 9, 1, 2, 12, 5, 4, 3)]
    assert record.payload == {
        "segment_id": "seg-9",
        "order": ["s-3", "s-4", "s-5", "s-7", "s-8", "s-10", "s-6", "s-9"],
        "reason": "unheard_first",
    }
    desk.do(qc.alternate_room_online)  # Speaker 4 (room) had the floor: online first
    assert waiting(desk) == [f"Speaker {n}" for n in (6, 1, 9, 2, 12, 5, 3, 4)]
    assert "already alternates" in str(refused(desk, qc.alternate_room_online))


def test_alternation_starts_with_the_first_waiting_when_nobody_has_spoken() -> None:
    desk = meeting(12)
    line_up(desk, [1, 2, 4, 3, 6])
    desk.do(qc.alternate_room_online)
    assert waiting(desk) == [f"Speaker {n}" for n in (1, 3, 2, 6, 4)]


def test_queueing_with_a_position_addresses_and_a_note() -> None:
    desk = meeting(5)
    line_up(desk, [1, 2])
    record = desk.do(
        qc.queue_speaker, "p-3", None, 0, ["seg-11", "seg-9", "seg-11"], "  on youth  "
    )
    assert record.payload == {
        "segment_id": "seg-9",
        "entry_id": "s-3",
        "participant_id": "p-3",
        "position": 0,
        "addresses": ["seg-11", "seg-9"],
        "note": "on youth",
    }
    desk.do(qc.queue_speaker, "p-4", None, 3)  # the end: journaled as None
    assert waiting(desk) == ["Speaker 3", "Speaker 1", "Speaker 2", "Speaker 4"]
    desk.do(qc.move_speaker_down, "s-3")
    desk.do(qc.move_speaker_up, "s-2")
    assert waiting(desk) == ["Speaker 1", "Speaker 2", "Speaker 3", "Speaker 4"]
    desk.do(qc.edit_speaker, "s-3", None, "")
    assert entry_of(desk, "Speaker 3").note == "" and entry_of(desk, "Speaker 3").addresses == (
        "seg-11",
        "seg-9",
    )


def test_the_hold_key_toggles() -> None:
    desk = meeting(3)
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.do(qc.toggle_speaker_hold)
    assert queue(desk).floor_speaker().held  # type: ignore[union-attr]
    desk.do(qc.toggle_speaker_hold)
    assert queue(desk).floor_speaker().status is SpeakerStatus.SPEAKING  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- random sequences
STANDING = ("seg-9", "seg-10", "seg-11")
#: Each action with its weight (how often a random sequence draws it).
WEIGHTS = {
    "queue": 8,
    "queue_elsewhere": 2,
    "call_next": 6,
    "call": 2,
    "pause": 2,
    "resume": 2,
    "toggle": 1,
    "extend": 1,
    "finish": 2,
    "skip": 2,
    "skip_first": 2,
    "defer": 2,
    "withdraw": 2,
    "restore": 2,
    "move": 3,
    "top": 2,
    "up": 2,
    "down": 2,
    "unheard": 3,
    "alternate": 3,
    "close": 1,
    "reopen": 2,
    "limit": 1,
    "guest": 1,
    "next": 1,
    "jump": 1,
    "finish_segment": 1,
    "undo": 3,
    "redo": 2,
}
ACTIONS = tuple(action for action, weight in WEIGHTS.items() for _ in range(weight))


def _act(desk: Desk, action: str, n: int) -> None:
    q = queue(desk)
    entries = sorted((e for lst in q.lists.values() for e in lst.entries), key=lambda e: int(e[2:]))
    entry = entries[n % len(entries)] if entries else "s-1"
    pid = f"p-{n % 12 + 1}"
    segment = STANDING[n % 3]
    room = len(q.list_of(desk.agenda.current or desk.agenda.next_id() or "").waiting)
    commands: dict[str, tuple[Any, tuple[Any, ...]]] = {
        "queue": (qc.queue_speaker, (pid, None, None if n % 3 else min(n % 4, room))),
        "queue_elsewhere": (qc.queue_speaker, (pid, segment)),
        "call_next": (qc.call_next, ()),
        "call": (qc.call_speaker, (entry,)),
        "pause": (qc.pause_speaker, ()),
        "resume": (qc.resume_speaker, ()),
        "toggle": (qc.toggle_speaker_hold, ()),
        "extend": (qc.extend_speaker, (n * 10 - 100,)),
        "finish": (qc.finish_speaker, ()),
        "skip": (qc.skip_speaker, (entry,)),
        "skip_first": (qc.skip_speaker, ()),
        "defer": (qc.defer_speaker, (entry,)),
        "withdraw": (qc.withdraw_speaker, (entry,)),
        "restore": (qc.restore_speaker, (entry, n % 3 or None)),
        "move": (qc.move_speaker, (entry, n % 5)),
        "top": (qc.move_speaker_to_top, (entry,)),
        "up": (qc.move_speaker_up, (entry,)),
        "down": (qc.move_speaker_down, (entry,)),
        "unheard": (qc.prefer_unheard, ()),
        "alternate": (qc.alternate_room_online, ()),
        "close": (qc.close_list, (segment,)),
        "reopen": (qc.reopen_list, (segment,)),
        "limit": (qc.set_speaking_limit, (15 * (n % 12 + 1),)),
        "guest": (qc.add_guest, (f"Guest {n}", "Guests")),
        "next": (cmd.next_segment, ()),
        "jump": (cmd.jump, (segment,)),
        "finish_segment": (cmd.finish, ()),
        "undo": (cmd.undo, ()),
        "redo": (cmd.redo, ()),
    }
    command, args = commands[action]
    journal, state = list(desk.journal), desk.state
    try:
        desk.do(command, *args)
    except CommandError:
        assert desk.journal == journal and desk.state is state


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.integers(0, 30), st.integers(0, 240)),
        max_size=60,
    )
)
def test_random_command_sequences_keep_the_queue_consistent(
    steps: list[tuple[str, int, int]],
) -> None:
    """Whatever the Co-Chairs click: one floor at most (never one speaker twice), each waiting
    order a permutation of the waiting entries, and the incremental state equal to the fold."""
    desk = meeting(12)
    for action, n, seconds in steps:
        desk.advance(seconds=seconds)
        _act(desk, action, n)
        check_invariants(desk.state)
        for lst in queue(desk).lists.values():
            for speaker in lst.entries.values():
                runs = speaker.runs
                assert all(a.end is not None and a.end <= b.start for a, b in pairwise(runs))
    assert desk.refold() == desk.state
    timing = speaker_timing(queue(desk), desk.clock.now())
    assert (timing is None) == (queue(desk).floor is None)


# ----------------------------------------------------------------------------- the session
def waiting_names(state: Any, segment_id: str = "seg-9") -> list[str]:
    q = queue_of(state)
    lst = q.list_of(segment_id)
    return [q.name(lst.entries[e].participant_id) for e in lst.waiting]


def test_the_session_runs_the_queue_by_name_and_a_restart_finds_it(tmp_path: Path) -> None:
    from facilitator.session import MeetingSession
    from facilitator.store import open_database
    from tests.core.test_fold import seed_like

    url = f"sqlite:///{tmp_path / 'meetings.sqlite3'}"
    clock = FakeClock(TEN_AM)
    with open_database(url) as db:
        meeting_id = db.create_meeting(seed_like())
        session = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair A")
        session.import_participants(people(6), "registration.xlsx")
        session.start_sitting()
        session.jump("seg-9")
        for n in (1, 2, 3):
            session.queue_speaker(f"p-{n}")
        session.queue_speaker("p-4", None, 0, ["seg-10"], "first")
        session.call_next()
        clock.advance(200)
        session.extend_speaker(30)
        session.toggle_speaker_hold()
        session.resume_speaker()
        session.pause_speaker()
        session.toggle_speaker_hold()
        session.finish_speaker()
        session.move_speaker("s-3", 0)
        session.move_speaker_to_top("s-2")
        session.move_speaker_down("s-2")
        session.move_speaker_up("s-2")
        session.skip_speaker()
        session.defer_speaker("s-2")
        session.withdraw_speaker("s-3")
        session.restore_speaker("s-3", 0)
        session.call_speaker("s-1")
        session.queue_speaker("p-4", None, 0)  # heard already: 4, 3, 2
        session.alternate_room_online()  # Speaker 1 (room) has the floor: 3, 4, 2
        session.prefer_unheard()  # 3, 2, 4
        assert waiting_names(session.state) == ["Speaker 3", "Speaker 2", "Speaker 4"]
        session.set_speaking_limit(150)
        session.close_list()
        with pytest.raises(qc.ListClosedError):
            session.queue_guest("Ms. G", "Guests")
        assert len(queue_of(session.state).participants) == 6  # no guest half-added
        session.reopen_list()
        session.queue_guest("Ms. G", "Guests", None, Attendance.ONLINE)
        session.add_guest("Mr. H", "Guests", Category.NGO)
        session.edit_participant(Participant("p-1", "Dr. One", "Org 1", Category.ACADEMIA))
        session.add_participant(Participant("", "Ms. Late", "Late NGO", Category.NGO))
        session.edit_speaker("s-2", ["seg-11"], "")
        session.call_next()
        clock.advance(40)
        session.undo()
        state = session.state
        assert queue_of(state).participant("p-7") is not None  # the guest
        assert queue_of(state).participant("p-7").online  # type: ignore[union-attr]
        assert queue_of(state).participant("p-9") == Participant(
            "p-9", "Ms. Late", "Late NGO", Category.NGO
        )
        # A restart folds the journal to the same queue.
        reopened = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair B")
        assert reopened.state == state
        check_invariants(state)
