"""Persistent collections: a vector and an ordered map that change by one item in the time it
takes to copy a few dozen pointers, however many items they hold, sharing everything else.

The fold keeps every state it made (undo replays from them, and the reducers must never mutate
what they are given), so each event makes a new state from the old one. With plain ``dict`` and
``tuple`` values, adding the 10,000th intervention copied the 9,999 before it, and the cost of an
event grew with the length of the journal (15 µs an event for one day, 49 µs for ten). These
collections make that cost flat:

* :class:`PVector`: a 32-way trie of tuples with a tail, as Clojure's vectors are: ``append`` and
  ``set`` copy one path of at most a few tuples of 32, indexing walks the same path;
* :class:`PMap`: an ordered map whose keys are never removed (the fold's maps only grow:
  speakers, participants, interventions are marked, never taken out). Its values sit in a
  :class:`PVector` in the order their keys came, found by position through an index shared by
  the maps grown one from another (see "the index" below); replacing a value keeps its place,
  as a ``dict`` does.

Both compare by value (a :class:`PMap` with any mapping, as a ``dict`` would, whatever the
order). A :class:`PMap` pickles as its items, since its index is shared with the other maps of
its line.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, Generic, TypeVar, cast, overload

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

_BITS = 5
_object_new = object.__new__
_WIDTH = 1 << _BITS
_MASK = _WIDTH - 1


# ============================================================================ the vector
class PVector(Sequence[T]):
    """An immutable sequence with O(log₃₂ n) ``append``, ``set`` and indexing (see the module
    docstring). ``_root`` is a tuple of subtrees (``_shift`` bits deep, each leaf a tuple of 32
    items); the last up to 32 items are in ``_tail``."""

    __slots__ = ("_len", "_root", "_shift", "_tail")

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._len = 0
        self._shift = _BITS
        self._root: tuple[Any, ...] = ()
        self._tail: tuple[T, ...] = ()
        built = self.extend(items)
        if built is not self:
            self._len, self._shift = built._len, built._shift
            self._root, self._tail = built._root, built._tail

    def __len__(self) -> int:
        return self._len

    def _tail_offset(self) -> int:
        return self._len - len(self._tail)

    def _leaf(self, index: int) -> tuple[T, ...]:
        node = self._root
        shift = self._shift
        while shift > 0:
            node = node[(index >> shift) & _MASK]
            shift -= _BITS
        return cast(tuple[T, ...], node)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        n = self._len
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("PVector index out of range")
        offset = n - len(self._tail)
        if index >= offset:
            return self._tail[index - offset]
        return self._leaf(index)[index & _MASK]

    def _leaves(self) -> list[tuple[T, ...]]:
        nodes: list[Any] = [self._root]
        for _ in range(self._shift // _BITS):
            nodes = [child for node in nodes for child in node]
        nodes.append(self._tail)
        return nodes

    def __iter__(self) -> Iterator[T]:
        return itertools.chain.from_iterable(self._leaves())

    def __reversed__(self) -> Iterator[T]:
        return reversed(tuple(self))

    def to_tuple(self) -> tuple[T, ...]:
        return tuple(self)

    def changed_since(self, older: PVector[T]) -> list[int]:
        """The positions whose item is not the very object ``older`` has there (new positions
        included), in order: what one event changed, for views that update by row. Subtrees the
        two share are skipped without a look, so one change costs a path, not the vector."""
        if older is self:
            return []
        out: list[int] = []
        n_old = len(older)

        def leaf(items: tuple[Any, ...], same: tuple[Any, ...] | None, base: int) -> None:
            for i, item in enumerate(items):
                at = base + i
                if same is not None and i < len(same):
                    if same[i] is not item:
                        out.append(at)
                elif at >= n_old or older[at] is not item:
                    out.append(at)

        def walk(
            node: tuple[Any, ...], same: tuple[Any, ...] | None, shift: int, base: int
        ) -> None:
            if node is same:
                return
            if shift == 0:
                leaf(node, same, base)
                return
            for i, child in enumerate(node):
                other = same[i] if same is not None and i < len(same) else None
                walk(child, other, shift - _BITS, base + (i << shift))

        same_root = older._root if older._shift == self._shift else None
        walk(self._root, same_root, self._shift, 0)
        leaf(self._tail, None, self._tail_offset())
        return out

    # ------------------------------------------------------------------ changes
    def append(self, item: T) -> PVector[T]:
        """The vector with ``item`` at the end."""
        tail = self._tail
        if len(tail) < _WIDTH:
            return _new_vector(self._len + 1, self._shift, self._root, (*tail, item))
        n, shift, root = self._len, self._shift, self._root
        if (n >> _BITS) > (1 << shift):  # the root is full: one level more
            root = (root, _path(shift, tail))
            shift += _BITS
        else:
            root = _push_tail(n, shift, root, tail)
        return _new_vector(n + 1, shift, root, (item,))

    def extend(self, items: Iterable[T]) -> PVector[T]:
        vector = self
        for item in items:
            vector = vector.append(item)
        return vector

    def set(self, index: int, item: T) -> PVector[T]:
        """The vector with ``item`` at ``index`` (which must exist)."""
        n = self._len
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("PVector index out of range")
        offset = n - len(self._tail)
        if index >= offset:
            tail = list(self._tail)
            tail[index - offset] = item
            return _new_vector(n, self._shift, self._root, tuple(tail))
        return _new_vector(n, self._shift, _assoc(self._shift, self._root, index, item), self._tail)

    def replace_last(self, item: T) -> PVector[T]:
        return self.set(-1, item)

    @property
    def last(self) -> T | None:
        return self._tail[-1] if self._tail else None

    # ------------------------------------------------------------------ comparing
    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if isinstance(other, PVector):
            return (
                self._len == other._len
                and self._tail == other._tail
                and _same_tree(self._root, other._root, self._shift)
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"PVector({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (pvector_of, (tuple(self),))


_EMPTY_VECTOR: PVector[Any] = PVector()


def _new_vector(length: int, shift: int, root: tuple[Any, ...], tail: tuple[T, ...]) -> PVector[T]:
    vector: PVector[T] = _object_new(PVector)
    vector._len = length
    vector._shift = shift
    vector._root = root
    vector._tail = tail
    return vector


def _path(shift: int, node: tuple[Any, ...]) -> tuple[Any, ...]:
    """``node`` (a full leaf) under ``shift // 5`` levels of one-child branches."""
    while shift > 0:
        node = (node,)
        shift -= _BITS
    return node


def _push_tail(
    n: int, shift: int, parent: tuple[Any, ...], tail: tuple[Any, ...]
) -> tuple[Any, ...]:
    """``parent`` with the full ``tail`` (items ``n - 32`` to ``n - 1``) added as its last leaf."""
    index = ((n - 1) >> shift) & _MASK
    if shift == _BITS:
        child = tail
    elif index < len(parent):
        child = _push_tail(n, shift - _BITS, parent[index], tail)
    else:
        child = _path(shift - _BITS, tail)
    if index < len(parent):
        copy = list(parent)
        copy[index] = child
        return tuple(copy)
    return (*parent, child)


def _assoc(shift: int, node: tuple[Any, ...], index: int, item: Any) -> tuple[Any, ...]:
    copy = list(node)
    if shift == 0:
        copy[index & _MASK] = item
    else:
        i = (index >> shift) & _MASK
        copy[i] = _assoc(shift - _BITS, node[i], index, item)
    return tuple(copy)


def _same_tree(a: tuple[Any, ...], b: tuple[Any, ...], shift: int) -> bool:
    """Two trees of the same shape hold equal items (shared subtrees are not walked)."""
    if a is b:
        return True
    if shift == 0 or len(a) != len(b):
        return a == b
    return all(_same_tree(x, y, shift - _BITS) for x, y in zip(a, b, strict=True))


def pvector(items: Iterable[T] = ()) -> PVector[T]:
    """A vector of ``items``."""
    return cast(PVector[T], _EMPTY_VECTOR).extend(items)


# ============================================================================ the index
# A map's keys are found through an index that all the maps grown from one empty map share: a
# plain dict from each key to the position it was given (an int, or a list of the positions it
# was given in different lines of growth). A map never takes a key out and never moves one, so a
# position a key was once given is either still that key's in a map (the map holds ``key`` at it)
# or not (the map is shorter, or another line of growth put another key there: the map holds
# another key at it). Looking up is therefore a dict lookup and one check of the key found at
# the position; adding a key is one dict store, instead of copying a branch of a hash trie (a
# third of a long day's fold). A replay after an undo grows a new line from an older map and
# gives the same keys the same positions again, so the lists stay rare and short.
_ABSENT: Any = object()


_WIDENING = threading.Lock()


def _fresh_index() -> dict[Any, Any]:
    return {}


def _widen(index: dict[Any, Any], key: Any, position: int) -> None:
    """Add ``position`` to the positions ``key`` was given (it had another already)."""
    with _WIDENING:
        given = index[key]
        if type(given) is int:
            if given != position:
                index[key] = [given, position]
        elif position not in given:
            given.append(position)


# ============================================================================ the map
class PMap(Mapping[K, V], Generic[K, V]):
    """An immutable mapping in the order its keys came, whose keys are never removed (see the
    module docstring): ``set`` adds a key at the end or replaces a value in its place. Its items
    are (key, value) pairs in a :class:`PVector`, found by position through the shared index."""

    __slots__ = ("_index", "_items")

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._index: dict[Any, Any] = _fresh_index()
        self._items: PVector[tuple[K, V]] = cast(PVector[tuple[K, V]], _EMPTY_VECTOR)
        built = self.updated(items.items() if isinstance(items, Mapping) else items)
        if built is not self:
            self._index, self._items = built._index, built._items

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return self._items._len

    def __getitem__(self, key: K) -> V:
        found = self.get(key, _ABSENT)
        if found is _ABSENT:
            raise KeyError(key)
        return cast(V, found)

    def get(self, key: K, default: Any = None) -> Any:
        # The index's lookup and the vector's indexing written out: the fold and the views look
        # keys up far more often than they change them.
        position = self._index.get(key)
        if position is None:
            return default
        items = self._items
        if type(position) is not int:
            position = _position_among(items, key, position)
            if position is None:
                return default
        elif position >= items._len:
            return default
        offset = items._len - len(items._tail)
        if position >= offset:
            pair = items._tail[position - offset]
        else:
            node = items._root
            shift = items._shift
            while shift > 0:
                node = node[(position >> shift) & _MASK]
                shift -= _BITS
            pair = node[position & _MASK]
        found = pair[0]
        if found is key or found == key:
            return pair[1]
        return default

    def __contains__(self, key: object) -> bool:
        try:
            return self.position(key) is not None  # type: ignore[arg-type]
        except TypeError:  # unhashable: not a key
            return False

    def position(self, key: K) -> int | None:
        """The 0-based place of ``key`` in the order keys came, or None."""
        position = self._index.get(key)
        if position is None:
            return None
        items = self._items
        if type(position) is not int:
            return _position_among(items, key, position)
        if position < items._len:
            found = items[position][0]
            if found is key or found == key:
                return position
        return None

    def key_at(self, position: int) -> K:
        return self._items[position][0]

    def value_at(self, position: int) -> V:
        return self._items[position][1]

    def __iter__(self) -> Iterator[K]:
        return map(_first, self._items)

    def values(self) -> Any:
        return _Values(self)

    def pairs(self) -> PVector[tuple[K, V]]:
        """The (key, value) pairs in order, as a vector (compared in order, unlike the map)."""
        return self._items

    def items(self) -> Any:
        return _Items(self)

    # ------------------------------------------------------------------ changes
    def set(self, key: K, value: V) -> PMap[K, V]:
        """The map with ``key`` mapped to ``value`` (a new key goes last)."""
        # The lookup and the vector's set written out (a speaker's every change is one set).
        position = self._index.get(key)
        items = self._items
        n = items._len
        if position is not None and type(position) is not int:
            position = _position_among(items, key, position)
        if position is None or position >= n:
            return self.add_new(key, value)
        offset = n - len(items._tail)
        if position >= offset:
            old = items._tail[position - offset]
        else:
            old = items._leaf(position)[position & _MASK]
        if old[0] is not key and old[0] != key:
            return self.add_new(key, value)  # another line of growth put another key there
        if old[1] is value:
            return self
        pair = (old[0], value)
        if position >= offset:
            tail = list(items._tail)
            tail[position - offset] = pair
            return _new_map(self._index, _new_vector(n, items._shift, items._root, tuple(tail)))
        root = _assoc(items._shift, items._root, position, pair)
        return _new_map(self._index, _new_vector(n, items._shift, root, items._tail))

    def add_new(self, key: K, value: V) -> PMap[K, V]:
        """The map with ``key``, which the caller knows is not in it, last: :meth:`set` without
        looking for it first. (A key that is there would be in the order twice.)"""
        items = self._items
        n = items._len
        # An empty map starts a line of growth of its own (its index is not shared with the
        # other maps grown from the empty map).
        index = self._index if n else _fresh_index()
        if index.setdefault(key, n) != n:  # one step: folds in two threads may share a line
            _widen(index, key, n)
        tail = items._tail
        if len(tail) < _WIDTH:  # PVector.append's common case, written out
            items = _new_vector(n + 1, items._shift, items._root, (*tail, (key, value)))
        else:
            items = items.append((key, value))
        return _new_map(index, items)

    def updated(self, items: Iterable[tuple[K, V]]) -> PMap[K, V]:
        """The map with each of ``items`` set, in order."""
        result = self
        for key, value in items:
            result = result.set(key, value)
        return result

    # ------------------------------------------------------------------ comparing
    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if isinstance(other, PMap):
            if len(self) != len(other):
                return False
            if self._items == other._items:
                return True
            return dict(self._items) == dict(other._items)
        if isinstance(other, Mapping):
            return len(self) == len(other) and dict(self._items) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a mapping, as a dict is

    def __repr__(self) -> str:
        return f"PMap({dict(self._items)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (pmap_of, (tuple(self), tuple(self.values())))


def _new_map(index: Any, items: PVector[tuple[K, V]]) -> PMap[K, V]:
    made: PMap[K, V] = _object_new(PMap)
    made._index = index
    made._items = items
    return made


_first = itemgetter(0)
_second = itemgetter(1)


class _Values(Sequence[V]):
    """A map's values, in order (iterating them does not hash a key)."""

    __slots__ = ("_map",)

    def __init__(self, mapping: PMap[Any, V]) -> None:
        self._map = mapping

    def __len__(self) -> int:
        return len(self._map)

    def __iter__(self) -> Iterator[V]:
        return map(_second, self._map._items)

    @overload
    def __getitem__(self, index: int) -> V: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[V, ...]: ...

    def __getitem__(self, index: int | slice) -> V | tuple[V, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        return self._map._items[index][1]

    def __contains__(self, value: object) -> bool:
        return any(v is value or v == value for v in self)

    def __repr__(self) -> str:
        return f"values({list(self)!r})"


class _Items(Sequence[tuple[K, V]]):
    __slots__ = ("_map",)

    def __init__(self, mapping: PMap[K, V]) -> None:
        self._map = mapping

    def __len__(self) -> int:
        return len(self._map)

    def __iter__(self) -> Iterator[tuple[K, V]]:
        return iter(self._map._items)

    @overload
    def __getitem__(self, index: int) -> tuple[K, V]: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[tuple[K, V], ...]: ...

    def __getitem__(self, index: int | slice) -> tuple[K, V] | tuple[tuple[K, V], ...]:
        return self._map._items[index]

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        key, value = item
        if key not in self._map:
            return False
        found = self._map[key]
        return found is value or found == value

    def __repr__(self) -> str:
        return f"items({list(self)!r})"


_EMPTY_MAP: PMap[Any, Any] = PMap()


def pmap(items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> PMap[K, V]:
    """A map of ``items`` (in their order); a :class:`PMap` is returned as it is."""
    if isinstance(items, PMap):
        return items
    pairs = items.items() if isinstance(items, Mapping) else items
    return cast(PMap[K, V], _EMPTY_MAP).updated(pairs)


def pvector_of(items: Sequence[T]) -> PVector[T]:
    """A vector of ``items``, built a level at a time (unpickling a state: no append each)."""
    n = len(items)
    if n <= _WIDTH:
        return _new_vector(n, _BITS, (), tuple(items))
    tail_length = n - ((n - 1) >> _BITS << _BITS)
    body = n - tail_length
    nodes: list[Any] = [tuple(items[i : i + _WIDTH]) for i in range(0, body, _WIDTH)]
    shift = 0
    while len(nodes) > 1 or shift == 0:
        nodes = [tuple(nodes[i : i + _WIDTH]) for i in range(0, len(nodes), _WIDTH)]
        shift += _BITS
    return _new_vector(n, shift, nodes[0], tuple(items[body:]))


def pmap_of(keys: Sequence[K], values: Sequence[V]) -> PMap[K, V]:
    """A map of ``keys`` to ``values`` (distinct keys, in order), its index built in one go
    (unpickling a state: no insertion each)."""
    positions = dict(zip(keys, range(len(keys)), strict=True))
    if len(positions) != len(keys):
        raise ValueError("a key given twice")
    return _new_map(positions, pvector_of(list(zip(keys, values, strict=True))))


def _position_among(items: PVector[tuple[Any, Any]], key: Any, given: list[int]) -> int | None:
    """The one of the positions ``key`` was ever given (in the lines of growth that share an
    index) where ``items`` holds it, or None."""
    n = items._len
    for position in reversed(given):
        if position < n:
            found = items[position][0]
            if found is key or found == key:
                return position
    return None
