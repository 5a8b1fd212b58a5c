"""Word documents for tests, built the way a Secretariat officer writes a programme in Word.

Tests build their .docx files at run time from text (the seeds) instead of committing binaries,
so that what a document contains is visible in the test and the seeds stay the one source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

_ITEM = re.compile(r"^(?P<number>[IVX]+)\.\s+(?P<title>\S.*)$")
_LINK = re.compile(r"\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\n]*)\)")
_BOLD = "**"

#: Formats of a multilevel list like the one Word offers for numbered headings.
ROMAN_LEVELS: tuple[tuple[str, str], ...] = (
    ("upperRoman", "%1."),
    ("upperLetter", "%2."),
    ("decimal", "%3."),
    ("lowerLetter", "(%4)"),
)


def seed_to_docx(
    text_path: Path,
    docx_path: Path,
    *,
    auto_numbering: bool,
    wingdings_standing_items: bool = False,
) -> Path:
    """Write the programme in ``text_path`` (a seed) as a Word document at ``docx_path``.

    Title and date lines are normal paragraphs (bold where the text has ``**``), "PROGRAMME" is a
    Heading 1, items ("I. Opening of the meeting") are Heading 2 paragraphs, ``- `` lines are
    "List Bullet" paragraphs (" - " lines "List Bullet 2"), Markdown links are real hyperlinks, and
    blank lines are left out, as paragraph spacing does their job in Word. With
    ``auto_numbering`` the "I." is not typed: Word numbering (upper Roman) produces it. With
    ``wingdings_standing_items`` the "❖" of the standing items is not typed either: it is the
    bullet picture of their list (Wingdings "v"), as in the Secretariat's own documents.
    """
    document = Document()
    numbers = _Lists(
        items=add_numbering(document, ROMAN_LEVELS) if auto_numbering else None,
        standing=(
            add_numbering(document, [("bullet", "v")], fonts=["Wingdings"])
            if wingdings_standing_items
            else None
        ),
    )
    bold = False
    first = True
    for raw in text_path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        bold = _add_line(document, raw, bold=bold, lists=numbers, title=first)
        first = False
    document.save(str(docx_path))
    return docx_path


@dataclass(frozen=True, slots=True)
class _Lists:
    """The Word lists a built seed uses instead of typed numbers and marks (None: typed)."""

    items: int | None
    standing: int | None


def _add_line(document: DocxDocument, raw: str, *, bold: bool, lists: _Lists, title: bool) -> bool:
    """Add one seed line as a paragraph; return whether bold is still open after it."""
    stripped = raw.strip()
    indent = len(raw) - len(raw.lstrip(" "))
    item = _ITEM.match(stripped)
    if stripped == "PROGRAMME":
        paragraph = document.add_paragraph(style="Heading 1")
        text = stripped
    elif item:
        paragraph = document.add_paragraph(style="Heading 2")
        if lists.items is None:
            text = stripped
        else:
            set_numbering(paragraph, lists.items, level=0)
            text = item.group("title")
    elif stripped.startswith("- "):
        style = "List Bullet" if indent == 0 else f"List Bullet {min(indent + 1, 3)}"
        paragraph = document.add_paragraph(style=style)
        text = stripped[2:]
        if lists.standing is not None and text.startswith("❖ "):
            set_numbering(paragraph, lists.standing, level=0)
            text = text[2:]
    else:
        paragraph = document.add_paragraph()
        text = stripped
    return add_rich_text(paragraph, text, bold=bold or title) and not title


def add_rich_text(paragraph: Paragraph, text: str, *, bold: bool = False) -> bool:
    """Add ``text`` to ``paragraph``, turning ``**`` into bold runs and ``[text](target)`` into
    hyperlinks; return whether bold is still open at the end (it may span lines)."""
    for index, chunk in enumerate(text.split(_BOLD)):
        if index:
            bold = not bold
        position = 0
        for link in _LINK.finditer(chunk):
            _add_run(paragraph, chunk[position : link.start()], bold=bold)
            add_hyperlink(paragraph, link.group("text"), link.group("target") or "#")
            position = link.end()
        _add_run(paragraph, chunk[position:], bold=bold)
    return bold


def _add_run(paragraph: Paragraph, text: str, *, bold: bool) -> None:
    if text:
        paragraph.add_run(text).bold = bold or None


def add_hyperlink(paragraph: Paragraph, text: str, target: str) -> None:
    """A real Word hyperlink (python-docx has no API for one): the text lives in a run inside
    ``w:hyperlink``, which a reader looking only at the paragraph's direct runs would miss."""
    r_id = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def add_numbering(
    document: DocxDocument,
    levels: Sequence[tuple[str, str]],
    *,
    starts: Sequence[int] | None = None,
    styles: Sequence[str | None] | None = None,
    fonts: Sequence[str | None] | None = None,
) -> int:
    """Add a multilevel list definition (``w:abstractNum``) and a list using it (``w:num``) to the
    document's numbering part; return the list's ``numId``.

    ``levels`` gives each level's (numFmt, lvlText), e.g. ("upperRoman", "%1."); ``styles`` may
    attach a paragraph style id to a level ("Heading2"), as Word does for numbered headings, and
    ``fonts`` a font to a level's text ("Wingdings" for picture bullets).
    """
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a) for a in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max(abstract_ids, default=-1) + 1
    level_xml = []
    for ilvl, (fmt, text) in enumerate(levels):
        start = starts[ilvl] if starts else 1
        style = styles[ilvl] if styles and ilvl < len(styles) else None
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        font = fonts[ilvl] if fonts and ilvl < len(fonts) else None
        font_xml = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
        level_xml.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{style_xml}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr>{font_xml}</w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(level_xml)}</w:abstractNum>'
    )
    nums = numbering.xpath("./w:num")
    if nums:
        nums[0].addprevious(abstract)  # the schema wants every abstractNum before the nums
    else:
        numbering.append(abstract)
    return int(numbering.add_num(abstract_id).numId)


def restart_numbering(
    document: DocxDocument, num_id: int, *, level: int = 0, start: int = 1
) -> int:
    """A new list on the same definition as ``num_id`` that restarts ``level`` at ``start`` (Word's
    "Restart at 1"); return its ``numId``."""
    numbering = document.part.numbering_part.element
    abstract_id = int(numbering.num_having_numId(num_id).abstractNumId.val)
    num = numbering.add_num(abstract_id)
    num.append(
        parse_xml(
            f'<w:lvlOverride {nsdecls("w")} w:ilvl="{level}">'
            f'<w:startOverride w:val="{start}"/></w:lvlOverride>'
        )
    )
    return int(num.numId)


def set_numbering(paragraph: Paragraph, num_id: int, *, level: int = 0) -> None:
    """Number ``paragraph`` with list ``num_id`` at ``level`` (``w:numPr`` on the paragraph)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def add_table(document: DocxDocument, rows: Sequence[Sequence[str]]) -> None:
    """A table with one row per entry of ``rows``; a cell's "\\n" starts a new paragraph."""
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for row, values in zip(table.rows, rows, strict=False):
        for cell, value in zip(row.cells, values, strict=False):
            first, *rest = value.split("\n")
            cell.paragraphs[0].text = first
            for extra in rest:
                cell.add_paragraph(extra)
