"""The export window's preview: a short record whole; a long one cut after ENTRIES entries and
ROWS rows per table, with every heading and a line where it stops; in parts of about PART
characters, whole elements each; captured text escaped as in the HTML record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core.record import Record, build_record
from facilitator.formats.record.html_writer import html_text
from facilitator.formats.record.layout import BulletList, Heading, blocks
from facilitator.formats.record.preview import ENTRIES, PART, ROWS, preview
from tests.big_meeting import INTERVENTIONS, big_meeting
from tests.core.test_record import SCRIPT, Ran, record_of, run_meeting


@pytest.fixture
def ran(tmp_path: Path) -> Iterator[Ran]:
    result = run_meeting(tmp_path)
    yield result
    result.db.close()


@pytest.fixture(scope="module")
def long_record() -> Record:
    meeting = big_meeting()
    return build_record(meeting.state, meeting.now())


def _text(html: str) -> str:
    """The words of some HTML, tags left out."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_short_record_is_shown_whole(ran: Ran) -> None:
    record = record_of(ran)
    shown = preview(record)
    assert not shown.cut and shown.rows_left_out == 0
    assert shown.entries == shown.entries_shown > 0
    assert _text("\n".join(shown.parts)) == _text(html_text(record).split("<body>")[1])
    assert "<script>" not in shown.html and "&lt;script&gt;" in shown.html
    assert SCRIPT.split()[0] not in shown.html  # escaped, never markup


def test_a_long_record_is_cut_and_says_so(long_record: Record) -> None:
    shown = preview(long_record)
    assert shown.cut
    assert shown.entries_shown == ENTRIES and shown.entries >= INTERVENTIONS
    assert shown.rows_left_out >= len(long_record.speakers) - ROWS
    text = _text(shown.html)
    # Every heading of the record is there, so the sections and their order can be checked.
    headings = [b.text for b in blocks(long_record) if isinstance(b, Heading)]
    for heading in headings:
        assert _text(heading.replace("&", "&amp;")).strip()[:30] in text, heading
    assert "more entries in the file, not shown in the preview" in text
    assert "more rows in the file, not shown in the preview" in text
    assert shown.html.count("<li><strong>") == ENTRIES  # an entry: its speaker in bold
    # Small enough for Qt to set in a few milliseconds, and only a fraction of the record's HTML.
    assert len(shown.html) < len(html_text(long_record)) / 10


def test_the_parts_are_small_and_whole(long_record: Record) -> None:
    shown = preview(long_record)
    assert len(shown.parts) > 5
    for part in shown.parts:
        assert part.count("<ul") == part.count("</ul>")
        assert part.count("<table") == part.count("</table>")
        # A part is at most about PART characters, or a single element bigger than that.
        assert len(part) <= 2 * PART or part.count("\n<") == 0 or part.startswith("<table")
    lists = [b for b in blocks(long_record) if isinstance(b, BulletList) and b.entries]
    assert len(lists) > 1


def test_the_bounds_can_be_chosen(long_record: Record) -> None:
    shown = preview(long_record, entries=3, rows=2)
    assert shown.entries_shown == 3 and shown.html.count("<li><strong>") == 3
    every = preview(long_record, entries=10**6, rows=10**6)
    assert not every.cut and every.entries_shown == every.entries
