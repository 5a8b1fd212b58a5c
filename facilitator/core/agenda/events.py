"""The agenda's events: sittings and segments started, paused, resumed, extended and finished,
the programme edited, the computer's clock adjusted.

Sittings are named by their 0-based index in the programme's ``sittings``; segments by their
stable ``id``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, ClassVar

from facilitator.core.journal.codec import Id, Min, Using
from facilitator.core.journal.event import Event
from facilitator.core.programme import Programme
from facilitator.core.programme_codec import programme_from_data, programme_to_data


def _programme_from_journal(data: dict[str, Any]) -> Programme:
    return programme_from_data(data, source="the journal")


#: A programme in a payload: its whole data form (ids included).
ProgrammeData = Annotated[Programme, Using(programme_to_data, _programme_from_journal, shape=dict)]


@dataclass(frozen=True, slots=True)
class SittingStarted(Event):
    """A sitting (0-based index into the programme's sittings) begins."""

    type_name: ClassVar[str] = "SittingStarted"
    sitting: Annotated[int, Min(0)]


@dataclass(frozen=True, slots=True)
class SittingEnded(Event):
    """A sitting ends; the segment running (or paused) in it is finished at the same moment."""

    type_name: ClassVar[str] = "SittingEnded"
    sitting: Annotated[int, Min(0)]


@dataclass(frozen=True, slots=True)
class SegmentEvent(Event):
    """An event on one segment, named by its stable id."""

    segment_id: Id


@dataclass(frozen=True, slots=True)
class SegmentStarted(SegmentEvent):
    """A segment becomes the current one and its clock runs.

    The segment that was current is finished at the same moment. This one event journals start,
    next, back and jump; a segment started again resumes its clock from the time it had used.
    """

    type_name: ClassVar[str] = "SegmentStarted"


@dataclass(frozen=True, slots=True)
class SegmentPaused(SegmentEvent):
    """The current segment's clock stops (the segment stays current)."""

    type_name: ClassVar[str] = "SegmentPaused"


@dataclass(frozen=True, slots=True)
class SegmentResumed(SegmentEvent):
    """The paused current segment's clock runs again."""

    type_name: ClassVar[str] = "SegmentResumed"


@dataclass(frozen=True, slots=True)
class SegmentFinished(SegmentEvent):
    """The current segment ends without another one starting (end of a sitting, end of the day)."""

    type_name: ClassVar[str] = "SegmentFinished"


@dataclass(frozen=True, slots=True)
class SegmentExtended(Event):
    """The segment's allotment grows by ``seconds`` (shrinks when negative)."""

    type_name: ClassVar[str] = "SegmentExtended"
    segment_id: Id
    seconds: int


@dataclass(frozen=True, slots=True)
class ProgrammeEdited(Event):
    """The programme as edited during the meeting replaces the previous one, whole."""

    type_name: ClassVar[str] = "ProgrammeEdited"
    programme: ProgrammeData


@dataclass(frozen=True, slots=True)
class ClockAdjusted(Event):
    """The computer's clock was found ``milliseconds`` away from the app's account of it, and the
    app followed it (see :mod:`facilitator.core.clock`). ``corrects``: it corrected a wrong clock,
    so what was running keeps the time it had run (its open run moves by the jump); otherwise
    (a suspend) the time passed."""

    type_name: ClassVar[str] = "ClockAdjusted"
    undoable: ClassVar[bool] = False
    milliseconds: int
    corrects: bool


AGENDA_EVENTS: tuple[type[Event], ...] = (
    SittingStarted,
    SittingEnded,
    SegmentStarted,
    SegmentPaused,
    SegmentResumed,
    SegmentExtended,
    SegmentFinished,
    ProgrammeEdited,
    ClockAdjusted,
)
