"""The session record: what happened at a meeting, as the Secretariat's draft needs it.

:func:`build_record` reads a folded :class:`~facilitator.core.fold.state.MeetingState` (and
``now``, for a meeting still under way) and returns an immutable :class:`Record` that every export
format renders (:mod:`facilitator.formats.record.markdown_writer`, ``csv_writer``,
``json_file``). It is pure and Qt-free.

What it holds:

* the meeting's data (title, date, venue, format, platform, sittings planned and actual);
* attendance by stakeholder category and by room/online: participants on the meeting's list
  (guests added on the day included) and those heard (had the floor, or were captured speaking);
* per agenda item its segments with planned and actual start, end and minutes, and its
  interventions: per panel its panellists, moderator, questions with the answers linked to them
  and its other interventions; per standing item its interventions grouped by guiding question
  (those that name none under "Other interventions"); per other segment its interventions;
* interventions tagged to segments since removed from the programme, and those tagged to no
  segment, each in their own section (nothing is dropped; deleted interventions are left out, as
  the rapporteurs meant);
* the annex: the timetable planned against actual, every speaker's turn with speaking time and
  overtime (points of order and rights of reply marked), and speaking time by stakeholder
  category (the chart's data);
* attendance and speaking time by gender and youth, time budgets against the time used, and the
  points of order and rights of reply (:mod:`facilitator.core.record_floor`).

**Unattributed** (Chatham House rule, ``attributed=False``): no participant's, speaker's,
panellist's or moderator's name and no organization appears in any field. Speakers become "A
representative of an NGO" etc. (from their stakeholder category), panellists "Panellist 1"…,
the moderator "The moderator". Free text (summaries, titles, guiding questions) has every known
name and organization replaced by "[…]" (whole words), so a summary naming someone leaks nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from facilitator.core.agenda.schedule import schedule
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.state import (
    InterventionsState,
    panel_of,
    qa_family,
    qa_of,
)
from facilitator.core.interventions.values import Intervention, QuestionStatus
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Person, Programme, Segment, SegmentKind
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.record_floor import FloorRecord, floor_record
from facilitator.core.redaction import Known, Redactor, remaining_names_in

_ZERO = dt.timedelta(0)

#: The heading of the interventions that answer no guiding question.
OTHER_INTERVENTIONS = "Other interventions"
REMOVED_SEGMENTS = "Interventions on removed segments"
UNTAGGED = "Interventions not tagged to a segment"

_REPRESENTATIVE = {
    Category.NGO: "A representative of an NGO",
    Category.ACADEMIA: "A representative of academia",
    Category.PRIVATE_SECTOR: "A representative of the private sector",
    Category.STATE_PARTY: "A representative of a State party",
    Category.INTERGOVERNMENTAL: "A representative of an intergovernmental organization",
    Category.UN_ENTITY: "A representative of a UN entity",
    Category.OTHER: "A participant",
}


class Section(StrEnum):
    """A part of the record that the Secretariat can leave out of a document."""

    MEETING = "meeting"
    ATTENDANCE = "attendance"
    PROCEEDINGS = "proceedings"
    TIMETABLE = "timetable"
    SPEAKERS = "speakers"
    CHART = "chart"

    @property
    def label(self) -> str:
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.MEETING: "Meeting data",
    Section.ATTENDANCE: "Attendance",
    Section.PROCEEDINGS: "Proceedings (agenda items and interventions)",
    Section.TIMETABLE: "Annex: timetable planned and actual",
    Section.SPEAKERS: "Annex: list of speakers",
    Section.CHART: "Annex: speaking time by stakeholder category",
}
ALL_SECTIONS: frozenset[Section] = frozenset(Section)


def anonymous_speaker(category: Category | None, kind: InterventionKind | None = None) -> str:
    """How an unattributed record names a speaker: "A representative of an NGO"…; a panellist's
    answer without a category is "A panellist"."""
    if category is None:
        return "A panellist" if kind is InterventionKind.ANSWER else "A participant"
    return _REPRESENTATIVE[category]


# ============================================================================ values
@dataclass(frozen=True, slots=True)
class SittingRecord:
    index: int  # 0-based
    label: str  # "Sitting 1"
    planned_start: dt.datetime
    planned_end: dt.datetime
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    status: str  # not_started, running, ended


@dataclass(frozen=True, slots=True)
class MeetingData:
    title: str
    date: dt.date
    zone: dt.tzinfo
    zone_name: str
    venue: str | None
    format: str | None  # "Hybrid", "In person", "Online"
    platform: str | None
    sittings: tuple[SittingRecord, ...]


@dataclass(frozen=True, slots=True)
class CountRow:
    """One line of an attendance table."""

    key: str
    label: str
    registered: int
    heard: int


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    by_category: tuple[CountRow, ...]  # every category, in the enum's order
    by_attendance: tuple[CountRow, ...]  # room, then online
    registered: int
    heard: int


@dataclass(frozen=True, slots=True)
class SegmentRecord:
    """One segment's times: planned against actual (local display is the formats' job)."""

    segment_id: str
    item_id: str
    item_title: str
    title: str
    kind: str  # the kind's label: "Panel", "Q&A"…
    status: str  # pending, running, paused, done, skipped
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    planned_minutes: int
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None  # None unless done
    actual_seconds: int  # time its clock ran (pauses excluded), up to ``now`` if it still runs

    @property
    def actual_minutes(self) -> int | None:
        """Minutes used, rounded (None for a segment that never ran)."""
        if self.actual_start is None:
            return None
        return (self.actual_seconds + 30) // 60

    @property
    def delay_minutes(self) -> int | None:
        """Actual end against planned end, in minutes (positive: late); None when either is
        unknown."""
        if self.actual_end is None or self.planned_end is None:
            return None
        return round((self.actual_end - self.planned_end).total_seconds() / 60)


@dataclass(frozen=True, slots=True)
class InterventionRecord:
    """One intervention as the record shows it: the fields of
    :class:`~facilitator.core.interventions.fields.InterventionFields` rendered (labels, redacted
    names), under the names the documents and the JSON export have always used. Those a record
    does not show (the participant's and queue entry's ids, the answers' links, which the record
    shows by structure) are listed in ``tests/core/test_record.py``."""

    id: str
    speaker: str  # a name, or "A representative of an NGO" when unattributed
    organization: str  # "" when unattributed
    category: str  # the category's label, "" when not known
    attendance: str  # "Room", "Online" or ""
    kind: str  # the kind's label
    kind_value: str
    tags: tuple[str, ...]  # the segments' short titles ("Panel 1 (removed)")
    guiding_questions: tuple[str, ...]
    summary: str
    start: dt.datetime | None
    end: dt.datetime | None
    follow_up: bool
    quotable: bool


@dataclass(frozen=True, slots=True)
class QuestionAnswers:
    question: InterventionRecord
    answers: tuple[InterventionRecord, ...]


@dataclass(frozen=True, slots=True)
class PanelRecord:
    segment_id: str
    title: str
    panellists: tuple[str, ...]
    moderator: str | None
    questions: tuple[QuestionAnswers, ...]
    #: Interventions tagged to the panel or its Q&A that are neither its questions nor answers
    #: linked to them (statements, recommendations, answers to no question).
    other: tuple[InterventionRecord, ...]


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    """The interventions that answer one guiding question (``question`` None: those answering
    none, under :data:`OTHER_INTERVENTIONS`)."""

    question: str | None
    number: int | None  # 1-based in the programme; None for removed questions and "other"
    removed: bool
    interventions: tuple[InterventionRecord, ...]

    @property
    def heading(self) -> str:
        if self.question is None:
            return OTHER_INTERVENTIONS
        if self.number is not None:
            return f"Q{self.number}. {self.question}"
        return f"{self.question} (question since removed)"


@dataclass(frozen=True, slots=True)
class StandingItemRecord:
    segment_id: str
    title: str
    groups: tuple[QuestionGroup, ...]


@dataclass(frozen=True, slots=True)
class SegmentInterventions:
    """The interventions of a segment that is neither a panel nor a standing item (or of a
    removed segment)."""

    segment_id: str
    title: str
    interventions: tuple[InterventionRecord, ...]


@dataclass(frozen=True, slots=True)
class ItemRecord:
    item_id: str
    title: str
    segments: tuple[SegmentRecord, ...]
    panels: tuple[PanelRecord, ...]
    standing_items: tuple[StandingItemRecord, ...]
    others: tuple[SegmentInterventions, ...]  # only segments that have interventions


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """One turn at the floor."""

    number: int  # 1-based, in speaking order across the day
    speaker: str
    organization: str
    category: str
    attendance: str
    segment: str  # the list's segment short title
    start: dt.datetime | None
    spoken_seconds: int
    allotted_seconds: int
    overtime_seconds: int
    kind: str = ""  # "Point of order", "Right of reply"; "" for a speech from the list


@dataclass(frozen=True, slots=True)
class CategoryTime:
    """Speaking time of one stakeholder category (a bar of the chart)."""

    key: str
    label: str
    speakers: int
    turns: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Record:
    attributed: bool
    generated_at: dt.datetime
    meeting: MeetingData
    attendance: AttendanceRecord
    items: tuple[ItemRecord, ...]
    removed_segments: tuple[SegmentInterventions, ...]
    untagged: tuple[InterventionRecord, ...]
    timetable: tuple[SegmentRecord, ...]
    speakers: tuple[SpeakerRecord, ...]
    speaking_time: tuple[CategoryTime, ...]
    intervention_count: int
    #: Attendance and speaking time by gender and youth, budgets, points of order (issue 21).
    floor: FloorRecord = field(default_factory=FloorRecord)
    #: The parts a document shows (every one by default). The title is always shown; JSON ignores
    #: this and is always complete, since it is for re-import.
    sections: frozenset[Section] = field(default=ALL_SECTIONS)
    #: The language of the record's documents (a code: "en", "fr"…). The core builds it in
    #: English; the record writers put it in another (facilitator/formats/record/localise.py).
    language: str = "en"

    def has(self, section: Section) -> bool:
        """Whether a document of this record shows ``section``."""
        return section in self.sections

    def only(self, sections: Iterable[Section]) -> Record:
        """This record, showing only ``sections`` in documents."""
        return replace(self, sections=frozenset(sections))

    def local(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` in the meeting's time zone."""
        return moment.astimezone(self.meeting.zone)

    def remaining_names(self, vocabulary: Iterable[str] = ()) -> list[str]:
        """What still looks like a name or an organization in the captured text (summaries,
        questions) of an unattributed record, less the meeting's own ``vocabulary``: for the
        rapporteur to check before the record leaves (see core/redaction.py)."""
        texts = [entry.summary for entry in self.interventions()]
        return remaining_names_in(texts, vocabulary)

    def interventions(self) -> list[InterventionRecord]:
        """Every intervention of the record once, in capture order (ids are "i-N")."""
        seen: dict[str, InterventionRecord] = {}
        for entry in _all_entries(self):
            seen.setdefault(entry.id, entry)
        return sorted(seen.values(), key=lambda e: (_id_key(e.id), e.id))


def _id_key(intervention_id: str) -> int:
    digits = intervention_id[2:] if intervention_id.startswith("i-") else ""
    return int(digits) if digits.isascii() and digits.isdigit() else 1 << 62


def _all_entries(record: Record) -> Iterable[InterventionRecord]:
    for item in record.items:
        for panel in item.panels:
            for qa in panel.questions:
                yield qa.question
                yield from qa.answers
            yield from panel.other
        for standing in item.standing_items:
            for group in standing.groups:
                yield from group.interventions
        for other in item.others:
            yield from other.interventions
    for removed in record.removed_segments:
        yield from removed.interventions
    yield from record.untagged


# ============================================================================ redaction
class _Namer:
    """Names speakers and cleans free text, attributed or not (core/redaction.py)."""

    def __init__(
        self, attributed: bool, known: Iterable[Known], programme: Programme | None = None
    ) -> None:
        self.attributed = attributed
        self._redactor = None if attributed else Redactor(known)
        self._programme = programme
        #: Per panel, its people's names (folded) and how an unattributed record calls them.
        self._roles: dict[str, dict[str, str]] = {}
        if programme is not None and not attributed:
            for _, segment in programme.segments():
                if segment.kind is not SegmentKind.PANEL:
                    continue
                roles = self._roles[segment.id] = {}
                if segment.moderator is not None:
                    roles[_folded(segment.moderator.name)] = "The moderator"
                for n, person in enumerate(segment.panellists, 1):
                    roles.setdefault(_folded(person.name), f"Panellist {n}")

    def text(self, value: str) -> str:
        """Free text, with every known name and organization redacted when unattributed."""
        if self._redactor is None or not value:
            return value
        return self._redactor.text(value)

    def speaker(
        self,
        name: str,
        category: Category | None,
        kind: InterventionKind | None,
        tags: Sequence[str] = (),
    ) -> str:
        """How the record names a speaker: by name, or unattributed by their role on the panel
        the intervention is tagged to ("Panellist 1", "The moderator", as the panel's people are
        named; a panellist who is also a registered participant too), else by their category."""
        if self.attributed:
            return name
        return self._role(name, tags) or anonymous_speaker(category, kind)

    def _role(self, name: str, tags: Sequence[str]) -> str | None:
        if self._programme is None or not name:
            return None
        folded = _folded(name)
        if not any(folded in roles for roles in self._roles.values()):
            return None
        for tag in tags:
            for sid in qa_family(self._programme, tag):
                found = self._roles.get(sid, {}).get(folded)
                if found is not None:
                    return found
        return None

    def organization(self, organization: str) -> str:
        return organization if self.attributed else ""

    def person(self, person: Person, fallback: str) -> str:
        return person.display() if self.attributed else fallback


def _folded(name: str) -> str:
    """A name as compared with a panel's people: case and spacing aside."""
    return " ".join(name.casefold().split())


def vocabulary(programme: Programme) -> list[str]:
    """The meeting's own words (its title, items, segments, guiding questions, notes, venue):
    a capitalised run made of them only is the programme quoted, not somebody named."""
    texts = [programme.title, programme.venue or "", programme.online_platform or ""]
    for item in programme.items:
        texts += [item.title, *item.notes]
        for segment in item.segments:
            texts += [segment.title, segment.display_title, *segment.guiding_questions]
    return texts


def _known_names(state: MeetingState, queue: QueueState, ivs: InterventionsState) -> list[Known]:
    """Everybody the record must not name: the participants, every speaker captured, the
    panellists and moderators (their role too: "Director, Sahel Rights Network" is read as a
    role as often as an organization)."""
    known: list[Known] = []
    for participant in queue.participants:
        known.append(Known(participant.name, participant.organization))
    for intervention in ivs:
        known.append(Known(intervention.name, intervention.organization))
    for _, segment in state.programme.segments():
        for person in (*segment.panellists, *((segment.moderator,) if segment.moderator else ())):
            known.append(Known(person.name, person.organization or ""))
            for piece in (person.role or "").split(","):
                known.append(Known("", piece.strip()))
    return known


# ============================================================================ building
def build_record(
    state: MeetingState,
    now: dt.datetime,
    *,
    attributed: bool = True,
    withheld: Iterable[str] = (),
) -> Record:
    """The session record of the meeting in ``state`` at ``now`` (see the module docstring).
    ``withheld``: more strings an unattributed record must not show (names nobody registered,
    which the rapporteur chose to withhold)."""
    programme = state.programme
    agenda = state.agenda
    plan = schedule(state, now)
    queue = queue_of(state)
    ivs = interventions_of(state)
    known = _known_names(state, queue, ivs) + [Known("", w) for w in withheld if w.strip()]
    namer = _Namer(attributed, known if not attributed else (), programme)
    live = ivs.live()

    # ---------------------------------------------------------------- meeting data
    sittings = tuple(
        SittingRecord(
            s.index,
            f"Sitting {s.index + 1}",
            s.hard_start,
            s.hard_end,
            s.started_at,
            s.ended_at,
            s.status.value,
        )
        for s in plan.sittings
    )
    meeting = MeetingData(
        namer.text(programme.title),
        plan.date,
        plan.zone,
        programme.timezone or "UTC",
        namer.text(programme.venue) if programme.venue else None,
        _format_label(programme.format.value) if programme.format else None,
        programme.online_platform,
        sittings,
    )

    # ---------------------------------------------------------------- segments
    rows: dict[str, SegmentRecord] = {}
    for item, segment in programme.segments():
        entry = plan.segment(segment.id)
        seg_state = agenda.segment(segment.id)
        rows[segment.id] = SegmentRecord(
            segment.id,
            item.id,
            namer.text(item.display_title),
            namer.text(segment.display_title),
            segment.kind.label,
            seg_state.status.value,
            entry.planned_start,
            entry.planned_end,
            segment.planned_minutes,
            seg_state.first_start,
            seg_state.end if seg_state.status is SegmentStatus.DONE else None,
            int(seg_state.elapsed(now).total_seconds()),
        )
    timetable = tuple(rows.values())

    # ---------------------------------------------------------------- interventions
    cache: dict[str, InterventionRecord] = {}

    def rec(intervention: Intervention) -> InterventionRecord:
        found = cache.get(intervention.id)
        if found is None:
            found = _intervention_record(intervention, ivs, namer)
            cache[intervention.id] = found
        return found

    by_tag: dict[str, list[Intervention]] = {}
    untagged: list[InterventionRecord] = []
    for intervention in live:
        if not intervention.tags:
            untagged.append(rec(intervention))
        for sid in dict.fromkeys(intervention.tags):
            by_tag.setdefault(sid, []).append(intervention)

    items: list[ItemRecord] = []
    for item in programme.items:
        panels: list[PanelRecord] = []
        standing: list[StandingItemRecord] = []
        others: list[SegmentInterventions] = []
        for segment in item.segments:
            if segment.kind is SegmentKind.PANEL:
                panels.append(_panel(state, segment, by_tag, rec, namer))
            elif segment.kind is SegmentKind.STANDING_ITEM:
                standing.append(_standing(segment, by_tag.get(segment.id, []), ivs, rec, namer))
            elif segment.kind is SegmentKind.QA and panel_of(programme, segment.id) is not None:
                continue  # its questions and answers are under its panel
            elif by_tag.get(segment.id):
                others.append(
                    SegmentInterventions(
                        segment.id,
                        namer.text(segment.display_title),
                        tuple(rec(i) for i in by_tag[segment.id]),
                    )
                )
        items.append(
            ItemRecord(
                item.id,
                namer.text(item.display_title),
                tuple(rows[s.id] for s in item.segments),
                tuple(panels),
                tuple(standing),
                tuple(others),
            )
        )

    removed = tuple(
        SegmentInterventions(
            sid,
            namer.text(ivs.titles.get(sid, sid)),
            tuple(rec(i) for i in found),
        )
        for sid, found in by_tag.items()
        if not ivs.knows_segment(sid)
    )

    speakers, chart = _speakers(state, queue, now, namer)
    floor = floor_record(
        state,
        queue,
        now,
        queue.heard_participants()
        | {i.participant_id for i in live if i.participant_id is not None},
        lambda name, category: namer.speaker(name, category, None),
        namer.organization,
        lambda sid: namer.text(queue.title(sid)),
    )
    return Record(
        attributed,
        now,
        meeting,
        _attendance(queue, live),
        tuple(items),
        removed,
        tuple(untagged),
        timetable,
        speakers,
        chart,
        len(live),
        floor,
    )


def _format_label(value: str) -> str:
    return {"hybrid": "Hybrid", "in_person": "In person", "online": "Online"}.get(value, value)


def _intervention_record(
    intervention: Intervention, ivs: InterventionsState, namer: _Namer
) -> InterventionRecord:
    questions = tuple(namer.text(q.text) for q in ivs.questions_of(intervention))
    return InterventionRecord(
        id=intervention.id,
        speaker=namer.speaker(
            intervention.name, intervention.category, intervention.kind, intervention.tags
        ),
        organization=namer.organization(intervention.organization),
        category=intervention.category.label if intervention.category else "",
        attendance=intervention.attendance.short if intervention.attendance else "",
        kind=intervention.kind.label,
        kind_value=intervention.kind.value,
        tags=tuple(namer.text(tag.label) for tag in ivs.tags_of(intervention)),
        guiding_questions=questions,
        summary=namer.text(intervention.summary),
        start=intervention.start,
        end=intervention.end,
        follow_up=intervention.follow_up,
        quotable=intervention.quotable,
    )


_RecFn = Callable[[Intervention], InterventionRecord]
_KeyFn = Callable[[Participant], str]


def _panel(
    state: MeetingState,
    panel: Segment,
    by_tag: dict[str, list[Intervention]],
    rec: _RecFn,
    namer: _Namer,
) -> PanelRecord:
    programme = state.programme
    family = (panel.id, *(s.id for s in qa_of(programme, panel.id)))
    tagged: dict[str, Intervention] = {}
    for sid in family:
        for intervention in by_tag.get(sid, []):
            tagged.setdefault(intervention.id, intervention)
    ordered = sorted(tagged.values(), key=lambda i: (_id_key(i.id), i.id))
    ivs = interventions_of(state)
    answers: dict[str, list[Intervention]] = {}
    for intervention in ivs.live():
        if intervention.kind is InterventionKind.ANSWER:
            for qid in intervention.answers:
                answers.setdefault(qid, []).append(intervention)
    questions: list[QuestionAnswers] = []
    linked: set[str] = set()
    for intervention in ordered:
        if intervention.kind is InterventionKind.QUESTION:
            found = answers.get(intervention.id, [])
            linked.update(a.id for a in found)
            questions.append(QuestionAnswers(rec(intervention), tuple(rec(a) for a in found)))
    other = tuple(
        rec(i) for i in ordered if i.kind is not InterventionKind.QUESTION and i.id not in linked
    )
    panellists = tuple(
        namer.person(person, f"Panellist {n}") for n, person in enumerate(panel.panellists, 1)
    )
    moderator = namer.person(panel.moderator, "The moderator") if panel.moderator else None
    return PanelRecord(
        panel.id,
        namer.text(panel.display_title),
        panellists,
        moderator,
        tuple(questions),
        other,
    )


def _standing(
    segment: Segment,
    tagged: Sequence[Intervention],
    ivs: InterventionsState,
    rec: _RecFn,
    namer: _Namer,
) -> StandingItemRecord:
    current: dict[int, list[InterventionRecord]] = {
        i: [] for i in range(len(segment.guiding_questions))
    }
    removed: dict[str, list[InterventionRecord]] = {}
    other: list[InterventionRecord] = []
    for intervention in tagged:
        placed = False
        for resolved in ivs.questions_of(intervention):
            if resolved.segment_id != segment.id:
                continue
            if resolved.status is QuestionStatus.REMOVED or resolved.index is None:
                bucket = removed.setdefault(resolved.text, [])
            else:
                bucket = current.setdefault(resolved.index, [])
            if not bucket or bucket[-1].id != intervention.id:
                bucket.append(rec(intervention))
            placed = True
        if not placed:
            other.append(rec(intervention))
    groups = [
        QuestionGroup(namer.text(segment.guiding_questions[i]), i + 1, False, tuple(found))
        for i, found in sorted(current.items())
        if i < len(segment.guiding_questions)
    ]
    groups += [
        QuestionGroup(namer.text(text), None, True, tuple(found)) for text, found in removed.items()
    ]
    groups.append(QuestionGroup(None, None, False, tuple(other)))
    return StandingItemRecord(segment.id, namer.text(segment.display_title), tuple(groups))


def _attendance(queue: QueueState, live: Sequence[Intervention]) -> AttendanceRecord:
    participants = list(queue.participants)
    heard_ids = queue.heard_participants() | {
        i.participant_id for i in live if i.participant_id is not None
    }
    heard = [p for p in participants if p.id in heard_ids]

    def rows(keys: Sequence[tuple[str, str]], key_of: _KeyFn) -> tuple[CountRow, ...]:
        return tuple(
            CountRow(
                key,
                label,
                sum(1 for p in participants if key_of(p) == key),
                sum(1 for p in heard if key_of(p) == key),
            )
            for key, label in keys
        )

    return AttendanceRecord(
        rows([(c.value, c.label) for c in Category], lambda p: p.category.value),
        rows([(a.value, a.short) for a in Attendance], lambda p: p.attendance.value),
        len(participants),
        len(heard),
    )


def _speakers(
    state: MeetingState, queue: QueueState, now: dt.datetime, namer: _Namer
) -> tuple[tuple[SpeakerRecord, ...], tuple[CategoryTime, ...]]:
    order = state.agenda.order
    lists = sorted(
        queue.lists.values(), key=lambda lst: (order.get(lst.segment_id, 1 << 30), lst.segment_id)
    )
    turns = []
    for lst in lists:
        for speaker in lst.heard():
            turns.append((lst, speaker))
    turns.sort(key=lambda t: (t[1].first_start or now, t[1].entry_id))
    rows: list[SpeakerRecord] = []
    chart: dict[str, tuple[set[str], int, int]] = {}
    titles = interventions_of(state).titles
    for number, (lst, speaker) in enumerate(turns, 1):
        participant: Participant | None = queue.participant(speaker.participant_id)
        category = participant.category if participant is not None else None
        name = participant.name if participant is not None else speaker.participant_id
        spoken = int(speaker.elapsed(now).total_seconds())
        allotted = speaker.allotted_seconds(lst.limit_seconds)
        rows.append(
            SpeakerRecord(
                number,
                namer.speaker(name, category, None),
                namer.organization(participant.organization if participant else ""),
                category.label if category else "",
                participant.attendance.short if participant else "",
                namer.text(
                    queue.title(lst.segment_id)
                    if queue.knows_segment(lst.segment_id)
                    else f"{titles.get(lst.segment_id, lst.segment_id)} (removed)"
                ),
                speaker.first_start,
                spoken,
                allotted,
                max(spoken - allotted, 0),
                speaker.kind.label if speaker.kind.interjection else "",
            )
        )
        key = (category or Category.OTHER).value
        who, count, seconds = chart.get(key, (set(), 0, 0))
        who.add(speaker.participant_id)
        chart[key] = (who, count + 1, seconds + spoken)
    times = tuple(
        CategoryTime(
            c.value,
            c.label,
            len(chart.get(c.value, (set(), 0, 0))[0]),
            chart.get(c.value, (set(), 0, 0))[1],
            chart.get(c.value, (set(), 0, 0))[2],
        )
        for c in Category
    )
    return tuple(rows), times
