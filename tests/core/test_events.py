"""Typed events ↔ journal records: every event survives the trip; bad payloads are typed errors."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest

from facilitator.core.agenda.events import (
    AGENDA_EVENTS,
    ProgrammeEdited,
    SegmentExtended,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingEnded,
    SittingStarted,
)
from facilitator.core.errors import MalformedEventError
from facilitator.core.fold.defaults import REGISTRY, decode
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.journal.event import Event, EventRegistry, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Segment, SegmentKind
from tests.core.test_fold import seed_like

AT = dt.datetime(2024, 7, 10, 8, 0, 0, 123456, tzinfo=dt.UTC)

EVENTS: list[Event] = [
    SittingStarted(0),
    SittingEnded(1),
    SegmentStarted("seg-1"),
    SegmentPaused("seg-1"),
    SegmentResumed("seg-1"),
    SegmentExtended("seg-1", 300),
    SegmentExtended("seg-1", -60),
    SegmentFinished("seg-12"),
    Undone(7),
    Redone(7),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: type(e).__name__)
def test_every_event_survives_a_trip_through_json(event: Event) -> None:
    record = to_record(event, at=AT, actor="Co-Chair A")
    assert record.type == event.type_name and record.seq == 0
    assert record.at == AT and record.actor == "Co-Chair A"
    stored = replace(record, payload=json.loads(json.dumps(record.payload)), seq=3)
    assert decode(stored) == event


def test_a_programme_edit_carries_the_whole_programme_with_its_ids() -> None:
    programme = seed_like()
    items = list(programme.items)
    items[0] = replace(
        items[0], segments=(*items[0].segments, Segment("seg-x", SegmentKind.OTHER, "Film", 5))
    )
    edited = replace(programme, items=tuple(items))
    record = to_record(ProgrammeEdited(edited), at=AT, actor="cc")
    stored = replace(record, payload=json.loads(json.dumps(record.payload)))
    decoded = decode(stored)
    assert isinstance(decoded, ProgrammeEdited)
    assert decoded.programme == edited
    assert decoded.programme.segment_ids()[1] == "seg-x"


def test_times_are_stored_in_utc() -> None:
    vienna = AT.astimezone(seed_like().zone())
    assert to_record(SegmentStarted("s"), at=vienna, actor="cc").at.utcoffset() == dt.timedelta(0)
    with pytest.raises(ValueError, match="timezone-aware"):
        to_record(SegmentStarted("s"), at=dt.datetime(2024, 7, 10, 10), actor="cc")


def test_undo_and_redo_are_not_undoable_the_agenda_events_are() -> None:
    assert not Undone.undoable and not Redone.undoable
    # a jump of the computer's clock is a fact, not an action: nothing to undo
    assert [cls.type_name for cls in AGENDA_EVENTS if not cls.undoable] == ["ClockAdjusted"]


def test_an_unknown_type_decodes_to_nothing() -> None:
    record = EventRecord("FromTheFuture", AT, "cc", {"who": "Ms. A"})
    assert decode(record) is None
    assert "FromTheFuture" not in REGISTRY and "SegmentStarted" in REGISTRY


@pytest.mark.parametrize(
    ("type_name", "payload", "complaint"),
    [
        ("SegmentStarted", {}, "has no 'segment_id'"),
        ("SegmentStarted", {"segment_id": ""}, "not a non-empty text"),
        ("SegmentPaused", {"segment_id": 3}, "not a non-empty text"),
        ("SegmentExtended", {"segment_id": "s", "seconds": "60"}, "not a whole number"),
        ("SegmentExtended", {"segment_id": "s", "seconds": 1.5}, "not a whole number"),
        ("SegmentExtended", {"segment_id": "s", "seconds": True}, "not a whole number"),
        ("SittingStarted", {"sitting": -1}, "below 0"),
        ("SittingEnded", {"sitting": None}, "not a whole number"),
        ("Undone", {"target_seq": 0}, "below 1"),
        ("Redone", {}, "has no 'target_seq'"),
        ("SegmentStarted", ["seg-1"], "not an object"),
        ("ProgrammeEdited", {"programme": "a text"}, "not an object"),
        ("ProgrammeEdited", {"programme": {"title": "No items"}}, "cannot be read"),
    ],
)
def test_malformed_payloads_raise_a_typed_error(
    type_name: str, payload: Any, complaint: str
) -> None:
    record = EventRecord(type_name, AT, "cc", payload, seq=12)
    with pytest.raises(MalformedEventError) as caught:
        decode(record)
    error = caught.value
    assert error.seq == 12 and error.type_name == type_name
    assert complaint in str(error)
    assert str(error).startswith(f"The meeting's journal is damaged: event 12 ({type_name})")


def test_a_registry_refuses_two_classes_with_one_name() -> None:
    class Imposter(SegmentStarted):
        pass

    registry = EventRegistry([SegmentStarted])
    registry.register(SegmentStarted)  # the same class again is fine
    with pytest.raises(ValueError, match="share the type name"):
        registry.register(Imposter)
    with pytest.raises(ValueError, match="no type_name"):
        registry.register(Event)
    assert registry.names() == frozenset({"SegmentStarted"})
