"""What undoing a step would take back, as a value: the UI puts it in words
(:func:`facilitator.ui.words.undo_action`), in the interface's language.

A slice's undo label (:meth:`facilitator.core.fold.slice.Reducer.label`) returns an
:class:`UndoAction`: its ``kind`` (what was done: ``"next"``, ``"call"``…) and what it was done to,
as captured (a segment's title, a participant's name), with a number where one is needed (the
seconds of an extension, the participants of an import, a sitting's number)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UndoAction:
    """One undoable step: ``UndoAction("next", "Panel 2")``.

    ``subject``: what it acts on (a segment's title; a participant's or a speaker's name);
    ``segment``: the list it acts in, for a speaker ("Queue Ms. A (Panel 1)"); ``amount``: seconds
    (an extension, a speaking limit), a count (an import), a sitting's number; ``details``: the
    hours of a sitting, the fields an edit changed, an import's source; ``sort``: the kind of an
    intervention ("statement", "question"…)."""

    kind: str
    subject: str = ""
    segment: str = ""
    amount: int = 0
    details: tuple[str, ...] = ()
    sort: str = ""
