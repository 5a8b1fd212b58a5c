"""A small persistent table of interventions.

:class:`InterventionTable` keeps the interventions in capture order in chunks of 64 (a change
copies one chunk and the list of chunks), and their positions by id in 256 hashed buckets (a new
one copies one bucket and the list of buckets): a few hundred pointers per event instead of the
whole table.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar, TypeVar

from facilitator.core.interventions.values import Intervention

T = TypeVar("T")


_CHUNK = 64


_BUCKETS = 256


_MASK = _BUCKETS - 1


_NO_POSITIONS: Mapping[str, int] = {}


class InterventionTable:
    """Every intervention in capture order, by id; immutable, cheap to change by one (see the
    module docstring). Compared by value."""

    __slots__ = ("_chunks", "_len", "_where")

    #: The table with no intervention.
    EMPTY: ClassVar[InterventionTable]

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

    def changed_since(self, older: InterventionTable) -> list[int]:
        """The positions whose intervention is not the very object ``older`` has there (new ones
        included): what an event changed, found in one look per chunk, for views that update by
        row. Positions ``older`` has and this table does not (an undone capture) are not listed:
        the lengths tell."""
        if older is self:
            return []
        changed: list[int] = []
        old_chunks = older._chunks
        for c, chunk in enumerate(self._chunks):
            old = old_chunks[c] if c < len(old_chunks) else ()
            if chunk is old:
                continue
            base = c * _CHUNK
            changed.extend(
                base + o
                for o, intervention in enumerate(chunk)
                if o >= len(old) or old[o] is not intervention
            )
        return changed

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


InterventionTable.EMPTY = InterventionTable()
