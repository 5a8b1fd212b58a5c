"""Read a programme written as plain text or Markdown.

The text is normalised (line endings, a word processor's hyphens), laid out as blocks
(:func:`text_blocks`: Markdown headings, bullets, typed list numbers, wrapped lines joined,
Markdown tables read as :mod:`~facilitator.formats.programme.tables`) and built by
:mod:`facilitator.formats.programme.builder`, the same builder a Word document goes through.
:func:`import_text` gives the programme with the report of how it was read, :func:`parse_text` the
programme alone.
"""

from __future__ import annotations

import re

from facilitator.core.errors import Grouped
from facilitator.core.programme import Programme, ProgrammeError
from facilitator.formats.programme.blocks import Block, clean_inline, split_label
from facilitator.formats.programme.builder import import_blocks
from facilitator.formats.programme.report import ImportResult
from facilitator.formats.programme.tables import table_blocks
from facilitator.formats.programme.words import words

#: Typography a word processor puts in that means the same as plain text to the reader: the
#: non-breaking and typographic hyphens (Word's Ctrl+Shift+-) as "-", the soft hyphen and the
#: zero-width characters as nothing, the typographic spaces as spaces. Dashes (– —) stay: they
#: separate times and titles. Curly quotes stay too: they are the document's words.
_TYPOGRAPHY = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
    }
)


#: More lines (paragraphs, in Word) than any meeting's programme has (a one-day programme runs to
#: a few hundred): a longer document is refused at once rather than read for seconds.
MAX_LINES = 5_000


def normalise_text(text: str) -> str:
    """Line endings (CR LF, CR, and the Unicode line and paragraph separators) as LF, and the
    typography above, before anything is read: "Co‑Chairs" with a non-breaking hyphen is the
    Co-Chairs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    return text.translate(_TYPOGRAPHY)


def parse_text(text: str, *, source: str | None = None, day: int | None = None) -> Programme:
    """Read a programme from text. Raises ProgrammeError for anything it cannot read."""
    return import_text(text, source=source, day=day).programme


def import_text(text: str, *, source: str | None = None, day: int | None = None) -> ImportResult:
    """Read a programme written as plain text or Markdown."""
    if "\x00" in text:
        raise ProgrammeError("this is not a text document (it contains binary data)", source=source)
    text = normalise_text(text)
    count = text.count("\n") + 1
    if count > MAX_LINES:
        raise ProgrammeError(
            "the document has {count} lines, more than a meeting's programme has (at most"
            " {most}): is it the programme? Open the programme itself",
            source=source,
            count=Grouped(count),
            most=Grouped(MAX_LINES),
        )
    blocks = text_blocks(text)
    if not blocks:
        raise ProgrammeError("the document is empty", source=source)
    return import_blocks(blocks, source=source, day=day)


# ----------------------------------------------------------------------------- layout
_BULLETS = "-*•◦▪▫●○■□‣⁃–—·►▶➢➤✓✔➔→"
_STANDING_MARKS = "❖◆♦"
_BULLET_RE = re.compile(r"^(?P<bullet>[" + re.escape(_BULLETS) + r"]|o(?=\s))\s+")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$|^\|?[\s:|-]+\|[\s:|-]*$")


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
            blocks.extend(table_blocks(table))
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
        blocks.extend(table_blocks(table))
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


def _join(blocks: list[Block], wrapped: list[list[str]], wrapped_raw: list[list[str]]) -> None:
    """Give the last block the lines it was wrapped over, and start afresh."""
    if wrapped:
        blocks[-1].text = " ".join(wrapped.pop())
        blocks[-1].raw = " ".join(wrapped_raw.pop())


def _is_continuation(previous: str, current: str) -> bool:
    """A hard-wrapped line: the previous one did not end a sentence, this one starts lower case
    and is not an entry of its own ("suivie d'une séance de questions-réponses")."""

    return (
        current[:1].islower()
        and previous[-1:] not in ".:;?!)"
        and len(previous) > 40
        and not words().followed_by.lead(current)
    )


__all__ = ["MAX_LINES", "import_text", "normalise_text", "parse_text", "text_blocks"]
