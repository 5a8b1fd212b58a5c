"""The session record as one self-contained HTML file.

HTML5 (``<!doctype html>``, ``lang="en"``, UTF-8), with its CSS inline and no external resource of
any kind (no script, font, image or link to fetch); a Content-Security-Policy meta tag forbids them
too. Headings and tables mirror :mod:`facilitator.formats.record.markdown_writer`.

The chart of speaking time by stakeholder category is inline SVG
(:func:`~facilitator.formats.record.chart.chart_svg`): nothing to fetch, the file stays whole.

Every captured string (titles, names, summaries, guiding questions…) goes through
:func:`html.escape` with ``quote=True``, in text and in attributes alike, so it shows as itself and
never becomes markup. Summaries keep their line breaks (``white-space: pre-wrap``).

:func:`body` with ``paged=True`` gives the same content for Qt's rich text (the PDF,
:mod:`facilitator.formats.record.pdf_writer`): tables carry column widths and the classes the
PDF's style sheet rules and shades (:func:`_paged_table`), a summary's line breaks are ``<br>``
and a very long one is cut into paragraphs (:func:`chunks`), and the chart is the picture
:data:`CHART_RESOURCE`, which the PDF adds to its document.
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
from facilitator.formats.record import tables
from facilitator.formats.record.chart import chart_svg
from facilitator.formats.record.files import isolate, write_text
from facilitator.formats.record.tables import ANNEX, TableData, column_widths, other_questions

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
figure.chart { margin: 0.6em 0 1.2em; max-width: 40em; }
figure.chart svg { display: block; width: 100%; height: auto; }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
#: The name under which a paged (Qt) document holds the chart's picture.
CHART_RESOURCE = "chart.png"
#: The chart's width in a paged document, in CSS pixels (1/96 inch: about 15 cm).
CHART_WIDTH_PX = 560
#: A paged table: its rules come from the PDF's style sheet (see :func:`_paged_table`).
_PAGED_TABLE = '<table border="0" cellspacing="0" cellpadding="3" width="100%">'
#: About how many characters of table text a paged line holds (A4 less 40 mm, 9 pt serif).
PAGED_LINE = 100


def esc(text: str) -> str:
    """Captured text, escaped for HTML text and quoted attributes."""
    return html.escape(text, quote=True)


def _table(table: TableData, paged: bool = False) -> list[str]:
    """A table (header cells in the first column for a fact list); every cell is escaped."""
    if paged:
        return _paged_table(table)
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


def _paged_table(table: TableData) -> list[str]:
    """A table for Qt's rich text: column widths on the first row, a ruled header row (repeated
    on every page the table runs over), banded rows and a rule under the last one. Rules are cell
    borders on those few cells only: Qt takes a second per thousand rows to lay out and draw a
    bordered cell, a band costs it nothing."""
    widths = [f' width="{w}%"' for w in column_widths(table, PAGED_LINE)]
    out = [_PAGED_TABLE]
    last = len(table.rows) - 1
    if table.header is not None:
        head = "".join(
            f'<th class="head"{width}>{esc(h)}</th>'
            for width, h in zip(widths, table.header, strict=True)
        )
        out += ["<thead>", f"<tr>{head}</tr>", "</thead>"]
    out.append("<tbody>")
    for n, row in enumerate(table.rows):
        band = ' bgcolor="#f2f2f2"' if n % 2 else ""
        end = ' class="end"' if n == last else ""
        first = table.header is None and n == 0
        cells = []
        for column, cell in enumerate(row):
            tag = "th" if table.header is None and column == 0 else "td"
            width = widths[column] if first else ""
            cls = ' class="start"' if first else end
            cells.append(f"<{tag}{cls}{width}>{esc(cell)}</{tag}>")
        out.append(f"<tr{band}>{''.join(cells)}</tr>")
    out += ["</tbody>", "</table>"]
    return out


def _entry(entry: InterventionRecord, paged: bool = False, under: str | None = None) -> str:
    head = f"<strong>{esc(isolate(entry.speaker))}</strong>"
    details = [isolate(d) for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:
        head += " (" + esc(", ".join(details)) + ")"
    head += ", " + esc(entry.kind.lower())
    questions = other_questions(entry, under)
    if questions:
        head += (" — also on: " if under else " — on: ") + esc("; ".join(questions))
    if entry.summary.strip():
        summary = isolate(entry.summary)
        if not paged:
            return head + f': <span class="summary">{esc(summary)}</span>'
        *pieces, last = chunks(summary)
        shown = [p.removesuffix("\n") for p in pieces] + [last]  # the break is the paragraph's
        head += f': <span class="summary">{_lines(shown[0])}</span>'
        head += "".join(
            f'<p class="more"><span class="summary">{_lines(p)}</span></p>' for p in shown[1:]
        )
    return head


def _lines(text: str) -> str:
    """Captured text for Qt's rich text: escaped, its line breaks as ``<br>`` (a literal line
    break, even in ``pre-wrap``, would start a new paragraph there: a new bullet in a list)."""
    return "<br>".join(
        esc(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )


#: The longest run of text a paged document keeps in one paragraph (see :func:`chunks`).
CHUNK = 4000


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` cut into pieces of at most about ``size`` characters whose concatenation is
    ``text``: at a line break if there is one in the second half of a piece, else after a sentence,
    else at a space, else anywhere. Qt's rich text redraws a whole paragraph for every page it
    touches, so a 1 MB summary in one paragraph would take minutes to paginate; a paged document
    shows the pieces as consecutive paragraphs of the same entry."""
    pieces: list[str] = []
    while len(text) > size:
        window = text[size // 2 : size]
        cut = -1
        for mark in ("\n", ". ", "? ", "! ", "; ", " "):
            found = window.rfind(mark)
            if found >= 0:
                cut = size // 2 + found + len(mark)
                break
        if cut < 0:
            cut = size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def _entries(
    entries: Sequence[InterventionRecord], paged: bool = False, under: str | None = None
) -> list[str]:
    if not entries:
        return ["<p>No interventions were recorded.</p>"]
    return [
        '<ul class="entries">',
        *(f"<li>{_entry(e, paged, under)}</li>" for e in entries),
        "</ul>",
    ]


def _segment_block(section: SegmentInterventions, paged: bool = False) -> list[str]:
    return [f"<h3>{esc(section.title)}</h3>", *_entries(section.interventions, paged)]


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


def body(record: Record, *, paged: bool = False) -> list[str]:
    """The record's content, from its title to the annex (no ``<html>``/``<head>``); ``paged``
    for Qt's rich text (see the module docstring)."""

    def table(data: TableData) -> list[str]:
        return _table(data, paged)

    out = [f"<h1>{esc(record.meeting.title)}</h1>"]
    if record.has(Section.MEETING):
        out += ["<h2>Meeting data</h2>", *table(tables.meeting_facts(record))]
        sittings = tables.sittings(record)
        if sittings is not None:
            out += table(sittings)
    if record.has(Section.ATTENDANCE):
        out += ["<h2>Attendance</h2>", *table(tables.attendance_by_category(record))]
        out += table(tables.attendance_by_place(record))
    if record.has(Section.PROCEEDINGS):
        out += _proceedings(record, paged)
    if any(record.has(s) for s in ANNEX):
        out += ["<h2>Annex</h2>"]
    if record.has(Section.TIMETABLE):
        out += ["<h3>Timetable: planned and actual</h3>", *table(tables.timetable(record))]
    if record.has(Section.SPEAKERS):
        out += ["<h3>List of speakers</h3>"]
        speakers = tables.speakers(record)
        out += table(speakers) if speakers is not None else [f"<p>{tables.NOBODY_SPOKE}</p>"]
    if record.has(Section.CHART):
        out += ["<h3>Speaking time by stakeholder category</h3>"]
        out += table(tables.speaking_time(record))
        if paged:
            out += [f'<p class="chart"><img src="{CHART_RESOURCE}" width="{CHART_WIDTH_PX}"></p>']
        else:
            out += ['<figure class="chart">', chart_svg(record), "</figure>"]
    return out


def _proceedings(record: Record, paged: bool) -> list[str]:
    out: list[str] = []
    for item in record.items:
        out += [f"<h2>{esc(item.title)}</h2>", *_table(tables.item_segments(record, item), paged)]
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
                    out += [f"<li>{_entry(qa.question, paged)}"]
                    if qa.answers:
                        out += ['<ul class="entries">']
                        out += [f"<li>{_entry(answer, paged)}</li>" for answer in qa.answers]
                        out += ["</ul>"]
                    out += ["</li>"]
                out += ["</ul>"]
            if panel.other:
                out += ["<h4>Other interventions</h4>", *_entries(panel.other, paged)]
        for standing in item.standing_items:
            out += [f"<h3>{esc(standing.title)}</h3>"]
            for group in standing.groups:
                if group.question is None and not group.interventions:
                    continue
                out += [
                    f"<h4>{esc(group.heading)}</h4>",
                    *_entries(group.interventions, paged, group.question),
                ]
        for other in item.others:
            out += _segment_block(other, paged)
    if record.removed_segments:
        out += [f"<h2>{esc(REMOVED_SEGMENTS)}</h2>"]
        for section in record.removed_segments:
            out += _segment_block(section, paged)
    if record.untagged:
        out += [f"<h2>{esc(UNTAGGED)}</h2>", *_entries(record.untagged, paged)]
    return out


def write_html(record: Record, path: Path | str) -> Path:
    """Write the record as HTML to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, html_text(record))
