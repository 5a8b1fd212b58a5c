"""The session record as a Word document (.docx), for the Secretariat to edit.

Built with python-docx on its default template, with Word's own styles so that the navigation pane,
the table of contents and "Styles" work: *Title* for the meeting, *Heading 1* for the meeting data,
attendance, each agenda item and the annex, *Heading 2* for each panel, standing item and other
segment (and the annex's tables), *Heading 3* for each guiding question and a panel's questions and
answers. Meeting data, attendance, the timetable, the list of speakers and speaking time by
stakeholder category (the chart's data) are tables in the *Table Grid* style, their header row
shaded and repeated on every page; the chart itself follows as a picture 15 cm wide (drawn by Qt,
:func:`~facilitator.formats.record.chart_picture.png_of`). A4 pages; the title and headings black,
in the body's serif.

What the record holds and in which words is :mod:`~facilitator.formats.record.layout`'s; this module
only writes its blocks in Word's terms: a heading of level 0 is *Title*, of level *n* *Heading n*;
a list's items are *List Bullet* paragraphs (*List Bullet 2* under an item: a question's answers).

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
import string
from collections.abc import Sequence
from pathlib import Path
from typing import assert_never

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from facilitator.core.record import Record
from facilitator.formats.record.chart_picture import png_of
from facilitator.formats.record.files import clean, write_files
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
    record_layout,
)
from facilitator.formats.record.tables import TableData, column_widths

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
#: A list item's style by its depth (Word's default template has three levels).
_LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")


def _xml(text: str) -> str:
    """Captured text as XML character data (cleaned, then escaped)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, bold: bool = False, size: int | None = None, italic: bool = False) -> str:
    """A run of plain text, as python-docx's ``run.text`` makes it: a tab is ``<w:tab/>``, each
    line feed or carriage return a ``<w:br/>``, everything else literal text. ``size`` is in
    half-points."""
    props = (
        ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + (f'<w:sz w:val="{size}"/>' if size else "")
    )
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

    def paragraph(self, runs: Sequence[Run], style: str | None = None) -> None:
        """A paragraph of ``runs``, those next to each other that look the same as one run (Word
        neither knows nor cares which text was captured)."""
        props = f'<w:pPr><w:pStyle w:val="{self.style_id(style)}"/></w:pPr>' if style else ""
        body: list[str] = []
        text, bold, italic = "", False, False
        for run in runs:
            if (run.bold, run.italic) != (bold, italic):
                if text:
                    body.append(_run(text, bold, italic=italic))
                text, bold, italic = "", run.bold, run.italic
            text += run.text
        if text:
            body.append(_run(text, bold, italic=italic))
        self._append(f"<w:p {_W}>{props}{''.join(body)}</w:p>")

    def heading(self, text: str, level: int) -> None:
        self.paragraph([Run(text)], "Title" if level == 0 else f"Heading {level}")

    def items(self, items: Sequence[ListItem], depth: int = 0) -> None:
        """A list's items, each a paragraph in the list style of its depth; the items under an
        item follow it, one level deeper."""
        style = _LIST_STYLES[min(depth, len(_LIST_STYLES) - 1)]
        for item in items:
            self.paragraph(item.runs, style)
            self.items(item.items, depth + 1)

    def chart(self, chart: Chart) -> None:
        """The chart's picture, inline, :data:`CHART_WIDTH` wide (drawn by Qt)."""
        picture = png_of(chart.times, CHART_PIXELS)
        self.doc.add_picture(io.BytesIO(picture), width=CHART_WIDTH)

    def block(self, block: Block) -> None:
        match block:
            case Heading():
                self.heading(block.text, block.level)
            case Paragraph():
                self.paragraph(block.runs)
            case BulletList():
                self.items(block.items)
            case Table():
                self.table(block.data, block.repeat_header)
            case Chart():
                self.chart(block)
            case _:
                assert_never(block)

    def table(self, data: TableData, repeat_header: bool = True) -> None:
        """A table in :data:`TABLE_STYLE`, in 10 pt: a bold, shaded header row that Word repeats
        on every page the table runs over (if ``repeat_header``; for a fact list, a bold shaded
        first column), then the rows; columns sized to their text."""
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
            out.append(
                "<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header and repeat_header else "<w:tr>"
            )
            for column, value in enumerate(values):
                bold = header or (data.header is None and column == 0)
                cell = shaded[column] if bold else plain[column]
                out += [cell, _run(value, bold, TABLE_SIZE) if value else "", "</w:p></w:tc>"]
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._append("".join(out))
        self.paragraph([])


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


#: The page template's fields (see :attr:`Words.page <facilitator.formats.record.layout.Words>`)
#: as Word's own.
_PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def _page_numbers(paragraph: DocxParagraph, template: str) -> None:
    """ "Page N of M" (``template``), centred in the footer: Word's PAGE and NUMPAGES fields, the
    only fields in the document (captured text never becomes one)."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, field, _spec, _conversion in string.Formatter().parse(template):
        if text:
            paragraph.add_run(text)
        if field is not None:
            instruction = _PAGE_FIELDS[field]
            paragraph._p.append(
                parse_xml(
                    f'<w:fldSimple {_W} w:instr="{instruction}"><w:r><w:t>1</w:t></w:r>'
                    "</w:fldSimple>"
                )
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
    layout = record_layout(record)
    _page_numbers(section.footer.paragraphs[0], layout.page)
    props = doc.core_properties
    props.title = clean(record.meeting.title)
    props.author = "Facilitator"
    props.last_modified_by = "Facilitator"
    props.comments = ""
    props.created = props.modified = record.generated_at.astimezone(dt.UTC).replace(tzinfo=None)

    render(doc, layout.blocks)
    return doc


def render(doc: DocumentObject, content: Sequence[Block]) -> None:
    """Append blocks to the body of ``doc`` (before its section properties)."""
    writer = _Writer(doc)
    for block in content:
        writer.block(block)


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
