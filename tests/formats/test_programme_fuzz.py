"""Whatever text is opened as a programme, the importer answers with a programme and its report or
with a ProgrammeError (a sentence for the user): never another exception, never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.programme import ProgrammeError
from facilitator.formats.programme.importer import import_text

#: Lines of the kinds programmes are made of, to be shuffled into documents no one writes.
_LINES = [
    "Constructive Dialogue on firearms",
    "Wednesday, 10 July 2024",
    "10 AM – 1 PM; 3 PM – 6 PM (CEST)",
    "Day 1 – Monday, 8 July 2024",
    "Day 2",
    "I. Opening of the meeting",
    "II. Briefing",
    "1. Opening",
    "2.1 Presentation",
    "(a) Role of stakeholders",
    "- Ms. Jane Okafor, Director, UNODC",
    "- ❖ Standing item",
    "Panel 1: Evidence",
    "Panel discussions to unpack the topics:",
    "Followed by questions from the floor",
    "Moderator: Mr. A. B",
    "Panellists: Mr. B (NGO), Ms. C (Academia)",
    "Guiding questions:",
    "How can we help?",
    "10:00 – 10:15",
    "10:15 – 10:30 Welcome remarks",
    "13:00 – 15:00 Lunch break",
    "## Session 1: Opening",
    "| Time | Item | Speakers |",
    "|---|---|---|",
    "| 10:00 | Opening | Ms. X |",
    "From: someone",
    "Sent: Friday, 28 June 2024",
    "Kind regards,",
    "Meeting data",
    "List of speakers",
    "",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_LINES) | st.text(max_size=30), max_size=40), st.integers(1, 3))
def test_any_text_gives_a_programme_or_a_sentence(lines: list[str], day: int) -> None:
    text = "\n".join(lines)
    for chosen in (None, day):
        try:
            result = import_text(text, day=chosen)
        except ProgrammeError as exc:
            assert str(exc).strip()
        else:
            assert result.programme.validate() is result.programme
