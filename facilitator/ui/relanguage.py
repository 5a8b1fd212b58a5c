"""Switching the interface's language while a meeting runs (issue 20): View → Language.

Every visible string is translated when its widget is built (``self.tr()``), so a new language
is shown by building the console again in it, on the same :class:`MeetingController`: the same
session, journal, fold and follow thread. Nothing is appended to the journal and no clock is
touched: every time shown is computed from the journal and the clock, so the new console shows
the same times the old one did, and its timer goes on from there.

What lives only in the old window is handed over, so that nothing a user has typed or arranged
is lost:

* the layout (geometry, docks, tabs: saved and restored as at a restart) and the window state;
* the capture pane's intervention as typed (fields, the one being edited, whether anything was
  typed), in memory, not through the crash draft (which would say "restored draft");
* what is typed in the other fields (the add-speaker line, the review's filter), the entries
  chosen in lists and the numbers in spin boxes (the fair floor's "balance by" and budget), the
  rows selected in the lists, and the field that had the keyboard;
* the room display, the same window on the projector, retranslated in place, so the room sees
  no flicker; the connection band, if the seat is not following the others just now.

An export being written belongs to its dialog's process: the switch waits for it and says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from facilitator.ui import language

if TYPE_CHECKING:
    from facilitator.ui.console import ConsoleWindow

#: A widget's place in its window: each step the child's class and its rank among the
#: parent's children of that class (a console built again is built in the same order).
Path = tuple[tuple[str, int], ...]


def language_menu(menu: QMenu, switch: Callable[[str], object]) -> QMenu:
    """View → Language: the system's, or one of the offered languages, kept in the settings and
    taken at once by ``switch`` (the console's or the start screen's: each is built again in
    it)."""
    sub = menu.addMenu(QCoreApplication.translate("ConsoleWindow", "&Language"))
    sub.setObjectName("languageMenu")
    group = QActionGroup(sub)
    chosen = language.chosen_language()
    choices = [("", QCoreApplication.translate("ConsoleWindow", "As the system ({0})"))]
    choices += [(code, name) for code, name in language.LANGUAGES.items()]
    for code, name in choices:
        text = name.format(language.LANGUAGES[language.system_language()]) if not code else name
        action = sub.addAction(text)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: choose_language(c, switch))
    return sub


def choose_language(code: str, switch: Callable[[str], object]) -> None:
    """Keep ``code`` ("" for the system's) and switch to it if it is not the one shown (the
    menu's choice wins over ``FACILITATOR_LANGUAGE``, which only sets the start's)."""
    language.choose_language(code)
    wanted = code or language.system_language()
    if wanted != language.current_language():
        switch(wanted)


def switch_console_language(console: ConsoleWindow, code: str) -> ConsoleWindow | None:
    """Put the interface in ``code`` and ``console`` in it: a new console takes its place (see
    the module docstring) and is returned, after ``console.replaced`` has been emitted with it;
    None when it cannot be done now (an export is being written: the console says so)."""
    export = console.export_dialog
    if export is not None and export.busy:
        console.show_error(
            QCoreApplication.translate(
                "ConsoleWindow",
                "An export is being written. Choose the language again when it is done; the"
                " choice is kept for the next start too.",
            )
        )
        return None
    reopen_export = export is not None and export.isVisible()
    if export is not None:  # its record process ends too (a preview under way is let finish)
        export.shutdown()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = language.current_language()
    kept = _Kept(console)
    console.prepare_replacement()
    built: list[ConsoleWindow] = []
    try:
        language.install(app, code)
        built.append(console.successor())
        kept.give(built[0])
    except Exception:  # never a traceback, never a meeting without its console
        from facilitator.crash_log import log_crash

        log = log_crash()
        language.install(app, previous)
        kept.take_back(built[0] if built else None)
        console.show_error(
            QCoreApplication.translate(
                "ConsoleWindow",
                "The language could not be changed; the console goes on as it was, the meeting"
                " untouched. Details are in {0}.",
            ).format(log)
        )
        return None
    successor = built[0]
    if reopen_export:
        successor.open_export()
    console.replaced.emit(successor)
    console.retire()
    successor.take_keyboard_back()
    kept.focus(successor)
    return successor


class _Kept:
    """What the old console holds that the journal does not (see the module docstring)."""

    def __init__(self, old: ConsoleWindow) -> None:
        self.old = old
        self.state = old.windowState()
        self.geometry = old.geometry()  # where it is on the screen, exactly
        self.visible = old.isVisible()
        self.lines: dict[Path, str] = {}
        for line in old.findChildren(QLineEdit):
            if line.text() and not _inside(line, old.capture_pane) and not _in_box(line):
                self.lines[path_of(old, line)] = line.text()
        self.choices: dict[Path, int] = {}  # a combo's entry (their words differ by language)
        for combo in old.findChildren(QComboBox):
            if not _inside(combo, old.capture_pane):
                self.choices[path_of(old, combo)] = combo.currentIndex()
        self.numbers: dict[Path, float] = {}
        for spin in old.findChildren(QAbstractSpinBox):
            if isinstance(spin, (QSpinBox, QDoubleSpinBox)):
                self.numbers[path_of(old, spin)] = spin.value()
        self.current: dict[Path, tuple[int, int]] = {}
        for view in old.findChildren(QAbstractItemView):
            index = view.currentIndex()
            if index.isValid() and view.isVisible():
                self.current[path_of(old, view)] = (index.row(), index.column())
        focused = QApplication.focusWidget()
        self.focused = (
            path_of(old, focused)
            if focused is not None and focused.window() is old and focused is not old
            else None
        )

    def give(self, new: ConsoleWindow) -> None:
        old = self.old
        new.database_label = old.database_label
        new.show_connection(old.connection_why)
        if old.capture_pane is not None:
            new.capture.take_over(old.capture_pane)
        display = old.room_display
        if display is not None:
            old.room_display = None
            display.focus_returned.disconnect(old.take_keyboard_back)
            display.focus_returned.connect(new.take_keyboard_back)
            new.room_display = display
        if self.visible:
            new.setGeometry(self.geometry)
            new.setWindowState(self.state)
            new.show()  # before the old one hides: the app never has no window
        for where, text in self.lines.items():
            line = widget_at(new, where)
            if isinstance(line, QLineEdit):
                line.setText(text)
        for where, entry in self.choices.items():
            combo = widget_at(new, where)
            if isinstance(combo, QComboBox) and entry < combo.count():
                combo.setCurrentIndex(entry)
        for where, value in self.numbers.items():
            spin = widget_at(new, where)
            if isinstance(spin, QSpinBox):
                spin.setValue(int(value))
            elif isinstance(spin, QDoubleSpinBox):
                spin.setValue(value)
        for where, (row, column) in self.current.items():
            view = widget_at(new, where)
            model = view.model() if isinstance(view, QAbstractItemView) else None
            if isinstance(view, QAbstractItemView) and model is not None:
                index = model.index(row, column)
                if index.isValid():
                    view.setCurrentIndex(index)
        new.refresh_clock()
        if display is not None:  # its words now: Qt's own news of the change comes later
            display.show_board(new.controller.board())
            display.retranslate()

    def take_back(self, new: ConsoleWindow | None) -> None:
        """The switch failed half-way: the old console goes on as it was (its room display,
        its controller, its clock), and what was built of the new one goes."""
        old = self.old
        if new is not None:
            display = new.room_display
            if display is not None and old.room_display is None:
                new.room_display = None
                with contextlib.suppress(Exception):  # it may have failed before connecting it
                    display.focus_returned.disconnect(new.take_keyboard_back)
                display.focus_returned.connect(old.take_keyboard_back)
                old.room_display = display
            if old.controller.parent() is new:
                old.controller.setParent(old)
            new.retire()
        old.resume()
        if self.visible:
            old.show()
            old.take_keyboard_back()
        self.focus(old)

    def focus(self, new: ConsoleWindow) -> None:
        """The keyboard where it was: the same field, else the console's centre (its keys)."""
        target = widget_at(new, self.focused) if self.focused is not None else None
        if target is not None and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            new.return_to_console()


def path_of(root: QWidget, widget: QWidget) -> Path:
    """``widget``'s place under ``root`` (see :data:`Path`)."""
    steps: list[tuple[str, int]] = []
    child: QWidget | None = widget
    while child is not None and child is not root:
        parent = child.parentWidget()
        if parent is None:
            break
        kind = type(child).__name__
        siblings = [w for w in _children(parent) if type(w).__name__ == kind]
        steps.append((kind, siblings.index(child)))
        child = parent
    return tuple(reversed(steps))


def widget_at(root: QWidget, where: Path) -> QWidget | None:
    """The widget at ``where`` under ``root``, or None if the new console has none there."""
    widget = root
    for kind, rank in where:
        siblings = [w for w in _children(widget) if type(w).__name__ == kind]
        if rank >= len(siblings):
            return None
        widget = siblings[rank]
    return widget


def _children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.children() if isinstance(c, QWidget)]


def _in_box(line: QLineEdit) -> bool:
    """A combo's or a spin box's own line: carried as the box's choice or number."""
    parent = line.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox))


def _inside(widget: QWidget, pane: QWidget | None) -> bool:
    return pane is not None and (widget is pane or pane.isAncestorOf(widget))
