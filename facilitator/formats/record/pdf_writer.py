"""The session record as a PDF: A4, numbered pages, tagged for screen readers, PDF/A-2a and
PDF/UA-1, typeset by Typst (the ``typst`` wheel: the Typst compiler, in Rust, in-process).

The content is the record's layout (:mod:`facilitator.formats.record.layout`), written as a Typst
document (:func:`typst_source`) and compiled in memory. What Typst gives that Qt's PDF writer did
not (issue 19; the comparison is in the README's record section):

* **text that can be searched and copied**: every glyph maps back to the characters it was made
  from, so a text extractor finds "Trafficking", not the "ﬀ" ligature, and Arabic in its logical
  letters, not presentation forms;
* **a tagged PDF** (PDF/UA-1): a structure tree with the headings at their levels, the lists,
  the tables with their header rows, and the chart as a figure with its alternative text; the
  document's language, title and author; PDF/A-2a, for the archive;
* **right-to-left paragraphs**: a summary in Arabic or Hebrew is a paragraph of its own, set right
  to left, under its entry's line (its full stop at its left end);
* **headings kept with what follows** (Typst's headings are "sticky": none ends a page alone) and
  **table rows that never split** across pages (a header row repeated on each page a table runs
  over).

Captured text never becomes markup: every string, captured or not, goes into the source as a
Typst *string literal* (:func:`literal`: escaped backslashes and quotes, line breaks as ``\\n``),
shown as text; characters a PDF's text cannot carry (C0 controls, lone surrogates) become U+FFFD
first. The source reads no file and imports no package; the chart is the record's SVG
(:func:`~facilitator.formats.record.chart.svg_of`) given as bytes, drawn as vectors.

Fonts: the body in Times New Roman where the system has it, else Liberation Serif, else Libertinus
Serif (which the ``typst`` wheel carries, so a PDF always has its body font); Arabic, Hebrew and
Chinese, Japanese or Korean text falls back to the system's fonts that have it (DejaVu Sans, Noto,
WenQuanYi Micro Hei; Arial, Microsoft YaHei… on Windows).
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Sequence
from pathlib import Path
from typing import assert_never

import typst

from facilitator.core.record import Record
from facilitator.formats.record.chart import svg_of
from facilitator.formats.record.docx_writer import chart_alt
from facilitator.formats.record.files import ExportError, clean, right_to_left, write_files
from facilitator.formats.record.html_writer import PAGED_LINE
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    RecordLayout,
    Run,
    Table,
    record_layout,
)
from facilitator.formats.record.tables import TableData, column_widths

#: Page margins, in millimetres.
MARGIN_MM = 20.0
#: The document's author, as the Word record has it.
AUTHOR = "Facilitator"
#: The standards the PDF claims (and Typst checks as it writes: a failure is an error).
STANDARDS: list[typst.PDFStandard] = ["a-2a", "ua-1"]
#: The chart's printed width.
CHART_WIDTH_CM = 15
#: The body's fonts, in order; then any font that has the character (Typst's fallback).
BODY_FONTS = (
    "Times New Roman",
    "Liberation Serif",
    "Libertinus Serif",
    "Noto Naskh Arabic",
    "DejaVu Sans",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
)
SMALL_FONTS = ("DejaVu Sans", "Arial", "Liberation Sans", "Libertinus Sans", "Libertinus Serif")

_PREAMBLE = """
#set page(
  paper: "a4",
  margin: {margin}mm,
  header: context {{
    if here().page() > 1 {{
      set text(font: {small}, size: 8.5pt, fill: rgb("#595959"))
      block(width: 100%, stroke: (bottom: 0.5pt + rgb("#595959")), inset: (bottom: 1.5mm),
        {running})
    }}
  }},
  footer: context {{
    set text(font: {small}, size: 8.5pt, fill: rgb("#595959"))
    align(center, {page})
  }},
)
#set text(font: {fonts}, size: 10pt, lang: {language})
#set par(justify: false, spacing: 0.65em)
#show heading: set text(weight: "bold")
#show heading.where(level: 1): set text(size: 14pt)
#show heading.where(level: 1): set align(center)
#show heading.where(level: 2): set text(size: 12pt)
#show heading.where(level: 2): set block(above: 1.5em, below: 0.7em)
#show heading.where(level: 3): set text(size: 10.5pt)
#show heading.where(level: 4): set text(size: 10pt, style: "italic", weight: "regular")
#set list(spacing: 0.8em)
#set table(stroke: none, inset: (x: 3pt, y: 2.5pt))
#set table.cell(breakable: false)
#show table.cell: set text(size: 9pt)
#show table.cell: set par(justify: false)
#show table: set block(above: 1em, below: 1em)
"""

_SHADE = 'rgb("#e6edf5")'
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t]')


#: A word longer than this gets a zero-width space (a place to break, no character of the text)
#: after each stretch of this many characters, so that a long word (a URL, an e-mail address,
#: hostile text) wraps rather than runs off the page or out of its table cell (and Typst 0.15
#: panics on a single word of over 64 KiB).
LONGEST_WORD = 30
_LONG_WORD = re.compile(rf"(\S{{{LONGEST_WORD}}})(?=\S)")


def literal(text: str, *, wrap: bool = True) -> str:
    """``text`` as a Typst string literal: shown as itself, never read as markup or code.
    Line breaks are CR LF, CR or LF, each shown as one. ``wrap``: long words get places to break
    (see :data:`LONGEST_WORD`); not for data (the chart's SVG)."""
    text = clean(text).replace("\r\n", "\n").replace("\r", "\n")
    if wrap and len(text) > LONGEST_WORD:
        text = _LONG_WORD.sub("\\1\u200b", text)
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m[0]], text) + '"'


def _runs(runs: Sequence[Run]) -> str:
    """Runs as Typst markup (each a string literal, bold or italic as it says)."""
    out = []
    for run in runs:
        shown = literal(run.text)
        if run.italic:
            shown = f"emph({shown})"
        if run.bold:
            shown = f"strong({shown})"
        out.append(f"#{shown}")
    return "".join(out)


def _rtl_block(runs: Sequence[Run]) -> str:
    """Runs as a right-to-left paragraph of their own."""
    return f"#block(width: 100%)[#set text(dir: rtl); {_runs(runs)}]"


def _item_content(item: ListItem) -> str:
    """A list item's content: its line (a right-to-left summary as a paragraph of its own under
    it), then the list under it."""
    split = next((n for n, r in enumerate(item.runs) if r.rtl), None)
    if split is None:
        body = _runs(item.runs)
    else:
        body = _runs(item.runs[:split]) + " " + _rtl_block(item.runs[split:])
    if item.items:
        body += " " + _list(item.items)
    return f"[{body}]"


def _list(items: Sequence[ListItem]) -> str:
    return "#list(" + ", ".join(_item_content(item) for item in items) + ",)"


def _table(data: TableData, repeat_header: bool, sticky: bool) -> str:
    """A table: column widths from its text, a shaded header row ruled above and below (repeated
    on every page it runs over), banded rows, a rule under the last; a fact list (no header) has
    its first column bold and shaded."""
    widths = column_widths(data, PAGED_LINE)
    columns = ", ".join(f"{w}%" for w in widths) or "1fr"
    rule = 'table.hline(stroke: 0.75pt + rgb("#404040"))'
    cells: list[str] = []
    if data.header is not None:
        head = ", ".join(
            f'table.cell(fill: rgb("#e6edf5"), strong({literal(h)}))' for h in data.header
        )
        cells.append(
            f"table.header(repeat: {'true' if repeat_header else 'false'}, {rule}, {head}, {rule})"
        )
        for n, row in enumerate(data.rows):
            fill = ', fill: rgb("#f2f2f2")' if n % 2 else ""
            cells += [f"table.cell({literal(c)}{fill})" for c in row]
    else:
        cells.append(rule)
        for row in data.rows:
            key, *values = row
            cells.append(f"table.cell(fill: {_SHADE}, strong({literal(key)}))")
            cells += [f"table.cell({literal(v)})" for v in values]
    cells.append(rule)
    table = f"table(columns: ({columns},), {', '.join(cells)})"
    if sticky:  # kept on the page of what follows (the chart)
        return f"#block(sticky: true, breakable: false, {table})"
    return f"#{table}"


def _chart(chart: Chart) -> str:
    svg = svg_of(chart.times, chart.alt)
    return (
        f'#block(breakable: false, image(bytes({literal(svg, wrap=False)}), format: "svg", '
        f"width: {CHART_WIDTH_CM}cm, alt: {literal(chart_alt(chart))}))"
    )


def _block(block: Block, before_chart: bool) -> str:
    match block:
        case Heading():
            text = literal(block.text)
            if right_to_left(block.text):
                text = f"text(dir: rtl, {text})"
            return f"#heading(level: {block.level + 1}, {text})"
        case Paragraph():
            if any(r.rtl for r in block.runs):
                return _rtl_block(block.runs)
            return _runs(block.runs)
        case BulletList():
            return _list(block.items)
        case Table():
            return _table(block.data, block.repeat_header, before_chart)
        case Chart():
            return _chart(block)
        case _:
            assert_never(block)


def _page_label(template: str) -> str:
    """The page template ("Page {page} of {pages}") as Typst code."""
    fields = {"page": "counter(page).display()", "pages": "str(counter(page).final().first())"}
    parts: list[str] = []
    for text, field, _spec, _conversion in string.Formatter().parse(template):
        if text:
            parts.append(literal(text))
        if field is not None:
            parts.append(fields[field])
    return "[" + "".join(f"#{p}" for p in parts) + "]"


def _tuple(names: Sequence[str]) -> str:
    return "(" + ", ".join(literal(n) for n in names) + ",)"


def typst_source(layout: RecordLayout, title: str) -> str:
    """The laid-out record as a Typst document; ``title`` is the PDF's."""
    out = [
        f"#set document(title: {literal(' '.join(title.split()))}, author: {literal(AUTHOR)})",
        _PREAMBLE.format(
            margin=MARGIN_MM,
            small=_tuple(SMALL_FONTS),
            fonts=_tuple(BODY_FONTS),
            running=literal(layout.running_head),
            page=_page_label(layout.page),
            language=literal(layout.language),
        ),
    ]
    blocks = layout.blocks
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        out.append(_block(block, isinstance(following, Chart)))
        out.append("")
    return "\n".join(out)


class _Panic(Exception):
    """Stands for pyo3's PanicException (a BaseException) where the wheel does not expose it."""


#: What the ``typst`` wheel raises when the compiler panics (pyo3's PanicException).
_PANIC: type[BaseException] = next(
    (c for c in BaseException.__subclasses__() if c.__name__ == "PanicException"), _Panic
)


@functools.cache
def _fonts() -> typst.Fonts:
    """The system's fonts and the wheel's own, found once per process."""
    return typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)


def pdf_bytes(record: Record) -> bytes:
    """The record as the bytes of an A4 PDF (the sections ``record`` shows)."""
    return pdf_of(record_layout(record), record.meeting.title, record)


def pdf_of(layout: RecordLayout, title: str, record: Record | None = None) -> bytes:
    """A laid-out record as the bytes of a tagged A4 PDF; ``title`` is the file's, ``record``'s
    time its date."""
    source = typst_source(layout, title).encode("utf-8")
    compiler = typst.Compiler(font_paths=_fonts())
    when = record.generated_at.replace(microsecond=0) if record is not None else None
    try:
        data = compiler.compile(source, format="pdf", pdf_standards=STANDARDS, timestamp=when)
    except (typst.TypstError, _PANIC):
        # A record the standards' checks refuse is still written, tagged, without claiming them.
        # Typst 0.15 panics checking a single word of over 64 KiB (hostile text) for PDF/UA.
        try:
            data = compiler.compile(source, format="pdf", timestamp=when)
        except typst.TypstError as exc:
            raise ExportError(f"the PDF could not be made: {exc.message}") from exc
    assert isinstance(data, bytes)
    return data


def write_pdf(record: Record, path: Path | str) -> Path:
    """Write the record as a PDF to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    target = Path(path)
    return write_files([(target, pdf_bytes(record))])[0]
