"""Sections a document leaves out, and the shared tables every document shows the same way."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from facilitator.core.record import ALL_SECTIONS, Section, build_record
from facilitator.formats.record import tables
from facilitator.formats.record.docx_writer import docx_bytes
from facilitator.formats.record.html_writer import html_text
from facilitator.formats.record.json_file import record_to_data
from facilitator.formats.record.markdown_writer import markdown_text
from tests.core.test_record import Ran, new_session, record_of, run_meeting

#: A heading that only the given section produces, in every document format.
MARKERS = {
    Section.MEETING: "Meeting data",
    Section.ATTENDANCE: "Attendance",
    Section.PROCEEDINGS: "Questions and answers",
    Section.TIMETABLE: "Timetable: planned and actual",
    Section.SPEAKERS: "List of speakers",
    Section.CHART: "Speaking time by stakeholder category",
}


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    result = run_meeting(tmp_path_factory.mktemp("sections"))
    yield result
    result.db.close()


def _docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs)


RENDERERS = {
    "md": markdown_text,
    "html": html_text,
    "docx": lambda record: _docx_text(docx_bytes(record)),
}


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
@pytest.mark.parametrize("section", list(Section))
def test_a_document_of_one_section_shows_that_section_only(
    ran: Ran, fmt: str, section: Section
) -> None:
    record = record_of(ran).only({section})
    text = RENDERERS[fmt](record)
    assert record.meeting.title.split()[0] in text  # the title is always there
    assert MARKERS[section] in text
    for other, marker in MARKERS.items():
        if other is not section:
            assert marker not in text, (other, marker)
    annex = section in (Section.TIMETABLE, Section.SPEAKERS, Section.CHART)
    assert ("Annex" in text) == annex


def test_every_section_is_shown_by_default(ran: Ran) -> None:
    record = record_of(ran)
    assert record.sections == ALL_SECTIONS
    text = markdown_text(record)
    assert all(marker in text for marker in MARKERS.values())


def test_json_is_complete_whatever_the_sections(ran: Ran) -> None:
    full = record_to_data(record_of(ran))
    only = record_to_data(record_of(ran).only({Section.MEETING}))
    assert only == full
    assert "sections" not in full


def test_the_tables_are_the_same_in_every_document(ran: Ran) -> None:
    record = record_of(ran)
    timetable = tables.timetable(record)
    assert timetable.header is not None and len(timetable.rows) == len(record.timetable)
    speakers = tables.speakers(record)
    assert speakers is not None and len(speakers.rows) == len(record.speakers)
    first = speakers.rows[0]
    md = markdown_text(record)
    assert "| " + " | ".join(first[:4]) + " |" in md.replace("\\", "")
    html = html_text(record)
    assert "<td>" + "</td><td>".join(first[:4]) + "</td>" in html
    doc = Document(io.BytesIO(docx_bytes(record)))
    texts = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert list(first) in texts


def test_attendance_total_row_adds_up(ran: Ran) -> None:
    ran_record = record_of(ran)
    table = tables.attendance_by_category(ran_record)
    *rows, total = table.rows
    assert total[0] == "Total"
    assert sum(int(r[1]) for r in rows) == int(total[1]) == ran_record.attendance.registered
    assert sum(int(r[2]) for r in rows) == int(total[2]) == ran_record.attendance.heard


def test_a_meeting_nobody_spoke_at_says_so(tmp_path: Path) -> None:
    db, _, session, clock = new_session(tmp_path)
    try:
        record = build_record(session.state, clock.now())
        assert tables.speakers(record) is None
        assert tables.NOBODY_SPOKE in markdown_text(record)
        assert tables.NOBODY_SPOKE in html_text(record)
    finally:
        db.close()


def test_under_a_guiding_question_an_entry_names_only_the_other_questions(ran: Ran) -> None:
    """An intervention answering several guiding questions is listed under each; there its line
    says "also on:" the others, not the question in the heading above it again."""
    record = record_of(ran)
    groups = [g for i in record.items for s in i.standing_items for g in s.groups if g.question]
    group, entry = next(
        (g, e) for g in groups for e in g.interventions if len(e.guiding_questions) >= 2
    )
    others = tables.other_questions(entry, group.question)
    assert group.question not in others and len(others) == len(entry.guiding_questions) - 1
    assert tables.other_questions(entry, None) == entry.guiding_questions
    md = markdown_text(record)
    section = md.split(f"#### Q{group.number}. ")[1].split("####")[0]
    line = next(x for x in section.splitlines() if "also on:" in x)
    assert "also on:" in line and " — on: " not in line
    html = html_text(record)
    assert "— also on: " in html and "— also on: " in _docx_text(docx_bytes(record))
