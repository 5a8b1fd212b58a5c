"""What an event changed (core/fold/changes.py), checked against a comparison by value over the
realistic day: every part that differs is reported, and an event reports no more than it did."""

from __future__ import annotations

from facilitator.core.fold.changes import everything, what_changed
from facilitator.core.fold.engine import Folder
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.queue.reducer import queue_of
from tests.bench.realistic import day


def test_every_change_of_the_day_is_reported_and_only_where_it_happened() -> None:
    programme, records = day()
    folder = Folder(programme)
    before = folder.state
    kinds: dict[str, int] = {}
    for record in records:
        folder.apply(record)
        after = folder.state
        changes = what_changed(before, after)
        assert changes.old is before and changes.new is after and not changes.everything
        q0, q1 = queue_of(before), queue_of(after)
        differing = {
            sid
            for sid in {*q0.lists, *q1.lists}
            if q0.lists.get(sid) is not q1.lists.get(sid) and q0.lists.get(sid) != q1.lists.get(sid)
        }
        assert changes.lists is not None and differing <= changes.lists, record
        assert changes.floor == (q0.floor != q1.floor)
        if q0.participants != q1.participants:
            assert changes.participants
        if before.agenda != after.agenda:
            assert changes.agenda
        t0, t1 = interventions_of(before).table, interventions_of(after).table
        if changes.interventions is None:
            assert len(t1) < len(t0)  # an undone capture
        else:
            moved = {
                p
                for p in range(len(t1))
                if p >= len(t0) or (t0.at(p) is not t1.at(p) and t0.at(p) != t1.at(p))
            }
            assert moved <= set(changes.interventions), record
        if record.type in ("InterventionLogged", "InterventionEdited", "InterventionDeleted"):
            assert changes.interventions is not None and len(changes.interventions) == 1
            assert not changes.lists and not changes.agenda and not changes.floor
        if record.type in ("SpeakerQueued", "SpeakerMoved", "SpeakerCalled"):
            assert changes.lists == {record.payload["segment_id"]} or (
                record.type == "SpeakerCalled" and changes.floor
            ), record
            assert changes.interventions == () and not changes.agenda
        kinds[record.type] = kinds.get(record.type, 0) + 1
        before = after
    assert kinds["Undone"] > 10 and kinds["InterventionEdited"] > 10


def test_the_same_state_changes_nothing_and_a_first_showing_everything() -> None:
    programme, records = day()
    folder = Folder(programme)
    folder.extend(records[:100])
    state = folder.state
    same = what_changed(state, state)
    assert not (same.agenda or same.programme or same.lists or same.floor or same.undo)
    assert not same.queue and not same.any_intervention
    first = what_changed(None, state)
    assert first == everything(state) and first.everything
    assert first.list_changed("seg-1") and first.queue and first.any_intervention
