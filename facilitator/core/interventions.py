"""What the rapporteurs capture: the interventions, their history, as a slice of the fold.

An :class:`Intervention` is one thing one speaker said, as a rapporteur wrote it down: who spoke
(a participant, or a name typed as given: a panellist need not be registered), the queue entry it
came from, when, the segments it addresses (its *tags*: a tour-de-table speaker often covers two
standing items), its kind, the guiding questions it answers, the questions a panellist's answer
answers, a summary, two flags, and who captured it and when.

Three events journal them (:mod:`facilitator.core.intervention_commands` makes them):

* :class:`InterventionLogged`: a new intervention, every field;
* :class:`InterventionEdited`: only the fields that changed, with their new values (the old ones
  are in the state the edit applies to, so the history needs nothing more);
* :class:`InterventionDeleted` and :class:`InterventionRestored`: the intervention is marked, never
  dropped (undoing a delete brings it back, and so does a restore after other steps).

**History.** Each intervention keeps its :class:`Change` list: who (the record's actor), when (the
record's time), what (field → old, new). An undone edit is not in it: undo means it did not happen.

**Tags to removed segments.** An intervention keeps its tags whatever happens to the programme; the
state remembers the title of every segment it has known, so a query can say "Panel 1 (removed)".

**Guiding questions** are kept as :class:`QuestionRef` (segment id, index, and the question's text
when captured): the index alone would silently point at another question after the programme is
edited, the text alone would break on a corrected typo. :func:`resolve_question` finds it in the
programme as it is now (same place, moved, reworded, or removed).

**Storage.** 10,000 interventions must fold fast and a one-row change must cost little, while
reducers never mutate (the folder keeps snapshots). :class:`InterventionTable` is a small
persistent table: the interventions in capture order in chunks of 64 (a change copies one chunk
and the list of chunks), and their positions by id in 256 hashed buckets (a new one copies one
bucket and the list of buckets): a few hundred pointers per event instead of the whole table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from operator import attrgetter
from typing import Annotated, Any, ClassVar, Generic, NamedTuple, TypeVar

from facilitator.core.codec import (
    REQUIRED,
    Fallback,
    Id,
    Min,
    PayloadError,
    Using,
    codec_of,
    field_metadata,
)
from facilitator.core.events import Event, ProgrammeEdited
from facilitator.core.journal import EventRecord
from facilitator.core.participants import Attendance, Category
from facilitator.core.programme import Programme, Segment, SegmentKind
from facilitator.core.state import MeetingState, ProgrammeIndex, short_title

T = TypeVar("T")


# ============================================================================ values
class InterventionKind(StrEnum):
    QUESTION = "question"
    STATEMENT = "statement"
    ANSWER = "answer"
    RECOMMENDATION = "recommendation"
    RELATED_ACTIVITIES = "related_activities"

    @property
    def label(self) -> str:
        """As the capture pane lists it: "Question", "Answer (panellist)"…"""
        return _KIND_LABELS[self]

    @property
    def word(self) -> str:
        """In a sentence: "question", "answer", "input on related activities"…"""
        return _KIND_WORDS[self]


_KIND_LABELS = {
    InterventionKind.QUESTION: "Question",
    InterventionKind.STATEMENT: "Statement",
    InterventionKind.ANSWER: "Answer (panellist)",
    InterventionKind.RECOMMENDATION: "Recommendation",
    InterventionKind.RELATED_ACTIVITIES: "Input on related activities",
}
_KIND_WORDS = {
    InterventionKind.QUESTION: "question",
    InterventionKind.STATEMENT: "statement",
    InterventionKind.ANSWER: "answer",
    InterventionKind.RECOMMENDATION: "recommendation",
    InterventionKind.RELATED_ACTIVITIES: "input on related activities",
}


class Label(NamedTuple):
    """A field's name in the history and the undo labels ("Summary: changed by …")."""

    text: str


@dataclass(frozen=True, slots=True)
class QuestionRef:
    """A guiding question an intervention answers: the segment, the question's 0-based index in
    its ``guiding_questions`` when captured, and its text then."""

    segment_id: Id
    index: Annotated[int, Min(0)]
    text: str = ""


#: A guiding question as the capture pane chooses it: (segment id, 0-based index).
QuestionPair = tuple[str, int]
Q = TypeVar("Q", QuestionRef, QuestionPair)


@dataclass(frozen=True)
class InterventionFields(Generic[Q]):
    """Every field of an intervention that a capture sets and an edit may change, declared once,
    in the capture pane's order. The draft (``Q`` = :data:`QuestionPair`), the event that logs
    it and the intervention in the state (``Q`` = :class:`QuestionRef`) all have these fields;
    their payload form, checks and defaults come from here (:mod:`facilitator.core.codec`), their
    names in the history from the :class:`Label`.

    A payload may leave out any field but ``name``, ``tags`` and ``kind``. A kind or a category
    of a newer version reads as a statement, or as "other": the text is kept, never the journal
    lost. (No instance of its own: a declaration that the classes above inherit.)"""

    __slots__ = ()

    participant_id: Annotated[Id | None, Label("Participant")] = None
    name: Annotated[str, Label("Name"), REQUIRED] = ""
    organization: Annotated[str, Label("Organization")] = ""
    category: Annotated[Category | None, Label("Category"), Fallback(Category.OTHER)] = None
    attendance: Annotated[Attendance | None, Label("Room or online")] = None
    queue_entry: Annotated[Id | None, Label("Queue entry")] = None
    start: Annotated[dt.datetime | None, Label("Start")] = None
    end: Annotated[dt.datetime | None, Label("End")] = None
    tags: Annotated[tuple[Id, ...], Label("Tags"), REQUIRED] = ()
    kind: Annotated[
        InterventionKind, Label("Kind"), Fallback(InterventionKind.STATEMENT), REQUIRED
    ] = InterventionKind.STATEMENT
    questions: Annotated[tuple[Q, ...], Label("Guiding questions")] = ()
    answers: Annotated[tuple[Id, ...], Label("Answers to")] = ()
    summary: Annotated[str, Label("Summary")] = ""
    follow_up: Annotated[bool, Label("Follow-up")] = False
    quotable: Annotated[bool, Label("Quotable")] = False

    def values(self) -> dict[str, Any]:
        """Every field of :data:`FIELDS` with its value."""
        return dict(zip(FIELDS, _field_values(self), strict=True))


#: The fields of an intervention that a capture sets and an edit may change, in the pane's order.
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(InterventionFields))
_field_values = attrgetter(*FIELDS)


def _label(name: str) -> str:
    return next(m.text for m in field_metadata(InterventionFields, name) if isinstance(m, Label))


#: Each field's name in the history ("Summary: changed by …").
FIELD_LABELS: Mapping[str, str] = {**{name: _label(name) for name in FIELDS}, "deleted": "Deleted"}


class QuestionStatus(StrEnum):
    CURRENT = "current"  # the same text at the same place
    MOVED = "moved"  # the same text at another place of the same segment
    REWORDED = "reworded"  # another text at the same place (a corrected wording)
    REMOVED = "removed"  # neither: the segment or the question is gone


@dataclass(frozen=True, slots=True)
class ResolvedQuestion:
    """A :class:`QuestionRef` found in the programme as it is now. ``index`` is None when
    removed; ``text`` is the programme's text, or the captured one when removed."""

    segment_id: str
    index: int | None
    text: str
    status: QuestionStatus


def resolve_question(programme: Programme | ProgrammeIndex, ref: QuestionRef) -> ResolvedQuestion:
    """Where the guiding question ``ref`` is in ``programme`` now (see :class:`QuestionStatus`)."""
    index = programme if isinstance(programme, ProgrammeIndex) else ProgrammeIndex(programme)
    segment = index.segments.get(ref.segment_id)
    questions = segment.guiding_questions if segment is not None else ()
    sid = ref.segment_id
    if 0 <= ref.index < len(questions) and questions[ref.index] == ref.text:
        return ResolvedQuestion(sid, ref.index, ref.text, QuestionStatus.CURRENT)
    if ref.text in questions:
        moved = questions.index(ref.text)
        return ResolvedQuestion(sid, moved, ref.text, QuestionStatus.MOVED)
    if 0 <= ref.index < len(questions):
        return ResolvedQuestion(sid, ref.index, questions[ref.index], QuestionStatus.REWORDED)
    return ResolvedQuestion(sid, None, ref.text, QuestionStatus.REMOVED)


class ChangeAction(StrEnum):
    LOGGED = "logged"
    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"


class FieldChange(NamedTuple):
    """One field of one change: its old and new value."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class Change:
    """One line of an intervention's history: who did what, when (the journal record's actor and
    time, and its number), and for an edit, delete or restore the fields it changed. A capture's
    line names no fields: :meth:`Intervention.captured_values` gives what was captured."""

    action: ChangeAction
    at: dt.datetime
    actor: str
    seq: int
    fields: tuple[FieldChange, ...] = ()

    def changed(self) -> dict[str, tuple[Any, Any]]:
        """Field → (old, new)."""
        return {f.field: (f.old, f.new) for f in self.fields}

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields)


@dataclass(frozen=True, slots=True, kw_only=True)
class Intervention(InterventionFields[QuestionRef]):
    """One intervention as captured and edited (see the module docstring): its fields, and its
    id, rapporteur, time of capture, whether it is deleted, and its history."""

    id: str
    rapporteur: str
    captured_at: dt.datetime
    deleted: bool = False
    history: tuple[Change, ...] = ()

    @property
    def speaker_display(self) -> str:
        """As the review lists speakers: "Ms. A (NGO X)", or the name alone."""
        return f"{self.name} ({self.organization})" if self.organization else self.name

    @property
    def is_question(self) -> bool:
        return self.kind is InterventionKind.QUESTION

    @property
    def is_answer(self) -> bool:
        return self.kind is InterventionKind.ANSWER

    @property
    def duration(self) -> dt.timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    @property
    def edited(self) -> bool:
        return any(c.action is ChangeAction.EDITED for c in self.history)

    @property
    def last_change(self) -> Change | None:
        return self.history[-1] if self.history else None

    def captured_values(self) -> dict[str, Any]:
        """The fields as the rapporteur first saved them (the edits of its history taken back)."""
        values = self.values()
        for change in reversed(self.history):
            for f in change.fields:
                if f.field in values:
                    values[f.field] = f.old
        return values

    def value(self, name: str) -> Any:
        """The value of the field ``name`` (one of :data:`FIELDS`, or "deleted")."""
        if name not in _VALUE_FIELDS:
            raise KeyError(name)
        return getattr(self, name)


_VALUE_FIELDS = frozenset((*FIELDS, "deleted"))


# ============================================================================ events
@dataclass(frozen=True, slots=True)
class _IdEvent(Event):
    id: Id


@dataclass(frozen=True, slots=True)
class InterventionLogged(InterventionFields[QuestionRef], _IdEvent):
    """A rapporteur captured an intervention (every field; the actor is the rapporteur)."""

    type_name: ClassVar[str] = "InterventionLogged"


def _changes_to_data(changes: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    fields_ = codec_of(InterventionLogged).by_name
    return {name: fields_[name].encode(value) for name, value in changes}


def _changes_from_data(data: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    fields_ = codec_of(InterventionLogged).by_name
    changes = []
    for name in FIELDS:
        if name in data:
            try:
                changes.append((name, fields_[name].decode(data[name])))
            except PayloadError as exc:
                raise exc.at(name) from None
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class InterventionEdited(_IdEvent):
    """Fields of an intervention changed: ``changes`` holds only those, with their new values,
    in the order of :data:`FIELDS` (a payload keeps them as an object, each value in its
    field's form). A field this version does not know (written by a newer one) is left out when
    read."""

    type_name: ClassVar[str] = "InterventionEdited"
    changes: Annotated[
        tuple[tuple[str, Any], ...], Using(_changes_to_data, _changes_from_data, shape=dict)
    ]

    @classmethod
    def of(cls, intervention_id: str, changes: Mapping[str, Any]) -> InterventionEdited:
        """The event for ``changes`` (field → new value), in the order of :data:`FIELDS`."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise KeyError(f"not fields of an intervention: {sorted(unknown)}")
        return cls(intervention_id, tuple((f, changes[f]) for f in FIELDS if f in changes))

    def changed(self) -> dict[str, Any]:
        return dict(self.changes)


@dataclass(frozen=True, slots=True)
class InterventionDeleted(_IdEvent):
    """An intervention is marked deleted (kept, with its history: undo or restore brings it
    back)."""

    type_name: ClassVar[str] = "InterventionDeleted"


@dataclass(frozen=True, slots=True)
class InterventionRestored(_IdEvent):
    """A deleted intervention is back (when undo is no longer the latest step)."""

    type_name: ClassVar[str] = "InterventionRestored"


INTERVENTION_EVENTS: tuple[type[Event], ...] = (
    InterventionLogged,
    InterventionEdited,
    InterventionDeleted,
    InterventionRestored,
)


def intervention_number(intervention_id: str) -> int | None:
    """N for an id "i-N" (the ids the commands hand out), else None."""
    if intervention_id.startswith("i-"):
        digits = intervention_id[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None


# ============================================================================ the table
_CHUNK = 64
_BUCKETS = 256
_MASK = _BUCKETS - 1
_NO_POSITIONS: Mapping[str, int] = {}


class InterventionTable:
    """Every intervention in capture order, by id; immutable, cheap to change by one (see the
    module docstring). Compared by value."""

    __slots__ = ("_chunks", "_len", "_where")

    def __init__(
        self,
        chunks: tuple[tuple[Intervention, ...], ...] = (),
        where: tuple[Mapping[str, int], ...] = (_NO_POSITIONS,) * _BUCKETS,
        length: int = 0,
    ) -> None:
        self._chunks = chunks
        self._where = where
        self._len = length

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[Intervention]:
        for chunk in self._chunks:
            yield from chunk

    def __contains__(self, intervention_id: object) -> bool:
        return self.position(intervention_id) is not None

    def position(self, intervention_id: object) -> int | None:
        """0-based place in capture order."""
        if type(intervention_id) is not str:
            return None
        return self._where[hash(intervention_id) & _MASK].get(intervention_id)

    def get(self, intervention_id: str) -> Intervention | None:
        position = self.position(intervention_id)
        if position is None:
            return None
        return self._chunks[position // _CHUNK][position % _CHUNK]

    def at(self, position: int) -> Intervention:
        """The intervention at ``position`` in capture order (a row of the review table)."""
        if not 0 <= position < self._len:
            raise IndexError(position)
        return self._chunks[position // _CHUNK][position % _CHUNK]

    def ids(self) -> list[str]:
        return [i.id for i in self]

    def with_appended(self, intervention: Intervention) -> InterventionTable:
        """The table with a new intervention at the end (its id must be new)."""
        n = self._len
        chunks = self._chunks
        if n % _CHUNK == 0:
            chunks = (*chunks, (intervention,))
        else:
            chunks = _put(chunks, len(chunks) - 1, (*chunks[-1], intervention))
        b = hash(intervention.id) & _MASK
        bucket = dict(self._where[b])
        bucket[intervention.id] = n
        return InterventionTable(chunks, _put(self._where, b, bucket), n + 1)

    def with_replaced(self, intervention: Intervention) -> InterventionTable:
        """The table with the intervention of the same id replaced (it must be there)."""
        position = self.position(intervention.id)
        if position is None:
            raise KeyError(intervention.id)
        c, o = divmod(position, _CHUNK)
        chunks = _put(self._chunks, c, _put(self._chunks[c], o, intervention))
        return InterventionTable(chunks, self._where, self._len)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InterventionTable):
            return NotImplemented
        return self is other or (self._len == other._len and self._chunks == other._chunks)

    def __hash__(self) -> int:
        return hash(self._chunks)

    def __repr__(self) -> str:
        return f"InterventionTable({self._len} interventions)"


def _put(items: tuple[T, ...], index: int, item: T) -> tuple[T, ...]:
    """``items`` with ``items[index]`` replaced by ``item`` (the quickest copy of a tuple)."""
    copy = list(items)
    copy[index] = item
    return tuple(copy)


_EMPTY_TABLE = InterventionTable()


# ============================================================================ the state
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
        return cls(_EMPTY_TABLE, 1, programme, index, _titles({}, index))

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
        return InterventionsState(
            table,
            self.next_number if next_number is None else next_number,
            self.programme,
            self.index,
            self.titles,
        )

    def with_logged(self, e: InterventionLogged, record: EventRecord) -> InterventionsState:
        iid = e.id
        next_number = self.next_number
        if iid in self.table:
            # Two seats took the same number at once: the later capture gets a fresh one, so
            # both are kept (an edit by id reaches the first).
            iid = f"i-{next_number}"
        number = intervention_number(iid)
        if number is not None and number >= next_number:
            next_number = number + 1
        change = Change(ChangeAction.LOGGED, record.at, record.actor, record.seq)
        intervention = Intervention(
            **e.values(),
            id=iid,
            rapporteur=record.actor,
            captured_at=record.at,
            history=(change,),
        )
        return self._evolve(self.table.with_appended(intervention), next_number)

    def with_edited(self, e: InterventionEdited, record: EventRecord) -> InterventionsState:
        old = self.table.get(e.id)
        if old is None:
            return self
        fields = tuple(
            FieldChange(name, getattr(old, name), value)
            for name, value in e.changes
            if getattr(old, name) != value
        )
        if not fields:
            return self
        change = Change(ChangeAction.EDITED, record.at, record.actor, record.seq, fields)
        new = replace(old, **{f.field: f.new for f in fields}, history=(*old.history, change))
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
        new = replace(old, deleted=deleted, history=(*old.history, change))
        return self._evolve(self.table.with_replaced(new))

    def with_programme(self, programme: Programme) -> InterventionsState:
        index = ProgrammeIndex(programme)
        return replace(self, programme=programme, index=index, titles=_titles(self.titles, index))


def _titles(known: Mapping[str, str], index: ProgrammeIndex) -> dict[str, str]:
    titles = dict(known)
    for sid, segment in index.segments.items():
        titles[sid] = short_title(segment)
    return titles


# ============================================================================ the slice
class InterventionsSlice:
    """The interventions, as a slice of the fold."""

    name = "interventions"
    events: tuple[type[Event], ...] = (*INTERVENTION_EVENTS, ProgrammeEdited)

    def initial(self, programme: Programme) -> InterventionsState:
        return InterventionsState.initial(programme)

    def apply(
        self, state: InterventionsState, event: Event, record: EventRecord
    ) -> InterventionsState:
        kind = type(event)
        if kind is InterventionLogged:
            return state.with_logged(event, record)  # type: ignore[arg-type]
        if kind is InterventionEdited:
            return state.with_edited(event, record)  # type: ignore[arg-type]
        if kind is InterventionDeleted:
            return state.with_deleted(event.id, True, record)  # type: ignore[attr-defined]
        if kind is InterventionRestored:
            return state.with_deleted(event.id, False, record)  # type: ignore[attr-defined]
        if kind is ProgrammeEdited:
            return state.with_programme(event.programme)  # type: ignore[attr-defined]
        return state

    def describe(self, state: InterventionsState, event: Event) -> str | None:
        """What undoing ``event`` would take back: "Capture of Ms. A’s question"."""
        if isinstance(event, InterventionLogged):
            return f"Capture of {_whose(event.name, event.kind)}"
        if isinstance(event, (InterventionEdited, InterventionDeleted, InterventionRestored)):
            found = state.get(event.id)
            what = _whose(found.name, found.kind) if found is not None else event.id
            if isinstance(event, InterventionEdited):
                names = ", ".join(FIELD_LABELS[f].lower() for f, _ in event.changes)
                return f"Edit of {what} ({names})" if names else f"Edit of {what}"
            verb = "Delete" if isinstance(event, InterventionDeleted) else "Restore"
            return f"{verb} {what}"
        return None  # the programme edit: the agenda names it


def _whose(name: str, kind: InterventionKind) -> str:
    return f"{name}’s {kind.word}" if name else f"an unnamed speaker’s {kind.word}"


INTERVENTIONS = InterventionsSlice()


def interventions_of(state: MeetingState) -> InterventionsState:
    """The interventions slice of a meeting's state (an empty one if the fold left it out)."""
    found = state.slices.get(INTERVENTIONS.name)
    if isinstance(found, InterventionsState):
        return found
    return InterventionsState.initial(state.programme)
