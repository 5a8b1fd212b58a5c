"""A Co-Chair runs the whole day of the trafficking seed from the keyboard, against a fake clock.

Every assertion reads what the widgets show (clock text, phase words, offset, projected end of the
sitting, agenda states), not only the internal state.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.agenda.timing import Phase
from facilitator.ui.settings import app_settings
from tests.ui.conftest import Desk

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(
    desk: Desk, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    desk.qtbot.keyClick(desk.window, key, modifier)


def shown(desk: Desk) -> tuple[str, str, str]:
    w = desk.window
    return w.segment_title.text(), w.clock.text(), w.phase.text()


def state_column(desk: Desk, segment_id: str) -> str:
    model = desk.window.agenda_model
    index = model.index_of(segment_id)
    return str(model.data(index.siblingAtColumn(3)))


def run_segment(desk: Desk, minutes: int, title_start: str) -> None:
    """Next, check the title, let the planned time run out exactly."""
    press(desk, Key.Key_N)
    assert desk.window.segment_title.text().startswith(title_start), (
        desk.window.segment_title.text()
    )
    desk.advance(minutes=minutes)


def test_a_whole_day_from_the_keyboard(desk: Desk, qtbot: QtBot) -> None:
    w = desk.window
    assert w.phase.text() == "Not started"
    assert w.clock.text() == "--:--"
    assert w.next_segment.text() == "Up next: Opening remarks by the Co-Chairs at 10:00"
    assert w.local_time.text() == "10:00:00 CEST"

    # Nothing to undo yet: the action is disabled. Back before anything ran: a message, and
    # nothing in the journal.
    assert not w.actions_by_name["undo"].isEnabled()
    press(desk, Key.Key_B)
    assert w.error.isVisible()
    assert "before" in w.error.text().lower() or "no segment" in w.error.text().lower()
    assert desk.db.load_meeting(desk.meeting_id).events == []

    # 10:00 Opening remarks: 10 minutes, warning at 2:00, danger at 1:00, then overtime.
    press(desk, Key.Key_Space)
    assert not w.error.isVisible()
    assert shown(desk) == ("Opening remarks by the Co-Chairs", "10:00", "On time — 10:00 left")
    assert w.item_title.text() == "I. Opening of the meeting"
    desk.advance(minutes=8, seconds=30)
    assert shown(desk)[1:] == ("1:30", "Warning — 1:30 left")
    assert w.clock.phase() is Phase.WARNING
    desk.advance(minutes=1)
    assert shown(desk)[1:] == ("0:30", "Wrap up — 0:30 left")
    desk.advance(seconds=90)
    assert shown(desk)[1:] == ("+1:00", "Overtime +1:00")
    assert w.clock.phase() is Phase.OVERTIME
    assert w.used.text() == "used 11:00 of 10:00"

    # 10:11 Next: the Secretariat's briefing; the day is a minute behind.
    press(desk, Key.Key_N)
    assert shown(desk)[:2] == ("Briefing by the Secretariat", "25:00")
    assert w.offset.text() == "1 min behind"
    assert state_column(desk, "seg-1") == "done"
    assert state_column(desk, "seg-2") == "running"

    # A mistaken Next, noticed 20 s later, is one undo away; the briefing's clock kept running.
    press(desk, Key.Key_N)
    assert w.segment_title.text() == "Interventions from non-governmental stakeholders"
    desk.advance(seconds=20)
    assert (
        w.actions_by_name["undo"].text()
        == "Undo: Next (Interventions from non-governmental stakeholders)"
    )
    press(desk, Key.Key_Z, CTRL)
    assert shown(desk)[:2] == ("Briefing by the Secretariat", "24:40")
    assert state_column(desk, "seg-3") == "next"
    press(desk, Key.Key_Z, CTRL | SHIFT)  # redo, then undo again: same place
    assert w.segment_title.text() == "Interventions from non-governmental stakeholders"
    press(desk, Key.Key_Z, CTRL)
    assert w.segment_title.text() == "Briefing by the Secretariat"

    # 10:12 Pause for three minutes: the clock stops, the day gets later.
    desk.advance(seconds=40)
    assert w.clock.text() == "24:00"
    press(desk, Key.Key_Space)
    desk.advance(minutes=3)
    assert w.clock.text() == "24:00"
    assert w.phase.text() == "Paused — on time"
    assert w.offset.text() == "4 min behind"
    assert w.actions_by_name["toggle"].text() == "&Resume"
    press(desk, Key.Key_Space)
    assert w.actions_by_name["toggle"].text() == "&Pause"

    # Extend by 1 and by 5 minutes: the sitting is now projected past its hard end.
    press(desk, Key.Key_Plus)
    assert w.clock.text() == "25:00"
    press(desk, Key.Key_E, SHIFT)
    assert w.clock.text() == "30:00"
    assert w.offset.text() == "10 min behind"
    assert w.sitting.text() == (
        "Sitting 1 (10:00–13:00) ends 13:10 (hard end 13:00): "
        "10 min over: cut 10 min from the remaining segments"
    )

    # The rest of the morning, each segment exactly as planned.
    desk.advance(minutes=30)
    assert shown(desk)[1:] == ("0:00", "Wrap up — 0:00 left")
    run_segment(desk, 25, "Interventions")
    run_segment(desk, 15, "Briefing by the Co-Chairs")
    run_segment(desk, 60, "Panel 1: Trafficking in persons for the removal of organs")
    run_segment(desk, 45, "Q&A on Panel 1")
    assert w.local_time.text() == "13:10:00 CEST"
    assert w.offset.text() == "10 min behind"

    # 13:10 End the morning sitting: lunch absorbs the lateness.
    press(desk, Key.Key_E, CTRL)
    assert w.phase.text() == "Break — between sittings"
    assert w.clock.text() == "--:--"
    assert w.offset.text() == "on time"
    assert w.sitting.text() == "Sitting 2 (15:00–18:00) ends 18:00 (hard end 18:00): ends on time"
    assert w.next_segment.text() == (
        "Up next: Panel 2: National issues and priorities concerning child trafficking at 15:00"
    )
    assert state_column(desk, "seg-6") == "done"

    # 15:00 The afternoon.
    desk.clock.set(dt.datetime(2024, 7, 10, 13, 0, tzinfo=dt.UTC))
    press(desk, Key.Key_Space)
    assert shown(desk)[:2] == (
        "Panel 2: National issues and priorities concerning child trafficking",
        "45:00",
    )
    desk.advance(minutes=45)
    run_segment(desk, 35, "Q&A on Panel 2")

    # A jump from the agenda (Ctrl+1, arrows, Enter) to the third standing item skips two...
    press(desk, Key.Key_1, CTRL)
    assert w.agenda.hasFocus()
    w.agenda.setCurrentIndex(w.agenda_model.index_of("seg-11"))
    qtbot.keyClick(w.agenda, Key.Key_Return)
    assert w.segment_title.text().startswith("Standing item 3: Gender, youth")
    assert state_column(desk, "seg-9") == "skipped"
    assert state_column(desk, "seg-10") == "skipped"
    # ...which was a mistake: undo, and the Q&A is still the current segment, in overtime.
    w.activateWindow()
    w.setFocus()
    press(desk, Key.Key_Z, CTRL)
    assert w.segment_title.text() == "Q&A on Panel 2"
    assert state_column(desk, "seg-9") == "next"

    run_segment(desk, 30, "Standing item 1: Role of non-governmental stakeholders")
    run_segment(desk, 30, "Standing item 2: States parties' technical assistance")

    # 17:20 Restart the app in the middle of the third standing item.
    run_segment(desk, 12, "Standing item 3")
    before = shown(desk)
    w.close()
    desk.clock.advance(seconds=45)  # the app was down for 45 seconds
    w = desk.open_console()
    assert shown(desk)[0] == before[0]
    assert w.clock.text() == "17:15"  # 30 min planned, 12:45 used
    assert state_column(desk, "seg-11") == "running"
    desk.advance(minutes=17, seconds=15)

    run_segment(desk, 10, "Closing remarks by the Co-Chairs")
    assert w.local_time.text() == "18:00:00 CEST"
    assert w.offset.text() == "on time"
    press(desk, Key.Key_E, CTRL)
    assert w.phase.text() == "The meeting has ended"
    assert w.sitting.text() == "Sitting 2 (15:00–18:00): ended on time"
    model = w.agenda_model
    for segment_id in [f"seg-{n}" for n in range(1, 13)]:
        assert state_column(desk, segment_id) == "done", segment_id
    assert model.data(model.index(0, 3)) == "done"


def test_room_display_follows_the_console(desk: Desk) -> None:
    press(desk, Key.Key_Space)
    desk.advance(minutes=8, seconds=30)
    press(desk, Key.Key_D, CTRL)
    room = desk.window.room_display
    assert room is not None and room.isVisible()
    assert room.clock.text() == desk.window.clock.text() == "1:30"
    assert room.phase.text() == "Warning — 1:30 left"
    assert room.segment.text() == "Opening remarks by the Co-Chairs"
    desk.advance(seconds=31)
    assert room.clock.text() == "0:59"
    assert room.clock.phase() is Phase.DANGER
    assert room.next.text() == "Next: Briefing by the Secretariat at 10:10"
    press(desk, Key.Key_D, CTRL)
    assert not room.isVisible()


def test_every_action_has_a_shortcut_in_its_tooltip(desk: Desk) -> None:
    for name, action in desk.window.actions_by_name.items():
        assert action.shortcuts(), name
        key = action.shortcuts()[0].toString()
        assert key in action.toolTip(), (name, action.toolTip())
    menus = [a.text() for a in desk.window.menuBar().actions()]
    assert menus == ["&File", "&Meeting", "&Speakers", "&Capture", "&Edit", "&View", "&Help"]


def test_agenda_model_passes_the_model_tester(desk: Desk, qtmodeltester: ModelTester) -> None:
    press(desk, Key.Key_Space)
    desk.advance(minutes=3)
    qtmodeltester.check(desk.window.agenda_model)


def test_one_clock_second_changes_one_agenda_row(desk: Desk, qtbot: QtBot) -> None:
    press(desk, Key.Key_Space)
    model = desk.window.agenda_model
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    desk.advance(seconds=1)
    assert changed == [(0, 0)]  # the running segment's "actual" cell, nothing else
    assert resets == []


def test_layout_is_kept_between_runs(desk: Desk) -> None:
    w = desk.window
    w.removeDockWidget(w.agenda_dock)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, w.agenda_dock)
    w.agenda_dock.show()
    w.resize(1500, 900)
    geometry = w.saveGeometry()
    w.close()
    # The geometry is saved (restoring it is Qt's job, and offscreen clamps it to a fake screen).
    assert app_settings().value("console/geometry") == geometry
    again = desk.open_console()
    assert again.dockWidgetArea(again.agenda_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_room_display_screen_is_chosen_and_kept(desk: Desk) -> None:
    from PySide6.QtGui import QGuiApplication

    w = desk.window
    w._fill_screen_menu()
    entries = w.screen_menu.actions()
    assert len(entries) == len(QGuiApplication.screens()) >= 1
    assert sum(a.isChecked() for a in entries) == 1
    name = QGuiApplication.screens()[0].name()
    w.choose_room_screen(name)
    assert app_settings().value("room_display/screen") == name
    assert w.room_screen() is QGuiApplication.screens()[0]


def test_the_smuggling_seed_runs_from_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    """The second seed, start to end: Space, N through the day, Ctrl+E at lunch and at 18:00."""
    from tests.ui.conftest import SOM, make_desk

    desk = make_desk(qtbot, tmp_path, SOM, dt.datetime(2024, 7, 15, 8, 0, tzinfo=dt.UTC))
    w = desk.window
    press(desk, Key.Key_Space)
    titles = [w.segment_title.text()]
    for _ in range(5):
        desk.advance(minutes=10)
        press(desk, Key.Key_N)
        titles.append(w.segment_title.text())
    desk.advance(minutes=10)
    press(desk, Key.Key_E, CTRL)
    assert w.phase.text() == "Break — between sittings"
    desk.clock.set(dt.datetime(2024, 7, 15, 13, 0, tzinfo=dt.UTC))
    press(desk, Key.Key_Space)
    titles.append(w.segment_title.text())
    for _ in range(5):
        desk.advance(minutes=10)
        press(desk, Key.Key_N)
        titles.append(w.segment_title.text())
    desk.advance(minutes=10)
    press(desk, Key.Key_E, CTRL)
    assert w.phase.text() == "The meeting has ended"
    assert titles[4].startswith("Panel 1: Preventing and combatting the smuggling of migrants")
    assert titles[6].startswith("Panel 2: Protection and assistance measures")
    assert titles[-1] == "Closing remarks by the Co-Chairs"
    assert [
        desk.window.agenda_model.data(
            desk.window.agenda_model.index_of(f"seg-{n}").siblingAtColumn(3)
        )
        for n in range(1, 13)
    ] == ["done"] * 12
    w.close()
    desk.db.close()
