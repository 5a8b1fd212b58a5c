"""The interventions slice: its events survive the journal, the fold keeps every intervention and
its history (who, when, what changed), deleted ones marked, tags to removed segments kept, hostile
text exactly; random event sequences fold the same incrementally and at once.

Also home of the helpers the other intervention tests share: a seed-like programme with guiding
questions and panellists, a desk with participants, and :func:`log`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.events import ProgrammeEdited
from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.errors import MalformedEventError
from facilitator.core.fold.engine import fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions import commands as ic
from facilitator.core.interventions.events import (
    InterventionDeleted,
    InterventionEdited,
    InterventionLogged,
    InterventionRestored,
)
from facilitator.core.interventions.fields import FIELDS, InterventionKind, QuestionRef
from facilitator.core.interventions.reducer import INTERVENTIONS, interventions_of
from facilitator.core.interventions.state import InterventionsState, panel_of, qa_family
from facilitator.core.interventions.table import InterventionTable
from facilitator.core.interventions.values import (
    ChangeAction,
    FieldChange,
    Intervention,
    QuestionStatus,
    resolve_question,
)
from facilitator.core.journal.event import Event, decode_as, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import Person, Programme
from facilitator.core.queue import commands as qc
from facilitator.ui.words import undo_text
from tests.core.test_fold import TEN_AM, Desk, seed_like
from tests.core.test_queue import people

# ----------------------------------------------------------------------------- shared helpers
#: Panel 1 (seg-5) and its Q&A (seg-6), panel 2 (seg-7) and its Q&A (seg-8); the standing items
#: seg-9, seg-10, seg-11 of the tour-de-table.
PANEL_1, QA_1, PANEL_2, QA_2 = "seg-5", "seg-6", "seg-7", "seg-8"
STANDING = ("seg-9", "seg-10", "seg-11")
GUIDING = {
    PANEL_1: ("What role for the private sector?", "How can victims be identified early?"),
    "seg-9": (
        "What steps has your organization taken to promote universal adherence?",
        "What obstacles remain?",
        "¿Qué buenas prácticas puede compartir?",
    ),
    "seg-10": ("What technical assistance is most needed?", "Who should provide it?"),
    "seg-11": ("How are gender and youth considered?",),
}
PANELLISTS = {
    PANEL_1: (
        Person("Dr. Ana María López", "Professor", "Universidad de Chile"),
        Person("Mr. Karim Haddad", "Prosecutor"),
    ),
    PANEL_2: (Person("Ms. Ngozi Okafor", "Director"),),
}
MODERATOR = Person("H.E. Ms. Ingrid Berg", "Ambassador")


def programme() -> Programme:
    """The seed-like day with guiding questions on panel 1 and the standing items, and the
    panels' panellists."""
    prog = seed_like()
    for sid, questions in GUIDING.items():
        prog = prog.with_segment(replace(prog.segment(sid), guiding_questions=questions))
    for sid, panellists in PANELLISTS.items():
        moderator = MODERATOR if sid == PANEL_1 else None
        prog = prog.with_segment(
            replace(prog.segment(sid), panellists=panellists, moderator=moderator)
        )
    return prog.validate()


def capture_desk(count: int = 30, segment: str | None = None) -> Desk:
    """A desk over :func:`programme` with ``count`` participants (p-1… "Speaker N" of "Org N"),
    the first sitting started, and ``segment`` running."""
    desk = Desk(programme())
    desk.do(qc.import_participants, people(count), "registration.csv")
    desk.do(cmd.start_sitting)
    if segment is not None:
        desk.do(cmd.jump, segment)
    return desk


def draft(**fields: Any) -> ic.InterventionDraft:
    """A draft with a name and a tag unless given."""
    fields.setdefault("name", "Ms. Example")
    fields.setdefault("tags", ("seg-9",))
    return ic.InterventionDraft(**fields)


def log(desk: Desk, *, actor: str = "Rapporteur A", **fields: Any) -> str:
    """Capture an intervention; its id."""
    record = desk.do(ic.log_intervention, draft(**fields), actor=actor)
    return str(record.payload["id"])


def ivs(desk: Desk) -> InterventionsState:
    return interventions_of(desk.state)


def get(desk: Desk, intervention_id: str) -> Intervention:
    found = ivs(desk).get(intervention_id)
    assert found is not None, intervention_id
    return found


def stored(record: EventRecord, seq: int) -> EventRecord:
    """As the store gives it back: numbered, the payload through JSON text (ensure_ascii off,
    as the store writes it)."""
    text = json.dumps(record.payload, ensure_ascii=False, allow_nan=False)
    return replace(record, seq=seq, payload=json.loads(text))


def check_invariants(state: MeetingState) -> None:
    """Ids unique and below the next number; each history starts with the capture, and replaying
    its changes from nothing gives the intervention's values (each change's old value is the value
    before it)."""
    slice_ = interventions_of(state)
    ids = [i.id for i in slice_]
    assert len(ids) == len(set(ids)) == len(slice_)
    for position, intervention in enumerate(slice_):
        assert slice_.table.at(position) is intervention
        assert slice_.get(intervention.id) is intervention
        number = int(intervention.id[2:])
        assert number < slice_.next_number
        first, *rest = intervention.history
        assert first.action is ChangeAction.LOGGED and first.fields == ()
        assert first.actor == intervention.rapporteur and first.at == intervention.captured_at
        assert all(c.action is not ChangeAction.LOGGED for c in rest)
        values = intervention.captured_values()
        deleted = False
        for change in rest:
            for f in change.fields:
                if f.field == "deleted":
                    assert f.old == deleted
                    deleted = f.new
                else:
                    assert values[f.field] == f.old != f.new
                    values[f.field] = f.new
        assert values == intervention.values()
        assert deleted == intervention.deleted


# ----------------------------------------------------------------------------- events
FULL = InterventionLogged(
    "i-1",
    "p-1",
    "Speaker 1",
    "Org 1",
    Category.NGO,
    Attendance.ONLINE,
    "s-1",
    TEN_AM,
    TEN_AM + dt.timedelta(seconds=151, microseconds=250),
    ("seg-9", "seg-10"),
    InterventionKind.STATEMENT,
    (QuestionRef("seg-9", 1, "What obstacles remain?"),),
    (),
    "First paragraph.\n\nSecond ‫paragraph‬ \x00 =SUM(A1) <b>",
    True,
    False,
)
EVENTS: list[Event] = [
    FULL,
    InterventionLogged(
        "i-2",
        None,
        "Mr. Karim Haddad",
        "",
        None,
        None,
        None,
        None,
        None,
        (QA_1,),
        InterventionKind.ANSWER,
        (),
        ("i-1", "i-7"),
        "",
        False,
        True,
    ),
    InterventionEdited.of("i-1", {"summary": "", "tags": ("seg-11",), "category": None}),
    InterventionEdited.of("i-1", {"start": None, "end": TEN_AM, "kind": InterventionKind.QUESTION}),
    InterventionEdited.of("i-2", {"questions": (QuestionRef(PANEL_1, 0, "q"),), "quotable": True}),
    InterventionDeleted("i-1"),
    InterventionRestored("i-1"),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: type(e).__name__)
def test_every_event_survives_the_journal(event: Event) -> None:
    record = stored(to_record(event, at=TEN_AM, actor="Rapporteur A"), 1)
    assert record.type == event.type_name
    assert decode_as(type(event), record) == event


def test_type_names_are_stable_and_the_slice_is_a_default_one() -> None:
    """Journals hold these names forever."""
    assert [cls.type_name for cls in INTERVENTIONS.events] == [
        "InterventionLogged",
        "InterventionEdited",
        "InterventionDeleted",
        "InterventionRestored",
        "ProgrammeEdited",
    ]
    state = fold(programme(), [])
    assert interventions_of(state) == InterventionsState.initial(programme())
    assert len(interventions_of(state)) == 0 and interventions_of(state).next_id() == "i-1"
    # A fold without the slice still answers (no interventions).
    assert len(interventions_of(fold(programme(), [], slices=(AGENDA,)))) == 0


def test_an_edit_journals_only_the_fields_it_changes() -> None:
    record = to_record(
        InterventionEdited.of("i-1", {"summary": "new", "follow_up": True}), at=TEN_AM, actor="r"
    )
    assert record.payload == {"id": "i-1", "changes": {"summary": "new", "follow_up": True}}
    with pytest.raises(KeyError):
        InterventionEdited.of("i-1", {"rapporteur": "someone else"})


def test_times_are_journalled_in_utc_with_microseconds() -> None:
    vienna = dt.timezone(dt.timedelta(hours=2))
    event = replace(FULL, start=dt.datetime(2024, 7, 10, 10, 0, 0, 123456, tzinfo=vienna))
    payload = to_record(event, at=TEN_AM, actor="r").payload
    assert payload["start"] == "2024-07-10T08:00:00.123456+00:00"
    back = InterventionLogged.from_payload(payload)
    assert back.start == event.start and back.start is not None
    assert back.start.tzinfo == dt.UTC


@pytest.mark.parametrize(
    ("cls", "payload"),
    [
        (InterventionLogged, {"name": "A", "tags": ["seg-9"], "kind": "question"}),
        (InterventionLogged, {"id": "i-1", "tags": ["seg-9"], "kind": "question"}),
        (InterventionLogged, {"id": "i-1", "name": "A", "kind": "question"}),
        (InterventionLogged, {"id": "i-1", "name": "A", "tags": "seg-9", "kind": "question"}),
        (InterventionLogged, {"id": "i-1", "name": "A", "tags": ["seg-9"], "kind": 3}),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["seg-9"], "kind": "question", "summary": None},
        ),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["x"], "kind": "question", "start": "10:00"},
        ),
        (
            InterventionLogged,
            {
                "id": "i-1",
                "name": "A",
                "tags": ["x"],
                "kind": "question",
                "start": "2024-07-10T10:00",
            },
        ),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["x"], "kind": "question", "follow_up": 1},
        ),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["x"], "kind": "question", "attendance": "moon"},
        ),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["x"], "kind": "question", "questions": [["x", 0]]},
        ),
        (InterventionLogged, {"id": "i-1", "name": "A", "tags": ["x"], "kind": ["question"]}),
        (
            InterventionLogged,
            {"id": "i-1", "name": "A", "tags": ["x"], "kind": "question", "attendance": []},
        ),
        (InterventionEdited, {"id": "i-1"}),
        (InterventionEdited, {"id": "i-1", "changes": {"summary": 5}}),
        (InterventionEdited, {"changes": {}}),
        (InterventionDeleted, {}),
        (InterventionDeleted, ["i-1"]),
        (InterventionRestored, {"id": ""}),
    ],
)
def test_a_malformed_payload_is_a_typed_error(cls: type[Event], payload: Any) -> None:
    record = EventRecord(cls.type_name, TEN_AM, "r", payload, seq=5)
    with pytest.raises(MalformedEventError) as caught:
        decode_as(cls, record)
    assert caught.value.seq == 5


def test_what_a_newer_version_wrote_is_read_as_far_as_possible() -> None:
    """A field this version does not know is left out of an edit; an unknown kind reads as a
    statement and an unknown category as "other": the text is kept, the journal never lost."""
    payload = to_record(FULL, at=TEN_AM, actor="r").payload
    payload.update(kind="testimony", category="diaspora", language="fr")
    logged = InterventionLogged.from_payload(payload)
    assert logged.kind is InterventionKind.STATEMENT and logged.category is Category.OTHER
    assert logged.summary == FULL.summary
    edited = InterventionEdited.from_payload(
        {"id": "i-1", "changes": {"summary": "x", "language": "fr"}}
    )
    assert edited.changes == (("summary", "x"),)


# ----------------------------------------------------------------------------- the fold
def rec(event: Event, seconds: float, seq: int, actor: str = "Rapporteur A") -> EventRecord:
    return stored(to_record(event, at=TEN_AM + dt.timedelta(seconds=seconds), actor=actor), seq)


def logged(iid: str, **changes: Any) -> InterventionLogged:
    return replace(FULL, id=iid, **changes)


def test_a_capture_keeps_every_field_its_rapporteur_and_time() -> None:
    state = interventions_of(fold(programme(), [rec(FULL, 30, 1)]))
    one = state.get("i-1")
    assert one is not None
    assert one.values() == FULL.values()
    assert one.rapporteur == "Rapporteur A" and one.captured_at == TEN_AM + dt.timedelta(seconds=30)
    assert not one.deleted and not one.edited
    assert one.speaker_display == "Speaker 1 (Org 1)"
    assert one.duration == dt.timedelta(seconds=151, microseconds=250)
    assert [c.action for c in one.history] == [ChangeAction.LOGGED]
    assert one.history[0].fields == () and one.captured_values() == FULL.values()
    assert state.next_id() == "i-2"


def test_edits_make_a_history_of_who_when_and_what() -> None:
    records = [
        rec(FULL, 0, 1),
        rec(InterventionEdited.of("i-1", {"summary": "Shorter."}), 60, 2, "Rapporteur B"),
        rec(InterventionEdited.of("i-1", {"tags": ("seg-9",), "quotable": True}), 90, 3),
    ]
    one = interventions_of(fold(programme(), records)).get("i-1")
    assert one is not None and one.edited
    assert one.summary == "Shorter." and one.tags == ("seg-9",) and one.quotable
    _, first, second = one.history
    assert (first.actor, first.at, first.seq) == (
        "Rapporteur B",
        TEN_AM + dt.timedelta(seconds=60),
        2,
    )
    assert first.changed() == {"summary": (FULL.summary, "Shorter.")}
    assert second.actor == "Rapporteur A" and second.field_names == ("tags", "quotable")
    assert second.fields == (
        FieldChange("tags", ("seg-9", "seg-10"), ("seg-9",)),
        FieldChange("quotable", False, True),
    )


def test_an_edit_that_changes_nothing_or_names_no_intervention_changes_nothing() -> None:
    records = [rec(FULL, 0, 1)]
    before = interventions_of(fold(programme(), records))
    after = interventions_of(
        fold(
            programme(),
            [
                *records,
                rec(InterventionEdited.of("i-1", {"summary": FULL.summary}), 1, 2),
                rec(InterventionEdited.of("i-9", {"summary": "x"}), 2, 3),
                rec(InterventionDeleted("i-9"), 3, 4),
                rec(InterventionRestored("i-1"), 4, 5),
            ],
        )
    )
    assert after == before


def test_delete_marks_and_undo_or_restore_brings_back() -> None:
    desk = Desk(programme())
    desk.append(to_record(FULL, at=TEN_AM, actor="Rapporteur A"))
    desk.append(to_record(InterventionDeleted("i-1"), at=TEN_AM, actor="Rapporteur B"))
    one = get(desk, "i-1")
    assert one.deleted and one.summary == FULL.summary  # kept, marked
    assert ivs(desk).live() == [] and ivs(desk).deleted() == [one]
    assert undo_text(desk.state.undo.undo_label) == "Undo: Delete Speaker 1’s statement"
    desk.do(cmd.undo, actor="Rapporteur B")  # B's step: undo is per seat
    assert not get(desk, "i-1").deleted
    assert [c.action for c in get(desk, "i-1").history] == [ChangeAction.LOGGED]
    desk.do(cmd.redo, actor="Rapporteur B")
    assert get(desk, "i-1").deleted
    desk.append(to_record(InterventionRestored("i-1"), at=TEN_AM, actor="Rapporteur A"))
    restored = get(desk, "i-1")
    assert not restored.deleted
    assert [(c.action, c.actor) for c in restored.history] == [
        (ChangeAction.LOGGED, "Rapporteur A"),
        (ChangeAction.DELETED, "Rapporteur B"),
        (ChangeAction.RESTORED, "Rapporteur A"),
    ]
    assert desk.refold() == desk.state


def test_two_rapporteurs_captures_are_both_kept_even_under_the_same_number() -> None:
    """Two seats that captured at the same moment both chose i-1: the later one gets i-2, so
    neither capture is lost; each keeps its rapporteur."""
    records = [
        rec(FULL, 0, 1, "Rapporteur A"),
        rec(replace(FULL, summary="Seen from seat B."), 1, 2, "Rapporteur B"),
        rec(logged("i-3"), 2, 3, "Rapporteur B"),
    ]
    state = interventions_of(fold(programme(), records))
    assert [(i.id, i.rapporteur) for i in state] == [
        ("i-1", "Rapporteur A"),
        ("i-2", "Rapporteur B"),
        ("i-3", "Rapporteur B"),
    ]
    assert state.get("i-2").summary == "Seen from seat B."  # type: ignore[union-attr]
    assert [i.id for i in state.by_rapporteur("Rapporteur B")] == ["i-2", "i-3"]
    assert state.next_id() == "i-4"


def test_undo_labels_name_the_speaker_and_what_changed() -> None:
    desk = Desk(programme())
    desk.append(to_record(FULL, at=TEN_AM, actor="r"))
    assert undo_text(desk.state.undo.undo_label) == "Undo: Capture of Speaker 1’s statement"
    edit = InterventionEdited.of("i-1", {"summary": "x", "follow_up": False})
    desk.append(to_record(edit, at=TEN_AM, actor="r"))
    assert (
        undo_text(desk.state.undo.undo_label)
        == "Undo: Edit of Speaker 1’s statement (summary, follow-up)"
    )
    desk.append(
        to_record(logged("i-2", name="", kind=InterventionKind.QUESTION), at=TEN_AM, actor="r")
    )
    assert undo_text(desk.state.undo.undo_label) == "Undo: Capture of an unnamed speaker’s question"


# ----------------------------------------------------------------------------- hostile text
HOSTILE = [
    "\x00",
    "a\x00b\x00",
    "😀👩🏽‍⚖️🇺🇳 emoji",
    "مداخلة باللغة العربية حول الاتجار بالبشر",
    "הצהרה בעברית על סחר בבני אדם",
    "mixed: English then عربي then עברית then English",
    "<script>alert('x')</script>",
    "<b>bold</b> &amp; &lt;",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=tab first",
    "\r=carriage return first",
    "  leading and trailing spaces  ",
    "line 1\r\nline 2\rline 3\n",
    "\u202eright-to-left override",
    "",
]


@pytest.mark.parametrize("summary", HOSTILE)
def test_hostile_text_is_stored_exactly(summary: str) -> None:
    records = [rec(logged("i-1", summary=summary, name=summary or "x", organization=summary), 0, 1)]
    one = interventions_of(fold(programme(), records)).get("i-1")
    assert one is not None
    assert one.summary == summary and one.organization == summary


def megabyte_summary() -> str:
    """A summary of a megabyte of UTF-8 in several scripts, with markup, formulas and NULs."""
    unit = "Résumé ‫עברית‬ عربي 😀 <script>x</script> =A1 \x00\n"
    summary = unit * (1_000_000 // len(unit.encode()) + 1)
    assert len(summary.encode("utf-8")) >= 1_000_000
    return summary


def test_a_one_megabyte_summary_is_stored_exactly() -> None:
    summary = megabyte_summary()
    records = [rec(logged("i-1", summary=summary), 0, 1)]
    edit = InterventionEdited.of("i-1", {"summary": summary + "!"})
    records.append(rec(edit, 1, 2))
    one = interventions_of(fold(programme(), records)).get("i-1")
    assert one is not None and one.summary == summary + "!"
    assert one.history[1].changed()["summary"] == (summary, summary + "!")


# ----------------------------------------------------------------------------- the programme
def test_a_tag_to_a_removed_segment_keeps_its_text_and_reads_removed() -> None:
    prog = programme()
    records = [
        rec(
            logged(
                "i-1",
                tags=("seg-10", "seg-11"),
                questions=(QuestionRef("seg-11", 0, "How are gender and youth considered?"),),
            ),
            0,
            1,
        ),
    ]
    without = replace(
        prog,
        items=tuple(
            replace(item, segments=tuple(s for s in item.segments if s.id != "seg-11"))
            for item in prog.items
        ),
    )
    records.append(rec(ProgrammeEdited(without), 10, 2))
    state = interventions_of(fold(prog, records))
    one = state.get("i-1")
    assert one is not None and one.summary == FULL.summary and one.tags == ("seg-10", "seg-11")
    tags = state.tags_of(one)
    assert [t.label for t in tags] == ["Standing item 2", "Standing item 3 (removed)"]
    assert [t.removed for t in tags] == [False, True]
    assert state.removed_tags(one) == ("seg-11",)
    (question,) = state.questions_of(one)
    assert question.status is QuestionStatus.REMOVED and question.index is None
    assert question.text == "How are gender and youth considered?"
    assert state.tag("seg-404").label == "seg-404 (removed)"  # never known: its id


def test_guiding_questions_are_found_again_after_the_programme_is_edited() -> None:
    prog = programme()
    ref = QuestionRef("seg-9", 1, "What obstacles remain?")
    assert resolve_question(prog, ref).status is QuestionStatus.CURRENT
    seg = prog.segment("seg-9")
    moved = prog.with_segment(
        replace(seg, guiding_questions=("New first?", *seg.guiding_questions))
    )
    found = resolve_question(moved, ref)
    assert (found.status, found.index, found.text) == (QuestionStatus.MOVED, 2, ref.text)
    reworded = prog.with_segment(
        replace(seg, guiding_questions=(seg.guiding_questions[0], "What obstacles remain today?"))
    )
    found = resolve_question(reworded, ref)
    assert (found.status, found.index) == (QuestionStatus.REWORDED, 1)
    assert found.text == "What obstacles remain today?"
    gone = prog.with_segment(replace(seg, guiding_questions=()))
    assert resolve_question(gone, ref).status is QuestionStatus.REMOVED


def test_a_qa_knows_its_panel_and_a_panel_its_qa() -> None:
    prog = programme()
    assert panel_of(prog, QA_1).id == PANEL_1  # type: ignore[union-attr]
    assert panel_of(prog, QA_2).id == PANEL_2  # type: ignore[union-attr]
    assert panel_of(prog, PANEL_1) is None and panel_of(prog, "seg-404") is None
    assert qa_family(prog, QA_1) == (QA_1, PANEL_1)
    assert qa_family(prog, PANEL_1) == (PANEL_1, QA_1)
    assert qa_family(prog, "seg-9") == ("seg-9",)
    # A Q&A whose panel number is not given follows the nearest panel before it.
    unnumbered = prog.with_segment(replace(prog.segment(QA_2), for_panel=None))
    assert panel_of(unnumbered, QA_2).id == PANEL_2  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- the table
def test_the_table_keeps_capture_order_and_shares_what_did_not_change() -> None:
    table = InterventionTable()
    items = []
    state = interventions_of(fold(programme(), [rec(FULL, 0, 1)]))
    base = state.get("i-1")
    assert base is not None
    for n in range(1, 301):
        item = replace(base, id=f"i-{n}")
        items.append(item)
        table = table.with_appended(item)
    assert len(table) == 300 and list(table) == items and table.ids()[-1] == "i-300"
    assert table.get("i-150") is items[149] and table.position("i-150") == 149
    assert table.get("i-301") is None and "i-301" not in table and 7 not in table
    changed = table.with_replaced(replace(items[100], summary="changed"))
    assert changed.get("i-101").summary == "changed"  # type: ignore[union-attr]
    assert table.get("i-101") is items[100]  # the old table is untouched
    assert changed != table and changed == table.with_replaced(
        replace(items[100], summary="changed")
    )
    with pytest.raises(KeyError):
        table.with_replaced(replace(base, id="i-999"))
    with pytest.raises(IndexError):
        table.at(300)


# ----------------------------------------------------------------------------- random journals
def _event(kind: int, n: int, m: int, prog: Programme) -> Event:
    iid = f"i-{n % 8 + 1}"
    tags = (STANDING[n % 3],) if m % 2 else (STANDING[n % 3], QA_1)
    if kind == 0:
        return logged(
            iid,
            tags=tags,
            kind=list(InterventionKind)[m % 5],
            answers=(f"i-{m % 8 + 1}",) if m % 5 == 2 else (),
            summary=f"summary {n} {m}",
        )
    if kind == 1:
        field = FIELDS[m % len(FIELDS)]
        values: dict[str, Any] = {
            "participant_id": None if m % 2 else f"p-{n}",
            "name": f"Name {n}",
            "organization": f"Org {m}",
            "category": list(Category)[m % 7],
            "attendance": Attendance.ONLINE if m % 2 else None,
            "queue_entry": None if m % 2 else f"s-{n}",
            "start": TEN_AM + dt.timedelta(seconds=n),
            "end": None if m % 3 else TEN_AM + dt.timedelta(seconds=m),
            "tags": tags,
            "kind": list(InterventionKind)[n % 5],
            "questions": (QuestionRef("seg-9", m % 3, "q"),) if n % 2 else (),
            "answers": (f"i-{n % 8 + 1}",) if m % 2 else (),
            "summary": f"edited {n}",
            "follow_up": bool(n % 2),
            "quotable": bool(m % 2),
        }
        return InterventionEdited.of(iid, {field: values[field]})
    if kind == 2:
        return InterventionDeleted(iid)
    if kind == 3:
        return InterventionRestored(iid)
    # A programme edit that removes (or puts back) a standing item.
    gone = STANDING[n % 3]
    if m % 2:
        return ProgrammeEdited(prog)
    return ProgrammeEdited(
        replace(
            prog,
            items=tuple(
                replace(item, segments=tuple(s for s in item.segments if s.id != gone))
                for item in prog.items
            ),
        )
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0, 0, 0, 1, 1, 1, 1, 2, 3, 4, 5, 6]),
            st.integers(0, 20),
            st.integers(0, 20),
            st.sampled_from(["Rapporteur A", "Rapporteur B"]),
        ),
        max_size=50,
    )
)
def test_random_journals_fold_the_same_incrementally_and_at_once(
    steps: list[tuple[int, int, int, str]],
) -> None:
    """Whatever the journal (duplicates, edits of unknown ids, undo and redo in between): the
    incremental state equals the fold of the whole journal, and every history replays to the
    intervention it describes."""
    prog = programme()
    desk = Desk(prog)
    for kind, n, m, actor in steps:
        desk.advance(seconds=n + 1)
        if kind == 5:
            if desk.state.undo.of(actor).undo_seq is not None:
                desk.do(cmd.undo, actor=actor)
            continue
        if kind == 6:
            if desk.state.undo.of(actor).redo_seq is not None:
                desk.do(cmd.redo, actor=actor)
            continue
        desk.append(
            stored(to_record(_event(kind, n, m, prog), at=desk.clock.now(), actor=actor), 0)
        )
        check_invariants(desk.state)
    assert desk.refold() == desk.state
    check_invariants(desk.state)
