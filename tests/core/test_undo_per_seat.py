"""Undo per seat (issue 18): a seat's Ctrl+Z undoes its own latest step; another seat's step is
never undone by it, only when chosen by name; redo is per seat too; and the fold says the same
whether it went event by event, folded the journal at once, or resumed from a snapshot."""

from __future__ import annotations

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.errors import CommandError, NothingToRedoError, NothingToUndoError
from facilitator.core.fold.engine import Folder, fold
from tests.core.test_interventions import capture_desk, log

CO_CHAIR = "Ms. A (co-chair)"
RAPPORTEUR = "Mr. B (rapporteur)"


def _meeting() -> tuple[object, str]:
    """The Co-Chair started the meeting and moved to the next segment; then the rapporteur
    captured a statement."""
    desk = capture_desk(3)
    desk.do(cmd.start, actor=CO_CHAIR)
    desk.advance(minutes=2)
    desk.do(cmd.next_segment, actor=CO_CHAIR)
    iid = log(desk, actor=RAPPORTEUR, summary="On prosecution.")
    return desk, iid


def test_each_seat_undoes_its_own_latest_step_not_the_latest_of_the_meeting() -> None:
    desk, iid = _meeting()
    current = desk.agenda.current
    assert desk.state.undo.undo_label is not None  # the meeting's latest: the capture
    desk.do(cmd.undo, actor=CO_CHAIR)  # the Co-Chair's Next, not the rapporteur's capture
    assert desk.agenda.current != current
    assert iid in desk.state.slices["interventions"].table
    assert not desk.state.slices["interventions"].table.get(iid).deleted
    desk.do(cmd.undo, actor=RAPPORTEUR)  # the capture
    assert iid not in desk.state.slices["interventions"].table
    assert desk.refold() == desk.state


def test_a_seat_with_nothing_of_its_own_is_told_whose_step_is_latest() -> None:
    desk, _iid = _meeting()
    with pytest.raises(NothingToUndoError) as refused:
        desk.do(cmd.undo, actor="Display (display)")
    assert str(refused.value) == (
        f"Nothing of yours to undo: the latest step is {RAPPORTEUR}'s. To undo theirs, use"
        " Edit > Undo another seat's step (Ctrl+Alt+Z)."
    )


def test_another_seats_step_is_undone_only_when_chosen_by_its_number() -> None:
    desk, iid = _meeting()
    who, seq = desk.state.undo.latest_of_others(CO_CHAIR)
    assert who == RAPPORTEUR and seq == desk.journal[-1].seq
    desk.do(cmd.undo_step, seq, actor=CO_CHAIR)
    assert iid not in desk.state.slices["interventions"].table
    # The rapporteur can redo it (it was their step) only if they undid it; the Co-Chair did.
    assert desk.state.undo.of(CO_CHAIR).redo_seq == seq
    assert desk.state.undo.of(RAPPORTEUR).redo_seq is None
    # The same choice again, stale now: refused in words.
    with pytest.raises(CommandError, match="can no longer be undone"):
        desk.do(cmd.undo_step, seq, actor=CO_CHAIR)


def test_redo_is_per_seat_and_a_new_step_forgets_what_could_be_redone() -> None:
    desk, iid = _meeting()
    desk.do(cmd.undo, actor=RAPPORTEUR)
    with pytest.raises(NothingToRedoError):
        desk.do(cmd.redo, actor=CO_CHAIR)
    desk.do(cmd.redo, actor=RAPPORTEUR)
    assert iid in desk.state.slices["interventions"].table
    desk.do(cmd.undo, actor=RAPPORTEUR)
    desk.do(cmd.extend, 60, actor=CO_CHAIR)
    with pytest.raises(NothingToRedoError):
        desk.do(cmd.redo, actor=RAPPORTEUR)
    assert desk.refold() == desk.state


def test_the_seats_tops_survive_a_snapshot_and_reach_before_it() -> None:
    """A reopened meeting resumes from its snapshot: each seat's tops and their labels are
    there; undoing past the snapshot refolds the journal once and gives the same state."""
    desk, _iid = _meeting()
    for n in range(5):
        log(desk, actor=RAPPORTEUR, summary=f"Point {n}.")
    programme = desk.state.programme
    journal = list(desk.journal)
    folder = Folder(programme)
    folder.extend(journal)
    snapshot = folder.snapshot()
    resumed = Folder.resume(programme, snapshot, lambda: iter(journal))
    assert resumed.state.undo.seats == folder.state.undo.seats
    co_chair_top = resumed.state.undo.of(CO_CHAIR).undo_seq
    assert co_chair_top is not None
    assert resumed.label_of(co_chair_top) == folder.label_of(co_chair_top)
    assert resumed._log == []  # the label came with the snapshot: nothing refolded
    undo = cmd.undo(resumed.state, now=desk.clock.now(), actor=CO_CHAIR)
    undone = desk.append(undo)
    resumed.apply(undone)
    assert resumed.state == desk.state == fold(programme, desk.journal)
