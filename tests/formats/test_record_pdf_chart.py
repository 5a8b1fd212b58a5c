"""The record as a PDF (A4, "Page N of M" on every page, every heading and summary, nobody named
when unattributed, only the sections asked for, hostile and huge text, failures) and the chart of
speaking time by stakeholder category (SVG, text, PNG; in Markdown, HTML, Word and PDF).

PDFs are read back with PDFium (``tests.pdf_reading``; pip installs it with the test extra). Text is
compared with its whitespace and bidi controls removed and ligatures unfolded (NFKC), as line
breaks and glyphs fall where they may.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.core.participants.values import Category
from facilitator.core.record import CategoryTime, InterventionRecord, Record, Section, build_record
from facilitator.formats.qt_offscreen import ensure_gui_application, headless
from facilitator.formats.record import pdf_writer as record_pdf
from facilitator.formats.record.chart import BAR_COLOUR, TEXT_BAR_CELLS, chart_svg, chart_text
from facilitator.formats.record.chart_picture import chart_png
from facilitator.formats.record.docx_writer import write_docx
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.html_writer import chunks, html_text
from facilitator.formats.record.layout import record_layout
from facilitator.formats.record.markdown_writer import markdown_text
from facilitator.formats.record.pdf_writer import write_pdf
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
from tests.formats.test_record_docx_html import EXPECTED_HEADINGS
from tests.pdf_reading import (
    A4,
    BODY,
    FOOTER,
    HEADER,
    pdf_images,
    pdf_info,
    pdf_pages,
    shows,
    squeeze,
)
from tests.programs import program, run


@dataclass
class Pdfs:
    record: Record
    attributed: Path
    unattributed: Path
    proceedings: Path


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACILITATOR_HOME", str(tmp_path_factory.mktemp("home")))
        ran = run_meeting(tmp_path_factory.mktemp("meeting"))
    yield ran
    ran.db.close()


@pytest.fixture(scope="module")
def pdfs(meeting: Ran, tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Pdfs:
    """The seed day's record as three PDFs: attributed, unattributed, proceedings only."""
    folder = tmp_path_factory.mktemp("pdfs")
    record = record_of(meeting)
    return Pdfs(
        record,
        write_pdf(record, folder / "attributed.pdf"),
        write_pdf(record_of(meeting, attributed=False), folder / "unattributed.pdf"),
        write_pdf(record.only({Section.PROCEEDINGS}), folder / "proceedings.pdf"),
    )


# ----------------------------------------------------------------------------- PDF
def test_pdf_is_a4_with_page_n_of_m_on_every_page(pdfs: Pdfs) -> None:
    info = pdf_info(pdfs.attributed)
    count = info.pages
    assert count > 3  # the three 1 MB summaries alone fill many pages
    assert set(info.media_boxes) == {A4}  # every page
    assert info.metadata["Title"] == pdfs.record.meeting.title
    assert info.metadata["Author"] == "Facilitator"
    assert info.metadata["Creator"].startswith("Typst")
    feet = pdf_pages(pdfs.attributed, FOOTER)
    assert [" ".join(foot.split()) for foot in feet] == [
        f"Page {n} of {count}" for n in range(1, count + 1)
    ]
    heads = [" ".join(head.split()) for head in pdf_pages(pdfs.attributed, HEADER)]
    assert heads[0] == ""  # the title page has the title itself
    title_start = pdfs.record.meeting.title[:30]
    assert all(title_start in head for head in heads[1:])


def test_pdf_has_every_heading_and_every_summary(pdfs: Pdfs) -> None:
    body = squeeze("".join(pdf_pages(pdfs.attributed, BODY)))
    record = pdfs.record
    assert squeeze(record.meeting.title) in body
    for _style, heading in EXPECTED_HEADINGS:
        assert squeeze(heading) in body, heading
    for heading in ("Meeting data", "Attendance", "Annex", "List of speakers"):
        assert squeeze(heading) in body
    interventions = record.interventions()
    assert len(interventions) == record.intervention_count == 10
    for entry in interventions:
        assert shows(entry.speaker, body), entry.speaker
        assert shows(entry.summary, body), entry.summary[:60]
    # hostile text is shown as itself, never markup
    assert squeeze(f"How do platforms detect organ trafficking? {SCRIPT}") in body
    assert squeeze(HOSTILE_FORMULA) in body and shows(RTL, body)
    assert body.count(squeeze(BIG)) == 3  # under three guiding questions, nothing dropped
    # the list of speakers and the chart's table
    for turn in record.speakers:
        assert squeeze(turn.speaker) in body and squeeze(f"({turn.organization})") in body
    assert squeeze("Speaking time by stakeholder category") in body
    structure = run(program("pdfinfo"), "-struct", pdfs.attributed)
    assert structure.count("Figure") == 1  # the chart, drawn as vectors, tagged


def test_unattributed_pdf_names_nobody(pdfs: Pdfs) -> None:
    everything = "".join(pdf_pages(pdfs.unattributed)).casefold()  # hidden text included
    everything += pdf_info(pdfs.unattributed).metadata["Title"].casefold()
    for name in NAMES:
        assert name.casefold() not in everything, name
    assert "a representative of an ngo" in everything
    assert "panellist 1" in everything


def test_a_pdf_shows_only_the_sections_asked_for(pdfs: Pdfs) -> None:
    body = squeeze("".join(pdf_pages(pdfs.proceedings, BODY)))
    assert squeeze(pdfs.record.meeting.title) in body
    assert squeeze(pdfs.record.items[0].title) in body
    assert squeeze("Questions and answers") in body
    for absent in ("Meeting data", "Attendance", "Annex", "Timetable: planned and actual"):
        assert squeeze(absent) not in body, absent
    assert squeeze("List of speakers") not in body
    assert pdf_images(pdfs.proceedings) == []  # no chart
    assert pdf_info(pdfs.proceedings).pages < pdf_info(pdfs.attributed).pages


def _entry(number: int, summary: str, speaker: str = "<b>Speaker</b> & co") -> InterventionRecord:
    return InterventionRecord(
        f"i-{number}",
        speaker,
        "",
        "NGO",
        "Room",
        "Statement",
        "statement",
        (),
        (),
        summary,
        None,
        None,
        False,
        False,
    )


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Record]:
    """The record of a meeting where nothing happened yet."""
    db, _meeting_id, session, clock = new_session(tmp_path)
    try:
        yield build_record(session.state, clock.now())
    finally:
        db.close()


def test_hostile_and_huge_text_gives_a_valid_pdf_with_everything(
    empty: Record, tmp_path: Path, qapp: object
) -> None:
    markup = '<b>not bold</b> &amp; <img src="x" onerror="alert(1)"> <script>alert(1)</script>'
    controls = "bell\x07 nul\x00 lone\ud800 surrogate \u202ereversed\u202c end"
    unbroken = "Ж" * 500_000  # 1 MB of UTF-8 without a space to break at
    lines = "Ǝ\n" * 20_000
    record = replace(
        empty,
        meeting=replace(empty.meeting, title="<h1>Injected</h1> & =1+1"),
        untagged=(
            _entry(1, markup),
            _entry(2, controls),
            _entry(3, unbroken),
            _entry(4, lines),
        ),
    )
    path = write_pdf(record, tmp_path / "hostile.pdf")
    info = pdf_info(path)
    assert info.metadata["Title"] == "<h1>Injected</h1> & =1+1"
    pages = pdf_pages(path, BODY)
    assert len(pages) == info.pages > 60
    body = squeeze("".join(pages))
    assert squeeze("<h1>Injected</h1> & =1+1") in body
    assert squeeze(markup) in body and squeeze("<b>Speaker</b> & co") in body
    assert squeeze("bell\ufffd nul\ufffd lone\ufffd surrogate") in body
    assert body.count("Ж") == len(unbroken)
    assert body.count("Ǝ") == 20_000
    everything = "".join(pdf_pages(path))
    assert "<script>" in everything and "\x00" not in everything


def test_a_meeting_with_nothing_captured_gives_a_short_pdf(
    empty: Record, tmp_path: Path, qapp: object
) -> None:
    path = write_pdf(empty, tmp_path / "empty.pdf")
    body = squeeze("".join(pdf_pages(path, BODY)))
    assert (
        squeeze("Nobody took the floor") in body and squeeze("No questions were recorded") in body
    )
    feet = [" ".join(f.split()) for f in pdf_pages(path, FOOTER)]
    assert feet == [f"Page {n} of {len(feet)}" for n in range(1, len(feet) + 1)]
    assert len(feet) <= 5


def test_an_unwritable_pdf_path_raises_and_leaves_nothing(
    empty: Record, tmp_path: Path, qapp: object
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportError, match="blocker"):
        write_pdf(empty, blocker / "r.pdf")  # a file where a folder should be
    with pytest.raises(ExportError, match="folder"):
        write_pdf(empty, tmp_path)  # a folder, not a file
    with pytest.raises(ExportError, match="does not exist"):
        write_pdf(empty, tmp_path / "missing" / "r.pdf")
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary left


def test_a_summary_s_line_breaks_stay_inside_its_entry(empty: Record) -> None:
    """A summary's line breaks (CR LF one of them) are line breaks inside its entry's string, in
    the same list item: never a new bullet, never markup."""
    record = replace(empty, untagged=(_entry(1, "first <line>\r\nsecond\nthird"),))
    source = record_pdf.typst_source(record_layout(record), "Title")
    (item,) = re.findall(r"#list\(\[(.*?)\],\)", source)
    assert item.endswith('#"first <line>\\nsecond\\nthird"')


def test_long_summaries_are_cut_into_paragraphs_without_losing_a_character() -> None:
    text = "First sentence. " * 600 + "x" * 9000 + "\nlast line"
    pieces = chunks(text, 4000)
    assert "".join(pieces) == text
    assert all(len(p) <= 4000 for p in pieces)
    assert pieces[0].endswith(". ")  # cut after a sentence when it can
    assert chunks("short") == ["short"]


# ----------------------------------------------------------------------------- chart
def _svg(record: Record) -> ET.Element:
    return ET.fromstring(chart_svg(record))


_NS = "{http://www.w3.org/2000/svg}"


def _bars(root: ET.Element) -> list[float]:
    return [
        float(r.get("width", "nan")) for r in root.iter(f"{_NS}rect") if r.get("class") == "bar"
    ]


def _labels(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{_NS}text") if t.get("text-anchor") == "end"]


def test_chart_svg_has_a_bar_per_category_in_proportion(meeting: Ran) -> None:
    record = record_of(meeting)
    root = _svg(record)
    times = record.speaking_time
    assert _labels(root) == [c.label for c in Category] == [t.label for t in times]
    widths = _bars(root)
    assert len(widths) == len(Category)
    longest = max(t.seconds for t in times)
    assert longest > 0
    for width, time in zip(widths, times, strict=True):
        assert width / max(widths) == pytest.approx(time.seconds / longest, abs=0.01)
    assert all(r.get("fill") == BAR_COLOUR for r in root.iter(f"{_NS}rect") if r.get("class"))
    values = [t.text for t in root.iter(f"{_NS}text") if t.get("text-anchor") is None]
    assert values[0] == "3:20 (51%)" and values[3] == "0:00"  # NGO; State party never spoke
    assert root.get("viewBox", "").startswith("0 0 ")
    assert not any(t.get("font-family") != "sans-serif" for t in root.iter(f"{_NS}text"))


def test_chart_svg_escapes_hostile_labels(meeting: Ran) -> None:
    label = "<script>x</script>&\"'\x00 ]]> نص"
    record = replace(
        record_of(meeting),
        speaking_time=(
            CategoryTime("ngo", label, 2, 3, 90),
            CategoryTime("other", "Other", 1, 1, 30),
        ),
    )
    svg = chart_svg(record)
    assert "<script>" not in svg
    root = ET.fromstring(svg)  # well-formed
    assert _labels(root) == [label.replace("\x00", "\ufffd"), "Other"]
    assert _bars(root)[1] == pytest.approx(_bars(root)[0] / 3)


def test_chart_text_has_the_same_bars(meeting: Ran) -> None:
    record = record_of(meeting)
    lines = chart_text(record)
    assert lines[0] == "```text" and lines[-1] == "```"
    rows = lines[1:-1]
    assert len(rows) == len(Category)
    ngo, academia = rows[0], rows[1]
    assert ngo.startswith("NGO ") and ngo.count("█") == TEXT_BAR_CELLS
    assert ngo.endswith("3:20 (51%)")
    assert academia.count("█") == TEXT_BAR_CELLS // 2  # 1:40 against 3:20
    assert rows[3].startswith("State party") and "█" not in rows[3] and rows[3].endswith("0:00")
    odd = replace(record, speaking_time=(CategoryTime("ngo", "```` ticks", 1, 1, 5),))
    fenced = chart_text(odd)
    assert fenced[0] == "`````text" and fenced[-1] == "`````"


def test_chart_png_has_the_width_asked_for(meeting: Ran, qapp: object) -> None:
    png = chart_png(record_of(meeting), 800)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    root = _svg(record_of(meeting))
    _x, _y, view_width, view_height = (float(v) for v in root.get("viewBox", "").split())
    assert width == 800
    assert height == pytest.approx(800 * view_height / view_width, abs=1)


def test_unattributed_charts_name_nobody(meeting: Ran) -> None:
    record = record_of(meeting, attributed=False)
    text = (chart_svg(record) + "\n".join(chart_text(record))).casefold()
    for name in NAMES:
        assert name.casefold() not in text
    assert _labels(_svg(record)) == [c.label for c in Category]


def test_markdown_shows_the_bars_after_the_table(meeting: Ran) -> None:
    text = markdown_text(record_of(meeting))
    after = text.split("### Speaking time by stakeholder category", 1)[1]
    table, block = after.split("```text\n", 1)
    assert "| NGO | 1 | 1 | 3:20 |" in table
    bars = block.split("\n```", 1)[0].splitlines()
    assert len(bars) == len(Category) and "█" in bars[0]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [k for k, _ in attrs]


def test_html_inlines_the_chart_and_fetches_nothing(meeting: Ran) -> None:
    text = html_text(record_of(meeting))
    parser = _Tags()
    parser.feed(text)
    assert parser.tags.count("svg") == 1 and parser.tags.count("figure") == 1
    assert parser.tags.count("rect") == 1 + len(Category)  # the white ground, then the bars
    for tag in ("img", "script", "link", "image", "use", "iframe", "object"):
        assert tag not in parser.tags, tag
    assert not any(a in ("src", "href", "xlink:href") for a in parser.attrs)
    heading = text.index("<h3>Speaking time by stakeholder category</h3>")
    assert heading < text.index("<table>", heading) < text.index("<svg", heading)


def test_docx_has_the_chart_picture_under_its_heading(meeting: Ran, tmp_path: Path) -> None:
    path = write_docx(record_of(meeting), tmp_path / "record.docx")
    document = docx.Document(str(path))
    (shape,) = document.inline_shapes
    assert shape.width == Cm(15)
    assert 0 < shape.height < shape.width
    blocks = list(document.iter_inner_content())
    heading = next(
        n
        for n, b in enumerate(blocks)
        if isinstance(b, Paragraph) and b.text == "Speaking time by stakeholder category"
    )
    table = blocks[heading + 1]
    assert isinstance(table, Table) and table.rows[0].cells[0].text == "Stakeholder category"
    picture = next(
        n for n, b in enumerate(blocks) if isinstance(b, Paragraph) and b._p.xpath(".//w:drawing")
    )
    assert heading + 1 < picture <= heading + 3  # after the table (and its spacing paragraph)
    with path.open("rb") as handle:
        assert b"word/media/image1.png" in handle.read()


# ----------------------------------------------------------------------------- Qt offscreen
def test_headless_means_no_display_and_no_platform_named() -> None:
    assert headless({}) is True
    assert headless({"DISPLAY": ":0"}) is False
    assert headless({"WAYLAND_DISPLAY": "wayland-0"}) is False
    assert headless({"QT_QPA_PLATFORM": "xcb"}) is False


def test_ensure_gui_application_keeps_the_running_one(qapp: object) -> None:
    assert ensure_gui_application() is qapp


def test_a_direction_override_in_a_name_stays_in_the_name(
    empty: Record, tmp_path: Path, qapp: object
) -> None:
    """A right-to-left override (U+202E) typed inside a name reversed the text after it in the
    PDF ("Dana txet yrammus"). Names and summaries are isolated in every document format."""
    from facilitator.formats.record.files import FSI, PDI
    from facilitator.formats.record.html_writer import html_text
    from facilitator.formats.record.markdown_writer import markdown_text

    name = "Dana \u202eXYZ"
    record = replace(empty, untagged=(_entry(1, "plain summary text here", speaker=name),))
    text = "".join(pdf_pages(write_pdf(record, tmp_path / "bidi.pdf"), BODY))
    assert "plain summary text here" in " ".join(text.split())  # not reversed
    assert "ereh txet yrammus nialp" not in text
    assert f"{FSI}{name}{PDI}" in markdown_text(record)
    assert f"{FSI}{name}{PDI}" in html_text(record)
    document = write_docx(record, tmp_path / "bidi.docx")
    assert any(f"{FSI}{name}{PDI}" in p.text for p in docx.Document(str(document)).paragraphs)
