"""The store's performance budget (issue 3).

- command → committed event, SQLite with ``synchronous=FULL``: median ≤ 5 ms, p99 ≤ 20 ms, and its
  ratio to a bare ``sqlite3`` insert-and-commit with the same pragmas (printed);
- reopening a meeting with 10,000 events (open the database, load the meeting): ≤ 0.5 s.

Run with figures: ``python3 -m pytest tests/bench/test_bench_store.py --benchmark-enable -q``.
In the normal test run each benchmark executes once, as a correctness test, and the budgets are not
asserted (there are no statistics to assert on).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import sqlite3
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.store import Database, open_database
from facilitator.store.models import to_micros
from tests.store.helpers import event, programme, url_of

APPEND_ROUNDS = 500
MEDIAN_BUDGET_S = 0.005
P99_BUDGET_S = 0.020
REOPEN_BUDGET_S = 0.5
REOPEN_EVENTS = 10_000

_figures: dict[str, float] = {}


def _median_p99(benchmark: Any) -> tuple[float, float] | None:
    if benchmark.stats is None:  # --benchmark-disable: ran once, no statistics
        return None
    data = sorted(benchmark.stats.stats.data)
    p99 = data[min(len(data) - 1, round(0.99 * (len(data) - 1)))]
    median = statistics.median(data)
    benchmark.extra_info.update({"median_ms": median * 1e3, "p99_ms": p99 * 1e3})
    return median, p99


def _report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    db = open_database(url_of(tmp_path / "bench.sqlite3"), backups=False)
    yield db
    db.close()


def test_bench_append_event_committed(
    benchmark: Any, store: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = store.create_meeting(programme())
    numbers = itertools.count(1)
    returned = []

    def append() -> None:
        returned.append(store.append_event(meeting_id, event(next(numbers))))

    benchmark.pedantic(append, rounds=APPEND_ROUNDS, iterations=1, warmup_rounds=10)

    # Every timed call was a real, committed append.
    assert store.load_meeting(meeting_id).events == returned
    assert [r.seq for r in returned] == list(range(1, len(returned) + 1))
    figures = _median_p99(benchmark)
    if figures is None:
        return
    median, p99 = figures
    _figures["store_median"], _figures["store_p99"] = median, p99
    _report(capsys, f"append_event: median {median * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms")
    assert median <= MEDIAN_BUDGET_S
    assert p99 <= P99_BUDGET_S


def test_bench_bare_sqlite3_insert_and_commit(
    benchmark: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The floor: the same row, the same pragmas, the same table, no SQLAlchemy, no cache."""
    path = tmp_path / "bare.sqlite3"
    with open_database(url_of(path), backups=False) as db:  # the same schema
        meeting_id = db.create_meeting(programme())
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "busy_timeout = 5000",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
    ):
        connection.execute(f"PRAGMA {pragma}")
    numbers = itertools.count(1)

    def insert() -> None:
        n = next(numbers)
        record = event(n)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                meeting_id,
                n,
                record.type,
                to_micros(record.at),
                record.actor,
                json.dumps(record.payload, ensure_ascii=False, separators=(",", ":")),
            ),
        )
        connection.execute("COMMIT")

    try:
        benchmark.pedantic(insert, rounds=APPEND_ROUNDS, iterations=1, warmup_rounds=10)
        [(count,)] = connection.execute("SELECT count(*) FROM events").fetchall()
    finally:
        connection.close()
    assert count == next(numbers) - 1
    figures = _median_p99(benchmark)
    if figures is None:
        return
    median, p99 = figures
    text = f"bare sqlite3: median {median * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms"
    if "store_median" in _figures:
        text += (
            f"; store / bare: median ×{_figures['store_median'] / median:.2f},"
            f" p99 ×{_figures['store_p99'] / p99:.2f}"
        )
    _report(capsys, text)


@pytest.fixture
def big_meeting(tmp_path: Path) -> tuple[Path, int]:
    """A database holding one meeting with 10,000 events, written in bulk."""
    path = tmp_path / "big.sqlite3"
    with open_database(url_of(path), backups=False) as db:
        meeting_id = db.create_meeting(programme())
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    meeting_id,
                    n,
                    e.type,
                    to_micros(e.at),
                    e.actor,
                    json.dumps(e.payload, ensure_ascii=False, separators=(",", ":")),
                )
                for n, e in ((n, event(n)) for n in range(1, REOPEN_EVENTS + 1))
            ),
        )
    connection.close()
    return path, meeting_id


def test_bench_reopen_a_meeting_with_10000_events(
    benchmark: Any, big_meeting: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """What a restart costs: open (lock, integrity check, backup) and load the whole journal."""
    path, meeting_id = big_meeting

    def reopen() -> int:
        with open_database(url_of(path)) as db:
            return len(db.load_meeting(meeting_id).events)

    assert benchmark.pedantic(reopen, rounds=10, iterations=1, warmup_rounds=1) == REOPEN_EVENTS
    if benchmark.stats is None:
        return
    median = benchmark.stats.stats.median
    _report(capsys, f"reopen 10,000 events: median {median * 1e3:.1f} ms")
    assert median <= REOPEN_BUDGET_S


def test_bench_load_meeting_with_10000_events(
    benchmark: Any, big_meeting: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, meeting_id = big_meeting
    with open_database(url_of(path), backups=False) as db:
        loaded = benchmark.pedantic(
            db.load_meeting, args=(meeting_id,), rounds=10, iterations=1, warmup_rounds=1
        )
    assert [e.seq for e in loaded.events] == list(range(1, REOPEN_EVENTS + 1))
    assert loaded.events[-1] == dataclasses.replace(event(REOPEN_EVENTS), seq=REOPEN_EVENTS)
    if benchmark.stats is None:
        return
    median = benchmark.stats.stats.median
    _report(capsys, f"load_meeting 10,000 events: median {median * 1e3:.1f} ms")
    assert median <= REOPEN_BUDGET_S
