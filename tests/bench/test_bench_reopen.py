"""Reopening a meeting and listing meetings (issue 17), on realistic journals in a real store:

* reopening a meeting of 10,000 real events (open the database, load the journal, fold it):
  load and fold at most 0.15 s with the fold snapshot a previous opening kept, and at most half
  the time without it (measured in the same run); the whole reopen, database included, within
  the 0.5 s that the console's first paint must also fit in;
* the start screen's list of 20 meetings, each a realistic day, from the summaries the sessions
  kept: at most 0.5 s, and a fraction of folding every meeting as it used to (same run).

Figures: ``python -m pytest tests/bench/test_bench_reopen.py --benchmark-enable``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from facilitator.core.clock import FakeClock
from facilitator.core.fold.engine import fold
from facilitator.session import MeetingSession, overview
from facilitator.store import fold_cache, open_database
from facilitator.store.database import Database
from tests.bench.realistic import day, first
from tests.bench.stored import add_meeting
from tests.bench.timing import median_p99, report

REOPEN_EVENTS = 10_000
LOAD_FOLD_BUDGET_S = 0.15
REOPEN_BUDGET_S = 0.5
MEETINGS = 20
LIST_BUDGET_S = 0.5

_reference: dict[str, float] = {}


@pytest.fixture(scope="module")
def big_meeting(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    programme, _ = day()
    path = tmp_path_factory.mktemp("reopen") / "meetings.sqlite3"
    return path, add_meeting(path, programme, first(REOPEN_EVENTS))


def _open(db: Database, meeting_id: int) -> MeetingSession:
    return MeetingSession(db, meeting_id, clock=FakeClock(first(1)[0].at), actor="bench")


def _timed(run: Callable[[], Any], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def test_bench_load_and_fold_10000_events_without_a_snapshot(
    benchmark: BenchmarkFixture, big_meeting: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, meeting_id = big_meeting
    with open_database(f"sqlite:///{path}", backups=False) as db:

        def reopen() -> MeetingSession:
            fold_cache.forget(db, meeting_id)
            return _open(db, meeting_id)

        session = benchmark.pedantic(reopen, rounds=10, warmup_rounds=1)
        assert session._snapshot_seq == 0 and session.state.last_seq == REOPEN_EVENTS
        programme, _ = day()
        assert session.state == fold(programme, first(REOPEN_EVENTS))
    figures = median_p99(benchmark)
    if figures is None:
        return
    _reference["load_fold"] = figures[0]
    report(capsys, f"load + fold of {REOPEN_EVENTS:,} events: median {figures[0] * 1e3:.0f} ms")


def test_bench_load_and_fold_10000_events_from_a_snapshot(
    benchmark: BenchmarkFixture, big_meeting: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, meeting_id = big_meeting
    with open_database(f"sqlite:///{path}", backups=False) as db:
        fold_cache.forget(db, meeting_id)
        assert _open(db, meeting_id).save_snapshot()
        session = benchmark.pedantic(lambda: _open(db, meeting_id), rounds=10, warmup_rounds=1)
        assert session._snapshot_seq == REOPEN_EVENTS  # resumed, nothing left to fold
        programme, _ = day()
        assert session.state == fold(programme, first(REOPEN_EVENTS))
        figures = median_p99(benchmark)
        if figures is None:
            return
        reference = _reference.get("load_fold")
        if reference is None:  # run alone: measure the fold from the journal here
            reference = min(
                _timed(lambda: (fold_cache.forget(db, meeting_id), _open(db, meeting_id)), 3)
            )
    median = figures[0]
    benchmark.extra_info["ratio_to_no_snapshot"] = round(median / reference, 3)
    report(
        capsys,
        f"load + fold from a snapshot: median {median * 1e3:.0f} ms"
        f" ({median / reference:.2f} of the whole fold's {reference * 1e3:.0f} ms)",
    )
    assert median <= LOAD_FOLD_BUDGET_S
    assert median <= 0.5 * reference


def test_bench_reopen_10000_events_database_included(
    benchmark: BenchmarkFixture,
    big_meeting: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As the app restarts: open the database (lock, integrity check, backup), then the meeting
    from the snapshot its last opening kept."""
    path, meeting_id = big_meeting
    url = f"sqlite:///{path}"
    with open_database(url, backups=False) as db:
        _open(db, meeting_id).save_snapshot()

    def reopen() -> int:
        with open_database(url, backup_dir=tmp_path / "backups") as db:
            return _open(db, meeting_id).state.last_seq

    assert benchmark.pedantic(reopen, rounds=10, warmup_rounds=1) == REOPEN_EVENTS
    figures = median_p99(benchmark)
    if figures is None:
        return
    report(capsys, f"reopen, database included: median {figures[0] * 1e3:.0f} ms")
    assert figures[0] <= REOPEN_BUDGET_S


@pytest.fixture(scope="module")
def twenty_meetings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 meetings, each the long day, as an upgraded database has them: no summary kept."""
    programme, records = day()
    path = tmp_path_factory.mktemp("list") / "meetings.sqlite3"
    for _ in range(MEETINGS):
        add_meeting(path, programme, records)
    return path


def test_bench_start_screen_with_20_meetings(
    benchmark: BenchmarkFixture, twenty_meetings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(f"sqlite:///{twenty_meetings}", backups=False) as db:
        start = time.perf_counter()
        cold = overview(db)  # the first listing folds each meeting once and keeps its summary
        first_listing = time.perf_counter() - start
        listed = benchmark.pedantic(overview, args=(db,), rounds=10, warmup_rounds=1)
        assert listed == cold and len(listed) == MEETINGS
        assert all(row.status in ("running", "paused", "ended") for row in listed)
        figures = median_p99(benchmark)
        if figures is None:
            return
        folded = min(_timed(lambda: [_fold_one(db, row.summary.id) for row in cold], 2))
    median, p99 = figures
    benchmark.extra_info.update(
        {
            "first_listing_ms": round(first_listing * 1e3),
            "folding_every_meeting_ms": round(folded * 1e3),
        }
    )
    report(
        capsys,
        f"start screen, {MEETINGS} meetings: median {median * 1e3:.0f} ms, p99 {p99 * 1e3:.0f} ms"
        f" (first listing, folding each once: {first_listing * 1e3:.0f} ms;"
        f" folding every meeting: {folded * 1e3:.0f} ms)",
    )
    assert median <= LIST_BUDGET_S
    assert median <= 0.25 * folded


def _fold_one(db: Database, meeting_id: int) -> None:
    loaded = db.load_meeting(meeting_id)
    fold(loaded.programme, loaded.events)
