"""Participants: their plain-data form (what an importer produces and the journal keeps), their
events, the registry, and the commands that add, edit and import them."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.errors import MalformedEventError
from facilitator.core.fold.engine import fold
from facilitator.core.journal.event import decode_as, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.data import (
    ParticipantDataError,
    cleaned,
    participant_from_data,
    participant_to_data,
)
from facilitator.core.participants.events import (
    ParticipantAdded,
    ParticipantEdited,
    ParticipantsImported,
)
from facilitator.core.participants.registry import ParticipantRegistry
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue import commands as qc
from facilitator.core.queue.reducer import queue_of
from facilitator.ui.words import redo_text
from tests.core.test_commands import refused
from tests.core.test_fold import TEN_AM, Desk, seed_like
from tests.core.test_queue import people

FULL = Participant(
    "p-3", "Ms. Amina Diallo", "Youth Network", Category.NGO, Attendance.ONLINE, "woman", True
)


# ----------------------------------------------------------------------------- plain data
def test_the_plain_form_round_trips_and_leaves_undeclared_fields_out() -> None:
    assert participant_to_data(FULL) == {
        "id": "p-3",
        "name": "Ms. Amina Diallo",
        "organization": "Youth Network",
        "category": "ngo",
        "attendance": "online",
        "gender": "woman",
        "youth": True,
    }
    plain = Participant("p-4", "Mr. B")
    assert participant_to_data(plain) == {
        "id": "p-4",
        "name": "Mr. B",
        "organization": "",
        "category": "other",
        "attendance": "room",
    }
    guest = replace(plain, guest=True, youth=False)
    for participant in (FULL, plain, guest):
        assert participant_from_data(participant_to_data(participant)) == participant


def test_an_importer_may_leave_out_what_has_a_default() -> None:
    assert participant_from_data({"name": "Dr. C"}, require_id=False) == Participant("", "Dr. C")
    data = {"id": "x-7", "name": "  Dr.\tC \n", "organization": " Uni  C ", "gender": "  "}
    assert participant_from_data(data) == Participant("x-7", "Dr. C", "Uni C")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "A"}, "the id is empty"),
        ({"id": 3, "name": "A"}, "the id is not text"),
        ({"id": "p-1"}, "the name is empty"),
        ({"id": "p-1", "name": 5}, "the name is not text"),
        ({"id": "p-1", "name": " "}, "the name is empty"),
        ({"id": "p-1", "name": "A" * 301}, "longer than 300"),
        ({"id": "p-1", "name": "A", "organization": 5}, "the organization is not text"),
        ({"id": "p-1", "name": "A", "category": "NGO"}, "the category 'NGO' is not known"),
        ({"id": "p-1", "name": "A", "category": ["ngo"]}, "is not known"),
        ({"id": "p-1", "name": "A", "attendance": "hybrid"}, "attendance 'hybrid'"),
        ({"id": "p-1", "name": "A", "youth": "yes"}, "youth status"),
        ({"id": "p-1", "name": "A", "guest": 1}, "guest flag"),
        ("p-1", "not an object"),
    ],
)
def test_bad_plain_data_says_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(ParticipantDataError, match=message):
        participant_from_data(data)


def test_categories_and_attendance_read_what_registration_lists_say() -> None:
    assert Category.parse("Civil Society Organisation") is Category.NGO
    assert Category.parse("non-governmental organization") is Category.NGO
    assert Category.parse("UNIVERSITY") is Category.ACADEMIA
    assert Category.parse("Private sector") is Category.PRIVATE_SECTOR
    assert Category.parse("Member State") is Category.STATE_PARTY
    assert Category.parse("IGO") is Category.INTERGOVERNMENTAL
    assert Category.parse("UN entity") is Category.UN_ENTITY
    assert Category.parse("Media") is None
    assert Attendance.parse("In person") is Attendance.ROOM
    assert Attendance.parse("Online (Teams)") is None
    assert Attendance.parse("Teams") is Attendance.ONLINE
    assert [c.label for c in Category] == [
        "NGO",
        "Academia",
        "Private sector",
        "State party",
        "Intergovernmental organization",
        "UN entity",
        "Other",
    ]
    assert (Attendance.ROOM.label, Attendance.ONLINE.short) == ("in the room", "Online")
    assert FULL.display == "Ms. Amina Diallo (Youth Network)" and FULL.online
    assert Participant("p-1", "Alone").display == "Alone"


def test_cleaning_puts_texts_on_one_line() -> None:
    assert cleaned(Participant("", " A\nB ", "", gender="")) == Participant("", "A B")
    assert cleaned(FULL) is FULL
    with pytest.raises(ParticipantDataError, match="category"):
        cleaned(Participant("", "A", "", "ngo"))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- events
@pytest.mark.parametrize(
    "event",
    [
        ParticipantsImported((FULL, Participant("p-4", "Mr. B")), "registration.xlsx"),
        ParticipantAdded(replace(FULL, guest=True)),
        ParticipantEdited(FULL),
    ],
)
def test_participant_events_survive_the_journal(event: Any) -> None:
    record = to_record(event, at=TEN_AM, actor="cc")
    payload = json.loads(json.dumps(record.payload))
    assert decode_as(type(event), replace(record, payload=payload)) == event


@pytest.mark.parametrize(
    ("cls", "payload"),
    [
        (ParticipantsImported, {"participants": {}}),
        (ParticipantsImported, {"participants": [{"id": "p-1"}]}),
        (ParticipantsImported, {"participants": [], "source": 3}),
        (ParticipantsImported, []),
        (ParticipantAdded, {}),
        (ParticipantAdded, {"participant": {"id": "", "name": "A"}}),
        (ParticipantEdited, {"participant": "A"}),
    ],
)
def test_malformed_participant_events(cls: Any, payload: Any) -> None:
    with pytest.raises(MalformedEventError):
        decode_as(cls, EventRecord(cls.type_name, TEN_AM, "cc", payload, seq=2))


# ----------------------------------------------------------------------------- the registry
def test_the_registry_adds_all_or_nothing_and_numbers_after_every_id() -> None:
    empty = ParticipantRegistry.EMPTY
    assert empty.next_id() == "p-1" and empty.fresh_ids(2) == ["p-1", "p-2"]
    one = empty.with_added([Participant("p-7", "A"), Participant("x", "B")])
    assert [p.id for p in one] == ["p-7", "x"] and one.next_id() == "p-8" and len(one) == 2
    assert one.with_added([Participant("p-9", "C"), Participant("x", "D")]) is one  # x is taken
    assert one.with_added([Participant("p-9", "C"), Participant("p-9", "D")]) is one
    assert one.with_added([Participant("", "C")]) is one
    assert one.with_added([]) is one
    edited = one.with_replaced(Participant("p-7", "A2"))
    assert [p.name for p in edited] == ["A2", "B"]  # keeps its place
    assert edited.with_replaced(Participant("p-404", "Z")) is edited
    assert edited.name("p-404") == "p-404" and "x" in edited and "p-404" not in edited


# ----------------------------------------------------------------------------- commands
def test_an_import_numbers_the_participants_and_one_undo_takes_it_back() -> None:
    desk = Desk()
    rows = [Participant("p-5", "Imported with an id"), *people(3)]
    record = desk.do(qc.import_participants, rows, " registration\n.csv ")
    assert [p["id"] for p in record.payload["participants"]] == ["p-5", "p-6", "p-7", "p-8"]
    assert record.payload["source"] == "registration .csv"
    registry = queue_of(desk.state).participants
    assert len(registry) == 4 and registry.next_id() == "p-9"
    assert registry.get("p-6") == replace(people(3)[0], id="p-6")
    guest = desk.do(qc.add_guest, " Ms.  G ", "Guests\nInc.", Category.NGO, Attendance.ONLINE)
    assert guest.payload["participant"] == {
        "id": "p-9",
        "name": "Ms. G",
        "organization": "Guests Inc.",
        "category": "ngo",
        "attendance": "online",
        "guest": True,
    }
    desk.do(cmd.undo)
    desk.do(cmd.undo)
    assert len(queue_of(desk.state).participants) == 0
    assert (
        redo_text(desk.state.undo.redo_label)
        == "Redo: Import of 4 participants (registration .csv)"
    )


def test_a_guest_is_other_and_in_the_room_unless_told() -> None:
    desk = Desk()
    desk.do(qc.add_guest, "Mr. H", "Helpers")
    guest = queue_of(desk.state).participant("p-1")
    assert guest == Participant(
        "p-1", "Mr. H", "Helpers", Category.OTHER, Attendance.ROOM, guest=True
    )


def test_editing_a_participant_replaces_them_whole() -> None:
    desk = Desk()
    desk.do(qc.import_participants, people(2))
    desk.do(qc.edit_participant, Participant("p-2", "Dr. Two", "Org 2", Category.UN_ENTITY))
    assert queue_of(desk.state).participant("p-2") == Participant(
        "p-2", "Dr. Two", "Org 2", Category.UN_ENTITY
    )
    assert str(refused(desk, qc.edit_participant, queue_of(desk.state).participant("p-2"))) == (
        "Nothing has changed."
    )


def test_ten_thousand_registrations_fold_in_one_event() -> None:
    rows = [
        Participant("", f"Participant {n}", f"Organization {n % 700}", list(Category)[n % 7])
        for n in range(10_000)
    ]
    desk = Desk()
    record = desk.do(qc.import_participants, rows, "big.xlsx")
    assert len(record.payload["participants"]) == 10_000
    stored = json.loads(json.dumps(record.payload))
    state = fold(seed_like(), [replace(record, payload=stored, seq=1)])
    registry = queue_of(state).participants
    assert len(registry) == 10_000 and registry.next_id() == "p-10001"
    assert registry.get("p-10000") == replace(rows[-1], id="p-10000")
    assert queue_of(state) == queue_of(desk.state)
