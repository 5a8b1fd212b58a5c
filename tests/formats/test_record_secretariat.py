"""Issue 19: the record as the Secretariat opens it, each defect read back the way its program
reads the file: the CSV through a reader that types numbers as a spreadsheet does, the Word file's
XML, the HTML's print style, the PDF's text with poppler's pdftotext (no normalisation)."""

from __future__ import annotations

import csv
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
from tests.formats.secretariat_meeting import (
    ARABIC,
    ARABIC_NAME,
    PANELLIST,
    Ran,
    record,
    run_secretariat_meeting,
)


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
