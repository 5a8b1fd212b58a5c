"""Reading a PDF back the way a viewer does, with PDFium (``pypdfium2``, a wheel from PyPI).

PDFium is the engine Chromium's viewer uses, so what it extracts is what a reader who searches or
copies the record gets; and it installs with pip, so the test command needs nothing else on the
machine (poppler's command-line tools were needed before). Regions are given as poppler gave them:
``(x, y, width, height)`` in points from the page's top-left corner.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Region = tuple[float, float, float, float]

# The record's page regions in points (A4 is 595 × 842; the margins are 20 mm, 56.7 pt).
A4 = (0.0, 0.0, 595.28, 841.89)
BODY: Region = (0, 57, 595, 728)
HEADER: Region = (0, 0, 595, 36)  # the running header, clear of the text area
FOOTER: Region = (0, 786, 595, 56)
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\\s")


def squeeze(text: str) -> str:
    """Text as compared: ligatures unfolded, no whitespace, no bidi controls."""
    return _BIDI.sub("", unicodedata.normalize("NFKC", text))


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def shows(text: str, body: str) -> bool:
    """Whether ``text`` is in ``body`` (squeezed): whole, or for right-to-left text (whose words
    a PDF stores in visual order) word by word."""
    if not _has_rtl(text):
        return squeeze(text) in body
    return all(squeeze(word) in body for word in text.split())


@dataclass(frozen=True)
class PdfInfo:
    """What ``pdfinfo`` printed that the tests read: the metadata, the page count, each page's
    media box in points ``(left, bottom, right, top)``."""

    metadata: dict[str, str]
    media_boxes: tuple[tuple[float, float, float, float], ...]

    @property
    def pages(self) -> int:
        return len(self.media_boxes)


@contextmanager
def _opened(path: Path) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(str(path))
    try:
        yield document
    finally:
        document.close()


def pdf_info(path: Path) -> PdfInfo:
    with _opened(path) as document:
        boxes = []
        for index in range(len(document)):
            page = document[index]
            boxes.append(tuple(round(v, 2) for v in page.get_mediabox()))
            page.close()
        return PdfInfo(document.get_metadata_dict(skip_empty=True), tuple(boxes))  # type: ignore[arg-type]


def pdf_pages(path: Path, region: Region | None = None) -> list[str]:
    """The text of every page (of ``region`` of it), one string per page, in PDFium's reading
    order; text clipped out of sight is included, as a text extractor finds it."""
    texts: list[str] = []
    with _opened(path) as document:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            if region is None:
                texts.append(textpage.get_text_range())
            else:
                x, y, width, height = region
                _, page_height = page.get_size()
                texts.append(
                    textpage.get_text_bounded(
                        left=x,
                        bottom=page_height - y - height,
                        right=x + width,
                        top=page_height - y,
                    )
                )
            textpage.close()
            page.close()
    # PDFium reports a hyphen that ends a line as U+0002; the PDF itself holds a plain hyphen.
    return [text.replace("\x02", "-") for text in texts]


def pdf_images(path: Path) -> list[tuple[int, int, int]]:
    """Every image drawn: ``(page number from 1, width in pixels, height in pixels)``."""
    found = []
    with _opened(path) as document:
        for index in range(len(document)):
            page = document[index]
            for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
                width, height = image.get_px_size()  # type: ignore[attr-defined]
                found.append((index + 1, int(width), int(height)))
            page.close()
    return found
