"""Nothing slow on the GUI thread (issue 17): on a day of 2,000 interventions, a timer on the GUI
thread (where the console's clock ticks) is never more than 50 ms late while the record is
exported as Word and as PDF, while the export window's preview follows a stream of captures, while
the rolling backup is taken and while the database is opened.

Lateness is measured against the real monotonic clock (tests/ui/lateness.py); the meeting's clock
stays fake. A 2-core machine shared with other work can make any timer late once, so each case
gets up to three attempts and fails only if every one is late. A GUI thread that stalls is late
every time: before issue 17, on a 2-core machine running other tests, the PDF's three attempts
were 2,269, 679 and 675 ms late and the preview's 1,024, 1,044 and 2,029 ms. (Word was 1,409 ms
late the first time only, which retries cannot catch; tests/ui/test_export_dialog.py checks that
the app's process makes no Word or PDF file at all.)
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.formats.record.export import export_format
from facilitator.session import MeetingSession
from facilitator.store import backups
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.controller import MeetingController
from tests.big_meeting import into_database
from tests.ui.big_console import WAIT_MS, capture, open_export
from tests.ui.lateness import BUDGET_S, LatenessProbe, best_of, spin

pytestmark = pytest.mark.slow

ATTEMPTS = 3
#: Captures in the stream, one every STREAM_MS: four a second for four seconds.
CAPTURES = 16
STREAM_MS = 250


def _report(what: str, seen: list[float]) -> str:
    return f"{what}: worst lateness {', '.join(f'{s * 1000:.0f} ms' for s in seen)}"


@pytest.mark.parametrize("key", ["docx", "pdf"])
def test_the_clock_never_waits_for_an_export_of_2000_interventions(
    console: ConsoleWindow, qtbot: QtBot, tmp_path: Path, key: str
) -> None:
    dialog = open_export(console, qtbot)
    if dialog.format().key != key:
        with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
            dialog.set_format(key)
    target = tmp_path / f"record{export_format(key).suffix}"
    dialog.path_edit.setText(str(target))

    def measure() -> float:
        probe = LatenessProbe()
        with probe.running(), qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
            dialog.export()
        assert dialog.status.text() == f"Saved: {target}", dialog.status.text()
        return probe.worst

    seen = best_of(ATTEMPTS, measure)
    print(_report(f"export {key}", seen))
    assert min(seen) <= BUDGET_S, _report(f"export {key}", seen)
    assert target.stat().st_size > 100_000  # 2,000 interventions, not an empty record


def test_the_clock_never_waits_for_the_preview_following_captures(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    dialog = open_export(console, qtbot)
    numbers = itertools.count(1)

    def measure() -> float:
        stream = QTimer()
        stream.setInterval(STREAM_MS)
        stream.timeout.connect(lambda: capture(console, f"Stream capture number {next(numbers)}."))
        probe = LatenessProbe()
        with probe.running():
            stream.start()
            spin(CAPTURES * STREAM_MS)
            stream.stop()
            # The last capture is shown (the first segment's entries come first in the record).
            last = f"Stream capture number {next(numbers) - 1}."
            while last not in dialog.preview.toPlainText():
                with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
                    pass
        return probe.worst

    seen = best_of(ATTEMPTS, measure)
    print(_report("preview following captures", seen))
    assert min(seen) <= BUDGET_S, _report("preview following captures", seen)


# ----------------------------------------------------------------------------- the store
@pytest.fixture
def several_days(big: MeetingSession, tmp_path: Path) -> Path:
    """A database file of about 20 MB: the 2,000-intervention day five times."""
    db, _meeting_id = into_database(big, tmp_path / "days.sqlite3", copies=5)
    db.close()
    return tmp_path / "days.sqlite3"


def test_the_rolling_backup_is_taken_off_the_gui_thread(
    big: MeetingSession,
    several_days: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitator.store import open_database

    clock = FakeClock(big.now())
    db = open_database(f"sqlite:///{several_days}", clock=clock)
    meeting_id = db.list_meetings()[-1].id
    session = MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur")
    controller = MeetingController(session)
    threads: list[int] = []
    real = backups.take_backup

    def take(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "take_backup", take)

    def measure() -> float:
        session.log_intervention({"name": "Ms. Late", "tags": ["seg-1"], "summary": "Noted."})
        clock.advance(minutes=6)
        probe = LatenessProbe()
        with probe.running(), qtbot.waitSignal(controller.backup_ended, timeout=WAIT_MS) as end:
            controller.backup_if_due()
            assert controller.backing_up
        assert end.args == [True]
        return probe.worst

    try:
        seen = best_of(ATTEMPTS, measure)
        print(_report("rolling backup", seen))
        assert min(seen) <= BUDGET_S, _report("rolling backup", seen)
        assert threads and threading.get_ident() not in threads
        assert not controller.backing_up
        # Nothing changed since: no backup is due, none is taken.
        with qtbot.waitSignal(controller.backup_ended, timeout=WAIT_MS) as end:
            controller.backup_if_due()
        assert end.args == [False]
    finally:
        db.close()


def test_a_failed_backup_is_said_on_the_gui_thread(
    big: MeetingSession, tmp_path: Path, qtbot: QtBot
) -> None:
    from facilitator.store import open_database

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups should go")
    db, meeting_id = into_database(big, tmp_path / "one.sqlite3")
    db.close()
    clock = FakeClock(big.now())
    db = open_database(f"sqlite:///{tmp_path / 'one.sqlite3'}", clock=clock, backup_dir=blocker)
    try:
        session = MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur")
        controller = MeetingController(session)
        said: list[tuple[str, int]] = []
        controller.failed.connect(lambda text: said.append((text, threading.get_ident())))
        session.log_intervention({"name": "Ms. Late", "tags": ["seg-1"], "summary": "Noted."})
        clock.advance(minutes=6)
        with qtbot.waitSignal(controller.backup_ended, timeout=WAIT_MS) as end:
            controller.backup_if_due()
        assert end.args == [False]
        assert len(said) == 1 and str(blocker) in said[0][0]
        assert said[0][1] == threading.get_ident()
        assert db.backup_due(clock.now())  # still due: the next try takes it
    finally:
        db.close()


def test_opening_the_database_leaves_the_window_painting(several_days: Path, qtbot: QtBot) -> None:
    from facilitator.ui import app as app_module

    opened: list[int] = []

    def measure() -> float:
        probe = LatenessProbe()
        with probe.running():
            db = app_module.open_database_interactively(f"sqlite:///{several_days}")
        assert db is not None
        opened.append(len(db.list_backups()))
        db.close()
        return probe.worst

    seen = best_of(ATTEMPTS, measure)
    print(_report("opening the database", seen))
    assert min(seen) <= BUDGET_S, _report("opening the database", seen)
    assert opened[0] >= 1  # it was checked and backed up all the same


def test_the_store_works_on_a_thread_while_timers_fire(qtbot: QtBot) -> None:
    """in_background(): the work runs on another thread, the event loop goes on meanwhile (a timer
    fires), its result or its error comes back. (That keys typed meanwhile wait for it, as they
    did when the GUI thread itself opened the store, needs real input from the window system:
    tests/desktop/test_screens.py presses Enter on the start screen as the database opens.)"""
    from facilitator.ui.app import in_background

    release = threading.Event()
    ticked: list[int] = []

    def meanwhile() -> None:
        ticked.append(threading.get_ident())
        release.set()

    QTimer.singleShot(0, meanwhile)
    worker_thread: list[int] = []

    def work() -> str:
        worker_thread.append(threading.get_ident())
        assert release.wait(30)  # only a timer on the GUI thread lets it finish
        return "opened"

    assert in_background(work) == "opened"
    assert ticked == [threading.get_ident()] and worker_thread != ticked

    def broken() -> None:
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="the disk went away"):
        in_background(broken)
