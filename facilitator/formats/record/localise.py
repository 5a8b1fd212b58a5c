"""The record in the language of its documents: the words the core put in it, translated once.

The core builds a :class:`~facilitator.core.record.Record` in English: its values carry a few of
the core's own labels (a stakeholder category, "Room", a kind of intervention or of segment,
"Sitting 1", the meeting's format, an unattributed record's "A representative of an NGO" and
"Panellist 1", a removed segment's "(removed)"). :func:`in_language` gives the same record with
those labels in another language, through the record writers' one catalogue
(:mod:`~facilitator.formats.record.catalogue`), and its ``language`` set, so that every writer
(and the layout, the tables, the summary) reads its own wording in that language too
(:func:`catalogue_of`). What someone typed (names, titles, summaries) is never translated: only
the fields that hold the core's labels are looked up.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from facilitator.core.record import (
    AttendanceRecord,
    CategoryTime,
    CountRow,
    InterventionRecord,
    ItemRecord,
    MeetingData,
    PanelRecord,
    QuestionAnswers,
    QuestionGroup,
    Record,
    SegmentInterventions,
    SegmentRecord,
    SpeakerRecord,
    StandingItemRecord,
)
from facilitator.core.record_floor import FloorRecord
from facilitator.formats.record.catalogue import Catalogue, messages

_PANELLIST = re.compile(r"Panellist (\d+)")
_REMOVED = " (removed)"


@functools.cache
def catalogue_of(language: str) -> Catalogue:
    """The catalogue of a record's ``language`` (:attr:`Record.language`)."""
    return Catalogue(language)


def in_language(record: Record, language: str) -> Record:
    """``record`` for documents in ``language`` (the English record itself for "en")."""
    cat = catalogue_of(language)  # ValueError for an unknown language
    if language == record.language:
        return record
    if record.language != "en":
        raise ValueError(f"the record is in {record.language!r} already, not in English")
    return _Translator(cat, record.attributed).record(record)


class _Translator:
    def __init__(self, cat: Catalogue, attributed: bool) -> None:
        self.cat = cat
        self.attributed = attributed
        self.known = messages()
        self.done: dict[int, InterventionRecord] = {}

    def label(self, text: str) -> str:
        """One of the core's labels ("NGO", "Room", "Panel"…) in the language; "" stays ""."""
        return self.cat(text) if text in self.known else text

    def removed(self, title: str) -> str:
        """A segment's title, with the core's " (removed)" translated."""
        if title.endswith(_REMOVED):
            return self.cat("{title} (removed)", title=title[: -len(_REMOVED)])
        return title

    def speaker(self, text: str) -> str:
        """An unattributed record's name for a speaker ("A representative of an NGO",
        "Panellist 1"); an attributed record's names as they are."""
        if self.attributed:
            return text
        found = _PANELLIST.fullmatch(text)
        if found is not None:
            return self.cat("Panellist {number}", number=found[1])
        return self.label(text)

    def record(self, record: Record) -> Record:
        return replace(
            record,
            meeting=self.meeting(record.meeting),
            attendance=self.attendance(record.attendance),
            items=tuple(self.item(i) for i in record.items),
            removed_segments=tuple(self.section(s) for s in record.removed_segments),
            untagged=self.entries(record.untagged),
            timetable=tuple(self.segment(s) for s in record.timetable),
            speakers=tuple(self.turn(s) for s in record.speakers),
            speaking_time=tuple(self.time(t) for t in record.speaking_time),
            floor=self.floor(record.floor),
            language=self.cat.language,
        )

    def floor(self, floor: FloorRecord) -> FloorRecord:
        """Gender and youth, budgets and points of order (issue 21) in the language."""
        return replace(
            floor,
            by_gender=tuple(replace(r, label=self.label(r.label)) for r in floor.by_gender),
            by_youth=tuple(replace(r, label=self.label(r.label)) for r in floor.by_youth),
            budgets=tuple(replace(b, group=self.label(b.group)) for b in floor.budgets),
            interjections=tuple(
                replace(
                    i,
                    kind=self.label(i.kind),
                    speaker=self.speaker(i.speaker),
                    interrupted=self.speaker(i.interrupted),
                )
                for i in floor.interjections
            ),
        )

    def meeting(self, meeting: MeetingData) -> MeetingData:
        sittings = tuple(
            replace(s, label=self.cat("Sitting {number}", number=s.index + 1))
            for s in meeting.sittings
        )
        fmt = self.label(meeting.format) if meeting.format else meeting.format
        return replace(meeting, format=fmt, sittings=sittings)

    def attendance(self, attendance: AttendanceRecord) -> AttendanceRecord:
        def rows(found: tuple[CountRow, ...]) -> tuple[CountRow, ...]:
            return tuple(replace(r, label=self.label(r.label)) for r in found)

        return replace(
            attendance,
            by_category=rows(attendance.by_category),
            by_attendance=rows(attendance.by_attendance),
        )

    def segment(self, segment: SegmentRecord) -> SegmentRecord:
        return replace(segment, kind=self.label(segment.kind))

    def entry(self, entry: InterventionRecord) -> InterventionRecord:
        found = self.done.get(id(entry))
        if found is None:
            found = self.done[id(entry)] = replace(
                entry,
                speaker=self.speaker(entry.speaker),
                category=self.label(entry.category),
                attendance=self.label(entry.attendance),
                kind=self.label(entry.kind),
                tags=tuple(self.removed(t) for t in entry.tags),
            )
        return found

    def entries(self, entries: tuple[InterventionRecord, ...]) -> tuple[InterventionRecord, ...]:
        return tuple(self.entry(e) for e in entries)

    def item(self, item: ItemRecord) -> ItemRecord:
        return replace(
            item,
            segments=tuple(self.segment(s) for s in item.segments),
            panels=tuple(self.panel(p) for p in item.panels),
            standing_items=tuple(self.standing(s) for s in item.standing_items),
            others=tuple(self.section(s) for s in item.others),
        )

    def panel(self, panel: PanelRecord) -> PanelRecord:
        questions = tuple(
            QuestionAnswers(self.entry(qa.question), self.entries(qa.answers))
            for qa in panel.questions
        )
        return replace(
            panel,
            panellists=tuple(self.speaker(p) for p in panel.panellists),
            moderator=self.speaker(panel.moderator) if panel.moderator else panel.moderator,
            questions=questions,
            other=self.entries(panel.other),
        )

    def standing(self, standing: StandingItemRecord) -> StandingItemRecord:
        groups = tuple(
            replace(g, interventions=self.entries(g.interventions)) for g in standing.groups
        )
        return replace(standing, groups=groups)

    def section(self, section: SegmentInterventions) -> SegmentInterventions:
        return replace(section, interventions=self.entries(section.interventions))

    def turn(self, turn: SpeakerRecord) -> SpeakerRecord:
        return replace(
            turn,
            speaker=self.speaker(turn.speaker),
            kind=self.label(turn.kind),
            category=self.label(turn.category),
            attendance=self.label(turn.attendance),
            segment=self.removed(turn.segment),
        )

    def time(self, time: CategoryTime) -> CategoryTime:
        return replace(time, label=self.label(time.label))


def question_heading(group: QuestionGroup, cat: Catalogue) -> str:
    """A standing item's guiding question as a heading: "Q1. …", "… (question since removed)",
    or "Other interventions"."""
    if group.question is None:
        return cat("Other interventions")
    question = cat.captured(group.question)
    if group.number is not None:
        return cat("Q{number}. {question}", number=group.number, question=question)
    return cat("{question} (question since removed)", question=question)
