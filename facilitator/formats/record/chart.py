"""The chart of the record's annex: speaking time by stakeholder category, drawn.

One horizontal bar per stakeholder category, **every category**, in the order of the table above it
(a category that never had the floor keeps its row, at 0:00: that nobody from the private sector
spoke is part of the record). Each bar's length is its share of the longest; at its end stands its
time as "m:ss" and its share of the whole day's speaking time. No title inside the figure: the
heading above it is the title.

* :func:`chart_svg`: the chart as an SVG document (pure Python), inlined in the HTML record and the
  source of the pictures; every label is escaped for XML;
* :func:`chart_text`: the same bars as text ("█" and eighth blocks) in a fenced code block, for
  Markdown;
* :func:`~facilitator.formats.record.chart_picture.chart_image` /
  :func:`~facilitator.formats.record.chart_picture.chart_png`: the SVG drawn by QtSvg at a given
  width, for the PDF and the Word document (in :mod:`~facilitator.formats.record.chart_picture`,
  so that this module, and the HTML and Markdown records with it, never load Qt).

Each takes the record; :func:`svg_of` and :func:`text_of` (and the pictures' ``image_of`` and
``png_of``) take the figures themselves, as the record's layout holds them
(:class:`~facilitator.formats.record.layout.Chart`).

In an unattributed record the bars are categories only, as the data is; nothing names anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.core.record import CategoryTime, Record
from facilitator.formats.record.files import cells, clean, clock_minutes
from facilitator.formats.record.layout import words_in

#: The bars' colour (UN blue); everything else is black or grey, so the chart prints well.
BAR_COLOUR = "#009edb"
TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#595959"
AXIS_COLOUR = "#8c8c8c"
FONT_FAMILY = "sans-serif"

# The SVG's own coordinates (its viewBox): it scales to whatever width it is shown at.
WIDTH = 640
_FONT_SIZE = 13
_ROW = 28
_BAR = 16
_PAD = 10
_GAP = 10  # between a label and the axis, between a bar's end and its value
_VALUE_ROOM = 96  # "123:45 (100%)"
_CHAR = 0.6 * _FONT_SIZE  # a generous average advance of a sans-serif character
_MAX_LABEL = WIDTH // 2 - _PAD - _GAP

#: Characters XML 1.0 cannot hold (tab, line feed and carriage return are allowed).

#: The text chart's longest bar, in character cells.
TEXT_BAR_CELLS = 40
_EIGHTHS = " ▏▎▍▌▋▊▉"


@dataclass(frozen=True, slots=True)
class Bar:
    """One category's bar: its label, its time and its length as a fraction of the longest."""

    label: str
    seconds: int
    fraction: float  # 0..1 of the longest bar
    share: float  # 0..1 of the day's speaking time

    @property
    def value(self) -> str:
        """ "12:34 (41%)": the time and the share of the whole."""
        if self.seconds <= 0:
            return clock_minutes(0)
        percent = self.share * 100
        share = "<1%" if percent < 0.5 else f"{percent:.0f}%"
        return f"{clock_minutes(self.seconds)} ({share})"


def bars(times: Sequence[CategoryTime]) -> list[Bar]:
    """The chart's bars, one per category in the record's order."""
    longest = max((t.seconds for t in times), default=0)
    total = sum(max(t.seconds, 0) for t in times)
    return [
        Bar(
            " ".join(t.label.split()),  # one line
            max(t.seconds, 0),
            max(t.seconds, 0) / longest if longest > 0 else 0.0,
            max(t.seconds, 0) / total if total > 0 else 0.0,
        )
        for t in times
    ]


def xml_text(text: str) -> str:
    """``text`` escaped for XML character data and quoted attributes."""
    text = clean(text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _fit(label: str, room: float) -> str:
    """``label`` cut with "…" to what ``room`` pixels hold (only absurdly long labels are)."""
    most = max(int(room / _CHAR), 4)
    if cells(label) <= most:
        return label
    while cells(label) > most - 1:
        label = label[:-1]
    return label.rstrip() + "…"


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def chart_svg(record: Record) -> str:
    """The chart as a standalone SVG document (no XML declaration, so it can be inlined in HTML).

    Each bar is a ``<rect class="bar">`` whose width is proportional to its category's speaking
    time (zero for a category that never spoke); labels and values are ``<text>``."""
    return svg_of(record.speaking_time, words_in(record.language).speaking_time)


def svg_of(times: Sequence[CategoryTime], alt: str) -> str:
    """:func:`chart_svg` of these figures; ``alt`` is the picture's accessible name."""
    rows = bars(times)
    label_room = min(max((cells(b.label) for b in rows), default=0) * _CHAR, _MAX_LABEL)
    axis = _PAD + label_room + _GAP
    span = WIDTH - axis - _GAP - _VALUE_ROOM - _PAD
    height = 2 * _PAD + max(len(rows), 1) * _ROW
    font = f'font-family="{FONT_FAMILY}" font-size="{_FONT_SIZE}"'
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{xml_text(alt)}">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    for n, bar in enumerate(rows):
        top = _PAD + n * _ROW
        middle = top + _ROW / 2
        baseline = middle + _FONT_SIZE * 0.35
        width = span * bar.fraction
        label = xml_text(_fit(bar.label, label_room))
        out.append(
            f'<text x="{_num(axis - _GAP)}" y="{_num(baseline)}" text-anchor="end" '
            f'fill="{TEXT_COLOUR}" {font}>{label}</text>'
        )
        out.append(
            f'<rect class="bar" x="{_num(axis)}" y="{_num(middle - _BAR / 2)}" '
            f'width="{_num(width)}" height="{_BAR}" fill="{BAR_COLOUR}"/>'
        )
        out.append(
            f'<text x="{_num(axis + width + _GAP / 2)}" y="{_num(baseline)}" '
            f'fill="{MUTED_COLOUR}" {font}>{xml_text(bar.value)}</text>'
        )
    out.append(
        f'<line x1="{_num(axis)}" y1="{_PAD / 2}" x2="{_num(axis)}" y2="{height - _PAD / 2}" '
        f'stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _text_bar(fraction: float) -> str:
    eighths = round(fraction * TEXT_BAR_CELLS * 8)
    if fraction > 0 and eighths == 0:
        eighths = 1  # a category that spoke at all shows at least a sliver
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def chart_text(record: Record) -> list[str]:
    """The chart as Markdown lines: a fenced code block (so it shows monospaced) of one line per
    category: label, bar, time and share. Text inside a code block is never interpreted; the fence
    is longer than any run of backticks in it."""
    return text_of(record.speaking_time)


def text_of(times: Sequence[CategoryTime]) -> list[str]:
    """:func:`chart_text` of these figures."""
    rows = bars(times)
    width = max((cells(b.label) for b in rows), default=0)
    lines = [
        f"{b.label}{' ' * (width - cells(b.label))}  "
        f"{_text_bar(b.fraction).ljust(TEXT_BAR_CELLS)}  {b.value}".rstrip()
        for b in rows
    ]
    runs = [len(run) for line in lines for run in re.findall("`+", line)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    return [fence + "text", *lines, fence]
