"""Undo per seat in the console (issue 18): Ctrl+Z undoes this seat's own step; the Edit menu
names another seat's latest step with who took it; Ctrl+Alt+Z undoes it only after a yes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.session import MeetingSession
from tests.ui.conftest import Desk

OTHER = "Ms. C (co-chair)"


def _other_seat(desk: Desk) -> MeetingSession:
    return MeetingSession(desk.db, desk.meeting_id, clock=desk.clock, actor=OTHER)


def test_ctrl_z_undoes_this_seats_step_and_another_seats_only_when_chosen(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.window
    qtbot.keyClick(window, Qt.Key.Key_Space)  # this seat starts the meeting
    desk.advance(minutes=3)
    qtbot.keyClick(window, Qt.Key.Key_N)  # and moves to the next segment
    moved_to = window.controller.state.agenda.current
    desk.advance(minutes=1)
    other = _other_seat(desk)
    other.refresh()
    other.extend(120)  # the other Co-Chair's step comes last
    window.controller.refresh()
    undo, other_action = window.actions_by_name["undo"], window.actions_by_name["undo_other"]
    assert undo.text().startswith("Undo: Next")
    assert other_action.isEnabled()
    assert other_action.text().startswith(f"Undo {OTHER}’s step: ")

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    state = window.controller.state
    assert state.agenda.current != moved_to  # this seat's Next undone…
    assert state.agenda.segment(moved_to).extensions == (120,)  # …not the other's extension

    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl_alt)  # asked, and "No": nothing happens
    assert window.controller.state.agenda.segment(moved_to).extensions == (120,)
    assert OTHER in asked[0]
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl_alt)  # "Yes": undone
    assert window.controller.state.agenda.segment(moved_to).extensions == ()
    assert window.controller.state.undo.of("Co-Chair").redo_seq is not None
    other.close()
