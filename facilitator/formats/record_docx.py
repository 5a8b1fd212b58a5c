"""The session record as a Word document (.docx), for the Secretariat to edit.

Built with python-docx on its default template, with Word's own styles so that the navigation pane,
the table of contents and "Styles" work: *Title* for the meeting, *Heading 1* for the meeting data,
attendance, each agenda item and the annex, *Heading 2* for each panel, standing item and other
segment (and the annex's tables), *Heading 3* for each guiding question and a panel's questions and
answers. Meeting data, attendance, the timetable, the list of speakers and speaking time by
stakeholder category (the chart's data) are tables in the *Table Grid* style.

Captured text goes in as plain runs: Word never interprets it (no fields, no hyperlinks, no
styles). The only change made to it is that characters XML cannot hold (NUL and the other C0
controls but tab and line breaks) become U+FFFD, so the file is always valid.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.core.record import (
    REMOVED_SEGMENTS,
    UNTAGGED,
    InterventionRecord,
    Record,
    Section,
    SegmentInterventions,
)
from facilitator.formats import record_tables as tables
from facilitator.formats.record_files import write_files
from facilitator.formats.record_tables import ANNEX, TableData

TABLE_STYLE = "Table Grid"
# Characters XML 1.0 cannot hold (tab, line feed and carriage return are allowed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by U+FFFD, everything else kept."""
    return _NOT_XML.sub("\ufffd", text)


def _heading(doc: DocumentObject, text: str, level: int) -> Paragraph:
    paragraph = doc.add_paragraph(style="Title" if level == 0 else f"Heading {level}")
    paragraph.add_run(clean(text))
    return paragraph


def _plain(doc: DocumentObject, text: str, style: str | None = None) -> Paragraph:
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(clean(text))
    return paragraph


def _table(doc: DocumentObject, data: TableData) -> Table:
    """A table in :data:`TABLE_STYLE`: a bold header row (for a fact list, a bold first column),
    then the rows."""
    lines = ([(data.header, True)] if data.header is not None else []) + [
        (row, False) for row in data.rows
    ]
    table: Table = doc.add_table(rows=len(lines), cols=len(lines[0][0]))
    table.style = doc.styles[TABLE_STYLE]
    for (values, bold), table_row in zip(lines, table.rows, strict=True):
        cells = table_row.cells
        for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
            run = cell.paragraphs[0].add_run(clean(value))
            run.bold = bold or (data.header is None and column == 0) or None
    doc.add_paragraph()
    return table


def _entry(doc: DocumentObject, entry: InterventionRecord, *, answer: bool = False) -> None:
    paragraph = doc.add_paragraph(style="List Bullet 2" if answer else "List Bullet")
    paragraph.add_run(clean(entry.speaker)).bold = True
    details = [d for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        paragraph.add_run(clean(" (" + ", ".join(details) + ")"))
    paragraph.add_run(clean(", " + entry.kind.lower()))
    if entry.guiding_questions and entry.kind_value != "question":
        paragraph.add_run(clean(" — on: " + "; ".join(entry.guiding_questions)))
    if entry.summary.strip():
        paragraph.add_run(": ")
        paragraph.add_run(clean(entry.summary))


def _entries(doc: DocumentObject, entries: Sequence[InterventionRecord]) -> None:
    if not entries:
        _plain(doc, "No interventions were recorded.")
    for entry in entries:
        _entry(doc, entry)


def _segment_block(doc: DocumentObject, section: SegmentInterventions) -> None:
    _heading(doc, section.title, 2)
    _entries(doc, section.interventions)


def build_docx(record: Record) -> DocumentObject:
    """The record as a python-docx document (not yet saved)."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    m = record.meeting
    props = doc.core_properties
    props.title = clean(m.title)
    props.author = "Facilitator"
    props.last_modified_by = "Facilitator"
    props.comments = ""
    props.created = props.modified = record.generated_at.astimezone(dt.UTC).replace(tzinfo=None)

    _heading(doc, m.title, 0)
    if record.has(Section.MEETING):
        _heading(doc, "Meeting data", 1)
        _table(doc, tables.meeting_facts(record))
        sittings = tables.sittings(record)
        if sittings is not None:
            _table(doc, sittings)
    if record.has(Section.ATTENDANCE):
        _heading(doc, "Attendance", 1)
        _table(doc, tables.attendance_by_category(record))
        _table(doc, tables.attendance_by_place(record))
    if record.has(Section.PROCEEDINGS):
        _proceedings(doc, record)
    if any(record.has(s) for s in ANNEX):
        _heading(doc, "Annex", 1)
    if record.has(Section.TIMETABLE):
        _heading(doc, "Timetable: planned and actual", 2)
        _table(doc, tables.timetable(record))
    if record.has(Section.SPEAKERS):
        _heading(doc, "List of speakers", 2)
        speakers = tables.speakers(record)
        if speakers is not None:
            _table(doc, speakers)
        else:
            _plain(doc, tables.NOBODY_SPOKE)
    if record.has(Section.CHART):
        _heading(doc, "Speaking time by stakeholder category", 2)
        _table(doc, tables.speaking_time(record))
    return doc


def _proceedings(doc: DocumentObject, record: Record) -> None:
    for item in record.items:
        _heading(doc, item.title, 1)
        _table(doc, tables.item_segments(record, item))
        for panel in item.panels:
            _heading(doc, panel.title, 2)
            if panel.moderator:
                paragraph = doc.add_paragraph()
                paragraph.add_run("Moderator: ").bold = True
                paragraph.add_run(clean(panel.moderator))
            if panel.panellists:
                doc.add_paragraph().add_run("Panellists:").bold = True
                for person in panel.panellists:
                    _plain(doc, person, "List Bullet")
            _heading(doc, "Questions and answers", 3)
            if not panel.questions:
                _plain(doc, "No questions were recorded.")
            for qa in panel.questions:
                _entry(doc, qa.question)
                for answer in qa.answers:
                    _entry(doc, answer, answer=True)
            if panel.other:
                _heading(doc, "Other interventions", 3)
                _entries(doc, panel.other)
        for standing in item.standing_items:
            _heading(doc, standing.title, 2)
            for group in standing.groups:
                if group.question is None and not group.interventions:
                    continue
                _heading(doc, group.heading, 3)
                _entries(doc, group.interventions)
        for other in item.others:
            _segment_block(doc, other)
    if record.removed_segments:
        _heading(doc, REMOVED_SEGMENTS, 1)
        for section in record.removed_segments:
            _segment_block(doc, section)
    if record.untagged:
        _heading(doc, UNTAGGED, 1)
        _entries(doc, record.untagged)


def docx_bytes(record: Record) -> bytes:
    """The record as the bytes of a .docx file."""
    buffer = io.BytesIO()
    build_docx(record).save(buffer)
    return buffer.getvalue()


def write_docx(record: Record, path: Path | str) -> Path:
    """Write the record as a Word document to ``path`` (atomically; :class:`ExportError` if it
    cannot)."""
    target = Path(path)
    return write_files([(target, docx_bytes(record))])[0]
