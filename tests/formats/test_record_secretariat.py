"""Issue 19: the record as the Secretariat opens it, each defect read back the way its program
reads the file: the CSV through a reader that types numbers as a spreadsheet does, the Word file's
XML, the HTML's print style, the PDF's text with poppler's pdftotext (no normalisation)."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from facilitator.formats.record.csv_writer import csv_parts, neutralise
from facilitator.formats.record.docx_writer import docx_bytes
from facilitator.formats.record.html_writer import html_text
from facilitator.formats.record.layout import Block, Heading, Paragraph, RecordLayout, Run, Table
from facilitator.formats.record.pdf_writer import pdf_bytes, pdf_of
from facilitator.formats.record.tables import TableData
from tests.formats.secretariat_meeting import (
    ARABIC,
    ARABIC_NAME,
    FRENCH,
    LIGATURES,
    PANELLIST,
    Ran,
    record,
    run_secretariat_meeting,
)
from tests.programs import page_count, pdf_info, pdftotext, program, run


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    result = run_secretariat_meeting(tmp_path_factory.mktemp("secretariat"))
    yield result
    result.db.close()


# ----------------------------------------------------------------------------- CSV
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def typed_rows(data: bytes) -> list[dict[str, object]]:
    """A CSV file as a spreadsheet reads it: UTF-8 with its BOM, each cell that is a number typed
    as one (``-3`` is the number -3; ``'-3`` is text)."""
    text = data.decode("utf-8-sig")
    rows = csv.DictReader(io.StringIO(text, newline=""))
    return [{k: (float(v) if _NUMBER.fullmatch(v) else v) for k, v in row.items()} for row in rows]


def test_negative_delays_are_numbers_in_the_csv(ran: Ran) -> None:
    timetable = typed_rows(csv_parts(record(ran))["timetable"])
    delays = [row["delay_minutes"] for row in timetable if row["delay_minutes"] != ""]
    assert delays[:3] == [-5.0, -10.0, -22.0]
    assert all(isinstance(d, float) for d in delays)  # a column to sum and sort


@pytest.mark.parametrize("number", ["-3", "-3.5", "+2", "0"])
def test_a_number_is_not_neutralised(number: str) -> None:
    assert neutralise(number) == number
    assert neutralise(int(number.replace(".5", ""))) == str(int(number.replace(".5", "")))


@pytest.mark.parametrize("formula", ["-2+3", "-A1", "+A1*2", "-cmd|' /C calc'!A0", "-3 ", "--3"])
def test_text_a_spreadsheet_would_run_is_still_neutralised(formula: str) -> None:
    assert neutralise(formula) == "'" + formula


def test_interventions_csv_says_which_questions_an_answer_answers(ran: Ran) -> None:
    rows = typed_rows(csv_parts(record(ran))["interventions"])
    by_id = {row["id"]: row for row in rows}
    assert by_id[ran.ids["a1"]]["answers_questions"] == f"{ran.ids['q1']}; {ran.ids['q2']}"
    assert by_id[ran.ids["q3"]]["answers_questions"] == ""
    assert all("answers_questions" in row for row in rows)


# ----------------------------------------------------------------------------- unattributed
def test_a_registered_panellist_s_answer_is_panellist_n_when_unattributed(ran: Ran) -> None:
    anonymous = record(ran, attributed=False)
    panel = anonymous.items[2].panels[0]
    answers = {a.speaker for qa in panel.questions for a in qa.answers}
    assert answers == {"Panellist 1"}
    assert panel.panellists[0] == "Panellist 1"
    assert PANELLIST.name not in repr(anonymous)
    heard = record(ran)
    assert {a.speaker for qa in heard.items[2].panels[0].questions for a in qa.answers} == {
        PANELLIST.name
    }


# ----------------------------------------------------------------------------- HTML
def test_html_prints_on_a4(ran: Ran) -> None:
    text = html_text(record(ran))
    style = text[text.index("<style>") : text.index("</style>")]
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", style)


# ----------------------------------------------------------------------------- Word
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _docx(ran: Ran, tmp_path: Path) -> Path:
    path = tmp_path / "record.docx"
    path.write_bytes(docx_bytes(record(ran)))
    return path


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _tables(body: etree._Element, first_header: str) -> list[etree._Element]:
    return [t for t in body.iter(f"{W}tbl") if _text(next(t.iter(f"{W}tc"))) == first_header]


def test_word_speaker_numbers_fit_their_column(ran: Ran, tmp_path: Path) -> None:
    """ "13" in 10 pt Times (two digits of 5 pt: 200 twips) and the cell's margins fit the "#"
    column, whose width the table keeps (a fixed layout: LibreOffice does not shrink it)."""
    (table,) = _tables(_body(_docx(ran, tmp_path)), "#")
    assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    margins = table.find(f"{W}tblPr/{W}tblCellMar")
    sides = sum(int(margins.find(f"{W}{side}").get(f"{W}w")) for side in ("left", "right"))
    width = int(table.find(f"{W}tblGrid/{W}gridCol").get(f"{W}w"))
    assert width >= 2 * 100 + sides + 40
    rows = table.findall(f"{W}tr")
    assert _text(rows[13].find(f"{W}tc")) == "13"


def test_word_table_rows_do_not_split_across_pages(ran: Ran, tmp_path: Path) -> None:
    rows = list(_body(_docx(ran, tmp_path)).iter(f"{W}tr"))
    assert rows and all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)


def test_word_headings_are_kept_with_the_next_paragraph(ran: Ran, tmp_path: Path) -> None:
    paragraphs = list(_body(_docx(ran, tmp_path)).iter(f"{W}p"))
    headings = [
        p
        for p in paragraphs
        if (s := p.find(f"{W}pPr/{W}pStyle")) is not None
        and s.get(f"{W}val", "").startswith(("Heading", "Title"))
    ]
    assert len(headings) > 10
    assert all(h.find(f"{W}pPr/{W}keepNext") is not None for h in headings)


def test_word_chart_is_kept_with_its_heading_and_has_alternative_text(
    ran: Ran, tmp_path: Path
) -> None:
    body = _body(_docx(ran, tmp_path))
    table = _tables(body, "Stakeholder category")[-1]  # speaking time, the annex's last
    cell_paragraphs = list(table.iter(f"{W}p"))
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in cell_paragraphs)
    after = table.getnext()
    while after.find(f".//{WP}docPr") is None:  # up to the chart's paragraph
        assert after.find(f"{W}pPr/{W}keepNext") is not None
        after = after.getnext()
    (props,) = after.iter(f"{WP}docPr")
    alt = props.get("descr")
    assert alt.startswith("Speaking time by stakeholder category. ")
    assert "NGO: " in alt and "turns" in alt


def test_word_bold_is_bold_in_arabic_too(ran: Ran, tmp_path: Path) -> None:
    body = _body(_docx(ran, tmp_path))
    props = [r for r in body.iter(f"{W}rPr") if r.find(f"{W}b") is not None]
    assert props and all(r.find(f"{W}bCs") is not None for r in props)
    entries = [
        p
        for p in body.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle[@{W}val='ListBullet']") is not None
    ]
    named = [r for p in entries for r in p.iter(f"{W}r") if ARABIC_NAME in _text(r)]
    assert len(named) == 1 and named[0].find(f"{W}rPr/{W}bCs") is not None


def test_word_arabic_summary_is_a_right_to_left_paragraph(ran: Ran, tmp_path: Path) -> None:
    body = _body(_docx(ran, tmp_path))
    (paragraph,) = [p for p in body.iter(f"{W}p") if ARABIC in _text(p)]
    assert paragraph.find(f"{W}pPr/{W}bidi") is not None
    assert all(r.find(f"{W}rPr/{W}rtl") is not None for r in paragraph.iter(f"{W}r"))
    entry = paragraph.getprevious()  # the entry's line: the speaker, left to right
    assert ARABIC_NAME in _text(entry) and entry.find(f"{W}pPr/{W}bidi") is None
    assert not [
        p
        for p in body.iter(f"{W}p")
        if "Amélie" in _text(p) and p.find(f"{W}pPr/{W}bidi") is not None
    ]


def test_word_cr_lf_is_one_line_break(ran: Ran, tmp_path: Path) -> None:
    body = _body(_docx(ran, tmp_path))
    (paragraph,) = [p for p in body.iter(f"{W}p") if "First line of the point." in _text(p)]
    (run,) = [r for r in paragraph.iter(f"{W}r") if "Second line" in _text(r)]
    kinds = [etree.QName(child).localname for child in run if etree.QName(child).localname != "rPr"]
    assert kinds == ["t", "br", "t"]


def test_word_file_has_no_template_thumbnail(ran: Ran, tmp_path: Path) -> None:
    with zipfile.ZipFile(_docx(ran, tmp_path)) as package:
        names = package.namelist()
        rels = package.read("_rels/.rels").decode()
    assert not [n for n in names if "thumbnail" in n]
    assert "thumbnail" not in rels


# ----------------------------------------------------------------------------- PDF
def _pdf(ran: Ran, tmp_path: Path) -> Path:
    path = tmp_path / "record.pdf"
    path.write_bytes(pdf_bytes(record(ran)))
    return path


_LIGATURES = re.compile("[\ufb00-\ufb06]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def test_pdf_text_is_searchable_without_ligatures(ran: Ran, tmp_path: Path) -> None:
    text = pdftotext(_pdf(ran, tmp_path))
    assert not _LIGATURES.search(text)
    assert LIGATURES in text.replace("\n", " ")
    assert text.count("Trafficking") >= 5


def test_pdf_arabic_is_logical_letters_not_presentation_forms(ran: Ran, tmp_path: Path) -> None:
    text = pdftotext(_pdf(ran, tmp_path))
    assert not _PRESENTATION_FORMS.search(text)
    assert ARABIC.removesuffix(".") in text  # its letters in reading order
    assert FRENCH.split(" ;")[0] in text


def test_pdf_arabic_summary_is_a_right_to_left_paragraph(ran: Ran, tmp_path: Path) -> None:
    """Its full stop at the left end of its line, the line against the right margin."""
    words = _words(_pdf(ran, tmp_path), page=1)
    lines: dict[float, list[tuple[float, float, str]]] = {}
    for x0, y0, x1, text in words:
        lines.setdefault(round(y0), []).append((x0, x1, text))
    last_word = ARABIC.split()[-1].removesuffix(".")  # a -bbox word's letters are in visual order
    (line,) = [ws for ws in lines.values() if any(last_word[::-1] in w[2] for w in ws)]
    line.sort()
    assert line[0][2].startswith(".")  # the leftmost word carries the full stop
    assert line[-1][1] > 595 - 57 - 5  # against the right margin (A4 less 20 mm)


def _words(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """Each word of a page as pdftotext -bbox gives it: (xMin, yMin, xMax, text)."""
    out = pdftotext(path, "-bbox", "-f", str(page), "-l", str(page))
    return [
        (float(m[1]), float(m[2]), float(m[3]), html.unescape(m[4]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', out
        )
    ]


def test_pdf_is_tagged_with_headings_tables_and_the_chart_s_alt_text(
    ran: Ran, tmp_path: Path
) -> None:
    path = _pdf(ran, tmp_path)
    info = pdf_info(path)
    assert info["Tagged"] == "yes"
    assert info["Author"] == "Facilitator"
    assert info["Title"].startswith("Constructive Dialogue")
    assert info["Page size"].startswith("595.276 x 841.89")  # A4
    structure = run(program("pdfinfo"), "-struct", path)
    roles = re.findall(r"^\s*([A-Za-z0-9]+)\b", structure, re.MULTILINE)
    for role in ("Document", "H1", "H2", "H3", "L", "LI", "Table", "TR", "TH", "TD", "Figure"):
        assert role in roles, role
    assert 'H2 "Meeting data"' in structure
    plain = tmp_path / "plain.pdf"
    run(program("qpdf"), "--qdf", "--object-streams=disable", path, plain)
    raw = plain.read_bytes()
    (alt,) = re.findall(rb"/Alt \(([^)]*)\)", raw)
    assert alt.startswith(b"Speaking time by stakeholder category. NGO: ")
    assert b"/Lang (en)" in raw
    assert b"<pdfaid:part>2</pdfaid:part>" in raw and b"<pdfuaid:part>1</pdfuaid:part>" in raw


def _layout(blocks: list[Block]) -> RecordLayout:
    return RecordLayout(tuple(blocks), "Test — attributed record", "Page {page} of {pages}")


def test_pdf_never_ends_a_page_with_a_heading(tmp_path: Path) -> None:
    """Headings between paragraphs of every length: whichever fall at a page's foot, none is the
    last line of its page."""
    blocks: list[Block] = [Heading(0, "Headings")]
    for n in range(80):
        blocks.append(Heading(2 + n % 2, f"Heading{n} of the test"))
        words = " ".join(f"w{n}x{k}" for k in range(n * 37 % 110 + 3))
        blocks.append(Paragraph((Run(words),)))
    path = tmp_path / "headings.pdf"
    path.write_bytes(pdf_of(_layout(blocks), "Headings"))
    pages = page_count(path)
    assert pages >= 4
    for page in range(1, pages + 1):
        body = [w for w in _words(path, page) if w[1] < 842 - 57]
        last = max(y for _, y, _, _ in body)
        line = " ".join(t for x, y, _, t in sorted(body, key=lambda w: w[0]) if abs(y - last) < 2)
        assert not re.match(r"Heading\d+ of the test", line), (page, line)


def test_pdf_table_rows_do_not_split_across_pages(tmp_path: Path) -> None:
    rows = tuple(
        (str(n), f"Start{n} " + "text " * (n * 53 % 160 + 1) + f"End{n}", "NGO") for n in range(90)
    )
    table = Table(TableData(("#", "Speaker", "Category"), rows))
    path = tmp_path / "rows.pdf"
    path.write_bytes(pdf_of(_layout([Heading(0, "Rows"), table]), "Rows"))
    pages = pdftotext(path).split("\f")
    assert len(pages) >= 4
    for n in range(90):
        start = [p for p, text in enumerate(pages) if re.search(rf"\bStart{n}\b", text)]
        end = [p for p, text in enumerate(pages) if re.search(rf"\bEnd{n}\b", text)]
        assert len(start) == 1 and start == end, (n, start, end)
    assert all("Speaker" in p for p in pages if p.strip())  # the header row on every page
