"""Every intervention captured, with what queries need to name their tags:
:class:`InterventionsState`, its queries and the changes each event makes; and how Q&As follow
their panels."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import NamedTuple

from facilitator.core.agenda.values import ProgrammeIndex, short_title
from facilitator.core.construct import evolver, maker
from facilitator.core.interventions.events import (
    InterventionEdited,
    InterventionLogged,
    intervention_number,
)
from facilitator.core.interventions.fields import FIELDS, InterventionKind, field_values
from facilitator.core.interventions.table import InterventionTable
from facilitator.core.interventions.values import (
    Change,
    ChangeAction,
    FieldChange,
    Intervention,
    ResolvedQuestion,
    resolve_question,
)
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme, Segment, SegmentKind


class Tag(NamedTuple):
    """A tag as the review shows it: the segment's short title, and whether the programme still
    has it."""

    segment_id: str
    title: str
    removed: bool

    @property
    def label(self) -> str:
        """ "Panel 1", or "Panel 1 (removed)"."""
        return f"{self.title} (removed)" if self.removed else self.title


def panel_of(programme: Programme, segment_id: str) -> Segment | None:
    """The panel a Q&A segment follows: the panel of its item numbered as its ``for_panel``, or
    else the nearest panel before it in its item. None for a segment that is not a Q&A."""
    found = programme.find_segment(segment_id)
    if found is None or found[1].kind is not SegmentKind.QA:
        return None
    item, qa = found
    if qa.for_panel is not None:
        return next(
            (s for s in item.segments if s.kind is SegmentKind.PANEL and s.number == qa.for_panel),
            None,
        )
    before = None
    for segment in item.segments:
        if segment.id == qa.id:
            return before
        if segment.kind is SegmentKind.PANEL:
            before = segment
    return None


def qa_of(programme: Programme, panel_id: str) -> tuple[Segment, ...]:
    """The Q&A segments that follow a panel (empty for a segment that is not a panel)."""
    found = programme.find_segment(panel_id)
    if found is None or found[1].kind is not SegmentKind.PANEL:
        return ()
    item = found[0]
    return tuple(
        s
        for s in item.segments
        if s.kind is SegmentKind.QA and (p := panel_of(programme, s.id)) and p.id == panel_id
    )


def qa_family(programme: Programme, segment_id: str) -> tuple[str, ...]:
    """A Q&A with its panel, or a panel with its Q&As, or the segment alone: the tags whose
    questions and answers belong together."""
    panel = panel_of(programme, segment_id)
    if panel is not None:
        return (segment_id, panel.id)
    return (segment_id, *(s.id for s in qa_of(programme, segment_id)))


#: What an intervention has besides its captured fields, in the order of its own fields.
_LOGGED_AS = ("id", "rapporteur", "captured_at", "deleted", "history")


@dataclass(frozen=True, slots=True)
class InterventionsState:
    """Every intervention captured (deleted ones marked), with what the queries need to name
    their tags. Immutable: every event makes a new one."""

    table: InterventionTable
    #: The N of the next id "i-N": one more than any seen.
    next_number: int = 1
    programme: Programme | None = field(default=None, compare=False, repr=False)
    index: ProgrammeIndex | None = field(default=None, compare=False, repr=False)
    #: The short title of every segment the meeting's programme has had, by id (removed ones too).
    titles: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def initial(cls, programme: Programme) -> InterventionsState:
        index = ProgrammeIndex(programme)
        return cls(InterventionTable.EMPTY, 1, programme, index, _titles({}, index))

    # ------------------------------------------------------------------ queries
    def get(self, intervention_id: str) -> Intervention | None:
        return self.table.get(intervention_id)

    def __len__(self) -> int:
        return len(self.table)

    def __iter__(self) -> Iterator[Intervention]:
        """Every intervention, deleted ones included, in capture order."""
        return iter(self.table)

    def live(self) -> list[Intervention]:
        """The interventions not deleted, in capture order."""
        return [i for i in self.table if not i.deleted]

    def deleted(self) -> list[Intervention]:
        return [i for i in self.table if i.deleted]

    def next_id(self) -> str:
        return f"i-{self.next_number}"

    def knows_segment(self, segment_id: str) -> bool:
        """Whether the programme has the segment now."""
        return self.index is not None and segment_id in self.index.order

    def tag(self, segment_id: str) -> Tag:
        """How to show a tag: "Panel 1", or "Panel 1 (removed)" for a segment the programme no
        longer has (its last known title; the id if it never had one)."""
        removed = not self.knows_segment(segment_id)
        return Tag(segment_id, self.titles.get(segment_id, segment_id), removed)

    def tags_of(self, intervention: Intervention) -> tuple[Tag, ...]:
        return tuple(self.tag(sid) for sid in intervention.tags)

    def removed_tags(self, intervention: Intervention) -> tuple[str, ...]:
        """The tags of ``intervention`` that name segments removed from the programme."""
        return tuple(sid for sid in intervention.tags if not self.knows_segment(sid))

    def questions_of(self, intervention: Intervention) -> tuple[ResolvedQuestion, ...]:
        """Its guiding questions as the programme has them now."""
        if self.index is None:
            return ()
        index = self.index
        return tuple(resolve_question(index, ref) for ref in intervention.questions)

    def answers_to(self, question_id: str) -> list[Intervention]:
        """The answers (not deleted) that answer the question ``question_id``."""
        return [
            i
            for i in self.table
            if not i.deleted and i.kind is InterventionKind.ANSWER and question_id in i.answers
        ]

    def answered_ids(self) -> set[str]:
        """The ids of every question some answer (not deleted) answers."""
        answered: set[str] = set()
        for i in self.table:
            if not i.deleted and i.kind is InterventionKind.ANSWER:
                answered.update(i.answers)
        return answered

    def questions_answered_by(self, answer: Intervention) -> list[Intervention]:
        """The questions (not deleted, still questions) an answer answers."""
        found = (self.table.get(qid) for qid in answer.answers)
        return [q for q in found if q is not None and not q.deleted and q.is_question]

    def by_rapporteur(self, rapporteur: str) -> list[Intervention]:
        return [i for i in self.table if i.rapporteur == rapporteur]

    def of_entry(self, entry_id: str) -> list[Intervention]:
        """The interventions captured from one queue entry (not deleted)."""
        return [i for i in self.table if not i.deleted and i.queue_entry == entry_id]

    def history(self, intervention_id: str) -> tuple[Change, ...]:
        found = self.table.get(intervention_id)
        return () if found is None else found.history

    # ------------------------------------------------------------------ reducers
    def _evolve(
        self, table: InterventionTable, next_number: int | None = None
    ) -> InterventionsState:
        return _make_state(
            table,
            self.next_number if next_number is None else next_number,
            self.programme,
            self.index,
            self.titles,
        )

    def with_logged(self, e: InterventionLogged, record: EventRecord) -> InterventionsState:
        iid = e.id
        next_number = self.next_number
        number = intervention_number(iid)
        # Only this adds interventions, and next_number is one more than any "i-N" it added: a
        # number from there on is new without looking it up.
        if (number is None or number < next_number) and iid in self.table:
            # Two seats took the same number at once: the later capture gets a fresh one, so
            # both are kept (an edit by id reaches the first).
            iid = f"i-{next_number}"
            number = next_number
        if number is not None and number >= next_number:
            next_number = number + 1
        change = _make_change(ChangeAction.LOGGED, record.at, record.actor, record.seq, ())
        intervention = _make_intervention(
            *field_values(e), iid, record.actor, record.at, False, (change,)
        )
        return self._evolve(self.table.with_appended(intervention), next_number)

    def with_edited(self, e: InterventionEdited, record: EventRecord) -> InterventionsState:
        old = self.table.get(e.id)
        if old is None:
            return self
        changed = tuple(
            FieldChange(name, getattr(old, name), value)
            for name, value in e.changes
            if getattr(old, name) != value
        )
        if not changed:
            return self
        change = _make_change(ChangeAction.EDITED, record.at, record.actor, record.seq, changed)
        new = _evolve_intervention(
            old, **{f.field: f.new for f in changed}, history=(*old.history, change)
        )
        return self._evolve(self.table.with_replaced(new))

    def with_deleted(
        self, intervention_id: str, deleted: bool, record: EventRecord
    ) -> InterventionsState:
        old = self.table.get(intervention_id)
        if old is None or old.deleted == deleted:
            return self
        action = ChangeAction.DELETED if deleted else ChangeAction.RESTORED
        change = Change(
            action,
            record.at,
            record.actor,
            record.seq,
            (FieldChange("deleted", old.deleted, deleted),),
        )
        new = _evolve_intervention(old, deleted=deleted, history=(*old.history, change))
        return self._evolve(self.table.with_replaced(new))

    def with_programme(self, programme: Programme) -> InterventionsState:
        index = ProgrammeIndex(programme)
        return replace(self, programme=programme, index=index, titles=_titles(self.titles, index))


def _titles(known: Mapping[str, str], index: ProgrammeIndex) -> dict[str, str]:
    titles = dict(known)
    for sid, segment in index.segments.items():
        titles[sid] = short_title(segment)
    return titles


# The fold makes one of these an event: quicker than their __init__ (facilitator.core.construct).
_make_state = maker(InterventionsState)
_make_change = maker(Change)
_make_intervention = maker(Intervention)
_evolve_intervention = evolver(Intervention)
if [f.name for f in fields(Intervention)] != [*FIELDS, *_LOGGED_AS]:
    raise TypeError("Intervention's fields must be those of a capture, then its own")
