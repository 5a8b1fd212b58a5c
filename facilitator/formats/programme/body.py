"""The body of a programme: its blocks read, in one pass, into items and segments.

:class:`BodyReader` knows whether it is reading guiding questions or a list of speakers, and turns
each block into an item, a segment, a question, a person, a break or a note, placing every block
in the import report. Kinds come from :mod:`programme_lines`; which blocks are items was decided
by :class:`~facilitator.formats.programme.builder.ProgrammeBuilder` beforehand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.core.programme import Person, SegmentKind
from facilitator.formats.programme import timetext
from facilitator.formats.programme.blocks import CELL, HEADER, PEOPLE, Block, split_label
from facilitator.formats.programme.lines import (
    is_person,
    item_number,
    kind_of,
    label_value,
    looks_like_name_line,
    panel_of,
    people,
    standing_of,
    strip_end,
)
from facilitator.formats.programme.report import (
    BREAK,
    ITEM,
    MARKER,
    MEETING_DATA,
    NOTE,
    PERSON,
    QUESTION,
    SEGMENT,
    UNREAD,
)

if TYPE_CHECKING:
    from facilitator.formats.programme.builder import ProgrammeBuilder


@dataclass(slots=True)
class SegmentDraft:
    kind: SegmentKind
    title: str
    line: int
    number: int | None = None
    start: int | None = None
    end: int | None = None
    questions: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    moderator: Person | None = None
    for_panel: int | None = None
    implicit: bool = False


@dataclass(slots=True)
class ItemDraft:
    number: str | None
    title: str
    line: int
    notes: list[str] = field(default_factory=list)
    segments: list[SegmentDraft] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    standing_context: bool = False


class BodyReader:
    """Reads the body's blocks into items and segments, in one pass (see the module docstring)."""

    def __init__(self, builder: ProgrammeBuilder, blocks: list[Block]) -> None:
        self.builder = builder
        self.report = builder.report
        self.vocab = builder.vocab
        self.blocks = blocks
        self.items: list[ItemDraft] = []
        self.mode: str | None = None  # "questions" | "people" | None
        self.pending: tuple[int | None, int | None] = (None, None)
        self.pending_moderator: Person | None = None
        self.panels = 0
        self.standing = 0
        self.standing_bullet: str | None = None
        self.previous: SegmentDraft | ItemDraft | None = (
            None  # the entry the last block made, if any
        )
        self.times_follow: bool | None = None  # whether time lines come after their entry

    @property
    def item(self) -> ItemDraft:
        return self.items[-1]

    def last(self) -> SegmentDraft | None:
        return self.item.segments[-1] if self.items and self.item.segments else None

    def target(self, line: int) -> SegmentDraft:
        """The segment people and questions belong to: the last one, or the item's own."""
        last = self.last()
        if last is not None:
            return last
        seg = implicit_segment(self.item)
        seg.line = line
        self.item.segments.append(seg)
        return seg

    def place(self, block: Block, where: str) -> None:
        self.report.place_block(block, where)

    def read_all(self) -> None:
        for block in self.blocks:
            self.read(block)
        for item in self.items:
            if self.pending_moderator is not None and item is self.item:
                self.target(item.line).moderator = self.pending_moderator

    def read(self, block: Block) -> None:
        before = (len(self.items), len(self.item.segments) if self.items else 0)
        self.read_block(block)
        after = (len(self.items), len(self.item.segments) if self.items else 0)
        if after != before:  # the block made an entry: its item, or the item's last segment
            self.previous = self.item.segments[-1] if self.item.segments else self.item
        elif not _is_time_only(block):  # a time line keeps the entry above it in view
            self.previous = None

    def read_block(self, block: Block) -> None:
        if block.role == HEADER:  # a table's header row: it names the columns
            self.place(block, MARKER)
            return
        if self.builder.is_sitting_marker(block.text):  # "AFTERNOON SESSION (15.00 – 18.00)"
            self.builder.body_sittings.update(timetext.find_ranges(block.text))
            self.place(block, MEETING_DATA)
            return
        text = block.text
        start, end = block.start, block.end
        if start is None:
            start, end, text = timetext.leading_time(text)
            if start is None:
                start, end, text = timetext.trailing_time(text)
        if start is not None:
            text = text.strip(" |–—-:")
            if block.label is None:
                block.label, text = split_label(text)
                text = text.strip()
        if id(block) in self.builder.item_blocks:
            self.new_item(block, text, start, end)
            return
        if start is not None and not text:
            self.time_line(start, end)
            self.place(block, MEETING_DATA)
            return
        if block.heading and (self.builder.is_meta(text) or timetext.weekday_or_date_only(text)):
            self.place(block, MARKER)
            return
        if self.vocab.breaks.lead(text) and len(text) < 80:
            last = self.last()
            if last is not None and start is not None and last.end is None:
                last.end = start
            self.pending = (None, None)
            self.mode = None
            self.place(block, BREAK)
            return
        if start is not None:
            self.pending = (start, end)
        self.content(block, text)
        self.pending = (None, None)

    def time_line(self, start: int, end: int | None) -> None:
        """A time on a line of its own: the time of the entry just above it when that entry has
        none (a heading, then its time), else of the entry that follows."""
        above = self.previous
        if above is not None and above.start is None and self.times_follow is not False:
            above.start, above.end = start, end
            self.times_follow = True
            return
        if self.times_follow is None:
            self.times_follow = False
        self.pending = (start, end)

    def new_item(self, block: Block, text: str, start: int | None, end: int | None) -> None:
        if self.pending_moderator is not None and self.items:
            self.target(self.item.line).moderator = self.pending_moderator
            self.pending_moderator = None
        if start is None and self.pending != (None, None):
            start, end = self.pending
        self.pending = (None, None)
        number = item_number(block.label) if self.builder.scheme == "numbered" else None
        label, _rest = split_label(text) if self.builder.scheme != "numbered" else (None, text)
        item = ItemDraft(number, strip_end(text), block.line, start=start, end=end)
        self.items.append(item)
        self.mode = None
        self.place(block, ITEM)
        # A timetable row or heading may itself be a panel, a Q&A or a standing item.
        if self.builder.scheme != "numbered" and label is None:
            seg = self.structure(block, text, start, end)
            if seg is not None:
                item.start = item.end = None
            elif self.builder.scheme == "rows":
                # A timed row is an entry of the day in itself: what follows it (its speakers, a
                # "Followed by discussion") comes after it, never in its place.
                self.target(block.line)

    # -- segments
    def add(self, seg: SegmentDraft, block: Block) -> SegmentDraft:
        if self.pending != (None, None):
            seg.start = seg.start if seg.start is not None else self.pending[0]
            seg.end = seg.end if seg.end is not None else self.pending[1]
            self.pending = (None, None)
        if self.pending_moderator is not None and seg.moderator is None:
            seg.moderator, self.pending_moderator = self.pending_moderator, None
        self.item.segments.append(seg)
        self.mode = None
        self.place(block, SEGMENT)
        return seg

    def structure(
        self, block: Block, text: str, start: int | None, end: int | None
    ) -> SegmentDraft | None:
        """Panels, Q&A and standing items: lines whose structure says what they are."""
        if start is not None:
            self.pending = (start, end)
        panel = panel_of(text)
        if panel is not None:
            panel_number = panel[0] if panel[0] is not None else self.panels + 1
            self.panels = max(self.panels, panel_number)
            return self.add(
                SegmentDraft(SegmentKind.PANEL, panel[1], block.line, number=panel_number), block
            )
        standing = standing_of(text)
        if block.standing_mark or standing is not None:
            given, title = standing if standing is not None else (None, strip_end(text))
            return self.add_standing(block, title, given)
        kind = kind_of(text)
        if kind is SegmentKind.QA:
            return self.add(
                SegmentDraft(
                    SegmentKind.QA, strip_end(text), block.line, for_panel=self.panel_to_answer()
                ),
                block,
            )
        if start is not None:
            self.pending = (None, None)
        return None

    def add_standing(self, block: Block, title: str, number: int | None) -> SegmentDraft:
        number = number if number is not None else self.standing + 1
        self.standing = max(self.standing, number)
        self.item.standing_context = True
        return self.add(
            SegmentDraft(SegmentKind.STANDING_ITEM, title, block.line, number=number), block
        )

    def panel_to_answer(self) -> int | None:
        answered = {s.for_panel for s in self.item.segments if s.kind is SegmentKind.QA}
        for seg in reversed(self.item.segments):
            if seg.kind is SegmentKind.PANEL:
                return seg.number if seg.number not in answered else None
        return None

    # -- everything else
    def content(self, block: Block, text: str) -> None:
        vocab = self.vocab
        if not self.items:
            self.place(block, UNREAD)
            return
        # Guiding questions.
        label = vocab.question_labels.rest(text)
        if label is not None and (text.rstrip().endswith(":") or not label or label.endswith("?")):
            self.mode = "questions"
            self.place(block, QUESTION)
            if label and label.endswith("?"):
                self.question(block, label)
            return
        # Moderators and lists of speakers.
        moderator = vocab.moderator.rest(text)
        if (
            moderator is not None
            and (
                is_person(moderator)
                or re.match(r"^\S+\s*:", text)
                or "by" in text[:20].casefold()
                or "par" in text[:20].casefold()
                or "por" in text[:20].casefold()
            )
            and moderator
        ):
            found = people(moderator)
            if found:
                last = self.last()
                if last is None and (kind_of(self.item.title) or panel_of(self.item.title)):
                    last = self.target(block.line)  # the item is itself the panel it moderates
                if last is not None and last.moderator is None:
                    last.moderator = found[0]
                else:
                    self.pending_moderator = found[0]
                self.place(block, PERSON)
                return
        speakers = vocab.speakers.rest(text)
        if speakers is not None and re.match(r"^[^:]{1,40}:", text):
            self.mode = "people"
            if speakers:
                self.target(block.line).people.extend(people(speakers))
            self.place(block, PERSON)
            return
        if (
            block.role == PEOPLE
            or (is_person(text) and kind_of(text) is None)
            or (bool(block.bullet) and looks_like_name_line(text))
            or (
                self.mode == "people"
                and (block.bullet or is_person(text))
                and not text.endswith("?")
            )
        ):
            self.target(block.line).people.extend(people(text))
            self.place(block, PERSON)
            return
        if (
            self.mode == "questions"
            and self.standing_bullet
            and block.bullet == self.standing_bullet
            and not text.endswith("?")
        ):
            self.add_standing(block, strip_end(text), None)
            return
        if self.mode == "questions" and not self.is_segment_line(block, text):
            self.question(block, text)
            return
        if text.rstrip().endswith("?") and self.last() is not None and not block.heading:
            self.question(block, text)
            return
        # Structure: panels, Q&A, standing items.
        if self.structure(block, text, None, None) is not None:
            if block.standing_mark:
                self.standing_bullet = block.bullet
            return
        sub = label_value(block.label)
        if sub is not None and sub[0] == "letter" and self.standing_context():
            self.add_standing(block, strip_end(text), None)
            return
        if text.rstrip().endswith(":"):
            if self.mentions_standing(text):
                self.item.standing_context = True
            self.item.notes.append(text)
            self.place(block, NOTE)
            self.mode = None
            return
        if block.bullet and self.item.standing_context and not is_person(text):
            # "- * Role of …" under "… three standing agenda items:", however it is bulleted.
            self.standing_bullet = block.bullet
            self.add_standing(block, strip_end(text), None)
            return
        kind = kind_of(text)
        is_entry = bool(
            block.bullet
            or block.label
            or block.row
            or block.role == CELL
            or block.heading
            or self.pending[0] is not None
        )
        if kind is not None and (is_entry or len(text) <= 160):
            self.add(SegmentDraft(kind, strip_end(text), block.line), block)
            return
        if is_entry and block.role != CELL:
            self.add(SegmentDraft(SegmentKind.OTHER, strip_end(text), block.line), block)
            return
        if self.mentions_standing(text):
            self.item.standing_context = True
        self.item.notes.append(text)
        self.place(block, NOTE)

    def is_segment_line(self, block: Block, text: str) -> bool:
        if text.rstrip().endswith("?"):
            return False
        if block.heading or panel_of(text) or standing_of(text) or block.standing_mark:
            return True
        if kind_of(text) is SegmentKind.QA and not block.label:
            return True
        value = label_value(block.label)
        return value is not None and value[0] == "letter" and self.standing_context()

    def question(self, block: Block, text: str) -> None:
        target = self.target(block.line)
        if target.kind is SegmentKind.QA and target.for_panel is not None:
            target = next(
                (
                    s
                    for s in self.item.segments
                    if s.kind is SegmentKind.PANEL and s.number == target.for_panel
                ),
                target,
            )
        if target.questions and not block.bullet and not block.label and text[:1].islower():
            target.questions[-1] = f"{target.questions[-1]} {text}"
        else:
            target.questions.append(_strip_question(text))
        self.mode = "questions"
        self.place(block, QUESTION)

    def standing_context(self) -> bool:
        item = self.item
        return item.standing_context or self.mentions_standing(" ".join([item.title, *item.notes]))

    def mentions_standing(self, text: str) -> bool:
        lowered = text.casefold()
        return bool(
            re.search(
                r"standing (?:agenda )?items?|tour[- ]de[- ]table|points? permanents?|"
                r"temas? permanentes?|interactive exchange|échange interactif|"
                r"intercambio interactivo",
                lowered,
            )
        )


_QUESTION_NUMBER = re.compile(r"^(?:Q\s?\d{1,2}|\d{1,2}|[a-z]|[ivx]{1,4})\s*[.):]\s+(?=\S)", re.I)


def _is_time_only(block: Block) -> bool:
    """A line that is only a time ("10:00 – 10:15"), outside a table's time column."""
    start, _, rest = timetext.leading_time(block.text)
    return block.start is None and start is not None and not rest


def _strip_question(text: str) -> str:
    """A guiding question without its list number ("1. How …" → "How …")."""
    return _QUESTION_NUMBER.sub("", text.strip(), count=1)


def implicit_segment(item: ItemDraft) -> SegmentDraft:
    """The one segment of an item with no segment line: the item's own title and time."""
    title = item.title
    panel = panel_of(title)
    if panel is not None:
        return SegmentDraft(
            SegmentKind.PANEL, panel[1], item.line, number=panel[0] or 1, implicit=True
        )
    kind = kind_of(title) or SegmentKind.OTHER
    return SegmentDraft(kind, strip_end(title), item.line, implicit=True)


def finish_item(item: ItemDraft) -> None:
    if not item.segments:
        item.segments.append(implicit_segment(item))
    if item.start is not None and item.segments[0].start is None:
        item.segments[0].start = item.start
    if item.end is not None and item.segments[-1].end is None:
        item.segments[-1].end = item.end
