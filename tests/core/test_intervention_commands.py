"""The rapporteurs' commands: a Q&A of 10 questions and 3 answers, a tour-de-table of 20
interventions with two tags each, the prefill from the floor, every refusal (journal unchanged),
edits that journal only what changed, and the session methods the UI calls by name."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.clock import FakeClock
from facilitator.core.interventions import commands as ic
from facilitator.core.interventions.fields import InterventionKind, QuestionRef
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import (
    InterventionFilter,
    filter_interventions,
    questions_with_answers,
    unanswered_questions,
)
from facilitator.core.interventions.values import ChangeAction, QuestionStatus
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import SegmentKind
from facilitator.core.queue import commands as qc
from facilitator.ui.words import undo_text
from tests.core.test_commands import refused
from tests.core.test_fold import TEN_AM, Desk
from tests.core.test_interventions import (
    GUIDING,
    HOSTILE,
    PANEL_1,
    QA_1,
    STANDING,
    capture_desk,
    check_invariants,
    draft,
    get,
    ivs,
    log,
    megabyte_summary,
    programme,
)

A, B = "Rapporteur A", "Rapporteur B"


def t(seconds: float) -> dt.datetime:
    return TEN_AM + dt.timedelta(seconds=seconds)


def capture(desk: Desk, actor: str = A, **fields: Any) -> str:
    """Save the prefilled draft with ``fields`` changed, as Ctrl+Enter does; the new id."""
    base = ic.prefill(desk.state, desk.clock.now())
    record = desk.do(ic.log_intervention, replace(base, **fields), actor=actor)
    return str(record.payload["id"])


def unanswered(desk: Desk, segment_id: str = QA_1) -> list[str]:
    return [q.id for q in unanswered_questions(desk.state, segment_id)]


# ----------------------------------------------------------------------------- a Q&A
def test_a_qa_of_ten_questions_and_three_answers() -> None:
    """Panel 1's Q&A: ten participants ask, two panellists answer (one registered as a guest, one
    not registered at all), a second rapporteur links a third answer; the unanswered list shrinks
    with each link, grows back when a link is undone, and forgets a deleted question."""
    desk = capture_desk(30, PANEL_1)
    desk.advance(minutes=55)
    desk.do(cmd.next_segment)
    assert desk.agenda.current == QA_1 and desk.clock.now() == t(55 * 60 + 0)
    start = desk.clock.now()

    # ---- ten questions, each prefilled from the floor
    for n in range(1, 11):
        desk.do(qc.queue_speaker, f"p-{n}")
    questions = []
    for n in range(1, 11):
        desk.do(qc.call_next)
        desk.advance(seconds=90)
        pre = ic.prefill(desk.state, desk.clock.now())
        assert pre.participant_id == f"p-{n}" and pre.name == f"Speaker {n}"
        assert pre.organization == f"Org {n}" and pre.queue_entry == f"s-{n}"
        assert pre.tags == (QA_1,) and pre.kind is InterventionKind.QUESTION
        assert pre.start == desk.clock.now() - dt.timedelta(seconds=90)
        assert pre.end == desk.clock.now()
        questions.append(capture(desk, summary=f"Question {n}: how are survivors protected?"))
    assert questions == [f"i-{n}" for n in range(1, 11)]
    assert unanswered(desk) == questions
    assert unanswered(desk, PANEL_1) == questions  # the panel's family is the same

    # ---- the first answer: a panellist registered on the spot, recognised by name
    guest = desk.do(qc.add_guest, "Ana Maria LOPEZ", "Universidad de Chile", Category.ACADEMIA)
    lopez = guest.payload["participant"]["id"]
    desk.do(qc.queue_speaker, lopez)
    desk.do(qc.call_next)
    desk.advance(seconds=240)
    pre = ic.prefill(desk.state, desk.clock.now())
    assert pre.kind is InterventionKind.ANSWER  # "Dr. Ana María López" on the programme
    first = capture(desk, answers=tuple(questions[:3]), summary="Answers on survivors.")
    assert unanswered(desk) == questions[3:]

    # ---- the second: a panellist who is no participant, typed in by name
    desk.do(qc.finish_speaker)
    assert ic.guess_kind(desk.state.programme, QA_1, "Karim Haddad") is InterventionKind.ANSWER
    second = log(
        desk,
        name="Mr. Karim Haddad",
        organization="",
        tags=(QA_1,),
        kind=InterventionKind.ANSWER,
        answers=(questions[3],),
        summary="On prosecution.",
    )
    assert get(desk, second).participant_id is None and get(desk, second).category is None
    assert unanswered(desk) == questions[4:]

    # ---- the third, by another rapporteur; then a link added by an edit
    third = log(
        desk,
        actor=B,
        name="Dr. Ana María López",
        tags=(QA_1, PANEL_1),
        kind=InterventionKind.ANSWER,
        answers=(questions[4], questions[5], questions[4]),
    )
    assert get(desk, third).answers == (questions[4], questions[5])  # once each
    assert unanswered(desk) == questions[6:]
    desk.do(ic.edit_intervention, third, {"answers": (*questions[4:6], questions[6])}, actor=B)
    assert unanswered(desk) == questions[7:]
    desk.do(cmd.undo, actor=B)  # B's edit: undo is per seat
    assert unanswered(desk) == questions[6:]
    desk.do(cmd.redo, actor=B)
    assert unanswered(desk) == questions[7:]

    # ---- a question deleted is neither answered nor unanswered; undo brings it back
    desk.do(ic.delete_intervention, questions[8])
    assert unanswered(desk) == [questions[7], questions[9]]
    desk.do(cmd.undo)
    assert unanswered(desk) == questions[7:]

    pairs = questions_with_answers(desk.state, QA_1)
    assert [(q.id, [a.id for a in answers]) for q, answers in pairs[:7]] == [
        ("i-1", [first]),
        ("i-2", [first]),
        ("i-3", [first]),
        ("i-4", [second]),
        ("i-5", [third]),
        ("i-6", [third]),
        ("i-7", [third]),
    ]
    assert ivs(desk).answers_to(questions[0]) == [get(desk, first)]
    assert [q.id for q in ivs(desk).questions_answered_by(get(desk, third))] == questions[4:7]

    # ---- links that make no sense are refused
    error = refused(desk, ic.log_intervention, draft(tags=(QA_1,), answers=(questions[9],)))
    assert isinstance(error, ic.AnswerError)
    assert str(error).startswith("Only an answer (panellist) can be linked")
    error = refused(
        desk, ic.log_intervention, draft(kind=InterventionKind.ANSWER, answers=(first,))
    )
    assert str(error) == (
        "Ana Maria LOPEZ’s answer (i-11) is not a question: only questions are answered."
    )
    error = refused(
        desk, ic.log_intervention, draft(kind=InterventionKind.ANSWER, answers=("i-99",))
    )
    assert str(error) == "There is no intervention ‘i-99’ to answer (it may be deleted)."
    error = refused(desk, ic.edit_intervention, third, {"answers": (third,)})
    assert str(error) == "An answer cannot answer itself."

    # ---- an answer that becomes a statement lets go of its questions, in the same step
    desk.do(ic.edit_intervention, second, {"kind": InterventionKind.STATEMENT})
    assert get(desk, second).answers == ()
    assert get(desk, second).history[-1].changed() == {
        "kind": (InterventionKind.ANSWER, InterventionKind.STATEMENT),
        "answers": ((questions[3],), ()),
    }
    assert questions[3] in unanswered(desk)
    assert {i.rapporteur for i in ivs(desk)} == {A, B}
    assert desk.clock.now() > start
    check_invariants(desk.state)
    assert desk.refold() == desk.state


# ----------------------------------------------------------------------------- a tour-de-table
def test_a_tour_de_table_of_twenty_interventions_with_two_tags_each() -> None:
    """Standing item 1 running: twenty speakers who said which second standing item they would
    also address; each capture is prefilled with both tags and answers a guiding question of
    each."""
    desk = capture_desk(30, "seg-9")
    for n in range(11, 31):
        also = STANDING[1 + n % 2]
        desk.do(qc.queue_speaker, f"p-{n}", None, None, ("seg-9", also))
    ids = []
    for n in range(11, 31):
        also = STANDING[1 + n % 2]
        desk.do(qc.call_next)
        desk.advance(seconds=150 + n)
        pre = ic.prefill(desk.state, desk.clock.now())
        assert pre.tags == ("seg-9", also)
        assert pre.kind is InterventionKind.STATEMENT
        assert pre.category is people_category(n) and pre.attendance is people_attendance(n)
        ids.append(
            capture(
                desk,
                actor=A if n % 2 else B,
                questions=(("seg-9", n % 3), (also, 0)),
                summary=f"Speaker {n} on universalization and {also}.",
                follow_up=n % 5 == 0,
            )
        )
    desk.do(qc.finish_speaker)
    slice_ = ivs(desk)
    assert len(slice_) == 20 and all(len(i.tags) == 2 for i in slice_)
    assert [i.name for i in slice_] == [f"Speaker {n}" for n in range(11, 31)]
    twelve = get(desk, ids[1])
    assert twelve.questions == (
        QuestionRef("seg-9", 0, GUIDING["seg-9"][0]),
        QuestionRef("seg-10", 0, GUIDING["seg-10"][0]),
    )
    assert [q.status for q in slice_.questions_of(twelve)] == [QuestionStatus.CURRENT] * 2
    assert twelve.start == t(161) and twelve.end == t(161 + 162)  # p-12's turn
    on_ten = filter_interventions(desk.state, InterventionFilter(tags=frozenset({"seg-10"})))
    assert len(on_ten) == 10
    flagged = filter_interventions(desk.state, InterventionFilter(follow_up=True))
    assert [i.name for i in flagged] == ["Speaker 15", "Speaker 20", "Speaker 25", "Speaker 30"]
    assert len(slice_.by_rapporteur(A)) == len(slice_.by_rapporteur(B)) == 10
    # Between turns, nothing left to capture: the next draft has only the segment's tag.
    assert ic.prefill(desk.state, desk.clock.now()) == ic.InterventionDraft(tags=("seg-9",))
    check_invariants(desk.state)
    assert desk.refold() == desk.state


def people_category(n: int) -> Category:
    return (Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR, Category.NGO)[(n - 1) % 4]


def people_attendance(n: int) -> Attendance:
    return Attendance.ONLINE if n % 3 == 0 else Attendance.ROOM


# ----------------------------------------------------------------------------- the prefill
def test_the_prefill_follows_the_floor() -> None:
    desk = capture_desk(6)
    assert ic.prefill(desk.state, desk.clock.now()) == ic.InterventionDraft()  # nothing runs
    desk.do(cmd.jump, "seg-3")  # interventions from stakeholders
    assert ic.prefill(desk.state, desk.clock.now()) == ic.InterventionDraft(tags=("seg-3",))
    desk.do(qc.queue_speaker, "p-1")
    desk.do(qc.queue_speaker, "p-2")
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    desk.do(qc.pause_speaker)
    desk.advance(seconds=30)
    desk.do(qc.resume_speaker)
    desk.advance(seconds=30)
    pre = ic.prefill(desk.state, desk.clock.now())
    assert (pre.start, pre.end) == (t(0), t(90))  # from the first run to now
    assert pre.kind is InterventionKind.STATEMENT and pre.tags == ("seg-3",)
    desk.do(qc.finish_speaker)
    desk.advance(seconds=20)
    # Off the floor, not captured yet: still them, ending when they finished.
    later = ic.prefill(desk.state, desk.clock.now())
    assert later == replace(pre, end=t(90))
    capture(desk)
    assert ic.prefill(desk.state, desk.clock.now()).participant_id is None
    # Between segments the last segment's tag stays.
    desk.do(cmd.finish)
    assert ic.prefill(desk.state, desk.clock.now()).tags == ("seg-3",)


def test_the_kind_is_guessed_from_the_segment_and_the_panellists() -> None:
    prog = programme()
    guess = ic.guess_kind
    assert guess(prog, QA_1, "Speaker 1") is InterventionKind.QUESTION
    assert guess(prog, QA_1, "Dr. Ana María López") is InterventionKind.ANSWER
    assert guess(prog, QA_1, "López, Ana María") is InterventionKind.ANSWER
    assert guess(prog, QA_1, "ANA MARIA LOPEZ") is InterventionKind.ANSWER
    assert guess(prog, QA_1, "Ingrid Berg") is InterventionKind.ANSWER  # the moderator
    assert guess(prog, QA_1, "Ana") is InterventionKind.QUESTION
    assert guess(prog, "seg-8", "Ms. Ngozi Okafor") is InterventionKind.ANSWER
    assert guess(prog, "seg-8", "Karim Haddad") is InterventionKind.QUESTION  # not this panel
    assert guess(prog, PANEL_1, "Karim Haddad") is InterventionKind.STATEMENT
    assert guess(prog, "seg-9", "Karim Haddad") is InterventionKind.STATEMENT
    assert guess(prog, None, "") is InterventionKind.STATEMENT
    assert prog.segment(QA_1).kind is SegmentKind.QA
    names = [p.name for p in ic.panellists_for(prog, QA_1)]
    assert names == ["Dr. Ana María López", "Mr. Karim Haddad", "H.E. Ms. Ingrid Berg"]
    desk = capture_desk(3, QA_1)
    assert ic.with_panel(desk.state, ic.InterventionDraft(tags=(QA_1,))).tags == (QA_1, PANEL_1)


# ----------------------------------------------------------------------------- what is logged
def test_a_chosen_participant_fills_what_the_draft_leaves_empty() -> None:
    desk = capture_desk(6)
    record = desk.do(
        ic.log_intervention, ic.InterventionDraft(participant_id="p-3", tags=("seg-9",))
    )
    one = get(desk, str(record.payload["id"]))
    assert (one.name, one.organization, one.category, one.attendance) == (
        "Speaker 3",
        "Org 3",
        Category.PRIVATE_SECTOR,
        Attendance.ONLINE,
    )
    assert record.actor == "co-chair" and one.rapporteur == "co-chair"
    # What the rapporteur typed wins over the registration ("captured as given").
    iid = log(desk, participant_id="p-3", name="  Speaker   3, on behalf of   a network ")
    assert get(desk, iid).name == "Speaker 3, on behalf of a network"
    assert get(desk, iid).organization == "Org 3"


@pytest.mark.parametrize("summary", [*HOSTILE, "  \n  "])
def test_a_summary_is_logged_exactly_as_typed(summary: str) -> None:
    desk = capture_desk(1)
    iid = log(desk, summary=summary)
    assert get(desk, iid).summary == summary


def test_a_megabyte_summary_is_logged_and_one_too_long_is_refused() -> None:
    desk = capture_desk(1)
    summary = megabyte_summary()
    iid = log(desk, summary=summary)
    assert get(desk, iid).summary == summary
    at_limit = "x" * ic.MAX_SUMMARY
    assert get(desk, log(desk, summary=at_limit)).summary == at_limit
    error = refused(desk, ic.log_intervention, draft(summary=at_limit + "x"))
    assert isinstance(error, ic.SummaryError)
    assert str(error).startswith("The summary is longer than 1,048,576 characters")


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        (
            {"tags": ()},
            ic.TagError,
            "Tag the intervention with the segment it addresses (at least one).",
        ),
        ({"tags": ("seg-404",)}, ic.TagError, "There is no segment ‘seg-404’ in the programme."),
        (
            {"tags": "seg-9 seg-10"},
            ic.TagError,
            "There is no segment ‘seg-9 seg-10’ in the programme.",
        ),
        ({"tags": (1,)}, ic.TagError, "The tags must be a list of ids."),
        ({"kind": "testimony"}, ic.KindError, None),
        ({"kind": None}, ic.KindError, None),
        (
            {"name": "   "},
            ic.SpeakerFieldError,
            "Say who spoke: choose a participant or type a name.",
        ),
        (
            {"name": "x" * 301},
            ic.SpeakerFieldError,
            "The speaker’s name is longer than 300 characters: shorten it.",
        ),
        ({"participant_id": "p-99"}, ic.SpeakerFieldError, None),
        ({"queue_entry": "s-99"}, ic.SpeakerFieldError, None),
        (
            {"category": "diaspora"},
            ic.SpeakerFieldError,
            "Choose one of the stakeholder categories.",
        ),
        ({"attendance": "moon"}, ic.SpeakerFieldError, None),
        (
            {"start": dt.datetime(2024, 7, 10, 10, 0)},
            ic.TimeError,
            "The start time has no time zone.",
        ),
        ({"end": "at ten"}, ic.TimeError, None),
        (
            {"start": TEN_AM + dt.timedelta(minutes=1), "end": TEN_AM},
            ic.TimeError,
            "The end (10:00:00) is before the start (10:01:00).",
        ),
        ({"questions": (("seg-10", 0),)}, ic.GuidingQuestionError, None),
        (
            {"questions": (("seg-9", 3),)},
            ic.GuidingQuestionError,
            "‘Standing item 1’ has no guiding question 4.",
        ),
        ({"questions": "seg-9"}, ic.GuidingQuestionError, None),
        ({"summary": b"bytes"}, ic.SummaryError, "The summary must be text."),
        ({"summary": "broken \ud800 pair"}, ic.SummaryError, None),
        ({"organization": "broken \udfff"}, ic.SpeakerFieldError, None),
        ({"follow_up": 1}, ic.FlagError, "“Follow-up” is either yes or no."),
        ({"quotable": "yes"}, ic.FlagError, "“Quotable” is either yes or no."),
    ],
)
def test_what_cannot_be_logged_is_refused_with_a_sentence(
    fields: dict[str, Any], error: type[ic.InterventionError], message: str | None
) -> None:
    desk = capture_desk(3)
    caught = refused(desk, ic.log_intervention, draft(**fields))
    assert isinstance(caught, error)
    if message is not None:
        assert str(caught) == message
    assert str(caught).endswith((".", "!"))


def test_a_guiding_question_of_a_qas_panel_can_be_chosen() -> None:
    desk = capture_desk(3, QA_1)
    iid = log(desk, tags=(QA_1,), kind=InterventionKind.QUESTION, questions=[(PANEL_1, 1)])
    assert get(desk, iid).questions == (QuestionRef(PANEL_1, 1, GUIDING[PANEL_1][1]),)


def test_a_draft_is_given_as_a_mapping_too_and_an_unknown_key_is_refused() -> None:
    desk = capture_desk(3)
    data = {"name": "Ms. M", "tags": ["seg-9"], "kind": "recommendation", "category": "ngo"}
    data["start"] = "2024-07-10T10:00:00+02:00"
    record = desk.do(ic.log_intervention, data)
    one = get(desk, str(record.payload["id"]))
    assert one.kind is InterventionKind.RECOMMENDATION and one.category is Category.NGO
    assert one.start == TEN_AM and one.tags == ("seg-9",)
    error = refused(desk, ic.log_intervention, {**data, "colour": "red"})
    assert str(error) == "‘colour’ is not a field of an intervention."


# ----------------------------------------------------------------------------- edits
def test_an_edit_journals_only_what_changed_and_makes_history() -> None:
    desk = capture_desk(6)
    iid = log(desk, summary="First draft.", tags=("seg-9", "seg-10"))
    desk.advance(minutes=5)
    record = desk.do(
        ic.edit_intervention,
        iid,
        {"summary": "Final text.", "tags": ["seg-9", "seg-10"], "quotable": True},
        actor=B,
    )
    assert record.payload == {"id": iid, "changes": {"summary": "Final text.", "quotable": True}}
    change = get(desk, iid).history[-1]
    assert (change.action, change.actor, change.at) == (ChangeAction.EDITED, B, t(300))
    assert change.changed() == {
        "summary": ("First draft.", "Final text."),
        "quotable": (False, True),
    }
    error = refused(desk, ic.edit_intervention, iid, {"summary": "Final text."})
    assert isinstance(error, ic.NothingChangedError) and str(error) == "Nothing changed."
    assert str(refused(desk, ic.edit_intervention, iid, {})) == "Nothing changed."
    error = refused(desk, ic.edit_intervention, iid, {"rapporteur": "someone"})
    assert str(error) == "‘rapporteur’ is not a field of an intervention."
    error = refused(desk, ic.edit_intervention, "i-99", {"summary": "x"})
    assert isinstance(error, ic.NoSuchInterventionError)


def test_choosing_another_participant_takes_their_details() -> None:
    desk = capture_desk(6)
    iid = log(desk, participant_id="p-1")
    desk.do(ic.edit_intervention, iid, {"participant_id": "p-3"})
    one = get(desk, iid)
    assert (one.participant_id, one.name, one.organization) == ("p-3", "Speaker 3", "Org 3")
    assert one.history[-1].field_names == (
        "participant_id",
        "name",
        "organization",
        "category",
        "attendance",
    )
    desk.do(ic.edit_intervention, iid, {"participant_id": "p-2", "name": "Dr. Two"})
    assert (get(desk, iid).name, get(desk, iid).organization) == ("Dr. Two", "Org 2")
    desk.do(ic.edit_intervention, iid, {"participant_id": None})
    assert get(desk, iid).participant_id is None and get(desk, iid).name == "Dr. Two"


def test_delete_undo_and_restore() -> None:
    desk = capture_desk(3)
    iid = log(desk, summary="To be deleted.")
    other = log(desk)
    desk.do(ic.delete_intervention, iid, actor=B)
    assert get(desk, iid).deleted and get(desk, iid).summary == "To be deleted."
    assert undo_text(desk.state.undo.undo_label) == "Undo: Delete Ms. Example’s statement"
    error = refused(desk, ic.delete_intervention, iid)
    assert str(error) == "Ms. Example’s statement (i-1) is already deleted."
    error = refused(desk, ic.edit_intervention, iid, {"summary": "x"})
    assert isinstance(error, ic.InterventionDeletedError)
    assert str(error) == "Ms. Example’s statement (i-1) is deleted: restore it to edit it."
    desk.do(cmd.undo, actor=B)  # B's own step (A's undo would reach A's capture: per seat)
    assert not get(desk, iid).deleted
    desk.do(cmd.redo, actor=B)
    desk.do(ic.edit_intervention, other, {"summary": "a later step"})  # undo is now that edit
    desk.do(ic.restore_intervention, iid)
    assert not get(desk, iid).deleted
    assert [c.action for c in get(desk, iid).history] == [
        ChangeAction.LOGGED,
        ChangeAction.DELETED,
        ChangeAction.RESTORED,
    ]
    error = refused(desk, ic.restore_intervention, iid)
    assert str(error) == "Ms. Example’s statement (i-1) is not deleted."
    desk.do(cmd.undo)  # the restore
    assert get(desk, iid).deleted
    check_invariants(desk.state)
    assert desk.refold() == desk.state


def test_a_tag_to_a_removed_segment_is_kept_by_edits_but_not_added_again() -> None:
    desk = capture_desk(3)
    iid = log(desk, tags=("seg-10", "seg-11"), questions=(("seg-11", 0),), summary="On youth.")
    prog = desk.state.programme
    without = replace(
        prog,
        items=tuple(
            replace(i, segments=tuple(s for s in i.segments if s.id != "seg-11"))
            for i in prog.items
        ),
    )
    desk.do(cmd.edit_programme, without)
    one = get(desk, iid)
    assert one.summary == "On youth." and one.tags == ("seg-10", "seg-11")
    assert [tag.label for tag in ivs(desk).tags_of(one)] == [
        "Standing item 2",
        "Standing item 3 (removed)",
    ]
    desk.do(ic.edit_intervention, iid, {"summary": "On youth, edited."})
    assert get(desk, iid).tags == ("seg-10", "seg-11")
    desk.do(ic.edit_intervention, iid, {"tags": ("seg-10",), "questions": ()})
    error = refused(desk, ic.edit_intervention, iid, {"tags": ("seg-10", "seg-11")})
    assert str(error) == "There is no segment ‘seg-11’ in the programme."
    found = filter_interventions(desk.state, InterventionFilter(text="youth edited"))
    assert [i.id for i in found] == [iid]


def test_a_new_question_choice_is_checked_but_a_kept_one_is_not() -> None:
    desk = capture_desk(3)
    iid = log(desk, questions=(("seg-9", 2),))
    prog = desk.state.programme
    seg = prog.segment("seg-9")
    desk.do(
        cmd.edit_programme,
        prog.with_segment(replace(seg, guiding_questions=seg.guiding_questions[:1])),
    )
    desk.do(ic.edit_intervention, iid, {"summary": "kept", "questions": [("seg-9", 2)]})
    assert get(desk, iid).questions == (QuestionRef("seg-9", 2, GUIDING["seg-9"][2]),)
    (found,) = ivs(desk).questions_of(get(desk, iid))
    assert found.status is QuestionStatus.REMOVED and found.text == GUIDING["seg-9"][2]
    error = refused(desk, ic.edit_intervention, iid, {"questions": [("seg-9", 1)]})
    assert str(error) == "‘Standing item 1’ has no guiding question 2."


# ----------------------------------------------------------------------------- drafts' data
def test_a_draft_survives_its_json_form_and_a_damaged_one_is_read_as_far_as_possible() -> None:
    full = ic.InterventionDraft(
        participant_id="p-1",
        name="Speaker 1",
        organization="Org ‫עברית‬",
        category=Category.NGO,
        attendance=Attendance.ONLINE,
        queue_entry="s-1",
        start=TEN_AM,
        end=TEN_AM + dt.timedelta(seconds=1, microseconds=5),
        tags=("seg-9", "seg-10"),
        kind=InterventionKind.RECOMMENDATION,
        questions=(("seg-9", 1),),
        answers=("i-3",),
        summary=megabyte_summary()[:5000] + "\x00\ud800",
        follow_up=True,
        quotable=True,
    )
    import json

    data = json.loads(json.dumps(ic.draft_to_data(full)))
    assert ic.draft_from_data(data) == full
    assert ic.draft_from_data(None) == ic.InterventionDraft()
    damaged = {**data, "start": "yesterday", "kind": 7, "tags": "seg-9", "questions": [["x"]]}
    back = ic.draft_from_data(damaged)
    assert back.start is None and back.kind is InterventionKind.STATEMENT and back.tags == ()
    assert back.questions == () and back.summary == full.summary and back.end == full.end
    desk = capture_desk(3)
    one = get(desk, log(desk, questions=(("seg-9", 1),), summary="x"))
    assert ic.draft_of(one).questions == (("seg-9", 1),)
    assert ic.draft_of(one).summary == "x"


# ----------------------------------------------------------------------------- the session
def test_the_session_captures_by_name_and_a_restart_finds_everything(tmp_path: Path) -> None:
    from facilitator.session import MeetingSession
    from facilitator.store import open_database

    url = f"sqlite:///{tmp_path / 'meetings.sqlite3'}"
    clock = FakeClock(TEN_AM)
    hostile = "".join(HOSTILE) + megabyte_summary()
    with open_database(url) as db:
        meeting_id = db.create_meeting(programme())
        session = MeetingSession(db, meeting_id, clock=clock, actor=A)
        session.add_guest("Ms. G", "Guests", Category.NGO)
        session.start_sitting()
        session.jump("seg-9")
        session.queue_speaker("p-1", None, None, ["seg-9", "seg-10"])
        session.call_next()
        clock.advance(120)
        pre = session.intervention_prefill()
        assert pre.name == "Ms. G" and pre.tags == ("seg-9", "seg-10") and pre.end == t(120)
        first = session.log_intervention(replace(pre, summary=hostile))
        assert first.payload["id"] == "i-1" and first.actor == A
        # As the controller calls it: a mapping of plain values.
        second = session.log_intervention(
            {"name": "Mr. Unregistered", "tags": ["seg-10"], "kind": "recommendation"}
        )
        clock.advance(60)
        session.edit_intervention("i-2", summary="Recommends training.")
        session.edit_intervention("i-2", {"follow_up": True}, quotable=True)
        session.delete_intervention("i-1")
        session.restore_intervention("i-1")
        session.delete_intervention("i-2")
        session.undo()
        with pytest.raises(ic.NothingChangedError):
            session.edit_intervention("i-2", {"follow_up": True})
        assert session.save_intervention_draft({"summary": "typing… \x00 عربي"})
        state = session.state
        slice_ = interventions_of(state)
        assert slice_.get("i-1").summary == hostile  # type: ignore[union-attr]
        two = slice_.get(str(second.payload["id"]))
        assert two is not None and not two.deleted and two.follow_up and two.quotable
        assert [c.action for c in two.history] == [ChangeAction.LOGGED, *[ChangeAction.EDITED] * 2]

        # A restart (another rapporteur's seat) folds the journal to the same interventions; the
        # draft belongs to Rapporteur A only.
        reopened = MeetingSession(db, meeting_id, clock=clock, actor=B)
        assert reopened.state == state
        assert interventions_of(reopened.state).get("i-1").summary == hostile  # type: ignore[union-attr]
        assert reopened.load_intervention_draft() is None
        again = MeetingSession(db, meeting_id, clock=clock, actor=A)
        assert again.load_intervention_draft() == {"summary": "typing… \x00 عربي"}
        again.clear_intervention_draft()
        assert again.load_intervention_draft() is None
        check_invariants(state)


def test_the_prefill_counts_captured_turns_as_a_walk_over_every_intervention_does() -> None:
    """The prefill asks after each event whether the last turn heard was captured; it follows
    the table by the places that changed. Over the realistic day (captures undone and retaken,
    deleted and restored), its counts equal a count over every intervention."""
    from collections import Counter

    from facilitator.core.fold.engine import Folder
    from facilitator.core.interventions.commands import _CapturedEntries
    from facilitator.core.interventions.reducer import interventions_of
    from tests.bench.realistic import day

    programme, records = day()
    folder = Folder(programme)
    captured = _CapturedEntries()
    checked = 0
    for n, record in enumerate(records):
        folder.apply(record)
        if n % 7 and record.type not in ("Undone", "Redone", "InterventionDeleted"):
            continue
        table = interventions_of(folder.state).table
        expected = Counter(i.queue_entry for i in table if i.queue_entry and not i.deleted)
        assert captured.of(table) == expected, n
        checked += 1
    assert checked > 300 and sum(expected.values()) > 500
