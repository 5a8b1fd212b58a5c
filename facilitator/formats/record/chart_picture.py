"""The chart of the record's annex as a picture: the SVG of :mod:`facilitator.formats.record.chart`
drawn by QtSvg, for the Word document (a PNG) and the PDF (an image in its text document).

Qt is imported here and not in :mod:`~facilitator.formats.record.chart`, so that the HTML and
Markdown records, which show the chart as SVG and as text, never load it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from facilitator.core.record import CategoryTime, Record
from facilitator.formats.qt_offscreen import ensure_gui_application
from facilitator.formats.record.chart import svg_of


def chart_image(record: Record, width_px: int) -> QImage:
    """The SVG drawn by QtSvg into an opaque white image ``width_px`` wide (its height keeps the
    SVG's proportions). Creates the GUI application it needs (see
    :func:`~facilitator.formats.qt_offscreen.ensure_gui_application`)."""
    return image_of(record.speaking_time, width_px)


def image_of(times: Sequence[CategoryTime], width_px: int) -> QImage:
    """:func:`chart_image` of these figures."""
    ensure_gui_application()
    svg = svg_of(times, "")  # a picture's name is its document's to give (the drawing omits it)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    view = renderer.viewBoxF()
    width = max(int(width_px), 1)
    height = max(math.ceil(width * view.height() / view.width()), 1)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def chart_png(record: Record, width_px: int) -> bytes:
    """The chart as the bytes of a PNG ``width_px`` wide."""
    return png_of(record.speaking_time, width_px)


def png_of(times: Sequence[CategoryTime], width_px: int) -> bytes:
    """:func:`chart_png` of these figures."""
    image = image_of(times, width_px)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; str works
        raise RuntimeError("Qt could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())
