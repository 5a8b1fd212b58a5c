"""The export window's preview of the record: the record's HTML, cut short on a long day, in
small pieces.

The preview is there to check what the document will look like (the sections, the mode, the
headings, the wording), and the GUI thread has to lay it out: Qt's rich text took 0.3 s to parse
the HTML of 2,000 interventions and 0.7 s more to lay out their tables, time during which the
meeting's clocks stood still. So the preview shows every heading and the chart, but only the first
:data:`ENTRIES` entries of the proceedings (in document order) and the first :data:`ROWS` rows of
each table; where it stops, a line says how much more the file holds, and :attr:`Preview.cut` lets
the window say it too. A record that short is shown whole.

Even that much HTML takes Qt 15 to 40 ms to parse, so it comes in :attr:`Preview.parts` of about
:data:`PART` characters (a long list of entries cut into several lists), which the window adds to
its document one at a time, letting the clocks tick in between.

This is plain Python on immutable values: the app builds it in the record's process
(:mod:`~facilitator.formats.record.record_process`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from facilitator.core.record import Record
from facilitator.formats.record.html_writer import CSS, render
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    ListItem,
    Paragraph,
    Run,
    Table,
    blocks,
)

#: The entries (interventions, answers under their question) a preview shows.
ENTRIES = 100
#: The rows of each table a preview shows (the list of speakers has a row per turn).
ROWS = 25
#: About how many characters of HTML each part holds (Qt parses 3,000 in about 2 ms).
PART = 3000
#: The entries of one list in one part, at most.
LIST_PART = 8


@dataclass(frozen=True, slots=True)
class Preview:
    """What the export window shows: the record's ``style`` and its content in ``parts``, and how
    much of the record they hold."""

    style: str
    parts: tuple[str, ...]
    entries: int  # entries in the document (an answer under two questions counts twice)
    entries_shown: int
    rows: int  # the rows of each table shown, at most
    rows_left_out: int  # table rows the file holds and the preview does not

    @property
    def cut(self) -> bool:
        """Whether the preview holds less than the file."""
        return self.entries_shown < self.entries or self.rows_left_out > 0

    @property
    def html(self) -> str:
        """The parts as one HTML document (what the window's document ends up holding)."""
        body = "\n".join(self.parts)
        return f"<html><head><style>{self.style}</style></head><body>\n{body}\n</body></html>"


def preview(
    record: Record,
    *,
    entries: int = ENTRIES,
    rows: int = ROWS,
    content: Sequence[Block] | None = None,
) -> Preview:
    """The preview of ``record`` (the sections it shows), at most ``entries`` entries and
    ``rows`` rows per table; ``content``: other blocks made of it (the draft of the Co-Chairs'
    summary), in place of the record's."""
    if content is None:
        content = blocks(record)
    total = sum(_count(b.items) for b in content if isinstance(b, BulletList) and b.entries)
    shown, left, rows_left_out = _bounded(content, entries, rows)
    return Preview(CSS, tuple(_parts(shown)), total, entries - left, rows, rows_left_out)


def _parts(content: Sequence[Block]) -> Iterator[str]:
    """The blocks' HTML in pieces of about :data:`PART` characters, each whole elements (a list
    of many entries as several lists)."""
    part: list[str] = []
    size = 0
    for html in _sliced(content):
        if part and size + len(html) > PART:
            yield "\n".join(part)
            part, size = [], 0
        part.append(html)
        size += len(html)
    if part:
        yield "\n".join(part)


def _sliced(content: Sequence[Block]) -> Iterator[str]:
    """Each block's HTML; a long list of entries as several lists that read as one (no space
    where one ends and the next begins)."""
    for block in content:
        if isinstance(block, BulletList) and len(block.items) > LIST_PART:
            starts = range(0, len(block.items), LIST_PART)
            for start in starts:
                html = "\n".join(
                    render([replace(block, items=block.items[start : start + LIST_PART])])
                )
                margins = []
                if start:
                    margins.append("margin-top: 0")
                if start != starts[-1]:
                    margins.append("margin-bottom: 0")
                if margins:
                    html = html.replace("<ul ", f'<ul style="{"; ".join(margins)}" ', 1)
                yield html
        else:
            yield "\n".join(render([block]))


def _count(items: Sequence[ListItem]) -> int:
    return sum(1 + _count(item.items) for item in items)


def _bounded(content: Sequence[Block], budget: int, rows: int) -> tuple[list[Block], int, int]:
    """The blocks with entry lists cut once ``budget`` entries are shown and tables cut at
    ``rows`` rows; the budget left and the table rows left out."""
    out: list[Block] = []
    rows_left_out = 0
    for block in content:
        if isinstance(block, BulletList) and block.entries:
            kept, budget = _first(block.items, budget)
            more = _count(block.items) - _count(kept)
            if kept:
                out.append(replace(block, items=kept))
            if more:
                out.append(
                    _notice(
                        f"… {more:,} more {_entries(more)} in the file, not shown in the preview."
                    )
                )
        elif isinstance(block, Table) and len(block.data.rows) > rows:
            more = len(block.data.rows) - rows
            rows_left_out += more
            out.append(replace(block, data=replace(block.data, rows=block.data.rows[:rows])))
            out.append(
                _notice(f"… {more:,} more {_rows(more)} in the file, not shown in the preview.")
            )
        else:
            out.append(block)
    return out, budget, rows_left_out


def _first(items: Sequence[ListItem], budget: int) -> tuple[tuple[ListItem, ...], int]:
    """The first items (and their own items) that ``budget`` entries allow; the budget left."""
    kept: list[ListItem] = []
    for item in items:
        if budget <= 0:
            break
        nested, budget = _first(item.items, budget - 1)
        kept.append(replace(item, items=nested) if nested != item.items else item)
    return tuple(kept), budget


def _entries(n: int) -> str:
    return "entry" if n == 1 else "entries"


def _rows(n: int) -> str:
    return "row" if n == 1 else "rows"


def _notice(text: str) -> Paragraph:
    return Paragraph((Run(text, italic=True),))
