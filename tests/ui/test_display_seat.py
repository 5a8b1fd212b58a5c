"""The room display's own seat (issue 18): the projector's computer joins as a display.

The display seat here opens the meeting as the app opens it (``App.open_meeting`` with the display
role), read-only on a meeting file that a Co-Chair's seat (another connection, as another window on
the laptop would be) writes; it follows the Co-Chair's commands through the store (SQLite's
``PRAGMA data_version``, watched by its follow thread). The real window on a real desktop, full
screen on the projector and deaf to X key presses, is tests/desktop/test_display_seat.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMenuBar
from pytestqt.qtbot import QtBot

from facilitator.__main__ import build_parser
from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.seat import Role
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.database import Database
from facilitator.ui import actions
from facilitator.ui.app import App
from facilitator.ui.display_seat import DisplaySeat, display_screen
from tests.ui.conftest import TEN_AM_TIP, TIP

#: The keys that are about the window, not the meeting (tested on their own below).
WINDOW_KEYS = {"Esc", "Escape", "F11", "Ctrl+Q"}


@dataclass
class Room:
    chair: MeetingSession  # the Co-Chair's seat, on its own connection
    writer: Database
    app: App
    display: DisplaySeat

    def events(self) -> list[tuple[str, str]]:
        return [(e.type, e.actor) for e in self.writer.load_meeting(self.chair.meeting_id).events]


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[Room]:
    url = f"sqlite:///{tmp_path / 'meeting.sqlite3'}"
    writer = open_database(url, backups=False)
    meeting_id = writer.create_meeting(read_programme(TIP))
    chair = MeetingSession(writer, meeting_id, clock=FakeClock(TEN_AM_TIP), actor="Co-Chair")
    reader = open_database(url, read_only=True, backups=False)
    app = App(reader, clock=FakeClock(TEN_AM_TIP), actor="Projector (display)", role=Role.DISPLAY)
    display = app.open_meeting(meeting_id)
    assert isinstance(display, DisplaySeat)
    qtbot.addWidget(display)
    qtbot.waitExposed(display)
    failures: list[str] = []
    display.controller.failed.connect(failures.append)
    try:
        yield Room(chair, writer, app, display)
        assert failures == [], "the display seat tried to act"
    finally:
        display.close()
        reader.close()
        writer.close()


def test_a_display_seat_is_the_room_display_alone_full_screen(room: Room) -> None:
    display = room.display
    assert room.app.console is display
    assert display.isFullScreen()
    screen = display.screen()
    assert screen is QGuiApplication.primaryScreen()  # the one screen there is here
    assert display.geometry() == screen.geometry()
    assert display.phase.text() == "Not started"
    assert display.next.text().startswith("Up next: Opening remarks")
    # Nothing on it can change the meeting: no console, no menu, no button, no field, no action.
    for kind in (QAction, QMenuBar, QAbstractButton, QLineEdit):
        assert display.findChildren(kind) == [], kind
    assert room.app.role is Role.DISPLAY and room.app.db.read_only


def test_a_display_seat_follows_the_co_chairs_commands_through_the_store(
    room: Room, qtbot: QtBot
) -> None:
    display, chair = room.display, room.chair
    chair.start()
    qtbot.waitUntil(lambda: display.phase.text().startswith("On time"), timeout=5000)
    assert display.controller.state.last_seq == 1
    assert display.segment.text() == chair.programme.segment("seg-1").display_title
    chair.clock.advance(30)
    chair.next()
    second = chair.programme.segment("seg-2").display_title
    qtbot.waitUntil(lambda: display.segment.text() == second, timeout=5000)
    assert second in display.windowTitle()
    chair.pause()
    qtbot.waitUntil(lambda: display.phase.text().startswith("Paused"), timeout=5000)
    assert room.events() == [("SegmentStarted", "Co-Chair")] * 2 + [("SegmentPaused", "Co-Chair")]


def _console_keys() -> list[str]:
    """Every key of every console action (Space, N, Ctrl+Z, Ctrl+D…), and a few more."""
    keys = {k for spec in actions.ACTIONS for k in spec.keys}
    keys |= {"Return", "Enter", "Delete", "Backspace", "Left", "Right", "Up", "Down", "Tab"}
    return sorted(keys - WINDOW_KEYS)


def test_no_key_on_the_display_seat_changes_the_meeting(room: Room, qtbot: QtBot) -> None:
    display, chair = room.display, room.chair
    chair.start()
    qtbot.waitUntil(lambda: display.controller.state.last_seq == 1, timeout=5000)
    keys = _console_keys()
    assert {"Space", "N", "Ctrl+Z"} <= set(keys)
    for keys_text in keys:
        combination = QKeySequence(keys_text)[0]
        QTest.keyClick(display, combination.key(), combination.keyboardModifiers())
    assert display.isVisible() and display.isFullScreen()
    assert room.events() == [("SegmentStarted", "Co-Chair")]  # nothing written by the display
    assert display.controller.state.last_seq == 1


def test_esc_and_f11_leave_full_screen_and_f11_goes_back(room: Room, qtbot: QtBot) -> None:
    display = room.display
    QTest.keyClick(display, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not display.isFullScreen())
    assert display.isVisible()
    QTest.keyClick(display, Qt.Key.Key_F11)
    qtbot.waitUntil(display.isFullScreen)
    QTest.keyClick(display, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not display.isFullScreen())
    QTest.keyClick(display, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not display.isVisible())
    assert room.events() == []


def test_the_display_goes_to_the_screen_that_is_not_the_primary() -> None:
    assert display_screen(["laptop"], "laptop") == "laptop"
    assert display_screen(["laptop", "projector"], "laptop") == "projector"
    assert display_screen(["projector", "laptop"], "laptop") == "projector"
    assert display_screen([], None) is None


def test_the_command_line_takes_the_role() -> None:
    args = build_parser().parse_args(
        ["--database", "x.sqlite3", "--open", "1", "--role", "display"]
    )
    assert (args.role, args.open_meeting) == ("display", 1)
    assert build_parser().parse_args([]).role is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--role", "projector"])


def test_a_display_seat_that_is_not_following_says_so_at_its_foot(room: Room) -> None:
    display = room.display
    assert not display.connection.isVisibleTo(display)
    display.controller.following.emit("the server is restarting")
    assert display.connection.isVisibleTo(display)
    assert "the server is restarting" in display.connection.text()
    display.controller.following.emit("")
    assert not display.connection.isVisibleTo(display)
