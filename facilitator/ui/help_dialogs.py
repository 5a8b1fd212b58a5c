"""Help → Keyboard shortcuts (the sheet) and Help → About (see :mod:`facilitator.ui.help`)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__, paths
from facilitator.ui.key_text import Shortcut, keys_text, plain_text
from facilitator.ui.screen_fit import fit_to_screen


def shortcuts_of(window: QMainWindow) -> list[Shortcut]:
    """Every keyboard shortcut of ``window``: its menus' actions, then the shortcuts that have no
    menu entry but say what they do."""
    found: list[Shortcut] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        stack: list[tuple[str, list[QAction]]] = [(plain_text(top.text()), menu.actions())]
        while stack:
            where, actions = stack.pop(0)
            for action in actions:
                if action.isSeparator():
                    continue
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    stack.append((f"{where} › {plain_text(action.text())}", submenu.actions()))
                elif action.shortcuts():
                    found.append((where, plain_text(action.text()), keys_text(action.shortcuts())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            found.append(
                (
                    QApplication.translate("help", "Anywhere"),
                    shortcut.whatsThis(),
                    keys_text([shortcut.key()]),
                )
            )
    return found


class ShortcutsDialog(QDialog):
    """The keyboard-shortcuts sheet: type to filter, Esc to close."""

    def __init__(self, window: QMainWindow, rows: list[Shortcut] | None = None) -> None:
        """``rows``: the sheet's rows, by default read from ``window``'s menus."""
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find a key or an action"))
        self.filter.setClearButtonEnabled(True)
        if rows is None:
            rows = shortcuts_of(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 640))

    def rows(self) -> list[Shortcut]:
        """The rows shown (not filtered out)."""
        return [
            (self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = " ".join(self._cell(row, c) for c in range(3)).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in cells)


def about_text(database: str | None = None) -> str:
    """What the About box says: the version, and where the data is."""
    lines = [
        QApplication.translate("help", "Facilitator {0}").format(__version__),
        QApplication.translate(
            "help",
            "Runs a live UN meeting (agenda, clocks, speakers, room display) and produces"
            " its record.",
        ),
        "",
        QApplication.translate("help", "Data folder: {0}").format(paths.data_dir()),
        QApplication.translate("help", "Database: {0}").format(
            database or paths.default_database_path()
        ),
        QApplication.translate("help", "Backups: {0}").format(paths.backup_dir()),
        QApplication.translate("help", "Logs: {0}").format(paths.log_dir()),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, database: str | None = None) -> None:
    QMessageBox.about(
        parent, QApplication.translate("help", "About Facilitator"), about_text(database)
    )
