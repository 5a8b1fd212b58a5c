"""The session record as Markdown (CommonMark with GitHub tables).

Captured text cannot make Markdown structure: every ASCII punctuation character that Markdown or
inline HTML gives a meaning to is backslash-escaped (``\\ * _ # [ ] < > | ` ~ & !`` …), each line
loses its leading spaces (no code block) and a leading ``-``, ``+``, ``=`` or ``1.`` is escaped
(no list, no heading underline). Table cells are one line. The text stays readable.

The chart of speaking time by stakeholder category follows its table as bars of "█" in a fenced
code block (:func:`~facilitator.formats.record.chart.chart_text`), so that it shows monospaced.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.record import (
    REMOVED_SEGMENTS,
    UNTAGGED,
    InterventionRecord,
    Record,
    Section,
    SegmentInterventions,
)
from facilitator.formats.record import tables
from facilitator.formats.record.chart import chart_text
from facilitator.formats.record.files import isolate, write_text
from facilitator.formats.record.tables import ANNEX, TableData, other_questions

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


def _table(table: TableData) -> list[str]:
    """A GitHub table (a fact list when the table has no header); every cell is escaped."""
    if table.header is None:
        return [f"- **{escape(k)}:** {escape(v)}" for k, v in table.rows] + [""]
    lines = [
        "| " + " | ".join(escape(h) for h in table.header) + " |",
        "|" + "|".join("---" for _ in table.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return [*lines, ""]


def _entry(entry: InterventionRecord, *, indent: str = "", under: str | None = None) -> list[str]:
    who = escape(isolate(entry.speaker))
    details = [isolate(d) for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        who += " (" + escape(", ".join(details)) + ")"
    head = f"{indent}- **{who}**, {escape(entry.kind.lower())}"
    questions = other_questions(entry, under)
    if questions:
        head += (" — also on: " if under else " — on: ") + "; ".join(escape(q) for q in questions)
    lines = escape_block(isolate(entry.summary))
    if not lines:
        return [head]
    out = [head + ": " + lines[0] + ("\\" if len(lines) > 1 else "")]
    for n, line in enumerate(lines[1:], 2):
        out.append(f"{indent}  {line}" + ("\\" if n < len(lines) else ""))
    return out


def _entries(entries: tuple[InterventionRecord, ...], under: str | None = None) -> list[str]:
    if not entries:
        return ["No interventions were recorded.", ""]
    lines: list[str] = []
    for entry in entries:
        lines += _entry(entry, under=under)
    return [*lines, ""]


def _segment_block(section: SegmentInterventions, level: str) -> list[str]:
    return [f"{level} {escape(section.title)}", "", *_entries(section.interventions)]


def markdown_text(record: Record) -> str:
    """The whole record as Markdown (the sections ``record`` shows)."""
    m = record.meeting
    out: list[str] = [f"# {escape(m.title)}", ""]
    if record.has(Section.MEETING):
        out += ["## Meeting data", "", *_table(tables.meeting_facts(record))]
        sittings = tables.sittings(record)
        if sittings is not None:
            out += _table(sittings)
    if record.has(Section.ATTENDANCE):
        out += ["## Attendance", "", *_table(tables.attendance_by_category(record))]
        out += _table(tables.attendance_by_place(record))
    if record.has(Section.PROCEEDINGS):
        out += _proceedings(record)
    annex = [s for s in ANNEX if record.has(s)]
    if annex:
        out += ["## Annex", ""]
    if record.has(Section.TIMETABLE):
        out += ["### Timetable: planned and actual", "", *_table(tables.timetable(record))]
    if record.has(Section.SPEAKERS):
        out += ["### List of speakers", ""]
        speakers = tables.speakers(record)
        out += _table(speakers) if speakers is not None else [tables.NOBODY_SPOKE, ""]
    if record.has(Section.CHART):
        out += ["### Speaking time by stakeholder category", ""]
        out += _table(tables.speaking_time(record))
        out += [*chart_text(record), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _proceedings(record: Record) -> list[str]:
    out: list[str] = []
    for item in record.items:
        out += [f"## {escape(item.title)}", "", *_table(tables.item_segments(record, item))]
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
                out += [
                    f"#### {escape(group.heading)}",
                    "",
                    *_entries(group.interventions, group.question),
                ]
        for other in item.others:
            out += _segment_block(other, "###")
    if record.removed_segments:
        out += [f"## {REMOVED_SEGMENTS}", ""]
        for section in record.removed_segments:
            out += _segment_block(section, "###")
    if record.untagged:
        out += [f"## {UNTAGGED}", "", *_entries(record.untagged)]
    return out


def write_markdown(record: Record, path: Path | str) -> Path:
    """Write the record as Markdown to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, markdown_text(record))
