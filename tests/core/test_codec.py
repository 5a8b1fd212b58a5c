"""The payload codec: every event type, declared once, survives the journal; a payload that
cannot be read says which type and which key; declarations the codec cannot write are refused
when the class is first used, not when a journal is read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Generic, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.errors import MalformedEventError
from facilitator.core.interventions.events import InterventionEdited, InterventionLogged
from facilitator.core.interventions.fields import FIELDS
from facilitator.core.journal.codec import (
    NON_EMPTY,
    REQUIRED,
    Fallback,
    Id,
    Min,
    NonEmpty,
    PayloadError,
    Using,
    codec_of,
    field_hints,
)
from facilitator.core.journal.event import Event, decode_as, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.data import MAX_TEXT
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Programme
from tests.core.test_event_payloads import TINY, registry, stored_text
from tests.core.test_fold import seed_like

AT = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)
REGISTERED: list[type[Event]] = sorted(
    (typing.cast(type[Event], registry().get(name)) for name in registry().names()),
    key=lambda cls: cls.type_name,
)


# ----------------------------------------------------------------------------- strategies
def _clean_text(*, required: bool) -> st.SearchStrategy[str]:
    """One line of text as a participant's data form keeps it (no runs of spaces)."""
    word = st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=6
    )
    words = st.lists(word, min_size=1 if required else 0, max_size=4).map(" ".join)
    return words.filter(lambda t: len(t) <= MAX_TEXT and t == " ".join(t.split()))


PARTICIPANTS = st.builds(
    Participant,
    id=st.text(min_size=1, max_size=8),
    name=_clean_text(required=True),
    organization=_clean_text(required=False),
    category=st.sampled_from(Category),
    attendance=st.sampled_from(Attendance),
    gender=st.none() | _clean_text(required=True),
    youth=st.none() | st.booleans(),
    guest=st.booleans(),
)
TIMES = st.datetimes(
    min_value=dt.datetime(1990, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [
            dt.UTC,
            dt.timezone(dt.timedelta(hours=2)),
            dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
        ]
    ),
)


def strategy(hint: Any) -> st.SearchStrategy[Any]:
    """Values of the type ``hint`` that its declared constraints allow."""
    metadata: tuple[Any, ...] = ()
    if typing.get_origin(hint) is Annotated:
        hint, *rest = typing.get_args(hint)
        metadata = tuple(rest)
    if any(isinstance(m, Using) for m in metadata):
        return USING[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        return st.none() | strategy(Annotated[(inner, *metadata)] if metadata else inner)
    if origin is tuple:
        if args[1:] == (Ellipsis,):
            return st.lists(strategy(args[0]), max_size=4).map(tuple)
        return st.tuples(*(strategy(a) for a in args))
    if hint is bool:
        return st.booleans()
    if hint is int:
        least = next((m.value for m in metadata if isinstance(m, Min)), None)
        return st.integers(min_value=least, max_value=2**53)
    if hint is str:
        return st.text(min_size=1 if any(isinstance(m, NonEmpty) for m in metadata) else 0)
    if hint is dt.datetime:
        return TIMES
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(hint)
    if dataclasses.is_dataclass(hint):
        return st.builds(hint, **{k: strategy(h) for k, h in field_hints(hint).items()})
    raise AssertionError(f"no strategy for {hint!r}")


def _changes() -> st.SearchStrategy[tuple[tuple[str, Any], ...]]:
    hints = field_hints(InterventionLogged)
    chosen = st.sets(st.sampled_from(FIELDS))
    return chosen.flatmap(
        lambda names: st.tuples(
            *(st.tuples(st.just(n), strategy(hints[n])) for n in FIELDS if n in names)
        )
    )


USING: dict[Any, st.SearchStrategy[Any]] = {
    Programme: st.sampled_from([TINY, seed_like()]),
    Participant: PARTICIPANTS,
    tuple[tuple[str, Any], ...]: _changes(),
}


def events_of(cls: type[Event]) -> st.SearchStrategy[Event]:
    return st.builds(cls, **{name: strategy(h) for name, h in field_hints(cls).items()})


def through_the_store(record: EventRecord) -> EventRecord:
    return dataclasses.replace(record, payload=json.loads(stored_text(record.payload)), seq=9)


# ----------------------------------------------------------------------------- round trips
def test_every_event_type_of_the_app_is_covered() -> None:
    assert len(REGISTERED) == 37
    assert all(dataclasses.is_dataclass(cls) for cls in REGISTERED)


@pytest.mark.parametrize("cls", REGISTERED, ids=lambda cls: cls.type_name)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_registered_event_type_survives_the_journal(cls: type[Event], data: Any) -> None:
    event = data.draw(events_of(cls))
    record = through_the_store(to_record(event, at=AT, actor="cc"))
    assert record.type == cls.type_name
    assert registry().decode(record) == event
    # Encoding is stable: the decoded event writes the very same bytes.
    assert stored_text(typing.cast(Event, registry().decode(record)).to_payload()) == stored_text(
        record.payload
    )


# ----------------------------------------------------------------------------- malformed payloads
@pytest.mark.parametrize(
    ("type_name", "payload", "complaint"),
    [
        ("SpeakerQueued", {"segment_id": "s", "entry_id": "e"}, "has no 'participant_id'"),
        (
            "SpeakerQueued",
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "position": -1},
            "has a 'position' below 0",
        ),
        (
            "SpeakerQueued",
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "position": "1"},
            "has a 'position' that is not a whole number or null",
        ),
        (
            "SpeakerQueued",
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "addresses": ["a", ""]},
            "has a 'addresses[1]' that is not a non-empty text",
        ),
        (
            "SpeakerQueued",
            {"segment_id": "s", "entry_id": "e", "participant_id": "p", "addresses": "a"},
            "has a 'addresses' that is not a list",
        ),
        ("SpeakersReordered", {"segment_id": "s", "reason": 3}, "has a 'reason' that is not one"),
        ("ListLimitSet", {"segment_id": "s", "seconds": 0}, "has a 'seconds' below 1"),
        ("ClockAdjusted", {"milliseconds": 5, "corrects": 1}, "'corrects' that is not true or"),
        ("ParticipantAdded", {"participant": "Ms. A"}, "has a 'participant' that is not an object"),
        (
            "ParticipantsImported",
            {"participants": [{"id": "p-1", "name": "A"}, {"id": "p-2", "name": ""}]},
            "has a 'participants[1]' that cannot be read (the name is empty)",
        ),
        ("ParticipantsImported", {"source": "x.csv"}, "has no 'participants'"),
        ("InterventionLogged", {"name": "A", "tags": ["t"], "kind": "question"}, "has no 'id'"),
        ("InterventionLogged", {"id": "i-1", "tags": ["t"], "kind": "question"}, "has no 'name'"),
        (
            "InterventionLogged",
            {"id": "i-1", "name": "A", "tags": ["t"], "kind": "question", "attendance": "moon"},
            "has a 'attendance' that is not one of 'room', 'online' or null",
        ),
        (
            "InterventionLogged",
            {
                "id": "i-1",
                "name": "A",
                "tags": ["t"],
                "kind": "question",
                "questions": [{"segment_id": "s", "index": -2, "text": ""}],
            },
            "has a 'questions[0].index' below 0",
        ),
        (
            "InterventionLogged",
            {"id": "i-1", "name": "A", "tags": ["t"], "kind": "x", "start": "10:00"},
            "has a 'start' that is not an ISO time with its offset or null",
        ),
        ("InterventionEdited", {"id": "i-1"}, "has no 'changes'"),
        (
            "InterventionEdited",
            {"id": "i-1", "changes": {"follow_up": "yes"}},
            "has a 'changes.follow_up' that is not true or false",
        ),
        ("InterventionDeleted", {"id": 1}, "has a 'id' that is not a non-empty text"),
    ],
)
def test_a_malformed_payload_names_the_type_and_the_key(
    type_name: str, payload: Any, complaint: str
) -> None:
    record = EventRecord(type_name, AT, "cc", payload, seq=41)
    with pytest.raises(MalformedEventError) as caught:
        registry().decode(record)
    error = caught.value
    assert (error.type_name, error.seq) == (type_name, 41)
    assert complaint in error.message, error.message
    assert str(error).startswith(f"The meeting's journal is damaged: event 41 ({type_name}) has")


@pytest.mark.parametrize("cls", REGISTERED, ids=lambda cls: cls.type_name)
@pytest.mark.parametrize("payload", [[], "x", None, 3])
def test_a_payload_that_is_not_an_object_is_malformed(cls: type[Event], payload: Any) -> None:
    with pytest.raises(MalformedEventError, match="not an object"):
        decode_as(cls, EventRecord(cls.type_name, AT, "cc", payload, seq=2))


@pytest.mark.parametrize("cls", REGISTERED, ids=lambda cls: cls.type_name)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_key_of_a_newer_version_is_ignored(cls: type[Event], data: Any) -> None:
    event = data.draw(events_of(cls))
    payload = {**event.to_payload(), "added_in_2031": [1, 2]}
    assert decode_as(cls, EventRecord(cls.type_name, AT, "cc", payload)) == event


# ----------------------------------------------------------------------------- the declarations
class Colour(enum.StrEnum):
    RED = "red"
    GREEN = "green"


V = TypeVar("V")


@dataclass(frozen=True)
class _Box(Generic[V]):
    __slots__ = ()
    items: tuple[V, ...] = ()
    colour: Annotated[Colour, Fallback(Colour.RED), REQUIRED] = Colour.GREEN


@dataclass(frozen=True, slots=True)
class Point:
    x: Annotated[int, Min(0)]
    label: Annotated[str, NON_EMPTY] = "p"


@dataclass(frozen=True, slots=True)
class Boxed(_Box[Point]):
    owner: Id | None = None


def test_a_generic_base_is_read_with_its_subclass_type() -> None:
    codec = codec_of(Boxed)
    box = Boxed((Point(1), Point(2, "q")), Colour.GREEN, "me")
    assert codec.encode(box) == {
        "items": [{"x": 1, "label": "p"}, {"x": 2, "label": "q"}],
        "colour": "green",
        "owner": "me",
    }
    assert codec.decode(codec.encode(box)) == box
    # Required although it has a default; an unknown colour falls back; a missing key defaults.
    with pytest.raises(PayloadError) as caught:
        codec.decode({"items": []})
    assert caught.value.message == "has no 'colour'"
    assert codec.decode({"colour": "mauve"}) == Boxed((), Colour.RED, None)
    with pytest.raises(PayloadError) as caught:
        codec.decode({"colour": "red", "items": [{"x": 1, "label": ""}]})
    assert caught.value.message == "has a 'items[0].label' that is not a non-empty text"


def test_a_lenient_read_keeps_what_it_can() -> None:
    box = codec_of(Boxed).decode_leniently(
        {"items": [{"x": 1}, {"x": -1}, "junk", {"x": 3}], "colour": 4, "owner": ""}
    )
    assert box == Boxed((Point(1), Point(3)), Colour.GREEN, None)
    assert codec_of(Boxed).decode_leniently("not even an object") == Boxed()


def test_a_value_with_a_data_form_of_its_own_is_written_by_it() -> None:
    @dataclass(frozen=True, slots=True)
    class Dated:
        day: Annotated[dt.date, Using(dt.date.isoformat, dt.date.fromisoformat, shape=str)]

    codec = codec_of(Dated)
    assert codec.encode(Dated(dt.date(2024, 7, 10))) == {"day": "2024-07-10"}
    assert codec.decode({"day": "2024-07-10"}) == Dated(dt.date(2024, 7, 10))
    with pytest.raises(PayloadError, match=r"cannot be read \(Invalid isoformat"):
        codec.decode({"day": "10 July"})
    with pytest.raises(PayloadError, match="not text"):
        codec.decode({"day": 20240710})


def test_a_type_without_a_payload_form_is_refused_on_first_use() -> None:
    @dataclass(frozen=True, slots=True)
    class Loose(Event):
        type_name: ClassVar[str] = "Loose"
        amount: float

    with pytest.raises(TypeError, match="no payload form"):
        Loose(1.5).to_payload()

    @dataclass(frozen=True, slots=True)
    class Either(Event):
        type_name: ClassVar[str] = "Either"
        value: int | str

    with pytest.raises(TypeError, match=r"only X \| None"):
        Either(1).to_payload()


def test_an_edit_keeps_its_fields_in_the_declared_order() -> None:
    edit = InterventionEdited.of("i-1", {"quotable": True, "summary": "s", "name": "N"})
    assert [name for name, _ in edit.changes] == ["name", "summary", "quotable"]
    assert list(edit.to_payload()["changes"]) == ["name", "summary", "quotable"]
