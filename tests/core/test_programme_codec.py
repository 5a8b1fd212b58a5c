"""The programme as plain data: exact round trips, a strict reader whose every error names the
field, and nothing but ProgrammeError whatever the input."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.programme import (
    AgendaItem,
    MeetingFormat,
    Person,
    Programme,
    ProgrammeError,
    Segment,
    SegmentKind,
    Sitting,
)
from facilitator.core.programme_codec import (
    ITEM_KEYS,
    MAX_NUMBER,
    PERSON_KEYS,
    PROGRAMME_KEYS,
    SEGMENT_KEYS,
    SITTING_KEYS,
    programme_from_data,
    programme_to_data,
)

ALL_KEYS = sorted({*PROGRAMME_KEYS, *SITTING_KEYS, *ITEM_KEYS, *SEGMENT_KEYS, *PERSON_KEYS})
HYPOTHESIS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Drawing a whole programme takes ~150 draws: fewer examples keep the suite quick.
HYPOTHESIS_PROGRAMMES = settings(HYPOTHESIS, max_examples=100)

TRICKY = "Quotes \" and ' and \\ back\\slash\nnew line\ttab \r\n CRLF \x00 nul"


def full_programme() -> Programme:
    """A programme that uses every field, with text that is hard to store."""
    panel = Segment(
        id="seg-panel",
        kind=SegmentKind.PANEL,
        title="Trafficking for the removal of organs — ما هو الاتجار؟ 🌍",
        planned_minutes=55,
        number=1,
        scheduled_start=dt.time(11, 5),
        guiding_questions=("What works?", "ما الذي ينجح؟ 🤝", TRICKY),
        panellists=(
            Person("Dr. Amal Haddad", "Professor", "جامعة القاهرة"),
            Person('Mr. "Bob" O\'Neil', None, "NGO \\ Network"),
            Person("Ms. Chen"),
        ),
        moderator=Person("Ms. Jane Doe", "Moderator", "UNODC"),
    )
    qa = Segment(
        id="seg-qa",
        kind=SegmentKind.QA,
        title="Q&A session and collection of inputs",
        planned_minutes=35,
        scheduled_start=dt.time(12, 0),
        for_panel=1,
    )
    return Programme(
        title=f"Constructive Dialogue “TIP” — حوار بنّاء 🇺🇳 {TRICKY}",
        date=dt.date(2024, 7, 10),
        timezone="Europe/Vienna",
        sittings=(Sitting(dt.time(10, 0), dt.time(13, 0)), Sitting(dt.time(15, 0), dt.time(18, 0))),
        venue="VIC Boardroom D",
        format=MeetingFormat.HYBRID,
        online_platform="Microsoft Teams",
        items=(
            AgendaItem(
                id="item-open",
                number="I",
                title="Opening of the meeting",
                notes=("The Co-Chairs will deliver introductory remarks", TRICKY),
                segments=(
                    Segment(
                        id="seg-open",
                        kind=SegmentKind.REMARKS,
                        title="Opening remarks",
                        planned_minutes=15,
                    ),
                ),
            ),
            AgendaItem(id="item-panels", number="III", title="Spotlight", segments=(panel, qa)),
            AgendaItem(
                id="item-tour",
                number="IV",
                title="Tour-de-table",
                segments=(
                    Segment(
                        id="seg-standing-1",
                        kind=SegmentKind.STANDING_ITEM,
                        title="Role of non-governmental stakeholders",
                        planned_minutes=0,
                        number=1,
                    ),
                ),
            ),
            AgendaItem(id="item-empty", title="Any other business"),
        ),
    ).validate()


def full_data() -> dict[str, Any]:
    """What :func:`full_programme` must look like as data: this is the file format."""
    return {
        "format_version": 1,
        "title": f"Constructive Dialogue “TIP” — حوار بنّاء 🇺🇳 {TRICKY}",
        "date": "2024-07-10",
        "timezone": "Europe/Vienna",
        "venue": "VIC Boardroom D",
        "format": "hybrid",
        "online_platform": "Microsoft Teams",
        "sittings": [{"start": "10:00", "end": "13:00"}, {"start": "15:00", "end": "18:00"}],
        "items": [
            {
                "id": "item-open",
                "number": "I",
                "title": "Opening of the meeting",
                "notes": ["The Co-Chairs will deliver introductory remarks", TRICKY],
                "segments": [
                    {
                        "id": "seg-open",
                        "kind": "remarks",
                        "title": "Opening remarks",
                        "planned_minutes": 15,
                    }
                ],
            },
            {
                "id": "item-panels",
                "number": "III",
                "title": "Spotlight",
                "segments": [
                    {
                        "id": "seg-panel",
                        "kind": "panel",
                        "number": 1,
                        "title": "Trafficking for the removal of organs — ما هو الاتجار؟ 🌍",
                        "planned_minutes": 55,
                        "scheduled_start": "11:05",
                        "guiding_questions": ["What works?", "ما الذي ينجح؟ 🤝", TRICKY],
                        "moderator": {
                            "name": "Ms. Jane Doe",
                            "role": "Moderator",
                            "organization": "UNODC",
                        },
                        "panellists": [
                            {
                                "name": "Dr. Amal Haddad",
                                "role": "Professor",
                                "organization": "جامعة القاهرة",
                            },
                            {"name": 'Mr. "Bob" O\'Neil', "organization": "NGO \\ Network"},
                            {"name": "Ms. Chen"},
                        ],
                    },
                    {
                        "id": "seg-qa",
                        "kind": "qa",
                        "title": "Q&A session and collection of inputs",
                        "planned_minutes": 35,
                        "scheduled_start": "12:00",
                        "for_panel": 1,
                    },
                ],
            },
            {
                "id": "item-tour",
                "number": "IV",
                "title": "Tour-de-table",
                "segments": [
                    {
                        "id": "seg-standing-1",
                        "kind": "standing_item",
                        "number": 1,
                        "title": "Role of non-governmental stakeholders",
                        "planned_minutes": 0,
                    }
                ],
            },
            {"id": "item-empty", "title": "Any other business"},
        ],
    }


def minimal_data(**segment: Any) -> dict[str, Any]:
    """A small valid programme whose one segment can be tweaked by the caller."""
    return {
        "title": "T",
        "items": [{"title": "A", "segments": [{"kind": "remarks", "title": "x", **segment}]}],
    }


def error_of(data: Any, *, source: str | None = None) -> str:
    with pytest.raises(ProgrammeError) as info:
        programme_from_data(data, source=source)
    return str(info.value)


# ============================================================================ strategies
_TEXT = st.text(max_size=20)
_NAME = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
_PERSON = st.builds(Person, name=_NAME, role=st.none() | _TEXT, organization=st.none() | _TEXT)
_NUMBER = st.integers(1, 5) | st.integers(1, MAX_NUMBER)
# Strategies are built once: building them inside a composite on every draw is slow.
_OPTIONAL_NUMBER = st.none() | _NUMBER
_OPTIONAL_TIME = st.none() | st.times()
_OPTIONAL_TEXT = st.none() | _TEXT
_OPTIONAL_PERSON = st.none() | _PERSON
_TEXTS = st.lists(_TEXT, max_size=3).map(tuple)
_PEOPLE = st.lists(_PERSON, max_size=3).map(tuple)
_KINDS = st.sampled_from(SegmentKind)
_MINUTES = st.integers(0, 24 * 60)
_ID = _NAME | st.sampled_from([f"seg-{n}" for n in range(1, 6)])
_COUNTS = st.lists(st.integers(0, 4), min_size=1, max_size=4)
_TIMEZONE = st.none() | st.sampled_from(["Europe/Vienna", "UTC", "America/New_York"])
_FORMAT = st.none() | st.sampled_from(MeetingFormat)


@st.composite
def _sittings(draw: st.DrawFn) -> tuple[Sitting, ...]:
    times = sorted(draw(st.lists(st.times(), max_size=6, unique=True)))
    return tuple(Sitting(a, b) for a, b in zip(times[::2], times[1::2], strict=False))


@st.composite
def _segments(draw: st.DrawFn, ids: list[str]) -> tuple[Segment, ...]:
    """Segments with these ids; a Q&A may follow any panel drawn before it in the item."""
    segments: list[Segment] = []
    panels: list[int] = []
    for segment_id in ids:
        kind = draw(_KINDS)
        number = draw(_OPTIONAL_NUMBER)
        if kind is SegmentKind.PANEL and number is not None:
            panels.append(number)
        for_panel = None
        if kind is SegmentKind.QA and panels:
            for_panel = draw(st.none() | st.sampled_from(panels))
        segments.append(
            Segment(
                id=segment_id,
                kind=kind,
                title=draw(_NAME),
                planned_minutes=draw(_MINUTES),
                number=number,
                scheduled_start=draw(_OPTIONAL_TIME),
                guiding_questions=draw(_TEXTS),
                panellists=draw(_PEOPLE),
                moderator=draw(_OPTIONAL_PERSON),
                for_panel=for_panel,
                label=draw(st.none() | _NAME),
            )
        )
    return tuple(segments)


@st.composite
def programmes(draw: st.DrawFn) -> Programme:
    """Any programme that passes ``validate()`` (ids unique across items and segments)."""
    counts = draw(_COUNTS)
    total = len(counts) + sum(counts)
    ids = draw(st.lists(_ID, min_size=total, max_size=total, unique=True))
    items = []
    for count in counts:
        item_id, segment_ids, ids = ids[0], ids[1 : 1 + count], ids[1 + count :]
        items.append(
            AgendaItem(
                id=item_id,
                title=draw(_NAME),
                number=draw(_OPTIONAL_TEXT),
                notes=draw(_TEXTS),
                segments=draw(_segments(segment_ids)),
            )
        )
    programme = Programme(
        title=draw(_NAME),
        date=draw(st.none() | st.dates()),
        timezone=draw(_TIMEZONE),
        sittings=draw(_sittings()),
        venue=draw(_OPTIONAL_TEXT),
        format=draw(_FORMAT),
        online_platform=draw(_OPTIONAL_TEXT),
        items=tuple(items),
    )
    return programme.validate()


# Too long for str(int): built lazily, because hypothesis prints its strategies.
_HUGE_INTS = st.sampled_from([1, -1]).map(lambda sign: sign * 10**5000)
_ODD_SCALARS = _HUGE_INTS | st.sampled_from(
    [2**63, 2**64, True, False, float("nan"), float("inf"), "", " "]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.sampled_from([*ALL_KEYS, *(k.value for k in SegmentKind), "10:00", "2024-07-10"])
    | st.dates()
    | st.times()
    | st.datetimes()
    | _ODD_SCALARS
)
KEYS = st.sampled_from(ALL_KEYS) | st.text(max_size=8)
TOML_LIKE = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=6),
    max_leaves=25,
)


def _containers(node: Any) -> list[Any]:
    """Every dict and list inside ``node`` (itself included)."""
    found = [node] if isinstance(node, dict | list) else []
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    for child in children:
        found.extend(_containers(child))
    return found


@st.composite
def mutated_data(draw: st.DrawFn) -> dict[str, Any]:
    """A valid programme's data with a few nodes replaced, removed or added: reaches every field
    of the reader with wrong values, which purely random data rarely does."""
    data = programme_to_data(draw(programmes()))
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(_containers(data)))
        if isinstance(target, dict):
            key = draw(st.sampled_from(sorted(target)) | KEYS if target else KEYS)
            if draw(st.booleans()):
                target.pop(key, None)
            else:
                target[key] = draw(TOML_LIKE)
        elif target and draw(st.booleans()):
            target[draw(st.integers(0, len(target) - 1))] = draw(TOML_LIKE)
        else:
            target.append(draw(TOML_LIKE))
    return data


def returns_programme_or_programme_error(data: Any) -> None:
    """The reader's contract: a valid Programme, or a ProgrammeError; any other exception is a
    bug (pytest reports it as an error of the test)."""
    try:
        programme = programme_from_data(data, source="fuzz.toml")
    except ProgrammeError as exc:
        assert exc.source == "fuzz.toml"
        assert exc.message.strip()
    else:
        assert isinstance(programme, Programme)
        assert programme.validate() is programme


# ============================================================================ round trips
def test_full_programme_is_written_field_by_field() -> None:
    assert programme_to_data(full_programme()) == full_data()


def test_full_programme_reads_back_field_by_field() -> None:
    back = programme_from_data(full_data())
    expected = full_programme()
    assert back.title == expected.title
    assert (back.date, back.timezone, back.venue) == (
        dt.date(2024, 7, 10),
        "Europe/Vienna",
        "VIC Boardroom D",
    )
    assert (back.format, back.online_platform) == (MeetingFormat.HYBRID, "Microsoft Teams")
    assert back.sittings == expected.sittings
    for got, want in zip(back.items, expected.items, strict=True):
        assert (got.id, got.number, got.title, got.notes) == (
            want.id,
            want.number,
            want.title,
            want.notes,
        )
        assert got.segments == want.segments
    panel = back.segment("seg-panel")
    assert panel.panellists[1] == Person('Mr. "Bob" O\'Neil', None, "NGO \\ Network")
    assert panel.moderator == Person("Ms. Jane Doe", "Moderator", "UNODC")
    assert panel.guiding_questions[2] == TRICKY
    assert back.segment("seg-qa").for_panel == 1
    assert back.segment("seg-qa").scheduled_start == dt.time(12, 0)
    assert back == expected


def test_full_programme_round_trips_through_json() -> None:
    text = json.dumps(programme_to_data(full_programme()), ensure_ascii=False)
    assert programme_from_data(json.loads(text)) == full_programme()


def test_data_holds_no_none_anywhere() -> None:
    """TOML has no null: a None anywhere would make the data unwritable."""
    minimal = Programme(title="T", items=(AgendaItem(id="i", title="A"),))
    assert programme_to_data(minimal) == {
        "format_version": 1,
        "title": "T",
        "items": [{"id": "i", "title": "A"}],
    }
    assert "null" not in json.dumps(programme_to_data(full_programme()))


def test_times_with_seconds_round_trip_exactly() -> None:
    programme = replace(
        full_programme(), sittings=(Sitting(dt.time(9, 0, 30), dt.time(9, 1, 0, 5)),)
    )
    data = programme_to_data(programme)
    assert data["sittings"] == [{"start": "09:00:30", "end": "09:01:00.000005"}]
    assert programme_from_data(data) == programme


@HYPOTHESIS_PROGRAMMES
@given(programmes())
def test_any_valid_programme_round_trips_through_data(programme: Programme) -> None:
    assert programme_from_data(programme_to_data(programme)) == programme


@HYPOTHESIS_PROGRAMMES
@given(programmes())
def test_any_valid_programme_round_trips_through_json(programme: Programme) -> None:
    text = json.dumps(programme_to_data(programme))
    assert programme_from_data(json.loads(text)) == programme


# ======================================================================= lenient where it helps
def test_hand_written_data_needs_no_ids_and_gets_fresh_ones() -> None:
    data = {
        "title": "T",
        "items": [
            {"title": "A", "segments": [{"kind": "remarks", "title": "x"}]},
            {
                "id": "item-1",
                "title": "B",
                "segments": [{"id": "seg-1", "kind": "qa", "title": "y"}],
            },
            {"title": "C", "segments": [{"kind": "remarks", "title": "z"}]},
        ],
    }
    programme = programme_from_data(data)
    assert [i.id for i in programme.items] == ["item-2", "item-1", "item-3"]
    assert programme.segment_ids() == ["seg-2", "seg-1", "seg-3"]
    assert programme.items[0].segments[0].planned_minutes == 0


def test_toml_native_dates_and_times_are_accepted() -> None:
    data = minimal_data(scheduled_start=dt.time(10, 15))
    data |= {"date": dt.date(2024, 7, 15), "sittings": [{"start": dt.time(10), "end": "13:00"}]}
    programme = programme_from_data(data)
    assert programme.date == dt.date(2024, 7, 15)
    assert programme.sittings == (Sitting(dt.time(10), dt.time(13)),)
    assert programme.items[0].segments[0].scheduled_start == dt.time(10, 15)


def test_single_digit_hours_are_accepted() -> None:
    data = minimal_data(scheduled_start="9:30")
    assert programme_from_data(data).items[0].segments[0].scheduled_start == dt.time(9, 30)


def test_json_null_means_absent() -> None:
    data = minimal_data(number=None, moderator=None, planned_minutes=None, panellists=None)
    data |= {"venue": None, "sittings": None, "format_version": None}
    programme = programme_from_data(data)
    assert (programme.venue, programme.sittings) == (None, ())
    segment = programme.items[0].segments[0]
    assert (segment.number, segment.moderator, segment.planned_minutes) == (None, None, 0)


# ============================================================================ errors
def test_missing_title() -> None:
    data = minimal_data()
    del data["title"]
    assert error_of(data) == "title: missing"


def test_unknown_kind_lists_the_allowed_ones() -> None:
    message = error_of(minimal_data(kind="speech"))
    assert message.startswith('items[0].segments[0].kind: unknown kind "speech"; expected one of:')
    for kind in SegmentKind:
        assert kind.value in message


def test_minutes_given_as_words() -> None:
    assert error_of(minimal_data(planned_minutes="ten")) == (
        'items[0].segments[0].planned_minutes: expected a whole number, got "ten"'
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [(-5, "-5"), (1441, "1441"), (10**5000, "a very large number")],
    ids=["negative", "over-a-day", "huge"],
)
def test_minutes_out_of_range(value: int, shown: str) -> None:
    assert error_of(minimal_data(planned_minutes=value)) == (
        f"items[0].segments[0].planned_minutes: expected a whole number from 0 to 1440, got {shown}"
    )


@pytest.mark.parametrize(("value", "shown"), [(True, "true"), (10.0, "10.0"), ([10], "a list")])
def test_minutes_of_the_wrong_type(value: object, shown: str) -> None:
    assert error_of(minimal_data(planned_minutes=value)) == (
        f"items[0].segments[0].planned_minutes: expected a whole number, got {shown}"
    )


def test_sitting_that_ends_before_it_starts() -> None:
    data = minimal_data() | {"sittings": [{"start": "13:00", "end": "10:00"}]}
    assert error_of(data) == "sitting 1 ends (10:00) before it starts (13:00)"


def test_misspelt_key_is_an_error_with_a_suggestion() -> None:
    message = error_of(minimal_data(plannd_minutes=10))
    assert message.startswith(
        'items[0].segments[0]: unknown key "plannd_minutes" (did you mean "planned_minutes"?)'
    )


def test_unknown_top_level_key() -> None:
    data = minimal_data() | {"tittle": "x"}
    assert error_of(data).startswith('unknown top-level key "tittle" (did you mean "title"?)')


def test_q_and_a_for_a_panel_that_is_not_there() -> None:
    data = minimal_data()
    data["items"][0]["segments"] = [
        {"kind": "panel", "number": 1, "title": "P"},
        {"kind": "qa", "title": "Q", "for_panel": 2},
    ]
    assert (
        error_of(data) == "in item 'A', segment 'Q': it follows panel 2, which is not in this item"
    )


def _with(**fields: Any) -> dict[str, Any]:
    """A valid programme's data with some top-level fields replaced."""
    return {"title": "T", "items": [{"title": "A"}], **fields}


MISTAKES = [
    ([], "the programme: expected a table, got a list"),
    (_with(items={"title": "A"}), "items: expected a list, got a table"),
    (_with(items=["A"]), 'items[0]: expected a table, got "A"'),
    (_with(title=5), "title: expected text, got 5"),
    (_with(items=[{"title": "A", "notes": "x"}]), 'items[0].notes: expected a list, got "x"'),
    (_with(items=[{"title": "A", "id": " "}]), "items[0].id: must not be empty (or leave it out)"),
    (_with(date="10/07/2024"), 'date: expected a date ("2024-07-10"), got "10/07/2024"'),
    (_with(date="2024-02-30"), 'date: "2024-02-30" is not a real date'),
    (
        _with(date=dt.datetime(2024, 7, 10, 10)),
        'date: expected a date ("2024-07-10"), got a date and time',
    ),
    (
        _with(sittings=[{"start": "24:00", "end": "25:00"}]),
        'sittings[0].start: "24:00" is not a time of day',
    ),
    (
        _with(sittings=[{"start": "10h", "end": "11:00"}]),
        'sittings[0].start: expected a time ("10:00"), got "10h"',
    ),
    (_with(sittings=[{"start": "10:00"}]), "sittings[0].end: missing"),
    (
        _with(timezone="Europe"),
        'timezone: unknown time zone "Europe" (expected a name like "Europe/Vienna")',
    ),
    (
        _with(format="zoom"),
        'format: unknown format "zoom"; expected one of: hybrid, in_person, online',
    ),
    (_with(title="T\ud800"), "title: contains a character that is not valid text"),
    (
        _with(format_version=2),
        "format_version: this file was written by a newer version of Facilitator (format 2); "
        "this version reads format 1, please update",
    ),
    (_with(format_version=0), "format_version: expected a whole number of at least 1, got 0"),
    (_with(items=[]), "the programme has no agenda items"),
    (_with(title=" "), "the programme has no title"),
]


@pytest.mark.parametrize(("data", "message"), MISTAKES, ids=[m for _, m in MISTAKES])
def test_each_mistake_gets_a_message_that_names_the_field(data: Any, message: str) -> None:
    assert error_of(data) == message


def test_person_errors_name_the_person() -> None:
    message = error_of(minimal_data(panellists=[{"name": "A"}, {"nmae": "B"}]))
    assert message.startswith('items[0].segments[0].panellists[1]: unknown key "nmae"')
    assert error_of(minimal_data(moderator="Ms. X")) == (
        'items[0].segments[0].moderator: expected a table, got "Ms. X"'
    )
    assert error_of(minimal_data(number=2**63)) == (
        "items[0].segments[0].number: 9223372036854775808 is too large for a number"
    )


def test_errors_name_their_source() -> None:
    assert error_of(minimal_data(kind="speech"), source="tip.toml").startswith(
        "tip.toml: items[0].segments[0].kind:"
    )
    # errors found by Programme.validate() are attributed too
    assert error_of({"title": "T", "items": []}, source="tip.toml") == (
        "tip.toml: the programme has no agenda items"
    )


def test_deeply_nested_values_do_not_recurse() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert (
        error_of(minimal_data(title=deep))
        == "items[0].segments[0].title: expected text, got a list"
    )
    assert error_of(minimal_data(extra=deep)).startswith(
        'items[0].segments[0]: unknown key "extra"'
    )


def test_long_text_in_a_message_is_shortened() -> None:
    message = error_of(minimal_data(planned_minutes="x" * 10_000))
    assert len(message) < 200
    assert message.endswith('…"')


# ============================================================================ fuzzing
@HYPOTHESIS
@given(TOML_LIKE)
def test_arbitrary_data_gives_a_programme_or_a_programme_error(data: Any) -> None:
    returns_programme_or_programme_error(data)


@HYPOTHESIS
@given(
    st.fixed_dictionaries(
        {"title": TOML_LIKE, "items": TOML_LIKE},
        optional={"sittings": TOML_LIKE, "date": TOML_LIKE, "timezone": TOML_LIKE},
    )
)
def test_arbitrary_programme_shaped_data(data: Any) -> None:
    returns_programme_or_programme_error(data)


@HYPOTHESIS_PROGRAMMES
@given(mutated_data())
def test_a_valid_programme_with_wrong_parts(data: dict[str, Any]) -> None:
    returns_programme_or_programme_error(data)
