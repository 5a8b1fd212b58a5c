"""Read a programme from a Word document (.docx), as blocks of its layout.

The Secretariat writes programmes in Word, and Word keeps part of what a reader sees outside the
paragraph text: the "I." of "I. Opening of the meeting" and the bullet of a bullet line live in the
numbering definitions (also when a heading is numbered through its style), a timetable lives in a
table. :func:`docx_blocks` gives the document as the blocks of
:mod:`facilitator.formats.programme.blocks`, keeping all of that:

- paragraphs and tables in document order (also inside content controls and text boxes);
- the heading level of Word's heading styles;
- bullets with their level, and numbered paragraphs with the number computed the way Word
  computes it (``I.``, ``1.``, ``(a)``), apart from the words;
- tables read by column role (time, agenda item, speakers: :mod:`.tables`);
- line breaks inside a paragraph as blocks of their own;
- text that Word does not show (deleted revisions, hidden text, field codes) left out; headers and
  footers ignored.

The blocks are built into a programme by :mod:`facilitator.formats.programme.builder`, the same
builder text goes through. Whatever is wrong with the file, the caller gets a
:class:`ProgrammeError` that names it and says what to do, never a traceback.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.package import Package
from lxml import etree

from facilitator.core.errors import Grouped, Phrase
from facilitator.core.programme import Programme, ProgrammeError
from facilitator.formats.programme.blocks import Block, clean_inline, split_label
from facilitator.formats.programme.builder import import_blocks
from facilitator.formats.programme.report import ImportResult
from facilitator.formats.programme.tables import table_blocks
from facilitator.formats.programme.text_reader import MAX_LINES, normalise_text

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK"
_MAX_UNPACKED = 200 * 1024 * 1024  # a programme is a few hundred KB; more is a zip bomb
_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC, _R = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "r"))
_T, _TAB, _PTAB, _BR, _CR = (f"{_W}{t}" for t in ("t", "tab", "ptab", "br", "cr"))
_NB_HYPHEN, _TXBX = f"{_W}noBreakHyphen", f"{_W}txbxContent"
_SDT, _SDT_CONTENT, _CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
_VAL = f"{_W}val"
# Inline content Word does not print: deleted or moved-away revisions, field codes, properties.
_NOT_SHOWN = {
    f"{_W}{t}"
    for t in ("del", "moveFrom", "instrText", "delText", "delInstrText", "pPr", "rPr", "sdtPr")
} | {_MC_FALLBACK}
_BLOCK_CONTAINERS = {_SDT_CONTENT, _CUSTOM_XML, f"{_W}ins", f"{_W}moveTo"}
_BULLET = "\x00bullet"  # numbering label meaning "this paragraph is a bullet" (+ kept glyph)
_SYM = f"{_W}sym"
# Symbol fonts draw ordinary code points as pictures (Wingdings "v" is ❖); Word also stores them as
# private-use characters U+F020-U+F0FF. These are the pictures people use as bullets and marks.
_SYMBOL_FONTS = {
    "wingdings": {0x76: "❖", 0x75: "◆", 0xA7: "▪", 0xD8: "➢", 0xFC: "✓", 0x6E: "■", 0x6C: "●"},
    "symbol": {0xB7: "•", 0xA8: "♦"},
}
# The one bullet picture worth keeping: programmes mark their standing agenda items with ❖.
_KEPT_BULLET_GLYPHS = "❖"


# ----------------------------------------------------------------------------- public API
def read_docx(path: Path, *, day: int | None = None) -> Programme:
    """Read the programme in the Word document at ``path``.

    Raises :class:`ProgrammeError` (naming the file) for a file that is not a readable .docx or
    whose text is not a programme.
    """
    return import_docx(path, day=day).programme


def import_docx(path: Path, *, day: int | None = None) -> ImportResult:
    """The programme in the Word document at ``path`` with the report of how it was read."""
    path = Path(path)
    blocks = docx_blocks(path)
    if not blocks:
        raise ProgrammeError("the document is empty", source=str(path))
    return import_blocks(blocks, source=str(path), day=day)


def docx_blocks(path: Path) -> list[Block]:
    """The Word document at ``path`` as the blocks of its layout (see the module docstring).

    Raises :class:`ProgrammeError` naming the file when it is not a readable Word document.
    """
    path = Path(path)
    try:
        _check_container(path)
        body, styles_root, numbering_root = _load_parts(path)
        styles = _Styles(styles_root)
        writer = _BlockWriter(styles, _Numbering(numbering_root, styles))
        return writer.document(body)
    except ProgrammeError as exc:
        raise exc.located(str(path)) from None
    except (KeyError, ValueError, etree.LxmlError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        # KeyError: a part is missing; XMLSyntaxError: a part is not well-formed XML.
        raise _damaged(path) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # the last guard: a bad file must never crash the app
        raise ProgrammeError(
            "this Word document could not be read ({error}); open it in Word and save it again"
            " as a Word document (.docx)",
            source=str(path),
            error=type(exc).__name__,
        ) from exc


def docx_to_text(path: Path) -> str:
    """The Word document at ``path`` as plain text, one block a line, with its list numbers and
    bullets written out ("I. Opening", "- Ms. …", a table row's cells joined by " | ")."""
    lines = []
    for block in docx_blocks(path):
        prefix = ""
        if block.bullet.strip("❖◆♦"):
            prefix += " " * block.level + "- " + ("❖ " if block.standing_mark else "")
        elif block.bullet:
            prefix += "❖ "
        if block.label:
            prefix += block.label + " "
        lines.append(prefix + (block.raw if block.row else block.text))
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- the file
def _check_container(path: Path) -> None:
    """Refuse, with a message that says what to do, everything that is not a .docx package:
    an empty file, an old .doc or a password-protected .docx, another Office format, a damaged or
    oversized zip."""
    head = _read_head(path)
    if not head:
        raise ProgrammeError("the file is empty", source=str(path))
    if head.startswith(_OLE_MAGIC):
        raise ProgrammeError.saying(_ole_message(path), source=str(path))
    if not head.startswith(_ZIP_MAGIC):
        raise _damaged(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
            has_document = _has_main_document(archive, names)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        KeyError,
        NotImplementedError,
    ) as exc:
        raise _damaged(path) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    _check_archive(path, infos, mimetype, has_document=has_document)


def _read_head(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ProgrammeError("this is a folder, not a Word document", source=str(path))
        with path.open("rb") as handle:
            return handle.read(4096)
    except FileNotFoundError as exc:
        raise ProgrammeError("no such file", source=str(path)) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _ole_message(path: Path) -> Phrase:
    """Word writes both a password-protected .docx and an old-style .doc as an OLE compound file;
    the stream names in its directory tell them apart."""
    try:
        with path.open("rb") as handle:
            data = handle.read(4 * 1024 * 1024)
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return Phrase(
            "this Word document is password-protected: open it in Word, remove the password "
            "(File > Info > Protect Document) and save it as an unprotected .docx"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return Phrase(
            "this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx"
        )
    return Phrase(
        "this is a password-protected Word document or an old .doc file: open it in Word and "
        "save it as an unprotected Word document (.docx)"
    )


def _check_archive(
    path: Path, infos: list[zipfile.ZipInfo], mimetype: bytes, *, has_document: bool
) -> None:
    other = _other_format({info.filename for info in infos}, mimetype)
    if other:
        raise ProgrammeError(
            "this is {other}, not a Word document: open it and save the programme as .docx",
            source=str(path),
            other=other,
        )
    if not has_document:
        raise ProgrammeError(
            "this is a zip archive, not a Word document (.docx); save the programme as .docx",
            source=str(path),
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise ProgrammeError(
            "this file is encrypted; save the programme as an unprotected .docx", source=str(path)
        )
    if sum(info.file_size for info in infos) > _MAX_UNPACKED:
        raise ProgrammeError("this document is far too large to be a programme", source=str(path))


def _has_main_document(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """Whether the package has a main document part: normally word/document.xml, but some tools
    name it otherwise, and the package relationships say where it is."""
    if "word/document.xml" in names:
        return True
    if "_rels/.rels" not in names:
        return False
    try:
        rels = etree.fromstring(
            archive.read("_rels/.rels"), etree.XMLParser(resolve_entities=False)
        )
    except etree.XMLSyntaxError:
        return False
    targets = (
        (rel.get("Target") or "").lstrip("/")
        for rel in rels.iter("{*}Relationship")
        if (rel.get("Type") or "").endswith("/officeDocument")
    )
    return any(target in names for target in targets)


def _other_format(names: set[str], mimetype: bytes) -> Phrase | None:
    """A friendly name for the Office and OpenDocument files people pick by mistake."""
    if b"opendocument.text" in mimetype:
        return Phrase("an OpenDocument text file (.odt)")
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return Phrase("an OpenDocument file")
    if "xl/workbook.xml" in names:
        return Phrase("an Excel workbook")
    if "ppt/presentation.xml" in names:
        return Phrase("a PowerPoint presentation")
    return None


def _unreadable(path: Path, exc: OSError) -> ProgrammeError:
    return ProgrammeError(
        "cannot read this file ({reason})", source=str(path), reason=str(exc.strerror or exc)
    )


def _damaged(path: Path) -> ProgrammeError:
    return ProgrammeError(
        "this is not a Word document (.docx) or it is damaged; open it in Word and save it again"
        " as a Word document (.docx)",
        source=str(path),
    )


def _load_parts(path: Path) -> tuple[etree._Element, etree._Element | None, etree._Element | None]:
    """The document body and the styles and numbering definitions, whatever the flavour of Word
    file (.docx, .docm, .dotx): python-docx's own :func:`docx.Document` accepts only the first."""
    try:
        package = Package.open(str(path))
    except PackageNotFoundError as exc:
        raise _damaged(path) from exc
    main = package.main_document_part
    if main.content_type not in _WORD_MAIN_TYPES:
        raise ProgrammeError(
            "this Office file is not a Word document; save the programme as .docx",
            source=str(path),
        )

    def element_of(part: object) -> etree._Element:
        element = getattr(part, "_element", None)
        return element if element is not None else parse_xml(part.blob)  # type: ignore[attr-defined]

    document = element_of(main)
    body = document.find(f"{_W}body")
    if body is None:
        raise _damaged(path)
    related = {rel.reltype: rel.target_part for rel in main.rels.values() if not rel.is_external}
    styles = element_of(related[_RT_STYLES]) if _RT_STYLES in related else None
    numbering = element_of(related[_RT_NUMBERING]) if _RT_NUMBERING in related else None
    return body, styles, numbering


# ----------------------------------------------------------------------------- styles
@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None


class _Styles:
    """Paragraph styles: their names (for "List Bullet") and the numbering they carry, because
    Word often numbers headings and list paragraphs through their style, not the paragraph."""

    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        for style in root.iterchildren(f"{_W}style") if root is not None else ():
            style_id = style.get(f"{_W}styleId")
            if style_id is None:
                continue
            num_id, ilvl = _num_pr(style.find(f"{_W}pPr"))
            self.styles[style_id] = _Style(
                name=_child_val(style, "name") or style_id,
                based_on=_child_val(style, "basedOn"),
                num_id=num_id,
                ilvl=ilvl,
            )
            # Only a style that says it is the default is (w:default="1"); a style without the
            # attribute is not, or every paragraph would carry a numbered heading's number.
            is_default = style.get(f"{_W}default")
            if style.get(f"{_W}type") == "paragraph" and is_default is not None and _on(is_default):
                self.default = style_id

    def name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or self.default or "")
        return style.name if style else ""

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The numbering a style gives its paragraphs, following ``basedOn``."""
        num_id: str | None = None
        ilvl: int | None = None
        for style in self._chain(style_id):
            num_id = num_id or style.num_id
            ilvl = style.ilvl if ilvl is None else ilvl
            if num_id:
                break
        return num_id, ilvl

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        current = style_id or self.default
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            yield style
            current = style.based_on


# ----------------------------------------------------------------------------- numbering
@dataclass(frozen=True, slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False
    glyph: str = ""  # a bullet picture to keep in the text (see _KEPT_BULLET_GLYPHS)
    restart: int | None = None  # w:lvlRestart: None restarts after any higher level, 0 never
    style: str | None = None  # w:pStyle: the paragraph style this level is attached to


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)


class _Numbering:
    """Word's list numbering, replayed: the number a paragraph shows is computed from a counter per
    list and level, not stored. Lists (``w:num``) that share one definition (``w:abstractNum``)
    share its counters, as in Word, unless they restart it with a ``startOverride``."""

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for abstract in root.iterchildren(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId")
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = _levels(abstract.iterchildren(f"{_W}lvl"))
            link = _child_val(abstract, "numStyleLink")
            if link:
                self.style_links[abstract_id] = link
        for num in root.iterchildren(f"{_W}num"):
            self._read_num(num)

    def _read_num(self, num: etree._Element) -> None:
        num_id, abstract_id = num.get(f"{_W}numId"), _child_val(num, "abstractNumId")
        if num_id is None or abstract_id is None:
            return
        entry = _Num(abstract_id)
        for override in num.iterchildren(f"{_W}lvlOverride"):
            ilvl = _int(override.get(f"{_W}ilvl"), 0)
            start = _child_val(override, "startOverride")
            if start is not None:
                entry.starts[ilvl] = _int(start, 1)
            entry.levels.update(_levels(override.iterchildren(f"{_W}lvl"), default_ilvl=ilvl))
        self.nums[num_id] = entry

    def abstract_of(self, num_id: str) -> str | None:
        """The definition behind a list, following a numbering-style link (``numStyleLink``)."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract = num.abstract
        link = self.style_links.get(abstract)
        if link:
            linked_num, _ = self.styles.numbering(link)
            linked = self.nums.get(linked_num or "")
            if linked is not None and linked.abstract in self.abstracts:
                abstract = linked.abstract
        return abstract

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.levels:
            return num.levels[ilvl]
        return self.abstracts.get(self.abstract_of(num_id) or "", {}).get(ilvl)

    def level_of_style(self, num_id: str, style_id: str | None) -> int:
        """The level a style is attached to (``w:pStyle`` in a level), for headings numbered
        through their style without saying which level."""
        levels = self.abstracts.get(self.abstract_of(num_id) or "", {})
        return next((ilvl for ilvl, lvl in levels.items() if style_id and lvl.style == style_id), 0)

    def advance(self, num_id: str, ilvl: int) -> str | None:
        """Count a paragraph of list ``num_id`` at level ``ilvl``; return the label it shows
        ("I.", "(a)", ""), :data:`_BULLET` for a bullet, or None when the list is not defined."""
        level = self.level(num_id, ilvl)
        abstract = self.abstract_of(num_id)
        if level is None or abstract is None:
            return None
        counters = self.counters.setdefault(abstract, [None] * 9)
        num = self.nums[num_id]
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted in num.starts:
                if 0 <= restarted < 9:
                    counters[restarted] = None
        current = counters[ilvl]
        counters[ilvl] = num.starts.get(ilvl, level.start) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            deeper_level = self.level(num_id, deeper)
            restart = deeper_level.restart if deeper_level else None
            if restart is None or ilvl < restart:
                counters[deeper] = None
        if level.fmt == "bullet":
            return _BULLET + level.glyph
        return self._label(num_id, level, counters)

    def _label(self, num_id: str, level: _Level, counters: list[int | None]) -> str:
        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = self.level(num_id, index) or _Level()
            count = counters[index]
            count = other.start if count is None else count
            return format_number(count, "decimal" if level.legal else other.fmt)

        return re.sub(r"%([1-9])", value, level.text).strip()


def _levels(elements: Iterable[etree._Element], default_ilvl: int = 0) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in elements:
        ilvl = _int(lvl.get(f"{_W}ilvl"), default_ilvl)
        if not 0 <= ilvl < 9:
            continue
        restart = _child_val(lvl, "lvlRestart")
        text = _child_val(lvl, "lvlText") or ""
        glyph = symbol_text(text, _font(lvl)).strip()
        levels[ilvl] = _Level(
            start=_int(_child_val(lvl, "start"), 1),
            fmt=_child_val(lvl, "numFmt") or "decimal",
            text=text,
            legal=lvl.find(f"{_W}isLgl") is not None and _on(_child_val(lvl, "isLgl")),
            glyph=glyph if glyph in _KEPT_BULLET_GLYPHS else "",
            restart=None if restart is None else _int(restart, 0),
            style=_child_val(lvl, "pStyle"),
        )
    return levels


_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip
_CARDINALS = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_ORDINALS = (
    "Zeroth",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
)


def format_number(value: int, fmt: str) -> str:
    """``value`` written in Word's number format ``fmt`` (upperRoman → "IV", lowerLetter → "d",
    decimalZero → "04"…); formats we do not know fall back to decimal, which still reads."""
    if fmt == "none":
        return ""
    if fmt in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        if 10 <= value % 100 <= 20:
            suffix = "th"
        return f"{value}{suffix}"
    if fmt == "cardinalText" and 0 <= value < len(_CARDINALS):
        return _CARDINALS[value]
    if fmt == "ordinalText" and 0 <= value < len(_ORDINALS):
        return _ORDINALS[value]
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


# ----------------------------------------------------------------------------- the blocks
_HEADING_STYLE = re.compile(r"^(?:heading|titre|título|titulo|überschrift)\s*(?P<level>\d)", re.I)


class _BlockWriter:
    """Walks the body in document order and writes each paragraph and table row as blocks."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.count = 0
        self.after_empty = True  # the previous paragraph was empty (a blank line)

    def document(self, body: etree._Element) -> list[Block]:
        return [b for b in self.blocks(body) if b.text]

    def blocks(self, container: etree._Element) -> list[Block]:
        """The blocks of the paragraphs and tables in ``container`` (body, cell, text box…)."""
        out: list[Block] = []
        for child in container.iterchildren():
            if child.tag == _P:
                out.extend(self.paragraph(child))
            elif child.tag == _TBL:
                out.extend(self.table(child))
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    out.extend(self.blocks(content))
            elif child.tag in _BLOCK_CONTAINERS:
                out.extend(self.blocks(child))
        return out

    # -- paragraphs
    def paragraph(self, p: etree._Element) -> list[Block]:
        self.count += 1
        if self.count > MAX_LINES:
            raise ProgrammeError(
                "the document has more than {most} paragraphs, more than a meeting's programme"
                " has: is it the programme? Open the programme itself",
                most=Grouped(MAX_LINES),
            )
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        _inline_text(p, pieces, boxes)
        text = normalise_text("".join(pieces).replace("\t", " "))
        ppr = p.find(f"{_W}pPr")
        style_id = _child_val(ppr, "pStyle") if ppr is not None else None
        heading_match = _HEADING_STYLE.match(self.styles.name(style_id))
        heading = int(heading_match.group("level")) if heading_match else 0
        bullet_level, label = self._list_label(p)
        out: list[Block] = []
        blank = self.after_empty
        self.after_empty = not text.strip()
        for index, raw in enumerate(text.split("\n")):
            words = clean_inline(raw)
            if not words:
                blank = True
                continue
            block = Block(line=self.count, text=words, raw=words, heading=heading)
            block.blank_before = blank and index == 0
            blank = False
            if index == 0 and bullet_level is not None:
                block.bullet = "•" + (label or "")
                block.level = bullet_level
            elif index == 0 and label:
                block.label = label
            if block.label is None and not block.bullet:
                typed, rest = split_label(words)
                if typed:
                    block.label, block.text = typed, rest.strip()
            while block.text[:1] and block.text[0] in "❖◆♦":
                block.bullet += block.text[0]
                block.text = block.text[1:].strip()
            out.append(block)
        for box in boxes:
            out.extend(self.blocks(box))
        return out

    def _list_label(self, p: etree._Element) -> tuple[int | None, str | None]:
        """(bullet level, kept glyph or None) for a bullet, (None, "I.") for a numbered
        paragraph."""
        ppr = p.find(f"{_W}pPr")
        style_id = _child_val(ppr, "pStyle") if ppr is not None else None
        style_name = self.styles.name(style_id).lower()
        named_level = _list_bullet_level(style_name)
        num_id, ilvl = _num_pr(ppr)
        if num_id is None:
            num_id, style_ilvl = self.styles.numbering(style_id)
            if ilvl is None:
                ilvl = style_ilvl
            if num_id is not None and ilvl is None:
                ilvl = self.numbering.level_of_style(num_id, style_id or self.styles.default)
        ilvl = min(max(ilvl or 0, 0), 8)
        label = self.numbering.advance(num_id, ilvl) if num_id and num_id != "0" else None
        if label is not None and label.startswith(_BULLET):
            return max(ilvl, named_level or 0), label[len(_BULLET) :] or None
        if named_level is not None and label is None and num_id != "0":
            return max(ilvl, named_level), None
        return None, label or None

    # -- tables
    def table(self, tbl: etree._Element) -> list[Block]:
        self.after_empty = True
        """A table's rows, with the role of each column: a timetable (a time column, an agenda
        column, perhaps a speakers column) gives one row block each, its speakers as people; any
        other table (a box of meeting data) gives its cells' paragraphs in reading order, a row's
        one-paragraph cells joined ("Date:" "10 July 2024" → "Date: 10 July 2024")."""
        rows = [[self.blocks(tc) for tc in _children(tr, _TC)] for tr in _children(tbl, _TR)]
        rows = [row for row in rows if any(cell for cell in row)]
        if not rows:
            return []
        return table_blocks(rows)


def _inline_text(
    element: etree._Element,
    out: list[str],
    boxes: list[etree._Element],
    font: str | None = None,
) -> None:
    """Append the text Word shows for ``element``'s content to ``out``; text boxes met on the way
    go to ``boxes`` (their paragraphs are blocks of their own). ``font`` is the run's font, for
    text in a symbol font."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:
            continue
        if tag == _T:
            out.append(symbol_text(child.text or "", font))
        elif tag == _SYM:
            code = _int_hex(child.get(f"{_W}char"))
            valid = 0 < code < 0x110000
            out.append(symbol_text(chr(code), child.get(f"{_W}font")) if valid else "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")
        elif tag == _TXBX:
            boxes.append(child)
        elif tag == _R:
            if not _hidden(child):
                _inline_text(child, out, boxes, _font(child))
        elif tag not in (_P, _TBL):
            _inline_text(child, out, boxes, font)


def symbol_text(text: str, font: str | None) -> str:
    """``text`` as the pictures a symbol font shows for it (Wingdings "v" → "❖"); text in other
    fonts is returned as it is, except private-use characters, which only symbol fonts draw."""
    table = _symbol_table(font)
    out = []
    for char in text:
        code = ord(char)
        private = 0xF000 <= code <= 0xF0FF
        if private:
            code -= 0xF000
        if table is not None:
            out.append(table.get(code, "" if private else char))
        elif private:
            out.append(
                _SYMBOL_FONTS["wingdings"].get(code) or _SYMBOL_FONTS["symbol"].get(code, "")
            )
        else:
            out.append(char)
    return "".join(out)


def _symbol_table(font: str | None) -> dict[int, str] | None:
    name = (font or "").lower()
    if "wingdings" in name:
        return _SYMBOL_FONTS["wingdings"]
    if name == "symbol":
        return _SYMBOL_FONTS["symbol"]
    return None


def _font(element: etree._Element) -> str | None:
    """The font a run (or a list level) sets directly, if any."""
    rpr = element.find(f"{_W}rPr")
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    names = (fonts.get(f"{_W}{attribute}") for attribute in ("ascii", "hAnsi", "cs"))
    return next((str(name) for name in names if name), None)


def _int_hex(value: str | None) -> int:
    try:
        return int(value or "", 16)
    except ValueError:
        return 0


def _hidden(run: etree._Element) -> bool:
    rpr = run.find(f"{_W}rPr")
    vanish = rpr.find(f"{_W}vanish") if rpr is not None else None
    return vanish is not None and _on(vanish.get(_VAL))


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, also those wrapped in content controls or custom XML."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _children(content, tag)


def _list_bullet_level(style_name: str) -> int | None:
    """Word's "List Bullet", "List Bullet 2"… styles: the digit is the nesting level."""
    match = re.search(r"list bullet\s*(\d)?", style_name)
    if not match:
        return None
    return max(int(match.group(1) or 1) - 1, 0)


def _num_pr(ppr: etree._Element | None) -> tuple[str | None, int | None]:
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num_pr is None:
        return None, None
    ilvl = _child_val(num_pr, "ilvl")
    return _child_val(num_pr, "numId"), None if ilvl is None else _int(ilvl, 0)


def _child_val(element: etree._Element | None, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    return None if child is None else child.get(_VAL)


def _on(value: str | None) -> bool:
    """A Word on/off attribute: absent or "true"/"1"/"on" means on."""
    return value is None or value.lower() not in ("0", "false", "off")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


__all__ = [
    "docx_blocks",
    "docx_to_text",
    "format_number",
    "import_docx",
    "read_docx",
    "symbol_text",
]
