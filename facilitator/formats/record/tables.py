"""The tables of the session record, once, for every human-readable export.

Markdown, HTML, Word and PDF show the same tables with the same headers and the same cell texts;
each format only escapes and lays them out. Building them here keeps the formats from drifting
apart (a column added to one and forgotten in another) and gives each table one place to test.

Every function returns plain strings: captured text is *not* escaped here, because what is safe
differs per format.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from facilitator.core.record import InterventionRecord, ItemRecord, Record, Section
from facilitator.formats.record.files import cells, clock_minutes, local_hhmm
from facilitator.formats.record.localise import catalogue_of

#: The sections that make up the annex, in its order.
ANNEX = (Section.TIMETABLE, Section.SPEAKERS, Section.CHART)


@dataclass(frozen=True, slots=True)
class TableData:
    """A table: a header row (None for a two-column list of facts) and its rows."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


def hhmm(record: Record, moment: dt.datetime | None) -> str:
    """A time of the day in the record's zone and language: "10:48", "10 h 48"; "–" unknown."""
    if moment is None:
        return local_hhmm(record, None)
    if record.language == "en":
        return local_hhmm(record, moment)
    return catalogue_of(record.language).time(record.local(moment))


def _span(record: Record, start: dt.datetime | None, end: dt.datetime | None) -> str:
    """ "10:48–11:38"; "12:08–" still running; "–" never started (not "12:08––" or "–––")."""
    if start is None:
        return hhmm(record, None)
    span = f"{hhmm(record, start)}–{hhmm(record, end) if end is not None else ''}"
    if catalogue_of(record.language).right_to_left:  # read left to right: "10:00–13:00"
        return f"\u2066{span}\u2069"
    return span


def _signed(record: Record, minutes: int) -> str:
    """ "+5", "-10": a delay with its sign before it, in a right-to-left record too (not
    "10-")."""
    text = f"{minutes:+d}"
    if catalogue_of(record.language).right_to_left:
        return f"\u2066{text}\u2069"
    return text


def mode_label(record: Record) -> str:
    cat = catalogue_of(record.language)
    return cat("attributed") if record.attributed else cat("unattributed (Chatham House rule)")


def long_date(record: Record) -> str:
    """ "Wednesday 10 July 2024" (no leading zero), in the record's language."""
    return catalogue_of(record.language).long_date(record.meeting.date)


def headers(record: Record, *names: str) -> tuple[str, ...]:
    """A table's header row, in the record's language."""
    cat = catalogue_of(record.language)
    return tuple(cat(n) for n in names)


def meeting_facts(record: Record) -> TableData:
    m = record.meeting
    cat = catalogue_of(record.language)
    return TableData(
        None,
        (
            (cat("Date"), long_date(record)),
            (cat("Venue"), m.venue or "–"),
            (cat("Format"), m.format or "–"),
            (cat("Online platform"), m.platform or "–"),
            (cat("Time zone"), m.zone_name),
            (cat("Record"), mode_label(record)),
        ),
    )


def sittings(record: Record) -> TableData | None:
    """Sittings planned against actual; None when the programme has none."""
    if not record.meeting.sittings:
        return None
    return TableData(
        headers(record, "Sitting", "Planned", "Actual start", "Actual end"),
        tuple(
            (
                s.label,
                _span(record, s.planned_start, s.planned_end),
                hhmm(record, s.actual_start),
                hhmm(record, s.actual_end),
            )
            for s in record.meeting.sittings
        ),
    )


def attendance_by_category(record: Record) -> TableData:
    """Participants and those heard per stakeholder category; the last row is the total."""
    a = record.attendance
    return TableData(
        headers(record, "Stakeholder category", "Participants", "Heard"),
        (
            *((r.label, str(r.registered), str(r.heard)) for r in a.by_category),
            (catalogue_of(record.language)("Total"), str(a.registered), str(a.heard)),
        ),
    )


def attendance_by_place(record: Record) -> TableData:
    return TableData(
        headers(record, "Room or online", "Participants", "Heard"),
        tuple((r.label, str(r.registered), str(r.heard)) for r in record.attendance.by_attendance),
    )


def item_segments(record: Record, item: ItemRecord) -> TableData:
    """An agenda item's segments, planned against actual."""
    return TableData(
        headers(record, "Segment", "Planned", "Actual", "Minutes (planned / used)"),
        tuple(
            (
                s.title,
                _span(record, s.planned_start, s.planned_end),
                _span(record, s.actual_start, s.actual_end),
                f"{s.planned_minutes} / "
                + ("–" if s.actual_minutes is None else str(s.actual_minutes)),
            )
            for s in item.segments
        ),
    )


def timetable(record: Record) -> TableData:
    """The annex's timetable: every segment, planned against actual, with its delay."""
    return TableData(
        headers(
            record,
            "Segment",
            "Planned start",
            "Planned end",
            "Actual start",
            "Actual end",
            "Delay (min)",
        ),
        tuple(
            (
                s.title,
                hhmm(record, s.planned_start),
                hhmm(record, s.planned_end),
                hhmm(record, s.actual_start),
                hhmm(record, s.actual_end),
                "–" if s.delay_minutes is None else _signed(record, s.delay_minutes),
            )
            for s in record.timetable
        ),
    )


NOBODY_SPOKE = "Nobody took the floor from the list of speakers."


def speakers(record: Record) -> TableData | None:
    """The list of speakers with speaking time and overtime; None when nobody had the floor."""
    if not record.speakers:
        return None
    return TableData(
        (
            "#",
            *headers(record, "Speaker", "Category", "Room or online", "Segment", "Spoke"),
            *headers(record, "Limit", "Over"),
        ),
        tuple(
            (
                str(s.number),
                _marked(record, s.kind, s.speaker)  # a point of order, marked
                + (_in_brackets(record, s.organization) if s.organization else ""),
                s.category,
                s.attendance,
                s.segment,
                clock_minutes(s.spoken_seconds),
                clock_minutes(s.allotted_seconds),
                clock_minutes(s.overtime_seconds) if s.overtime_seconds else "–",
            )
            for s in record.speakers
        ),
    )


def _in_brackets(record: Record, text: str) -> str:
    """ " (text)", as the record's language writes brackets (Chinese: "（text）")."""
    cat = catalogue_of(record.language)
    return f"{cat(' (')}{text}{cat(')')}"


def _marked(record: Record, kind: str, speaker: str) -> str:
    """A speaker's name, or "Point of order: Ms. A" for a point of order or right of reply."""
    if not kind:
        return speaker
    cat = catalogue_of(record.language)
    return cat("{kind}: {speaker}", kind=kind, speaker=cat.captured(speaker))


def speaking_time(record: Record) -> TableData:
    """Speaking time by stakeholder category (the chart's figures)."""
    return TableData(
        headers(record, "Stakeholder category", "Speakers", "Turns", "Speaking time"),
        tuple(
            (c.label, str(c.speakers), str(c.turns), clock_minutes(c.seconds))
            for c in record.speaking_time
        ),
    )


def other_questions(entry: InterventionRecord, under: str | None) -> tuple[str, ...]:
    """The guiding questions an entry's line names: all it answers, or, listed under the heading
    of one of them (``under``), the others only ("also on: …"), so that a long question is not
    repeated under its own heading. A question (kind) names none: it asks, it answers nothing."""
    if entry.kind_value == "question":
        return ()
    return tuple(q for q in entry.guiding_questions if q != under)


_BREAKS = re.compile(r"\s+|(?<=[-/])")  # where a line may break: spaces, after - and /


def longest_word(cell: str) -> int:
    return min(max(map(cells, _BREAKS.split(cell)), default=0), 18)


def column_widths(table: TableData, line: int) -> list[int]:
    """Percent widths for a paged table's columns, from its text: every column at least as wide
    as its longest word (so that "Speaker" never breaks; bold header words count wider), the room
    left shared by how much longer than that its cells are on average (one long category name
    must not widen a column of "NGO"s); ``line`` is about how many characters a table's width
    holds. Qt's own automatic widths give the short columns too little."""
    rows = list(table.rows)
    count = len(table.header) if table.header is not None else len(rows[0]) if rows else 0
    if not count:
        return []
    least = [0] * count
    total = [0] * count
    for row in rows:
        for n, cell in enumerate(row):
            total[n] += min(cells(cell), 60)
            if cells(cell) > least[n]:  # no word of a cell is longer than the cell
                least[n] = max(least[n], longest_word(cell))
    if table.header is not None:
        for n, cell in enumerate(table.header):
            least[n] = max(least[n], -(-longest_word(cell) * 115 // 100))
    least = [w + 2 for w in least]  # two characters of cell padding
    natural = [max(-(-t // max(len(rows), 1)) + 2, w) for t, w in zip(total, least, strict=True)]
    if sum(natural) <= line:
        sizes = [float(x) for x in natural]
    else:
        spare = max(line - sum(least), 0)
        extra = [x - w for x, w in zip(natural, least, strict=True)]
        room = sum(extra) or 1
        sizes = [w + spare * e / room for w, e in zip(least, extra, strict=True)]
    whole = sum(sizes) or 1.0
    percents = [max(round(100 * x / whole), 1) for x in sizes]
    percents[percents.index(max(percents))] += 100 - sum(percents)
    return percents
