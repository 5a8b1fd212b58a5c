"""The session record as one self-contained HTML file.

HTML5 (``<!doctype html>``, ``lang`` the record's language, UTF-8), with its CSS inline and no
external resource of any kind (no script, font, image or link to fetch); a Content-Security-Policy
meta tag forbids them too. What the record holds and in which words is
:mod:`~facilitator.formats.record.layout`'s; this module only writes its blocks as HTML (a
heading of level *n* is ``<h{n+1}>``, the title ``<h1>``).

The chart of speaking time by stakeholder category is inline SVG
(:func:`~facilitator.formats.record.chart.svg_of`): nothing to fetch, the file stays whole.

Every captured string (titles, names, summaries, guiding questions…) goes through
:func:`html.escape` with ``quote=True``, in text and in attributes alike, so it shows as itself and
never becomes markup. Summaries keep their line breaks (``white-space: pre-wrap``).

:func:`render` with ``paged=True`` gives the same content for Qt's rich text (the PDF,
:mod:`facilitator.formats.record.pdf_writer`): tables carry column widths and the classes the
PDF's style sheet rules and shades (:func:`_paged_table`), a summary's line breaks are ``<br>``
and a very long one is cut into paragraphs (:func:`chunks`), and the chart is the picture
:data:`CHART_RESOURCE`, which the PDF adds to its document.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import assert_never

from facilitator.core.record import Record
from facilitator.formats.record.chart import svg_of
from facilitator.formats.record.files import write_text
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    Run,
    Table,
    blocks,
)
from facilitator.formats.record.tables import TableData, column_widths

#: The record's style (the export window's preview has it too).
CSS = """
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
@page { size: A4; margin: 20mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, figure.chart { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'"
#: The name under which a paged (Qt) document holds the chart's picture.
CHART_RESOURCE = "chart.png"
#: The ``dir`` of a page in a right-to-left language.
_DIRECTION = {"ar": ' dir="rtl"'}
#: The chart's width in a paged document, in CSS pixels (1/96 inch: about 15 cm).
CHART_WIDTH_PX = 560
#: A paged table: its rules come from the PDF's style sheet (see :func:`_paged_table`).
_PAGED_TABLE = '<table border="0" cellspacing="0" cellpadding="3" width="100%">'
#: About how many characters of table text a paged line holds (A4 less 40 mm, 9 pt serif).
PAGED_LINE = 100


def esc(text: str) -> str:
    """Captured text, escaped for HTML text and quoted attributes."""
    return html.escape(text, quote=True)


def _table(table: TableData, paged: bool = False, repeat_header: bool = True) -> list[str]:
    """A table (header cells in the first column for a fact list); every cell is escaped."""
    if paged:
        return _paged_table(table, repeat_header)
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


def _paged_table(table: TableData, repeat_header: bool = True) -> list[str]:
    """A table for Qt's rich text: column widths on the first row, a ruled header row (repeated
    on every page the table runs over, as a ``<thead>``, if ``repeat_header``), banded rows and a
    rule under the last one. Rules are cell borders on those few cells only: Qt takes a second per
    thousand rows to lay out and draw a bordered cell, a band costs it nothing."""
    widths = [f' width="{w}%"' for w in column_widths(table, PAGED_LINE)]
    out = [_PAGED_TABLE]
    last = len(table.rows) - 1
    if table.header is not None:
        head = "".join(
            f'<th class="head"{width}>{esc(h)}</th>'
            for width, h in zip(widths, table.header, strict=True)
        )
        out += (
            ["<thead>", f"<tr>{head}</tr>", "</thead>"] if repeat_header else [f"<tr>{head}</tr>"]
        )
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


def _run(run: Run, paged: bool) -> tuple[str, list[str]]:
    """A run as inline HTML, and the paragraphs that continue it: a paged document cuts a long
    summary into paragraphs of its own (see :func:`chunks`)."""
    more: list[str] = []
    if not run.multiline:
        text = esc(run.text)
    elif not paged:
        text = f'<span class="summary">{esc(run.text)}</span>'
    else:
        *pieces, last = chunks(run.text)
        shown = [p.removesuffix("\n") for p in pieces] + [last]  # the break is the paragraph's
        text = f'<span class="summary">{_lines(shown[0])}</span>'
        more = [f'<p class="more"><span class="summary">{_lines(p)}</span></p>' for p in shown[1:]]
    if run.italic:
        text = f"<em>{text}</em>"
    if run.bold:
        text = f"<strong>{text}</strong>"
    return text, more


def _inline(runs: tuple[Run, ...], paged: bool) -> str:
    """Runs as inline HTML, followed by the paragraphs that continue them."""
    text: list[str] = []
    after: list[str] = []
    for run in runs:
        shown, more = _run(run, paged)
        text.append(shown)
        after += more
    return "".join(text + after)


def _list(items: tuple[ListItem, ...], entries: bool, paged: bool) -> list[str]:
    out = ['<ul class="entries">' if entries else "<ul>"]
    for item in items:
        if item.items:
            out += [f"<li>{_inline(item.runs, paged)}", *_list(item.items, entries, paged), "</li>"]
        else:
            out.append(f"<li>{_inline(item.runs, paged)}</li>")
    out.append("</ul>")
    return out


def _chart(chart: Chart, paged: bool) -> list[str]:
    if paged:
        return [f'<p class="chart"><img src="{CHART_RESOURCE}" width="{CHART_WIDTH_PX}"></p>']
    return ['<figure class="chart">', svg_of(chart.times, chart.alt), "</figure>"]


def _block(block: Block, paged: bool) -> list[str]:
    match block:
        case Heading():
            tag = f"h{block.level + 1}"
            return [f"<{tag}>{esc(block.text)}</{tag}>"]
        case Paragraph():
            return [f"<p>{_inline(block.runs, paged)}</p>"]
        case BulletList():
            return _list(block.items, block.entries, paged)
        case Table():
            return _table(block.data, paged, block.repeat_header)
        case Chart():
            return _chart(block, paged)
        case _:
            assert_never(block)


def render(content: list[Block] | tuple[Block, ...], *, paged: bool = False) -> list[str]:
    """Blocks as lines of HTML (no ``<html>``/``<head>``); ``paged`` for Qt's rich text."""
    out: list[str] = []
    for block in content:
        out += _block(block, paged)
    return out


def html_text(record: Record) -> str:
    """The whole record as one HTML document (the sections ``record`` shows)."""
    m = record.meeting
    out: list[str] = [
        "<!doctype html>",
        f'<html lang="{record.language}"{_DIRECTION.get(record.language, "")}>',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Facilitator">',
        f"<title>{esc(m.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        *render(blocks(record)),
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def write_html(record: Record, path: Path | str) -> Path:
    """Write the record as HTML to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    return write_text(path, html_text(record))
