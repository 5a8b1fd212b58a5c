"""The session record: built from a meeting run through MeetingSession with a fake clock (the
trafficking seed), asserted field by field, attributed and unattributed; degenerate meetings
(nothing captured, stopped in the middle, never started) give a valid record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.interventions.fields import FIELDS, InterventionKind
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Person
from facilitator.core.record import InterventionRecord, Record, build_record
from facilitator.core.redaction import REDACTED
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store.database import Database, open_database

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "programmes" / "2024-07-10-trafficking-in-persons.toml"
TEN_AM = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)  # 10:00 in Vienna (CEST)

HOSTILE_FORMULA = "=cmd|' /C calc'!A0"
SCRIPT = "<script>alert('x')</script> **bold** # not a heading | pipe [link](http://x)"
RTL = "مرحبا بالعالم — שלום"
BIG = "word " * 199_999 + "end."  # 1 MB (the capture limit is 1 MiB)

PEOPLE = [
    Participant("", "Amina Zoubeir", "Hope Foundation", Category.NGO, Attendance.ROOM),
    Participant("", "Bertrand Quillet", "Université Lumière", Category.ACADEMIA, Attendance.ONLINE),
    Participant("", "Chiara Vettorazzo", "SafeTech Ltd", Category.PRIVATE_SECTOR, Attendance.ROOM),
    Participant("", "Dmitri Oblonsky", "Global Watch", Category.NGO, Attendance.ONLINE),
    Participant("", "Esperanza Quiñones", "Red Libre", Category.NGO, Attendance.ROOM),
]
PANELLISTS = (
    Person("Dr. Ignatius Fairweather", "Professor", "Kingsbridge Institute"),
    Person("Ms. Ottilie Brandvold", "Prosecutor"),
)
MODERATOR = Person("H.E. Ms. Rosalind Achterberg", "Ambassador")
#: Every name and organization that must not appear in an unattributed record.
NAMES = [
    *(p.name for p in PEOPLE),
    *(p.organization for p in PEOPLE),
    *(p.name for p in PANELLISTS),
    "Kingsbridge Institute",
    MODERATOR.name,
    "Fairweather",
    "Zoubeir",
    "Quillet",
    "Guest Xanthippe Moreau",
    "Moreau Trust",
]


@dataclasses.dataclass
class Ran:
    db: Database
    meeting_id: int
    session: MeetingSession
    clock: FakeClock
    ids: dict[str, str]


def new_session(tmp_path: Path) -> tuple[Database, int, MeetingSession, FakeClock]:
    db = open_database(f"sqlite:///{tmp_path / 'record.db'}", backups=False)
    meeting_id = db.create_meeting(read_programme(SEED))
    clock = FakeClock(TEN_AM)
    return db, meeting_id, MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur A"), clock


def log(session: MeetingSession, **fields: Any) -> str:
    return str(session.log_intervention(fields).payload["id"])


def run_meeting(tmp_path: Path) -> Ran:
    """The seed day: participants, panellists added by a programme edit, the morning run, panel 1
    with questions and answers, the afternoon's standing items with guiding questions, one
    intervention tagged to a segment later removed, hostile text; stopped during standing item 2."""
    db, meeting_id, s, clock = new_session(tmp_path)
    prog = s.programme
    panel = replace(prog.segment("seg-5"), panellists=PANELLISTS, moderator=MODERATOR)
    s.edit_programme(prog.with_segment(panel))
    s.import_participants(PEOPLE, "registration.csv")
    pid = {p.name: p.id for p in s.state.slices["queue"].participants}
    ids: dict[str, str] = {}

    s.start_sitting()
    s.next()  # seg-1 opening
    clock.advance(minutes=12)
    s.next()  # seg-2 briefing
    clock.advance(minutes=25)
    s.next()  # seg-3 interventions
    s.queue_speaker(pid["Amina Zoubeir"])
    s.queue_speaker(pid["Bertrand Quillet"])
    s.call_next()
    clock.advance(seconds=200)  # 20 s over the 3:00 limit
    ids["floor"] = log(
        s,
        participant_id=pid["Amina Zoubeir"],
        tags=["seg-3"],
        summary=HOSTILE_FORMULA,
    )
    s.call_next()
    clock.advance(seconds=100)
    s.finish_speaker()
    ids["rtl"] = log(s, participant_id=pid["Bertrand Quillet"], tags=["seg-3"], summary=RTL)
    clock.advance(minutes=20)
    s.next()  # seg-4 briefing
    ids["removed"] = log(
        s,
        name="Guest Xanthippe Moreau",
        organization="Moreau Trust",
        tags=["seg-4"],
        category="other",
        summary="On the briefing that will be removed",
    )
    clock.advance(minutes=15)
    s.next()  # seg-5 panel 1
    clock.advance(minutes=60)
    s.next()  # seg-6 Q&A
    s.queue_speaker(pid["Chiara Vettorazzo"])
    s.call_next()
    clock.advance(seconds=90)
    s.finish_speaker()
    ids["q1"] = log(
        s,
        participant_id=pid["Chiara Vettorazzo"],
        tags=["seg-6"],
        kind="question",
        summary=f"How do platforms detect organ trafficking? {SCRIPT}",
    )
    ids["q2"] = log(
        s,
        participant_id=pid["Dmitri Oblonsky"],
        tags=["seg-6"],
        kind="question",
        summary="Unanswered question about Zoubeir's proposal",
    )
    ids["a1"] = log(
        s,
        name=PANELLISTS[0].name,
        organization="Kingsbridge Institute",
        tags=["seg-6"],
        kind="answer",
        answers=[ids["q1"]],
        summary="Through data sharing.",
    )
    ids["stmt"] = log(
        s,
        participant_id=pid["Esperanza Quiñones"],
        tags=["seg-5"],
        kind="statement",
        summary="A statement on panel 1.",
    )
    clock.advance(minutes=40)
    s.end_sitting()
    clock.set(dt.datetime(2024, 7, 10, 13, 0, tzinfo=dt.UTC))  # 15:00 local
    s.start_sitting()
    s.jump("seg-9")
    ids["g1"] = log(
        s,
        participant_id=pid["Esperanza Quiñones"],
        tags=["seg-9"],
        questions=[["seg-9", 0]],
        summary="Universalization through outreach.",
    )
    ids["g13"] = log(
        s,
        participant_id=pid["Amina Zoubeir"],
        tags=["seg-9", "seg-10"],
        questions=[["seg-9", 0], ["seg-9", 2], ["seg-10", 1]],
        summary=BIG,
    )
    ids["plain"] = log(
        s,
        participant_id=pid["Dmitri Oblonsky"],
        tags=["seg-9"],
        summary="No question named.",
    )
    ids["deleted"] = log(s, participant_id=pid["Dmitri Oblonsky"], tags=["seg-9"], summary="x")
    s.delete_intervention(ids["deleted"])
    clock.advance(minutes=31)
    s.next()  # seg-10, running at the end
    clock.advance(minutes=5)
    # The Co-Chairs remove the Co-Chairs' briefing (seg-4) from the programme.
    prog = s.programme
    items = tuple(
        replace(item, segments=tuple(x for x in item.segments if x.id != "seg-4"))
        for item in prog.items
    )
    s.edit_programme(replace(prog, items=items))
    clock.advance(minutes=2)
    return Ran(db, meeting_id, s, clock, ids)


@pytest.fixture
def ran(tmp_path: Path) -> Iterator[Ran]:
    result = run_meeting(tmp_path)
    yield result
    result.db.close()


def record_of(ran: Ran, *, attributed: bool = True) -> Record:
    return build_record(ran.session.state, ran.clock.now(), attributed=attributed)


def all_text(value: object) -> str:
    """Every string anywhere in a record (field by field, recursively)."""
    if isinstance(value, str):
        return value + "\n"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "".join(all_text(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, (tuple, list)):
        return "".join(all_text(v) for v in value)
    return ""


# ----------------------------------------------------------------------------- attributed
def test_meeting_data_and_sittings(ran: Ran) -> None:
    r = record_of(ran)
    m = r.meeting
    assert m.title.startswith("Constructive Dialogue")
    assert m.date == dt.date(2024, 7, 10)
    assert m.venue == "VIC Boardroom D"
    assert m.format == "Hybrid"
    assert m.platform == "Microsoft Teams"
    assert m.zone_name == "Europe/Vienna"
    first, second = m.sittings
    assert r.local(first.planned_start).strftime("%H:%M") == "10:00"
    assert r.local(first.planned_end).strftime("%H:%M") == "13:00"
    assert first.actual_start == TEN_AM
    assert first.actual_end is not None and first.status == "ended"
    assert second.actual_start == dt.datetime(2024, 7, 10, 13, 0, tzinfo=dt.UTC)
    assert second.actual_end is None and second.status == "running"
    assert r.attributed and r.intervention_count == 10


def test_attendance_by_category_and_room(ran: Ran) -> None:
    a = record_of(ran).attendance
    cats = {row.key: (row.registered, row.heard) for row in a.by_category}
    assert cats["ngo"] == (3, 3)
    assert cats["academia"] == (1, 1)
    assert cats["private_sector"] == (1, 1)
    assert cats["state_party"] == (0, 0)
    rooms = {row.key: (row.registered, row.heard) for row in a.by_attendance}
    assert rooms == {"room": (3, 3), "online": (2, 2)}
    assert (a.registered, a.heard) == (5, 5)


def test_segments_planned_and_actual(ran: Ran) -> None:
    r = record_of(ran)
    item1 = r.items[0]
    (opening,) = item1.segments
    assert opening.planned_minutes == 10 and opening.actual_minutes == 12
    assert opening.actual_start == TEN_AM
    assert opening.actual_end == TEN_AM + dt.timedelta(minutes=12)
    assert opening.delay_minutes == 2 and opening.status == "done"
    by_id = {s.segment_id: s for s in r.timetable}
    assert "seg-4" not in by_id  # removed from the programme
    assert by_id["seg-7"].status == "skipped" and by_id["seg-7"].actual_start is None
    assert by_id["seg-10"].status == "running" and by_id["seg-10"].actual_end is None
    assert by_id["seg-10"].actual_minutes == 7
    assert by_id["seg-12"].status == "pending" and by_id["seg-12"].actual_minutes is None
    assert [s.segment_id for s in r.timetable] == [
        s.id for _, s in ran.session.programme.segments()
    ]


def test_panel_with_panellists_questions_and_answers(ran: Ran) -> None:
    r = record_of(ran)
    panel1, panel2 = r.items[2].panels
    assert panel1.title.startswith("Panel 1:")
    assert panel1.panellists == (
        "Dr. Ignatius Fairweather, Professor, Kingsbridge Institute",
        "Ms. Ottilie Brandvold, Prosecutor",
    )
    assert panel1.moderator == "H.E. Ms. Rosalind Achterberg, Ambassador"
    q1, q2 = panel1.questions
    assert q1.question.id == ran.ids["q1"] and q1.question.speaker == "Chiara Vettorazzo"
    assert q1.question.organization == "SafeTech Ltd"
    assert q1.question.category == "Private sector" and q1.question.attendance == "Room"
    assert SCRIPT in q1.question.summary  # kept exactly; the formats escape it
    assert [a.id for a in q1.answers] == [ran.ids["a1"]]
    assert q1.answers[0].kind == "Answer (panellist)"
    assert q2.question.id == ran.ids["q2"] and q2.answers == ()
    assert [e.id for e in panel1.other] == [ran.ids["stmt"]]
    assert panel2.questions == () and panel2.other == ()


def test_standing_item_grouped_by_guiding_question(ran: Ran) -> None:
    r = record_of(ran)
    si1, si2, si3 = r.items[3].standing_items
    groups = {g.heading[:3]: [e.id for e in g.interventions] for g in si1.groups}
    assert groups["Q1."] == [ran.ids["g1"], ran.ids["g13"]]
    assert groups["Q2."] == []
    assert groups["Q3."] == [ran.ids["g13"]]
    assert si1.groups[-1].heading == "Other interventions"
    assert [e.id for e in si1.groups[-1].interventions] == [ran.ids["plain"]]
    assert ran.ids["deleted"] not in all_text(si1.groups)  # deleted: left out
    assert [e.id for e in si2.groups[1].interventions] == [ran.ids["g13"]]
    big = si2.groups[1].interventions[0].summary
    assert big == BIG  # the 1 MB summary whole
    assert all(not g.interventions for g in si3.groups)


def test_other_segments_removed_segments_and_nothing_dropped(ran: Ran) -> None:
    r = record_of(ran)
    (floor,) = r.items[1].others
    assert floor.segment_id == "seg-3"
    assert [e.summary for e in floor.interventions] == [HOSTILE_FORMULA, RTL]
    (removed,) = r.removed_segments
    assert removed.segment_id == "seg-4"
    assert [e.id for e in removed.interventions] == [ran.ids["removed"]]
    assert removed.interventions[0].tags == ("Briefing by the Co-Chairs (removed)",)
    live = {i for k, i in ran.ids.items() if k != "deleted"}
    assert {e.id for e in r.interventions()} == live


def test_speakers_and_speaking_time(ran: Ran) -> None:
    r = record_of(ran)
    first, second, third = r.speakers
    assert (first.speaker, first.organization) == ("Amina Zoubeir", "Hope Foundation")
    assert (first.spoken_seconds, first.allotted_seconds, first.overtime_seconds) == (200, 180, 20)
    assert second.speaker == "Bertrand Quillet" and second.overtime_seconds == 0
    assert second.spoken_seconds == 100
    assert third.speaker == "Chiara Vettorazzo" and third.segment == "Q&A on Panel 1"
    chart = {c.key: (c.speakers, c.turns, c.seconds) for c in r.speaking_time}
    assert chart["ngo"] == (1, 1, 200)
    assert chart["academia"] == (1, 1, 100)
    assert chart["private_sector"] == (1, 1, 90)
    assert chart["state_party"] == (0, 0, 0)


# ----------------------------------------------------------------------------- unattributed
def test_unattributed_record_names_nobody(ran: Ran) -> None:
    r = record_of(ran, attributed=False)
    text = all_text(r).casefold()
    for name in NAMES:
        assert name.casefold() not in text, name
    q1 = r.items[2].panels[0].questions[0]
    assert q1.question.speaker == "A representative of the private sector"
    assert q1.question.organization == ""
    assert q1.answers[0].speaker == "Panellist 1"  # a panellist of this panel, by their number
    panel = r.items[2].panels[0]
    assert panel.panellists == ("Panellist 1", "Panellist 2")
    assert panel.moderator == "The moderator"
    assert r.speakers[0].speaker == "A representative of an NGO"
    assert f"about {REDACTED}'s proposal" in panel.questions[1].question.summary
    assert not r.attributed


# ----------------------------------------------------------------------------- degenerate meetings
def test_a_meeting_never_started_gives_a_valid_record(tmp_path: Path) -> None:
    db, _, s, clock = new_session(tmp_path)
    try:
        r = build_record(s.state, clock.now())
        assert r.intervention_count == 0 and r.speakers == () and r.removed_segments == ()
        assert all(seg.status == "pending" and seg.actual_start is None for seg in r.timetable)
        assert all(x.actual_start is None for x in r.meeting.sittings)
        assert len(r.items) == 5
        assert build_record(s.state, clock.now(), attributed=False).intervention_count == 0
    finally:
        db.close()


def test_a_meeting_stopped_in_a_paused_segment(tmp_path: Path) -> None:
    db, _, s, clock = new_session(tmp_path)
    try:
        s.start_sitting()
        s.next()
        clock.advance(minutes=3)
        s.pause()
        clock.advance(minutes=30)
        r = build_record(s.state, clock.now())
        seg = r.timetable[0]
        assert seg.status == "paused" and seg.actual_seconds == 180 and seg.actual_end is None
        assert all(row.heard == 0 for row in r.attendance.by_category)
    finally:
        db.close()


def test_kind_labels_are_those_of_the_capture_pane() -> None:
    assert InterventionKind.ANSWER.label == "Answer (panellist)"


#: Each field of an intervention, and the record's name for what it shows of it. A new field of
#: :class:`InterventionFields` fails the test below until it is shown here or left out on purpose.
RENDERED = {
    "name": "speaker",
    "organization": "organization",
    "category": "category",
    "attendance": "attendance",
    "start": "start",
    "end": "end",
    "tags": "tags",
    "kind": "kind",
    "questions": "guiding_questions",
    "summary": "summary",
    "follow_up": "follow_up",
    "quotable": "quotable",
}
#: Ids a reader has no use for, and the answers' links (the record shows them by structure: the
#: answers under their question).
LEFT_OUT = {"participant_id", "queue_entry", "answers"}


def test_every_field_of_an_intervention_is_in_the_record_or_left_out_on_purpose() -> None:
    assert set(RENDERED) | LEFT_OUT == set(FIELDS) and not set(RENDERED) & LEFT_OUT
    shown = {f.name for f in dataclasses.fields(InterventionRecord)}
    assert set(RENDERED.values()) <= shown
