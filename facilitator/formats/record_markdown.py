"""The session record as Markdown (CommonMark with GitHub tables).

Captured text cannot make Markdown structure: every ASCII punctuation character that Markdown or
inline HTML gives a meaning to is backslash-escaped (``\\ * _ # [ ] < > | ` ~ & !`` …), each line
loses its leading spaces (no code block) and a leading ``-``, ``+``, ``=`` or ``1.`` is escaped
(no list, no heading underline). Table cells are one line. The text stays readable.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.record import (
    InterventionRecord,
    Record,
    SegmentInterventions,
)
from facilitator.formats.record_files import clock_minutes as _minutes
from facilitator.formats.record_files import local_hhmm as _time
from facilitator.formats.record_files import write_text

_INLINE = frozenset("\\`*_[]<>#|~&!")


def escape(text: str) -> str:
    """``text`` as one Markdown line that renders as itself (line breaks become spaces)."""
    return _escape_line(" ".join(text.split()))


def _escape_line(line: str) -> str:
    line = line.strip()
    out = "".join("\\" + ch if ch in _INLINE else ch for ch in line)
    if out[:1] in ("-", "+", "="):
        out = "\\" + out
    digits = len(out) - len(out.lstrip("0123456789"))
    if digits and out[digits : digits + 1] in (".", ")"):
        out = out[:digits] + "\\" + out[digits:]
    return out


def escape_block(text: str) -> list[str]:
    """Multi-line captured text as escaped lines (blank lines dropped)."""
    return [_escape_line(line) for line in text.splitlines() if line.strip()]


def _cell(text: str) -> str:
    return escape(text) if text else " "


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _entry(entry: InterventionRecord, *, indent: str = "") -> list[str]:
    who = escape(entry.speaker)
    details = [d for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        who += " (" + escape(", ".join(details)) + ")"
    head = f"{indent}- **{who}**, {escape(entry.kind.lower())}"
    if entry.guiding_questions and entry.kind_value != "question":
        head += " — on: " + "; ".join(escape(q) for q in entry.guiding_questions)
    lines = escape_block(entry.summary)
    if not lines:
        return [head]
    out = [head + ": " + lines[0] + ("\\" if len(lines) > 1 else "")]
    for n, line in enumerate(lines[1:], 2):
        out.append(f"{indent}  {line}" + ("\\" if n < len(lines) else ""))
    return out


def _entries(entries: tuple[InterventionRecord, ...]) -> list[str]:
    if not entries:
        return ["No interventions were recorded.", ""]
    lines: list[str] = []
    for entry in entries:
        lines += _entry(entry)
    return [*lines, ""]


def _segment_block(section: SegmentInterventions, level: str) -> list[str]:
    return [f"{level} {escape(section.title)}", "", *_entries(section.interventions)]


def markdown_text(record: Record) -> str:
    """The whole record as Markdown."""
    m = record.meeting
    mode = "attributed" if record.attributed else "unattributed (Chatham House rule)"
    out: list[str] = [f"# {escape(m.title)}", "", "## Meeting data", ""]
    facts = [
        ("Date", m.date.strftime("%A %d %B %Y").replace(" 0", " ")),
        ("Venue", m.venue or "–"),
        ("Format", m.format or "–"),
        ("Online platform", m.platform or "–"),
        ("Time zone", m.zone_name),
        ("Record", mode),
    ]
    out += [f"- **{k}:** {escape(v)}" for k, v in facts] + [""]
    if m.sittings:
        out += _table(
            ["Sitting", "Planned", "Actual start", "Actual end"],
            [
                [
                    s.label,
                    f"{_time(record, s.planned_start)}–{_time(record, s.planned_end)}",
                    _time(record, s.actual_start),
                    _time(record, s.actual_end),
                ]
                for s in m.sittings
            ],
        )
    a = record.attendance
    out += ["## Attendance", ""]
    out += _table(
        ["Stakeholder category", "Participants", "Heard"],
        [[escape(r.label), str(r.registered), str(r.heard)] for r in a.by_category]
        + [["**Total**", str(a.registered), str(a.heard)]],
    )
    out += _table(
        ["Room or online", "Participants", "Heard"],
        [[escape(r.label), str(r.registered), str(r.heard)] for r in a.by_attendance],
    )
    for item in record.items:
        out += [f"## {escape(item.title)}", ""]
        out += _table(
            ["Segment", "Planned", "Actual", "Minutes (planned / used)"],
            [
                [
                    _cell(s.title),
                    f"{_time(record, s.planned_start)}–{_time(record, s.planned_end)}",
                    f"{_time(record, s.actual_start)}–{_time(record, s.actual_end)}",
                    f"{s.planned_minutes} / "
                    + ("–" if s.actual_minutes is None else str(s.actual_minutes)),
                ]
                for s in item.segments
            ],
        )
        for panel in item.panels:
            out += [f"### {escape(panel.title)}", ""]
            if panel.moderator:
                out += [f"**Moderator:** {escape(panel.moderator)}", ""]
            if panel.panellists:
                out += ["**Panellists:**", ""]
                out += [f"- {escape(p)}" for p in panel.panellists] + [""]
            out += ["#### Questions and answers", ""]
            if not panel.questions:
                out += ["No questions were recorded.", ""]
            for qa in panel.questions:
                out += _entry(qa.question)
                for answer in qa.answers:
                    out += _entry(answer, indent="  ")
            out += [""]
            if panel.other:
                out += ["#### Other interventions", "", *_entries(panel.other)]
        for standing in item.standing_items:
            out += [f"### {escape(standing.title)}", ""]
            for group in standing.groups:
                if group.question is None and not group.interventions:
                    continue
                out += [f"#### {escape(group.heading)}", "", *_entries(group.interventions)]
        for other in item.others:
            out += _segment_block(other, "###")
    if record.removed_segments:
        out += ["## Interventions on removed segments", ""]
        for section in record.removed_segments:
            out += _segment_block(section, "###")
    if record.untagged:
        out += ["## Interventions not tagged to a segment", "", *_entries(record.untagged)]
    out += ["## Annex", "", "### Timetable: planned and actual", ""]
    out += _table(
        ["Segment", "Planned start", "Planned end", "Actual start", "Actual end", "Delay (min)"],
        [
            [
                _cell(s.title),
                _time(record, s.planned_start),
                _time(record, s.planned_end),
                _time(record, s.actual_start),
                _time(record, s.actual_end),
                "–" if s.delay_minutes is None else f"{s.delay_minutes:+d}",
            ]
            for s in record.timetable
        ],
    )
    out += ["### List of speakers", ""]
    if record.speakers:
        out += _table(
            ["#", "Speaker", "Category", "Room or online", "Segment", "Spoke", "Limit", "Over"],
            [
                [
                    str(s.number),
                    _cell(s.speaker + (f" ({s.organization})" if s.organization else "")),
                    _cell(s.category),
                    _cell(s.attendance),
                    _cell(s.segment),
                    _minutes(s.spoken_seconds),
                    _minutes(s.allotted_seconds),
                    _minutes(s.overtime_seconds) if s.overtime_seconds else "–",
                ]
                for s in record.speakers
            ],
        )
    else:
        out += ["Nobody took the floor from the list of speakers.", ""]
    out += ["### Speaking time by stakeholder category", ""]
    out += _table(
        ["Stakeholder category", "Speakers", "Turns", "Speaking time"],
        [
            [escape(c.label), str(c.speakers), str(c.turns), _minutes(c.seconds)]
            for c in record.speaking_time
        ],
    )
    return "\n".join(out).rstrip("\n") + "\n"


def write_markdown(record: Record, path: Path | str) -> Path:
    """Write the record as Markdown to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, markdown_text(record))
