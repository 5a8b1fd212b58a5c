"""The speaker queue's budgets (issue 5), the core's share of them.

* one move, one call (a one-row change) in a 1,000-speaker list: the command's check plus the
  incremental fold of its event, well under the UI's 16 ms;
* folding a journal with a 1,000-speaker list and 1,000 moves (reopening the meeting);
* a registration list of 10,000 rows: the command that checks and numbers it, and the fold of the
  one event it journals (the file's reading is formats/registration's share of the 2 s).

Figures: ``python3 -m pytest tests/bench/test_bench_queue.py --benchmark-enable``.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from itertools import count

from pytest_benchmark.fixture import BenchmarkFixture

from facilitator.core.agenda.events import SegmentStarted
from facilitator.core.fold.engine import Folder, fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Category, Participant
from facilitator.core.queue import commands as qc
from facilitator.core.queue.events import SpeakerCalled, SpeakerMoved, SpeakerQueued
from facilitator.core.queue.reducer import QUEUE, queue_of
from facilitator.core.queue.state import QueueState
from tests.core.test_fold import TEN_AM, seed_like

SPEAKERS = 1_000
UI_BUDGET_SECONDS = 0.016
IMPORT_BUDGET_SECONDS = 2.0
PROGRAMME = seed_like()
LIST = "seg-9"


def registrations(n: int) -> list[Participant]:
    return [
        Participant("", f"Participant {i}", f"Organization {i % 700}", list(Category)[i % 7])
        for i in range(n)
    ]


def _stored(record: EventRecord, seq: int) -> EventRecord:
    """The record as the store gives it back: numbered, its payload through JSON."""
    return replace(record, seq=seq, payload=json.loads(json.dumps(record.payload)))


def build_journal() -> list[EventRecord]:
    """1,000 participants, standing item 1 running, each of them on its list, 1,000 moves."""
    rng = random.Random(5)
    records: list[EventRecord] = []
    state = fold(PROGRAMME, [])

    def add(record: EventRecord) -> None:
        records.append(_stored(record, len(records) + 1))

    def event(e: Event) -> EventRecord:
        return to_record(e, at=TEN_AM, actor="cc")

    add(qc.import_participants(state, registrations(SPEAKERS), now=TEN_AM, actor="cc"))
    add(event(SegmentStarted(LIST)))
    for i in range(1, SPEAKERS + 1):
        add(event(SpeakerQueued(LIST, f"s-{i}", f"p-{i}")))
    for _ in range(SPEAKERS):
        entry = f"s-{rng.randint(1, SPEAKERS)}"
        add(event(SpeakerMoved(LIST, entry, rng.randrange(SPEAKERS))))
    return records


RECORDS = build_journal()


def check(state: MeetingState) -> None:
    lst = queue_of(state).list_of(LIST)
    assert len(lst.waiting) == SPEAKERS and sorted(lst.waiting) == sorted(lst.entries)
    assert state.last_seq == len(RECORDS) == 2 + 2 * SPEAKERS


def test_fold_a_1000_speaker_list_with_1000_moves(benchmark: BenchmarkFixture) -> None:
    state = benchmark(fold, PROGRAMME, RECORDS)
    check(state)
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.min <= 1.0


def _folded() -> tuple[Folder, QueueState]:
    folder = Folder(PROGRAMME)
    folder.extend(RECORDS)
    return folder, queue_of(folder.state)


def test_reduce_one_move_in_a_1000_speaker_list(benchmark: BenchmarkFixture) -> None:
    """The slice's reducer alone: the last one waiting moves to the top."""
    _, queue = _folded()
    last = queue.list_of(LIST).waiting[-1]
    event = SpeakerMoved(LIST, last, 0)
    record = to_record(event, at=TEN_AM, actor="cc")
    moved = benchmark(QUEUE.apply, queue, event, record)
    assert moved.list_of(LIST).waiting[0] == last
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.max <= UI_BUDGET_SECONDS


def test_reduce_one_call_in_a_1000_speaker_list(benchmark: BenchmarkFixture) -> None:
    """The slice's reducer alone: the first one waiting gets the floor."""
    _, queue = _folded()
    first = queue.list_of(LIST).waiting[0]
    event = SpeakerCalled(LIST, first)
    record = to_record(event, at=TEN_AM, actor="cc")
    called = benchmark(QUEUE.apply, queue, event, record)
    assert called.floor == (LIST, first) and len(called.list_of(LIST).waiting) == SPEAKERS - 1
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.max <= UI_BUDGET_SECONDS


def test_move_command_and_incremental_fold(benchmark: BenchmarkFixture) -> None:
    """What a drag and drop costs the core: check the move, journal record, decode, fold,
    the new MeetingState (the store's commit is measured in test_bench_store)."""
    folder, _ = _folded()
    seqs = count(len(RECORDS) + 1)
    rng = random.Random(7)

    def move() -> MeetingState:
        lst = queue_of(folder.state).list_of(LIST)
        entry = lst.waiting[rng.randrange(SPEAKERS)]
        target = next(p for p in (0, SPEAKERS - 1) if lst.waiting[p] != entry)
        record = qc.move_speaker(folder.state, entry, target, now=TEN_AM, actor="cc")
        folder.apply(_stored(record, next(seqs)))
        return folder.state

    state = benchmark(move)
    assert len(queue_of(state).list_of(LIST).waiting) == SPEAKERS
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.median <= UI_BUDGET_SECONDS


def test_call_next_command_and_incremental_fold(benchmark: BenchmarkFixture) -> None:
    folder, _ = _folded()
    seqs = count(len(RECORDS) + 1)

    def call_next() -> MeetingState:
        record = qc.call_next(folder.state, now=TEN_AM, actor="cc")
        folder.apply(_stored(record, next(seqs)))
        return folder.state

    state = benchmark.pedantic(call_next, rounds=500, iterations=1)  # type: ignore[no-untyped-call]
    assert len(queue_of(state).list_of(LIST).waiting) < SPEAKERS
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.median <= UI_BUDGET_SECONDS


TEN_THOUSAND = registrations(10_000)


def test_import_command_for_10000_registrations(benchmark: BenchmarkFixture) -> None:
    state = fold(PROGRAMME, [])
    record = benchmark(
        qc.import_participants, state, TEN_THOUSAND, "big.xlsx", now=TEN_AM, actor="cc"
    )
    assert len(record.payload["participants"]) == 10_000
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.min <= IMPORT_BUDGET_SECONDS


def test_fold_10000_imported_participants(benchmark: BenchmarkFixture) -> None:
    state = fold(PROGRAMME, [])
    record = qc.import_participants(state, TEN_THOUSAND, "big.xlsx", now=TEN_AM, actor="cc")
    journal = [_stored(record, 1)]
    folded = benchmark(fold, PROGRAMME, journal)
    assert len(queue_of(folded).participants) == 10_000
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.min <= IMPORT_BUDGET_SECONDS


def test_figures_and_board_of_a_1000_speaker_list(benchmark: BenchmarkFixture) -> None:
    """A repaint's share: the figures and the board, 500 heard (one speaking), 500 waiting."""
    from facilitator.core.board import build_board
    from facilitator.core.queue.figures import queue_figures
    from facilitator.ui.words import figures_line, phase_words

    folder, _ = _folded()
    seqs = count(len(RECORDS) + 1)
    for _ in range(500):
        record = qc.call_next(folder.state, now=TEN_AM, actor="cc")
        folder.apply(_stored(record, next(seqs)))
    state = folder.state

    def repaint() -> str:
        phase_words(build_board(state, TEN_AM))
        return figures_line(queue_figures(state, TEN_AM))

    summary = benchmark(repaint)
    assert summary.startswith("500 waiting · 25 h 3 min at 3:00")
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.median <= UI_BUDGET_SECONDS
