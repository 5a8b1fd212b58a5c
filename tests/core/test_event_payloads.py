"""Journals already written stay readable: every event type's payload, as the store keeps it.

The texts below were taken from what the hand-written ``to_payload`` methods produced before the
events were declared once and their payloads derived (issue 16), in the exact form the store
writes them (``json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))``).
Each must decode to the same event, and the event must encode to the very same bytes: keys, key
order, values and type names. Never edit a text here to make a test pass: a journal on a
Secretariat's disk holds it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

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
from facilitator.core.fold.engine import Folder
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.interventions.events import (
    InterventionDeleted,
    InterventionEdited,
    InterventionLogged,
    InterventionRestored,
)
from facilitator.core.interventions.fields import InterventionKind, QuestionRef
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.events import (
    ParticipantAdded,
    ParticipantEdited,
    ParticipantsImported,
)
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import AgendaItem, Person, Programme, Segment, SegmentKind, Sitting
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
from facilitator.core.queue.floor_events import (
    BalanceMeasure,
    BudgetSet,
    FloorInterjected,
    SpeakersBalanced,
)
from facilitator.core.queue.values import TurnKind
from tests.core.test_fold import seed_like

AT = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)
VIENNA = dt.timezone(dt.timedelta(hours=2))
T = dt.datetime(2024, 7, 10, 10, 0, 0, 123456, tzinfo=VIENNA)

TINY = Programme(
    "Tiny",
    date=dt.date(2024, 7, 10),
    timezone="Europe/Vienna",
    sittings=(Sitting(dt.time(10), dt.time(13)),),
    items=(
        AgendaItem(
            "item-1",
            "Item I",
            "I",
            segments=(
                Segment(
                    "seg-1",
                    SegmentKind.PANEL,
                    "Panel",
                    30,
                    number=1,
                    guiding_questions=("Why?",),
                    panellists=(Person("Dr. A", "Chair", "Uni"),),
                ),
            ),
        ),
    ),
).validate()
ANA = Participant(
    id="p-1",
    name="Ms. Ana López",
    organization="NGO «Éa»",
    category=Category.NGO,
    attendance=Attendance.ONLINE,
    gender="woman",
    youth=True,
)
B = Participant(id="p-2", name="Mr. B")
GUEST = Participant(
    id="p-3",
    name="Guest \u202bC\u202c",
    organization="Org",
    category=Category.UN_ENTITY,
    guest=True,
)

#: (the stored payload text, the event it is). One or more per event type.
STORED: list[tuple[str, Event]] = [
    ('{"sitting":0}', SittingStarted(sitting=0)),
    ('{"sitting":1}', SittingEnded(sitting=1)),
    ('{"segment_id":"seg-1"}', SegmentStarted(segment_id="seg-1")),
    ('{"segment_id":"seg-1"}', SegmentPaused(segment_id="seg-1")),
    ('{"segment_id":"seg-1"}', SegmentResumed(segment_id="seg-1")),
    ('{"segment_id":"seg-1","seconds":-60}', SegmentExtended(segment_id="seg-1", seconds=-60)),
    ('{"segment_id":"seg-1"}', SegmentFinished(segment_id="seg-1")),
    (
        '{"programme":{"format_version":1,"title":"Tiny","date":"2024-07-10",'
        '"timezone":"Europe/Vienna","sittings":[{"start":"10:00","end":"13:00"}],'
        '"items":[{"id":"item-1","number":"I","title":"Item I","segments":[{"id":"seg-1",'
        '"kind":"panel","number":1,"title":"Panel","planned_minutes":30,'
        '"guiding_questions":["Why?"],"panellists":[{"name":"Dr. A","role":"Chair",'
        '"organization":"Uni"}]}]}]}}',
        ProgrammeEdited(programme=TINY),
    ),
    ('{"milliseconds":-1500,"corrects":true}', ClockAdjusted(milliseconds=-1500, corrects=True)),
    (
        '{"milliseconds":3600000,"corrects":false}',
        ClockAdjusted(milliseconds=3_600_000, corrects=False),
    ),
    ('{"target_seq":7}', Undone(target_seq=7)),
    ('{"target_seq":7}', Redone(target_seq=7)),
    (
        '{"participants":[{"id":"p-1","name":"Ms. Ana López","organization":"NGO «Éa»",'
        '"category":"ngo","attendance":"online","gender":"woman","youth":true},{"id":"p-2",'
        '"name":"Mr. B","organization":"","category":"other","attendance":"room"}],'
        '"source":"registration.xlsx"}',
        ParticipantsImported(participants=(ANA, B), source="registration.xlsx"),
    ),
    ('{"participants":[],"source":""}', ParticipantsImported(participants=(), source="")),
    (
        '{"participant":{"id":"p-3","name":"Guest \u202bC\u202c","organization":"Org",'
        '"category":"un_entity","attendance":"room","guest":true}}',
        ParticipantAdded(participant=GUEST),
    ),
    (
        '{"participant":{"id":"p-1","name":"Ms. Ana López","organization":"NGO «Éa»",'
        '"category":"ngo","attendance":"online","gender":"woman","youth":true}}',
        ParticipantEdited(participant=ANA),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-1","participant_id":"p-1","position":null,'
        '"addresses":[],"note":""}',
        SpeakerQueued(segment_id="seg-1", entry_id="s-1", participant_id="p-1"),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2","participant_id":"p-2","position":0,'
        '"addresses":["seg-2","seg-3"],"note":"on item 2"}',
        SpeakerQueued(
            segment_id="seg-1",
            entry_id="s-2",
            participant_id="p-2",
            position=0,
            addresses=("seg-2", "seg-3"),
            note="on item 2",
        ),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2","position":3}',
        SpeakerMoved(segment_id="seg-1", entry_id="s-2", position=3),
    ),
    (
        '{"segment_id":"seg-1","order":["s-2","s-1"],"reason":"alternate"}',
        SpeakersReordered(segment_id="seg-1", order=("s-2", "s-1"), reason=ReorderReason.ALTERNATE),
    ),
    (
        '{"segment_id":"seg-1","order":[],"reason":"manual"}',
        SpeakersReordered(segment_id="seg-1", order=()),
    ),
    (
        '{"segment_id":"seg-1","order":["s-2","s-1"],"measure":"time","next_group":"ngo",'
        '"next_heard":40,"most_group":"academia","most_heard":300}',
        SpeakersBalanced(
            "seg-1", ("s-2", "s-1"), BalanceMeasure.TIME, Category.NGO, 40, Category.ACADEMIA, 300
        ),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-3","kind":"point_of_order","limit_seconds":60,'
        '"participant_id":"p-5"}',
        FloorInterjected("seg-1", "s-3", TurnKind.POINT_OF_ORDER, 60, "p-5"),
    ),
    (
        '{"segment_id":"seg-1","group":"ngo","seconds":2400}',
        BudgetSet("seg-1", Category.NGO, 2400),
    ),
    ('{"segment_id":"seg-1","entry_id":"s-1"}', SpeakerCalled(segment_id="seg-1", entry_id="s-1")),
    ('{"segment_id":"seg-1","entry_id":"s-1"}', SpeakerPaused(segment_id="seg-1", entry_id="s-1")),
    ('{"segment_id":"seg-1","entry_id":"s-1"}', SpeakerResumed(segment_id="seg-1", entry_id="s-1")),
    (
        '{"segment_id":"seg-1","entry_id":"s-1","seconds":30}',
        SpeakerExtended(segment_id="seg-1", entry_id="s-1", seconds=30),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-1"}',
        SpeakerFinished(segment_id="seg-1", entry_id="s-1"),
    ),
    ('{"segment_id":"seg-1","entry_id":"s-2"}', SpeakerSkipped(segment_id="seg-1", entry_id="s-2")),
    (
        '{"segment_id":"seg-1","entry_id":"s-2"}',
        SpeakerDeferred(segment_id="seg-1", entry_id="s-2"),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2"}',
        SpeakerWithdrawn(segment_id="seg-1", entry_id="s-2"),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2","position":null}',
        SpeakerRestored(segment_id="seg-1", entry_id="s-2"),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2","position":1}',
        SpeakerRestored(segment_id="seg-1", entry_id="s-2", position=1),
    ),
    (
        '{"segment_id":"seg-1","entry_id":"s-2","addresses":["seg-3"],"note":"note"}',
        SpeakerEdited(segment_id="seg-1", entry_id="s-2", addresses=("seg-3",), note="note"),
    ),
    ('{"segment_id":"seg-1"}', ListClosed(segment_id="seg-1")),
    ('{"segment_id":"seg-1"}', ListReopened(segment_id="seg-1")),
    ('{"segment_id":"seg-1","seconds":120}', ListLimitSet(segment_id="seg-1", seconds=120)),
    (
        '{"id":"i-1","participant_id":"p-1","name":"Ms. Ana López","organization":"NGO «Éa»",'
        '"category":"ngo","attendance":"online","queue_entry":"s-1",'
        '"start":"2024-07-10T08:00:00.123456+00:00","end":"2024-07-10T08:02:31.123706+00:00",'
        '"tags":["seg-1","seg-2"],"kind":"question","questions":[{"segment_id":"seg-1",'
        '"index":0,"text":"Why?"}],"answers":[],"summary":"First.\\n\\nSecond \u202bpara\u202c '
        '\\u0000 <b>","follow_up":true,"quotable":false}',
        InterventionLogged(
            id="i-1",
            participant_id="p-1",
            name="Ms. Ana López",
            organization="NGO «Éa»",
            category=Category.NGO,
            attendance=Attendance.ONLINE,
            queue_entry="s-1",
            start=T,
            end=T + dt.timedelta(seconds=151, microseconds=250),
            tags=("seg-1", "seg-2"),
            kind=InterventionKind.QUESTION,
            questions=(QuestionRef("seg-1", 0, "Why?"),),
            answers=(),
            summary="First.\n\nSecond \u202bpara\u202c \x00 <b>",
            follow_up=True,
            quotable=False,
        ),
    ),
    (
        '{"id":"i-2","participant_id":null,"name":"Dr. A","organization":"","category":null,'
        '"attendance":null,"queue_entry":null,"start":null,"end":null,"tags":["seg-1"],'
        '"kind":"answer","questions":[],"answers":["i-1"],"summary":"","follow_up":false,'
        '"quotable":true}',
        InterventionLogged(
            id="i-2",
            participant_id=None,
            name="Dr. A",
            organization="",
            category=None,
            attendance=None,
            queue_entry=None,
            start=None,
            end=None,
            tags=("seg-1",),
            kind=InterventionKind.ANSWER,
            questions=(),
            answers=("i-1",),
            summary="",
            follow_up=False,
            quotable=True,
        ),
    ),
    (
        '{"id":"i-1","changes":{"participant_id":null,"category":null,"attendance":"room",'
        '"start":null,"end":"2024-07-10T08:00:00.123456+00:00","tags":["seg-2"],'
        '"kind":"recommendation","questions":[{"segment_id":"seg-1","index":0,"text":"Why?"}],'
        '"summary":"","quotable":true}}',
        InterventionEdited.of(
            "i-1",
            {
                "summary": "",
                "tags": ("seg-2",),
                "category": None,
                "start": None,
                "end": T,
                "kind": InterventionKind.RECOMMENDATION,
                "questions": (QuestionRef("seg-1", 0, "Why?"),),
                "attendance": Attendance.ROOM,
                "quotable": True,
                "participant_id": None,
            },
        ),
    ),
    ('{"id":"i-1"}', InterventionDeleted(id="i-1")),
    ('{"id":"i-1"}', InterventionRestored(id="i-1")),
]

#: Payloads a journal may hold that the writer no longer produces in this form (keys left out,
#: values of a newer version), and what they read as.
OLDER: list[tuple[str, dict[str, Any], Event]] = [
    (
        "SpeakerQueued",
        {"segment_id": "seg-1", "entry_id": "s-1", "participant_id": "p-1"},
        SpeakerQueued(segment_id="seg-1", entry_id="s-1", participant_id="p-1"),
    ),
    ("SpeakersReordered", {"segment_id": "seg-1"}, SpeakersReordered("seg-1", ())),
    (
        "SpeakersReordered",
        {"segment_id": "seg-1", "order": ["s-1"], "reason": "from the future"},
        SpeakersReordered("seg-1", ("s-1",), ReorderReason.MANUAL),
    ),
    (
        "SpeakerRestored",
        {"segment_id": "seg-1", "entry_id": "s-2"},
        SpeakerRestored(segment_id="seg-1", entry_id="s-2"),
    ),
    (
        "SpeakerEdited",
        {"segment_id": "seg-1", "entry_id": "s-2"},
        SpeakerEdited(segment_id="seg-1", entry_id="s-2"),
    ),
    (
        "ParticipantsImported",
        {"participants": [{"id": "p-9", "name": "  Ms.   X ", "category": "academia"}]},
        ParticipantsImported((Participant("p-9", "Ms. X", category=Category.ACADEMIA),)),
    ),
    (
        "InterventionLogged",
        {"id": "i-3", "name": "A", "tags": ["seg-1"], "kind": "statement"},
        InterventionLogged(
            id="i-3",
            participant_id=None,
            name="A",
            organization="",
            category=None,
            attendance=None,
            queue_entry=None,
            start=None,
            end=None,
            tags=("seg-1",),
            kind=InterventionKind.STATEMENT,
            questions=(),
            answers=(),
            summary="",
            follow_up=False,
            quotable=False,
        ),
    ),
    (
        "InterventionLogged",
        {
            "id": "i-4",
            "name": "A",
            "tags": ["seg-1"],
            "kind": "testimony",
            "category": "diaspora",
            "language": "fr",
            "start": "2024-07-10T10:00:00+02:00",
            "questions": [{"segment_id": "seg-1", "index": 2}],
        },
        InterventionLogged(
            id="i-4",
            participant_id=None,
            name="A",
            organization="",
            category=Category.OTHER,
            attendance=None,
            queue_entry=None,
            start=dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC),
            end=None,
            tags=("seg-1",),
            kind=InterventionKind.STATEMENT,
            questions=(QuestionRef("seg-1", 2, ""),),
            answers=(),
            summary="",
            follow_up=False,
            quotable=False,
        ),
    ),
    (
        "InterventionEdited",
        {"id": "i-1", "changes": {"summary": "x", "language": "fr"}},
        InterventionEdited("i-1", (("summary", "x"),)),
    ),
]


def registry() -> Any:
    """Every event type the app folds (the default slices'), and undo/redo."""
    return Folder(seed_like()).registry


def stored_text(payload: dict[str, Any]) -> str:
    """The payload as the store writes it."""
    return json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@pytest.mark.parametrize(("text", "event"), STORED, ids=lambda v: getattr(v, "type_name", ""))
def test_a_stored_payload_decodes_to_the_same_event(text: str, event: Event) -> None:
    record = EventRecord(event.type_name, AT, "cc", json.loads(text), seq=3)
    assert registry().decode(record) == event


@pytest.mark.parametrize(("text", "event"), STORED, ids=lambda v: getattr(v, "type_name", ""))
def test_an_event_encodes_to_the_stored_bytes(text: str, event: Event) -> None:
    record = to_record(event, at=AT, actor="cc")
    assert record.type == event.type_name
    assert stored_text(record.payload) == text


@pytest.mark.parametrize(("type_name", "payload", "event"), OLDER, ids=[o[0] for o in OLDER])
def test_what_older_or_newer_versions_wrote_still_reads(
    type_name: str, payload: dict[str, Any], event: Event
) -> None:
    assert registry().decode(EventRecord(type_name, AT, "cc", payload, seq=3)) == event


def test_every_registered_type_has_a_stored_payload() -> None:
    """A new event type needs its fixture here (its first journal is forever)."""
    assert {event.type_name for _, event in STORED} == set(registry().names())
    assert len(registry().names()) == 37
