"""Help → Keyboard shortcuts is the app's own keys, read from its menus; About says the version
and where the data is; the app has its name, version, icon and desktop entry."""

from __future__ import annotations

import configparser

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from facilitator import __version__, paths
from facilitator.ui.help import ShortcutsDialog, about_text, shortcuts_of
from tests.conftest import ROOT
from tests.ui.conftest import Desk


def test_the_shortcuts_sheet_lists_every_key_of_the_console(desk: Desk) -> None:
    w = desk.window
    rows = shortcuts_of(w)
    assert ("Meeting", "Next segment", "N, PgDown") in rows
    assert ("Speakers", "Call the next speaker", "C") in rows
    assert ("Help", "Keyboard shortcuts", "F1") in rows
    assert any(
        what.startswith("Save the intervention") and keys == "Ctrl+Return" for _, what, keys in rows
    )
    named = {text for _, text, _ in rows}
    for name, action in w.actions_by_name.items():
        if action.shortcuts():  # every action with keys is on the sheet: it cannot drift
            assert action.text().replace("&", "").removesuffix("…") in named, name
    assert w.help_actions["shortcuts"].shortcut() == QKeySequence("F1")


def test_the_sheet_filters_as_you_type(desk: Desk) -> None:
    sheet = ShortcutsDialog(desk.window)
    desk.qtbot.addWidget(sheet)
    desk.qtbot.keyClicks(sheet.filter, "pgdown")
    assert sheet.rows() == [("Meeting", "Next segment", "N, PgDown")]


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
