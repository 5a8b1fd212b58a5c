"""Leaving a meeting under way for the list of meetings asks first (the room display would go
dark), and the list says "paused" for a paused meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.session import overview
from tests.ui.conftest import Desk

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _answering(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_ctrl_shift_o_asks_before_leaving_a_meeting_under_way(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = desk.window
    left: list[bool] = []
    w.meetings_requested.connect(lambda: left.append(True))
    asked = _answering(monkeypatch, QMessageBox.StandardButton.Yes)
    desk.qtbot.keyClick(w, Qt.Key.Key_O, CTRL_SHIFT)  # before the meeting: no question
    assert (asked, left) == ([], [True])

    assert w.controller.act(lambda s: s.toggle())  # the opening segment runs
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    desk.qtbot.keyClick(w, Qt.Key.Key_O, CTRL_SHIFT)
    assert len(asked) == 1 and "Opening remarks" in asked[0] and left == [True]
    asked = _answering(monkeypatch, QMessageBox.StandardButton.Yes)
    desk.qtbot.keyClick(w, Qt.Key.Key_O, CTRL_SHIFT)
    assert len(asked) == 1 and left == [True, True]
    desk.qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert left == [True, True]  # Ctrl+O alone is not "leave the meeting"


def test_the_list_of_meetings_says_paused(desk: Desk) -> None:
    w = desk.window
    assert w.controller.act(lambda s: s.toggle())
    (row,) = overview(desk.db)
    assert row.status == "running"
    assert w.controller.act(lambda s: s.toggle())  # paused
    (row,) = overview(desk.db)
    assert row.status == "paused" and str(row.where).startswith("paused in")
