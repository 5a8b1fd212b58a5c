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

For the programs the Secretariat opens it with (Word, LibreOffice Writer): headings are kept with
the next paragraph, and the table of speaking time with the chart under it; no table row splits
across pages; columns are never narrower than their longest word and keep their widths (a fixed
layout); the chart has alternative text (its figures); bold and italic apply to complex scripts
too (``w:bCs``), and a summary in a right-to-left script is a right-to-left paragraph of its own
(``w:bidi``) under its entry's line; the template's thumbnail is left out.

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
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from facilitator.core.record import Record
from facilitator.formats.record.catalogue import RIGHT_TO_LEFT
from facilitator.formats.record.chart_picture import png_of
from facilitator.formats.record.files import clean, right_to_left, write_files
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    RecordLayout,
    Run,
    Table,
    record_layout,
)
from facilitator.formats.record.localise import catalogue_of
from facilitator.formats.record.summary import TITLE as SUMMARY_TITLE
from facilitator.formats.record.summary import summary_layout
from facilitator.formats.record.tables import TableData, column_widths, longest_word

TABLE_STYLE = "Table Grid"
PAGE_WIDTH, PAGE_HEIGHT, PAGE_MARGIN = Mm(210), Mm(297), Mm(25)
#: The chart's printed width.
CHART_WIDTH = Cm(15)
#: Pixels of the chart's picture (about 200 dpi at :data:`CHART_WIDTH`).
CHART_PIXELS = 1200
#: A tab, or a line break: CR LF, CR or LF (a summary typed on Windows has CR LF: one break).
_BREAKS = re.compile("(\t|\r\n|\r|\n)")
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
#: A list item's style by its depth (Word's default template has three levels), and the style of a
#: paragraph that continues an item (a right-to-left summary).
_LIST_STYLES = ("List Bullet", "List Bullet 2", "List Bullet 3")
_CONTINUE_STYLES = ("List Continue", "List Continue 2", "List Continue 3")


def _xml(text: str) -> str:
    """Captured text as XML character data (cleaned, then escaped)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(
    text: str, bold: bool = False, size: int | None = None, italic: bool = False, rtl: bool = False
) -> str:
    """A run of plain text: a tab is ``<w:tab/>``, a line break (CR LF, CR or LF) one
    ``<w:br/>``, everything else literal text. ``size`` is in half-points. Bold, italic and size
    are set for complex scripts too (``w:bCs``…: without them Arabic stays regular in a bold
    name); ``rtl``: the run is right-to-left text."""
    props = (
        ("<w:b/><w:bCs/>" if bold else "")
        + ("<w:i/><w:iCs/>" if italic else "")
        + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
        + ("<w:rtl/>" if rtl else "")
    )
    out = ["<w:r>", f"<w:rPr>{props}</w:rPr>" if props else ""]
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r\n", "\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            out.append(f'<w:t xml:space="preserve">{_xml(piece)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


class _Writer:
    """Appends paragraphs and tables to a python-docx document as WordprocessingML built in one
    string per block: python-docx's own ``add_paragraph(style=…)``, ``add_run`` and cell access
    look styles and cells up every time, which made 2,000 interventions take seconds."""

    def __init__(self, doc: DocumentObject, right_to_left: bool = False) -> None:
        self.doc = doc
        self.right_to_left = right_to_left
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

    def paragraph(
        self,
        runs: Sequence[Run],
        style: str | None = None,
        *,
        keep: bool = False,
        rtl: bool = False,
    ) -> None:
        """A paragraph of ``runs``, those next to each other that look the same as one run (Word
        neither knows nor cares which text was captured). ``keep``: kept on the page of the next
        paragraph (a heading, the table above a chart); ``rtl``: a right-to-left paragraph."""
        props = (
            (f'<w:pStyle w:val="{self.style_id(style)}"/>' if style else "")
            + ("<w:keepNext/>" if keep else "")
            + ("<w:bidi/>" if rtl else "")
        )
        body: list[str] = []
        text, bold, italic = "", False, False
        for run in runs:
            if (run.bold, run.italic) != (bold, italic):
                if text:
                    body.append(_run(text, bold, italic=italic, rtl=rtl))
                text, bold, italic = "", run.bold, run.italic
            text += run.text
        if text:
            body.append(_run(text, bold, italic=italic, rtl=rtl))
        ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
        self._append(f"<w:p {_W}>{ppr}{''.join(body)}</w:p>")

    def heading(self, text: str, level: int) -> None:
        """*Title* or *Heading n*, kept with what follows it (the styles say so too; LibreOffice
        and older Words read the paragraph's own mark), right to left if its text is."""
        style = "Title" if level == 0 else f"Heading {level}"
        self.paragraph([Run(text)], style, keep=True, rtl=right_to_left(text))

    def items(self, items: Sequence[ListItem], depth: int = 0) -> None:
        """A list's items, each a paragraph in the list style of its depth; the items under an
        item follow it, one level deeper. A right-to-left summary is a right-to-left paragraph of
        its own under its entry's line (*List Continue* at the same depth)."""
        style = _LIST_STYLES[min(depth, len(_LIST_STYLES) - 1)]
        below = _CONTINUE_STYLES[min(depth, len(_CONTINUE_STYLES) - 1)]
        for item in items:
            split = next((n for n, r in enumerate(item.runs) if r.rtl), None)
            if split is None:
                self.paragraph(item.runs, style)
            else:
                self.paragraph(item.runs[:split], style)
                self.paragraph(item.runs[split:], below, rtl=True)
            self.items(item.items, depth + 1)

    def chart(self, chart: Chart) -> None:
        """The chart's picture, inline, :data:`CHART_WIDTH` wide (drawn by Qt), with its
        alternative text (``descr`` and ``title`` of the drawing, which Word shows as "Alt Text"
        and a screen reader reads): what it shows and its figures."""
        picture = png_of(chart.times, CHART_PIXELS)
        self.doc.add_picture(io.BytesIO(picture), width=CHART_WIDTH)
        drawing = self._body.sectPr.getprevious() if self._body.sectPr is not None else None
        if drawing is None:
            drawing = self._body[-1]
        for props in drawing.iter(qn("wp:docPr")):
            props.set("descr", clean(chart_alt(chart)))
            props.set("title", clean(chart.alt))

    def block(self, block: Block, before_chart: bool = False) -> None:
        """One block; ``before_chart``: it is kept on the page of the chart that follows it."""
        match block:
            case Heading():
                self.heading(block.text, block.level)
            case Paragraph():
                self.paragraph(block.runs)
            case BulletList():
                self.items(block.items)
            case Table():
                self.table(block.data, block.repeat_header, keep=before_chart)
            case Chart():
                self.chart(block)
            case _:
                assert_never(block)

    def table(self, data: TableData, repeat_header: bool = True, *, keep: bool = False) -> None:
        """A table in :data:`TABLE_STYLE`, in 10 pt: a bold, shaded header row that Word repeats
        on every page the table runs over (if ``repeat_header``; for a fact list, a bold shaded
        first column), then the rows, none split over two pages; columns sized to their text, no
        column narrower than its longest word (:func:`least_twips`: "13" in the "#" column stays
        on one line), fixed so that Word and LibreOffice keep them. ``keep``: every row kept on
        the page of the next paragraph (the table of figures above its chart)."""
        lines = ([(data.header, True)] if data.header is not None else []) + [
            (row, False) for row in data.rows
        ]
        twips = fitted_twips(data, self.text_width // 635)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
        para = "<w:p><w:pPr><w:keepNext/></w:pPr>" if keep else "<w:p>"
        plain = [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/></w:tcPr>{para}' for w in twips]
        shaded = [
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>{_SHADE}</w:tcPr>{para}' for w in twips
        ]
        out = [
            f"<w:tbl {_W}><w:tblPr>",
            f'<w:tblStyle w:val="{self.style_id(TABLE_STYLE)}"/>',
            # An Arabic document's tables: the first column at the right (Word's w:bidiVisual;
            # the paragraphs' w:bidi alone leaves the columns left to right).
            "<w:bidiVisual/>" if self.right_to_left else "",
            f'<w:tblW w:type="dxa" w:w="{sum(twips)}"/><w:tblLayout w:type="fixed"/>',
            '<w:tblCellMar><w:top w:w="28" w:type="dxa"/>'
            f'<w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
            '<w:bottom w:w="28" w:type="dxa"/>'
            f'<w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>',
            '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
            'w:noHBand="0" w:noVBand="1" w:val="04A0"/>',
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        ]
        for values, header in lines:
            out.append(
                "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                if header and repeat_header
                else "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            )
            for column, value in enumerate(values):
                bold = header or (data.header is None and column == 0)
                cell = shaded[column] if bold else plain[column]
                out += [cell, _run(value, bold, TABLE_SIZE) if value else "", "</w:p></w:tc>"]
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._append("".join(out))
        self.paragraph([], keep=keep)


#: A table cell's left and right margins, in twips (Word's default for *Table Grid*: 0.19 cm).
CELL_MARGIN = 108
#: About how wide a character of table text (10 pt Times New Roman) is, in twips: a digit is
#: 100 (5 pt), a bold capital up to 144; the mean of the widest, so that a word fits.
_CHAR_TWIPS = 105


def least_twips(data: TableData) -> list[int]:
    """Each column's narrowest width, in twips: its longest word (a header's bold words count
    wider) and the cell's margins, with room to spare for rounding in LibreOffice."""
    count = len(data.header) if data.header is not None else len(data.rows[0]) if data.rows else 0
    least = [0] * count
    for row in data.rows:
        for n, cell in enumerate(row):
            least[n] = max(least[n], longest_word(cell))
    if data.header is not None:
        for n, cell in enumerate(data.header):
            least[n] = max(least[n], -(-longest_word(cell) * 115 // 100))
    return [w * _CHAR_TWIPS + 2 * CELL_MARGIN + 60 for w in least]


def fitted_twips(data: TableData, width: int) -> list[int]:
    """Column widths in twips adding up to ``width``: the percentages of
    :func:`~facilitator.formats.record.tables.column_widths`, each column widened to at least
    :func:`least_twips`, the room taken from the columns that have more than they need."""
    wanted = [width * w // 100 for w in column_widths(data, TABLE_LINE)]
    least = least_twips(data)
    if sum(least) >= width:  # too many columns for the page: shares of what there is
        return [width * w // max(sum(least), 1) for w in least]
    short = sum(max(lo - w, 0) for w, lo in zip(wanted, least, strict=True))
    spare = [max(w - lo, 0) for w, lo in zip(wanted, least, strict=True)]
    room = sum(spare) or 1
    fitted = [
        max(w, lo) - (short * sp // room if w > lo else 0)
        for w, lo, sp in zip(wanted, least, spare, strict=True)
    ]
    fitted[fitted.index(max(fitted))] += width - sum(fitted)
    return fitted


def _style(doc: DocumentObject, language: str = "en") -> None:
    """Body text 11 pt in :data:`FONT`; the title and headings black and in the same font, the
    title centred: the look of a UN document rather than of Word's default template. The text's
    language is the record's (Word's spelling and hyphenation); an Arabic record's paragraphs
    run right to left."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    normal.font.name = FONT
    if language != "en":
        rpr = normal.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        tag = _WORD_LANGUAGES.get(language, language)
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag if language == "zh" else "zh-CN")
        lang.set(qn("w:bidi"), tag if language in RIGHT_TO_LEFT else "ar-SA")
        if language in RIGHT_TO_LEFT:
            normal.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
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


#: The record's languages as Word tags them.
_WORD_LANGUAGES = {"fr": "fr-FR", "es": "es-ES", "ar": "ar-SA", "zh": "zh-CN", "ru": "ru-RU"}

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
    return _document(record, record_layout(record), record.meeting.title)


def build_summary_docx(record: Record) -> DocumentObject:
    """The draft of the Co-Chairs' summary
    (:func:`~facilitator.formats.record.summary.summary_layout`) as a python-docx document."""
    heading = catalogue_of(record.language)(SUMMARY_TITLE)
    title = f"{heading}: {' '.join(record.meeting.title.split())}"
    return _document(record, summary_layout(record), title)


def summary_docx_bytes(record: Record) -> bytes:
    """The draft of the Co-Chairs' summary as the bytes of a .docx file."""
    buffer = io.BytesIO()
    build_summary_docx(record).save(buffer)
    return buffer.getvalue()


def _document(record: Record, layout: RecordLayout, title: str) -> DocumentObject:
    doc = Document()
    _no_thumbnail(doc)
    _style(doc, layout.language)
    section = doc.sections[0]  # A4, as UN documents are (python-docx's template is Letter)
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = PAGE_MARGIN
    section.top_margin = section.bottom_margin = PAGE_MARGIN
    _page_numbers(section.footer.paragraphs[0], layout.page)
    props = doc.core_properties
    props.title = clean(title)
    props.author = "Facilitator"
    props.last_modified_by = "Facilitator"
    props.comments = ""
    props.created = props.modified = record.generated_at.astimezone(dt.UTC).replace(tzinfo=None)

    render(doc, layout.blocks, right_to_left=layout.language in RIGHT_TO_LEFT)
    return doc


def render(doc: DocumentObject, content: Sequence[Block], *, right_to_left: bool = False) -> None:
    """Append blocks to the body of ``doc`` (before its section properties); ``right_to_left``:
    a document in Arabic, whose tables run right to left too."""
    writer = _Writer(doc, right_to_left)
    for n, block in enumerate(content):
        following = content[n + 1] if n + 1 < len(content) else None
        writer.block(block, before_chart=isinstance(following, Chart))


def chart_alt(chart: Chart) -> str:
    """The chart's alternative text: its title, then each category's speaking time ("NGO: 12
    min 30 s, 5 turns"); the categories nobody spoke for are left out."""
    cat = catalogue_of(chart.language)
    bars = [
        cat(
            "{label}: {minutes} min {seconds} s, {turns}",
            label=t.label,
            minutes=t.seconds // 60,
            seconds=t.seconds % 60,
            turns=cat.plural("{n} turns", t.turns),
        )
        for t in chart.times
        if t.turns
    ]
    listed = cat("; ").join(bars) + cat(".") if bars else cat("Nobody spoke.")
    return chart.alt + cat(". ") + listed


def _no_thumbnail(doc: DocumentObject) -> None:
    """Drop python-docx's template thumbnail (a blank page's picture that a file manager would
    show for the record): a part nothing refers to is not saved."""
    package = doc.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[key]


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
