"""Programmes generated in the layouts people use, written as text, as Markdown, as a Word list
and as a Word timetable, must read back to the outline they were generated from. Hypothesis varies
the number of items, the segments, the people under any segment, the panels and their Q&A."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.formats.programme.importer import import_programme, import_text
from tests.formats.docx_builders import add_numbering, set_numbering

_WORDS = [
    "cooperation",
    "evidence",
    "borders",
    "firearms",
    "victims",
    "youth",
    "data",
    "networks",
    "justice",
    "prevention",
    "protection",
    "markets",
    "courts",
    "ports",
    "cities",
    "regions",
]
_NAMES = ["Okafor", "Lindqvist", "Pérez", "Nakamura", "Haddad", "Kowalska", "Mbeki", "Ortiz"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
_TEMPLATES = {
    "remarks": "Opening remarks by the {who}",
    "briefing": "Briefing by the {who} on {topic}",
    "discussion": "Discussion on {topic}",
    "interventions": "Statements by {who}s on {topic}",
}
_WHO = ["Chair", "Vice-Chair", "Secretariat", "Rapporteur", "expert"]


@dataclass
class _Seg:
    kind: str
    text: str  # the line as written
    title: str  # the title it must read back as
    number: int | None = None
    for_panel: int | None = None
    people: list[str] = field(default_factory=list)


@dataclass
class _Item:
    title: str
    segments: list[_Seg]


def _topic(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4, unique=True))
    return " and ".join(words)


@st.composite
def programmes(draw: st.DrawFn) -> list[_Item]:
    items = []
    panel = 0
    for _ in range(draw(st.integers(1, 6))):
        topic = _topic(draw)
        segments: list[_Seg] = []
        for _ in range(draw(st.integers(1, 4))):
            choice = draw(st.sampled_from([*_TEMPLATES, "panel"]))
            people = [
                f"{draw(st.sampled_from(['Ms.', 'Mr.', 'Dr.', 'Prof.']))} A. {name}"
                for name in draw(st.lists(st.sampled_from(_NAMES), max_size=3, unique=True))
            ]
            if choice == "panel":
                panel += 1
                title = _topic(draw).capitalize()
                segments.append(
                    _Seg("panel", f"Panel {panel}: {title}", title, number=panel, people=people)
                )
                if draw(st.booleans()):
                    qa = draw(st.sampled_from(["Followed by questions from the floor", "Q&A"]))
                    segments.append(_Seg("qa", qa, qa, for_panel=panel))
                continue
            text = _TEMPLATES[choice].format(who=draw(st.sampled_from(_WHO)), topic=_topic(draw))
            segments.append(_Seg(choice, text, text, people=people))
        items.append(_Item(topic.capitalize(), segments))
    return items


_HEADER = ["Expert Group Meeting on the outline", "Tuesday, 14 October 2025", "10:00 – 13:00"]


def _as_text(items: list[_Item], *, markdown: bool) -> str:
    out = [("# " if markdown else "") + _HEADER[0], "", _HEADER[1], _HEADER[2], ""]
    for number, item in zip(_ROMAN, items, strict=False):
        out += [("## " if markdown else "") + f"{number}. {item.title}", ""]
        for seg in item.segments:
            out.append(seg.text if seg.kind in ("panel", "qa") else f"- {seg.text}")
            out += [f"  - {person}, Director" for person in seg.people]
        out.append("")
    return "\n".join(out)


def _as_word_list(items: list[_Item], path: Path) -> None:
    document = Document()
    for line in _HEADER:
        document.add_paragraph(line)
    numbers = add_numbering(document, [("upperRoman", "%1.")])
    for item in items:
        set_numbering(document.add_paragraph(item.title, style="Heading 1"), numbers)
        for seg in item.segments:
            style = "Normal" if seg.kind in ("panel", "qa") else "List Bullet"
            document.add_paragraph(seg.text, style=style)
            for person in seg.people:
                document.add_paragraph(f"{person}, Director", style="List Bullet 2")
    document.save(str(path))


def _as_word_timetable(items: list[_Item], path: Path) -> None:
    """One table per item: Time | Agenda item | Speakers, ten minutes a row."""
    document = Document()
    for line in _HEADER:
        document.add_paragraph(line)
    minute = 600
    for number, item in zip(_ROMAN, items, strict=False):
        document.add_paragraph(f"{number}. {item.title}")
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(
            table.rows[0].cells, ["Time", "Agenda item", "Speakers"], strict=True
        ):
            cell.text = text
        for seg in item.segments:
            row = table.add_row().cells
            row[0].text = f"{_hhmm(minute)} – {_hhmm(minute + 10)}"
            row[1].text = seg.text
            if seg.people:
                row[2].text = "\n".join(f"{p}, Director" for p in seg.people)
            minute += 10
    document.save(str(path))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _outline(programme: object) -> list[tuple[str, list[tuple[object, ...]]]]:
    return [
        (
            item.title,
            [
                (s.kind.value, s.title, s.number, s.for_panel, [p.name for p in s.panellists])
                for s in item.segments
            ],
        )
        for item in programme.items  # type: ignore[attr-defined]
    ]


def _expected(items: list[_Item]) -> list[tuple[str, list[tuple[object, ...]]]]:
    return [
        (
            item.title,
            [(s.kind, s.title, s.number, s.for_panel, s.people) for s in item.segments],
        )
        for item in items
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programmes(), st.booleans())
def test_text_and_markdown_read_back(items: list[_Item], markdown: bool) -> None:
    result = import_text(_as_text(items, markdown=markdown))
    assert _outline(result.programme) == _expected(items)
    assert result.report.unread == []
    assert result.programme.title == _HEADER[0]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(programmes(), st.booleans())
def test_word_lists_and_timetables_read_back(
    tmp_path: Path, items: list[_Item], timetable: bool
) -> None:
    path = tmp_path / "generated.docx"
    (_as_word_timetable if timetable else _as_word_list)(items, path)
    result = import_programme(path)
    assert _outline(result.programme) == _expected(items)
    assert result.programme.title == _HEADER[0]
