"""Budget: folding a journal of 100,000 events into the live state takes at most 1 s.

The journal is built so that what the fold must produce is known without folding: a day of the
seed-like programme replayed again and again, each segment started, paused, resumed, extended,
its extension undone and redone, then a mistaken "next" undone, plus events of a later feature
that this fold ignores. Run with ``--benchmark-enable`` for the figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pytest_benchmark.fixture import BenchmarkFixture

from facilitator.core.agenda.events import (
    SegmentExtended,
    SegmentFinished,
    SegmentPaused,
    SegmentResumed,
    SegmentStarted,
    SittingStarted,
)
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.fold.engine import Folder, fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from tests.core.test_fold import TEN_AM, seed_like

EVENTS = 100_000
BUDGET_SECONDS = 1.0
PROGRAMME = seed_like()
IDS = PROGRAMME.segment_ids()


def build_journal() -> tuple[list[EventRecord], int]:
    """The journal, and how many times each segment ran its 150-second cycle."""
    records: list[EventRecord] = []
    t = TEN_AM

    def add(event: Event | None, seconds: float = 0, *, type_name: str = "") -> int:
        nonlocal t
        t += dt.timedelta(seconds=seconds)
        if event is None:  # an event of a later feature (the speaker queue)
            record = EventRecord(type_name, t, "rapporteur", {"name": "Ms. A", "org": "NGO"})
        else:
            record = to_record(event, at=t, actor="co-chair")
        records.append(replace(record, seq=len(records) + 1))
        return len(records)

    add(SittingStarted(0))
    cycles = 0
    while len(records) < EVENTS - 120:
        for index, sid in enumerate(IDS):
            add(SegmentStarted(sid))  # the first of a cycle jumps back to the top
            add(SegmentPaused(sid), 60)
            add(SegmentResumed(sid), 30)
            extended = add(SegmentExtended(sid, 60), 30)
            add(Undone(extended), 5)
            add(Redone(extended), 5)
            mistake = add(SegmentStarted(IDS[(index + 1) % len(IDS)]), 5)
            add(Undone(mistake), 5)
            add(None, 0, type_name="FromTheFuture")
            t += dt.timedelta(seconds=40)  # 150 s of use in all, 60 + 90
        cycles += 1
    while len(records) < EVENTS - 1:
        add(None, 0, type_name="FromTheFuture")
    add(SegmentFinished(IDS[-1]))
    return records, cycles


RECORDS, CYCLES = build_journal()


def check(state: MeetingState) -> None:
    """The state the journal must fold to, derived from how it was built."""
    agenda = state.agenda
    assert len(RECORDS) == EVENTS and state.last_seq == EVENTS
    assert agenda.current is None and agenda.position == IDS[-1]
    for sid in IDS:
        segment = agenda.segment(sid)
        assert segment.status is SegmentStatus.DONE
        assert segment.used == dt.timedelta(seconds=150 * CYCLES)
        assert len(segment.runs) == 2 * CYCLES  # the undone "next" never split a run
        assert segment.extension_seconds == 60 * CYCLES
    assert state.ignored == sum(1 for r in RECORDS if r.type == "FromTheFuture") > CYCLES
    assert state.undo.undo_text == "Undo: Finish (Closing remarks)"
    assert not state.undo.can_redo  # a newer step came after the last undo


def test_fold_100k_events(benchmark: BenchmarkFixture) -> None:
    state = benchmark(fold, PROGRAMME, RECORDS)
    check(state)
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.min <= BUDGET_SECONDS


def test_incremental_fold_agrees_with_the_bulk_fold() -> None:
    folder = Folder(PROGRAMME)
    for record in RECORDS:
        folder.apply(record)
    assert folder.state == fold(PROGRAMME, RECORDS)


def test_undo_and_redo_after_100k_events(benchmark: BenchmarkFixture) -> None:
    """An undo/redo pair at the end of a long journal replays only a few events."""
    folder = Folder(PROGRAMME)
    folder.extend(RECORDS)
    expected = folder.state
    target = expected.undo.undo_seq
    assert target is not None
    seq = [EVENTS]
    at = RECORDS[-1].at

    def undo_redo() -> MeetingState:
        seq[0] += 1
        folder.apply(EventRecord("Undone", at, "cc", {"target_seq": target}, seq[0]))
        undone = folder.state
        assert undone.agenda.current == IDS[-1]
        seq[0] += 1
        folder.apply(EventRecord("Redone", at, "cc", {"target_seq": target}, seq[0]))
        return folder.state

    state = benchmark(undo_redo)
    assert state.agenda == expected.agenda and state.undo == expected.undo
