"""An intervention's fields, declared once: their types, payload constraints and labels, and
the kinds of intervention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter
from typing import Annotated, Any, Generic, NamedTuple, TypeVar

from facilitator.core.journal.codec import REQUIRED, Fallback, Id, Min, field_metadata
from facilitator.core.participants.values import Attendance, Category


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
    their payload form, checks and defaults come from here
    (:mod:`facilitator.core.journal.codec`), their names in the history from the :class:`Label`.

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
        return dict(zip(FIELDS, field_values(self), strict=True))


#: The fields of an intervention that a capture sets and an edit may change, in the pane's order.
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(InterventionFields))


#: The values of :data:`FIELDS` of an intervention, a draft or an event, as a tuple.
field_values = attrgetter(*FIELDS)


def _label(name: str) -> str:
    return next(m.text for m in field_metadata(InterventionFields, name) if isinstance(m, Label))


#: Each field's name in the history ("Summary: changed by …").
FIELD_LABELS: Mapping[str, str] = {**{name: _label(name) for name in FIELDS}, "deleted": "Deleted"}
