"""Tables in a programme: which column holds the times, the agenda entries and the speakers.

A timetable is laid out as a table in Word and in Markdown alike ("Time | Agenda item |
Speakers", "Heure | Point de l'ordre du jour | Intervenants"). :func:`table_blocks` gives one row
block per entry (its time from the time column), the entry cell's further paragraphs as its content,
and the speakers column as people, so that speakers are never glued onto titles. A table that is not
a timetable (a box of meeting data) gives its cells in reading order, a row of one-paragraph cells
joined ("Date:" "10 July 2024" → "Date: 10 July 2024").
"""

from __future__ import annotations

import re

from facilitator.formats.programme import timetext
from facilitator.formats.programme.blocks import CELL, HEADER, PEOPLE, Block
from facilitator.formats.programme.lines import is_person

_TIME_HEADERS = re.compile(r"^(?:time|times|heure|heures|horaire|hora|horario|schedule)\b", re.I)
_PEOPLE_HEADERS = re.compile(
    r"^(?:speakers?|panell?ists?|intervenants?|intervenantes?|orateurs?|ponentes?|oradores?|"
    r"moderators?|presenters?|who|participants?|invités?)\b",
    re.I,
)


Rows = list[list[list[Block]]]  # rows of cells of blocks


def table_blocks(rows: Rows) -> list[Block]:
    """The blocks of a table given as rows of cells of blocks (see the module docstring)."""
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return []
    roles, header = _column_roles(rows)
    out: list[Block] = []
    if "time" not in roles.values() and "people" not in roles.values():
        for row in rows:
            cells = [cell for cell in row if cell]
            if len(cells) > 1 and all(len(cell) == 1 for cell in cells) and len(cells) <= 3:
                first = cells[0][0]
                first.text = " ".join(cell[0].text for cell in cells)
                first.raw = first.text
                first.label = first.label if len(cells) == 1 else None
                out.append(first)
            else:
                out.extend(b for cell in cells for b in cell)
        return out
    for index, row in enumerate(rows):
        if index == header:
            names = [b for cell in row for b in cell]
            if names:
                text = " | ".join(b.text for b in names)
                out.append(Block(names[0].line, text, raw=text, role=HEADER))
            continue
        out.extend(_row_blocks(row, roles))
    return out


def _column_roles(rows: list[list[list[Block]]]) -> tuple[dict[int, str], int | None]:
    """Which column holds times, agenda entries and speakers, from a header row when there is one
    ("Time | Agenda item | Speakers", "Heure | Point | Intervenants"), else from the cells."""
    first = rows[0]
    texts = [" ".join(b.text for b in cell).strip() for cell in first]
    roles: dict[int, str] = {}
    if len([t for t in texts if t]) >= 2 and all(len(t) < 40 for t in texts):
        for index, text in enumerate(texts):
            if _TIME_HEADERS.match(text):
                roles[index] = "time"
            elif _PEOPLE_HEADERS.match(text):
                roles[index] = "people"
        if roles:
            for index, text in enumerate(texts):
                if index not in roles and text:
                    roles.setdefault(index, "item")
            if "item" in roles.values():
                return roles, 0
    width = max(len(row) for row in rows)
    for column in range(width):
        cells = [row[column] for row in rows if column < len(row) and row[column]]
        if not cells:
            continue
        timed = sum(1 for cell in cells if _is_time_cell(cell))
        if timed >= max(1, (len(cells) + 1) // 2) and "time" not in roles.values():
            roles[column] = "time"
    if "time" in roles.values():
        for column in range(width):
            if column in roles:
                continue
            cells = [row[column] for row in rows if column < len(row) and row[column]]
            people = sum(1 for cell in cells if cell and is_person(cell[0].text))
            if cells and people >= max(1, (len(cells) + 1) // 2) and "item" in roles.values():
                roles[column] = "people"
            elif "item" not in roles.values():
                roles[column] = "item"
    return roles, None


def _is_time_cell(cell: list[Block]) -> bool:
    text = " ".join(b.text for b in cell)
    start, _, rest = timetext.leading_time(text)
    return start is not None and not re.search(r"[^\W\d_]{3,}", rest)


def _row_blocks(row: list[list[Block]], roles: dict[int, str]) -> list[Block]:
    start = end = None
    item: list[Block] = []
    speakers: list[Block] = []
    time_text = ""
    for index, cell in enumerate(row):
        role = roles.get(index)
        if role == "time" and cell:
            time_text = " ".join(b.text for b in cell)
            start, end, _ = timetext.leading_time(time_text)
        elif role == "people":
            speakers.extend(cell)
        elif cell:
            item.extend(cell)
    if not item and not speakers:
        return []
    out: list[Block] = []
    if item:
        first = item[0]
        first.row = True
        first.start, first.end = start, end
        first.raw = f"{time_text} {first.text}".strip()
        out.append(first)
        for block in item[1:]:
            block.role = CELL
            block.level = max(block.level, 1)
            out.append(block)
    for block in speakers:
        block.role = PEOPLE
        out.append(block)
    return out
