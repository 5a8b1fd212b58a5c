"""The session record as Markdown (CommonMark with GitHub tables).

Captured text cannot make Markdown structure: every ASCII punctuation character that Markdown or
inline HTML gives a meaning to is backslash-escaped (``\\ * _ # [ ] < > | ` ~ & !`` …), each line
loses its leading spaces (no code block) and a leading ``-``, ``+``, ``=`` or ``1.`` is escaped
(no list, no heading underline). Table cells are one line. The text stays readable.

The chart of speaking time by stakeholder category follows its table as bars of "█" in a fenced
code block (:func:`~facilitator.formats.record.chart.text_of`), so that it shows monospaced.

What the record holds and in which words is :mod:`~facilitator.formats.record.layout`'s; this module
only writes its blocks as Markdown. Every block is followed by a blank line; a list's entries are
items ("- "), an answer indented under its question; a summary's lines are kept, joined by hard
line breaks (a trailing backslash) and indented under their item.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_never

from facilitator.core.record import Record
from facilitator.formats.record.chart import text_of
from facilitator.formats.record.files import write_text
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
    blocks,
)
from facilitator.formats.record.localise import catalogue_of
from facilitator.formats.record.tables import TableData

_INLINE = "\\`*_[]<>#|~&!"
#: Each of :data:`_INLINE` to itself behind a backslash (``str.translate``: one pass in C).
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in _INLINE})


def escape(text: str) -> str:
    """``text`` as one Markdown line that renders as itself (line breaks become spaces)."""
    return _escape_line(" ".join(text.split()))


def _escape_line(line: str) -> str:
    line = line.strip()
    out = _escape_inline(line)
    if out[:1] in ("-", "+", "="):
        out = "\\" + out
    digits = len(out) - len(out.lstrip("0123456789"))
    if digits and out[digits : digits + 1] in (".", ")"):
        out = out[:digits] + "\\" + out[digits:]
    return out


def _escape_inline(text: str) -> str:
    """The characters Markdown or inline HTML give a meaning to, backslash-escaped; spaces kept."""
    return text.translate(_ESCAPES)


def escape_block(text: str) -> list[str]:
    """Multi-line captured text as escaped lines (blank lines dropped)."""
    return [_escape_line(line) for line in text.splitlines() if line.strip()]


def _cell(text: str) -> str:
    return escape(text) if text else " "


def _table(table: TableData, colon: str = ":") -> list[str]:
    """A GitHub table (a fact list when the table has no header, ``colon`` after each fact's
    name: " :" in French); every cell is escaped."""
    if table.header is None:
        return [f"- **{escape(k)}{colon}** {escape(v)}" for k, v in table.rows] + [""]
    lines = [
        "| " + " | ".join(escape(h) for h in table.header) + " |",
        "|" + "|".join("---" for _ in table.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return [*lines, ""]


def _run(run: Run) -> str:
    """One line's run: captured text escaped as a line of its own, wording as it is written."""
    text = escape(run.text) if run.captured else _escape_inline(run.text)
    if run.italic:
        text = f"*{text}*"
    return f"**{text}**" if run.bold else text


def _lines(runs: tuple[Run, ...]) -> list[str]:
    """Runs as lines: a multi-line run's lines (escaped each, blank ones dropped) continue the
    line before them and start new ones."""
    lines = [""]
    for run in runs:
        if not run.multiline:
            lines[-1] += _run(run)
            continue
        first, *rest = escape_block(run.text) or [""]
        lines[-1] += first
        lines += rest
    return lines


def _text(runs: tuple[Run, ...], lead: str = "", indent: str = "") -> list[str]:
    """A paragraph or a list item: ``lead`` before its first line, ``indent`` before the others,
    every line but the last ending in a hard break."""
    lines = _lines(runs)
    last = len(lines) - 1
    return [
        (lead if n == 0 else indent) + line + ("\\" if n < last else "")
        for n, line in enumerate(lines)
    ]


def _items(items: tuple[ListItem, ...], indent: str = "") -> list[str]:
    out: list[str] = []
    for item in items:
        out += _text(item.runs, indent + "- ", indent + "  ")
        out += _items(item.items, indent + "  ")
    return out


def _heading(heading: Heading) -> str:
    text = escape(heading.text) if heading.captured else _escape_inline(heading.text)
    return f"{'#' * (heading.level + 1)} {text}"


def _block(block: Block, colon: str = ":") -> list[str]:
    """A block's lines, and the blank line after it."""
    match block:
        case Heading():
            return [_heading(block), ""]
        case Paragraph():
            return [*_text(block.runs), ""]
        case BulletList():
            return [*_items(block.items), ""]
        case Table():
            return _table(block.data, colon)
        case Chart():
            return [*text_of(block.times), ""]
        case _:
            assert_never(block)


def render(content: list[Block] | tuple[Block, ...], language: str = "en") -> str:
    """Blocks as a Markdown document, in ``language`` (its colon)."""
    colon = catalogue_of(language)(": ").rstrip()
    out: list[str] = []
    for block in content:
        out += _block(block, colon)
    return "\n".join(out).rstrip("\n") + "\n"


def markdown_text(record: Record) -> str:
    """The whole record as Markdown (the sections ``record`` shows)."""
    return render(blocks(record), record.language)


def write_markdown(record: Record, path: Path | str) -> Path:
    """Write the record as Markdown to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, markdown_text(record))
