"""The start screen's meeting actions from the keyboard: Ctrl+R rehearses (a console labelled
REHEARSAL, the room display too, nothing kept), F2 renames, Ctrl+D duplicates, Del deletes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.store import open_database
from facilitator.store.database import Database
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from tests.ui.conftest import TIP

Key = Qt.Key
DEC_6 = dt.datetime(2026, 12, 6, 19, 30, tzinfo=dt.UTC)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    db: Database = open_database(
        f"sqlite:///{tmp_path / 'meetings.sqlite3'}", backup_dir=tmp_path / "backups"
    )
    db.create_meeting(read_programme(TIP))
    facilitator = App(db, clock=FakeClock(DEC_6), actor="Co-Chairs")
    facilitator.show_start()
    assert facilitator.start_screen is not None
    qtbot.addWidget(facilitator.start_screen)
    qtbot.waitExposed(facilitator.start_screen)
    yield facilitator
    if facilitator.console is not None:
        facilitator.console.close()
    db.close()


def _press(
    app: App, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    screen = app.start_screen
    assert screen is not None
    screen.meetings.setFocus()
    QtBot.keyClick(screen.meetings, key, modifier)


def test_ctrl_r_rehearses_on_a_labelled_practice_copy(app: App, qtbot: QtBot) -> None:
    _press(app, Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    console = app.console
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    qtbot.waitExposed(console)
    assert console.rehearsal_banner.isVisible()
    assert console.rehearsal_banner.text().startswith("REHEARSAL — a practice copy on the")
    assert "Wednesday 10 July 2024, from 09:55" in console.rehearsal_banner.text()
    console.refresh_clock()
    assert console.windowTitle().startswith("REHEARSAL · ")
    assert console.local_time.text().startswith("09:55")
    assert console.offset.text() != "This meeting is on Wednesday 10 July 2024"
    console.toggle_room_display()
    assert console.room_display is not None and console.room_display.rehearsal.isVisible()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Key.Key_Space)  # the practice opening starts
    assert console.controller.state.agenda.current == "seg-1"
    console.close()
    assert app.start_screen is not None and app.start_screen.isVisible()
    (meeting,) = app.db.list_meetings()
    assert app.db.load_meeting(meeting.id).events == []  # the real journal: untouched


def test_rename_duplicate_and_delete_from_the_keyboard(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dialogue on trafficking", True))
    _press(app, Key.Key_F2)
    (meeting,) = app.db.list_meetings()
    assert meeting.title == "Dialogue on trafficking"
    _press(app, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    titles = sorted(m.title for m in app.db.list_meetings())
    assert titles == ["Dialogue on trafficking", "Dialogue on trafficking (copy)"]
    screen = app.start_screen
    assert screen is not None
    copy_id = max(m.id for m in app.db.list_meetings())
    assert screen.selected_meeting() == copy_id  # the copy is selected
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _press(app, Key.Key_Delete)
    assert len(app.db.list_meetings()) == 2  # "No": nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _press(app, Key.Key_Delete)
    assert [m.title for m in app.db.list_meetings()] == ["Dialogue on trafficking"]
    assert "The backup taken first is" in screen.notice.text()


def test_a_damaged_meeting_opens_read_only_up_to_the_damage(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.store.test_damaged_meeting import _overwrite_payload_bytes, _two_meetings

    path = tmp_path / "meetings.sqlite3"
    healthy, damaged = _two_meetings(path)
    _overwrite_payload_bytes(path, damaged, 2)
    with open_database(f"sqlite:///{path}", backups=False) as db:
        facilitator = App(db, clock=FakeClock(DEC_6), actor="Co-Chairs")
        facilitator.show_start()  # lists both: the damaged one never hides the other
        screen = facilitator.start_screen
        assert screen is not None
        qtbot.addWidget(screen)
        statuses = [screen.meetings_model.data(screen.meetings_model.index(r, 2)) for r in (0, 1)]
        assert sorted(statuses) == ["damaged", "running"]

        def open_read_only(box: QMessageBox) -> int:
            next(
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            ).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", open_read_only)
        console = facilitator.open_meeting(damaged)
        assert isinstance(console, ConsoleWindow)
        qtbot.addWidget(console)
        assert console.rehearsal_banner.text().startswith("READ-ONLY — up to event 1")
        assert not console.controller.act(lambda s: s.next())  # refused, in words
        assert "read-only" in console.error.text()
        console.close()
        assert facilitator.open_meeting(healthy) is not None
        assert facilitator.console is not None
        facilitator.console.close()
