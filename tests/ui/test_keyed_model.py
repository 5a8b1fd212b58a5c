"""The keyed table model sends the smallest signals for each change, never a reset for one row."""

from __future__ import annotations

import random

import pytest
from pytestqt.modeltest import ModelTester

from facilitator.ui.keyed_model import KeyedTableModel, Row


def rows(*keys: str, mark: str = "") -> list[Row]:
    return [Row(k, (k, f"{k}{mark}")) for k in keys]


class Spy:
    def __init__(self, model: KeyedTableModel) -> None:
        self.seen: list[str] = []
        model.modelReset.connect(lambda: self.seen.append("reset"))
        model.rowsInserted.connect(lambda p, a, b: self.seen.append(f"insert {a}"))
        model.rowsRemoved.connect(lambda p, a, b: self.seen.append(f"remove {a}"))
        model.rowsMoved.connect(lambda p, a, b, d, r: self.seen.append(f"move {a}->{r}"))
        model.layoutChanged.connect(lambda *args: self.seen.append("layout"))
        model.dataChanged.connect(lambda a, b: self.seen.append(f"data {a.row()}"))


def contents(model: KeyedTableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]  # type: ignore[misc]


@pytest.fixture
def model(qtmodeltester: ModelTester) -> KeyedTableModel:
    m = KeyedTableModel(["Key", "Text"])
    m.set_rows(rows("a", "b", "c", "d"))
    qtmodeltester.check(m)
    return m


def test_one_changed_cell_is_one_data_changed(model: KeyedTableModel) -> None:
    spy = Spy(model)
    new = rows("a", "b", "c", "d")
    new[2] = Row("c", ("c", "changed"))
    model.set_rows(new)
    assert spy.seen == ["data 2"]
    assert model.data(model.index(2, 1)) == "changed"


@pytest.mark.parametrize(
    ("keys", "signal"),
    [
        (("a", "x", "b", "c", "d"), "insert 1"),
        (("a", "b", "c", "d", "x"), "insert 4"),
        (("a", "c", "d"), "remove 1"),
        (("d", "a", "b", "c"), "move 3->0"),
        (("b", "c", "d", "a"), "move 0->4"),
        (
            ("a", "c", "b", "d"),
            "move 1->3",
        ),  # b down past c (Qt counts the destination before the move)
        (("d", "c", "b", "a"), "layout"),
    ],
)
def test_one_row_coming_going_or_moving(
    model: KeyedTableModel, keys: tuple[str, ...], signal: str
) -> None:
    spy = Spy(model)
    model.set_rows(rows(*keys))
    assert spy.seen == [signal]
    assert contents(model) == list(keys)


def test_random_transitions_keep_the_model_exact(model: KeyedTableModel) -> None:
    rng = random.Random(5)
    pool = [chr(c) for c in range(ord("a"), ord("p"))]
    for step in range(400):
        keys = rng.sample(pool, rng.randint(0, 10))
        model.set_rows(rows(*keys, mark=str(step % 3)))
        assert contents(model) == keys
        assert [model.data(model.index(r, 1)) for r in range(len(keys))] == [
            f"{k}{step % 3}" for k in keys
        ]
        assert all(model.row_of(k) == i for i, k in enumerate(keys))
