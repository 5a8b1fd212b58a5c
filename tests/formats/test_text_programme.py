"""The plain-text / Markdown importer, on the two real seeds and on the variety real programmes
show (numbering, sittings, per-segment times, panellists, online meetings, Markdown artefacts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.programme import Programme, ProgrammeError, SegmentKind, programme_to_dict
from facilitator.formats.programme.text_reader import parse_text
from tests.formats.seed_expectations import assert_seed_outline

VARIANTS = Path(__file__).parent / "programmes"


def _read(path: Path) -> Programme:
    return parse_text(path.read_text(encoding="utf-8"), source=str(path))


def _kinds(programme: Programme) -> list[list[str]]:
    return [[s.kind.value for s in item.segments] for item in programme.items]


def test_trafficking_seed_imports_exactly(seed_tip: Path) -> None:
    assert_seed_outline(programme_to_dict(_read(seed_tip)), "tip")


def test_smuggling_seed_imports_exactly(seed_som: Path) -> None:
    assert_seed_outline(programme_to_dict(_read(seed_som)), "som")


def test_seed_titles_are_the_programme_sentences(seed_tip: Path) -> None:
    programme = _read(seed_tip)
    assert programme.items[0].segments[0].title == (
        "The Co-Chairs of the Dialogue will deliver introductory remarks"
    )
    assert programme.items[0].notes == ()  # the sentence is the title, not a note beside it
    assert "Panel discussions to unpack the substantive topics:" in programme.items[2].notes
    # The Markdown link is reduced to its text.
    briefing = programme.items[2].segments[0].title
    assert "[Working Group" not in briefing
    assert briefing.endswith("outcomes of the Working Group on Trafficking in Persons")


def test_seed_plan_fits_and_does_not_cross_lunch(seed_tip: Path) -> None:
    from facilitator.core.planning import planned_layout
    from facilitator.core.programme import minutes_of

    programme = _read(seed_tip)
    segments = [s for _, s in programme.segments()]
    starts = planned_layout(
        [s.planned_minutes for s in segments],
        [None] * len(segments),
        [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings],
    )
    for segment, start in zip(segments, starts, strict=True):
        end = start + segment.planned_minutes
        assert (start >= 600 and end <= 780) or (start >= 900 and end <= 1080), segment.title
    # Opening and closing remarks are short; panels are the longest segments.
    by_kind = {s.kind: s.planned_minutes for s in segments}
    assert by_kind[SegmentKind.REMARKS] <= 15
    assert max(s.planned_minutes for s in segments) == max(
        s.planned_minutes for s in segments if s.kind is SegmentKind.PANEL
    )


def test_arabic_numbering_one_sitting_with_times_and_panellists() -> None:
    programme = _read(VARIANTS / "arabic_one_sitting.txt")
    assert [i.number for i in programme.items] == ["1", "2", "3"]
    assert [
        (s.start.isoformat("minutes"), s.end.isoformat("minutes")) for s in programme.sittings
    ] == [("09:30", "12:30")]
    assert programme.format is not None and programme.format.value == "in_person"
    assert programme.venue == "Conference Room C3, Vienna International Centre"
    assert _kinds(programme) == [
        ["remarks"],
        ["panel", "qa", "panel", "qa", "panel", "qa"],
        ["remarks"],
    ]
    panel1, qa1, panel2, qa2, panel3, qa3 = programme.items[1].segments
    assert panel1.moderator is not None
    assert (panel1.moderator.name, panel1.moderator.role, panel1.moderator.organization) == (
        "Mr. John Smith",
        "Senior Officer",
        "UNODC",
    )
    assert [(p.name, p.role, p.organization) for p in panel1.panellists] == [
        ("Ms. Maria Garcia", "Researcher", "Small Arms Survey"),
        ("Dr. Ahmed Khan", "Professor", "University of Lahore"),
    ]
    assert [(p.name, p.organization) for p in panel2.panellists] == [
        ("Ms. Anna Berg", "Global Initiative"),
        ("Mr. Li Wei", "Arms Control Association"),
    ]
    assert [qa.for_panel for qa in (qa1, qa2, qa3)] == [1, 2, 3]
    assert panel3.guiding_questions == (
        "How can marking be improved?",
        "What role for civil society?",
    )
    # Times from the document: item 1 runs 9:30–9:40, item 2 9:40–12:15, item 3 12:15–12:30.
    assert programme.items[0].segments[0].planned_minutes == 10
    assert sum(s.planned_minutes for s in programme.items[1].segments) == 155
    assert programme.items[2].segments[0].planned_minutes == 15
    assert (
        panel1.scheduled_start is not None
        and panel1.scheduled_start.isoformat("minutes") == "09:40"
    )


def test_online_meeting_with_item_numbers_and_sub_items() -> None:
    programme = _read(VARIANTS / "online_items.md")
    assert programme.title == "Constructive Dialogue on the Smuggling of Migrants Protocol"
    assert programme.format is not None and programme.format.value == "online"
    assert programme.online_platform == "Zoom"
    assert programme.venue is None
    assert [(s.start.hour, s.end.hour) for s in programme.sittings] == [(15, 18)]
    assert [i.number for i in programme.items] == ["1", "2", "3"]
    standing = programme.items[1].segments
    assert [s.kind for s in standing] == [SegmentKind.STANDING_ITEM] * 3
    assert [s.number for s in standing] == [1, 2, 3]
    assert standing[0].guiding_questions == ("What works?", "What does not?")
    assert standing[1].guiding_questions == ()  # a standing item with no questions
    assert programme.planned_minutes == 180
    assert programme.items[0].segments[0].planned_minutes <= 15


def test_timetable_without_item_numbers() -> None:
    programme = _read(VARIANTS / "timetable.txt")
    assert all(item.number is None for item in programme.items)
    assert [i.title for i in programme.items] == [
        "Opening of the meeting",
        "Briefing by the Secretariat on recent developments",
        "Panel 1: Electronic evidence",
        "Panel 2: Cryptocurrencies and organized crime",
        "Interactive discussion",
        "Closing remarks by the Co-Chairs",
    ]
    # The Q&A row right after Panel 1 is its Q&A; "Interactive discussion" is what it says, a
    # discussion, by its leading words (not a Q&A because it follows a panel).
    assert _kinds(programme) == [
        ["remarks"],
        ["briefing"],
        ["panel", "qa"],
        ["panel"],
        ["discussion"],
        ["remarks"],
    ]
    assert programme.items[2].segments[1].for_panel == 1
    minutes = [s.planned_minutes for _, s in programme.segments()]
    assert minutes == [15, 45, 90, 30, 90, 75, 15]
    # No sittings in the header: they are inferred from the rows, split at lunch.
    assert [(s.start.hour, s.end.hour) for s in programme.sittings] == [(10, 13), (15, 18)]
    assert programme.venue == "Boardroom B, VIC"
    assert programme.online_platform == "Interprefy"
    assert programme.format is not None and programme.format.value == "hybrid"


def test_markdown_headings_and_bold_across_lines() -> None:
    programme = _read(VARIANTS / "markdown_roman.md")
    assert programme.title == "Constructive Dialogue on the Organized Crime Convention"
    assert programme.items[1].title == "Briefing on the review mechanism"
    assert [(s.start.hour, s.end.hour) for s in programme.sittings] == [(10, 13)]
    assert _kinds(programme)[2] == ["standing_item"] * 3
    assert programme.planned_minutes == 180


@pytest.mark.parametrize(
    ("line", "start", "minutes"),
    [
        ("10:00 - 10:15 Opening of the meeting", "10:00", 15),
        ("10.00 – 10.20 Opening of the meeting", "10:00", 20),
        ("Opening of the meeting (10:00–10:30)", "10:00", 30),
    ],
)
def test_times_written_per_segment(line: str, start: str, minutes: int) -> None:
    text = f"Meeting on things\n15 July 2024\n\n{line}\n10:45 - 11:00 Closing remarks\n"
    programme = parse_text(text)
    first = programme.items[0].segments[0]
    assert first.scheduled_start is not None
    assert first.scheduled_start.isoformat("minutes") == start
    assert first.planned_minutes == minutes


def test_single_start_times_give_durations_up_to_the_next() -> None:
    text = (
        "Workshop on evidence\n1 March 2025, 3-6 p.m.\n\n"
        "1. Opening\n15.00 Welcome remarks by the Chair\n15.10 Briefing by the Secretariat\n"
        "2. Discussion\n15.40 Open discussion\n3. Closing\n17.45 Closing remarks\n"
    )
    programme = parse_text(text)
    assert [(s.start.hour, s.end.hour) for s in programme.sittings] == [(15, 18)]
    assert [s.planned_minutes for _, s in programme.segments()] == [10, 30, 125, 15]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Dear colleagues, please find attached the minutes of our last call.\nBest regards",
        "1234567890",
    ],
)
def test_text_without_a_programme_is_a_clear_error(text: str) -> None:
    with pytest.raises(ProgrammeError) as caught:
        parse_text(text, source="notes.txt")
    assert str(caught.value).startswith("notes.txt")


def test_no_agenda_items_message_says_what_is_expected() -> None:
    with pytest.raises(ProgrammeError, match=r"I\. Opening of the meeting"):
        parse_text("Hello\nThis is a shopping list\nmilk, eggs\n")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_arbitrary_text_gives_a_programme_or_a_programme_error(text: str) -> None:
    try:
        programme = parse_text(text)
    except ProgrammeError:
        return
    assert programme.validate() is programme


_PROGRAMME_LINES = st.sampled_from(
    [
        "I. Opening of the meeting",
        "II. Panels",
        "III. Closing",
        "1. Opening",
        "2. Exchange",
        "- The Co-Chairs will deliver introductory remarks",
        "Panel 1: Topic",
        "Panel 2: Other",
        "Followed by a Q&A session",
        "❖ Standing item text",
        "Guiding questions:",
        "- How can this be?",
        "Moderator: Ms. A, Chair, Org",
        "Panellists:",
        "Mr. B, Role, Org",
        "10:00 - 10:15",
        "10:00 - 10:15 Opening",
        "(a) Sub item",
        "Lunch break",
        "",
        "10 AM – 1 PM; 3 PM – 6 PM (CEST)",
        "Hybrid format",
        "Item 3. Something",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(_PROGRAMME_LINES, st.text(max_size=30)), max_size=40))
def test_programme_like_noise_gives_a_programme_or_a_programme_error(lines: list[str]) -> None:
    try:
        programme = parse_text("Dialogue on noise\n" + "\n".join(lines))
    except ProgrammeError:
        return
    programme.validate()
    assert all(s.planned_minutes >= 0 for _, s in programme.segments())


def test_agenda_item_labels_sub_item_panels_and_standing_item_labels() -> None:
    programme = _read(VARIANTS / "agenda_items_sub_items.txt")
    # The organisation's name above the title is not the title.
    assert programme.title == (
        "Constructive Dialogue on the review of the Protocol against the Illicit Manufacturing "
        "of Firearms"
    )
    assert programme.venue == "Conference Room M3, Vienna International Centre"
    assert programme.online_platform == "Interprefy"
    assert programme.format is not None and programme.format.value == "hybrid"
    assert [i.number for i in programme.items] == ["1", "2", "3", "4"]
    assert _kinds(programme) == [
        ["remarks"],
        ["panel", "panel", "panel", "qa"],
        ["standing_item"] * 3,
        ["remarks"],
    ]
    panel1 = programme.items[1].segments[0]
    assert panel1.moderator is not None and panel1.moderator.organization == "UNODC"
    # Numbered questions under a panel, with no "Guiding questions" line, are its questions.
    assert panel1.guiding_questions == ("How effective is marking?", "What are the gaps?")
    assert programme.items[1].segments[3].for_panel == 3
    standing = programme.items[2].segments
    assert [len(s.guiding_questions) for s in standing] == [1, 0, 2]


def test_word_processor_typography_reads_as_plain_text(seed_tip: Path) -> None:
    """A non-breaking hyphen ("Co‑Chairs") once made the opening "by the Chair"; old Mac line
    endings and Unicode line separators are line breaks."""
    plain = seed_tip.read_text(encoding="utf-8")
    typeset = plain.replace("Co-Chairs", "Co\u2011Chairs").replace("\n", "\r")
    assert programme_to_dict(parse_text(typeset)) == programme_to_dict(parse_text(plain))
    separated = plain.replace("\n", "\u2028")
    assert programme_to_dict(parse_text(separated)) == programme_to_dict(parse_text(plain))


def test_a_huge_text_is_refused_at_once_not_read_for_minutes(seed_tip: Path) -> None:
    """5 MB of bullets once took 8 minutes (every bullet a segment, the plan's sharing-out
    growing with their square) and froze the start screen meanwhile."""
    seed = seed_tip.read_text(encoding="utf-8")
    bullet = "\n- The Co-Chairs will deliver remarks on the review of the Convention.\n"
    with pytest.raises(ProgrammeError, match=r"120,\d{3} lines, more than a meeting's programme"):
        parse_text(seed + bullet * 60_000)
    with pytest.raises(ProgrammeError, match="agenda entries, more than a meeting's day holds"):
        parse_text(seed + bullet * 400)
    assert parse_text(seed + bullet * 100).title  # a long programme is still read
