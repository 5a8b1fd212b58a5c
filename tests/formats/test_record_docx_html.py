"""The record as DOCX and HTML: Word heading styles and tables, captured text verbatim and never
interpreted, HTML escaped and self-contained, no names when unattributed, atomic writes, the CLI."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.table import Table

from facilitator.__main__ import main
from facilitator.core.participants.values import Category
from facilitator.core.record import Record, build_record
from facilitator.formats.record.docx_writer import TABLE_STYLE, clean, write_docx
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.html_writer import html_text, write_html
from tests.core.test_record import (
    BIG,
    HOSTILE_FORMULA,
    NAMES,
    RTL,
    SCRIPT,
    Ran,
    new_session,
    record_of,
    run_meeting,
)
from tests.pdf_reading import pdf_pages

EXPECTED_HEADINGS = [
    ("Heading 1", "Meeting data"),
    ("Heading 1", "Attendance"),
    ("Heading 1", "I. Opening of the meeting"),
    ("Heading 2", "Panel 1: Trafficking in persons for the removal of organs and related conduct"),
    ("Heading 3", "Questions and answers"),
    ("Heading 3", "Q1. How can non-governmental stakeholders"),
    ("Heading 3", "Other interventions"),
    ("Heading 1", "Interventions on removed segments"),
    ("Heading 2", "Briefing by the Co-Chairs"),
    ("Heading 1", "Annex"),
    ("Heading 2", "Timetable: planned and actual"),
    ("Heading 2", "List of speakers"),
    ("Heading 2", "Speaking time by stakeholder category"),
]


@pytest.fixture
def ran(tmp_path: Path) -> Iterator[Ran]:
    result = run_meeting(tmp_path)
    yield result
    result.db.close()


def _headings(document: DocumentObject) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and (p.style.name == "Title" or p.style.name.startswith("Heading"))
    ]


def _tables(document: DocumentObject, first_header: str) -> list[Table]:
    return [t for t in document.tables if t.rows[0].cells[0].text == first_header]


def _all_xml(path: Path) -> str:
    """Every XML part of the .docx package as text (document, properties, styles…)."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith((".xml", ".rels"))
        )


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []
        self.headings: list[tuple[str, str]] = []
        self._heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [f"{k}={v}" for k, v in attrs]
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = tag
            self.headings.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._heading:
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            tag, so_far = self.headings[-1]
            self.headings[-1] = (tag, so_far + data)


def _parse(text: str) -> _Collector:
    parser = _Collector()
    parser.feed(text)
    parser.close()
    return parser


# ----------------------------------------------------------------------------- DOCX
def test_docx_has_word_headings_and_tables(ran: Ran, tmp_path: Path) -> None:
    record = record_of(ran)
    path = write_docx(record, tmp_path / "record.docx")
    document = docx.Document(str(path))
    headings = _headings(document)
    assert headings[0] == ("Title", record.meeting.title)
    assert document.core_properties.title == record.meeting.title
    for style, text in EXPECTED_HEADINGS:
        assert any(s == style and t.startswith(text) for s, t in headings), (style, text)
    assert [t for s, t in headings if s == "Heading 1"].count("Annex") == 1

    assert all(t.style is not None and t.style.name == TABLE_STYLE for t in document.tables)
    meeting = document.tables[0]
    assert [r.cells[0].text for r in meeting.rows][:2] == ["Date", "Venue"]
    by_category, chart = _tables(document, "Stakeholder category")  # attendance, then the chart
    assert len(by_category.rows) == 1 + len(Category) + 1  # header, categories, total
    assert [c.text for c in by_category.rows[0].cells] == [
        "Stakeholder category",
        "Participants",
        "Heard",
    ]
    assert by_category.rows[-1].cells[0].text == "Total"
    (by_attendance,) = _tables(document, "Room or online")
    assert len(by_attendance.rows) == 3
    timetable = [t for t in document.tables if t.rows[0].cells[1].text == "Planned start"]
    assert len(timetable) == 1 and len(timetable[0].rows) == 1 + len(record.timetable)
    (speakers,) = _tables(document, "#")
    assert len(speakers.rows) == 1 + len(record.speakers)
    assert [c.text for c in speakers.rows[1].cells][:4] == [
        "1",
        "Amina Zoubeir (Hope Foundation)",
        "NGO",
        "Room",
    ]
    assert len(chart.rows) == 1 + len(Category)
    assert [c.text for c in chart.rows[0].cells] == [
        "Stakeholder category",
        "Speakers",
        "Turns",
        "Speaking time",
    ]


def test_docx_keeps_hostile_text_verbatim_and_inert(ran: Ran, tmp_path: Path) -> None:
    path = write_docx(record_of(ran), tmp_path / "record.docx")
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert f"How do platforms detect organ trafficking? {SCRIPT}" in body
    assert HOSTILE_FORMULA in body and RTL in body and BIG in body
    xml = _all_xml(path)
    assert "<script>" not in xml and "&lt;script&gt;" in xml
    with zipfile.ZipFile(path) as package:
        document_xml = package.read("word/document.xml").decode("utf-8")
        footers = [n for n in package.namelist() if n.startswith("word/footer")]
        footer_xml = "".join(package.read(n).decode("utf-8") for n in footers)
    for active in ("<w:fldSimple", "<w:instrText", "<w:hyperlink"):  # no field, no link
        assert active not in document_xml
    # The only fields are the page numbers in the footer ("Page N of M").
    assert re.findall(r'w:instr="([^"]*)"', footer_xml) == ["PAGE", "NUMPAGES"]
    assert xml.count("<w:fldSimple") == 2 and "<w:instrText" not in xml


def test_docx_survives_characters_xml_cannot_hold() -> None:
    assert clean("a\x00b\x0bc\td\ne") == "a\ufffdb\ufffdc\td\ne"
    assert clean(RTL) == RTL


# ----------------------------------------------------------------------------- HTML
def test_html_is_self_contained_and_escaped(ran: Ran, tmp_path: Path) -> None:
    record = record_of(ran)
    text = html_text(record)
    assert text.startswith('<!doctype html>\n<html lang="en">')
    parsed = _parse(text)
    assert "script" not in parsed.tags
    for tag in ("link", "img", "iframe", "object", "embed", "base"):
        assert tag not in parsed.tags, tag
    assert not any(a.startswith(("src=", "href=")) for a in parsed.attrs)
    assert parsed.tags.count("style") == 1 and parsed.tags.count("h1") == 1
    joined = "".join(parsed.text)
    assert f"How do platforms detect organ trafficking? {SCRIPT}" in joined  # round-trips
    assert HOSTILE_FORMULA in joined and RTL in joined and BIG in joined
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert ("h1", record.meeting.title) in parsed.headings
    markdown_like = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
    for style, heading in EXPECTED_HEADINGS:
        assert any(
            markdown_like[tag] == style and t.startswith(heading) for tag, t in parsed.headings
        ), heading
    # meeting data, sittings, attendance ×4 (category, room or online, gender, youth), one per
    # item, the annex's three and speaking time by gender and by youth
    assert parsed.tags.count("table") == 2 + 4 + len(record.items) + 3 + 2
    assert "<td>1</td><td>Amina Zoubeir (Hope Foundation)</td><td>NGO</td><td>Room</td>" in text
    path = write_html(record, tmp_path / "record.html")
    assert path.read_text(encoding="utf-8") == text


# ----------------------------------------------------------------------------- Chatham House
def test_unattributed_docx_and_html_name_nobody(ran: Ran, tmp_path: Path) -> None:
    record = record_of(ran, attributed=False)
    path = write_docx(record, tmp_path / "u.docx")
    document = docx.Document(str(path))
    visible = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    for output in (_all_xml(path), visible, html_text(record)):
        folded = output.casefold()
        for name in NAMES:
            assert name.casefold() not in folded, name
    assert "A representative of an NGO" in visible
    assert "A representative of an NGO" in html_text(record)


# ----------------------------------------------------------------------------- degenerate, failures
def test_a_meeting_with_no_interventions_exports_fine(tmp_path: Path) -> None:
    db, _meeting_id, s, clock = new_session(tmp_path)
    try:
        record = build_record(s.state, clock.now())
        document = docx.Document(str(write_docx(record, tmp_path / "e.docx")))
        assert "Nobody took the floor" in "\n".join(p.text for p in document.paragraphs)
        assert "Nobody took the floor" in html_text(record)
    finally:
        db.close()


@pytest.mark.parametrize("writer", [write_docx, write_html])
def test_an_unwritable_path_raises_and_leaves_nothing(
    ran: Ran, tmp_path: Path, writer: Callable[[Record, Path], Path]
) -> None:
    record = record_of(ran)
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportError, match="blocker"):
        writer(record, blocker / "r.out")  # a file where a folder should be
    with pytest.raises(ExportError, match="folder"):
        writer(record, tmp_path)  # a folder, not a file
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary left


# ----------------------------------------------------------------------------- CLI
def test_cli_exports_docx_html_and_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_meeting(tmp_path)
    ran.db.close()
    url = f"sqlite:///{tmp_path / 'record.db'}"
    for fmt in ("docx", "html"):
        out = tmp_path / f"r.{fmt}"
        argv = ["--database", url, "export", str(ran.meeting_id), "--format", fmt]
        assert main([*argv, "--output", str(out), "--unattributed"]) == 0
        assert capsys.readouterr().out.strip() == str(out)
    assert "Amina" not in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Amina" not in _all_xml(tmp_path / "r.docx")
    pdf = tmp_path / "r.pdf"
    argv = ["--database", url, "export", str(ran.meeting_id), "--format", "pdf"]
    assert main([*argv, "--output", str(pdf), "--unattributed"]) == 0
    assert capsys.readouterr().out.strip() == str(pdf)
    text = "".join(pdf_pages(pdf))
    assert pdf.read_bytes().startswith(b"%PDF-") and "A representative of an NGO" in text
    assert "Amina" not in text
