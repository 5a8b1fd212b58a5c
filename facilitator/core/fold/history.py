"""A persistent list: O(1) append and replacement of the last element, shared by every state
that holds it (a segment's runs and extensions grow one at a time over a long journal)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")


class History(Generic[T]):
    """An immutable sequence with O(1) append and O(1) replacement of the last element.

    Segment runs and extensions grow one at a time; a tuple would copy itself on every append
    (quadratic over a long journal), a list would be shared by checkpoints. This is a linked list
    from the newest element back, compared by value. Its tuple is built once (and only when
    asked): the console asks every second for the runs of each segment of the day.
    """

    __slots__ = ("_last", "_len", "_prev", "_tuple")
    _len: int

    def __init__(self, prev: History[T] | None = None, last: T | None = None) -> None:
        self._prev = prev
        self._last = last
        self._len = 0 if prev is None else prev._len + 1
        self._tuple: tuple[T, ...] | None = None

    def append(self, item: T) -> History[T]:
        return History(self, item)

    def replace_last(self, item: T) -> History[T]:
        if self._prev is None:
            raise IndexError("replace_last on an empty History")
        return History(self._prev, item)

    @property
    def last(self) -> T | None:
        return self._last if self._prev is not None else None

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[T]:
        return iter(self.to_tuple())

    def to_tuple(self) -> tuple[T, ...]:
        if self._tuple is not None:
            return self._tuple
        items: list[T] = []
        node: History[T] = self
        while node._prev is not None:
            if node._tuple is not None:  # an older list already built: only what came after
                items.reverse()
                self._tuple = (*node._tuple, *items)
                return self._tuple
            items.append(cast(T, node._last))
            node = node._prev
        items.reverse()
        self._tuple = tuple(items)
        return self._tuple

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        return self is other or (self._len == other._len and self.to_tuple() == other.to_tuple())

    def __hash__(self) -> int:
        return hash(self.to_tuple())

    def __repr__(self) -> str:
        return f"History({list(self.to_tuple())!r})"


_EMPTY: History[Any] = History()


def empty_history() -> History[T]:
    return cast(History[T], _EMPTY)
