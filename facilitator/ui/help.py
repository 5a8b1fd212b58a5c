"""Help → Keyboard shortcuts and Help → About: the Help menu. The sheet and the About box are in
:mod:`facilitator.ui.help_dialogs`, imported when opened (start-up: the start screen paints before
their 5 ms of imports).

The shortcuts sheet is read from the table the window's menus are built from (the console's: see
:mod:`facilitator.ui.actions`), or, for a window without one, from its own menus (each action's text
and keys) and from the shortcuts that have no menu entry, each of which says what it does in its
``whatsThis``. So the sheet shows what the keys do; it cannot drift from the app as a hand-written
table would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from facilitator.ui.key_text import Shortcut, keys_text, plain_text


def add_help_menu(
    window: QMainWindow,
    database: Callable[[], str | None] = lambda: None,
    rows: Callable[[], list[Shortcut]] | None = None,
) -> dict[str, QAction]:
    """Help → Keyboard shortcuts (F1) and About, on ``window``'s menu bar; ``database`` says
    which database the window shows, when About is opened; ``rows``, the window's shortcuts as its
    table of actions has them (the Help menu's own are added), else they are read from its menus."""
    title = QApplication.translate("help", "&Help")
    menu = window.menuBar().addMenu(title)
    sheet = QAction(QApplication.translate("help", "&Keyboard shortcuts…"), window)
    sheet.setShortcut(QKeySequence(Qt.Key.Key_F1))
    sheet.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def sheet_rows() -> list[Shortcut] | None:
        if rows is None:
            return None
        own = (plain_text(title), plain_text(sheet.text()), keys_text(sheet.shortcuts()))
        return [*rows(), own]

    def show_sheet() -> None:
        from facilitator.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(window, sheet_rows()).exec()

    def about_box() -> None:
        from facilitator.ui.help_dialogs import show_about

        show_about(window, database())

    sheet.triggered.connect(show_sheet)
    about = QAction(QApplication.translate("help", "&About Facilitator"), window)
    about.triggered.connect(about_box)
    menu.addAction(sheet)
    menu.addAction(about)
    window.addAction(sheet)
    return {"shortcuts": sheet, "about": about}
