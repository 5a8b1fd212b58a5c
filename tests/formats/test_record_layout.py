"""The record's layout (issue 16, "One record layout"): one walk over the record gives the blocks
that Word, HTML, Markdown and PDF render; the wording is the layout's alone; every writer renders
every kind of block."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import get_args

import docx
import pytest

from facilitator.core.record import CategoryTime, Record, Section, build_record
from facilitator.formats.record import docx_writer, html_writer, markdown_writer, pdf_writer
from facilitator.formats.record.layout import (
    ENGLISH,
    Block,
    BulletList,
    Chart,
    Heading,
    ListItem,
    Paragraph,
    RecordLayout,
    Run,
    Table,
    Words,
    blocks,
    entry_runs,
    record_layout,
)
from facilitator.formats.record.tables import TableData
from tests.core.test_record import (
    MODERATOR,
    PANELLISTS,
    PEOPLE,
    Ran,
    log,
    new_session,
    record_of,
    run_meeting,
)
from tests.pdf_reading import BODY, FOOTER, pdf_pages, squeeze
from tests.programs import program, run

PANEL = "Panel 1: Trafficking in persons for the removal of organs and related conduct"


@pytest.fixture(scope="module")
def answered_twice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Record]:
    """Panel 1 with two questions and one panellist's answer linked to both."""
    db, _meeting_id, s, clock = new_session(tmp_path_factory.mktemp("meeting"))
    prog = s.programme
    s.edit_programme(
        prog.with_segment(
            replace(prog.segment("seg-5"), panellists=PANELLISTS, moderator=MODERATOR)
        )
    )
    s.import_participants(PEOPLE[:2], "registration.csv")
    pid = {p.name: p.id for p in s.state.slices["queue"].participants}
    s.start_sitting()
    s.jump("seg-6")
    first = log(
        s, participant_id=pid["Amina Zoubeir"], tags=["seg-6"], kind="question", summary="First?"
    )
    second = log(
        s,
        participant_id=pid["Bertrand Quillet"],
        tags=["seg-6"],
        kind="question",
        summary="Second?",
    )
    log(
        s,
        name=PANELLISTS[0].name,
        organization="Kingsbridge Institute",
        tags=["seg-6"],
        kind="answer",
        answers=[first, second],
        summary="Both at once.\nOn two lines.",
    )
    yield build_record(s.state, clock.now())
    db.close()


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACILITATOR_HOME", str(tmp_path_factory.mktemp("home")))
        result = run_meeting(tmp_path_factory.mktemp("day"))
    yield result
    result.db.close()


def _question(name: str, details: str, summary: str, *answers: ListItem) -> ListItem:
    """A question's line; ``details`` as it reads ("Hope Foundation, NGO, Room"), each of them
    a captured run of its own."""
    parts: list[Run] = []
    for n, detail in enumerate(details.split(", ")):
        parts += [Run(", ")] if n else []
        parts.append(Run(detail, captured=True))
    return ListItem(
        (
            Run(name, bold=True, captured=True),
            Run(" ("),
            *parts,
            Run(")"),
            Run(", "),
            Run("question", captured=True),
            Run(": "),
            Run(summary, captured=True, multiline=True),
        ),
        answers,
    )


def test_an_answer_linked_to_two_questions_is_under_each(answered_twice: Record) -> None:
    content = blocks(answered_twice.only([Section.PROCEEDINGS]))
    start = content.index(Heading(2, PANEL, captured=True))
    answer = ListItem(
        (
            Run("Dr. Ignatius Fairweather", bold=True, captured=True),
            Run(" ("),
            Run("Kingsbridge Institute", captured=True),
            Run(")"),
            Run(", "),
            Run("answer (panellist)", captured=True),
            Run(": "),
            Run("Both at once.\nOn two lines.", captured=True, multiline=True),
        )
    )
    assert content[start : start + 6] == [
        Heading(2, PANEL, captured=True),
        Paragraph(
            (
                Run("Moderator:", bold=True),
                Run(" "),
                Run("H.E. Ms. Rosalind Achterberg, Ambassador", captured=True),
            )
        ),
        Paragraph((Run("Panellists:", bold=True),)),
        BulletList(
            (
                ListItem(
                    (
                        Run(
                            "Dr. Ignatius Fairweather, Professor, Kingsbridge Institute",
                            captured=True,
                        ),
                    )
                ),
                ListItem((Run("Ms. Ottilie Brandvold, Prosecutor", captured=True),)),
            )
        ),
        Heading(3, "Questions and answers"),
        BulletList(
            (
                _question("Amina Zoubeir", "Hope Foundation, NGO, Room", "First?", answer),
                _question(
                    "Bertrand Quillet", "Université Lumière, Academia, Online", "Second?", answer
                ),
            ),
            entries=True,
        ),
    ]
    # The next panel has no question: a notice says so.
    assert content[start + 6 : start + 9] == [
        Heading(2, "Panel 2: National issues and priorities concerning child trafficking", True),
        Heading(3, "Questions and answers"),
        Paragraph((Run("No questions were recorded."),)),
    ]


def test_every_writer_shows_the_answer_under_both_questions(answered_twice: Record) -> None:
    record = answered_twice.only([Section.PROCEEDINGS])
    markdown = markdown_writer.markdown_text(record)
    assert markdown.count("  - **Dr. Ignatius Fairweather** (Kingsbridge Institute)") == 2
    answer = "  - **Dr. Ignatius Fairweather** (Kingsbridge Institute), answer (panellist): "
    assert answer + "Both at once.\\\n    On two lines.\n" in markdown
    html = html_writer.html_text(record)
    assert html.count('<ul class="entries">\n<li><strong>Dr. Ignatius Fairweather</strong>') == 2
    paragraphs = docx_writer.build_docx(record).paragraphs
    answers = [p for p in paragraphs if p.style is not None and p.style.name == "List Bullet 2"]
    assert [p.text.split(" (")[0] for p in answers] == ["Dr. Ignatius Fairweather"] * 2


def test_under_a_guiding_question_an_entry_says_also_on_the_others(ran: Ran) -> None:
    record = record_of(ran)
    group = next(g for s in record.items[3].standing_items for g in s.groups if g.question)
    entry = next(e for e in group.interventions if len(e.guiding_questions) > 1)
    runs = entry_runs(entry, under=group.question)
    words = [r.text for r in runs if not r.captured]
    assert " — also on: " in words and " — on: " not in words
    questions = [r.text for r in runs if r.captured and r.text in entry.guiding_questions]
    assert questions == [q for q in entry.guiding_questions if q != group.question]
    assert " — on: " in [r.text for r in entry_runs(entry)]


def test_the_wording_is_the_layout_s(ran: Ran) -> None:
    """Every phrase a document adds comes from its Words: given other words, none of the English
    ones is left in the document (the slot a translated record fills)."""
    record = record_of(ran)
    templates = {"running_head", "page"}
    other = Words(
        **{
            f.name: f"«{f.name}»"
            for f in dataclasses.fields(Words)
            if f.name not in templates and any(c.isalpha() for c in getattr(ENGLISH, f.name))
        }
    )
    markdown = markdown_writer.render(blocks(record, other))
    for field in dataclasses.fields(Words):
        english = getattr(ENGLISH, field.name)
        if field.name not in templates and any(c.isalpha() for c in english):
            assert english not in markdown, field.name
    assert "## «meeting\\_data»" in markdown and "«also\\_on\\_questions»" in markdown
    layout = record_layout(record, replace(ENGLISH, running_head="{mode}: {title}", page="{page}"))
    assert layout.running_head == f"attributed: {record.meeting.title}"
    assert layout.page_label(2, 9) == "2"


# ------------------------------------------------------------------ every writer, every block
SAMPLE: tuple[Block, ...] = (
    Heading(1, "Heading-mark"),
    Paragraph(
        (
            Run("Bold-mark", bold=True),
            Run(" "),
            Run("Italic-mark", italic=True),
            Run(" "),
            Run("Captured-mark <b>", captured=True),
            Run(": "),
            Run("Summary-mark\nsecond-line-mark", captured=True, multiline=True),
        )
    ),
    BulletList((ListItem((Run("Item-mark"),), (ListItem((Run("Nested-mark"),)),)),), entries=True),
    BulletList((ListItem((Run("Plain-item-mark"),)),)),
    Table(TableData(("Header-mark", "Other"), (("Cell-mark", "x"),))),
    Table(TableData(None, (("Fact-mark", "Value-mark"),))),
    Chart((CategoryTime("ngo", "Chart-mark", 1, 2, 90),), "Alt-mark"),
)
#: The text of every block of :data:`SAMPLE`, as a reader finds it whatever the format.
MARKS = (
    "Heading-mark",
    "Bold-mark",
    "Italic-mark",
    "Captured-mark",
    "Summary-mark",
    "second-line-mark",
    "Item-mark",
    "Nested-mark",
    "Plain-item-mark",
    "Header-mark",
    "Cell-mark",
    "Fact-mark",
    "Value-mark",
)


def test_the_sample_has_every_kind_of_block() -> None:
    assert {type(b) for b in SAMPLE} == set(get_args(Block))


def test_markdown_renders_every_block() -> None:
    text = markdown_writer.render(SAMPLE)
    for expected in (
        "## Heading-mark\n",
        "**Bold-mark** *Italic-mark* Captured-mark \\<b\\>: Summary-mark\\\nsecond-line-mark\n",
        "- Item-mark\n  - Nested-mark\n",
        "- Plain-item-mark\n",
        "| Header-mark | Other |\n|---|---|\n| Cell-mark | x |\n",
        "- **Fact-mark:** Value-mark\n",
        "```text\nChart-mark  " + "█" * 40 + "  1:30 (100%)\n```\n",
    ):
        assert expected in text


def test_html_renders_every_block() -> None:
    text = "\n".join(html_writer.render(SAMPLE))
    for expected in (
        "<h2>Heading-mark</h2>",
        "<p><strong>Bold-mark</strong> <em>Italic-mark</em> Captured-mark &lt;b&gt;: "
        '<span class="summary">Summary-mark\nsecond-line-mark</span></p>',
        '<ul class="entries">\n<li>Item-mark\n<ul class="entries">\n<li>Nested-mark</li>\n</ul>',
        "<ul>\n<li>Plain-item-mark</li>\n</ul>",
        "<th>Header-mark</th>",
        "<td>Cell-mark</td>",
        "<tr><th>Fact-mark</th><td>Value-mark</td></tr>",
        'aria-label="Alt-mark"',
        ">Chart-mark</text>",
    ):
        assert expected in text
    paged = "\n".join(html_writer.render(SAMPLE, paged=True))
    assert "Summary-mark<br>second-line-mark" in paged
    assert f'<img src="{html_writer.CHART_RESOURCE}"' in paged
    assert all(mark in paged for mark in MARKS)


def test_word_renders_every_block(tmp_path: Path) -> None:
    document = docx.Document()
    docx_writer.render(document, SAMPLE)
    document.save(tmp_path / "sample.docx")
    read = docx.Document(str(tmp_path / "sample.docx"))
    styled = [(p.style.name if p.style is not None else "", p.text) for p in read.paragraphs]
    assert ("Heading 1", "Heading-mark") in styled
    assert ("List Bullet", "Item-mark") in styled
    assert ("List Bullet 2", "Nested-mark") in styled
    assert ("List Bullet", "Plain-item-mark") in styled
    line = next(p for p in read.paragraphs if p.text.startswith("Bold-mark"))
    assert line.text == "Bold-mark Italic-mark Captured-mark <b>: Summary-mark\nsecond-line-mark"
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in line.runs][:3] == [
        ("Bold-mark", True, False),
        (" ", False, False),
        ("Italic-mark", False, True),
    ]
    cells = [c.text for t in read.tables for row in t.rows for c in row.cells]
    assert {"Header-mark", "Cell-mark", "Fact-mark", "Value-mark"} <= set(cells)
    assert len(read.inline_shapes) == 1  # the chart


def test_pdf_renders_every_block(tmp_path: Path, qapp: object) -> None:
    layout = RecordLayout(SAMPLE, "Running-mark", "Folio {page} / {pages}")
    path = tmp_path / "sample.pdf"
    path.write_bytes(pdf_writer.pdf_of(layout, "Sample"))
    body = squeeze("".join(pdf_pages(path, BODY)))
    assert [m for m in MARKS if squeeze(m) not in body] == []
    structure = run(program("pdfinfo"), "-struct", path)
    assert structure.count("Figure") == 1  # the chart, drawn as vectors, tagged
    assert [" ".join(f.split()) for f in pdf_pages(path, FOOTER)] == ["Folio 1 / 1"]


def test_a_segment_still_running_or_not_started_reads_as_such_in_the_timetable(
    ran: Ran,
) -> None:
    """ "12:08–" for a segment under way (not "12:08––"), "–" for one not started (not
    "–––"): what the Secretariat reads in every format's item tables."""
    from facilitator.formats.record.tables import item_segments

    record = record_of(ran)
    actual = [row[2] for item in record.items for row in item_segments(record, item).rows]
    assert actual and all("––" not in cell for cell in actual), actual
    assert all(cell == "–" or len(cell.split("–")) == 2 for cell in actual), actual
    assert "–" in actual or any(cell.endswith("–") for cell in actual), actual
