"""A persistent table of interventions.

:class:`InterventionTable` keeps the interventions in capture order, by id, in a
:class:`~facilitator.core.fold.persistent.PMap`: capturing or editing one copies a few small
nodes, never the table, so the ten-thousandth capture of a long meeting costs what the first did.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from facilitator.core.fold.persistent import PMap, pmap
from facilitator.core.interventions.values import Intervention


class InterventionTable:
    """Every intervention in capture order, by id; immutable, cheap to change by one (see the
    module docstring). Compared by value."""

    __slots__ = ("_by_id",)

    #: The table with no intervention.
    EMPTY: ClassVar[InterventionTable]

    def __init__(self, by_id: PMap[str, Intervention] | None = None) -> None:
        self._by_id: PMap[str, Intervention] = pmap() if by_id is None else by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Intervention]:
        return iter(self._by_id.values())

    def __contains__(self, intervention_id: object) -> bool:
        return type(intervention_id) is str and intervention_id in self._by_id

    def position(self, intervention_id: object) -> int | None:
        """0-based place in capture order."""
        if type(intervention_id) is not str:
            return None
        return self._by_id.position(intervention_id)

    def get(self, intervention_id: str) -> Intervention | None:
        found: Intervention | None = self._by_id.get(intervention_id)
        return found

    def at(self, position: int) -> Intervention:
        """The intervention at ``position`` in capture order (a row of the review table)."""
        if not 0 <= position < len(self._by_id):
            raise IndexError(position)
        return self._by_id.value_at(position)

    def ids(self) -> list[str]:
        return list(self._by_id)

    def with_appended(self, intervention: Intervention) -> InterventionTable:
        """The table with a new intervention at the end (its id must be new: the reducer makes
        sure of it)."""
        return InterventionTable(self._by_id.add_new(intervention.id, intervention))

    def with_replaced(self, intervention: Intervention) -> InterventionTable:
        """The table with the intervention of the same id replaced (it must be there)."""
        if intervention.id not in self._by_id:
            raise KeyError(intervention.id)
        return InterventionTable(self._by_id.set(intervention.id, intervention))

    def changed_since(self, older: InterventionTable) -> list[int]:
        """The positions whose intervention is not the very object ``older`` has there (new ones
        included): what an event changed, for views that update by row. Positions ``older`` has
        and this table does not (an undone capture) are not listed: the lengths tell."""
        if older is self:
            return []
        return self._by_id.pairs().changed_since(older._by_id.pairs())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InterventionTable):
            return NotImplemented
        return self is other or self._by_id.pairs() == other._by_id.pairs()

    def __hash__(self) -> int:
        return hash(tuple(self._by_id.values()))

    def __repr__(self) -> str:
        return f"InterventionTable({len(self)} interventions)"


InterventionTable.EMPTY = InterventionTable()
