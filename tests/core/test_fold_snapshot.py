"""A folder resumed from a snapshot goes on exactly as the folder it was taken of: the same
state after the same records, undo and redo included, even past the snapshot."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from facilitator.core.fold.engine import Folder, FolderSnapshot, fold
from facilitator.core.journal.record import EventRecord
from tests.bench.realistic import day

# Where the long day is cut: before anything, a few events in, mid-morning, after undos and
# redos, the last event.
CUTS = (0, 1, 37, 400, 1111, 1800, 2385)


def _resumed(records: tuple[EventRecord, ...], cut: int) -> tuple[Folder, list[int]]:
    """A folder of the first ``cut`` records, snapshot, pickled, resumed; and how often it read
    the whole journal again."""
    programme, _ = day()
    folder = Folder(programme)
    folder.extend(records[:cut])
    snapshot = pickle.loads(pickle.dumps(folder.snapshot()))
    assert isinstance(snapshot, FolderSnapshot) and snapshot.last_seq == (
        cut and records[cut - 1].seq
    )
    reads: list[int] = []

    def history() -> tuple[EventRecord, ...]:
        reads.append(1)
        return records

    return Folder.resume(programme, snapshot, history), reads


@pytest.mark.parametrize("cut", CUTS)
def test_a_resumed_folder_ends_where_the_whole_fold_ends(cut: int) -> None:
    programme, records = day()
    resumed, reads = _resumed(records, cut)
    assert resumed.state == fold(programme, records[:cut])
    for record in records[cut:]:
        resumed.apply(record)
    assert resumed.state == fold(programme, records)
    assert len(reads) <= 1  # only if an undo of the day reached before the cut


def _undo(folder: Folder, seq: int, at: EventRecord, kind: str = "Undone") -> EventRecord:
    record = replace(at, type=kind, payload={"target_seq": seq}, seq=folder.state.last_seq + 1)
    folder.apply(record)
    return record


@pytest.mark.parametrize("cut", [400, 1800, 2385])
def test_undo_and_redo_past_the_snapshot_refold_the_journal_once(cut: int) -> None:
    """Right after a reopen the top of the undo stack is before the snapshot: undoing it reads
    the journal once, and the meeting is as if it had never been closed."""
    programme, records = day()
    resumed, reads = _resumed(records, cut)
    whole = Folder(programme)
    whole.extend(records[:cut])
    assert resumed.state == whole.state  # the labels of the tops came with the snapshot
    last = records[cut - 1]
    for _ in range(3):
        target = whole.state.undo.undo_seq
        assert target is not None
        _undo(whole, target, last)
        _undo(resumed, target, last)
        assert resumed.state == whole.state
    target = whole.state.undo.redo_seq
    assert target is not None
    _undo(whole, target, last, "Redone")
    _undo(resumed, target, last, "Redone")
    assert resumed.state == whole.state
    assert len(reads) == 1


def test_a_new_step_after_the_snapshot_forgets_what_could_be_redone_before_it() -> None:
    programme, records = day()
    cut = 1800
    whole = Folder(programme)
    whole.extend(records[:cut])
    last = records[cut - 1]
    _undo(whole, whole.state.undo.undo_seq or 0, last)
    assert whole.state.undo.can_redo
    snapshot = whole.snapshot()
    resumed = Folder.resume(programme, snapshot, lambda: records)
    step = next(r for r in records[cut:] if r.type == "SpeakerQueued")
    for folder in (whole, resumed):
        folder.apply(replace(step, seq=folder.state.last_seq + 1))
    assert not resumed.state.undo.can_redo and resumed.state == whole.state


def test_a_snapshot_of_other_slices_is_refused() -> None:
    programme, records = day()
    folder = Folder(programme)
    folder.extend(records[:10])
    snapshot = replace(folder.snapshot(), slices=("agenda",))
    with pytest.raises(ValueError, match="other slices"):
        Folder.resume(programme, snapshot, lambda: records)
