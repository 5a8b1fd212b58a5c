"""Meeting data (title, date, time zone, sittings, venue, format, online platform) corrected in
the programme editor's "Meeting data" tab, from the keyboard; during a meeting the correction is
journaled like any programme edit, and the list of meetings and the record follow it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.core.programme import MeetingFormat, Sitting
from facilitator.core.record import build_record
from facilitator.session import overview
from facilitator.ui.meeting_form import parse_sittings
from facilitator.ui.programme_editor import ProgrammeEditor
from tests.ui.conftest import Desk

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _retype(desk: Desk, text: str) -> None:
    field = QApplication.focusWidget()
    assert field is not None
    desk.qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    desk.qtbot.keyClicks(field, text)


def test_meeting_data_is_corrected_from_the_keyboard_and_journaled(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # closing the edited editor at the end asks whether to discard: yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    w = desk.window
    editor = ProgrammeEditor(w.controller.state.programme, parent=w)
    desk.qtbot.addWidget(editor)
    editor.show()
    desk.qtbot.waitExposed(editor)
    editor.activateWindow()
    desk.qtbot.waitUntil(editor.isActiveWindow)
    form = editor.meeting_form
    desk.qtbot.keyClick(editor, Qt.Key.Key_M, ALT)  # the Meeting data tab
    assert editor.tabs.currentIndex() == 1
    form.title.setFocus()
    _retype(desk, "Constructive Dialogue on trafficking in persons")
    form.date.setFocus()
    _retype(desk, "2024-07-11")
    form.date.setFocus()
    _retype(desk, "11 July")  # not a date: said, and OK is off until it is one
    assert not editor.ok_button.isEnabled()
    assert "2024-07-10" in editor.status.text()
    _retype(desk, "2024-07-11")
    form.sittings.setFocus()
    _retype(desk, "9.30-12.30")
    desk.qtbot.keyClick(form.sittings, Qt.Key.Key_Return)
    desk.qtbot.keyClicks(form.sittings, "14h00 to 17h00")
    form.venue.setFocus()
    _retype(desk, "VIC, Boardroom B")
    form.format.setCurrentIndex(form.format.findData(MeetingFormat.ONLINE))
    form.platform.setFocus()
    _retype(desk, "Zoom")
    assert editor.ok_button.isEnabled(), editor.status.text()
    edited = editor.programme()
    assert edited.title == "Constructive Dialogue on trafficking in persons"
    assert edited.date == dt.date(2024, 7, 11)
    assert edited.sittings == (
        Sitting(dt.time(9, 30), dt.time(12, 30)),
        Sitting(dt.time(14, 0), dt.time(17, 0)),
    )
    assert (edited.venue, edited.format, edited.online_platform) == (
        "VIC, Boardroom B",
        MeetingFormat.ONLINE,
        "Zoom",
    )
    assert w.controller.act(lambda s: s.edit_programme(edited))  # as the app does on OK
    events = desk.db.load_meeting(desk.meeting_id).events
    assert events[-1].type == "ProgrammeEdited"
    (row,) = overview(desk.db)
    assert (row.title, row.date) == (edited.title, dt.date(2024, 7, 11))
    record = build_record(w.controller.state, desk.clock.now())
    assert record.meeting.title == edited.title
    editor.close()


def test_sittings_are_read_in_the_usual_ways() -> None:
    assert parse_sittings("10:00–13:00\n\n15:00 - 18:00") == (
        Sitting(dt.time(10), dt.time(13)),
        Sitting(dt.time(15), dt.time(18)),
    )
    for bad in ("10:00", "25:00-26:00", "ten to one"):
        try:
            parse_sittings(bad)
        except ValueError as error:
            assert "like 10:00–13:00" in str(error)
        else:
            raise AssertionError(bad)
