"""The worker thread that tells a seat another one has appended (issue 18, live follow)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.store import open_database
from facilitator.store.follow import SqliteFollower
from facilitator.ui.follow_thread import FollowThread
from tests.store.helpers import programme, url_of
from tests.store.test_follow import Writer


def test_a_write_by_another_process_reaches_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "meetings.sqlite3"
    with open_database(url_of(path), backups=False) as db:
        meeting_id = db.create_meeting(programme())
    writer = Writer(str(path))
    thread = FollowThread(lambda: SqliteFollower(path), catch_up=3600)
    try:
        with qtbot.waitSignal(thread.moved, timeout=5000):  # the first look, on connecting
            thread.start()
        with qtbot.waitSignal(thread.moved, timeout=5000):
            writer.append(meeting_id, 1)
    finally:
        thread.stop()
        writer.close()
    assert thread.isFinished()


class _Flaky:
    """A follower whose server is unreachable the first time, then drops once while waiting."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def wait(self, timeout: float) -> bool:
        if "dropped" not in self.log:
            self.log.append("dropped")
            raise OSError("server closed the connection unexpectedly")
        return True

    def close(self) -> None:
        self.log.append("closed")


def test_a_lost_server_is_said_and_the_thread_reconnects(qtbot: QtBot) -> None:
    log: list[str] = []

    def connect() -> _Flaky:
        log.append("connect")
        if log.count("connect") == 1:
            raise OSError("could not connect to server")
        return _Flaky(log)

    thread = FollowThread(connect, catch_up=0.01)
    lost: list[str] = []
    thread.lost.connect(lost.append)
    try:
        thread.start()
        qtbot.waitUntil(lambda: log.count("connect") >= 3, timeout=5000)
    finally:
        thread.stop()
    assert lost[:2] == ["could not connect to server", "server closed the connection unexpectedly"]
    assert log[:4] == ["connect", "connect", "dropped", "closed"]


def test_a_second_window_on_the_same_file_follows_the_meeting(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 18: a second process on the same SQLite file (read-only, as the app opens it when
    another window has the file) shows each of the first one's commands within one second."""
    import subprocess
    import sys
    import time

    from facilitator.core.clock import FakeClock
    from facilitator.session import MeetingSession
    from facilitator.store.follow import follower_for
    from facilitator.ui.controller import MeetingController
    from tests.session.meeting_script import START, digest

    path = tmp_path / "meetings.sqlite3"
    script = Path(__file__).parents[1] / "session" / "meeting_script.py"
    chair = subprocess.Popen(
        [sys.executable, str(script), str(path), "7"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert chair.stdin is not None and chair.stdout is not None
    meeting_id = int(chair.stdout.readline().split()[1])
    db = open_database(url_of(path), read_only=True, backups=False)
    controller = MeetingController(MeetingSession(db, meeting_id, clock=FakeClock(START)))
    controller.follow(lambda: follower_for(db.url, db.path, meeting_id))
    latencies = []
    try:
        for _ in range(20):
            chair.stdin.write("go\n")
            chair.stdin.flush()
            _, seq, shown = chair.stdout.readline().split(" ", 2)
            printed = time.monotonic()
            qtbot.waitUntil(lambda last=int(seq): controller.state.last_seq == last, timeout=1000)
            latencies.append(time.monotonic() - printed)
            assert digest(controller.state) == shown.rstrip("\n")  # the same meeting, folded
    finally:
        controller.shutdown()
        chair.stdin.close()
        chair.wait(timeout=30)
        chair.stdout.close()
        db.close()
    assert max(latencies) < 1.0


def test_the_console_says_at_once_when_it_cannot_follow_the_other_seats(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 18: a lost connection is a band across the console, gone when it is back."""
    from facilitator.core.clock import FakeClock
    from facilitator.session import MeetingSession
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController
    from tests.session.meeting_script import START

    path = tmp_path / "meetings.sqlite3"
    with open_database(url_of(path), backups=False) as db:
        meeting_id = db.create_meeting(programme())
        controller = MeetingController(MeetingSession(db, meeting_id, clock=FakeClock(START)))
        console = ConsoleWindow(controller, title="A meeting")
        qtbot.addWidget(console)
        console.show()
        assert not console.connection_banner.isVisible()
        controller._follow_lost("server closed the connection unexpectedly")
        assert console.connection_banner.isVisible()
        assert "NOT CONNECTED" in console.connection_banner.text()
        assert "server closed the connection unexpectedly" in console.connection_banner.text()
        controller.refresh()  # the next look succeeds: the band goes
        assert not console.connection_banner.isVisible()
        console.close()
