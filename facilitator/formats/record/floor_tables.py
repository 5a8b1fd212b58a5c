"""The record's tables and lines for a fair floor (issue 21): attendance and speaking time by
gender and youth, time budgets against the time used, and the points of order and rights of
reply (see :mod:`facilitator.core.record_floor`)."""

from __future__ import annotations

from facilitator.core.record import Record
from facilitator.core.record_floor import GroupRow, InterjectionRecord
from facilitator.formats.record.files import clock_minutes, local_hhmm
from facilitator.formats.record.tables import TableData

#: Headings of the parts they add.
INTERJECTIONS = "Points of order and rights of reply"
BUDGETS = "Time budgets by stakeholder group"
SPEAKING_TIME_GENDER_YOUTH = "Speaking time by gender and youth"


def _attendance(title: str, rows: tuple[GroupRow, ...]) -> TableData:
    return TableData(
        (title, "Participants", "Heard"),
        tuple((r.label, str(r.registered), str(r.heard)) for r in rows),
    )


def attendance_by_gender(record: Record) -> TableData:
    return _attendance("Gender", record.floor.by_gender)


def attendance_by_youth(record: Record) -> TableData:
    return _attendance("Youth", record.floor.by_youth)


def _time(title: str, rows: tuple[GroupRow, ...]) -> TableData:
    return TableData(
        (title, "Speakers", "Turns", "Speaking time"),
        tuple((r.label, str(r.speakers), str(r.turns), clock_minutes(r.seconds)) for r in rows),
    )


def speaking_time_by_gender(record: Record) -> TableData:
    return _time("Gender", record.floor.by_gender)


def speaking_time_by_youth(record: Record) -> TableData:
    return _time("Youth", record.floor.by_youth)


def budgets(record: Record) -> TableData | None:
    """Each budget against the time used: "over by 2:10" in words when it ran over."""
    if not record.floor.budgets:
        return None
    return TableData(
        ("Segment", "Stakeholder group", "Budget", "Used", "Left"),
        tuple(
            (
                b.segment,
                b.group,
                clock_minutes(b.budget_seconds),
                clock_minutes(b.used_seconds),
                clock_minutes(b.left_seconds)
                if b.left_seconds >= 0
                else f"over by {clock_minutes(-b.left_seconds)}",
            )
            for b in record.floor.budgets
        ),
    )


def interjection_line(record: Record, entry: InterjectionRecord) -> str:
    """ "10:42 — Point of order — Ms. A (NGO X), Standing item 1, 0:40; Ms. B resumed"."""
    who = entry.speaker or "not named"
    if entry.organization:
        who += f" ({entry.organization})"
    line = f"{local_hhmm(record, entry.start)} — {entry.kind} — {who}, {entry.segment}, "
    line += clock_minutes(entry.spoken_seconds)
    if entry.interrupted:
        line += f"; {entry.interrupted} resumed after it"
    return line
