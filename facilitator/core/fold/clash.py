"""When another seat's events make a command stale (issue 18, several seats).

A seat checks a command against the state it has folded, then appends the event only if the
journal has not moved meanwhile (:meth:`facilitator.store.database.Database.append_event` with
``after``). When it has moved, the seat folds what the others appended and asks this module
whether those events touched what the command was about:

* if they did, the command is refused in words ("The meeting has already moved to Panel 2"):
  two Co-Chairs pressing Next at the same moment move the meeting once, and neither undoes
  nor repeats the other's step without seeing it;
* if they did not (a rapporteur captured while a Co-Chair pressed Next), the command is checked
  again against the new state and appended.

What an event is about is read from which slices fold it and from the ids it names. The rule
is deliberately cautious: two steps on the agenda clash, two steps on the speaker queue clash
(there is one floor), two changes of the same intervention or participant clash. Adding
something new never clashes: checked again, it simply takes the next free id.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from facilitator.core.fold.defaults import DEFAULT_SLICES
from facilitator.core.fold.undo import UNDO_EVENTS
from facilitator.core.interventions.events import InterventionLogged
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.events import ParticipantAdded, ParticipantsImported
from facilitator.core.queue.events import SpeakerQueued

#: Events that add something new, under an id the command takes from the state it is checked
#: against: checked again after a catch-up they take the next free one, so they never clash.
ADDITIONS = frozenset(
    cls.type_name
    for cls in (InterventionLogged, ParticipantAdded, ParticipantsImported, SpeakerQueued)
)
#: Slices whose events clash only when they name the same thing (an intervention's id).
BY_ID = frozenset({"interventions"})
UNDO = frozenset(cls.type_name for cls in UNDO_EVENTS)


@cache
def _slices_of(type_name: str) -> frozenset[str]:
    """The names of the slices that fold events of this type (empty: a type none folds)."""
    return frozenset(
        s.name for s in DEFAULT_SLICES if any(cls.type_name == type_name for cls in s.events)
    )


def clashes(mine: EventRecord, theirs: EventRecord) -> bool:
    """Whether ``theirs`` (another seat's, committed first) touched what ``mine`` is about."""
    if mine.type in ADDITIONS:
        return False
    if mine.type in UNDO or theirs.type in UNDO:
        # Undo is per seat: an undo or redo takes back or restores one of this seat's own steps,
        # by its seq. Another seat's undo clashes when it names that same step (it undid the
        # step this seat was undoing); another seat's redo always does (it may bring back a
        # step of this seat's, which would then be the one undone, unseen). Other steps leave
        # this seat's own as they were, and the command is checked again (a redo that a new
        # step made impossible is then refused in words).
        if not (mine.type in UNDO and theirs.type in UNDO):
            return False
        return theirs.type == "Redone" or mine.payload.get("target_seq") == theirs.payload.get(
            "target_seq"
        )
    shared = _slices_of(mine.type) & _slices_of(theirs.type)
    if not shared:
        return not _slices_of(mine.type)  # a type no slice folds: be safe, it clashes
    if shared <= BY_ID:
        named = mine.payload.get("id")
        return named is None or named == theirs.payload.get("id")
    return True


def first_clash(mine: EventRecord, theirs: Iterable[EventRecord]) -> EventRecord | None:
    """The first of the other seats' events that makes ``mine`` stale, if any."""
    return next((other for other in theirs if clashes(mine, other)), None)
