"""What an event changed in a meeting's state, so that each view updates only for what concerns it.

States are immutable and every reducer returns the very object it was given for what it did not
change (see :mod:`facilitator.core.fold.engine`). So what changed between two states is found by
identity, part by part, without reading the parts: the agenda, the programme, each list of
speakers, the floor, the participants, and which interventions (by their place in capture order,
in a look per chunk of the table). This holds whatever the event was, an undo or another seat's
event included, and costs microseconds: nothing is declared per event type, so a new event type
cannot forget to say what it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.queue.reducer import queue_of


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed from ``old`` to ``new`` (``old`` None: everything, a first showing)."""

    old: MeetingState | None
    new: MeetingState
    agenda: bool = True  # the agenda slice: segments' status and times, sittings, programme
    programme: bool = True
    #: The segment ids whose list of speakers changed (None: every list, a first showing).
    lists: frozenset[str] | None = None
    floor: bool = True
    participants: bool = True
    #: The places (in capture order) of the interventions captured or changed; None when the
    #: table changed otherwise (a first showing, an undone capture) and must be read again.
    interventions: tuple[int, ...] | None = None
    undo: bool = True

    @property
    def everything(self) -> bool:
        return self.old is None

    @property
    def queue(self) -> bool:
        """Whether anything of the speaker queue changed (a list, the floor, the participants)."""
        return self.lists is None or bool(self.lists) or self.floor or self.participants

    def list_changed(self, segment_id: str | None) -> bool:
        """Whether the list of ``segment_id`` changed."""
        return self.lists is None or segment_id in self.lists

    @property
    def any_intervention(self) -> bool:
        return self.interventions is None or bool(self.interventions)


def everything(state: MeetingState) -> Changes:
    """A first showing: every part counts as changed."""
    return Changes(None, state)


def what_changed(old: MeetingState | None, new: MeetingState) -> Changes:
    """What changed from ``old`` to ``new`` (everything when ``old`` is None)."""
    if old is None:
        return everything(new)
    if old is new:
        return Changes(old, new, False, False, frozenset(), False, False, (), False)
    q0, q1 = queue_of(old), queue_of(new)
    if q0.lists is q1.lists:
        lists: frozenset[str] = frozenset()
    else:
        before = q0.lists
        lists = frozenset(
            sid for sid in (*before, *q1.lists) if before.get(sid) is not q1.lists.get(sid)
        )
    t0, t1 = interventions_of(old).table, interventions_of(new).table
    interventions: tuple[int, ...] | None
    if t0 is t1:
        interventions = ()
    elif len(t1) < len(t0):
        interventions = None  # an undone capture: rows go
    else:
        interventions = tuple(t1.changed_since(t0))
    return Changes(
        old,
        new,
        agenda=old.agenda is not new.agenda,
        programme=old.programme is not new.programme,
        lists=lists,
        floor=q0.floor != q1.floor,
        participants=q0.participants is not q1.participants,
        interventions=interventions,
        undo=old.undo != new.undo,
    )
