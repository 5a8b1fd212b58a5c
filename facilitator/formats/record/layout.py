"""The session record's layout, once: the walk over a record that every document format renders.

Word, HTML, Markdown and PDF show the same proceedings in the same order with the same wording.
They used to walk the record each on its own (four copies of the same loops, drifting apart in
small ways); now :func:`record_layout` walks it once and says *what* the document holds as a flat
sequence of simple typed blocks, and each writer only says *how* a block looks in its format:

* :class:`Heading`: a title (level 0) or a heading (1 a part: meeting data, an agenda item, the
  annex; 2 a segment or an annex table; 3 a panel's questions and answers, a guiding question);
* :class:`Paragraph`: a line of :class:`Run` s, each plain, bold or italic;
* :class:`BulletList`: items of runs, an item possibly holding a list of its own (a question and
  the answers given to it);
* :class:`Table`: a :class:`~facilitator.formats.record.tables.TableData` (the tables' own cells
  and headers are built in :mod:`~facilitator.formats.record.tables`);
* :class:`Chart`: the chart of speaking time by stakeholder category.

All the wording a document adds to what was captured (headings such as "Meeting data", labels such
as "Moderator:", notices such as "No questions were recorded.", the separators of an entry's line,
the running header and the page numbers) is a field of :class:`Words`, and only the walker reads
it: a record in another language is one more :class:`Words` (:func:`words_in`, from the record
writers' catalogue, :mod:`~facilitator.formats.record.catalogue`), not four edited writers. The
wording that comes with the record itself, from the core (the kinds of intervention, "A
representative of …" in an unattributed record), is translated in the record once
(:func:`~facilitator.formats.record.localise.in_language`); the tables' headers are
:mod:`~facilitator.formats.record.tables`', from the same catalogue.)

What each block says is format-free; how it is made safe is not. A :class:`Run` says whether its
text was *captured* (typed by someone: a name, a title, a summary), which each format makes inert
on its own terms, or is the document's own wording; and whether it keeps its line breaks (a
summary) or is one line. Captured text that holds right-to-left script is isolated here
(:func:`~facilitator.formats.record.files.isolate`), so that it sways nothing after it in any
format; in a right-to-left record (Arabic), captured text that holds left-to-right letters is
isolated too (:func:`in_direction`), so that an English summary keeps its full stop at its end.

The blocks are frozen dataclasses with defaults, so that later needs add a field without touching
the walker's callers: a text direction on a paragraph or a run (Arabic), keep-with-next on a
heading, a page break. :attr:`Table.repeat_header` and :attr:`Chart.alt` exist already.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from facilitator.core.record import (
    OTHER_INTERVENTIONS,
    REMOVED_SEGMENTS,
    UNTAGGED,
    CategoryTime,
    InterventionRecord,
    ItemRecord,
    PanelRecord,
    Record,
    Section,
    SegmentInterventions,
    StandingItemRecord,
)
from facilitator.formats.record import floor_tables, tables
from facilitator.formats.record.catalogue import Catalogue
from facilitator.formats.record.files import for_right_to_left, isolate, right_to_left
from facilitator.formats.record.localise import catalogue_of, question_heading
from facilitator.formats.record.tables import ANNEX, NOBODY_SPOKE, TableData, other_questions


@dataclass(frozen=True, slots=True)
class Words:
    """The wording a record document adds, in one language (English: :data:`ENGLISH`).

    Separators are wording too: a French record puts a space before a colon. ``running_head`` and
    ``page`` are templates (``str.format`` fields: ``{title}`` and ``{mode}``; ``{page}`` and
    ``{pages}``)."""

    meeting_data: str = "Meeting data"
    attendance: str = "Attendance"
    annex: str = "Annex"
    timetable: str = "Timetable: planned and actual"
    speakers: str = "List of speakers"
    speaking_time: str = "Speaking time by stakeholder category"
    nobody_spoke: str = NOBODY_SPOKE
    moderator: str = "Moderator:"
    panellists: str = "Panellists:"
    questions_and_answers: str = "Questions and answers"
    no_questions: str = "No questions were recorded."
    other_interventions: str = OTHER_INTERVENTIONS
    no_interventions: str = "No interventions were recorded."
    removed_segments: str = REMOVED_SEGMENTS
    untagged: str = UNTAGGED
    #: An entry's line: "Name (organization, category, room), kind — on: Q; Q: summary".
    details_open: str = " ("
    details_close: str = ")"
    details_separator: str = ", "
    kind_separator: str = ", "
    on_questions: str = " — on: "
    also_on_questions: str = " — also on: "
    questions_separator: str = "; "
    summary_separator: str = ": "
    #: The PDF's running header and every document's page numbers.
    running_head: str = "{title} — {mode} record"
    page: str = "Page {page} of {pages}"


ENGLISH = Words()


@functools.cache
def words_in(language: str) -> Words:
    """The layout's wording in ``language``, from the record writers' catalogue."""
    if language == "en":
        return ENGLISH
    cat = catalogue_of(language)
    texts = {name: cat(getattr(ENGLISH, name)) for name in _WORDS}
    return Words(**texts)


#: Every field of :class:`Words` (each is a message of the catalogue, by its English text).
_WORDS = tuple(f.name for f in fields(Words))


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one look.

    ``captured``: someone typed it (a name, a title, a summary); each format makes it inert its own
    way (Markdown also folds it onto one line and trims it). Otherwise it is the document's own
    wording, written as it is. ``multiline``: its line breaks are its own and are kept (a summary);
    other text is one line. ``rtl``: a summary in a right-to-left script (Arabic, Hebrew); a paged
    format sets it as a right-to-left paragraph of its own, under the entry's line, so that its
    full stop ends it on the left."""

    text: str
    bold: bool = False
    italic: bool = False
    captured: bool = False
    multiline: bool = False
    rtl: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    """The document's title (``level`` 0) or a heading of ``level`` 1 to 3."""

    level: int
    text: str
    captured: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text: a label and its value, a notice ("No questions were
    recorded.")."""

    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    """One bullet; ``items`` is the list under it (a question's answers), if any."""

    runs: tuple[Run, ...]
    items: tuple[ListItem, ...] = ()


@dataclass(frozen=True, slots=True)
class BulletList:
    """A bulleted list. ``entries``: a list of interventions, spaced for reading, rather than a
    short list of names."""

    items: tuple[ListItem, ...]
    entries: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table (a two-column list of facts when its data has no header). ``repeat_header``: a
    paged format repeats the header row on every page the table runs over."""

    data: TableData
    repeat_header: bool = True


@dataclass(frozen=True, slots=True)
class Chart:
    """The chart of speaking time by stakeholder category: one bar per category, in ``times``'
    order. ``alt`` says what it shows, for whoever cannot see it."""

    times: tuple[CategoryTime, ...]
    alt: str
    language: str = "en"  # the record's: its alternative text's language


#: Every kind of block; a writer renders each (``match`` with ``assert_never``: mypy says so if
#: a kind is added and a writer does not render it).
Block = Heading | Paragraph | BulletList | Table | Chart


@dataclass(frozen=True, slots=True)
class RecordLayout:
    """What a record document holds, from its title to the annex, and the page furniture's words
    (``page``: a template with ``{page}`` and ``{pages}``)."""

    blocks: tuple[Block, ...]
    running_head: str
    page: str
    language: str = "en"  # the document's (a code of the catalogue's LANGUAGES)

    def page_label(self, page: int, pages: int) -> str:
        """ "Page 3 of 12"."""
        return self.page.format(page=page, pages=pages)


def record_layout(record: Record, words: Words | None = None) -> RecordLayout:
    """The record as blocks (the sections ``record`` shows), with the page furniture; in the
    record's language unless ``words`` are given."""
    words = words or words_in(record.language)
    title = " ".join(record.meeting.title.split())
    if catalogue_of(record.language).right_to_left:
        title = for_right_to_left(title)
    return RecordLayout(
        tuple(blocks(record, words)),
        words.running_head.format(title=title, mode=tables.mode_label(record)),
        words.page,
        record.language,
    )


def blocks(record: Record, words: Words | None = None) -> list[Block]:
    """The record's content as blocks, in document order: the title, meeting data, attendance,
    the proceedings and the annex, each if ``record`` shows it."""
    words = words or words_in(record.language)
    out: list[Block] = [Heading(0, record.meeting.title, captured=True)]
    if record.has(Section.MEETING):
        out += _meeting(record, words)
    if record.has(Section.ATTENDANCE):
        out += [
            Heading(1, words.attendance),
            Table(tables.attendance_by_category(record)),
            Table(tables.attendance_by_place(record)),
            Table(floor_tables.attendance_by_gender(record)),
            Table(floor_tables.attendance_by_youth(record)),
        ]
    if record.has(Section.PROCEEDINGS):
        out += _proceedings(record, words)
    out += _annex(record, words)
    return in_direction(out, record.language)


def in_direction(content: list[Block], language: str) -> list[Block]:
    """``content`` for a document in ``language``: in a right-to-left language, the captured
    text (runs, headings, table cells) that reads left to right isolated, and that reads right to
    left bare (:func:`~facilitator.formats.record.files.for_right_to_left`); otherwise as it
    is."""
    if not catalogue_of(language).right_to_left:
        return content
    return [_directed(block) for block in content]


def _directed(block: Block) -> Block:
    match block:
        case Heading():
            return replace(block, text=for_right_to_left(block.text))
        case Paragraph():
            return replace(block, runs=_directed_runs(block.runs))
        case BulletList():
            return replace(block, items=_directed_items(block.items))
        case Table():
            rows = tuple(tuple(for_right_to_left(c) for c in row) for row in block.data.rows)
            return replace(block, data=replace(block.data, rows=rows))
        case Chart():
            return block


def _directed_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    return tuple(replace(r, text=for_right_to_left(r.text)) if r.captured else r for r in runs)


def _directed_items(items: tuple[ListItem, ...]) -> tuple[ListItem, ...]:
    return tuple(ListItem(_directed_runs(i.runs), _directed_items(i.items)) for i in items)


def _meeting(record: Record, words: Words) -> list[Block]:
    sittings = tables.sittings(record)
    return [
        Heading(1, words.meeting_data),
        Table(tables.meeting_facts(record)),
        *([Table(sittings)] if sittings is not None else []),
    ]


def _proceedings(record: Record, words: Words) -> list[Block]:
    """Each agenda item with its segments; then what was said on segments since removed, and what
    was tagged to no segment."""
    out: list[Block] = []
    for item in record.items:
        out += _item(record, item, words)
    if record.removed_segments:
        out.append(Heading(1, words.removed_segments))
        for section in record.removed_segments:
            out += _segment(section, words)
    if record.untagged:
        out += [Heading(1, words.untagged), _entries(record.untagged, words)]
    if record.floor.interjections:  # points of order and rights of reply, marked (issue 21)
        lines = (
            ListItem((Run(floor_tables.interjection_line(record, i), captured=True),))
            for i in record.floor.interjections
        )
        heading = floor_tables.heading(record, floor_tables.INTERJECTIONS)
        out += [Heading(1, heading), BulletList(tuple(lines))]
    return out


def _item(record: Record, item: ItemRecord, words: Words) -> list[Block]:
    """An agenda item: its segments planned against actual, its panels, its standing items, then
    its other segments that have interventions."""
    out: list[Block] = [Heading(1, item.title, captured=True)]
    out.append(Table(tables.item_segments(record, item)))
    for panel in item.panels:
        out += _panel(panel, words)
    for standing in item.standing_items:
        out += _standing(standing, words, catalogue_of(record.language))
    for other in item.others:
        out += _segment(other, words)
    return out


def _panel(panel: PanelRecord, words: Words) -> list[Block]:
    """A panel: who moderated and who spoke on it, then its questions, each with the answers
    linked to it (an answer to two questions is under both), then its other interventions."""
    out: list[Block] = [Heading(2, panel.title, captured=True)]
    if panel.moderator:
        out.append(
            Paragraph(
                (Run(words.moderator, bold=True), Run(" "), Run(panel.moderator, captured=True))
            )
        )
    if panel.panellists:
        out.append(Paragraph((Run(words.panellists, bold=True),)))
        out.append(BulletList(tuple(ListItem((Run(p, captured=True),)) for p in panel.panellists)))
    out.append(Heading(3, words.questions_and_answers))
    if panel.questions:
        items = (
            ListItem(entry_runs(qa.question, words), tuple(_entry(a, words) for a in qa.answers))
            for qa in panel.questions
        )
        out.append(BulletList(tuple(items), entries=True))
    else:
        out.append(_notice(words.no_questions))
    if panel.other:
        out += [Heading(3, words.other_interventions), _entries(panel.other, words)]
    return out


def _standing(standing: StandingItemRecord, words: Words, cat: Catalogue) -> list[Block]:
    """A standing item: its interventions under each guiding question they answer (an
    intervention on two questions is under both), then those on none."""
    out: list[Block] = [Heading(2, standing.title, captured=True)]
    for group in standing.groups:
        if group.question is None and not group.interventions:
            continue
        if group.question is None:
            heading = Heading(3, words.other_interventions)
        else:  # the question as the programme words it, numbered ("Q1. …") by the record
            heading = Heading(3, question_heading(group, cat), captured=True)
        out += [
            heading,
            _entries(group.interventions, words, group.question),
        ]
    return out


def _segment(section: SegmentInterventions, words: Words) -> list[Block]:
    return [Heading(2, section.title, captured=True), _entries(section.interventions, words)]


def _annex(record: Record, words: Words) -> list[Block]:
    out: list[Block] = []
    if any(record.has(s) for s in ANNEX):
        out.append(Heading(1, words.annex))
    if record.has(Section.TIMETABLE):
        out += [Heading(2, words.timetable), Table(tables.timetable(record))]
    if record.has(Section.SPEAKERS):
        speakers = tables.speakers(record)
        shown = Table(speakers) if speakers is not None else _notice(words.nobody_spoke)
        out += [Heading(2, words.speakers), shown]
    if record.has(Section.CHART):
        out += [
            Heading(2, words.speaking_time),
            Table(tables.speaking_time(record)),
            Chart(record.speaking_time, words.speaking_time, record.language),
            Heading(2, floor_tables.heading(record, floor_tables.SPEAKING_TIME_GENDER_YOUTH)),
            Table(floor_tables.speaking_time_by_gender(record)),
            Table(floor_tables.speaking_time_by_youth(record)),
        ]
        budgets = floor_tables.budgets(record)
        if budgets is not None:
            out += [Heading(2, floor_tables.heading(record, floor_tables.BUDGETS)), Table(budgets)]
    return out


def _notice(text: str) -> Paragraph:
    return Paragraph((Run(text),))


def _entries(
    entries: Sequence[InterventionRecord], words: Words, under: str | None = None
) -> Paragraph | BulletList:
    """Interventions as a list, one entry each; a notice when there are none."""
    if not entries:
        return _notice(words.no_interventions)
    return BulletList(tuple(_entry(e, words, under) for e in entries), entries=True)


def _entry(entry: InterventionRecord, words: Words, under: str | None = None) -> ListItem:
    return ListItem(entry_runs(entry, words, under))


def entry_runs(
    entry: InterventionRecord, words: Words = ENGLISH, under: str | None = None
) -> tuple[Run, ...]:
    """An intervention's line: the speaker in bold, who they are, the kind of intervention, the
    guiding questions it answers (listed under one of them, ``under``: the others only) and its
    summary, with its line breaks."""
    runs = [Run(isolate(entry.speaker), bold=True, captured=True)]
    details = [isolate(d) for d in (entry.organization, entry.category, entry.attendance) if d]
    if details:  # each its own run: in an Arabic record each reads in its own direction
        runs.append(Run(words.details_open))
        for n, detail in enumerate(details):
            if n:
                runs.append(Run(words.details_separator))
            runs.append(Run(detail, captured=True))
        runs.append(Run(words.details_close))
    runs += [Run(words.kind_separator), Run(entry.kind.lower(), captured=True)]
    questions = other_questions(entry, under)
    if questions:
        runs.append(Run(words.also_on_questions if under else words.on_questions))
        for n, question in enumerate(questions):
            if n:
                runs.append(Run(words.questions_separator))
            runs.append(Run(question, captured=True))
    if entry.summary.strip():
        runs += [
            Run(words.summary_separator),
            Run(
                isolate(entry.summary),
                captured=True,
                multiline=True,
                rtl=right_to_left(entry.summary),
            ),
        ]
    return tuple(runs)
