"""A fair floor (issue 21) in the core: the list balanced by who has been heard, points of order
and rights of reply given the floor at once, time budgets per stakeholder group, and genders
normalised (older journals' free text included)."""

from __future__ import annotations

import datetime as dt

from facilitator.core.agenda import commands as cmd
from facilitator.core.fold.action import UndoAction
from facilitator.core.fold.engine import fold
from facilitator.core.participants.gender import Gender, gender_of, parse_gender
from facilitator.core.participants.values import Category, Participant
from facilitator.core.queue import commands as qc
from facilitator.core.queue import floor_commands as fc
from facilitator.core.queue.budgets import budget_lines, budgets_of
from facilitator.core.queue.figures import queue_figures
from facilitator.core.queue.floor_events import BalanceMeasure, SpeakersBalanced
from facilitator.core.queue.values import SpeakerStatus, TurnKind
from tests.core.test_commands import refused
from tests.core.test_fold import Desk
from tests.core.test_queue import check_invariants, entry_of, line_up, meeting, queue, waiting

# people(n): p-1 NGO, p-2 academia, p-3 private sector, p-4 NGO, p-5 NGO, p-6 academia…; every
# third one online; genders man, not stated, woman in turn (p-1 man, p-2 —, p-3 woman).


def test_balance_puts_the_group_least_heard_first_and_is_one_undoable_step() -> None:
    desk = meeting(12)
    # Heard so far: academia twice (p-2, p-6), NGO once (p-1).
    for n in (2, 6, 1):
        line_up(desk, [n])
        desk.do(qc.call_next)
        desk.advance(seconds=100)
    desk.do(qc.finish_speaker)
    line_up(desk, [10, 4, 3, 5])  # academia, NGO, private sector, NGO
    before = waiting(desk)
    record = desk.do(fc.balance_list, BalanceMeasure.TURNS)
    event = desk.state
    assert waiting(desk) == ["Speaker 3", "Speaker 4", "Speaker 5", "Speaker 10"]
    assert record.type == SpeakersBalanced.type_name
    assert record.payload["next_group"] == "private_sector"
    assert record.payload["next_heard"] == 0
    assert (record.payload["most_group"], record.payload["most_heard"]) == ("academia", 2)
    assert event.undo.undo_label == UndoAction(
        "balance", segment="Standing item 1", details=("turns",)
    )
    desk.do(cmd.undo)
    assert waiting(desk) == before
    check_invariants(desk.state)
    assert desk.refold() == desk.state


def test_balance_by_time_and_the_tie_breakers() -> None:
    desk = meeting(12)
    line_up(desk, [2])  # academia speaks long
    desk.do(qc.call_next)
    desk.advance(seconds=300)
    line_up(desk, [1])  # NGO speaks briefly, then p-4 NGO
    desk.do(qc.call_next)
    desk.advance(seconds=20)
    line_up(desk, [4])
    desk.do(qc.call_next)
    desk.advance(seconds=20)
    desk.do(qc.finish_speaker)
    line_up(desk, [6, 5])  # academia, NGO
    refused(desk, fc.balance_list, BalanceMeasure.TURNS)  # NGO 2 turns > academia 1: as is
    desk.do(fc.balance_list, BalanceMeasure.TIME)  # NGO 40 s < academia 300 s
    assert waiting(desk) == ["Speaker 5", "Speaker 6"]
    # Ties between groups never heard: the attendance least heard first (online), then gender.
    desk2 = meeting(12)
    line_up(desk2, [1])  # NGO, in the room
    desk2.do(qc.call_next)
    desk2.advance(seconds=60)
    desk2.do(qc.finish_speaker)
    line_up(desk2, [7, 3])  # private sector room, private sector online
    desk2.do(fc.balance_list)
    assert waiting(desk2) == ["Speaker 3", "Speaker 7"]


def test_balance_refusals() -> None:
    desk = meeting(6)
    line_up(desk, [1])
    error = refused(desk, fc.balance_list)
    assert str(error) == "Fewer than two are waiting: there is nothing to balance."
    line_up(desk, [2])
    error = refused(desk, fc.balance_list)
    assert str(error) == "The list is already balanced between the groups heard so far."


def test_a_point_of_order_interrupts_and_the_speaker_resumes_with_their_clock() -> None:
    desk = meeting(10)
    line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.advance(seconds=70)
    desk.do(fc.point_of_order, "p-5")
    q = queue(desk)
    floor = q.floor_speaker()
    assert floor is not None and floor.kind is TurnKind.POINT_OF_ORDER
    assert floor.limit_seconds == fc.POINT_OF_ORDER_SECONDS and floor.participant_id == "p-5"
    held = entry_of(desk, "Speaker 1")
    assert held.status is SpeakerStatus.PAUSED and held.used == dt.timedelta(seconds=70)
    check_invariants(desk.state)
    error = refused(desk, qc.call_next)
    assert str(error) == "A point of order has the floor. Finish it first: Speaker 1 then resumes."
    error = refused(desk, fc.right_of_reply, "p-6")
    assert str(error) == "A point of order already has the floor: finish it first."
    desk.advance(seconds=45)
    desk.do(qc.finish_speaker)
    back = queue(desk).floor_speaker()
    assert back is not None and back.entry_id == held.entry_id
    assert back.status is SpeakerStatus.SPEAKING
    assert back.elapsed(desk.clock.now()) == dt.timedelta(seconds=70)
    desk.advance(seconds=10)
    assert back.remaining(desk.clock.now(), 180) == dt.timedelta(seconds=100)
    poo = entry_of(desk, "Speaker 5")
    assert poo.status is SpeakerStatus.DONE and poo.used == dt.timedelta(seconds=45)
    assert waiting(desk) == ["Speaker 2"]
    check_invariants(desk.state)
    assert desk.refold() == desk.state


def test_a_right_of_reply_over_a_held_speaker_and_its_undo() -> None:
    desk = meeting(10)
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    desk.do(qc.pause_speaker)
    before = queue(desk)
    desk.do(fc.right_of_reply)  # not named
    floor = queue(desk).floor_speaker()
    assert floor is not None and floor.kind is TurnKind.RIGHT_OF_REPLY
    assert floor.limit_seconds == fc.RIGHT_OF_REPLY_SECONDS
    assert desk.state.undo.undo_label == UndoAction(
        "right_of_reply", segment="Standing item 1", amount=120
    )
    desk.advance(seconds=20)
    desk.do(cmd.undo)
    assert queue(desk) == before
    desk.do(fc.right_of_reply, "p-3")
    desk.advance(seconds=20)
    desk.do(qc.withdraw_speaker, queue(desk).floor.entry_id)  # type: ignore[union-attr]
    back = queue(desk).floor_speaker()
    assert back is not None and back.status is SpeakerStatus.PAUSED  # held as it was
    assert back.used == dt.timedelta(seconds=30)


def test_the_floor_moving_on_during_a_point_of_order_ends_both_turns() -> None:
    desk = meeting(10)
    line_up(desk, [1])
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    desk.do(fc.point_of_order)
    desk.advance(seconds=10)
    desk.do(cmd.next_segment)
    q = queue(desk)
    assert q.floor is None and q.interrupted is None
    assert entry_of(desk, "Speaker 1").status is SpeakerStatus.DONE
    check_invariants(desk.state)


def test_a_point_of_order_with_no_one_on_the_floor_and_refusals() -> None:
    desk = meeting(4, segment=None)
    error = refused(desk, fc.point_of_order)
    assert str(error) == "No segment is running: start one before giving the floor."
    desk.do(cmd.jump, "seg-9")
    error = refused(desk, fc.point_of_order, "p-99")
    assert str(error) == "That participant is not registered."
    desk.do(fc.point_of_order, "p-1")
    desk.advance(seconds=50)
    desk.do(qc.finish_speaker)
    assert queue(desk).floor is None


def test_budgets_per_group_used_left_and_the_limit_that_fits() -> None:
    desk = meeting(12)
    desk.do(fc.set_budget, Category.NGO, 600)
    desk.do(fc.set_budget, Category.ACADEMIA, 300)
    assert budgets_of(desk.state).of("seg-9") == {Category.NGO: 600, Category.ACADEMIA: 300}
    line_up(desk, [1, 2, 4, 5, 6])  # NGO, academia, NGO, NGO, academia
    desk.do(qc.call_next)
    desk.advance(seconds=200)  # NGO 200
    desk.do(qc.call_next)
    desk.advance(seconds=250)  # academia 250, on the floor
    desk.do(fc.point_of_order, "p-3")  # not counted in any budget
    desk.advance(seconds=40)
    desk.do(qc.finish_speaker)
    desk.advance(seconds=80)  # academia 330: over by 30
    lines = {line.group: line for line in budget_lines(desk.state, "seg-9", desk.clock.now())}
    ngo, academia = lines[Category.NGO], lines[Category.ACADEMIA]
    assert (ngo.used_seconds, ngo.left_seconds, ngo.waiting) == (200, 400, 2)
    assert ngo.fitting_limit_seconds == 195  # 200 each, to the 15 s below
    assert (academia.used_seconds, academia.left_seconds, academia.over) == (330, -30, True)
    assert academia.fitting_limit_seconds is None  # p-6 waits, nothing is left
    error = refused(desk, fc.set_budget, Category.NGO, 600)
    assert str(error) == "The budget of NGO is already 10:00."
    desk.do(fc.set_budget, Category.NGO, 0)
    assert Category.NGO not in budgets_of(desk.state).of("seg-9")
    desk.do(cmd.undo)
    assert budgets_of(desk.state).of("seg-9")[Category.NGO] == 600
    assert desk.refold() == desk.state


def test_genders_in_many_languages_and_older_free_text_count_as_one_group() -> None:
    for text in ("female", "F", "femme", "mujer", "Féminin", "أنثى", "女", "Женщина", "Mme"):
        assert parse_gender(text) is Gender.WOMAN, text
    for text in ("male", "M", "homme", "hombre", "ذكر", "男", "мужчина", "H"):
        assert parse_gender(text) is Gender.MAN, text
    assert parse_gender("non-binary") is Gender.OTHER
    assert parse_gender("Prefer not to say") is Gender.NOT_STATED
    assert parse_gender("") is Gender.NOT_STATED
    assert parse_gender("walrus") is None
    assert gender_of(Participant("p", "A", gender="walrus")) is Gender.NOT_STATED
    # A journal written with free text: four spellings of one gender fold as one group.
    desk = Desk()
    rows = [
        Participant("", f"P{i}", f"O{i}", Category.NGO, gender=g)
        for i, g in enumerate(("female", "F", "femme", "mujer", "male"))
    ]
    desk.do(qc.import_participants, rows, "old.csv")
    desk.do(cmd.start_sitting)
    desk.do(cmd.jump, "seg-9")
    for n in range(1, 6):
        line_up(desk, [n])
        desk.do(qc.call_next)
        desk.advance(seconds=10)
    desk.do(qc.finish_speaker)
    figures = queue_figures(desk.state, desk.clock.now(), "seg-9")
    assert [(g.key, g.label, g.speakers) for g in figures.by_gender] == [
        ("woman", "Woman", 4),
        ("man", "Man", 1),
    ]
    assert fold(desk.programme, desk.journal) == desk.state
