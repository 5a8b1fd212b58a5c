"""The session record as a PDF: A4, numbered pages, through Qt's rich text.

The content is the record's layout (:mod:`facilitator.formats.record.layout`) rendered by
:func:`facilitator.formats.record.html_writer.render` with ``paged=True`` (the same headings,
tables and escaping as the HTML record, with table attributes Qt reads), laid out by a
``QTextDocument`` on the text area of an A4 page with 20 mm margins, and painted page by page onto a
``QPdfWriter``: each page gets its slice of the document, a running header (the meeting's title,
from the second page on) and "Page N of M" centred at its foot. The chart is the picture of
:func:`facilitator.formats.record.chart_picture.image_of`, added to the document as an image
resource.

Captured text is escaped before Qt sees it, so it never becomes markup; characters a PDF's text
cannot carry (C0 controls, lone surrogates) become U+FFFD. Tables repeat their header row on every
page they run over. Long unbroken strings wrap anywhere rather than run off the page.

A GUI application is created if the process has none (offscreen where there is no display), so
the command line can export a PDF on a server.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from facilitator.core.record import Record
from facilitator.formats.qt_offscreen import ensure_gui_application
from facilitator.formats.record.chart_picture import image_of
from facilitator.formats.record.files import ExportError, clean, write_files
from facilitator.formats.record.html_writer import CHART_RESOURCE, render
from facilitator.formats.record.layout import Block, Chart, RecordLayout, record_layout

#: Page margins, in millimetres.
MARGIN_MM = 20.0
#: The writer's resolution (dots per inch): the unit of the layout. Text and lines are vector
#: graphics whatever it is. Qt lays a document out on at most 8,388,607 units (its QFIXED_MAX)
#: and silently drops what lies beyond, so the unit is coarse: at 96 dpi that is 8,600 A4 pages
#: (at Qt's default of 1,200 dpi, 690), and as fast to lay out as any.
RESOLUTION = 96
#: The furthest Qt can lay out, in device units (see :data:`RESOLUTION`).
LAYOUT_LIMIT = 8_388_607
#: The chart picture's width in pixels (about 300 dpi at its printed width).
CHART_PIXELS = 1800
CREATOR = "Facilitator"
#: How much short of a page's bottom its slice of the document stops, in points.
_EDGE_PT = 0.5

# Qt's rich text reads a subset of CSS 2: lengths of margins in px (1/96 inch, scaled to the
# page), no border-collapse. Body text is 10 pt as in UN documents; tables have a shaded header
# ruled above and below, banded rows and a closing rule (see html_writer._paged_table), and no
# margin below (Qt would repeat the header row of a table ending at a page's foot at the top of
# the next page, over the text there): what follows a table has a margin of its own.
_STYLE = """
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
       font-size: 10pt; color: #000000; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 0; margin-bottom: 14px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
h4 { font-size: 10pt; font-style: italic; font-weight: normal; margin-top: 8px;
     margin-bottom: 3px; }
p { margin-top: 3px; margin-bottom: 3px; }
ul { margin-top: 3px; margin-bottom: 6px; }
li { margin-bottom: 3px; }
p.more { margin-top: 3px; margin-bottom: 0; }
table { margin-top: 10px; margin-bottom: 0; }
p.chart { margin-top: 10px; }
th { background-color: #e6edf5; font-weight: bold; text-align: left; }
th, td { font-size: 9pt; vertical-align: top; }
th.head, .start { border-top: 1px solid #404040; }
th.head, .end { border-bottom: 1px solid #404040; }
.summary { white-space: pre-wrap; }
"""


def paged_html(record: Record) -> str:
    """The HTML that the PDF's ``QTextDocument`` is made of."""
    return _paged_html(record_layout(record).blocks)


def _paged_html(blocks: tuple[Block, ...]) -> str:
    """Blocks as the HTML of a ``QTextDocument``; characters a PDF's text cannot carry become
    U+FFFD (tab, line feed and carriage return are fine)."""
    return clean("<html><body>\n" + "\n".join(render(blocks, paged=True)) + "\n</body></html>")


def _document(layout: RecordLayout, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    doc.setUseDesignMetrics(True)  # print metrics, not the screen's hinted ones
    doc.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(_STYLE)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    for chart in (b for b in layout.blocks if isinstance(b, Chart)):
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(CHART_RESOURCE),
            image_of(chart.times, CHART_PIXELS),
        )
    text = _text_rect(writer)
    doc.setPageSize(QSizeF(text.width(), text.height()))  # before the content: one layout, not two
    doc.setHtml(_paged_html(layout.blocks))
    return doc


def _text_rect(writer: QPdfWriter) -> QRectF:
    """The page's text area in the writer's pixels: the page less :data:`MARGIN_MM` all round,
    its size rounded down to Qt's fixed-point unit (1/64 pixel). Qt paginates in that unit: with
    any other page height, page N's slice would drift from where Qt broke page N by N × the
    rounding, and lines at page breaks would show on two pages."""
    dpi = writer.resolution()
    page = writer.pageLayout().fullRectPixels(dpi)
    margin = MARGIN_MM * dpi / 25.4
    width = math.floor((page.width() - 2 * margin) * 64) / 64
    height = math.floor((page.height() - 2 * margin) * 64) / 64
    return QRectF(page.left() + margin, page.top() + margin, width, height)


def _writer(title: str, device: QIODevice) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # the whole page is ours: the margins hold header and footer
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(clean(title))
    writer.setCreator(CREATOR)
    return writer


def pdf_bytes(record: Record) -> bytes:
    """The record as the bytes of an A4 PDF (the sections ``record`` shows)."""
    return pdf_of(record_layout(record), record.meeting.title)


def pdf_of(layout: RecordLayout, title: str) -> bytes:
    """A laid-out record as the bytes of an A4 PDF; ``title`` is the file's."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(title, buffer)
    doc = _document(layout, writer)
    dpi = writer.resolution()
    text = _text_rect(writer)
    width, height = float(text.width()), float(text.height())
    pages = max(doc.pageCount(), 1)
    if doc.size().height() >= LAYOUT_LIMIT - height:
        raise ExportError(
            f"the record is too long for one PDF (over {int(LAYOUT_LIMIT // height)} pages): "
            "leave some sections out, or export it as a Word document or a web page"
        )
    mm = dpi / 25.4
    edge = _EDGE_PT * dpi / 72

    small = QFont(doc.defaultFont())
    small.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "sans-serif"])
    small.setPointSizeF(8.5)
    grey = QColor("#595959")
    running = clean(layout.running_head)

    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("Qt could not start the PDF")
    try:
        painter.setFont(small)
        metrics = painter.fontMetrics()
        running = metrics.elidedText(running, Qt.TextElideMode.ElideRight, int(width))
        for page in range(pages):
            if page:
                writer.newPage()
            left, top = float(text.left()), float(text.top())
            # The page's slice of the document, stopping just short of the page's end: a line that
            # starts where the next page does is the next page's alone. (Like Qt's own
            # QTextDocument.print, Qt still writes the line just above the slice, clipped out of
            # sight in the top margin.)
            painter.save()
            painter.translate(left, top - page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height - edge))
            painter.restore()
            # Running header (from page 2), kept clear of the line Qt writes out of sight just
            # above the text area, so that text extraction never runs the two together.
            painter.setPen(grey)
            if page:
                header = QRectF(left, top - 15 * mm, width, 6 * mm)
                painter.drawText(
                    header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), running
                )
                painter.setPen(QPen(grey, 0.5 * dpi / 72))  # a 0.5 pt rule
                rule = header.bottom() + 1.5 * mm
                painter.drawLine(QPointF(left, rule), QPointF(left + width, rule))
            footer = QRectF(left, top + height + 6 * mm, width, 8 * mm)
            painter.setPen(grey)
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                layout.page_label(page + 1, pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(record: Record, path: Path | str) -> Path:
    """Write the record as a PDF to ``path`` (atomically; :class:`ExportError` if it cannot)."""
    target = Path(path)
    return write_files([(target, pdf_bytes(record))])[0]
