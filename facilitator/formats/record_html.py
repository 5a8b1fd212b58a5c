"""The session record as one self-contained HTML file.

HTML5 (``<!doctype html>``, ``lang="en"``, UTF-8), with its CSS inline and no external resource of
any kind (no script, font, image or link to fetch); a Content-Security-Policy meta tag forbids them
too. Headings and tables mirror :mod:`facilitator.formats.record_markdown`.

Every captured string (titles, names, summaries, guiding questions…) goes through
:func:`html.escape` with ``quote=True``, in text and in attributes alike, so it shows as itself and
never becomes markup. Summaries keep their line breaks (``white-space: pre-wrap``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from facilitator.core.record import (
    REMOVED_SEGMENTS,
    UNTAGGED,
    InterventionRecord,
    Record,
    Section,
    SegmentInterventions,
)
from facilitator.formats import record_tables as tables
from facilitator.formats.record_files import write_text
from facilitator.formats.record_tables import ANNEX, TableData

_CSS = """
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4;
       max-width: 52em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
h1 { font-size: 18pt; text-align: center; }
h2 { font-size: 14pt; margin-top: 1.6em; }
h3 { font-size: 12pt; }
h4 { font-size: 12pt; font-style: italic; font-weight: normal; }
table { border-collapse: collapse; margin: 0.6em 0 1.2em; }
th, td { border: 1px solid #444; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #e8eef6; }
ul.entries li { margin-bottom: 0.4em; }
.summary { white-space: pre-wrap; overflow-wrap: anywhere; }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def esc(text: str) -> str:
    """Captured text, escaped for HTML text and quoted attributes."""
    return html.escape(text, quote=True)


def _table(table: TableData) -> list[str]:
    """A table (header cells in the first column for a fact list); every cell is escaped."""
    out = ["<table>"]
    if table.header is None:
        out.append("<tbody>")
        out += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in table.rows]
        return [*out, "</tbody>", "</table>"]
    out.append(
        "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in table.header) + "</tr></thead>"
    )
    out.append("<tbody>")
    for row in table.rows:
        out.append("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def _entry(entry: InterventionRecord) -> str:
    head = f"<strong>{esc(entry.speaker)}</strong>"
    details = [d for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        head += " (" + esc(", ".join(details)) + ")"
    head += ", " + esc(entry.kind.lower())
    if entry.guiding_questions and entry.kind_value != "question":
        head += " — on: " + esc("; ".join(entry.guiding_questions))
    if entry.summary.strip():
        head += f': <span class="summary">{esc(entry.summary)}</span>'
    return head


def _entries(entries: Sequence[InterventionRecord]) -> list[str]:
    if not entries:
        return ["<p>No interventions were recorded.</p>"]
    return ['<ul class="entries">', *(f"<li>{_entry(e)}</li>" for e in entries), "</ul>"]


def _segment_block(section: SegmentInterventions) -> list[str]:
    return [f"<h3>{esc(section.title)}</h3>", *_entries(section.interventions)]


def html_text(record: Record) -> str:
    """The whole record as one HTML document (the sections ``record`` shows)."""
    m = record.meeting
    out: list[str] = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Facilitator">',
        f"<title>{esc(m.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        *body(record),
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def body(record: Record) -> list[str]:
    """The record's content, from its title to the annex (no ``<html>``/``<head>``)."""
    out = [f"<h1>{esc(record.meeting.title)}</h1>"]
    if record.has(Section.MEETING):
        out += ["<h2>Meeting data</h2>", *_table(tables.meeting_facts(record))]
        sittings = tables.sittings(record)
        if sittings is not None:
            out += _table(sittings)
    if record.has(Section.ATTENDANCE):
        out += ["<h2>Attendance</h2>", *_table(tables.attendance_by_category(record))]
        out += _table(tables.attendance_by_place(record))
    if record.has(Section.PROCEEDINGS):
        out += _proceedings(record)
    if any(record.has(s) for s in ANNEX):
        out += ["<h2>Annex</h2>"]
    if record.has(Section.TIMETABLE):
        out += ["<h3>Timetable: planned and actual</h3>", *_table(tables.timetable(record))]
    if record.has(Section.SPEAKERS):
        out += ["<h3>List of speakers</h3>"]
        speakers = tables.speakers(record)
        out += _table(speakers) if speakers is not None else [f"<p>{tables.NOBODY_SPOKE}</p>"]
    if record.has(Section.CHART):
        out += ["<h3>Speaking time by stakeholder category</h3>"]
        out += _table(tables.speaking_time(record))
    return out


def _proceedings(record: Record) -> list[str]:
    out: list[str] = []
    for item in record.items:
        out += [f"<h2>{esc(item.title)}</h2>", *_table(tables.item_segments(record, item))]
        for panel in item.panels:
            out += [f"<h3>{esc(panel.title)}</h3>"]
            if panel.moderator:
                out += [f"<p><strong>Moderator:</strong> {esc(panel.moderator)}</p>"]
            if panel.panellists:
                out += ["<p><strong>Panellists:</strong></p>", "<ul>"]
                out += [f"<li>{esc(p)}</li>" for p in panel.panellists] + ["</ul>"]
            out += ["<h4>Questions and answers</h4>"]
            if not panel.questions:
                out += ["<p>No questions were recorded.</p>"]
            else:
                out += ['<ul class="entries">']
                for qa in panel.questions:
                    out += [f"<li>{_entry(qa.question)}"]
                    if qa.answers:
                        out += ['<ul class="entries">']
                        out += [f"<li>{_entry(answer)}</li>" for answer in qa.answers]
                        out += ["</ul>"]
                    out += ["</li>"]
                out += ["</ul>"]
            if panel.other:
                out += ["<h4>Other interventions</h4>", *_entries(panel.other)]
        for standing in item.standing_items:
            out += [f"<h3>{esc(standing.title)}</h3>"]
            for group in standing.groups:
                if group.question is None and not group.interventions:
                    continue
                out += [f"<h4>{esc(group.heading)}</h4>", *_entries(group.interventions)]
        for other in item.others:
            out += _segment_block(other)
    if record.removed_segments:
        out += [f"<h2>{esc(REMOVED_SEGMENTS)}</h2>"]
        for section in record.removed_segments:
            out += _segment_block(section)
    if record.untagged:
        out += [f"<h2>{esc(UNTAGGED)}</h2>", *_entries(record.untagged)]
    return out


def write_html(record: Record, path: Path | str) -> Path:
    """Write the record as HTML to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, html_text(record))
