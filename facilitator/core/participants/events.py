"""The participants' events:

* :class:`ParticipantsImported`: a whole registration list in one event (atomic: a list is in the
  meeting entirely or not at all; one undo takes it back);
* :class:`ParticipantAdded`: one participant (a guest without registration, or a late one);
* :class:`ParticipantEdited`: one participant replaced whole (a corrected name or category).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from facilitator.core.journal.codec import Using
from facilitator.core.journal.event import Event
from facilitator.core.participants.data import participant_from_data, participant_to_data
from facilitator.core.participants.values import Participant

#: A participant in a payload: its plain-data form (:func:`participant_to_data`).
ParticipantData = Annotated[
    Participant, Using(participant_to_data, participant_from_data, shape=dict)
]


@dataclass(frozen=True, slots=True)
class ParticipantsImported(Event):
    """A whole registration list joins the meeting, atomically. ``source`` names the file."""

    type_name: ClassVar[str] = "ParticipantsImported"
    participants: tuple[ParticipantData, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class ParticipantAdded(Event):
    """One participant joins (a guest added on the fly, or a late registration)."""

    type_name: ClassVar[str] = "ParticipantAdded"
    participant: ParticipantData


@dataclass(frozen=True, slots=True)
class ParticipantEdited(Event):
    """A participant's details are replaced whole (same id)."""

    type_name: ClassVar[str] = "ParticipantEdited"
    participant: ParticipantData


PARTICIPANT_EVENTS: tuple[type[Event], ...] = (
    ParticipantsImported,
    ParticipantAdded,
    ParticipantEdited,
)
