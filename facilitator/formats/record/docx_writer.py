"""The session record as a Word document (.docx), for the Secretariat to edit.

Built with python-docx on its default template, with Word's own styles so that the navigation pane,
the table of contents and "Styles" work: *Title* for the meeting, *Heading 1* for the meeting data,
attendance, each agenda item and the annex, *Heading 2* for each panel, standing item and other
segment (and the annex's tables), *Heading 3* for each guiding question and a panel's questions and
answers. Meeting data, attendance, the timetable, the list of speakers and speaking time by
stakeholder category (the chart's data) are tables in the *Table Grid* style, their header row
shaded and repeated on every page; the chart itself follows as a picture 15 cm wide (drawn by Qt,
:func:`~facilitator.formats.record.chart.chart_png`). A4 pages; the title and headings black, in
the body's serif.

Paragraphs and tables are written as WordprocessingML, one string per block, rather than through
python-docx's ``add_paragraph``/``add_run``/``cell`` calls, which look styles and cells up each
time: 2,000 interventions take a third of a second instead of four.

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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from facilitator.core.record import (
    REMOVED_SEGMENTS,
    UNTAGGED,
    InterventionRecord,
    Record,
    Section,
    SegmentInterventions,
)
from facilitator.formats.record import tables
from facilitator.formats.record.files import clean, isolate, write_files
from facilitator.formats.record.tables import ANNEX, TableData, column_widths, other_questions

TABLE_STYLE = "Table Grid"
PAGE_WIDTH, PAGE_HEIGHT, PAGE_MARGIN = Mm(210), Mm(297), Mm(25)
#: The chart's printed width.
CHART_WIDTH = Cm(15)
#: Pixels of the chart's picture (about 200 dpi at :data:`CHART_WIDTH`).
CHART_PIXELS = 1200
_BREAKS = re.compile("([\t\r\n])")
_W = nsdecls("w")
#: Table text: 10 pt (in half-points), about this many characters to a table's width.
TABLE_SIZE, TABLE_LINE = 20, 80
_SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="E6EDF5"/>'
#: Word's styles as the record uses them: (name, size in points, bold, italic); all black, in the
#: body's serif (the template's are blue, in the theme's sans-serif).
_STYLES = (
    ("Title", 16, True, False),
    ("Heading 1", 13, True, False),
    ("Heading 2", 11.5, True, False),
    ("Heading 3", 11, True, True),
)
FONT = "Times New Roman"


def _xml(text: str) -> str:
    """Captured text as XML character data (cleaned, then escaped)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, bold: bool = False, size: int | None = None) -> str:
    """A run of plain text, as python-docx's ``run.text`` makes it: a tab is ``<w:tab/>``, each
    line feed or carriage return a ``<w:br/>``, everything else literal text. ``size`` is in
    half-points."""
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    out = ["<w:r>", f"<w:rPr>{props}</w:rPr>" if props else ""]
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            out.append(f'<w:t xml:space="preserve">{_xml(piece)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


class _Writer:
    """Appends paragraphs and tables to a python-docx document as WordprocessingML built in one
    string per block: python-docx's own ``add_paragraph(style=…)``, ``add_run`` and cell access
    look styles and cells up every time, which made 2,000 interventions take seconds."""

    def __init__(self, doc: DocumentObject) -> None:
        self.doc = doc
        self._body = doc.element.body
        self._styles: dict[str, str] = {}
        self.text_width = int(PAGE_WIDTH - 2 * PAGE_MARGIN)  # EMU

    def style_id(self, name: str) -> str:
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.doc.styles[name].style_id
        return found

    def _append(self, xml: str) -> None:
        element = parse_xml(xml)
        sect = self._body.sectPr
        if sect is not None:
            sect.addprevious(element)
        else:
            self._body.append(element)

    def paragraph(self, runs: Sequence[tuple[str, bool]], style: str | None = None) -> None:
        props = f'<w:pPr><w:pStyle w:val="{self.style_id(style)}"/></w:pPr>' if style else ""
        body = "".join(_run(text, bold) for text, bold in runs if text)
        self._append(f"<w:p {_W}>{props}{body}</w:p>")

    def heading(self, text: str, level: int) -> None:
        self.paragraph([(text, False)], "Title" if level == 0 else f"Heading {level}")

    def plain(self, text: str, style: str | None = None) -> None:
        self.paragraph([(text, False)], style)

    def table(self, data: TableData) -> None:
        """A table in :data:`TABLE_STYLE`, in 10 pt: a bold, shaded header row that Word repeats
        on every page the table runs over (for a fact list, a bold shaded first column), then the
        rows; columns sized to their text."""
        lines = ([(data.header, True)] if data.header is not None else []) + [
            (row, False) for row in data.rows
        ]
        twips = [self.text_width * w // 100 // 635 for w in column_widths(data, TABLE_LINE)]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
        plain = [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/></w:tcPr><w:p>' for w in twips]
        shaded = [
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>{_SHADE}</w:tcPr><w:p>' for w in twips
        ]
        out = [
            f"<w:tbl {_W}><w:tblPr>",
            f'<w:tblStyle w:val="{self.style_id(TABLE_STYLE)}"/><w:tblW w:type="auto" w:w="0"/>',
            '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>'
            "</w:tblCellMar>",
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
            'w:noHBand="0" w:noVBand="1" w:val="04A0"/>',
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        ]
        for values, header in lines:
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
            for column, value in enumerate(values):
                bold = header or (data.header is None and column == 0)
                cell = shaded[column] if bold else plain[column]
                out += [cell, _run(value, bold, TABLE_SIZE) if value else "", "</w:p></w:tc>"]
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._append("".join(out))
        self.paragraph([])


def _entry(
    w: _Writer, entry: InterventionRecord, *, answer: bool = False, under: str | None = None
) -> None:
    runs = [(isolate(entry.speaker), True)]
    details = [isolate(d) for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        runs.append((" (" + ", ".join(details) + ")", False))
    runs.append((", " + entry.kind.lower(), False))
    questions = other_questions(entry, under)
    if questions:
        runs.append(((" — also on: " if under else " — on: ") + "; ".join(questions), False))
    if entry.summary.strip():
        runs += [(": ", False), (isolate(entry.summary), False)]
    w.paragraph(runs, "List Bullet 2" if answer else "List Bullet")


def _entries(w: _Writer, entries: Sequence[InterventionRecord], under: str | None = None) -> None:
    if not entries:
        w.plain("No interventions were recorded.")
    for entry in entries:
        _entry(w, entry, under=under)


def _segment_block(w: _Writer, section: SegmentInterventions) -> None:
    w.heading(section.title, 2)
    _entries(w, section.interventions)


def _chart(w: _Writer, record: Record) -> None:
    """The chart's picture, inline, :data:`CHART_WIDTH` wide (drawn by Qt)."""
    from facilitator.formats.record.chart import chart_png

    picture = chart_png(record, CHART_PIXELS)
    w.doc.add_picture(io.BytesIO(picture), width=CHART_WIDTH)


def _style(doc: DocumentObject) -> None:
    """Body text 11 pt in :data:`FONT`; the title and headings black and in the same font, the
    title centred: the look of a UN document rather than of Word's default template."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.font.name = FONT
    for name, size, bold, italic in _STYLES:
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.rPr.rFonts if style.element.rPr is not None else None
        if fonts is not None:  # the theme's font would win over the name set above
            for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
                fonts.attrib.pop(qn(f"w:{attribute}"), None)
    title = doc.styles["Title"].paragraph_format
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _page_numbers(paragraph: Paragraph) -> None:
    """ "Page N of M", centred in the footer: Word's PAGE and NUMPAGES fields, the only fields in
    the document (captured text never becomes one)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {_W} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    paragraph.add_run(" of ")
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {_W} w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    for run in paragraph.runs:
        run.font.size = Pt(9)


def build_docx(record: Record) -> DocumentObject:
    """The record as a python-docx document (not yet saved)."""
    doc = Document()
    _style(doc)
    section = doc.sections[0]  # A4, as UN documents are (python-docx's template is Letter)
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = PAGE_MARGIN
    section.top_margin = section.bottom_margin = PAGE_MARGIN
    _page_numbers(section.footer.paragraphs[0])
    m = record.meeting
    props = doc.core_properties
    props.title = clean(m.title)
    props.author = "Facilitator"
    props.last_modified_by = "Facilitator"
    props.comments = ""
    props.created = props.modified = record.generated_at.astimezone(dt.UTC).replace(tzinfo=None)

    w = _Writer(doc)
    w.heading(m.title, 0)
    if record.has(Section.MEETING):
        w.heading("Meeting data", 1)
        w.table(tables.meeting_facts(record))
        sittings = tables.sittings(record)
        if sittings is not None:
            w.table(sittings)
    if record.has(Section.ATTENDANCE):
        w.heading("Attendance", 1)
        w.table(tables.attendance_by_category(record))
        w.table(tables.attendance_by_place(record))
    if record.has(Section.PROCEEDINGS):
        _proceedings(w, record)
    if any(record.has(s) for s in ANNEX):
        w.heading("Annex", 1)
    if record.has(Section.TIMETABLE):
        w.heading("Timetable: planned and actual", 2)
        w.table(tables.timetable(record))
    if record.has(Section.SPEAKERS):
        w.heading("List of speakers", 2)
        speakers = tables.speakers(record)
        if speakers is not None:
            w.table(speakers)
        else:
            w.plain(tables.NOBODY_SPOKE)
    if record.has(Section.CHART):
        w.heading("Speaking time by stakeholder category", 2)
        w.table(tables.speaking_time(record))
        _chart(w, record)
    return doc


def _proceedings(w: _Writer, record: Record) -> None:
    for item in record.items:
        w.heading(item.title, 1)
        w.table(tables.item_segments(record, item))
        for panel in item.panels:
            w.heading(panel.title, 2)
            if panel.moderator:
                w.paragraph([("Moderator: ", True), (panel.moderator, False)])
            if panel.panellists:
                w.paragraph([("Panellists:", True)])
                for person in panel.panellists:
                    w.plain(person, "List Bullet")
            w.heading("Questions and answers", 3)
            if not panel.questions:
                w.plain("No questions were recorded.")
            for qa in panel.questions:
                _entry(w, qa.question)
                for answer in qa.answers:
                    _entry(w, answer, answer=True)
            if panel.other:
                w.heading("Other interventions", 3)
                _entries(w, panel.other)
        for standing in item.standing_items:
            w.heading(standing.title, 2)
            for group in standing.groups:
                if group.question is None and not group.interventions:
                    continue
                w.heading(group.heading, 3)
                _entries(w, group.interventions, group.question)
        for other in item.others:
            _segment_block(w, other)
    if record.removed_segments:
        w.heading(REMOVED_SEGMENTS, 1)
        for section in record.removed_segments:
            _segment_block(w, section)
    if record.untagged:
        w.heading(UNTAGGED, 1)
        _entries(w, record.untagged)


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
