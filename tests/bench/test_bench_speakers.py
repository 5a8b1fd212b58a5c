"""A 1,000-speaker list in the console: one move, one call (issue 5, budget ≤ 16 ms, no reset).

Measured end to end as a Co-Chair's key press does it: the command checked, committed to SQLite
(synchronous=FULL), folded, and the speakers table updated with row-level signals.
Figures: ``python3 -m pytest tests/bench/test_bench_speakers.py --benchmark-enable``.
"""

from __future__ import annotations

import itertools

from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import queue_of
from tests.ui.conftest import Desk

SPEAKERS = 1000


def _long_list(desk: Desk) -> None:
    people = [
        Participant(
            "",
            f"Speaker {n:04d}",
            f"Organization {n % 97}",
            Category.NGO,
            Attendance.ONLINE if n % 2 else Attendance.ROOM,
        )
        for n in range(1, SPEAKERS + 1)
    ]
    act = desk.window.controller.act
    assert act(lambda s: s.import_participants(people, "bench"))
    assert act(lambda s: s.jump("seg-9"))
    session = desk.window.controller.session
    for n in range(1, SPEAKERS + 1):
        session.queue_speaker(f"p-{n}")  # type: ignore[union-attr]
    desk.window._shown_key = None
    desk.window.refresh_clock()
    assert desk.window.speakers.model.rowCount() == SPEAKERS


def test_bench_move_in_a_1000_speaker_list(benchmark, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    _long_list(desk)
    model = desk.window.speakers.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    picks = itertools.cycle(range(500, 1000, 7))

    def move() -> None:
        waiting = queue_of(desk.window.controller.state).list_of("seg-9").waiting
        assert desk.window.controller.act(
            lambda s: s.move_speaker_to_top(waiting[next(picks) % len(waiting)])
        )

    benchmark.pedantic(move, rounds=40, warmup_rounds=2)
    assert resets == []


def test_bench_call_in_a_1000_speaker_list(benchmark, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    _long_list(desk)
    model = desk.window.speakers.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    def call() -> None:
        assert desk.window.controller.act(lambda s: s.call_next())

    benchmark.pedantic(call, rounds=40, warmup_rounds=2)
    assert resets == []
    assert model.data(model.index(0, 6)) == "speaking"
