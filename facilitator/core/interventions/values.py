"""An intervention as the state keeps it (its fields, id, rapporteur, time of capture,
deletion and history), and a guiding question found again in the programme as it is now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from facilitator.core.agenda.values import ProgrammeIndex
from facilitator.core.interventions.fields import (
    FIELDS,
    InterventionFields,
    InterventionKind,
    QuestionRef,
)
from facilitator.core.programme import Programme


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
