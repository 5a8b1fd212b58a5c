"""The meeting's programme: items, timed segments, sittings.

A programme is an immutable value. Edits (during the import review or during the meeting) make a
new programme with :func:`dataclasses.replace` or the helpers below, so that the live state can
always be recomputed from "the programme as it was" plus the journal. Every item and segment carries
a stable ``id``: the journal refers to segments by id, never by position, so reordering or inserting
a segment mid-meeting does not change what past events mean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.core.errors import Phrase


class ProgrammeError(ValueError):
    """A programme that cannot be read or is not valid.

    Its sentence is a constant English template with its values (``ProgrammeError("sitting
    {sitting} starts before sitting {previous} ends", sitting=2, previous=1)``), kept as
    :attr:`phrase` so that the interface says it in its own language (``ui/words.py``);
    ``message`` is the English sentence. ``source`` names the file (or other origin) and ``line``
    the 1-based line where it applies, so that the message shown to a user says exactly where to
    look; :meth:`describe` puts them together in English, for the terminal.
    """

    def __init__(
        self,
        template: str,
        /,
        *,
        source: str | None = None,
        line: int | None = None,
        **params: object,
    ) -> None:
        self.phrase = Phrase(template, **params)
        self.message = self.phrase.english
        self.source = source
        self.line = line
        super().__init__(self.describe())

    @classmethod
    def saying(
        cls, phrase: Phrase, *, source: str | None = None, line: int | None = None
    ) -> ProgrammeError:
        """The error that says ``phrase`` (a template checked where it was written)."""
        return ProgrammeError(phrase.template, source=source, line=line, **phrase.params)

    def describe(self) -> str:
        where = ""
        if self.source:
            where = self.source + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        return where + self.message

    def located(self, source: str) -> ProgrammeError:
        """The same error, attributed to ``source`` (when it had no source yet)."""
        if self.source:
            return self
        return ProgrammeError.saying(self.phrase, source=source, line=self.line)


class SegmentKind(StrEnum):
    """What happens in a timed unit of the day."""

    REMARKS = "remarks"
    BRIEFING = "briefing"
    INTERVENTIONS = "interventions"
    PANEL = "panel"
    QA = "qa"
    STANDING_ITEM = "standing_item"
    DISCUSSION = "discussion"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    SegmentKind.REMARKS: "Remarks",
    SegmentKind.BRIEFING: "Briefing",
    SegmentKind.INTERVENTIONS: "Interventions",
    SegmentKind.PANEL: "Panel",
    SegmentKind.QA: "Q&A",
    SegmentKind.STANDING_ITEM: "Standing item",
    SegmentKind.DISCUSSION: "Discussion",
    SegmentKind.OTHER: "Other",
}


class MeetingFormat(StrEnum):
    HYBRID = "hybrid"
    IN_PERSON = "in_person"
    ONLINE = "online"


@dataclass(frozen=True, slots=True)
class Person:
    """A panellist or moderator as the programme names them."""

    name: str
    role: str | None = None
    organization: str | None = None

    def display(self) -> str:
        return ", ".join(p for p in (self.name, self.role, self.organization) if p)


@dataclass(frozen=True, slots=True)
class Sitting:
    """One continuous block of the day, in the meeting's local time (e.g. 10:00–13:00)."""

    start: dt.time
    end: dt.time

    @property
    def minutes(self) -> int:
        return minutes_of(self.end) - minutes_of(self.start)


@dataclass(frozen=True, slots=True)
class Segment:
    """A timed unit of the day: remarks, a briefing, a panel, the Q&A after it, a standing item…"""

    id: str
    kind: SegmentKind
    title: str
    planned_minutes: int = 0
    number: int | None = None
    scheduled_start: dt.time | None = None
    guiding_questions: tuple[str, ...] = ()
    panellists: tuple[Person, ...] = ()
    moderator: Person | None = None
    for_panel: int | None = None
    #: A short label for the console, set by the Co-Chairs ("Opening remarks by the Co-Chairs");
    #: the title stays the document's own words.
    label: str | None = None

    @property
    def display_title(self) -> str:
        """The title as the console shows it: the Co-Chairs' short label when they set one, else
        "Panel 1: …", "Standing item 2: …", "Q&A on Panel 1", or the document's title."""
        if self.label:
            return self.label
        if self.kind is SegmentKind.PANEL and self.number is not None:
            return f"Panel {self.number}: {self.title}"
        if self.kind is SegmentKind.STANDING_ITEM and self.number is not None:
            return f"Standing item {self.number}: {self.title}"
        if self.kind is SegmentKind.QA and self.for_panel is not None:
            return f"Q&A on Panel {self.for_panel}"
        return self.title


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    title: str
    number: str | None = None
    notes: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = ()

    @property
    def display_title(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True, slots=True)
class Programme:
    title: str
    date: dt.date | None = None
    timezone: str | None = None
    sittings: tuple[Sitting, ...] = ()
    venue: str | None = None
    format: MeetingFormat | None = None
    online_platform: str | None = None
    items: tuple[AgendaItem, ...] = field(default_factory=tuple)

    # ------------------------------------------------------------------ lookups
    def segments(self) -> Iterator[tuple[AgendaItem, Segment]]:
        """Every segment of the day in order, with its item."""
        for item in self.items:
            for segment in item.segments:
                yield item, segment

    def segment_ids(self) -> list[str]:
        return [s.id for _, s in self.segments()]

    def find_segment(self, segment_id: str) -> tuple[AgendaItem, Segment] | None:
        for item, segment in self.segments():
            if segment.id == segment_id:
                return item, segment
        return None

    def segment(self, segment_id: str) -> Segment:
        found = self.find_segment(segment_id)
        if found is None:
            raise KeyError(segment_id)
        return found[1]

    def item_of(self, segment_id: str) -> AgendaItem:
        found = self.find_segment(segment_id)
        if found is None:
            raise KeyError(segment_id)
        return found[0]

    @property
    def planned_minutes(self) -> int:
        return sum(s.planned_minutes for _, s in self.segments())

    @property
    def capacity_minutes(self) -> int:
        return sum(s.minutes for s in self.sittings)

    def zone(self) -> dt.tzinfo:
        """The meeting's time zone (UTC when the programme does not say)."""
        if self.timezone:
            try:
                return ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                pass
        return dt.UTC

    def with_segment(self, segment: Segment) -> Programme:
        """A copy in which the segment with ``segment.id`` is replaced."""
        items = tuple(
            replace(
                item, segments=tuple(segment if s.id == segment.id else s for s in item.segments)
            )
            for item in self.items
        )
        return replace(self, items=items)

    # --------------------------------------------------------------- validation
    def validate(self) -> Programme:
        """Check the programme's invariants; return it, or raise :class:`ProgrammeError`."""
        if not self.title.strip():
            raise ProgrammeError("the programme has no title")
        if not self.items:
            raise ProgrammeError("the programme has no agenda items")
        if self.timezone:
            try:
                ZoneInfo(self.timezone)
            except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
                raise ProgrammeError("unknown time zone '{zone}'", zone=self.timezone) from exc
        previous_end: dt.time | None = None
        for index, sitting in enumerate(self.sittings, 1):
            if sitting.end <= sitting.start:
                raise ProgrammeError(
                    "sitting {sitting} ends ({end}) before it starts ({start})",
                    sitting=index,
                    end=f"{sitting.end:%H:%M}",
                    start=f"{sitting.start:%H:%M}",
                )
            if previous_end is not None and sitting.start < previous_end:
                raise ProgrammeError(
                    "sitting {sitting} starts before sitting {previous} ends",
                    sitting=index,
                    previous=index - 1,
                )
            previous_end = sitting.end
        seen: set[str] = set()
        for item in self.items:
            if not item.title.strip():
                raise ProgrammeError("agenda item {item} has no title", item=item.number or item.id)
            if item.id in seen:
                raise ProgrammeError("two agenda items share the id '{id}'", id=item.id)
            seen.add(item.id)
            panels = {s.number for s in item.segments if s.kind is SegmentKind.PANEL}
            for segment in item.segments:
                _validate_segment(item, segment, panels, seen)
        return self


def _validate_segment(
    item: AgendaItem, segment: Segment, panels: set[int | None], seen: set[str]
) -> None:
    where = Phrase(
        "in item '{item}', segment '{segment}'",
        item=item.number or item.title,
        segment=segment.title,
    )
    if segment.id in seen:
        raise ProgrammeError("{where}: the id '{id}' is used twice", where=where, id=segment.id)
    seen.add(segment.id)
    if not segment.title.strip():
        raise ProgrammeError(
            "in item '{item}': a segment has no title", item=item.number or item.title
        )
    if not isinstance(segment.planned_minutes, int) or isinstance(segment.planned_minutes, bool):
        raise ProgrammeError("{where}: planned minutes must be a whole number", where=where)
    if segment.planned_minutes < 0 or segment.planned_minutes > 24 * 60:
        raise ProgrammeError("{where}: planned minutes must be between 0 and 1440", where=where)
    if segment.number is not None and not 1 <= segment.number <= 999:
        raise ProgrammeError("{where}: a number must be between 1 and 999", where=where)
    if segment.for_panel is not None:
        if segment.kind is not SegmentKind.QA:
            raise ProgrammeError("{where}: only a Q&A segment can follow a panel", where=where)
        if segment.for_panel not in panels:
            raise ProgrammeError(
                "{where}: it follows panel {panel}, which is not in this item",
                where=where,
                panel=segment.for_panel,
            )
    for person in (*segment.panellists, *([segment.moderator] if segment.moderator else [])):
        if not person.name.strip():
            raise ProgrammeError("{where}: a panellist or moderator has no name", where=where)


# ---------------------------------------------------------------------------- editing rules
def renumbered(item: AgendaItem, segment: Segment, number: int | None) -> list[Segment]:
    """The segments that change when ``segment`` of ``item`` takes ``number``: the segment, and,
    for a panel renumbered from n to m, the Q&A that followed panel n (unless another panel of
    the item still has n: the Q&A may follow that one)."""
    changed = [replace(segment, number=number)]
    old = segment.number
    if segment.kind is not SegmentKind.PANEL or old is None or number is None:
        return changed
    if any(
        s.number == old and s.kind is SegmentKind.PANEL and s.id != segment.id
        for s in item.segments
    ):
        return changed
    changed += [
        replace(s, for_panel=number)
        for s in item.segments
        if s.kind is SegmentKind.QA and s.for_panel == old
    ]
    return changed


def next_number(item: AgendaItem | None, kind: SegmentKind) -> int:
    """One past the highest number of this kind of segment in ``item`` (panels, standing items)."""
    numbers = [s.number or 0 for s in (item.segments if item else ()) if s.kind is kind]
    return max(numbers, default=0) + 1


# ---------------------------------------------------------------------------- time helpers
def minutes_of(value: dt.time) -> int:
    """Minutes since midnight."""
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> dt.time:
    """The local time ``minutes`` after midnight (clamped to the day)."""
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return dt.time(minutes // 60, minutes % 60)


def hhmm(value: dt.time | None) -> str | None:
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


# ---------------------------------------------------------------------------- plain data
def person_to_dict(person: Person) -> dict[str, Any]:
    return {"name": person.name, "role": person.role, "organization": person.organization}


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    """The programme as plain JSON-ready data, in the shape of ``programme show --json``."""
    return {
        "title": programme.title,
        "date": programme.date.isoformat() if programme.date else None,
        "timezone": programme.timezone,
        "sittings": [{"start": hhmm(s.start), "end": hhmm(s.end)} for s in programme.sittings],
        "venue": programme.venue,
        "format": programme.format.value if programme.format else None,
        "online_platform": programme.online_platform,
        "items": [
            {
                "number": item.number,
                "title": item.title,
                "notes": list(item.notes),
                "segments": [
                    {
                        "kind": s.kind.value,
                        "title": s.title,
                        "number": s.number,
                        "planned_minutes": s.planned_minutes,
                        "scheduled_start": hhmm(s.scheduled_start),
                        "guiding_questions": list(s.guiding_questions),
                        "panellists": [person_to_dict(p) for p in s.panellists],
                        "moderator": person_to_dict(s.moderator) if s.moderator else None,
                        "for_panel": s.for_panel,
                        "label": s.label,
                    }
                    for s in item.segments
                ],
            }
            for item in programme.items
        ],
    }


def new_id(prefix: str, taken: set[str]) -> str:
    """A ``prefix-N`` not in ``taken``, one past the highest N used: short, readable ids that are
    never reused for something else (the journal refers to segments by id)."""
    highest = 0
    for name in taken:
        head, _, tail = name.rpartition("-")
        if head == prefix and tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}-{highest + 1}"
