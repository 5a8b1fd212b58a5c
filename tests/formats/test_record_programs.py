"""The record opened in the programs a Secretariat uses (issue 19), run headless: LibreOffice
converts the Word record and the draft Co-Chairs' summary to PDF, Chromium prints the HTML record
to PDF; poppler reads each back (its text, its page count and size). ``.ci/run`` installs them;
without them these tests skip on a developer's machine and fail under CI."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.formats.record.docx_writer import docx_bytes, summary_docx_bytes
from facilitator.formats.record.html_writer import html_text
from tests.formats.secretariat_meeting import (
    ARABIC,
    LIGATURES,
    Ran,
    record,
    run_secretariat_meeting,
)
from tests.programs import chromium_print, page_count, pdf_info, pdftotext, soffice_to_pdf


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    result = run_secretariat_meeting(tmp_path_factory.mktemp("programs"))
    yield result
    result.db.close()


def _a4(path: Path) -> None:
    width, _, height = pdf_info(path)["Page size"].split()[:3]
    assert abs(float(width) - 595.3) < 1 and abs(float(height) - 841.9) < 1


def test_libreoffice_converts_the_word_record(ran: Ran, tmp_path: Path) -> None:
    source = tmp_path / "record.docx"
    source.write_bytes(docx_bytes(record(ran)))
    pdf = soffice_to_pdf(source, tmp_path)
    _a4(pdf)
    assert 3 <= page_count(pdf) <= 12
    text = pdftotext(pdf)
    for heading in ("Meeting data", "Attendance", "Annex", "List of speakers"):
        assert heading in text
    assert LIGATURES in text.replace("\n", " ")
    # the Arabic summary's words in reading order (LibreOffice maps its lam-alef ligature back as
    # alef-lam, so the last word, "الإجراءات", is left out)
    assert " ".join(ARABIC.split()[:-1]) in text
    # the list of speakers' numbers, each whole on its line: 10 to 13 never broken in two
    layout = pdftotext(pdf, "-layout")
    for number in range(1, 14):
        assert re.search(rf"^\s*{number}\s+\S", layout, re.MULTILINE), number
    assert f"Page 1 of {page_count(pdf)}" in text


def test_libreoffice_converts_the_draft_summary(ran: Ran, tmp_path: Path) -> None:
    source = tmp_path / "summary.docx"
    source.write_bytes(summary_docx_bytes(record(ran)))
    pdf = soffice_to_pdf(source, tmp_path)
    _a4(pdf)
    assert 2 <= page_count(pdf) <= 10
    text = pdftotext(pdf)
    assert "Co-Chairs' summary (draft)" in text.replace("’", "'")
    assert "Introduction" in text and "Annex: list of speakers" in text
    assert "Registries share data with the platforms." in text


def test_chromium_prints_the_html_record_on_a4(ran: Ran, tmp_path: Path) -> None:
    page = tmp_path / "record.html"
    page.write_text(html_text(record(ran)), encoding="utf-8")
    pdf = chromium_print(page, tmp_path / "record-chromium.pdf")
    _a4(pdf)
    assert 3 <= page_count(pdf) <= 14
    text = pdftotext(pdf)
    assert "Meeting data" in text and "Speaking time by stakeholder category" in text
    assert LIGATURES in text.replace("\n", " ")
