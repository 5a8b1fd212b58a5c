"""Small things a Co-Chair or rapporteur met in the field trial, each checked where it is seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.core.board import build_board
from facilitator.core.participants.values import Category, Participant
from facilitator.ui.export_dialog import documents_folder
from facilitator.ui.registration_dialog import RegistrationDialog
from facilitator.ui.review import unanswered_words
from facilitator.ui.start_screen import StartScreen
from facilitator.ui.words import speaker_words
from tests.ui.conftest import Desk


def test_a_speaker_stopped_by_the_meeting_pause_says_paused_in_grey(desk: Desk) -> None:
    w = desk.window
    assert w.controller.act(
        lambda s: s.import_participants([Participant("", "Ana Lima", "NGO", Category.NGO)])
    )
    assert w.controller.act(lambda s: s.toggle())  # the opening runs
    assert w.controller.act(lambda s: s.queue_speaker("p-1", None))
    assert w.controller.act(lambda s: s.call_next())
    desk.advance(seconds=5)
    board = build_board(w.controller.state, desk.clock.now())
    assert speaker_words(board) == "2:55 left" and board.speaker_phase is not None
    assert w.controller.act(
        lambda s: s.toggle()
    )  # Space: the meeting pauses, and the speaker's clock
    desk.advance(seconds=30)
    board = build_board(w.controller.state, desk.clock.now())
    assert speaker_words(board) == "Paused — 2:55 left"
    assert board.speaker_phase is None  # grey, not the green of a running clock
    assert w.speakers.speaker_words.text() == "Paused — 2:55 left"


def test_a_qa_without_questions_does_not_say_every_question_has_an_answer(desk: Desk) -> None:
    state = desk.window.controller.state
    assert unanswered_words(state, "seg-6") == "No question has been asked yet in Q&A on Panel 1."


def test_the_review_numbers_interventions_and_names_the_seat(desk: Desk) -> None:
    from facilitator.ui.app import DEFAULT_SEAT, seat_name

    assert seat_name() == DEFAULT_SEAT == "Co-Chairs"  # never the computer's login name
    w = desk.window
    w.set_actor("Rapporteur 1")
    assert seat_name() == "Rapporteur 1"
    assert w.controller.act(lambda s: s.toggle())
    w.capture.name.setText("Ana Lima")
    w.capture.summary.setPlainText("A first statement.")
    assert w.capture.save(), w.error.text()
    desk.advance(seconds=1)  # the console's next tick shows it
    model = w.review.model
    row = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    assert row[0] == "1" and row[7] == "Rapporteur 1"


def test_enter_in_the_registration_window_imports_and_never_reopens_the_chooser(
    desk: Desk,
) -> None:
    dialog = RegistrationDialog(desk.window.controller.state, desk.window)
    choose = next(
        b for b in dialog.findChildren(type(dialog.import_button)) if "Choose" in b.text()
    )
    assert not choose.autoDefault() and not choose.isDefault()
    assert dialog.import_button.isDefault()


def test_exports_go_home_where_there_is_no_documents_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    assert documents_folder() == tmp_path
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == tmp_path / "Documents"


def test_open_meeting_is_off_while_there_is_no_meeting(qtbot: QtBot) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert not screen.open_meeting_button.isEnabled()


def test_a_read_only_database_is_offered_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog said "open it read-only to view it", and then the app exited."""
    from PySide6.QtWidgets import QMessageBox

    import facilitator.store as store
    from facilitator.store import DatabaseReadOnly
    from facilitator.ui import app as app_module

    real_open = store.open_database
    with real_open(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False):
        pass  # a database, which the file system below refuses to write
    calls: list[bool] = []

    def opening(url: str | None, *, read_only: bool = False, **_: object):  # type: ignore[no-untyped-def]
        calls.append(read_only)
        if not read_only:
            raise DatabaseReadOnly(tmp_path / "m.sqlite3")
        return real_open(url, read_only=True, backups=False)

    monkeypatch.setattr(store, "open_database", opening)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    db = app_module.open_database_interactively(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    assert db is not None and db.read_only and calls == [False, True]
    assert asked and "Open it read-only" in asked[0]
    db.close()


def test_a_database_held_by_another_program_is_said_at_once_and_the_typing_kept(
    tmp_path: Path,
) -> None:
    """Another program holding the write lock froze every action for the 5 s busy timeout."""
    import sqlite3

    from facilitator.store import DatabaseLocked
    from facilitator.ui import app as app_module

    path = tmp_path / "meetings.sqlite3"
    db = app_module.open_database_interactively(f"sqlite:///{path}")
    assert db is not None and db.busy_timeout_ms == app_module.GUI_BUSY_TIMEOUT_MS <= 250
    from facilitator.core.clock import FakeClock
    from facilitator.formats.programme.files import read_programme
    from facilitator.session import MeetingSession
    from tests.ui.conftest import TIP

    meeting = db.create_meeting(read_programme(TIP))
    session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program takes the write lock and keeps it
    try:
        with pytest.raises(DatabaseLocked, match="is busy"):
            session.start()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    session.start()  # free again: the same action goes through
    db.close()
