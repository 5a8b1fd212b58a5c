"""Every window of the app, opened as a user finds it, and every text it shows: for the tests of
the interface's languages (tests/ui/test_languages.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from facilitator.core.queue.reducer import queue_of
from facilitator.formats.programme.importer import import_programme
from tests.ui.conftest import Desk

CORPUS = Path(__file__).resolve().parent.parent / "formats" / "programmes" / "corpus"
REGISTRATIONS = Path(__file__).resolve().parent.parent / "formats" / "registrations"


def run_a_little(desk: Desk) -> None:
    """Participants, the first segments, a speaker on the floor and one waiting, a capture: every
    pane has something to say."""
    from tests.ui.test_export_dialog import PEOPLE

    session = desk.window.controller.session
    session.import_participants(PEOPLE, "registrations.csv")
    ids = [p.id for p in queue_of(session.state).participants]
    session.start()
    desk.advance(minutes=12)
    session.next()
    desk.advance(minutes=3)
    session.next()
    session.queue_speaker(ids[0])
    session.queue_speaker(ids[1])
    session.call_next()
    desk.advance(seconds=150)
    session.log_intervention({"participant_id": ids[0], "tags": ["seg-3"], "summary": "Said."})
    desk.advance(seconds=1)


def every_window(desk: Desk) -> Iterator[tuple[str, QWidget]]:
    """Each window and dialog, opened (and left to the caller to close): the console with all its
    docks, the room display, the export window, the programme editor (with an import's report),
    the start screen, the join, jump, addresses, registration and shortcuts dialogs."""
    from facilitator.ui.addresses_dialog import AddressesDialog
    from facilitator.ui.help_dialogs import ShortcutsDialog
    from facilitator.ui.join_dialog import JoinDialog
    from facilitator.ui.jump_dialog import JumpDialog
    from facilitator.ui.programme_editor import ProgrammeEditor
    from facilitator.ui.registration_dialog import RegistrationDialog
    from facilitator.ui.start_screen import StartScreen

    window = desk.window
    run_a_little(desk)
    window.focus_capture()
    window.focus_review()
    window.refresh_clock()
    yield "console", window
    window.toggle_room_display()
    assert window.room_display is not None
    yield "room display", window.room_display
    yield "export", window.open_export()
    state = window.controller.state
    result = import_programme(CORPUS / "en_email_paste.txt")
    yield "programme editor", ProgrammeEditor(result.programme, report=result.report)
    yield "programme editor (meeting)", ProgrammeEditor(state.programme, parent=window)
    screen = StartScreen([])
    screen.list_programmes()
    yield "start screen", screen
    yield "join", JoinDialog()
    yield "jump", JumpDialog(state, window)
    item = state.programme.items[0]
    yield "addresses", AddressesDialog(list(item.segments), (), window)
    registration = RegistrationDialog(state, window)
    registration.load(REGISTRATIONS / "inscriptions_fr_cp1252.csv")
    yield "registration", registration
    yield "shortcuts", ShortcutsDialog(window, window.shortcut_rows())


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None or isinstance(model, QAbstractListModel):
        return
    for section in range(model.columnCount(QModelIndex())):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")


def texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """Every text ``window`` shows or says, with where: labels, buttons, fields' placeholders,
    combos' entries, tabs, docks, headers, list entries, tooltips, accessible names, menus and
    actions."""
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield f"{name} title", widget.windowTitle()
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{name} text", widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{name} title", widget.title()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} entry", widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
                yield f"{name} tab tooltip", widget.tabToolTip(index)
        if isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield f"{name} entry", widget.item(index).text()
        if isinstance(widget, QAbstractItemView):
            for header in _model_texts(widget.model()):
                yield f"{name} header", header
    for action in window.findChildren(QAction):
        yield f"action {action.objectName() or action.text()}", action.text()
        yield f"action {action.objectName() or action.text()} tooltip", action.toolTip()
        yield f"action {action.objectName() or action.text()} status tip", action.statusTip()
        yield f"action {action.objectName() or action.text()} icon text", action.iconText()


def forget_deleted(node: object) -> None:
    """Take the widgets deleted during a test (a console replaced in another language) off
    pytest-qt's list of widgets to close at its end (on ``request.node``), which would fail on
    them."""
    import shiboken6

    widgets = getattr(node, "qt_widgets", [])
    node.qt_widgets = [(w, f) for w, f in widgets if shiboken6.isValid(w())]  # type: ignore[attr-defined]
