"""The start screen and the way into a meeting: recent meetings with where they stopped, new
meetings from bundled programmes or files, and bad files that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.programme import Programme
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession, overview
from facilitator.store import open_database
from facilitator.store.database import Database
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.start_screen import StartScreen
from tests.ui.conftest import TEN_AM_TIP, TIP


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False)
    yield database  # type: ignore[misc]
    database.close()


def test_recent_meetings_say_where_they_stopped(
    db: Database, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    clock = FakeClock(TEN_AM_TIP)
    first = db.create_meeting(read_programme(TIP))
    second = db.create_meeting(read_programme(TIP))
    session = MeetingSession(db, second, clock=clock)
    session.start()
    clock.advance(minutes=11)
    session.next()
    session.pause()
    screen = StartScreen(overview(db))
    qtbot.addWidget(screen)
    model = screen.meetings_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(2)]
    assert rows[0][0] == "2024-07-10" and rows[0][2] == "paused"
    assert rows[0][3] == "paused in: Briefing by the Secretariat"
    assert rows[1][2:] == ["planned", "not started"]
    assert model.meeting_id(1) == first
    chosen: list[int] = []
    screen.meeting_chosen.connect(chosen.append)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    assert screen.meetings.hasFocus()
    qtbot.keyClick(screen.meetings, Qt.Key.Key_Return)
    assert chosen == [second]


def test_a_bad_file_gives_the_importers_message_and_nothing_else(
    db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text) or 0)
    chosen: list[object] = []
    screen.programme_chosen.connect(chosen.append)
    bad = tmp_path / "programme.docx"
    bad.write_bytes(b"PK\x03\x04 not really a word file")
    assert screen.open_programme(bad) is None
    assert len(shown) == 1 and str(bad) in shown[0]
    assert chosen == []
    assert db.list_meetings() == []


def test_bundled_programmes_are_offered_and_enter_starts_one(db: Database, qtbot: QtBot) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert screen.programmes.count() == 2
    assert "Trafficking in Persons" in screen.programmes.item(0).text()
    chosen: list[object] = []
    screen.programme_chosen.connect(chosen.append)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    assert screen.programmes.hasFocus()
    qtbot.keyClick(screen.programmes, Qt.Key.Key_Return)
    assert len(chosen) == 1 and chosen[0].title.endswith("Trafficking in Persons")  # type: ignore[attr-defined]


def test_new_meeting_is_reviewed_created_and_opened(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import programme_editor

    monkeypatch.setattr(
        programme_editor.ProgrammeEditor, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    app = App(db, clock=FakeClock(TEN_AM_TIP), actor="Co-Chair")
    app.show_start()
    qtbot.addWidget(app.start_screen)
    meeting_id = app.new_meeting(read_programme(TIP))
    assert meeting_id is not None
    assert [m.id for m in db.list_meetings()] == [meeting_id]
    console = app.console
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    assert console.isVisible() and not app.start_screen.isVisible()
    assert console.phase.text() == "Not started"
    # Back to the meetings list (Ctrl+O) and into the same meeting again.
    console.actions_by_name["meetings"].trigger()
    assert app.start_screen.isVisible()
    assert app.start_screen.meetings_model.rowCount() == 1
    again = app.open_meeting(meeting_id)
    assert isinstance(again, ConsoleWindow)
    qtbot.addWidget(again)


def test_programme_edits_during_the_meeting_are_journal_events(
    db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from facilitator.ui import programme_editor

    clock = FakeClock(TEN_AM_TIP)
    meeting_id = db.create_meeting(read_programme(TIP))
    app = App(db, clock=clock, actor="Co-Chair")
    console = app.open_meeting(meeting_id)
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    console.actions_by_name["toggle"].trigger()
    clock.advance(minutes=2)

    def edited(self: programme_editor.ProgrammeEditor) -> Programme:
        programme = console.controller.state.programme
        segment = programme.segment("seg-1")
        return programme.with_segment(replace(segment, planned_minutes=20))

    monkeypatch.setattr(
        programme_editor.ProgrammeEditor, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(programme_editor.ProgrammeEditor, "programme", edited)
    console.actions_by_name["edit_programme"].trigger()
    events = db.load_meeting(meeting_id).events
    assert [e.type for e in events] == ["SegmentStarted", "ProgrammeEdited"]
    assert console.clock.text() == "18:00"  # 20 planned, 2 used
    console.actions_by_name["undo"].trigger()
    assert console.clock.text() == "8:00"


def test_meetings_of_one_series_are_told_apart_by_the_end_of_their_titles(
    db: Database, qtbot: QtBot
) -> None:
    """The two seed days' titles share their first 100 characters: cut at the end, both rows
    read "Constructive Dialogue on the UNTOC and Protocols' re…" at 1366 pixels; cut in the
    middle, each keeps its "… Trafficking in Persons" or "… Smuggling of Migrants"."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tests.ui.conftest import SOM

    db.create_meeting(read_programme(TIP))
    db.create_meeting(read_programme(SOM))
    screen = StartScreen(overview(db))
    assert screen.meetings_model.rowCount() == 2
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    view = screen.meetings
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # what the view paints its cells with
    width = view.columnWidth(1) - 8  # the cell's margins
    shown = {
        option.fontMetrics.elidedText(
            screen.meetings_model.data(screen.meetings_model.index(row, 1)),
            option.textElideMode,
            width,
        )
        for row in range(2)
    }
    assert len(shown) == 2, shown
    assert any(text.endswith("Trafficking in Persons") for text in shown), shown
