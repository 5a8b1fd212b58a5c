"""What this build folds: the default slices, and every event type they know.

Kept apart from the engine (:mod:`facilitator.core.fold.engine`) and from the slices, so that
neither imports the other: the engine folds whatever slices it is given, this list when none.
To add a slice, write it in its own folder and list it here.
"""

from __future__ import annotations

from typing import Any

from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.construct import quick_pickling
from facilitator.core.fold.slice import Slice
from facilitator.core.fold.undo import UNDO_EVENTS
from facilitator.core.interventions.fields import QuestionRef
from facilitator.core.interventions.reducer import INTERVENTIONS
from facilitator.core.interventions.values import Change, Intervention
from facilitator.core.journal.event import Event, EventRegistry
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Participant
from facilitator.core.queue.budgets import BUDGETS
from facilitator.core.queue.reducer import QUEUE
from facilitator.core.queue.values import Speaker, SpeakerList

#: The slices folded by default: the agenda, then the speaker queue (with the participants), then
#: the interventions the rapporteurs capture, then the stakeholder groups' time budgets.
DEFAULT_SLICES: tuple[Slice[Any], ...] = (AGENDA, QUEUE, INTERVENTIONS, BUDGETS)

#: Every event type this build knows: those the default slices fold, and undo/redo.
REGISTRY = EventRegistry((*UNDO_EVENTS, *(cls for s in DEFAULT_SLICES for cls in s.events)))


def decode(record: EventRecord, registry: EventRegistry = REGISTRY) -> Event | None:
    """The typed event of ``record``, or ``None`` for a type this registry does not know."""
    return registry.decode(record)


# The values a folded state holds by the thousand pickle as their fields (a fold snapshot reads
# back in a fraction of the time the fold takes: facilitator.core.construct).
quick_pickling(Intervention, Change, QuestionRef, Speaker, SpeakerList, Participant)
