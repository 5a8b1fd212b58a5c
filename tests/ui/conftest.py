"""Fixtures for driving the real console with the keyboard against a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.database import Database
from facilitator.ui import language
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.controller import MeetingController
from tests.big_meeting import big_meeting
from tests.conftest import PROGRAMMES_DIR
from tests.ui.big_console import big_console

TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"
SOM = PROGRAMMES_DIR / "2024-07-15-smuggling-of-migrants.toml"
TEN_AM_TIP = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)  # 10:00 CEST


@dataclass
class Desk:
    """A Co-Chair's desk: the database, the clock, the open console."""

    db: Database
    meeting_id: int
    clock: FakeClock
    window: ConsoleWindow
    qtbot: QtBot

    def open_console(self) -> ConsoleWindow:
        """(Re)open the console on the meeting, as a restarted app would."""
        session = MeetingSession(self.db, self.meeting_id, clock=self.clock, actor="Co-Chair")
        window = ConsoleWindow(MeetingController(session))
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        self.window = window
        return window

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> None:
        """Move the fake clock and let the console repaint (what its timer would do)."""
        self.clock.advance(seconds, minutes=minutes)
        self.window.refresh_clock()


def make_desk(qtbot: QtBot, tmp_path: Path, programme: Path, start: dt.datetime) -> Desk:
    db = open_database(f"sqlite:///{tmp_path / 'meetings.sqlite3'}", backups=False)
    meeting_id = db.create_meeting(read_programme(programme))
    desk = Desk(db, meeting_id, FakeClock(start), None, qtbot)  # type: ignore[arg-type]
    desk.open_console()
    return desk


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    desk = make_desk(qtbot, tmp_path, TIP, TEN_AM_TIP)
    yield desk
    desk.window.close()
    desk.db.close()


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    """Install a language for the test (compiled with lrelease), English again after."""

    def install(code: str) -> str:
        return language.install(qapp, code)

    yield install
    language.install(qapp, "en")


# --------------------------------------------------------------- the day of 2,000 interventions
@pytest.fixture(scope="module")
def big() -> MeetingSession:
    """The day of 2,000 interventions, made once per test module."""
    return big_meeting()


@pytest.fixture
def console(big: MeetingSession, qtbot: QtBot, tmp_path: Path) -> Iterator[ConsoleWindow]:
    """Its console, shown, in a SQLite file of the test's own."""
    with big_console(big, tmp_path, qtbot) as window:
        yield window
