"""Every participant of a meeting by id, as the fold keeps them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from facilitator.core.fold.persistent import pmap
from facilitator.core.participants.values import Participant


def id_number(pid: str) -> int | None:
    """N for an id "p-N" (the ids this module hands out), else None."""
    if pid.startswith("p-"):
        digits = pid[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None


@dataclass(frozen=True, slots=True)
class ParticipantRegistry:
    """Every participant of the meeting by id, in the order they came. Immutable: each event makes
    a new one, sharing the participants that did not change (``by_id`` becomes a persistent
    map at the first change, so that adding the 10,000th participant copies a few small nodes,
    not the 9,999 before)."""

    by_id: Mapping[str, Participant]
    #: The N of the next id :meth:`next_id` hands out: one more than any "p-N" seen.
    next_number: int = 1

    EMPTY: ClassVar[ParticipantRegistry]

    def get(self, pid: str) -> Participant | None:
        return self.by_id.get(pid)

    def __contains__(self, pid: object) -> bool:
        return pid in self.by_id

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Participant]:
        return iter(self.by_id.values())

    def next_id(self) -> str:
        """The id for one new participant ("p-N")."""
        return f"p-{self.next_number}"

    def fresh_ids(self, count: int) -> list[str]:
        """Ids for ``count`` new participants, none in use."""
        return [f"p-{self.next_number + i}" for i in range(count)]

    def name(self, pid: str) -> str:
        """The participant's name (the id when unknown: a journal from a newer seat)."""
        found = self.by_id.get(pid)
        return found.name if found is not None else pid

    # ------------------------------------------------------------------ reducers
    def with_added(self, participants: Sequence[Participant]) -> ParticipantRegistry:
        """The registry with ``participants`` added; unchanged if any id is empty, already
        taken, or given twice (all or nothing)."""
        by_id = self.by_id
        fresh: dict[str, Participant] = {}
        number = self.next_number
        for participant in participants:
            pid = participant.id
            if not pid or pid in by_id or pid in fresh:
                return self
            fresh[pid] = participant
            n = id_number(pid)
            if n is not None and n >= number:
                number = n + 1
        if not fresh:
            return self
        added = pmap(by_id)
        for pid, participant in fresh.items():  # each checked new above
            added = added.add_new(pid, participant)
        return ParticipantRegistry(added, number)

    def with_replaced(self, participant: Participant) -> ParticipantRegistry:
        """The registry with the participant of the same id replaced (unchanged if unknown)."""
        if participant.id not in self.by_id or self.by_id[participant.id] == participant:
            return self
        by_id = pmap(self.by_id).set(participant.id, participant)  # keeps its place in the order
        return ParticipantRegistry(by_id, self.next_number)


ParticipantRegistry.EMPTY = ParticipantRegistry(pmap())
