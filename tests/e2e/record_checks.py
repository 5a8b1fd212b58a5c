"""The record of a rehearsed day, read back and checked against the rehearsal's notebook.

:func:`check_the_record` builds the record from the session's state, exports every format into a
folder (attributed, then unattributed), and reads each file back with an ordinary reader: the
Markdown as text, the HTML with :mod:`html.parser`, the Word document with python-docx, the CSV
with :mod:`csv`, the JSON with :mod:`json`, the PDF's text with PDFium. Markdown, HTML and Word
are each turned into the same outline (headings, bullets with their depth, tables, paragraphs), so
one set of checks says where everything must be in all three; the PDF must say what the Word
document says, in the same order. What is expected comes from the notebook (what was done, by the
fake clock) and the imported programme's text, never from the record itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from facilitator.core.agenda.values import short_title
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.participants.values import Category
from facilitator.core.programme import Segment, SegmentKind
from facilitator.core.record import Record, anonymous_speaker, build_record
from facilitator.formats.record.export import FORMAT_KEYS
from tests.e2e.conftest import (
    ALT,
    CTRL,
    PLANNED,
    SHIFT,
    SITTINGS,
    VIENNA,
    Key,
    Noted,
    Rehearsal,
    Turn,
)
from tests.pdf_reading import A4, BODY, FOOTER, pdf_info, pdf_pages, squeeze

DOCUMENTS = ("md", "html", "docx")


# ============================================================================ the outline
@dataclass(frozen=True)
class Heading:
    level: int  # 1 for the title, 2 for "Meeting data", each agenda item and the annex…
    text: str


@dataclass(frozen=True)
class Entry:
    depth: int  # 0 for a bullet, 1 for a bullet under it (an answer under its question)
    text: str


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # the header row first


@dataclass(frozen=True)
class Para:
    text: str


Block = Heading | Entry | Table | Para


@dataclass
class Outline:
    """A document as a list of blocks, in order."""

    blocks: list[Block]

    def section(self, level: int, title: str) -> Outline:
        """The blocks under the one heading ``title`` at ``level``, up to the next heading at
        that level or above."""
        found = [
            n
            for n, b in enumerate(self.blocks)
            if isinstance(b, Heading) and b.level == level and b.text == title
        ]
        headings = [b.text for b in self.blocks if isinstance(b, Heading) and b.level == level]
        assert len(found) == 1, (level, title, headings)
        body = []
        for block in self.blocks[found[0] + 1 :]:
            if isinstance(block, Heading) and block.level <= level:
                break
            body.append(block)
        return Outline(body)

    def has_section(self, level: int, title: str) -> bool:
        return Heading(level, title) in self.blocks

    def entries(self) -> list[tuple[int, str]]:
        """The bullets before the first subheading."""
        found = []
        for block in self.blocks:
            if isinstance(block, Heading):
                break
            if isinstance(block, Entry):
                found.append((block.depth, block.text))
        return found

    def tables(self) -> list[tuple[tuple[str, ...], ...]]:
        return [b.rows for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Table):
                parts += [" | ".join(row) for row in block.rows]
            else:
                parts.append(block.text)
        return "\n".join(parts)


def _clean(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------- Markdown
def read_markdown(path: Path) -> Outline:
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    fenced = False
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        if line.startswith("|"):
            if not re.fullmatch(r"\|(-+\|)+", line):
                cells = re.split(r"(?<!\\)\|", line.strip()[1:-1])
                rows.append(tuple(_unescape(c) for c in cells))
            continue
        if rows:
            blocks.append(Table(tuple(rows)))
            rows = []
        if heading := re.match(r"(#+) (.*)", line):
            blocks.append(Heading(len(heading[1]), _unescape(heading[2])))
        elif bullet := re.match(r"( *)- (.*)", line):
            blocks.append(Entry(len(bullet[1]) // 2, _unescape(bullet[2])))
        elif line.strip():
            blocks.append(Para(_unescape(line)))
    return Outline(blocks)


def _unescape(text: str) -> str:
    """Markdown's escapes and emphasis taken off: the text as a reader sees it."""
    return _clean(re.sub(r"\\(.)", r"\1", text.replace("**", "")))


# ---------------------------------------------------------------------------- HTML
@dataclass
class _Node:
    tag: str
    children: list[_Node | str] = field(default_factory=list)

    def text(self, *, skip: str = "") -> str:
        return "".join(
            c if isinstance(c, str) else c.text(skip=skip)
            for c in self.children
            if isinstance(c, str) or c.tag != skip
        )


class _Tree(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "link", "input", "rect", "line", "path"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag)
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        raise AssertionError(f"</{tag}> closes nothing open")

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def read_html(path: Path) -> Outline:
    tree = _Tree()
    tree.feed(path.read_text(encoding="utf-8"))
    tree.close()
    assert [n.tag for n in tree.stack] == ["#root"], "elements left open"
    body = _find(tree.root, "body")
    blocks: list[Block] = []
    for child in body.children:
        if isinstance(child, str):
            continue
        if re.fullmatch(r"h[1-6]", child.tag):
            blocks.append(Heading(int(child.tag[1]), _clean(child.text())))
        elif child.tag == "table":
            rows = [
                tuple(_clean(c.text()) for c in tr.children if isinstance(c, _Node))
                for tr in _all(child, "tr")
            ]
            blocks.append(Table(tuple(rows)))
        elif child.tag == "ul":
            blocks += _html_entries(child, 0)
        elif child.tag == "p":
            blocks.append(Para(_clean(child.text())))
    return Outline(blocks)


def _html_entries(ul: _Node, depth: int) -> list[Block]:
    found: list[Block] = []
    for li in ul.children:
        if isinstance(li, _Node) and li.tag == "li":
            found.append(Entry(depth, _clean(li.text(skip="ul"))))
            for nested in li.children:
                if isinstance(nested, _Node) and nested.tag == "ul":
                    found += _html_entries(nested, depth + 1)
    return found


def _find(node: _Node, tag: str) -> _Node:
    found = _all(node, tag)
    assert len(found) == 1, (tag, len(found))
    return found[0]


def _all(node: _Node, tag: str) -> list[_Node]:
    found = []
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                found.append(child)
            found += _all(child, tag)
    return found


# ---------------------------------------------------------------------------- Word
def read_docx(path: Path) -> Outline:
    document = docx.Document(str(path))
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            table = DocxTable(element, document)
            rows = tuple(tuple(_clean(c.text) for c in row.cells) for row in table.rows)
            blocks.append(Table(rows))
        elif element.tag == qn("w:p"):
            paragraph = Paragraph(element, document)
            text, style = _clean(paragraph.text), paragraph.style.name if paragraph.style else ""
            if style == "Title":
                blocks.append(Heading(1, text))
            elif heading := re.fullmatch(r"Heading (\d)", style):
                blocks.append(Heading(int(heading[1]) + 1, text))
            elif style == "List Bullet":
                blocks.append(Entry(0, text))
            elif style == "List Bullet 2":
                blocks.append(Entry(1, text))
            elif text:
                blocks.append(Para(text))
    return Outline(blocks)


# ============================================================================ what is expected
def hhmm(moment: dt.datetime | None) -> str:
    return moment.astimezone(VIENNA).strftime("%H:%M") if moment is not None else "–"


def iso(moment: dt.datetime | None) -> str:
    return moment.astimezone(VIENNA).isoformat(timespec="seconds") if moment is not None else ""


def m_ss(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


class Expected:
    """The notebook, put as the record must say it."""

    def __init__(self, day: Rehearsal) -> None:
        self.day = day
        self.notes = day.notes
        self.programme = day.programme
        self.title = self.programme.title
        self.segments: list[tuple[str, Segment]] = [
            (item.display_title, segment) for item, segment in self.programme.segments()
        ]
        self.turns: list[Turn] = sorted(self.notes.turns, key=lambda t: t.start)

    # ---------------------------------------------------------------- times
    def planned(self, segment_id: str) -> tuple[str, str]:
        return PLANNED[segment_id]

    def actual(self, segment_id: str) -> tuple[dt.datetime, dt.datetime]:
        return self.notes.started[segment_id], self.notes.ended[segment_id]

    def used_minutes(self, segment_id: str) -> int:
        return (int(self.notes.ran[segment_id]) + 30) // 60

    def delay(self, segment_id: str) -> int:
        planned_end = self.day.local(self.planned(segment_id)[1])
        return round((self.actual(segment_id)[1] - planned_end).total_seconds() / 60)

    # ---------------------------------------------------------------- interventions
    def question_text(self, segment_id: str, index: int) -> str:
        return self.programme.segment(segment_id).guiding_questions[index]

    def entry(self, noted: Noted, under: str | None = None) -> str:
        """An intervention's bullet as the documents write it; under the heading of one guiding
        question (``under``), it names only the others it answers ("also on: …")."""
        details = [d for d in (noted.organization, noted.category, noted.attendance) if d]
        text = noted.speaker + (f" ({', '.join(details)})" if details else "")
        text += f", {noted.kind.label.lower()}"
        questions = [self.question_text(*q) for q in noted.questions]
        questions = [q for q in questions if q != under]
        if questions and noted.kind is not InterventionKind.QUESTION:
            text += (" — also on: " if under else " — on: ") + "; ".join(questions)
        return _clean(f"{text}: {noted.summary}")

    def anonymous(self, noted: Noted) -> str:
        """Who an unattributed bullet names instead of the speaker: a panellist of the panel the
        intervention is tagged to by their number, anyone else by their category."""
        for panel_id, people in self.notes.panellists.items():
            if self.family(panel_id) & set(noted.tags):
                for n, person in enumerate(people, 1):
                    if person.name == noted.speaker:
                        return f"Panellist {n}"
        category = next(
            (c for c in Category if c.label == noted.category), None
        )  # the label is what the notebook kept
        return anonymous_speaker(category, noted.kind)

    def family(self, panel_id: str) -> set[str]:
        """A panel and the Q&A that follows it (the programme's own links)."""
        item = self.programme.item_of(panel_id)
        number = self.programme.segment(panel_id).number
        return {panel_id} | {
            s.id for s in item.segments if s.kind is SegmentKind.QA and s.for_panel == number
        }

    def panel_questions(self, panel_id: str) -> list[tuple[Noted, list[Noted]]]:
        family = self.family(panel_id)
        questions = [
            n
            for n in self.notes.interventions
            if n.kind is InterventionKind.QUESTION and family & set(n.tags)
        ]
        return [(q, [a for a in self.notes.interventions if q.id in a.answers]) for q in questions]

    def panel_other(self, panel_id: str) -> list[Noted]:
        family = self.family(panel_id)
        return [
            n
            for n in self.notes.interventions
            if family & set(n.tags) and n.kind is not InterventionKind.QUESTION and not n.answers
        ]

    def standing_groups(self, segment_id: str) -> dict[int | None, list[Noted]]:
        """Per guiding question (1-based; None: other interventions), in capture order."""
        count = len(self.programme.segment(segment_id).guiding_questions)
        groups: dict[int | None, list[Noted]] = {k: [] for k in range(1, count + 1)}
        groups[None] = []
        for noted in self.notes.interventions:
            if segment_id not in noted.tags:
                continue
            mine: list[int | None] = [i + 1 for sid, i in noted.questions if sid == segment_id]
            for number in mine or [None]:
                groups[number].append(noted)
        return groups

    def segment_interventions(self, segment_id: str) -> list[Noted]:
        return [n for n in self.notes.interventions if segment_id in n.tags]

    def plain_segments(self) -> list[Segment]:
        """Segments that are neither panels, Q&As nor standing items, with interventions."""
        kinds = (SegmentKind.PANEL, SegmentKind.QA, SegmentKind.STANDING_ITEM)
        return [
            s for _, s in self.segments if s.kind not in kinds and self.segment_interventions(s.id)
        ]

    # ---------------------------------------------------------------- tables
    def sittings_rows(self) -> list[tuple[str, ...]]:
        return [
            (f"Sitting {n}", f"{start}–{end}", hhmm(actual[0]), hhmm(actual[1]))
            for n, ((start, end), actual) in enumerate(
                zip(SITTINGS, self.notes.sittings, strict=True), 1
            )
        ]

    def item_rows(self, item_title: str) -> list[tuple[str, ...]]:
        return [
            (
                segment.display_title,
                "–".join(self.planned(segment.id)),
                "–".join(hhmm(t) for t in self.actual(segment.id)),
                f"{segment.planned_minutes} / {self.used_minutes(segment.id)}",
            )
            for title, segment in self.segments
            if title == item_title
        ]

    def timetable_rows(self) -> list[tuple[str, ...]]:
        return [
            (
                segment.display_title,
                *self.planned(segment.id),
                *(hhmm(t) for t in self.actual(segment.id)),
                f"{self.delay(segment.id):+d}",
            )
            for _, segment in self.segments
        ]

    def speaker_rows(self, *, attributed: bool) -> list[tuple[str, ...]]:
        rows: list[tuple[str, ...]] = []
        for number, turn in enumerate(self.turns, 1):
            person = turn.person
            who = (
                f"{person.name} ({person.organization})"
                if attributed
                else anonymous_speaker(person.category)
            )
            if turn.kind:  # a point of order, marked
                who = f"{turn.kind}: {who}"
            rows.append(
                (
                    str(number),
                    who,
                    person.category.label,
                    person.attendance.short,
                    short_title(self.programme.segment(turn.segment_id)),
                    m_ss(turn.spoken),
                    m_ss(turn.limit),
                    m_ss(turn.overtime) if turn.overtime else "–",
                )
            )
        return rows

    def attendance_total(self) -> tuple[str, ...]:
        return ("Total", str(len(self.notes.registered)), str(len(self.notes.heard())))


# ============================================================================ the checks
def check_the_record(day: Rehearsal, folder: Path) -> Record:
    """Build the record, check it, export every format attributed and unattributed, read each
    file back and check it. Returns the (attributed) record."""
    expected = Expected(day)
    record = build_record(day.state, day.clock.now(), attributed=True)
    check_record(record, expected)
    files = export_everything(day, record, folder / "attributed")
    for key in DOCUMENTS:
        check_document(read(key, files[key]), expected, key)
    check_csv(files, expected)
    check_json(files["json"], expected, day)
    check_pdf(files["pdf"], read_docx(files["docx"]), expected)
    check_summary(read_docx(files["summary-docx"]), expected)

    anonymous = build_record(day.state, day.clock.now(), attributed=False)
    files = export_everything(day, anonymous, folder / "unattributed")
    check_unattributed(anonymous, files, expected)
    return record


def export_everything(day: Rehearsal, record: Record, folder: Path) -> dict[str, Path]:
    """Every format the app exports, through its export window from the keyboard: Ctrl+Shift+S,
    Space on a format, Alt+A or Alt+U for the mode, the path typed over, Enter; the files are
    what the window says it wrote. ``record`` says the mode (its time is the same fake clock)."""
    folder.mkdir(parents=True)
    day.press(Key.Key_S, CTRL | SHIFT)
    dialog = day.window.export_dialog
    assert dialog is not None
    day.qtbot.waitExposed(dialog)
    files: dict[str, Path] = {}
    for key in FORMAT_KEYS:
        day.press_in(dialog, Key.Key_A if record.attributed else Key.Key_U, ALT)
        # A mnemonic "animates" a click: the radio is checked when the animation ends.
        day.qtbot.waitUntil(lambda: dialog.is_attributed() == record.attributed)
        radio = dialog.format_radios[key]
        radio.setFocus()  # Tab order reaches it; the focus is set to keep the test short
        day.press_in(dialog, Key.Key_Space)
        assert radio.isChecked(), key
        dialog.path_edit.setFocus()
        day.retype(str(folder / f"record.{key}"))
        with day.qtbot.waitSignal(dialog.export_ended, timeout=60_000):
            day.press_in(dialog, Key.Key_Return)
        written = dialog.last_written
        assert written and all(p.is_file() and p.stat().st_size > 0 for p in written), key
        if key == "csv":
            files.update({p.stem.split("-")[-1]: p for p in written})
        else:
            (files[key],) = written
    day.press_in(dialog, Key.Key_Escape)
    assert not dialog.isVisible()
    assert {
        "md",
        "html",
        "docx",
        "pdf",
        "json",
        "interventions",
        "speakers",
        "timetable",
        "summary-docx",
    } <= set(files)
    return files


def read(key: str, path: Path) -> Outline:
    return {"md": read_markdown, "html": read_html, "docx": read_docx}[key](path)


def check_record(record: Record, expected: Expected) -> None:
    """The record object: the timetable's actual times are the fake clock's, every intervention
    sits where it belongs, the list of speakers is the turns timed."""
    notes = expected.notes
    assert record.meeting.title == expected.title
    assert [(s.actual_start, s.actual_end) for s in record.meeting.sittings] == [
        tuple(s) for s in notes.sittings
    ]
    for row in record.timetable:
        assert (row.actual_start, row.actual_end) == expected.actual(row.segment_id), row.title
        assert (hhmm(row.planned_start), hhmm(row.planned_end)) == expected.planned(row.segment_id)
        assert row.status == "done"
        assert row.actual_minutes == expected.used_minutes(row.segment_id), row.title
    assert record.intervention_count == len(notes.interventions)
    assert [i.id for i in record.interventions()] == [n.id for n in notes.interventions]
    items = {s.segment_id: item for item in record.items for s in item.segments}
    for panel_id in notes.panellists.keys() | notes.moderators.keys():
        panel = next(p for p in items[panel_id].panels if p.segment_id == panel_id)
        assert list(panel.panellists) == [p.line for p in notes.panellists.get(panel_id, ())]
        moderator = notes.moderators.get(panel_id)
        assert panel.moderator == (moderator.line if moderator else None)
    for item in record.items:
        for panel in item.panels:
            assert [(qa.question.id, [a.id for a in qa.answers]) for qa in panel.questions] == [
                (q.id, [a.id for a in answers])
                for q, answers in expected.panel_questions(panel.segment_id)
            ]
            assert [o.id for o in panel.other] == [
                o.id for o in expected.panel_other(panel.segment_id)
            ]
        for standing in item.standing_items:
            groups = expected.standing_groups(standing.segment_id)
            assert {g.number: [i.id for i in g.interventions] for g in standing.groups} == {
                k: [n.id for n in v] for k, v in groups.items()
            }, standing.title
    heard = [
        (
            s.speaker,
            s.organization,
            s.start,
            s.spoken_seconds,
            s.allotted_seconds,
            s.overtime_seconds,
        )
        for s in record.speakers
    ]
    assert heard == [
        (t.person.name, t.person.organization, t.start, int(t.spoken), t.limit, t.overtime)
        for t in expected.turns
    ]
    withdrawn = {p.name for p in notes.withdrawn}
    assert withdrawn and not withdrawn & {s.speaker for s in record.speakers}
    assert (record.attendance.registered, record.attendance.heard) == (
        len(notes.registered),
        len(notes.heard()),
    )


def check_document(outline: Outline, expected: Expected, key: str) -> None:
    """Markdown, HTML or Word: every heading, bullet and table where the record puts it."""
    assert outline.blocks[0] == Heading(1, expected.title), key
    meeting = outline.section(2, "Meeting data")
    assert list(meeting.tables()[-1][1:]) == expected.sittings_rows(), key
    attendance = outline.section(2, "Attendance")
    assert expected.attendance_total() in attendance.tables()[0], key

    for item_title in dict.fromkeys(title for title, _ in expected.segments):
        item = outline.section(2, item_title)
        assert list(item.tables()[0][1:]) == expected.item_rows(item_title), (key, item_title)
    for _, segment in expected.segments:
        if segment.kind is SegmentKind.PANEL:
            check_panel(outline.section(3, segment.display_title), segment, expected, key)
        elif segment.kind is SegmentKind.STANDING_ITEM:
            check_standing_item(outline.section(3, segment.display_title), segment, expected, key)
    for segment in expected.plain_segments():
        found = outline.section(3, segment.display_title).entries()
        assert found == [(0, expected.entry(n)) for n in expected.segment_interventions(segment.id)]

    annex = outline.section(2, "Annex")
    timetable = annex.section(3, "Timetable: planned and actual").tables()[0]
    assert list(timetable[1:]) == expected.timetable_rows(), key
    speakers = annex.section(3, "List of speakers").tables()[0]
    assert list(speakers[1:]) == expected.speaker_rows(attributed=True), key


def check_panel(section: Outline, panel: Segment, expected: Expected, key: str) -> None:
    """Its moderator and panellists; each question with the answers linked to it under it."""
    people = [text for _, text in section.entries()]
    assert people == [p.line for p in expected.notes.panellists.get(panel.id, ())], key
    moderator = expected.notes.moderators.get(panel.id)
    if moderator is not None:
        assert Para(f"Moderator: {moderator.line}") in section.blocks, key
    wanted = []
    for question, answers in expected.panel_questions(panel.id):
        wanted.append((0, expected.entry(question)))
        wanted += [(1, expected.entry(a)) for a in answers]
    assert section.section(4, "Questions and answers").entries() == wanted, (key, panel.title)
    other = expected.panel_other(panel.id)
    if other:
        found = section.section(4, "Other interventions").entries()
        assert found == [(0, expected.entry(n)) for n in other], key
    else:
        assert not section.has_section(4, "Other interventions"), key


def check_standing_item(section: Outline, item: Segment, expected: Expected, key: str) -> None:
    """Each guiding question with the interventions that answer it; the rest under "Other"."""
    for number, found in expected.standing_groups(item.id).items():
        question = None if number is None else item.guiding_questions[number - 1]
        if number is None:
            heading = "Other interventions"
            if not found:
                assert not section.has_section(4, heading), key
                continue
        else:
            heading = f"Q{number}. {item.guiding_questions[number - 1]}"
        entries = section.section(4, _clean(heading)).entries()
        assert entries == [(0, expected.entry(n, question)) for n in found], (key, heading)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def check_csv(files: dict[str, Path], expected: Expected) -> None:
    """The three tables: every intervention, every turn, every segment, times to the second."""
    notes = expected.notes
    interventions = _rows(files["interventions"])
    assert [
        (r["id"], r["speaker"], r["organization"], r["category"], r["room_or_online"], r["kind"])
        for r in interventions
    ] == [
        (n.id, n.speaker, n.organization, n.category, n.attendance, n.kind.label)
        for n in notes.interventions
    ]
    for row, noted in zip(interventions, notes.interventions, strict=True):
        tags = [short_title(expected.programme.segment(s)) for s in noted.tags]
        assert row["segments"] == "; ".join(tags)
        assert row["guiding_questions"] == "; ".join(
            expected.question_text(*q) for q in noted.questions
        )
        assert row["summary"] == noted.summary
        assert (row["start"], row["end"]) == (iso(noted.start), iso(noted.end)), noted.id
    speakers = _rows(files["speakers"])
    assert [
        (
            r["speaker"],
            r["room_or_online"],
            r["segment"],
            r["start"],
            r["spoken_seconds"],
            r["allotted_seconds"],
            r["overtime_seconds"],
        )
        for r in speakers
    ] == [
        (
            t.person.name,
            t.person.attendance.short,
            short_title(expected.programme.segment(t.segment_id)),
            iso(t.start),
            str(int(t.spoken)),
            str(t.limit),
            str(t.overtime),
        )
        for t in expected.turns
    ]
    timetable = _rows(files["timetable"])
    assert [
        (r["segment"], r["status"], r["planned_start"][11:16], r["actual_start"], r["actual_end"])
        for r in timetable
    ] == [
        (
            s.display_title,
            "done",
            expected.planned(s.id)[0],
            *(iso(t) for t in expected.actual(s.id)),
        )
        for _, s in expected.segments
    ]
    assert [r["delay_minutes"] for r in timetable] == [
        str(expected.delay(s.id)) for _, s in expected.segments
    ]


def check_json(path: Path, expected: Expected, day: Rehearsal) -> None:
    """Complete and re-importable: the programme the meeting started from, every event, and the
    record with the same places for everything."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["meeting"]["attributed"]) == ("facilitator-record", True)
    assert data["programme"]["title"] == expected.title
    events = day.db.load_meeting(day.meeting_id).events
    assert [(e["seq"], e["type"]) for e in data["journal"]] == [(e.seq, e.type) for e in events]
    record = data["record"]
    assert [(r["title"], r["actual_start"], r["actual_end"]) for r in record["timetable"]] == [
        (s.display_title, *(_iso_full(t) for t in expected.actual(s.id)))
        for _, s in expected.segments
    ]
    summaries = {n.id: n.summary for n in expected.notes.interventions}
    for item in record["items"]:
        for panel in item["panels"]:
            assert [
                (q["question"]["summary"], [a["summary"] for a in q["answers"]])
                for q in panel["questions"]
            ] == [
                (summaries[q.id], [a.summary for a in answers])
                for q, answers in expected.panel_questions(panel["segment_id"])
            ]
        for standing in item["standing_items"]:
            groups = expected.standing_groups(standing["segment_id"])
            assert {
                g["number"]: [i["summary"] for i in g["interventions"]] for g in standing["groups"]
            } == {k: [n.summary for n in v] for k, v in groups.items()}
    assert [
        (s["speaker"], s["spoken_seconds"], s["overtime_seconds"]) for s in record["speakers"]
    ] == [(t.person.name, int(t.spoken), t.overtime) for t in expected.turns]


def _iso_full(moment: dt.datetime) -> str:
    return moment.astimezone(VIENNA).isoformat()


def check_pdf(path: Path, outline: Outline, expected: Expected) -> None:
    """The PDF, its text read back with PDFium as a viewer extracts it: A4 pages numbered "Page N
    of M", the meeting's title, and everything the Word document says (each heading, bullet,
    paragraph and table cell, checked above against the notebook) in the same order."""
    info = pdf_info(path)
    assert set(info.media_boxes) == {A4}
    assert info.metadata["Title"] == expected.title
    feet = [" ".join(foot.split()) for foot in pdf_pages(path, FOOTER)]
    assert feet == [f"Page {n} of {info.pages}" for n in range(1, info.pages + 1)]
    body = squeeze("".join(pdf_pages(path, BODY)))
    position = 0
    for block in outline.blocks:
        rows = block.rows if isinstance(block, Table) else ((block.text,),)
        for row in rows:
            # a row split over two pages puts its other cells (and the repeated header) inside a
            # long cell's text: the cells of one row may come in any order, rows may not
            position = max(_find_words(body, cell, position) for cell in row)


def _find_words(body: str, text: str, start: int) -> int:
    """Where the words of ``text`` end in ``body``, each found after the one before it."""
    for word in filter(None, map(squeeze, text.split())):
        found = body.find(word, start)
        assert found >= 0, (text, body[start : start + 200])
        start = found + len(word)
    return start


def check_unattributed(record: Record, files: dict[str, Path], expected: Expected) -> None:
    """No name and no organization anywhere, in any format; the same places, with speakers
    named by their category."""
    names = expected.notes.names()
    texts = {
        "record": repr(record),
        "md": files["md"].read_text(encoding="utf-8"),
        "html": html.unescape(files["html"].read_text(encoding="utf-8")),
        "docx": read_docx(files["docx"]).text(),
        "summary": read_docx(files["summary-docx"]).text(),
        "json": json.dumps(
            json.loads(files["json"].read_text(encoding="utf-8")), ensure_ascii=False
        ),
        **{
            k: files[k].read_text(encoding="utf-8-sig")
            for k in ("interventions", "speakers", "timetable")
        },
        # every character on every page, clipped or not, and the document's properties; a
        # name broken over two lines is still a name
        "pdf": " ".join(
            [*pdf_info(files["pdf"]).metadata.values(), *"".join(pdf_pages(files["pdf"])).split()]
        ),
    }
    for key, text in texts.items():
        leaked = sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text))
        assert not leaked, (key, leaked)
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    assert data["programme"] is None and data["journal"] is None
    assert data["meeting"]["attributed"] is False
    for key in DOCUMENTS:
        outline = read(key, files[key])
        speakers = outline.section(2, "Annex").section(3, "List of speakers").tables()[0]
        assert list(speakers[1:]) == expected.speaker_rows(attributed=False), key
        for _, segment in expected.segments:
            if segment.kind is SegmentKind.PANEL:
                qa = outline.section(3, segment.display_title).section(4, "Questions and answers")
                who = [(depth, text.split(" (")[0].split(",")[0]) for depth, text in qa.entries()]
                wanted = []
                for question, answers in expected.panel_questions(segment.id):
                    wanted.append((0, expected.anonymous(question)))
                    wanted += [(1, expected.anonymous(a)) for a in answers]
                assert who == wanted, key
    assert [s.speaker for s in record.speakers] == [
        anonymous_speaker(t.person.category) for t in expected.turns
    ]


def check_summary(outline: Outline, expected: Expected) -> None:
    """The draft of the Co-Chairs' summary, read back from Word: the introduction's figures, each
    panel's people, questions (grouped by the answers that took them up) and answers, each
    standing item's points under its guiding questions, the recommendations, and the list of
    speakers, all as the rehearsal captured them."""
    notes = expected.notes
    assert outline.blocks[0] == Heading(1, expected.title)
    assert Para("Co-Chairs' summary (draft)") in outline.blocks
    intro = outline.section(2, "Introduction").text()
    assert f"{len(notes.registered)} participants registered" in intro
    room = sum(1 for p in notes.registered if not p.online)
    assert f"({room} in the room, {len(notes.registered) - room} online)" in intro
    assert f"{len(notes.heard())} participants took the floor." in intro

    def point(noted: Noted) -> str:
        who = f"{noted.speaker} ({noted.organization})" if noted.organization else noted.speaker
        return _clean(f"{who}: {noted.summary}")

    for _, segment in expected.segments:
        if segment.kind is SegmentKind.PANEL:
            panel = outline.section(3, segment.display_title)
            people = expected.notes.panellists.get(segment.id, ())
            if people:
                assert (
                    Para("Panellists: " + "; ".join(p.line for p in people) + ".") in panel.blocks
                )
            moderator = expected.notes.moderators.get(segment.id)
            if moderator is not None:
                assert Para(f"Moderator: {moderator.line}") in panel.blocks
            qa = panel.section(4, "Questions and answers")
            asked = expected.panel_questions(segment.id)
            if not asked:
                assert Para("No questions were recorded.") in qa.blocks
                continue
            assert qa.blocks[0] == Para(
                f"{len(asked)} question{'s' if len(asked) > 1 else ''} raised, "
                + _by([q for q, _ in asked])
                + "."
            )
            found = [
                text for block in qa.blocks if isinstance(block, Entry) for text in [block.text]
            ]
            wanted: list[str] = []
            for group, answers in _groups(asked):
                wanted += [point(q) for q in group]
                wanted += [point(a) for a in answers]
            assert found == wanted, segment.title
        elif segment.kind is SegmentKind.STANDING_ITEM:
            standing = outline.section(3, segment.display_title)
            for number, group in expected.standing_groups(segment.id).items():
                if number is None:
                    if not group:
                        continue
                    heading = "Other interventions"
                else:
                    heading = _clean(f"Q{number}. {segment.guiding_questions[number - 1]}")
                under = standing.section(4, heading)
                assert under.entries() == [(0, point(n)) for n in group], heading
                if group:
                    count = f"{len(group)} intervention{'s' if len(group) > 1 else ''}, "
                    assert under.blocks[0] == Para(count + _by(group) + "."), heading
    recommendations = outline.section(2, "Recommendations and follow-up")
    flagged = [n for n in notes.interventions if n.kind is InterventionKind.RECOMMENDATION]
    assert [text.split(" [recommendation")[0] for _, text in recommendations.entries()] == [
        point(n) for n in flagged
    ]
    (speakers,) = outline.section(2, "Annex: list of speakers").tables()
    assert [row[:2] for row in speakers[1:]] == [
        (str(n), t.person.name) for n, t in enumerate(expected.turns, 1)
    ]


def _by(entries: list[Noted]) -> str:
    counts: dict[str, int] = {}
    for noted in entries:
        counts[noted.category] = counts.get(noted.category, 0) + 1
    named = [f"{c[0].lower() + c[1:] if c[1:2].islower() else c} ({n})" for c, n in counts.items()]
    return "by " + (named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1])


def _groups(asked: list[tuple[Noted, list[Noted]]]) -> list[tuple[list[Noted], list[Noted]]]:
    """The questions grouped by the answers that took them up (the notebook's links), the
    unanswered last."""
    groups: list[tuple[list[Noted], list[Noted]]] = []
    unanswered = [q for q, answers in asked if not answers]
    for question, answers in asked:
        if not answers:
            continue
        ids = {a.id for a in answers}
        home = next((g for g in groups if ids & {a.id for a in g[1]}), None)
        if home is None:
            groups.append(([question], list(answers)))
        else:
            home[0].append(question)
            home[1].extend(a for a in answers if a.id not in {b.id for b in home[1]})
    if unanswered:
        groups.append((unanswered, []))
    return groups
