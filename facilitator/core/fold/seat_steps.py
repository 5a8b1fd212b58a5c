"""Undo per seat: each seat's own steps, so that Ctrl+Z on one seat undoes that seat's last
action and never, silently, another seat's (issue 18).

The folder keeps the meeting's undo and redo stacks as before (the journal's ``Undone`` and
``Redone`` mean the same whoever wrote them); this keeps, beside them and by journal number, the
part of each stack that belongs to each seat (the record's actor): the steps a seat took that are
in effect, oldest first, and the steps a seat undid that can still be redone, most recently undone
last. A new step by anyone forgets what could be redone, for every seat, as the meeting's redo
stack does.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeatTops:
    """What undo and redo would reach for one seat: journal numbers, or None."""

    undo_seq: int | None = None
    redo_seq: int | None = None


NO_TOPS = SeatTops()


class SeatSteps:
    """Each seat's steps in effect and steps it can redo (see the module docstring)."""

    __slots__ = ("redo", "undo")

    def __init__(
        self,
        undo: Mapping[str, tuple[int, ...]] | None = None,
        redo: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        self.undo: dict[str, list[int]] = {a: list(s) for a, s in (undo or {}).items() if s}
        self.redo: dict[str, list[int]] = {a: list(s) for a, s in (redo or {}).items() if s}

    def stepped(self, actor: str, seq: int) -> None:
        """``actor`` took step ``seq`` (the newest): nothing can be redone any more."""
        steps = self.undo.get(actor)
        if steps is None:
            self.undo[actor] = [seq]
        else:
            steps.append(seq)
        if self.redo:
            self.redo.clear()

    def undone(self, owner: str, seq: int, by: str) -> None:
        """Step ``seq`` of ``owner`` was undone by ``by``: ``by`` can redo it."""
        steps = self.undo.get(owner)
        if steps:
            if steps[-1] == seq:
                steps.pop()
            elif seq in steps:
                steps.remove(seq)
            if not steps:
                del self.undo[owner]
        self.redo.setdefault(by, []).append(seq)

    def redone(self, owner: str, seq: int) -> None:
        """Step ``seq`` of ``owner`` is in effect again."""
        for by, undone in list(self.redo.items()):
            if seq in undone:
                undone.remove(seq)
                if not undone:
                    del self.redo[by]
        bisect.insort(self.undo.setdefault(owner, []), seq)

    def tops(self) -> dict[str, SeatTops]:
        """Every seat's tops (the seats with a step to undo or redo)."""
        return {
            actor: SeatTops(
                self.undo[actor][-1] if actor in self.undo else None,
                self.redo[actor][-1] if actor in self.redo else None,
            )
            for actor in {**self.undo, **self.redo}
        }

    def frozen(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
        """The stacks as values (for a folder's snapshot)."""
        return (
            {a: tuple(s) for a, s in self.undo.items()},
            {a: tuple(s) for a, s in self.redo.items()},
        )
