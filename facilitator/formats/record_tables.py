"""The tables of the session record, once, for every human-readable export.

Markdown, HTML, Word and PDF show the same tables with the same headers and the same cell texts;
each format only escapes and lays them out. Building them here keeps the formats from drifting
apart (a column added to one and forgotten in another) and gives each table one place to test.

Every function returns plain strings: captured text is *not* escaped here, because what is safe
differs per format.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.record import InterventionRecord, ItemRecord, Record, Section
from facilitator.formats.record_files import clock_minutes, local_hhmm

#: The sections that make up the annex, in its order.
ANNEX = (Section.TIMETABLE, Section.SPEAKERS, Section.CHART)


@dataclass(frozen=True, slots=True)
class TableData:
    """A table: a header row (None for a two-column list of facts) and its rows."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


def _span(record: Record, start: object, end: object) -> str:
    return f"{local_hhmm(record, start)}–{local_hhmm(record, end)}"  # type: ignore[arg-type]


def mode_label(record: Record) -> str:
    return "attributed" if record.attributed else "unattributed (Chatham House rule)"


def long_date(record: Record) -> str:
    """ "Wednesday 10 July 2024" (no leading zero)."""
    return record.meeting.date.strftime("%A %d %B %Y").replace(" 0", " ")


def meeting_facts(record: Record) -> TableData:
    m = record.meeting
    return TableData(
        None,
        (
            ("Date", long_date(record)),
            ("Venue", m.venue or "–"),
            ("Format", m.format or "–"),
            ("Online platform", m.platform or "–"),
            ("Time zone", m.zone_name),
            ("Record", mode_label(record)),
        ),
    )


def sittings(record: Record) -> TableData | None:
    """Sittings planned against actual; None when the programme has none."""
    if not record.meeting.sittings:
        return None
    return TableData(
        ("Sitting", "Planned", "Actual start", "Actual end"),
        tuple(
            (
                s.label,
                _span(record, s.planned_start, s.planned_end),
                local_hhmm(record, s.actual_start),
                local_hhmm(record, s.actual_end),
            )
            for s in record.meeting.sittings
        ),
    )


def attendance_by_category(record: Record) -> TableData:
    """Participants and those heard per stakeholder category; the last row is the total."""
    a = record.attendance
    return TableData(
        ("Stakeholder category", "Participants", "Heard"),
        (
            *((r.label, str(r.registered), str(r.heard)) for r in a.by_category),
            ("Total", str(a.registered), str(a.heard)),
        ),
    )


def attendance_by_place(record: Record) -> TableData:
    return TableData(
        ("Room or online", "Participants", "Heard"),
        tuple((r.label, str(r.registered), str(r.heard)) for r in record.attendance.by_attendance),
    )


def item_segments(record: Record, item: ItemRecord) -> TableData:
    """An agenda item's segments, planned against actual."""
    return TableData(
        ("Segment", "Planned", "Actual", "Minutes (planned / used)"),
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
        ("Segment", "Planned start", "Planned end", "Actual start", "Actual end", "Delay (min)"),
        tuple(
            (
                s.title,
                local_hhmm(record, s.planned_start),
                local_hhmm(record, s.planned_end),
                local_hhmm(record, s.actual_start),
                local_hhmm(record, s.actual_end),
                "–" if s.delay_minutes is None else f"{s.delay_minutes:+d}",
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
        ("#", "Speaker", "Category", "Room or online", "Segment", "Spoke", "Limit", "Over"),
        tuple(
            (
                str(s.number),
                s.speaker + (f" ({s.organization})" if s.organization else ""),
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


def speaking_time(record: Record) -> TableData:
    """Speaking time by stakeholder category (the chart's figures)."""
    return TableData(
        ("Stakeholder category", "Speakers", "Turns", "Speaking time"),
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
