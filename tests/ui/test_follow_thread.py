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
