"""Small things a Co-Chair or rapporteur met in the field trial, each checked where it is seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.core.board import build_board
from facilitator.core.participants import Category, Participant
from facilitator.ui.export_dialog import documents_folder
from facilitator.ui.registration_dialog import RegistrationDialog
from facilitator.ui.review import unanswered_words
from facilitator.ui.start_screen import StartScreen
from tests.ui.conftest import Desk


def test_a_speaker_stopped_by_the_meeting_pause_says_paused_in_grey(desk: Desk) -> None:
    w = desk.window
    assert w.controller.act(
        "import_participants", [Participant("", "Ana Lima", "NGO", Category.NGO)]
    )
    assert w.controller.act("toggle")  # the opening runs
    assert w.controller.act("queue_speaker", "p-1", None)
    assert w.controller.act("call_next")
    desk.advance(seconds=5)
    board = build_board(w.controller.state, desk.clock.now())
    assert board.speaker_words == "2:55 left" and board.speaker_phase is not None
    assert w.controller.act("toggle")  # Space: the meeting pauses, and the speaker's clock
    desk.advance(seconds=30)
    board = build_board(w.controller.state, desk.clock.now())
    assert board.speaker_words == "Paused — 2:55 left"
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
    assert w.controller.act("toggle")
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
