"""Timing what the user sees: an action until the console has painted it, on a real shown window.

The views only mark what changed as dirty (``QWidget.update``); Qt then posts one
``UpdateRequest`` to the window, and painting happens when the event loop gets to it. So a
measurement that stops when the action returns misses the paint, and one that calls
``window.repaint()`` paints every widget, which no user's action does. Here each action is timed
from its start until the event loop has processed what it posted, the paint included
(:func:`until_painted`), and a :class:`PaintWatch` on the widgets that should change checks that
they did paint in that time: a measurement of a paint that never happened would be a lie. Each
time is the wall clock's (what the user waits); the GUI thread's CPU time is reported beside it,
for runs on a machine that other work loads.

Meetings of a realistic size (:mod:`tests.bench.realistic`) are written to a SQLite file once per
test session (without ``fsync``; the meeting is then reopened as a user's app opens it) and copied
for each test, whose actions are committed as every action is, ``synchronous=FULL``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.store import open_database
from tests.ui.conftest import Desk


class PaintWatch(QObject):
    """Counts the paint events of some widgets (each one's own, not its children's)."""

    def __init__(self, widgets: Iterable[QWidget]) -> None:
        super().__init__()
        self.painted: dict[QWidget, int] = {}
        for widget in widgets:
            self.painted[widget] = 0
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.painted:
            self.painted[watched] += 1
        return False

    def reset(self) -> None:
        for widget in self.painted:
            self.painted[widget] = 0

    def all_painted(self) -> bool:
        return all(self.painted.values())


def until_painted() -> None:
    """Let the event loop process what is pending: the posted update requests, and so the paint
    of every widget marked dirty (twice: a paint may post a last layout request)."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    app.processEvents()


class Timing(float):
    """Seconds until painted by the wall clock (what the user waits), carrying the GUI thread's
    CPU seconds in that time as ``cpu``: the part that a machine loaded by other processes does
    not inflate (the wait for the disk's fsync is not in it)."""

    cpu: float


def timed(action: Callable[[], object]) -> Timing:
    """Seconds from the start of ``action`` until what it changed is painted."""
    start, cpu = time.perf_counter(), time.thread_time()
    action()
    until_painted()
    timing = Timing(time.perf_counter() - start)
    timing.cpu = time.thread_time() - cpu
    return timing


@dataclass(frozen=True, slots=True)
class Figures:
    median_ms: float
    p99_ms: float
    rounds: int
    cpu_median_ms: float | None = None

    def info(self) -> dict[str, float]:
        info = {"median_ms": round(self.median_ms, 2), "p99_ms": round(self.p99_ms, 2)}
        if self.cpu_median_ms is not None:
            info["cpu_median_ms"] = round(self.cpu_median_ms, 2)
        return info


def figures(samples: Sequence[float]) -> Figures:
    """Median and 99th percentile (nearest rank) of ``samples`` (seconds), in milliseconds, and
    the median CPU time of those that are :class:`Timing`."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, -(-99 * len(ordered) // 100) - 1))
    cpu = [s.cpu for s in samples if isinstance(s, Timing)]
    return Figures(
        statistics.median(ordered) * 1000,
        ordered[rank] * 1000,
        len(ordered),
        statistics.median(cpu) * 1000 if cpu else None,
    )


def meeting_file(
    folder: Path, name: str, programme: Programme, records: Sequence[EventRecord]
) -> Path:
    """A SQLite file with one meeting (id 1) whose journal is ``records``, written once (as
    ``folder/name.sqlite3``)."""
    path = folder / f"{name}.sqlite3"
    if path.exists():
        return path
    with open_database(
        f"sqlite:///{path}", backups=False, sqlite_pragmas={"synchronous": "OFF"}
    ) as db:
        meeting_id = db.create_meeting(programme)
        assert meeting_id == 1
        for record in records:
            db.append_event(meeting_id, record)
    return path


def open_desk(qtbot: QtBot, source: Path, copy_to: Path, last_at: dt.datetime | None) -> Desk:
    """The console on a copy of ``source``'s meeting, shown, the clock a second after its last
    event."""
    shutil.copyfile(source, copy_to)
    db = open_database(f"sqlite:///{copy_to}", backups=False)
    start = (last_at or dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)) + dt.timedelta(seconds=1)
    desk = Desk(db, 1, FakeClock(start), None, qtbot)  # type: ignore[arg-type]
    desk.open_console()
    return desk
