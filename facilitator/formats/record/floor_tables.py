"""The record's tables and lines for a fair floor (issue 21): attendance and speaking time by
gender and youth, time budgets against the time used, and the points of order and rights of
reply (see :mod:`facilitator.core.record_floor`), in the record's language."""

from __future__ import annotations

from facilitator.core.record import Record
from facilitator.core.record_floor import GroupRow, InterjectionRecord
from facilitator.formats.record.files import clock_minutes
from facilitator.formats.record.localise import catalogue_of
from facilitator.formats.record.tables import TableData, headers

#: Headings of the parts they add (msgids of the record's catalogue).
INTERJECTIONS = "Points of order and rights of reply"
BUDGETS = "Time budgets by stakeholder group"
SPEAKING_TIME_GENDER_YOUTH = "Speaking time by gender and youth"


def heading(record: Record, msgid: str) -> str:
    return catalogue_of(record.language)(msgid)


def _attendance(record: Record, title: str, rows: tuple[GroupRow, ...]) -> TableData:
    return TableData(
        headers(record, title, "Participants", "Heard"),
        tuple((r.label, str(r.registered), str(r.heard)) for r in rows),
    )


def attendance_by_gender(record: Record) -> TableData:
    return _attendance(record, "Gender", record.floor.by_gender)


def attendance_by_youth(record: Record) -> TableData:
    return _attendance(record, "Youth", record.floor.by_youth)


def _time(record: Record, title: str, rows: tuple[GroupRow, ...]) -> TableData:
    return TableData(
        headers(record, title, "Speakers", "Turns", "Speaking time"),
        tuple((r.label, str(r.speakers), str(r.turns), clock_minutes(r.seconds)) for r in rows),
    )


def speaking_time_by_gender(record: Record) -> TableData:
    return _time(record, "Gender", record.floor.by_gender)


def speaking_time_by_youth(record: Record) -> TableData:
    return _time(record, "Youth", record.floor.by_youth)


def budgets(record: Record) -> TableData | None:
    """Each budget against the time used: "over by 2:10" in words when it ran over."""
    if not record.floor.budgets:
        return None
    cat = catalogue_of(record.language)
    return TableData(
        headers(record, "Segment", "Stakeholder group", "Budget", "Used", "Left"),
        tuple(
            (
                b.segment,
                b.group,
                clock_minutes(b.budget_seconds),
                clock_minutes(b.used_seconds),
                clock_minutes(b.left_seconds)
                if b.left_seconds >= 0
                else cat("over by {time}", time=clock_minutes(-b.left_seconds)),
            )
            for b in record.floor.budgets
        ),
    )


def interjection_line(record: Record, entry: InterjectionRecord) -> str:
    """ "10:42 — Point of order — Ms. A (NGO X), Standing item 1, 0:40; Ms. B resumed after
    it"."""
    cat = catalogue_of(record.language)
    who = cat.captured(entry.speaker) if entry.speaker else cat("not named")
    if entry.organization:
        who += f"{cat(' (')}{cat.captured(entry.organization)}{cat(')')}"
    time = cat.time(record.local(entry.start)) if entry.start is not None else "–"
    line = cat(
        "{time} — {kind} — {who}, {segment}, {spoken}",
        time=time,
        kind=entry.kind,
        who=who,
        segment=cat.captured(entry.segment),
        spoken=clock_minutes(entry.spoken_seconds),
    )
    if entry.interrupted:
        line += cat("; {name} resumed after it", name=cat.captured(entry.interrupted))
    return line
