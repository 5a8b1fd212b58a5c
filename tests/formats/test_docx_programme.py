"""Programmes from Word documents: text in document order, Word numbering and bullets put back,
tables as timetable rows, and every bad file turned into a message that names it."""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.programme import ProgrammeError, programme_to_dict
from facilitator.formats.programme import docx_reader as docx_programme
from facilitator.formats.programme.docx_reader import docx_to_text, format_number, read_docx
from tests.conftest import SEED_SOM, SEED_TIP
from tests.formats.docx_builders import (
    add_numbering,
    add_table,
    restart_numbering,
    seed_to_docx,
    set_numbering,
)

SEEDS = pytest.mark.parametrize("seed", [SEED_TIP, SEED_SOM], ids=["tip", "som"])
# How much of the programme's structure Word, not the typed text, carries.
BUILDS = pytest.mark.parametrize(
    "build",
    [
        {"auto_numbering": False},
        {"auto_numbering": True},
        {"auto_numbering": True, "wingdings_standing_items": True},
    ],
    ids=["typed", "auto-numbered", "auto-numbered+wingdings-marks"],
)
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")


def seed_lines(seed: Path) -> list[str]:
    """The seed's non-blank lines as Word shows them: no "**" markers, links as their text."""
    lines = (
        _LINK.sub(r"\1", line.replace("**", "")).rstrip() for line in seed.read_text().split("\n")
    )
    return [line for line in lines if line.strip()]


def text_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def paragraphs_to_docx(path: Path, *texts: str) -> Path:
    document = Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))
    return path


# ----------------------------------------------------------------------------- the seeds
@SEEDS
@BUILDS
def test_seed_as_word_reads_back_line_for_line(
    seed: Path, build: dict[str, bool], tmp_path: Path
) -> None:
    docx_path = seed_to_docx(seed, tmp_path / "programme.docx", **build)
    assert text_lines(docx_to_text(docx_path)) == seed_lines(seed)


@SEEDS
def test_auto_numbered_items_have_no_typed_number(seed: Path, tmp_path: Path) -> None:
    """The auto-numbered build must really leave "I." to Word, or the test above proves nothing."""
    typed = seed_to_docx(seed, tmp_path / "typed.docx", auto_numbering=False)
    auto = seed_to_docx(seed, tmp_path / "auto.docx", auto_numbering=True)
    numbered = re.compile(r"^[IVX]+\. ")
    assert sum(bool(numbered.match(p.text)) for p in Document(str(typed)).paragraphs) == 5
    assert not any(numbered.match(p.text) for p in Document(str(auto)).paragraphs)
    items = [line for line in text_lines(docx_to_text(auto)) if numbered.match(line)]
    assert [line.split(".")[0] for line in items] == ["I", "II", "III", "IV", "V"]


@SEEDS
def test_wingdings_marks_are_not_typed_text(seed: Path, tmp_path: Path) -> None:
    """The ❖ of the standing items comes from the list's Wingdings bullet, not from the text."""
    path = seed_to_docx(
        seed, tmp_path / "marks.docx", auto_numbering=True, wingdings_standing_items=True
    )
    assert not any("❖" in p.text for p in Document(str(path)).paragraphs)
    marked = [line for line in text_lines(docx_to_text(path)) if "❖" in line]
    assert len(marked) == 3
    assert all(line.lstrip().startswith("- ❖ ") for line in marked)


@SEEDS
@BUILDS
def test_seed_as_word_gives_the_same_programme_as_the_text(
    seed: Path, build: dict[str, bool], tmp_path: Path
) -> None:
    from facilitator.formats.programme.text_reader import parse_text

    docx_path = seed_to_docx(seed, tmp_path / "programme.docx", **build)
    expected = programme_to_dict(parse_text(seed.read_text(encoding="utf-8"), source=str(seed)))
    got = programme_to_dict(read_docx(docx_path))
    assert got == expected
    assert [item["number"] for item in got["items"]] == ["I", "II", "III", "IV", "V"]


def test_word_file_is_recognised_by_content_whatever_its_name(tmp_path: Path) -> None:
    from facilitator.formats.programme.files import read_programme

    docx_path = seed_to_docx(SEED_TIP, tmp_path / "programme.docx", auto_numbering=True)
    renamed = docx_path.rename(tmp_path / "programme.txt")
    assert programme_to_dict(read_programme(renamed)) == programme_to_dict(read_docx(renamed))
    assert read_programme(renamed).date is not None


# ----------------------------------------------------------------------------- tables
def test_timetable_table_rows_become_timed_lines(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Expert Group Meeting on Cybercrime and Organized Crime")
    document.add_paragraph("Monday, 3 March 2025")
    add_table(
        document,
        [
            ["10:00 - 10:15", "Opening of the meeting"],
            ["10:15 - 11:00", "Briefing by the Secretariat on recent developments"],
            ["11:00 - 12:30", "Panel 1: Electronic evidence"],
            ["12:30 - 13:00", "Q&A"],
        ],
    )
    path = tmp_path / "timetable.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "Expert Group Meeting on Cybercrime and Organized Crime",
        "Monday, 3 March 2025",
        "10:00 - 10:15 Opening of the meeting",
        "10:15 - 11:00 Briefing by the Secretariat on recent developments",
        "11:00 - 12:30 Panel 1: Electronic evidence",
        "12:30 - 13:00 Q&A",
    ]
    programme = read_docx(path)
    assert [item.title for item in programme.items][:2] == [
        "Opening of the meeting",
        "Briefing by the Secretariat on recent developments",
    ]
    assert programme.items[0].segments[0].scheduled_start.isoformat() == "10:00:00"  # type: ignore[union-attr]


def test_paragraphs_and_tables_keep_document_order(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Before the table")
    add_table(document, [["10:00", "First row"], ["11:00", "Second row"]])
    document.add_paragraph("After the table")
    add_table(document, [["15:00", "Afternoon row"]])
    path = tmp_path / "order.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "Before the table",
        "10:00 First row",
        "11:00 Second row",
        "After the table",
        "15:00 Afternoon row",
    ]


def test_table_cells_empty_skipped_and_several_paragraphs_joined(tmp_path: Path) -> None:
    document = Document()
    add_table(
        document,
        [
            ["10:00 - 10:15", "", "Opening of the meeting"],
            ["Monday\n3 March", "Closing", "by the Co-Chairs"],
            ["", "", ""],
        ],
    )
    path = tmp_path / "cells.docx"
    document.save(str(path))
    # A timetable (its first column gives times): each row's first cell after the time is the
    # entry, the other cells its content (a line of its own); the empty row is skipped.
    assert text_lines(docx_to_text(path)) == [
        "10:00 - 10:15 Opening of the meeting",
        "Monday 3 March Closing",
        "by the Co-Chairs",
    ]


def test_paragraphs_under_a_timetable_entry_follow_as_lines(tmp_path: Path) -> None:
    """In a time | content table, the bullets under an entry are lines of their own, so that they
    are read as the entry's content, not glued to its title."""
    document = Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "11:00 - 12:30"
    content = table.cell(0, 1)
    content.paragraphs[0].text = "Panel 1: Electronic evidence"
    content.add_paragraph("Moderator: Ms. Jane Doe", style="List Bullet")
    content.add_paragraph("Followed by a Q&A session", style="List Bullet")
    box = document.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "Suggested guiding questions:"
    box.add_paragraph("How can stakeholders help?", style="List Bullet")
    path = tmp_path / "entry.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "11:00 - 12:30 Panel 1: Electronic evidence",
        " - Moderator: Ms. Jane Doe",
        " - Followed by a Q&A session",
        "Suggested guiding questions:",
        "- How can stakeholders help?",
    ]


# ----------------------------------------------------------------------------- paragraphs
def test_bullets_nested_bullets_breaks_and_blank_paragraphs(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Top", style="List Bullet")
    document.add_paragraph("Nested", style="List Bullet 2")
    document.add_paragraph("Deeper", style="List Bullet 3")
    document.add_paragraph("")
    broken = document.add_paragraph("First line")
    broken.add_run().add_break()
    broken.add_run("second\tline")
    path = tmp_path / "bullets.docx"
    document.save(str(path))
    assert docx_to_text(path).splitlines() == [
        "- Top",
        " - Nested",
        "  - Deeper",
        "First line",
        "second line",
    ]


def test_multilevel_numbering_counts_like_word(tmp_path: Path) -> None:
    document = Document()
    num_id = add_numbering(document, [("upperRoman", "%1."), ("lowerLetter", "(%2)")])
    for text, level in [("Opening", 0), ("Part", 1), ("Part", 1), ("Briefing", 0), ("Part", 1)]:
        set_numbering(document.add_paragraph(text), num_id, level=level)
    document.add_paragraph("Not numbered")
    set_numbering(document.add_paragraph("Closing"), num_id, level=0)
    restarted = restart_numbering(document, num_id, level=0, start=1)
    set_numbering(document.add_paragraph("Again"), restarted, level=0)
    path = tmp_path / "numbers.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "I. Opening",
        "(a) Part",
        "(b) Part",
        "II. Briefing",
        "(a) Part",
        "Not numbered",
        "III. Closing",
        "I. Again",
    ]


def test_lists_on_one_definition_share_the_count_and_bullet_levels_indent(tmp_path: Path) -> None:
    document = Document()
    num_id = add_numbering(document, [("decimal", "%1."), ("bullet", "\uf0b7")])
    continued = add_numbering(document, [("decimal", "%1.")])
    del continued  # a different definition: counts on its own
    same_definition = document.part.numbering_part.element.add_num(
        int(document.part.numbering_part.element.num_having_numId(num_id).abstractNumId.val)
    ).numId
    set_numbering(document.add_paragraph("One"), num_id, level=0)
    set_numbering(document.add_paragraph("A point"), num_id, level=1)
    set_numbering(document.add_paragraph("Two"), int(same_definition), level=0)
    path = tmp_path / "shared.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == ["1. One", " - A point", "2. Two"]


def test_headings_numbered_through_their_style(tmp_path: Path) -> None:
    """Word's "numbered headings": the numbering sits on the Heading 2 style, and the list level
    names the style, so the paragraphs carry no numbering of their own."""
    document = Document()
    num_id = add_numbering(
        document, [("decimal", "%1."), ("upperRoman", "%2.")], styles=[None, "Heading2"]
    )
    heading = document.styles["Heading 2"]
    heading.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id
    document.add_paragraph("Opening of the meeting", style="Heading 2")
    document.add_paragraph("The Co-Chairs will open the meeting")
    document.add_paragraph("Closing of the meeting", style="Heading 2")
    unnumbered = document.add_paragraph("Annex", style="Heading 2")
    set_numbering(unnumbered, 0)  # numId 0: "no numbering" on this paragraph
    path = tmp_path / "styled.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "I. Opening of the meeting",
        "The Co-Chairs will open the meeting",
        "II. Closing of the meeting",
        "Annex",
    ]


def test_list_defined_through_a_numbering_style(tmp_path: Path) -> None:
    """A list whose definition only points to a numbering style (``numStyleLink``) counts with the
    definition that style uses, as Word does for lists made from a saved list style."""
    document = Document()
    real = add_numbering(document, [("upperRoman", "%1.")])
    document.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="ProgrammeList">'
            '<w:name w:val="Programme List"/>'
            f'<w:pPr><w:numPr><w:numId w:val="{real}"/></w:numPr></w:pPr></w:style>'
        )
    )
    numbering = document.part.numbering_part.element
    linked = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:numStyleLink w:val="ProgrammeList"/></w:abstractNum>'
    )
    numbering.xpath("./w:num")[0].addprevious(linked)
    num_id = int(numbering.add_num(90).numId)
    set_numbering(document.add_paragraph("Opening of the meeting"), num_id)
    set_numbering(document.add_paragraph("Closing of the meeting"), num_id)
    path = tmp_path / "linked.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "I. Opening of the meeting",
        "II. Closing of the meeting",
    ]


def test_symbol_font_text_reads_as_its_pictures(tmp_path: Path) -> None:
    """Insert > Symbol stores ❖ as Wingdings character F076 (``w:sym``) or as the letter "v" in a
    Wingdings run; either way the reader must see ❖, not "v" or a private-use character."""
    document = Document()
    w = nsdecls("w")
    inserted = document.add_paragraph()
    _append_xml(inserted._p, f'<w:r {w}><w:sym w:font="Wingdings" w:char="F076"/></w:r>')
    inserted.add_run(" Role of stakeholders")
    typed = document.add_paragraph()
    typed.add_run("v").font.name = "Wingdings"
    typed.add_run(" Technical assistance needs")
    document.add_paragraph("Plain v stays v")
    path = tmp_path / "symbols.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "❖ Role of stakeholders",
        "❖ Technical assistance needs",
        "Plain v stays v",
    ]


def _append_xml(paragraph_element: object, xml: str) -> None:
    paragraph_element.append(parse_xml(xml))  # type: ignore[attr-defined]


def test_only_what_word_shows_is_read(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "HEADER TEXT"
    document.sections[0].footer.paragraphs[0].text = "FOOTER TEXT"
    p = document.add_paragraph("Opening")
    w = nsdecls("w")
    _append_xml(
        p._p, f'<w:del {w} w:id="1" w:author="a"><w:r><w:delText> DELETED</w:delText></w:r></w:del>'
    )
    _append_xml(
        p._p,
        f'<w:ins {w} w:id="2" w:author="a">'
        '<w:r><w:t xml:space="preserve"> of the</w:t></w:r></w:ins>',
    )
    _append_xml(p._p, f"<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t> HIDDEN</w:t></w:r>")
    _append_xml(p._p, f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>')
    _append_xml(p._p, f'<w:r {w}><w:instrText> HYPERLINK "x" </w:instrText></w:r>')
    _append_xml(p._p, f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>')
    _append_xml(p._p, f'<w:r {w}><w:t xml:space="preserve"> meeting</w:t></w:r>')
    _append_xml(p._p, f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>')
    path = tmp_path / "shown.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == ["Opening of the meeting"]


def test_content_controls_and_text_boxes_are_read_in_place(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Title")
    body = document.element.body
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Date"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Monday, 3 March 2025</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body.insert(body.index(document.paragraphs[-1]._p) + 1, sdt)
    anchor = document.add_paragraph("Venue:")
    _append_xml(
        anchor._p,
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>VIC Boardroom D</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    )
    document.add_paragraph("End")
    path = tmp_path / "controls.docx"
    document.save(str(path))
    assert text_lines(docx_to_text(path)) == [
        "Title",
        "Monday, 3 March 2025",
        "Venue:",
        "VIC Boardroom D",
        "End",
    ]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (2, "upperLetter", "B"),
        (27, "lowerLetter", "aa"),
        (3, "decimalZero", "03"),
        (2, "ordinal", "2nd"),
        (12, "ordinal", "12th"),
        (3, "ordinalText", "Third"),
        (5, "none", ""),
        (7, "someFutureFormat", "7"),
    ],
)
def test_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


# ----------------------------------------------------------------------------- bad files
@cache
def valid_docx_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = seed_to_docx(SEED_TIP, Path(folder) / "seed.docx", auto_numbering=True)
        return path.read_bytes()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def replaced_part(name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(valid_docx_bytes())) as source:
        files = {info.filename: source.read(info) for info in source.infolist()}
    files[name] = data
    return zip_bytes(files)


def corrupted_document_part() -> bytes:
    """The valid document with the compressed bytes of word/document.xml overwritten."""
    data = bytearray(valid_docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + 40
    data[start : start + 200] = bytes(range(200))
    return bytes(data)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BAD_FILES: dict[str, tuple[Callable[[], bytes], str]] = {
    "not a zip": (lambda: b"Constructive Dialogue\nI. Opening\n", "not a Word document (.docx)"),
    "truncated": (lambda: valid_docx_bytes()[: len(valid_docx_bytes()) // 2], "damaged"),
    "corrupt zip": (corrupted_document_part, "damaged"),
    "empty": (lambda: b"", "empty"),
    "ole": (lambda: OLE + bytes(range(256)) * 8, "password-protected"),
    "encrypted": (
        lambda: OLE + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64,
        "unprotected .docx",
    ),
    "legacy doc": (
        lambda: OLE + b"\x00" * 512 + "WordDocument".encode("utf-16-le") + b"\x00" * 64,
        "(.doc)",
    ),
    "zip, not docx": (lambda: zip_bytes({"notes.txt": b"hello"}), "not a Word document"),
    "no document part": (
        lambda: zip_bytes({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"}),
        "not a Word document",
    ),
    "odt": (
        lambda: zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}),
        "OpenDocument text file (.odt)",
    ),
    "xlsx": (lambda: zip_bytes({"xl/workbook.xml": b"<workbook/>"}), "Excel workbook"),
    "broken xml": (lambda: replaced_part("word/document.xml", b"<w:document><w:body>"), "damaged"),
    "broken numbering": (lambda: replaced_part("word/numbering.xml", b"\x00\xff<"), "damaged"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_raise_programme_error_naming_the_file(case: str, tmp_path: Path) -> None:
    make, message = BAD_FILES[case]
    path = tmp_path / "Programme 10 July.docx"
    path.write_bytes(make())
    for read in (docx_to_text, read_docx):
        with pytest.raises(ProgrammeError) as caught:
            read(path)
        assert str(path) in str(caught.value)
        assert message in caught.value.message
        assert "Traceback" not in str(caught.value)


def test_ole_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "protected.docx"
    path.write_bytes(OLE + bytes(range(256)) * 8)
    with pytest.raises(ProgrammeError) as caught:
        docx_to_text(path)
    assert ".doc" in caught.value.message
    assert "save it as an unprotected Word document (.docx)" in caught.value.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeError, match="no such file"):
        read_docx(tmp_path / "nope.docx")
    with pytest.raises(ProgrammeError, match="folder"):
        docx_to_text(tmp_path)


def test_word_document_that_is_not_a_programme(tmp_path: Path) -> None:
    path = paragraphs_to_docx(tmp_path / "memo.docx", "Dear colleagues,", "Please find attached.")
    with pytest.raises(ProgrammeError) as caught:
        read_docx(path)
    assert caught.value.source == str(path)
    assert "agenda items" in caught.value.message


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(min_value=0, max_value=20_000),
    junk=st.binary(min_size=0, max_size=64),
    truncate=st.booleans(),
)
def test_damaged_word_files_never_escape_as_other_errors(
    position: int, junk: bytes, truncate: bool
) -> None:
    data = valid_docx_bytes()
    position %= len(data)
    damaged = data[:position] if truncate else data[:position] + junk + data[position + len(junk) :]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.docx"
        path.write_bytes(damaged)
        try:
            text = docx_to_text(path)
        except ProgrammeError as exc:
            assert str(path) in str(exc)
        else:
            assert isinstance(text, str)


def test_final_guard_turns_anything_into_a_programme_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object) -> None:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(docx_programme, "_load_parts", explode)
    path = paragraphs_to_docx(tmp_path / "p.docx", "Title")
    with pytest.raises(ProgrammeError) as caught:
        docx_to_text(path)
    assert str(path) in str(caught.value)
    assert "RuntimeError" in caught.value.message


def test_a_word_document_of_thousands_of_paragraphs_is_refused_at_once(tmp_path: Path) -> None:
    """A report or a list of participants opened by mistake: refused in a sentence, not read."""
    document = Document()
    document.add_paragraph("Meeting on firearms")
    for number in range(5_001):
        document.add_paragraph(f"Paragraph {number}")
    path = tmp_path / "long.docx"
    document.save(str(path))
    with pytest.raises(ProgrammeError) as caught:
        read_docx(path)
    assert str(caught.value).startswith(f"{path}: the document has more than 5,000 paragraphs")
