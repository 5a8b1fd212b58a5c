"""The persistent vector and map behave as a tuple and a dict do, whatever their size, and
never change a value another state holds."""

from __future__ import annotations

import pickle
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.fold.persistent import PMap, PVector, pmap, pvector

# Sizes across the trie's levels: a tail, one level, two levels, three.
SIZES = (0, 1, 31, 32, 33, 64, 65, 1024, 1056, 1057, 33_000, 33_825)


def test_a_vector_of_any_size_reads_back_as_the_list_it_was_built_from() -> None:
    for size in SIZES:
        items = list(range(size))
        vector = pvector(items)
        assert len(vector) == size
        assert list(vector) == items
        assert [vector[i] for i in range(size)] == items
        if size:
            assert vector[-1] == size - 1 and vector.last == size - 1
        assert vector == PVector(items) and vector.to_tuple() == tuple(items)


def test_setting_an_item_changes_a_copy_only() -> None:
    for size in SIZES[1:]:
        vector = pvector(range(size))
        for index in {0, size // 2, size - 1}:
            changed = vector.set(index, -1)
            assert changed[index] == -1
            assert vector[index] == index  # the old one is untouched
            expected = list(range(size))
            expected[index] = -1
            assert list(changed) == expected
            assert changed != vector


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("as"), st.integers(0, 2000), st.integers()), max_size=80))
def test_a_vector_follows_a_list_through_appends_and_sets(ops: list[tuple[str, int, int]]) -> None:
    model: list[int] = list(range(300))
    vector = pvector(model)
    history = [(vector, list(model))]
    for op, index, value in ops:
        if op == "a" or not model:
            model.append(value)
            vector = vector.append(value)
        else:
            model[index % len(model)] = value
            vector = vector.set(index % len(model), value)
        history.append((vector, list(model)))
    for kept, expected in history:  # every state is still what it was
        assert list(kept) == expected and len(kept) == len(expected)


def test_out_of_range_raises_index_error() -> None:
    vector = pvector(range(40))
    for bad in (40, -41):
        try:
            vector[bad]
        except IndexError:
            pass
        else:
            raise AssertionError(bad)
        try:
            vector.set(bad, 0)
        except IndexError:
            pass
        else:
            raise AssertionError(bad)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3000), st.integers()), max_size=400))
def test_a_map_follows_a_dict(pairs: list[tuple[int, int]]) -> None:
    model: dict[Any, int] = {}
    mapping: PMap[Any, int] = pmap()
    states = []
    for key, value in pairs:
        k = f"k-{key}" if key % 2 else key
        model[k] = value
        mapping = mapping.set(k, value)
        states.append((mapping, dict(model)))
    for kept, expected in states:
        assert kept == expected and expected == kept
        assert list(kept) == list(expected)  # the order keys came, a value replaced in place
        assert list(kept.values()) == list(expected.values())
        assert list(kept.items()) == list(expected.items())
        assert all(kept[k] == v and kept.get(k) == v and k in kept for k, v in expected.items())
        assert "absent" not in kept and kept.get("absent", 7) == 7


def test_a_map_of_thousands_of_keys_finds_every_key() -> None:
    keys = [f"s-{i}" for i in range(40_000)] + list(range(-500, 500))
    mapping = pmap((k, n) for n, k in enumerate(keys))
    assert len(mapping) == len(keys)
    assert all(mapping[k] == n and mapping.position(k) == n for n, k in enumerate(keys))
    assert mapping.key_at(123) == keys[123] and mapping.value_at(123) == 123


class Colliding:
    """A key whose hash is the same as every other's."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __hash__(self) -> int:
        return -7

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Colliding) and other.n == self.n


def test_keys_with_one_hash_are_all_kept() -> None:
    keys = [Colliding(n) for n in range(100)]
    mapping = pmap((k, k.n) for k in keys)
    assert [mapping[k] for k in keys] == list(range(100))
    assert Colliding(100) not in mapping


def test_maps_compare_by_value_whatever_the_order_as_dicts_do() -> None:
    one = pmap({"a": 1, "b": 2})
    other = pmap({"b": 2, "a": 1})
    assert one == other == {"a": 1, "b": 2}
    assert one != {"a": 1} and one != {"a": 1, "b": 3} and one != pmap({"a": 1, "c": 2})
    empty: dict[str, int] = {}
    assert pmap() == empty and empty == pmap()  # the dict asks the map back


def test_replacing_a_value_with_itself_changes_nothing() -> None:
    value = object()
    mapping = pmap({"a": value})
    assert mapping.set("a", value) is mapping


def test_a_map_pickles_as_its_items() -> None:
    """Its index is shared with the maps it was grown from; the pickle holds its items only."""
    mapping = pmap((f"p-{i}", i) for i in range(500))
    data = pickle.dumps(mapping)
    assert b"p-499" in data
    back = pickle.loads(data)
    assert back == mapping and list(back) == list(mapping)
    vector = pvector(range(100))
    assert pickle.loads(pickle.dumps(vector)) == vector


def test_adding_a_new_key_is_setting_it() -> None:
    mapping = pmap((f"k-{i}", i) for i in range(300))
    added = mapping.add_new("new", -1)
    assert added == mapping.set("new", -1) and list(added)[-1] == "new"
    assert "new" not in mapping


def test_built_at_once_as_built_one_at_a_time() -> None:
    """What unpickling builds in one go is what appends build, and goes on the same way."""
    from facilitator.core.fold.persistent import pmap_of, pvector_of

    for size in SIZES:
        items = list(range(size))
        built = pvector_of(items)
        appended = pvector(items)
        assert built == appended and list(built) == items
        assert (built._shift, len(built._tail)) == (appended._shift, len(appended._tail))
        assert list(built.append(-1)) == [*items, -1]
        keys = [f"k-{i}" for i in range(size)]
        mapping = pmap_of(keys, items)
        assert mapping == dict(zip(keys, items, strict=True)) and list(mapping) == keys
        assert mapping.set("new", 1)["new"] == 1 and all(
            mapping[k] == i for i, k in enumerate(keys)
        )


def test_changed_since_lists_exactly_the_positions_whose_item_changed() -> None:
    """Against a plain comparison by identity, over growth past several levels of the trie."""
    import random

    rng = random.Random(17)
    items = [object() for _ in range(3000)]
    vector = pvector(items[:10])
    plain = list(items[:10])
    for step in range(600):
        older, before = vector, list(plain)
        if rng.random() < 0.5:
            grow = rng.randint(1, 40)
            for _ in range(grow):
                item = object()
                vector = vector.append(item)
                plain.append(item)
        else:
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(plain))
                item = object()
                vector = vector.set(at, item)
                plain[at] = item
        expected = [i for i, item in enumerate(plain) if i >= len(before) or before[i] is not item]
        assert vector.changed_since(older) == expected, step
    assert vector.changed_since(vector) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.sampled_from("abcdefgh"), st.integers(0, 9)),
        max_size=60,
    )
)
def test_maps_grown_from_one_another_in_branches_each_keep_their_own_keys(
    steps: list[tuple[int, str, int]],
) -> None:
    """The maps grown one from another share their index (an undo replays from an older map and
    grows another line from it, often giving the same key another position). Each map, old or
    new, holds exactly the keys and values a dict grown the same way holds."""
    maps: list[PMap[str, int]] = [pmap()]
    dicts: list[dict[str, int]] = [{}]
    for base, key, value in steps:
        at = base % len(maps)
        maps.append(maps[at].set(key, value))
        dicts.append({**dicts[at], key: value})
    for made, expected in zip(maps, dicts, strict=True):
        assert dict(made.items()) == expected
        assert list(made) == list(expected)  # the order the keys came in
        for key in "abcdefgh":
            assert (key in made) == (key in expected)
            assert made.get(key, -1) == expected.get(key, -1)
            position = made.position(key)
            assert position == (list(expected).index(key) if key in expected else None)


def test_a_key_given_another_position_in_a_branch_is_still_found_in_the_first() -> None:
    first = pmap({"a": 1}).set("b", 2)  # b at 1
    branch = pmap({"a": 1}).set("c", 3).set("b", 4)  # from another start: a fresh index
    older = first.set("c", 5)  # c at 2 here
    shared = pmap({"a": 1})
    one = shared.set("b", 2)  # b at 1
    other = shared.set("c", 3).set("b", 4)  # the same line: b at 2 too
    assert one["b"] == 2 and one.position("b") == 1 and "c" not in one
    assert other["b"] == 4 and other.position("b") == 2 and other["c"] == 3
    assert branch["b"] == 4 and older["c"] == 5 and older.position("b") == 1
