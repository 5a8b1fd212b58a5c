"""Help → Keyboard shortcuts is the app's own keys, read from the console's table of actions (the
table its menus, buttons and tooltips are built from) or from a window's menus; About says the
version and where the data is; the app has its name, version, icon and desktop entry."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from facilitator import __version__, paths
from facilitator.ui import actions
from facilitator.ui.help_dialogs import ShortcutsDialog, about_text, shortcuts_of
from facilitator.ui.key_text import Shortcut, plain_text
from tests.conftest import ROOT
from tests.ui.conftest import Desk


def _sheet_shown_by_f1(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[Shortcut]:
    """The rows of the sheet Help → Keyboard shortcuts opens (F1), as it shows them."""
    shown: list[list[Shortcut]] = []

    def exec_(sheet: ShortcutsDialog) -> int:
        shown.append(sheet.rows())
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", exec_)
    desk.qtbot.keyClick(desk.window, Qt.Key.Key_F1)
    assert len(shown) == 1
    return shown[0]


def test_the_shortcuts_sheet_lists_every_key_of_the_console(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _sheet_shown_by_f1(desk, monkeypatch)
    assert ("Meeting", "Next segment", "N, PgDown") in rows
    assert ("Speakers", "Call the next speaker", "C") in rows
    assert ("Help", "Keyboard shortcuts", "F1") in rows
    assert ("In the capture pane", "Save the intervention", "Ctrl+Return, Ctrl+Enter") in rows
    assert ("In the interventions list", "Delete the intervention", "Del") in rows
    for spec in actions.ACTIONS:  # every action with keys is on the sheet, with those keys
        if spec.keys:
            keys = ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys
            )
            assert any(
                what == plain_text(spec.text) and shown == keys for _, what, shown in rows
            ), spec.name
    assert desk.window.help_actions["shortcuts"].shortcut() == QKeySequence("F1")


def test_the_menus_buttons_and_tooltips_are_the_table(desk: Desk) -> None:
    """The menus hold the table's actions in its order, with its keys and tips: the sheet, read from
    the table, says what the menus do."""
    w = desk.window
    bar = {plain_text(top.text()): top.menu() for top in w.menuBar().actions()}
    for title in actions.MENUS:
        menu = bar[plain_text(title)]
        assert isinstance(menu, QMenu)
        entries = [a.objectName() for a in menu.actions() if not a.isSeparator() and a.objectName()]
        table = [spec.name for spec in actions.in_menu(title)]
        assert entries[: len(table)] == table, title
        separators = [a.isSeparator() for a in menu.actions()]
        for spec in actions.in_menu(title):
            index = [a.objectName() for a in menu.actions()].index(spec.name)
            assert separators[index - 1] == spec.separator if index else not spec.separator
    for spec in actions.in_context("window"):
        action = w.actions_by_name[spec.name]
        assert action.shortcuts() == [QKeySequence(k) for k in spec.keys], spec.name
        assert action.statusTip() == spec.tip
        assert action.toolTip().startswith(spec.tip)
    assert set(w.actions_by_name) == {spec.name for spec in actions.in_context("window")}
    buttons = [b.defaultAction().objectName() for b in w.controls.findChildren(QToolButton)]
    assert sorted(buttons) == sorted(actions.CONTROL_BUTTONS)
    assert {spec.name for spec in actions.ACTIONS if spec.button} == set(actions.CONTROL_BUTTONS)


def test_no_two_actions_share_a_key_where_both_work() -> None:
    """Within a context no key does two things; and the window's keys also work in the capture
    pane and the interventions list, so a key of theirs is none of the window's (nor F1)."""
    names = [spec.name for spec in actions.ACTIONS]
    assert len(names) == len(set(names))

    def keys_of(context: actions.Context) -> list[str]:
        return [
            QKeySequence(k).toString() for spec in actions.in_context(context) for k in spec.keys
        ]

    window = [*keys_of("window"), "F1"]
    assert len(window) == len(set(window)), sorted(k for k in window if window.count(k) > 1)
    for context in ("capture", "review"):
        own = keys_of(context)
        assert len(own) == len(set(own)), context
        assert not set(own) & set(window), context
    assert all(spec.menu in actions.MENUS for spec in actions.in_context("window"))
    assert not any(spec.menu for spec in actions.ACTIONS if spec.context != "window")


def test_the_capture_and_review_keys_work_in_their_panes(desk: Desk) -> None:
    """Ctrl+Return saves in the capture pane; Delete deletes in the interventions list."""
    w = desk.window
    desk.qtbot.keyClick(w, Qt.Key.Key_Space)
    desk.qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.capture.summary.hasFocus()
    w.capture.name.setText("Ms. Co-Chair")
    desk.qtbot.keyClicks(w.capture.summary, "Welcomed the participants.")
    desk.qtbot.keyClick(w.capture.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    state = w.controller.state
    from facilitator.core.interventions.reducer import interventions_of

    assert not w.error.isVisible(), w.error.text()
    assert len(interventions_of(state).live()) == 1
    desk.qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    w.review.table.setFocus()
    w.review.table.selectRow(0)
    desk.qtbot.keyClick(w.review.table, Qt.Key.Key_Delete)
    assert len(interventions_of(w.controller.state).live()) == 0


def test_the_start_screen_sheet_is_read_from_its_menus(qtbot: QtBot) -> None:
    from facilitator.ui.start_screen import StartScreen

    screen = StartScreen([])
    qtbot.addWidget(screen)
    rows = shortcuts_of(screen)
    assert ("File", "Open programme file", "Ctrl+O") in rows
    assert ("Help", "Keyboard shortcuts", "F1") in rows


def test_about_says_the_version_and_where_the_data_is() -> None:
    text = about_text("sqlite:////tmp/meetings.sqlite3")
    assert f"Facilitator {__version__}" in text
    assert "Database: sqlite:////tmp/meetings.sqlite3" in text
    assert f"Data folder: {paths.data_dir()}" in text


def test_the_app_has_its_name_version_icon_and_desktop_entry(qapp: QApplication) -> None:
    from facilitator.ui.app import describe

    name = qapp.applicationName()
    describe(qapp)
    try:
        assert qapp.applicationName() == "Facilitator"
        assert qapp.applicationVersion() == __version__
        assert not qapp.windowIcon().isNull()
        assert qapp.desktopFileName() == "facilitator"
    finally:
        qapp.setApplicationName(name)
    assert paths.icon_path().is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "facilitator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Name"], desktop["Exec"].split()[0], desktop["Icon"]) == (
        "Facilitator",
        "facilitator",
        "facilitator",
    )
