"""View → Language while a meeting runs (issue 20): the console is built again in the language
chosen, on the same controller, and nothing of the meeting moves: no event is written, the
clocks show what they showed and run on, the keys work, and what was typed, selected and laid
out is still there; the room display on the projector stays the same window, in the new words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.interventions.reducer import interventions_of
from facilitator.formats.programme.files import read_programme
from facilitator.store import open_database
from facilitator.ui import language
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.fair_floor import FairFloorBox
from facilitator.ui.room_display import RoomDisplay
from facilitator.ui.settings import app_settings
from tests.ui.conftest import SOM, TEN_AM_TIP, TIP, Desk
from tests.ui.test_languages import english_left
from tests.ui.windows import forget_deleted, run_a_little

Key = Qt.Key
Switch = Callable[[ConsoleWindow, str], ConsoleWindow]


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    """Each test starts in English, follows the system's choice afterwards, and leaves English
    installed (the language is the application's, shared by every test)."""
    app_settings().remove(language.SETTING)
    language.install(qapp, "en")
    yield
    app_settings().remove(language.SETTING)
    language.install(qapp, "en")


@pytest.fixture
def switch(qtbot: QtBot, request: pytest.FixtureRequest) -> Switch:
    """View → Language → a code, as the menu does it; returns the console that takes over."""

    def choose(window: ConsoleWindow, code: str) -> ConsoleWindow:
        (action,) = [a for a in window.language_menu.actions() if a.data() == code]
        assert isinstance(action, QAction)
        with qtbot.waitSignal(window.replaced) as replaced:
            action.trigger()
        successor = replaced.args[0]
        assert isinstance(successor, ConsoleWindow)
        qtbot.addWidget(successor)
        qtbot.waitExposed(successor)
        qtbot.waitUntil(successor.isActiveWindow)  # it takes the keyboard (the old one had it)
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # gone, not left behind hidden
        forget_deleted(request.node)
        return successor

    return choose


def test_the_console_changes_language_with_the_meeting_untouched(
    desk: Desk, qtbot: QtBot, switch: Switch
) -> None:
    run_a_little(desk)  # a speaker on the floor, one waiting, a capture logged
    old = desk.window
    controller = old.controller
    old.capture_dock.show()
    qtbot.waitUntil(lambda: old.capture_pane is not None)
    old.capture.summary.setPlainText("She asked the Secretariat about victims' compensation")
    old.speakers.add_line.setText("Guest, Somewhere")
    old.speakers.table.setCurrentIndex(old.speakers.table.model().index(0, 0))
    floor = old.findChild(FairFloorBox)
    assert floor is not None
    floor.measure_box.setCurrentIndex(1)  # balance by speaking time
    floor.group_box.setCurrentIndex(2)
    floor.minutes.setValue(7)  # a budget being typed, not yet set
    old.toggle_room_display()
    room = old.room_display
    assert isinstance(room, RoomDisplay) and room.isVisible()
    old.capture.summary.setFocus()
    qtbot.waitUntil(old.capture.summary.hasFocus)
    seq = controller.state.last_seq
    clock, speaker_clock = old.clock.text(), room.speaker_clock.text()
    assert room.phase.text().startswith("On time")

    new = switch(old, "fr")
    desk.window = new

    # The meeting: the same controller, nothing written, the same clocks at the same moment.
    assert new is not old and new.isVisible()
    assert new.controller is controller and controller.state.last_seq == seq
    assert new.clock.text() == clock
    # The console speaks French, all of it.
    assert "&Réunion" in [a.text() for a in new.menuBar().actions()]
    assert not english_left(new, "fr")
    # The projector's window is the same one, now in French.
    assert new.room_display is room and room.isVisible()
    assert room.windowTitle() != "Room display" and not room.phase.text().startswith("On time")
    assert room.speaker_clock.text() == speaker_clock
    # What was typed and chosen, and where the keyboard was.
    assert new.capture.summary.toPlainText().startswith("She asked the Secretariat")
    assert new.speakers.add_line.text() == "Guest, Somewhere"
    assert new.speakers.table.currentIndex().row() == 0
    floor = new.findChild(FairFloorBox)
    assert floor is not None
    assert (floor.measure_box.currentIndex(), floor.group_box.currentIndex()) == (1, 2)
    assert floor.minutes.value() == 7
    assert new.capture.summary.hasFocus()
    # The clocks run on, and the keys work.
    desk.advance(seconds=61)
    assert new.clock.text() != clock and room.speaker_clock.text() != speaker_clock
    new.return_to_console()
    qtbot.waitUntil(new.isActiveWindow)
    qtbot.keyClick(new, Key.Key_N)
    assert controller.state.last_seq > seq
    # And back: the choice is kept in the settings.
    assert app_settings().value(language.SETTING) == "fr"
    back = switch(new, "en")
    desk.window = back
    assert "&Meeting" in [a.text() for a in back.menuBar().actions()]
    assert room.windowTitle() == "Room display"
    back.close()
    assert not room.isVisible()  # closed with the console that holds it


def test_arabic_turns_the_window_right_to_left_at_once(
    desk: Desk, qtbot: QtBot, switch: Switch
) -> None:
    new = switch(desk.window, "ar")
    desk.window = new
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.isRightToLeft()
    back = switch(new, "en")
    desk.window = back
    assert not back.isRightToLeft()


def test_the_layout_is_kept(desk: Desk, qtbot: QtBot, switch: Switch) -> None:
    old = desk.window
    old.resize(1200, 740)
    old.agenda_dock.hide()
    old.review_dock.show()
    size = old.size()
    shown = {d.objectName() for d in old.findChildren(QDockWidget) if not d.isHidden()}
    new = switch(old, "es")
    desk.window = new
    assert not new.agenda_dock.isVisible() and new.review_dock.isVisible()
    assert new.size() == size
    assert {d.objectName() for d in new.findChildren(QDockWidget) if d.isVisible()} == shown


def test_an_intervention_being_edited_is_still_being_edited(
    desk: Desk, qtbot: QtBot, switch: Switch
) -> None:
    run_a_little(desk)
    old = desk.window
    (logged,) = [i.id for i in interventions_of(old.controller.state).live()]
    old.capture.edit(logged)
    old.capture.summary.setPlainText("Said, and more.")
    new = switch(old, "fr")
    desk.window = new
    assert new.capture.editing == logged
    assert new.capture.summary.toPlainText() == "Said, and more."
    assert new.capture.mode.text() == f"Modification de {logged}"


def test_a_running_export_holds_the_switch_and_says_so(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui.export_dialog import ExportDialog

    window = desk.window
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(ExportDialog, "busy", property(lambda self: True))
    (action,) = [a for a in window.language_menu.actions() if a.data() == "fr"]
    action.trigger()
    assert desk.window.isVisible() and dialog.isVisible()
    assert "export is being written" in window.error.text()
    assert app_settings().value(language.SETTING) == "fr"  # kept for the next start
    assert language.current_language() == "en"


# ------------------------------------------------------------------------------ in the app
@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    db = open_database(f"sqlite:///{tmp_path / 'meetings.sqlite3'}", backups=False)
    db.create_meeting(read_programme(TIP))
    facilitator = App(db, clock=FakeClock(TEN_AM_TIP), actor="Co-Chairs")
    facilitator.show_start()
    assert facilitator.start_screen is not None
    qtbot.addWidget(facilitator.start_screen)
    yield facilitator
    if isinstance(facilitator.console, ConsoleWindow):
        facilitator.console.close()
    db.close()


def test_the_app_wires_the_new_console_as_it_did_the_old(
    app: App, qtbot: QtBot, switch: Switch
) -> None:
    (meeting,) = app.db.list_meetings()
    old = app.open_meeting(meeting.id)
    assert isinstance(old, ConsoleWindow)
    qtbot.waitExposed(old)
    controller = old.controller
    assert controller.follows_others
    old_screen = app.start_screen
    new = switch(old, "fr")
    assert app.console is new and controller.parent() is new and controller.follows_others
    assert app.start_screen is None  # built again, in French, when next shown
    assert old_screen is not None
    # Back to the meetings: the successor asks, and the app answers with a French start screen.
    new.leave_for_meetings()
    assert app.start_screen is not None and app.start_screen is not old_screen
    assert app.start_screen.isVisible()
    assert not english_left(app.start_screen, "fr")
    assert not controller.follows_others  # closing the successor closed the meeting, as before


def test_a_rehearsal_goes_on_after_a_switch(app: App, qtbot: QtBot, switch: Switch) -> None:
    (meeting,) = app.db.list_meetings()
    old = app.rehearse(meeting.id)
    assert isinstance(old, ConsoleWindow)
    qtbot.waitExposed(old)
    assert "Wednesday 10 July 2024" in old.rehearsal_banner.text()
    new = switch(old, "es")
    assert new.rehearsal_banner.isVisible()
    banner = new.rehearsal_banner.text()
    assert banner.startswith("ENSAYO — ") and "miércoles, 10 de julio de 2024" in banner, banner
    assert new.database_label is not None and "practice" not in new.database_label
    new.activateWindow()
    qtbot.waitUntil(new.isActiveWindow)
    qtbot.keyClick(new, Key.Key_Space)  # the practice copy is still open: the opening starts
    assert new.controller.state.agenda.current == "seg-1"
    assert app.start_screen is None or not app.start_screen.isVisible()
    new.close()
    assert app.start_screen is not None and app.start_screen.isVisible()


def test_a_switch_that_fails_leaves_the_console_as_it_was(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something unexpected while the new console is handed what the old one held: the old
    one goes on, in English, with its room display and its clock; the user reads why."""
    from facilitator import paths
    from facilitator.ui import relanguage

    run_a_little(desk)
    window = desk.window
    window.toggle_room_display()
    room = window.room_display

    def broken(self: object, new: ConsoleWindow) -> None:
        new.room_display, window.room_display = window.room_display, None  # half-way
        raise RuntimeError("the hand-over fell over")

    monkeypatch.setattr(relanguage._Kept, "give", broken)
    assert window.switch_language("fr") is None
    assert language.current_language() == "en"
    assert window.isVisible() and window.room_display is room and room is not None
    assert "&Meeting" in [a.text() for a in window.menuBar().actions()]
    message = window.error.text()
    assert message.startswith("The language could not be changed") and "Traceback" not in message
    assert "the hand-over fell over" in (paths.log_dir() / "crash.log").read_text("utf-8")
    before = window.clock.text()
    desk.advance(seconds=5)  # its timer runs again, and the clock with it
    assert window.clock.text() != before
    window.toggle_room_display()
    assert not room.isVisible()  # the old console holds the display again


def test_the_start_screen_changes_language_with_the_meeting_chosen_kept(
    app: App, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    second = app.db.create_meeting(read_programme(SOM))
    app.show_start(select=second)
    old = app.start_screen
    assert old is not None and old.selected_meeting() == second
    (action,) = [a for a in old.language_menu.actions() if a.data() == "es"]
    action.trigger()
    screen = app.start_screen
    assert screen is not None and screen is not old
    qtbot.addWidget(screen)
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    forget_deleted(request.node)
    assert "&Reunión" in [a.text() for a in screen.menuBar().actions()]
    assert not english_left(screen, "es")
    assert screen.selected_meeting() == second
    assert app_settings().value(language.SETTING) == "es"
    # The meeting opened from it has its console in Spanish.
    screen.meetings.setFocus()
    qtbot.keyClick(screen.meetings, Key.Key_Return)
    console = app.console
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    assert console.actions_by_name["toggle"].text() == "&Iniciar"
