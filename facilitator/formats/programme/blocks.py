"""The layout of a programme, whatever file it came from: a list of blocks.

Every reader (text and Markdown here, Word in :mod:`docx_programme`) turns its document into the
same structure, keeping what the layout says: the heading level, the list level and the number a
list shows ("I.", "1.", "(a)") apart from the words, the bullet, a table row with the role of each
of its cells (time, agenda item, speakers) and the time span of a time column. The programme is
built from this structure (:mod:`programme_builder`), never from lines flattened into text, so that
a Word table's speakers are not glued onto its titles and a heading numbered by its style is still
an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The roles a block can have besides ordinary text.
PEOPLE = "people"  # a paragraph of a table's speakers column
CELL = "cell"  # a later paragraph of a table row's agenda-item cell
HEADER = "header"  # a table's header row ("Time | Agenda item | Speakers")


@dataclass(slots=True)
class Block:
    """One paragraph of the document, as its layout presents it."""

    line: int  # 1-based line (text) or paragraph (Word) where it starts, for messages
    text: str  # the words, without bullet, list number or Markdown
    raw: str = ""  # the line as written, for the import report
    label: str | None = None  # the list or outline number shown before it: "I.", "1.", "(a)"
    level: int = 0  # list or indentation level, 0 at the left margin
    bullet: str = ""  # the bullet glyphs before it ("-", "•", "❖"); "" when not a bullet
    heading: int = 0  # heading level (Markdown "#", Word "Heading 1"); 0 for body text
    blank_before: bool = True  # a new paragraph (text: a blank line before it)
    row: bool = False  # the first block of a table row (its agenda-item cell)
    role: str = ""  # PEOPLE, CELL or "" (see above)
    start: int | None = None  # the time a table's time column gives, minutes since midnight
    end: int | None = None
    end_line: int = 0  # the last source line a wrapped paragraph covers

    @property
    def standing_mark(self) -> bool:
        return "❖" in self.bullet or "◆" in self.bullet or "♦" in self.bullet

    @property
    def last_line(self) -> int:
        return max(self.line, self.end_line)


# ----------------------------------------------------------------------------- plain text
_BULLETS = "-*•◦▪▫●○■□‣⁃–—·►▶➢➤✓✔➔→"
_STANDING_MARKS = "❖◆♦"
_BULLET_RE = re.compile(r"^(?P<bullet>[" + re.escape(_BULLETS) + r"]|o(?=\s))\s+")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$|^\|?[\s:|-]+\|[\s:|-]*$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_INVISIBLE = str.maketrans({"\ufeff": None, "\u200e": None, "\u200f": None, "\u200b": None})

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
#: List numbers typed into the text: "I.", "1.", "1)", "Item 1.", "Agenda item 1:", "(a)", "a)".
_LABELS = [
    re.compile(
        r"^(?P<label>(?:(?:agenda\s+)?item|point(?:\s+de\s+l.ordre\s+du\s+jour)?|punto|tema|"
        r"session|séance|sesión|part|partie|parte|module|módulo)\s+"
        r"(?P<num>\d{1,2}|" + _ROMAN + r")(?<!\s)\s*[.:)\-–—]?)\s+(?=\S)",
        re.I,
    ),
    re.compile(r"^(?P<label>(?P<num>(?=[IVX])" + _ROMAN + r")\s*[.)])\s*(?=\S)"),
    re.compile(r"^(?P<label>(?P<num>\d{1,2})\s*[.)])\s*(?=[^\d\s.])"),
    # "1.1 Welcome remarks", "2.3. Discussion": a sub-item of item 1, 2 (one digit after the
    # point: "10.15 Briefing" is a time).
    re.compile(r"^(?P<label>(?P<num>\d{1,2}\.\d)\.?)\s+(?=[^\W\d_])"),
    re.compile(r"^(?P<label>\(?(?P<num>[a-z])\))\s*(?=\S)"),
]


def clean_inline(text: str) -> str:
    """Words without Markdown emphasis and links, with spaces normalised."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


def split_label(text: str) -> tuple[str | None, str]:
    """A typed list number and the words after it: "II. Briefing" → ("II.", "Briefing")."""
    for pattern in _LABELS:
        match = pattern.match(text)
        if match and match.group("num"):
            return match.group("label").strip(), text[match.end() :]
    return None, text


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text or Markdown programme (already normalised to LF line ends).

    Hard-wrapped lines are joined into one block (a line that starts in lower case after one that
    does not end a sentence); bullets may stack ("- ❖ Role of …"); Markdown tables are read as
    rows of cells joined by " | " only when they are not a timetable (see :func:`_md_row`).
    """
    blocks: list[Block] = []
    wrapped: list[list[str]] = []  # the lines of the last block while it is being wrapped
    wrapped_raw: list[list[str]] = []
    blank = True
    table: list[list[list[Block]]] = []  # the rows of a Markdown table being read
    for number, raw in enumerate(text.split("\n"), 1):
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip(" \u00a0"))
        body = expanded.strip()
        if body.startswith("|") and body.endswith("|") and len(body) > 1:
            if not _MD_RULE.match(body):
                table.append(_md_row(body, number))
            continue
        if table:
            _join(blocks, wrapped, wrapped_raw)
            blocks.extend(_table_blocks(table))
            table = []
            blank = True
        if not body or _MD_RULE.match(body):
            blank = True
            continue
        heading = 0
        hashes = _MD_HEADING.match(body)
        if hashes:
            heading = len(hashes.group("hashes"))
            body = body[hashes.end() :].rstrip("# ")
        body = clean_inline(body)
        bullet = ""
        while True:
            match = _BULLET_RE.match(body)
            if match:
                bullet += match.group("bullet")
                body = body[match.end() :]
                continue
            if body[:1] and body[0] in _STANDING_MARKS:
                bullet += body[0]
                body = body[1:].lstrip()
                continue
            break
        if not body:
            blank = True
            continue
        label, words = split_label(body)
        if (
            blocks
            and not blank
            and not bullet
            and not heading
            and label is None
            and _is_continuation(wrapped[-1][-1] if wrapped else blocks[-1].text, words)
        ):
            # Joined at the end: joining here would copy the paragraph for every line.
            if not wrapped:
                wrapped.append([blocks[-1].text])
                wrapped_raw.append([blocks[-1].raw])
            wrapped[-1].append(words)
            wrapped_raw[-1].append(raw.strip())
            blocks[-1].end_line = number
            continue
        _join(blocks, wrapped, wrapped_raw)
        blocks.append(
            Block(
                line=number,
                text=words.strip(),
                raw=raw.strip(),
                label=label,
                level=indent // 2 if bullet else 0,
                bullet=bullet,
                heading=heading,
                blank_before=blank,
                end_line=number,
            )
        )
        blank = False
    _join(blocks, wrapped, wrapped_raw)
    if table:
        blocks.extend(_table_blocks(table))
    return blocks


_MD_BREAK = re.compile(r"<br\s*/?>", re.I)


def _md_row(line: str, number: int) -> list[list[Block]]:
    """A Markdown table row as cells of blocks ("<br>" separates a cell's paragraphs)."""
    cells = []
    for cell in line.strip()[1:-1].split("|"):
        paragraphs = [clean_inline(part) for part in _MD_BREAK.split(cell)]
        cells.append(
            [
                Block(line=number, text=text, raw=text, end_line=number)
                for text in paragraphs
                if text
            ]
        )
    return cells


def _table_blocks(rows: list[list[list[Block]]]) -> list[Block]:
    from facilitator.formats.programme.tables import table_blocks

    return table_blocks(rows)


def _join(blocks: list[Block], wrapped: list[list[str]], wrapped_raw: list[list[str]]) -> None:
    """Give the last block the lines it was wrapped over, and start afresh."""
    if wrapped:
        blocks[-1].text = " ".join(wrapped.pop())
        blocks[-1].raw = " ".join(wrapped_raw.pop())


def _is_continuation(previous: str, current: str) -> bool:
    """A hard-wrapped line: the previous one did not end a sentence, this one starts lower case
    and is not an entry of its own ("suivie d'une séance de questions-réponses")."""
    from facilitator.formats.programme.words import words

    return (
        current[:1].islower()
        and previous[-1:] not in ".:;?!)"
        and len(previous) > 40
        and not words().followed_by.lead(current)
    )
